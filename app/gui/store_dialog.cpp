#include "store_dialog.h"

#include "background_task.h"

#include "geo/store/article_store.h"
#include "geo/store/store_location.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

struct Tested {
    bool ok = false;
    int articles = 0;
    bool canWrite = false;
    QString why;   // read only: why
    QString error; // could not open: the whole message
};

QString withoutStoreName(QString why, const QString& storeName)
{
    const QString prefix = storeName + QStringLiteral(": ");
    if (why.startsWith(prefix))
        why.remove(0, prefix.size());
    return why;
}

// "your role ..." as a sentence of its own.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString holds(int articles)
{
    return articles == 1 ? StoreDialog::tr("1 article") : StoreDialog::tr("%1 articles").arg(articles);
}

} // namespace

StoreDialog::StoreDialog(const QString& current, QWidget* parent)
    : QDialog(parent), m_fileChoice(new QRadioButton(tr("A &GeoPackage file"), this)),
      m_databaseChoice(new QRadioButton(tr("A &PostgreSQL database, shared by the desk"), this)),
      m_fileEdit(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_connectionEdit(new QLineEdit(this)), m_passwordNote(new QLabel(this)),
      m_testButton(new QPushButton(tr("&Test"), this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Article store"));
    setMinimumWidth(620);
    const geo::StoreLocation location(current);
    m_fileEdit->setPlaceholderText(tr("/path/to/articles.gpkg"));
    m_connectionEdit->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    if (location.isDatabase()) {
        m_databaseChoice->setChecked(true);
        m_connectionEdit->setText(current);
    } else {
        m_fileChoice->setChecked(true);
        m_fileEdit->setText(current);
    }

    auto* intro =
        new QLabel(tr("Where the articles are kept. Everyone who opens the same store sees the same map."), this);
    intro->setWordWrap(true);
    auto* fileNote =
        new QLabel(tr("A file that does not exist yet becomes a new store, with the bundled articles."), this);
    auto* passwordHelp = new QLabel(tr("The password comes from ~/.pgpass or PGPASSWORD and is never saved."), this);
    for (QLabel* note : {fileNote, passwordHelp, m_passwordNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: palette(dark)"));
    }
    m_passwordNote->setStyleSheet(QStringLiteral("color: #8a5300"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error can be copied into a ticket
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 20);
    grid->addWidget(m_fileChoice, 0, 0, 1, 3);
    grid->addWidget(m_fileEdit, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->addWidget(fileNote, 2, 1, 1, 2);
    grid->addItem(new QSpacerItem(0, 8), 3, 0);
    grid->addWidget(m_databaseChoice, 4, 0, 1, 3);
    grid->addWidget(m_connectionEdit, 5, 1, 1, 2);
    grid->addWidget(passwordHelp, 6, 1, 1, 2);
    grid->addWidget(m_passwordNote, 7, 1, 1, 2);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_fileChoice, &QRadioButton::toggled, this, &StoreDialog::updateState);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &StoreDialog::updateState);
    connect(m_connectionEdit, &QLineEdit::textChanged, this, &StoreDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &StoreDialog::browse);
    connect(m_testButton, &QPushButton::clicked, this, &StoreDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

StoreDialog::~StoreDialog()
{
    m_pool.waitForDone(); // no test may post its answer to a dialog that is gone
}

QString StoreDialog::location() const
{
    return (m_fileChoice->isChecked() ? m_fileEdit->text() : m_connectionEdit->text()).trimmed();
}

bool StoreDialog::holdsPassword(const QString& text)
{
    const geo::StoreLocation location(text.trimmed());
    return location.isDatabase() && location.display() != location.connection().trimmed();
}

QString StoreDialog::testResult() const
{
    return m_result->text();
}

void StoreDialog::updateState()
{
    const bool file = m_fileChoice->isChecked();
    m_fileEdit->setEnabled(file);
    m_browse->setEnabled(file);
    m_connectionEdit->setEnabled(!file);
    const QString text = location();
    const bool valid =
        file ? !text.isEmpty() && !geo::StoreLocation(text).isDatabase() : geo::StoreLocation(text).isDatabase();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_testButton->setEnabled(valid);
    const bool password = !file && holdsPassword(text);
    m_passwordNote->setVisible(password);
    m_passwordNote->setText(password ? tr("This connection holds a password: it is used now but will not be kept. "
                                          "Next time it comes from ~/.pgpass or PGPASSWORD.")
                                     : QString());
    if (!m_testing)
        m_result->clear(); // what was tested is no longer what is typed
    fitContents();
}

void StoreDialog::fitContents()
{
    // Wrapped notes and a long error need more height than the dialog opened with: grow, never shrink.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (wanted > height())
        resize(width(), wanted);
}

void StoreDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Article store"), m_fileEdit->text(), tr("GeoPackage (*.gpkg)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_fileEdit->setText(path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) ? path
                                                                                   : path + QStringLiteral(".gpkg"));
}

void StoreDialog::test()
{
    const QString text = location();
    if (text.isEmpty())
        return;
    const geo::StoreLocation where(text);
    if (!where.isDatabase() && !QFileInfo::exists(text)) {
        // Nothing to open yet; testing must not create the file.
        m_result->setText(tr("No file there yet: a new store will be created, with the bundled articles."));
        emit tested(true, m_result->text());
        return;
    }
    m_testing = true;
    m_testButton->setEnabled(false);
    m_result->setText(tr("Opening %1…").arg(where.display()));
    runInBackground(
        &m_pool, this,
        [text]() {
            Tested t;
            auto store = geo::ArticleStore::open(text, &t.error);
            if (!store)
                return t;
            t.ok = true;
            t.articles = int(store->articleIds().size());
            t.canWrite = store->canWrite(&t.why);
            t.why = withoutStoreName(t.why, store->path());
            return t;
        },
        [this, text](const Tested& t) {
            m_testing = false;
            updateState();
            if (location() != text)
                return; // the text changed while the store was opened
            QString said;
            if (!t.ok)
                said = tr("Cannot open this store:\n%1").arg(t.error);
            else if (t.canWrite)
                said = tr("It holds %1. You can import.").arg(holds(t.articles));
            else
                said = tr("It holds %1. Read only: you may browse and export, not import.\n%2")
                           .arg(holds(t.articles), sentence(t.why));
            m_result->setText(said);
            m_result->setStyleSheet(t.ok ? QString() : QStringLiteral("color: #a00000"));
            fitContents();
            emit tested(t.ok, said);
        });
}
