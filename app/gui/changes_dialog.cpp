#include "changes_dialog.h"

#include "geo/articles/article.h"
#include "geo/core/file_writer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { PlaceColumn, SideColumn, DateColumn, ClaimantColumn, QuoteColumn, ColumnCount };

QDateEdit* newDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// A side as the file names it ("government") in the interface's words; a name Frontline does not know as is.
QString sideText(const QString& name)
{
    const auto controller = geo::controllerFromName(name);
    if (!controller)
        return name;
    switch (*controller) {
    case geo::Controller::Government: return ChangesDialog::tr("Government");
    case geo::Controller::Opposition: return ChangesDialog::tr("Opposition");
    case geo::Controller::Hts: return ChangesDialog::tr("HTS");
    case geo::Controller::Turkey: return ChangesDialog::tr("Turkey");
    case geo::Controller::Contested: return ChangesDialog::tr("Contested");
    case geo::Controller::Unknown: return ChangesDialog::tr("Unknown");
    }
    return name;
}

} // namespace

ChangesDialog::ChangesDialog(std::shared_ptr<const geo::ControlTimeline> timeline,
                             std::shared_ptr<const geo::EntityCatalog> catalog, QDate date, geo::Language lang,
                             QWidget* parent)
    : QDialog(parent), m_timeline(std::move(timeline)), m_catalog(std::move(catalog)), m_lang(lang),
      m_since(newDateEdit(this)), m_until(newDateEdit(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_status(new QLabel(this)), m_copy(new QPushButton(tr("&Copy"), this)),
      m_save(new QPushButton(tr("&Save as CSV…"), this))
{
    setWindowTitle(tr("What changed since…"));
    if (!date.isValid())
        date = QDate::currentDate();
    m_until->setDate(date);
    m_since->setDate(date.addMonths(-1));

    auto* dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("Since:"), this));
    dates->addWidget(m_since);
    dates->addSpacing(12);
    dates->addWidget(new QLabel(tr("Until:"), this));
    dates->addWidget(m_until);
    dates->addStretch(1);

    m_summary->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Place"), tr("From → to"), tr("Date"), tr("Claimant"), tr("Quote")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Click a row to show the place on the map at that date"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dates);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_since, &QDateEdit::dateChanged, this, &ChangesDialog::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &ChangesDialog::refresh);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { activateRow(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { activateRow(row); });
    connect(m_copy, &QPushButton::clicked, this, &ChangesDialog::copyCsv);
    connect(m_save, &QPushButton::clicked, this, &ChangesDialog::saveCsvAs);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    resize(900, 480);
    refresh();
}

void ChangesDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_placed || !parentWidget())
        return;
    m_placed = true;
    // A row centres the map on its place: the dialog starts below the middle of the window, above the timeline.
    const QRect window = parentWidget()->window()->frameGeometry();
    const int top = window.center().y() + 30, bottom = window.bottom() - 90;
    const QSize size(std::min(width(), window.width() - 40), std::clamp(bottom - top, 230, height()));
    resize(size);
    move(window.center().x() - size.width() / 2, std::min(top, bottom - size.height()));
}

QDate ChangesDialog::since() const
{
    return m_since->date();
}

void ChangesDialog::setSince(QDate since)
{
    m_since->setDate(since);
}

QDate ChangesDialog::until() const
{
    return m_until->date();
}

void ChangesDialog::setUntil(QDate until)
{
    m_until->setDate(until);
}

QString ChangesDialog::summaryText() const
{
    return m_summary->text();
}

QString ChangesDialog::statusText() const
{
    return m_status->text();
}

void ChangesDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ChangesDialog::refresh()
{
    m_rows.clear();
    m_places = 0;
    const QDate from = since(), to = until();
    if (from > to) {
        m_summary->setText(tr("The \"since\" date is after the end date: choose an earlier one."));
    } else if (!m_timeline || !m_catalog) {
        m_summary->setText(tr("The articles are not loaded yet."));
    } else {
        const QList<geo::ControlChange> changes = m_timeline->changesBetween(from, to);
        m_places = int(changes.size());
        m_rows = geo::changeRows(changes, *m_catalog, m_lang);
        const QLocale locale;
        m_summary->setText(
            tr("%n place(s) changed hands between %1 and %2.", nullptr, m_places)
                .arg(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat)));
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const geo::ChangeRow& r = m_rows[i];
        const auto set = [this, i](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_table->setItem(i, column, item);
        };
        set(PlaceColumn, r.name, r.placeId);
        set(SideColumn, tr("%1 → %2").arg(sideText(r.before), sideText(r.after)));
        set(DateColumn, r.date.isValid() ? r.date.toString(Qt::ISODate) : tr("(no claim)"));
        set(ClaimantColumn, r.claimant,
            r.publisher.isEmpty() ? r.claimant : tr("%1 (%2)").arg(r.claimant, r.publisher));
        set(QuoteColumn, r.quote.simplified(),
            r.articleId.isEmpty() ? QString() : tr("“%1”\n%2#%3").arg(r.quote, r.articleId, r.annotationId));
    }
    m_copy->setEnabled(!m_rows.isEmpty());
    m_save->setEnabled(!m_rows.isEmpty());
    showStatus(QString(), false);
}

void ChangesDialog::activateRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const geo::ChangeRow& r = m_rows[row];
    // A change with no claim listed took effect somewhere up to the end date: show that.
    emit placeActivated(r.placeId, r.date.isValid() ? r.date : until());
}

QByteArray ChangesDialog::csv() const
{
    return geo::changesCsv(m_rows);
}

bool ChangesDialog::saveCsv(const QString& path, QString* error) const
{
    geo::FileWriter writer(path);
    if (!writer.open() || !writer.write(csv()) || !writer.commit()) {
        *error = writer.error();
        return false;
    }
    return true;
}

void ChangesDialog::copyCsv()
{
    QApplication::clipboard()->setText(QString::fromUtf8(csv()));
    showStatus(tr("Copied %n row(s) as CSV.", nullptr, int(m_rows.size())), false);
}

void ChangesDialog::saveCsvAs()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString name =
        QStringLiteral("changes-%1-%2.csv").arg(since().toString(Qt::ISODate), until().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as CSV"), QDir(folder).filePath(name),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveCsv(path, &error))
        showStatus(tr("Written: %1").arg(QDir::toNativeSeparators(path)), false);
    else
        showStatus(tr("Not saved: %1").arg(error), true);
}
