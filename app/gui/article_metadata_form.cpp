#include "article_metadata_form.h"

#include "date_field.h"

#include "geo/core/name_folding.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace {

// Letters, digits and hyphens: "afp-2020-02-08-saraqeb".
QString slug(const QString& text, int words)
{
    QString folded = geo::foldName(text);
    folded.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    return folded.simplified().section(QLatin1Char(' '), 0, words - 1).replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

ArticleMetadataForm::ArticleMetadataForm(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_publisher(new QLineEdit(this)), m_published(new QDateEdit(this)),
      m_url(new QLineEdit(this)), m_id(new QLineEdit(this)), m_notes(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_detected(new QLabel(this)), m_kind(new QComboBox(this))
{
    for (const char* code : {"fr", "en", "ar"})
        m_language->addItem(QString(), QString::fromLatin1(code));
    m_language->setItemText(0, tr("French"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Arabic"));
    m_kind->addItem(tr("article (the words of a source)"), geo::articleKindName(geo::ArticleKind::Article));
    m_kind->addItem(tr("summary (of cited sources)"), geo::articleKindName(geo::ArticleKind::Summary));
    showDatesTheLocaleWay(m_published);
    m_published->setCalendarPopup(true);
    m_published->setDateRange(QDate(2011, 1, 1), QDate::currentDate().addDays(1));
    m_published->setDate(QDate::currentDate());
    m_published->setToolTip(tr("Relative dates in the text (\"Friday\", \"yesterday\", \"end of January\") count "
                               "from this day"));
    m_title->setPlaceholderText(tr("the headline, or a descriptive title"));
    m_publisher->setPlaceholderText(tr("AFP, Reuters, SANA, Enab Baladi…"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_notes->setPlaceholderText(tr("without an address, say why (e.g. a wire copy)"));
    m_id->setPlaceholderText(tr("made from the publisher, date and title"));
    m_detected->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    // Addresses and ids read left to right in an Arabic window too (the date reads as Arabic writes it).
    for (QWidget* edit : std::initializer_list<QWidget*>{m_url, m_id})
        edit->setLayoutDirection(Qt::LeftToRight);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_detected, 1);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addRow = [&](int row, int column, const QString& label, QWidget* w, QLayout* l = nullptr) {
        auto* text = new QLabel(label, this);
        text->setBuddy(w);
        grid->addWidget(text, row, column * 2);
        if (l)
            grid->addLayout(l, row, column * 2 + 1);
        else
            grid->addWidget(w, row, column * 2 + 1);
    };
    addRow(0, 0, tr("&Title:"), m_title);
    addRow(0, 1, tr("&Publisher:"), m_publisher);
    addRow(0, 2, tr("Pu&blished:"), m_published);
    addRow(1, 0, tr("&Address (URL):"), m_url);
    addRow(1, 1, tr("&Language:"), m_language, languageRow);
    addRow(1, 2, tr("&Kind:"), m_kind);
    addRow(2, 0, tr("&Notes:"), m_notes);
    addRow(2, 1, tr("Id:"), m_id);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 1);

    connect(m_language, &QComboBox::activated, this, [this] {
        m_languageChosen = true;
        emit suggestionInputChanged();
    });
    connect(m_published, &QDateEdit::dateChanged, this, [this] {
        updateAutoId();
        emit suggestionInputChanged();
    });
    connect(m_publisher, &QLineEdit::textEdited, this, [this] {
        updateAutoId();
        emit suggestionInputChanged();
    });
    connect(m_title, &QLineEdit::textEdited, this, &ArticleMetadataForm::updateAutoId);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = !m_id->text().isEmpty();
        emit edited();
    });
    for (QLineEdit* edit : {m_url, m_notes, m_title})
        connect(edit, &QLineEdit::textEdited, this, &ArticleMetadataForm::edited);
    connect(m_kind, &QComboBox::activated, this, &ArticleMetadataForm::edited);
}

QString ArticleMetadataForm::languageCode() const
{
    return m_language->currentData().toString();
}

void ArticleMetadataForm::updateAutoId()
{
    if (m_idEdited || m_correcting)
        return;
    QStringList parts;
    if (const QString p = slug(m_publisher->text(), 2); !p.isEmpty())
        parts << p;
    parts << m_published->date().toString(Qt::ISODate);
    if (const QString t = slug(m_title->text(), 4); !t.isEmpty())
        parts << t;
    m_id->setText(parts.join(QLatin1Char('-')));
    emit edited();
}

void ArticleMetadataForm::setCorrecting(const QString& articleId)
{
    m_correcting = !articleId.isEmpty();
    m_id->setText(articleId);
    m_id->setReadOnly(true);
    m_id->setToolTip(tr("The corrected article replaces the stored one with this id"));
}

void ArticleMetadataForm::setDetectedLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    m_detected->setText(tr("detected: %1").arg(index >= 0 ? m_language->itemText(index) : code));
    if (!m_languageChosen && index >= 0)
        m_language->setCurrentIndex(index);
}

void ArticleMetadataForm::clearDetectedLanguage()
{
    m_detected->clear();
}

void ArticleMetadataForm::load(const geo::Article& a)
{
    m_title->setText(a.title);
    m_publisher->setText(a.publisher);
    m_published->setDate(a.published);
    m_url->setText(a.url);
    m_notes->setText(a.notes);
    m_language->setCurrentIndex(std::max(0, m_language->findData(a.language)));
    m_languageChosen = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(geo::articleKindName(a.kind))));
}

void ArticleMetadataForm::fill(geo::Article* a) const
{
    a->id = m_id->text().trimmed();
    a->title = m_title->text().trimmed();
    a->publisher = m_publisher->text().trimmed();
    a->url = m_url->text().trimmed();
    a->notes = m_notes->text().trimmed();
    a->published = m_published->date();
    a->language = languageCode();
    a->kind = geo::articleKindFromName(m_kind->currentData().toString()).value_or(geo::ArticleKind::Article);
}
