#include "article_workbench.h"

#include "article_session.h"
#include "article_text_view.h"
#include "background_task.h"
#include "claim_editor.h"
#include "map_view.h"

#include "geo/articles/annotation_suggester.h"
#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
#include "geo/articles/text_anchor.h"
#include "geo/articles/text_extraction.h"
#include "geo/control/control_timeline.h"
#include "geo/core/date_text.h"
#include "geo/core/name_folding.h"
#include "geo/store/article_store.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kEntityRole = Qt::UserRole;
constexpr geo::AnnotationKind kKinds[] = {
    geo::AnnotationKind::Place,  geo::AnnotationKind::Road,  geo::AnnotationKind::Post,   geo::AnnotationKind::Area,
    geo::AnnotationKind::Border, geo::AnnotationKind::Actor, geo::AnnotationKind::Figure, geo::AnnotationKind::Claim};

// The code-point offset of a UTF-16 index of TEXT.
qsizetype codePointAt(const QString& text, qsizetype utf16)
{
    return qsizetype(QStringView(text).left(utf16).toUcs4().size());
}

// Letters, digits and hyphens: "afp-2020-02-08-saraqeb".
QString slug(const QString& text, int words)
{
    QString folded = geo::foldName(text);
    folded.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    return folded.simplified().section(QLatin1Char(' '), 0, words - 1).replace(QLatin1Char(' '), QLatin1Char('-'));
}

bool sameTarget(const geo::Annotation& a, const geo::Annotation& b)
{
    return a.kind == b.kind && a.anchorStart == b.anchorStart && a.anchorEnd == b.anchorEnd &&
           (a.kind == geo::AnnotationKind::Claim ? a.place == b.place : a.entity == b.entity);
}

} // namespace

// What a check found: the reader's problems and, per claim, what the map showed and would show.
struct ArticleWorkbench::Check {
    struct Row {
        QString placeId;
        QDate date;
        geo::Controller before = geo::Controller::Unknown;
        geo::Controller after = geo::Controller::Unknown;
    };
    QStringList problems;
    QList<Row> rows;
    QString sameTextAs; // a stored article with the same text (another id): importing would add nothing
};

ArticleWorkbench::ArticleWorkbench(ArticleSession* session, std::shared_ptr<const geo::Gazetteer> gazetteer,
                                   std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_gazetteer(std::move(gazetteer)), m_catalog(std::move(catalog)),
      m_lang(lang), m_text(new ArticleTextView(this)), m_list(new SuggestionList(this)),
      m_claimEditor(new ClaimEditor(this)), m_title(new QLineEdit(this)), m_publisher(new QLineEdit(this)),
      m_published(new QDateEdit(this)), m_url(new QLineEdit(this)), m_id(new QLineEdit(this)),
      m_notes(new QLineEdit(this)), m_language(new QComboBox(this)), m_detected(new QLabel(this)),
      m_kind(new QComboBox(this)), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_problemList(new QListWidget(this)),
      m_previewList(new QListWidget(this)), m_save(new QPushButton(tr("&Save as…"), this)),
      m_import(new QPushButton(tr("&Import into the store"), this)), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("New article"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1280, 820);
    if (const QScreen* screen = parent ? parent->screen() : nullptr) // a laptop's screen holds it whole
        resize(size().boundedTo(screen->availableSize() * 0.96));
    m_pool.setMaxThreadCount(2);
    m_claimEditor->setCatalog(m_catalog, m_lang);

    auto* form = new QWidget(this);
    buildForm(form);

    // The text, with the suggestions' progress under it.
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* openButton = new QPushButton(tr("&Open file…"), this);
    openButton->setToolTip(tr("A .txt file, or an .html page whose text is taken (nothing in it is fetched or run)"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* textRow = new QHBoxLayout;
    textRow->addWidget(m_status, 1);
    textRow->addWidget(openButton, 0, Qt::AlignTop);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addLayout(progressRow);
    leftLayout->addLayout(textRow);

    // The suggestions with the claim editor, and the selection's annotator.
    auto* suggestionsPage = new QSplitter(Qt::Vertical, this);
    suggestionsPage->addWidget(m_list);
    suggestionsPage->addWidget(m_claimEditor);
    suggestionsPage->setStretchFactor(0, 3);
    suggestionsPage->setChildrenCollapsible(false);
    m_tabs->addTab(suggestionsPage, tr("Suggestions"));
    m_tabs->addTab(buildAnnotatePage(), tr("Annotate the selection"));

    // What the article would do, checked as it is edited.
    auto* checkBox = new QGroupBox(tr("Before import"), this);
    auto* checkLayout = new QHBoxLayout(checkBox);
    auto* problemsColumn = new QVBoxLayout;
    problemsColumn->addWidget(new QLabel(tr("Problems:"), this));
    problemsColumn->addWidget(m_problemList);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(new QLabel(tr("On the map:"), this));
    previewColumn->addWidget(m_previewList);
    checkLayout->addLayout(problemsColumn, 1);
    checkLayout->addLayout(previewColumn, 1);
    for (QListWidget* list : {m_problemList, m_previewList}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
    }

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tabs);
    right->addWidget(checkBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_save->setToolTip(tr("Write the article as an annotated-article file (.geojson)"));
    m_import->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    m_suggestTimer.setSingleShot(true);
    m_suggestTimer.setInterval(400);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(250);
    m_progressTimer.setInterval(100);
    connect(&m_suggestTimer, &QTimer::timeout, this, &ArticleWorkbench::startSuggestions);
    connect(&m_checkTimer, &QTimer::timeout, this, &ArticleWorkbench::startCheck);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_percent)
            m_progress->setValue(m_percent->load());
    });
    connect(m_cancel, &QPushButton::clicked, this, &ArticleWorkbench::cancelSuggestions);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a dispatch"), QString(),
                                                          tr("Text or web page (*.txt *.html *.htm);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &ArticleWorkbench::onTextChanged);
    connect(m_text, &ArticleTextView::refused, this, [this](const QString& why) { showStatus(why, true); });
    connect(m_text, &QPlainTextEdit::selectionChanged, this, [this] {
        const QString words = m_text->textCursor().selectedText().simplified();
        m_selectionLabel->setText(words.isEmpty() ? tr("Select words in the text, then say what they are.")
                                                  : tr("Selected: %1").arg(geo::TextAnchor::quoted(words)));
        m_addAnnotation->setEnabled(!words.isEmpty());
    });
    connect(m_list, &SuggestionList::decided, this, &ArticleWorkbench::decide);
    connect(m_list, &SuggestionList::acceptAllRequested, this, &ArticleWorkbench::acceptAll);
    connect(m_list, &SuggestionList::currentItemChanged, this, [this](int index) {
        onCurrentItem(index);
        showInText(index);
        refreshSpans();
    });
    connect(m_claimEditor, &ClaimEditor::applied, this, &ArticleWorkbench::applyClaim);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString suggested =
            (m_id->text().isEmpty() ? QStringLiteral("article") : m_id->text()) + QStringLiteral(".geojson");
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the annotated article"), suggested,
                                                          tr("Annotated articles (*.geojson)"));
        if (path.isEmpty())
            return;
        QString error;
        if (saveTo(path, &error))
            showStatus(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        else
            showStatus(error, true);
    });
    connect(m_import, &QPushButton::clicked, this, &ArticleWorkbench::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    if (m_session)
        connect(m_session, &ArticleSession::articlesChanged, this, &ArticleWorkbench::scheduleCheck);

    // Enter in a field never imports or saves.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    refresh();
    showStatus(tr("Paste the dispatch or open a file; the suggestions come as you go."));
}

ArticleWorkbench::~ArticleWorkbench()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_pool.waitForDone(); // an import under way lands whole; no job posts to this dialog once it is gone
}

void ArticleWorkbench::buildForm(QWidget* form)
{
    for (const char* code : {"fr", "en", "ar"})
        m_language->addItem(QString(), QString::fromLatin1(code));
    m_language->setItemText(0, tr("French"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("Arabic"));
    m_kind->addItem(tr("article (the words of a source)"), geo::articleKindName(geo::ArticleKind::Article));
    m_kind->addItem(tr("summary (of cited sources)"), geo::articleKindName(geo::ArticleKind::Summary));
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
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
    // Addresses and ids read left to right in an Arabic window too.
    for (QWidget* edit : std::initializer_list<QWidget*>{m_url, m_id, m_published})
        edit->setLayoutDirection(Qt::LeftToRight);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_detected, 1);
    auto* grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addRow = [&](int row, int column, const QString& label, QWidget* w, QLayout* l = nullptr) {
        auto* text = new QLabel(label, form);
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
        m_suggestTimer.start();
    });
    connect(m_published, &QDateEdit::dateChanged, this, [this] {
        updateAutoId();
        m_suggestTimer.start();
    });
    connect(m_publisher, &QLineEdit::textEdited, this, [this] {
        updateAutoId();
        m_suggestTimer.start();
    });
    connect(m_title, &QLineEdit::textEdited, this, &ArticleWorkbench::updateAutoId);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = !m_id->text().isEmpty();
        scheduleCheck();
    });
    for (QLineEdit* edit : {m_url, m_notes, m_title})
        connect(edit, &QLineEdit::textEdited, this, &ArticleWorkbench::scheduleCheck);
    connect(m_kind, &QComboBox::activated, this, &ArticleWorkbench::scheduleCheck);
}

QWidget* ArticleWorkbench::buildAnnotatePage()
{
    auto* page = new QWidget(this);
    m_selectionLabel = new QLabel(tr("Select words in the text, then say what they are."), page);
    m_selectionLabel->setWordWrap(true);
    m_annotateKind = new QComboBox(page);
    for (geo::AnnotationKind kind : kKinds)
        m_annotateKind->addItem(SuggestionList::kindLabel(kind), geo::annotationKindName(kind));
    m_entitySearch = new QLineEdit(page);
    m_entitySearch->setPlaceholderText(tr("Search by any spelling: Saraqib, سراقب, Sana…"));
    m_entitySearch->setClearButtonEnabled(true);
    m_entityResults = new QListWidget(page);
    m_pickOnMap = new QPushButton(tr("Pick on the &map"), page);
    m_pickOnMap->setCheckable(true);
    m_pickOnMap->setToolTip(tr("While this is down, a click on a town, road or area of the main window's map "
                               "chooses it"));
    m_figureValue = new QDoubleSpinBox(page);
    m_figureValue->setRange(0, 1e12);
    m_figureValue->setDecimals(1);
    m_figureUnit = new QLineEdit(page);
    m_figureUnit->setPlaceholderText(tr("what it counts: vehicles, people, percent…"));
    m_addAnnotation = new QPushButton(tr("A&dd annotation"), page);
    m_addAnnotation->setEnabled(false);
    m_useEntity = new QPushButton(tr("&Use for the selected row"), page);
    m_useEntity->setToolTip(tr("Point the annotation selected in the suggestions at this entity instead"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_entitySearch, 1);
    searchRow->addWidget(m_pickOnMap);
    auto* figureRow = new QHBoxLayout;
    figureRow->addWidget(m_figureValue);
    figureRow->addWidget(m_figureUnit, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_useEntity);
    buttonRow->addStretch();
    buttonRow->addWidget(m_addAnnotation);
    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_annotateKind);
    form->addRow(tr("Entity:"), searchRow);
    form->addRow(m_entityResults);
    form->addRow(tr("Figure:"), figureRow);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_selectionLabel);
    layout->addLayout(form, 1);
    layout->addLayout(buttonRow);
    connect(m_entitySearch, &QLineEdit::textChanged, this, &ArticleWorkbench::searchEntities);
    connect(m_addAnnotation, &QPushButton::clicked, this, &ArticleWorkbench::addAnnotationFromSelection);
    connect(m_useEntity, &QPushButton::clicked, this, &ArticleWorkbench::useEntityForCurrent);
    connect(m_annotateKind, &QComboBox::currentIndexChanged, this, [this] { searchEntities(m_entitySearch->text()); });
    return page;
}

void ArticleWorkbench::setMapView(MapView* view)
{
    if (view)
        connect(view, &MapView::featureClicked, this, &ArticleWorkbench::onMapClicked);
}

QString ArticleWorkbench::languageCode() const
{
    return m_language->currentData().toString();
}

void ArticleWorkbench::updateAutoId()
{
    if (m_idEdited || !m_correcting.isEmpty())
        return;
    QStringList parts;
    if (const QString p = slug(m_publisher->text(), 2); !p.isEmpty())
        parts << p;
    parts << m_published->date().toString(Qt::ISODate);
    if (const QString t = slug(m_title->text(), 4); !t.isEmpty())
        parts << t;
    m_id->setText(parts.join(QLatin1Char('-')));
    scheduleCheck();
}

void ArticleWorkbench::showStatus(const QString& message, bool problem)
{
    m_status->setText(message);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a40000; }") : QString());
}

void ArticleWorkbench::setText(const QString& text)
{
    const QString why = ArticleTextView::refusal(text.size());
    if (!why.isEmpty()) {
        showStatus(why, true);
        return;
    }
    m_text->setPlainText(text);
}

bool ArticleWorkbench::openFile(const QString& path)
{
    QString error;
    const geo::ArticleText read = geo::readArticleFile(path, &error);
    if (read.text.isNull()) {
        showStatus(error, true);
        return false;
    }
    const QString why = ArticleTextView::refusal(read.text.size());
    if (!why.isEmpty()) {
        showStatus(why, true);
        return false;
    }
    m_text->setPlainText(read.text);
    if (m_title->text().isEmpty()) {
        m_title->setText(read.title.isEmpty() ? QFileInfo(path).completeBaseName() : read.title);
        updateAutoId();
    }
    return true;
}

void ArticleWorkbench::setCorrecting(const QString& articleId)
{
    m_correcting = articleId;
    m_id->setText(articleId);
    m_id->setReadOnly(true);
    m_id->setToolTip(tr("The corrected article replaces the stored one with this id"));
    m_import->setText(tr("&Replace the stored article"));
    setWindowTitle(tr("Correct article — %1").arg(m_title->text()));
}

void ArticleWorkbench::loadArticle(const geo::Article& a)
{
    m_title->setText(a.title);
    m_publisher->setText(a.publisher);
    m_published->setDate(a.published);
    m_url->setText(a.url);
    m_notes->setText(a.notes);
    m_language->setCurrentIndex(std::max(0, m_language->findData(a.language)));
    m_languageChosen = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(geo::articleKindName(a.kind))));
    m_items.clear();
    for (const geo::Annotation& annotation : a.annotations) {
        WorkbenchItem item;
        item.annotation = annotation;
        item.decision = WorkbenchItem::Decision::Accepted;
        item.suggested = !annotation.origin.isEmpty();
        item.reason = tr("in the stored article");
        m_items << item;
    }
    m_lastText = a.text;
    {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(a.text);
    }
    setCorrecting(a.id);
    refresh();
    m_suggestTimer.start();
}

void ArticleWorkbench::onTextChanged()
{
    reanchor();
    refresh();
    m_suggestTimer.start();
}

void ArticleWorkbench::reanchor()
{
    const QString text = m_text->toPlainText();
    if (text == m_lastText)
        return;
    // Every annotation keeps its words where they still are (what the user decided stays, orphaned if its words
    // went, for the check to say); a pending suggestion whose words went is dropped, the next run says anew.
    const geo::TextAnchor anchor(text);
    QList<WorkbenchItem> kept;
    for (WorkbenchItem item : std::as_const(m_items)) {
        geo::Annotation& a = item.annotation;
        const geo::TextAnchorResult r =
            anchor.anchor(geo::TextQuote{a.quote, a.prefix, a.suffix, a.anchorStart, a.anchorEnd});
        if (!r.isAnchored() && item.suggested && item.decision == WorkbenchItem::Decision::Pending)
            continue;
        a.anchorStart = r.start;
        a.anchorEnd = r.end;
        if (r.isAnchored()) {
            const geo::TextQuote s = anchor.selector(r.start, r.end);
            a.quote = s.quote;
            a.prefix = s.prefix;
            a.suffix = s.suffix;
            a.start = s.start;
            a.end = s.end;
        }
        kept << item;
    }
    m_items = kept;
    m_lastText = text;
}

void ArticleWorkbench::cancelSuggestions()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    ++m_suggestGeneration;
    m_suggesting = false;
    m_progressTimer.stop();
    m_progress->hide();
    m_cancel->hide();
    showStatus(tr("Suggestions cancelled; edit the text or the metadata to run them again."));
    emit suggestionsFinished();
}

void ArticleWorkbench::startSuggestions()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true); // the run under way is for an older text
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_suggesting = false;
        m_progress->hide();
        m_cancel->hide();
        m_detected->clear();
        showStatus(tr("The text is empty: paste a dispatch or open a .txt or .html file."), !text.isEmpty());
        emit suggestionsFinished();
        return;
    }
    if (!m_gazetteer || !m_catalog)
        return;
    const int generation = ++m_suggestGeneration;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_percent = std::make_shared<std::atomic_int>(0);
    m_suggesting = true;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_progressTimer.start();
    showStatus(tr("Looking for places, actors and claims…"));
    geo::SuggestionRequest request;
    request.text = text;
    request.language = m_languageChosen ? languageCode() : QString();
    request.published = m_published->date();
    request.publisher = m_publisher->text().trimmed();
    struct Found {
        geo::SuggestionResult result;
        qint64 ms = 0;
    };
    runInBackground(
        &m_pool, this,
        [request, gazetteer = m_gazetteer, catalog = m_catalog, cancel = m_cancelFlag, percent = m_percent]() {
            QElapsedTimer clock;
            clock.start();
            Found found;
            found.result = geo::suggestAnnotations(request, *gazetteer, *catalog, [cancel, percent](int p) {
                percent->store(p);
                return !cancel->load();
            });
            found.ms = clock.elapsed();
            return found;
        },
        [this, generation](const Found& found) {
            if (generation != m_suggestGeneration)
                return; // a newer text or a cancel
            m_suggesting = false;
            m_progressTimer.stop();
            m_progress->hide();
            m_cancel->hide();
            const geo::SuggestionResult& r = found.result;
            if (!r.error.isEmpty()) {
                mergeSuggestions(QString(), {});
                showStatus(tr("No suggestion: %1").arg(r.error), true);
                emit suggestionsFinished();
                return;
            }
            QList<WorkbenchItem> suggested;
            for (const geo::Suggestion& s : r.suggestions) {
                WorkbenchItem item;
                item.annotation = s.annotation;
                item.reason = s.reason;
                item.confidence = s.confidence;
                item.alternatives = s.alternatives;
                suggested << item;
            }
            mergeSuggestions(r.language, suggested);
            showStatus(tr("%n suggestion(s) to check: accept, reject or edit each; nothing is imported before you "
                          "accept it.",
                          nullptr, int(suggested.size())));
            emit suggestionsFinished();
        });
}

void ArticleWorkbench::mergeSuggestions(const QString& language, const QList<WorkbenchItem>& suggested)
{
    if (!language.isEmpty()) {
        const int index = m_language->findData(language);
        m_detected->setText(tr("detected: %1").arg(index >= 0 ? m_language->itemText(index) : language));
        if (!m_languageChosen && index >= 0)
            m_language->setCurrentIndex(index);
    }
    QList<WorkbenchItem> items;
    for (const WorkbenchItem& item : std::as_const(m_items))
        if (!item.suggested || item.decision != WorkbenchItem::Decision::Pending)
            items << item;
    const qsizetype decided = items.size();
    for (const WorkbenchItem& s : suggested) {
        const bool known = std::any_of(items.cbegin(), items.cbegin() + decided,
                                       [&](const WorkbenchItem& d) { return sameTarget(d.annotation, s.annotation); });
        if (!known)
            items << s;
    }
    // In text order; a claim after the words it ties together.
    std::stable_sort(items.begin(), items.end(), [](const WorkbenchItem& a, const WorkbenchItem& b) {
        const bool ca = a.annotation.kind == geo::AnnotationKind::Claim;
        const bool cb = b.annotation.kind == geo::AnnotationKind::Claim;
        return std::pair(a.annotation.anchorStart, ca) < std::pair(b.annotation.anchorStart, cb);
    });
    m_items = items;
    refresh();
}

void ArticleWorkbench::refresh()
{
    const int current = m_list->currentItem();
    m_list->setItems(m_items, m_catalog.get(), m_lang);
    if (current >= 0 && current < m_items.size())
        m_list->setCurrentItem(current);
    refreshSpans();
    QStringList places, claimants;
    for (const WorkbenchItem& item : std::as_const(m_items)) {
        const geo::Annotation& a = item.annotation;
        if (item.decision == WorkbenchItem::Decision::Rejected)
            continue;
        if (a.kind == geo::AnnotationKind::Place && !places.contains(a.entity))
            places << a.entity;
        if (a.kind == geo::AnnotationKind::Actor && m_catalog)
            claimants << m_catalog->name(a.entity, geo::Language::English);
        if (a.kind == geo::AnnotationKind::Claim && !a.claimant.isEmpty())
            claimants << a.claimant;
    }
    if (!m_publisher->text().trimmed().isEmpty())
        claimants << m_publisher->text().trimmed();
    claimants.removeDuplicates();
    m_claimEditor->setPlaces(places);
    m_claimEditor->setClaimants(claimants);
    onCurrentItem(m_list->currentItem());
    scheduleCheck();
}

void ArticleWorkbench::refreshSpans()
{
    const geo::TextAnchor anchor(m_text->toPlainText());
    QList<ArticleTextView::Span> spans;
    const int current = m_list->currentItem();
    for (int i = 0; i < m_items.size(); ++i) {
        const WorkbenchItem& item = m_items.at(i);
        const geo::Annotation& a = item.annotation;
        if (item.decision != WorkbenchItem::Decision::Rejected && a.isAnchored())
            spans << ArticleTextView::Span{anchor.utf16Index(a.anchorStart), anchor.utf16Index(a.anchorEnd), a.kind,
                                           item.decision == WorkbenchItem::Decision::Accepted, i == current};
    }
    m_text->setSpans(spans);
}

void ArticleWorkbench::decide(const QList<int>& indexes, WorkbenchItem::Decision decision)
{
    for (int i : indexes)
        if (i >= 0 && i < m_items.size())
            m_items[i].decision = decision;
    refresh();
}

void ArticleWorkbench::acceptAll()
{
    for (WorkbenchItem& item : m_items)
        if (item.decision == WorkbenchItem::Decision::Pending)
            item.decision = WorkbenchItem::Decision::Accepted;
    refresh();
    const auto accepted = std::count_if(m_items.cbegin(), m_items.cend(), [](const WorkbenchItem& item) {
        return item.decision == WorkbenchItem::Decision::Accepted;
    });
    showStatus(tr("%n annotation(s) accepted: check the claims and what the map will show, then import.", nullptr,
                  int(accepted)));
}

void ArticleWorkbench::onCurrentItem(int index)
{
    const WorkbenchItem* item = index >= 0 && index < m_items.size() ? &m_items.at(index) : nullptr;
    const bool claim = item && item->annotation.kind == geo::AnnotationKind::Claim;
    m_claimEditor->setClaim(claim ? &item->annotation : nullptr);
    m_useEntity->setEnabled(item && !claim && item->annotation.kind != geo::AnnotationKind::Figure);
    if (item && !claim && m_entitySearch->text().isEmpty()) {
        // The row's entity and its alternatives are ready to be chosen instead.
        m_entityResults->clear();
        addEntityResult(item->annotation.entity);
        for (const QString& id : item->alternatives)
            addEntityResult(id);
    }
}

void ArticleWorkbench::showInText(int index)
{
    const WorkbenchItem* item = index >= 0 && index < m_items.size() ? &m_items.at(index) : nullptr;
    if (item && item->annotation.isAnchored()) {
        const geo::TextAnchor anchor(m_text->toPlainText());
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(anchor.utf16Index(item->annotation.anchorStart)));
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
}

void ArticleWorkbench::applyClaim()
{
    const int i = m_list->currentItem();
    if (i < 0 || i >= m_items.size() || m_items.at(i).annotation.kind != geo::AnnotationKind::Claim)
        return;
    m_items[i].annotation = m_claimEditor->edited(m_items.at(i).annotation);
    m_items[i].decision = WorkbenchItem::Decision::Accepted; // an edited claim is one the user stands by
    refresh();
}

void ArticleWorkbench::addEntityResult(const QString& id, const QString& detail)
{
    if (id.isEmpty())
        return;
    for (int r = 0; r < m_entityResults->count(); ++r)
        if (m_entityResults->item(r)->data(kEntityRole).toString() == id)
            return;
    const QString name = m_catalog ? m_catalog->name(id, m_lang) : id;
    QString text = name == id ? id : tr("%1 — %2").arg(name, id);
    if (!detail.isEmpty())
        text = tr("%1 (%2)").arg(text, detail);
    auto* row = new QListWidgetItem(text, m_entityResults);
    row->setData(kEntityRole, id);
    if (m_entityResults->count() == 1)
        m_entityResults->setCurrentRow(0);
}

void ArticleWorkbench::searchEntities(const QString& query)
{
    m_entityResults->clear();
    const QString folded = geo::foldName(query);
    if (folded.isEmpty() || !m_catalog)
        return;
    const auto kind = geo::annotationKindFromName(m_annotateKind->currentData().toString());
    const bool placeLike = kind == geo::AnnotationKind::Place || kind == geo::AnnotationKind::Claim;
    if (placeLike && m_gazetteer)
        for (const geo::GazetteerMatch& m : m_gazetteer->search(query, 15))
            addEntityResult(m.place->id, m.matchedName);
    // Other entities: those the article, its suggestions and the stored articles point at, by any of their names.
    QStringList known;
    auto consider = [&](const geo::Annotation& a) {
        for (const QString& id : {a.entity, a.place})
            if (!id.isEmpty() && id != QLatin1String("figure") && !known.contains(id))
                known << id;
    };
    for (const WorkbenchItem& item : std::as_const(m_items)) {
        consider(item.annotation);
        for (const QString& id : item.alternatives)
            if (!known.contains(id))
                known << id;
    }
    if (m_session)
        for (const geo::Article& a : m_session->articles())
            for (const geo::Annotation& ann : a.annotations)
                consider(ann);
    for (const QString& id : std::as_const(known)) {
        bool match = geo::foldName(id).contains(folded);
        for (geo::Language l : {geo::Language::French, geo::Language::English, geo::Language::Arabic})
            match = match || geo::foldName(m_catalog->name(id, l)).contains(folded);
        if (match && (!kind || placeLike || id.startsWith(geo::annotationKindName(*kind) + QLatin1Char(':'))))
            addEntityResult(id);
    }
    // An id typed as it is, when the catalog knows it.
    if (m_catalog->contains(query.trimmed()))
        addEntityResult(query.trimmed());
}

void ArticleWorkbench::onMapClicked(const geo::PickedFeature& picked)
{
    if (!m_pickOnMap->isChecked() || !m_catalog)
        return;
    const QVariantMap& at = picked.feature().attributes;
    const QStringList candidates{at.value(QStringLiteral("id")).toString(),
                                 QStringLiteral("road:") + at.value(QStringLiteral("ref")).toString(),
                                 QStringLiteral("area:") + at.value(QStringLiteral("ADM1_PCODE")).toString(),
                                 QStringLiteral("area:") + at.value(QStringLiteral("ADM2_PCODE")).toString()};
    for (const QString& id : candidates) {
        if (!m_catalog->contains(id))
            continue;
        const QSignalBlocker block(m_entitySearch);
        m_entitySearch->clear();
        m_entityResults->clear();
        addEntityResult(id, tr("on the map"));
        m_entityResults->setCurrentRow(0);
        m_pickOnMap->setChecked(false);
        raise();
        activateWindow();
        return;
    }
    showStatus(tr("Nothing an article can point at there: click a town, a road or a governorate."), true);
}

void ArticleWorkbench::addAnnotationFromSelection()
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return;
    const QString text = m_text->toPlainText();
    const auto kind = geo::annotationKindFromName(m_annotateKind->currentData().toString());
    const QListWidgetItem* chosen = m_entityResults->currentItem();
    const QString entity = chosen ? chosen->data(kEntityRole).toString() : QString();
    if (!kind)
        return;
    if (entity.isEmpty() && *kind != geo::AnnotationKind::Figure) {
        showStatus(tr("Choose what the words point at: search for it, or pick it on the map."), true);
        return;
    }
    const geo::TextAnchor anchor(text);
    const qsizetype from = codePointAt(text, cursor.selectionStart());
    const qsizetype to = codePointAt(text, cursor.selectionEnd());
    const geo::TextQuote s = anchor.selector(from, to);
    WorkbenchItem item;
    item.suggested = false;
    item.decision = WorkbenchItem::Decision::Accepted;
    geo::Annotation& a = item.annotation;
    a.kind = *kind;
    a.quote = s.quote;
    a.prefix = s.prefix;
    a.suffix = s.suffix;
    a.start = s.start;
    a.end = s.end;
    a.anchorStart = from;
    a.anchorEnd = to;
    if (*kind == geo::AnnotationKind::Claim) {
        a.place = entity;
        a.controller = geo::Controller::Unknown;
        a.claimStatus = geo::ClaimStatus::Claimed;
        a.eventDateFrom = a.eventDateTo = m_published->date();
        a.eventDate = m_published->date().toString(Qt::ISODate);
        a.timePrecision = 1;
        a.claimant = m_publisher->text().trimmed();
    } else if (*kind == geo::AnnotationKind::Figure) {
        a.entity = QStringLiteral("figure");
        a.value = m_figureValue->value();
        a.unit = m_figureUnit->text().trimmed();
    } else {
        a.entity = entity;
    }
    m_items << item;
    std::stable_sort(m_items.begin(), m_items.end(), [](const WorkbenchItem& x, const WorkbenchItem& y) {
        return x.annotation.anchorStart < y.annotation.anchorStart;
    });
    int index = -1;
    for (int i = 0; i < m_items.size() && index < 0; ++i)
        if (!m_items.at(i).suggested && sameTarget(m_items.at(i).annotation, item.annotation))
            index = i;
    refresh();
    m_list->setCurrentItem(index);
    if (*kind == geo::AnnotationKind::Claim) {
        m_tabs->setCurrentIndex(0); // its fields are to be filled
        showStatus(tr("Claim added: say who holds the place, since when and who says so, then Apply."));
    }
}

void ArticleWorkbench::useEntityForCurrent()
{
    const int i = m_list->currentItem();
    const QListWidgetItem* chosen = m_entityResults->currentItem();
    if (i < 0 || i >= m_items.size() || !chosen)
        return;
    geo::Annotation& a = m_items[i].annotation;
    if (a.kind == geo::AnnotationKind::Claim || a.kind == geo::AnnotationKind::Figure)
        return;
    a.entity = chosen->data(kEntityRole).toString();
    m_items[i].decision = WorkbenchItem::Decision::Accepted;
    refresh();
}

geo::Article ArticleWorkbench::article() const
{
    geo::Article a;
    a.formatVersion = geo::ArticleReader::formatVersion();
    a.id = m_id->text().trimmed();
    a.title = m_title->text().trimmed();
    a.publisher = m_publisher->text().trimmed();
    a.url = m_url->text().trimmed();
    a.notes = m_notes->text().trimmed();
    a.published = m_published->date();
    a.language = languageCode();
    a.kind = geo::articleKindFromName(m_kind->currentData().toString()).value_or(geo::ArticleKind::Article);
    a.text = m_text->toPlainText();
    a.fingerprint = geo::Article::fingerprintOf(a.text);
    const geo::TextAnchor anchor(a.text);
    int n = 0;
    for (const WorkbenchItem& item : m_items) {
        if (item.decision != WorkbenchItem::Decision::Accepted)
            continue;
        geo::Annotation ann = item.annotation;
        ann.id = QStringLiteral("a%1").arg(++n);
        if (item.suggested && ann.origin.isEmpty())
            ann.origin = QStringLiteral("accepted");
        else if (ann.origin == QLatin1String("suggested"))
            ann.origin = QStringLiteral("accepted"); // a person has now looked at it
        if (ann.isAnchored()) {
            const geo::TextQuote s = anchor.selector(ann.anchorStart, ann.anchorEnd);
            ann.quote = s.quote;
            ann.prefix = s.prefix;
            ann.suffix = s.suffix;
            ann.start = s.start;
            ann.end = s.end;
        }
        a.annotations << ann;
    }
    return a;
}

void ArticleWorkbench::scheduleCheck()
{
    m_checkTimer.start();
}

void ArticleWorkbench::startCheck()
{
    if (!m_catalog)
        return;
    const int generation = ++m_checkGeneration;
    m_import->setEnabled(false);
    const geo::Article candidate = article();
    if (candidate.text.trimmed().isEmpty()) { // one problem says it all
        m_checking = false;
        m_problems = QStringList{tr("The text is empty: paste a dispatch or open a .txt or .html file.")};
        m_previewLines.clear();
        m_problemList->clear();
        m_problemList->addItems(m_problems);
        m_previewList->clear();
        emit checked();
        return;
    }
    m_checking = true;
    const QList<geo::Article> stored = m_session ? m_session->articles() : QList<geo::Article>{};
    runInBackground(
        &m_pool, this,
        [candidate, stored, catalog = m_catalog, correcting = m_correcting]() {
            Check check;
            // Read back as a file is read: every problem the import would refuse, at its line and column.
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("article.geojson"));
            QString error;
            if (!geo::saveArticle(candidate, path, &error)) {
                check.problems << error;
                return check;
            }
            const geo::ArticleReadResult read =
                geo::ArticleReader::read(path, [catalog](const QString& id) { return catalog->contains(id); });
            for (geo::ArticleProblem p : read.problems) {
                p.file = QStringLiteral("article");
                check.problems << p.toString();
            }
            QList<geo::Article> after;
            for (const geo::Article& a : stored) {
                if (a.id == correcting)
                    continue;
                if (a.fingerprint == candidate.fingerprint && a.id != candidate.id)
                    check.sameTextAs = a.id;
                after << a;
            }
            after << (read.article ? *read.article : candidate);
            const geo::ControlTimeline before(stored), then(after);
            for (const geo::Annotation& ann : candidate.annotations) {
                if (ann.kind != geo::AnnotationKind::Claim || !ann.effectiveDate().isValid() || ann.place.isEmpty())
                    continue;
                Check::Row row;
                row.placeId = ann.place;
                row.date = ann.effectiveDate();
                row.before = before.controlOf(ann.place, row.date).controller;
                if (row.before == geo::Controller::Unknown)
                    row.before = then.controlOf(ann.place, row.date.addDays(-1)).controller;
                row.after = then.controlOf(ann.place, row.date).controller;
                check.rows << row;
            }
            return check;
        },
        [this, generation](const Check& check) {
            if (generation != m_checkGeneration)
                return;
            m_checking = false;
            m_problems = check.problems;
            m_problemList->clear();
            for (const QString& p : check.problems)
                m_problemList->addItem(p);
            if (check.problems.isEmpty())
                m_problemList->addItem(tr("None: the article reads as a valid annotated article."));
            m_previewLines.clear();
            auto name = [this](const QString& id) { return m_catalog->name(id, m_lang); };
            for (const Check::Row& row : check.rows) {
                const QString day = geo::dateText(row.date, m_lang);
                if (row.before != row.after)
                    m_previewLines << tr("%1: %2 → %3 from %4")
                                          .arg(name(row.placeId),
                                               row.before == geo::Controller::Unknown
                                                   ? tr("no state")
                                                   : ClaimEditor::controllerLabel(row.before),
                                               ClaimEditor::controllerLabel(row.after), day);
                else
                    m_previewLines << tr("%1: still %2 on %3 (the claim supports what the map shows)")
                                          .arg(name(row.placeId), ClaimEditor::controllerLabel(row.after), day);
            }
            m_previewLines.removeDuplicates();
            if (!check.sameTextAs.isEmpty())
                m_previewLines.prepend(tr("The store already holds this text as \"%1\": an import adds nothing; "
                                          "correct that article from the Articles panel instead.")
                                           .arg(check.sameTextAs));
            if (m_previewLines.isEmpty())
                m_previewLines << tr("No accepted claim: the map does not change.");
            m_previewList->clear();
            m_previewList->addItems(m_previewLines);
            const bool writable = !m_session || m_session->canWrite();
            const bool duplicate = !check.sameTextAs.isEmpty();
            m_import->setEnabled(check.problems.isEmpty() && !m_importing && writable && !duplicate);
            QString why = tr("Add the article to the store, all or nothing");
            if (!writable)
                why = tr("Read-only store: %1").arg(m_session->readOnlyReason());
            else if (!check.problems.isEmpty())
                why = tr("Fix the problems listed first");
            else if (duplicate)
                why = m_previewLines.constFirst();
            m_import->setToolTip(why);
            emit checked();
        });
}

bool ArticleWorkbench::saveTo(const QString& path, QString* error)
{
    return geo::saveArticle(article(), path, error);
}

void ArticleWorkbench::startImport()
{
    if (!m_session || !m_catalog || m_importing)
        return;
    if (!m_session->canWrite()) {
        showStatus(tr("Nothing was imported: read-only store: %1").arg(m_session->readOnlyReason()), true);
        return;
    }
    m_importing = true;
    m_import->setEnabled(false);
    showStatus(tr("Importing…"));
    struct Done {
        bool ok = false;
        QString message;
        QString storedId; // the id the store keeps the article under
        qint64 ms = 0;
    };
    runInBackground(
        &m_pool, this,
        [candidate = article(), path = m_session->storePath(), catalog = m_catalog, correcting = m_correcting,
         seen = m_session->loadedRevision()]() {
            QElapsedTimer clock;
            clock.start();
            Done done;
            QString error;
            auto store = geo::ArticleStore::open(path, &error);
            if (!store) {
                done.message = error;
                return done;
            }
            // A correction replaces the stored article as its next revision, only if nobody changed the store
            // since this window read it; a new article is added.
            const geo::ImportResult r =
                correcting.isEmpty()
                    ? store->importArticle(candidate, QStringLiteral("workbench"), *catalog)
                    : store->reviseArticle(correcting, candidate, QStringLiteral("workbench"), *catalog,
                                           seen >= 0 ? std::optional<qint64>(seen) : std::nullopt);
            done.ok = r.status == geo::ImportResult::Status::Imported || r.status == geo::ImportResult::Status::Revised;
            done.message = r.message;
            done.storedId = r.existingArticleId.isEmpty() ? r.articleId : r.existingArticleId;
            done.ms = clock.elapsed();
            return done;
        },
        [this](const Done& done) {
            m_importing = false;
            if (done.ok) {
                showStatus(tr("Imported: %1").arg(done.message));
                // What is edited from now on corrects the stored article.
                if (m_correcting.isEmpty())
                    setCorrecting(done.storedId);
                if (m_session)
                    m_session->reload(); // the map moves
            } else {
                showStatus(tr("Nothing was imported: %1").arg(done.message), true);
            }
            scheduleCheck();
            emit importFinished(done.ok, done.message);
        });
}

void ArticleWorkbench::keyPressEvent(QKeyEvent* event)
{
    // Enter and Delete decide in the list; Escape closes only when nothing runs.
    if (m_list->tree()->hasFocus() && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        decide(m_list->selectedItems(), WorkbenchItem::Decision::Rejected);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_suggesting) {
        cancelSuggestions();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ArticleWorkbench::closeEvent(QCloseEvent* event)
{
    if (m_importing) {
        showStatus(tr("The import is under way; the window closes once it has landed."));
        event->ignore();
        return;
    }
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    QDialog::closeEvent(event);
}
