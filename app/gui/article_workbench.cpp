#include "article_workbench.h"

#include "annotate_selection_panel.h"
#include "article_check.h"
#include "article_import.h"
#include "article_metadata_form.h"
#include "article_session.h"
#include "article_text_view.h"
#include "background_task.h"
#include "claim_editor.h"
#include "map_view.h"
#include "workbench_items.h"

#include "geo/articles/annotation_suggester.h"
#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
#include "geo/articles/text_anchor.h"
#include "geo/articles/text_extraction.h"
#include "geo/core/date_text.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The code-point offset of a UTF-16 index of TEXT.
qsizetype codePointAt(const QString& text, qsizetype utf16)
{
    return qsizetype(QStringView(text).left(utf16).toUcs4().size());
}

} // namespace

ArticleWorkbench::ArticleWorkbench(ArticleSession* session, std::shared_ptr<const geo::Gazetteer> gazetteer,
                                   std::shared_ptr<const geo::EntityCatalog> catalog, geo::Language lang,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_gazetteer(std::move(gazetteer)), m_catalog(std::move(catalog)),
      m_lang(lang), m_text(new ArticleTextView(this)), m_list(new SuggestionList(this)),
      m_claimEditor(new ClaimEditor(this)), m_form(new ArticleMetadataForm(this)),
      m_annotate(new AnnotateSelectionPanel(m_gazetteer, m_catalog, lang, this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_problemList(new QListWidget(this)), m_previewList(new QListWidget(this)),
      m_save(new QPushButton(tr("&Save as…"), this)), m_import(new QPushButton(tr("&Import into the store"), this)),
      m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("New article"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1280, 820);
    if (const QScreen* screen = parent ? parent->screen() : nullptr) // a laptop's screen holds it whole
        resize(size().boundedTo(screen->availableSize() * 0.96));
    m_pool.setMaxThreadCount(2);
    m_claimEditor->setCatalog(m_catalog, m_lang);

    m_annotate->setKnownEntities([this] { return knownEntities(); });

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
    m_tabs->addTab(m_annotate, tr("Annotate the selection"));

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
    layout->addWidget(m_form);
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
    connect(m_text, &QPlainTextEdit::selectionChanged, this,
            [this] { m_annotate->setSelectedWords(m_text->textCursor().selectedText().simplified()); });
    connect(m_form, &ArticleMetadataForm::edited, this, &ArticleWorkbench::scheduleCheck);
    connect(m_form, &ArticleMetadataForm::suggestionInputChanged, this, [this] { m_suggestTimer.start(); });
    connect(m_annotate, &AnnotateSelectionPanel::addRequested, this, &ArticleWorkbench::addAnnotationFromSelection);
    connect(m_annotate, &AnnotateSelectionPanel::useRequested, this, &ArticleWorkbench::useEntityForCurrent);
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
            (idEdit()->text().isEmpty() ? QStringLiteral("article") : idEdit()->text()) + QStringLiteral(".geojson");
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

void ArticleWorkbench::setMapView(MapView* view)
{
    if (view)
        connect(view, &MapView::featureClicked, this, &ArticleWorkbench::onMapClicked);
}

QLineEdit* ArticleWorkbench::titleEdit() const
{
    return m_form->titleEdit();
}
QLineEdit* ArticleWorkbench::publisherEdit() const
{
    return m_form->publisherEdit();
}
QDateEdit* ArticleWorkbench::publishedEdit() const
{
    return m_form->publishedEdit();
}
QLineEdit* ArticleWorkbench::urlEdit() const
{
    return m_form->urlEdit();
}
QLineEdit* ArticleWorkbench::idEdit() const
{
    return m_form->idEdit();
}
QLineEdit* ArticleWorkbench::notesEdit() const
{
    return m_form->notesEdit();
}
QComboBox* ArticleWorkbench::languageBox() const
{
    return m_form->languageBox();
}
QComboBox* ArticleWorkbench::kindBox() const
{
    return m_form->kindBox();
}
QComboBox* ArticleWorkbench::annotateKindBox() const
{
    return m_annotate->kindBox();
}
QLineEdit* ArticleWorkbench::entitySearch() const
{
    return m_annotate->entitySearch();
}
QListWidget* ArticleWorkbench::entityResults() const
{
    return m_annotate->entityResults();
}
QPushButton* ArticleWorkbench::pickOnMapButton() const
{
    return m_annotate->pickOnMapButton();
}
QPushButton* ArticleWorkbench::addAnnotationButton() const
{
    return m_annotate->addButton();
}
QPushButton* ArticleWorkbench::useEntityButton() const
{
    return m_annotate->useButton();
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
    if (titleEdit()->text().isEmpty()) {
        titleEdit()->setText(read.title.isEmpty() ? QFileInfo(path).completeBaseName() : read.title);
        m_form->updateAutoId();
    }
    return true;
}

void ArticleWorkbench::setCorrecting(const QString& articleId)
{
    m_correcting = articleId;
    m_form->setCorrecting(articleId);
    m_import->setText(tr("&Replace the stored article"));
    setWindowTitle(tr("Correct article — %1").arg(titleEdit()->text()));
}

void ArticleWorkbench::loadArticle(const geo::Article& a)
{
    m_form->load(a);
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
    m_items = reanchoredItems(m_items, text);
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
        m_form->clearDetectedLanguage();
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
    request.language = m_form->isLanguageChosen() ? m_form->languageCode() : QString();
    request.published = publishedEdit()->date();
    request.publisher = publisherEdit()->text().trimmed();
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
            const QList<WorkbenchItem> suggested = suggestedItems(r.suggestions);
            mergeSuggestions(r.language, suggested);
            showStatus(tr("%n suggestion(s) to check: accept, reject or edit each; nothing is imported before you "
                          "accept it.",
                          nullptr, int(suggested.size())));
            emit suggestionsFinished();
        });
}

void ArticleWorkbench::mergeSuggestions(const QString& language, const QList<WorkbenchItem>& suggested)
{
    if (!language.isEmpty())
        m_form->setDetectedLanguage(language);
    m_items = mergedItems(m_items, suggested);
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
    if (const QString publisher = publisherEdit()->text().trimmed(); !publisher.isEmpty())
        claimants << publisher;
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
    m_annotate->setUseEnabled(item && !claim && item->annotation.kind != geo::AnnotationKind::Figure);
    if (item && !claim)
        m_annotate->offerEntities(item->annotation.entity, item->alternatives);
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

QStringList ArticleWorkbench::knownEntities() const
{
    // Those the article, its suggestions and the stored articles point at.
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
    return known;
}

void ArticleWorkbench::onMapClicked(const geo::PickedFeature& picked)
{
    if (!m_annotate->isPicking() || !m_catalog)
        return;
    if (m_annotate->pick(picked)) {
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
    const auto kind = m_annotate->kind();
    const QString entity = m_annotate->chosenEntity();
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
        a.eventDateFrom = a.eventDateTo = publishedEdit()->date();
        a.eventDate = publishedEdit()->date().toString(Qt::ISODate);
        a.timePrecision = 1;
        a.claimant = publisherEdit()->text().trimmed();
    } else if (*kind == geo::AnnotationKind::Figure) {
        a.entity = QStringLiteral("figure");
        a.value = m_annotate->figureValue();
        a.unit = m_annotate->figureUnit();
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
    const QString chosen = m_annotate->chosenEntity();
    if (i < 0 || i >= m_items.size() || chosen.isEmpty())
        return;
    geo::Annotation& a = m_items[i].annotation;
    if (a.kind == geo::AnnotationKind::Claim || a.kind == geo::AnnotationKind::Figure)
        return;
    a.entity = chosen;
    m_items[i].decision = WorkbenchItem::Decision::Accepted;
    refresh();
}

geo::Article ArticleWorkbench::article() const
{
    geo::Article a;
    a.formatVersion = geo::ArticleReader::formatVersion();
    m_form->fill(&a);
    a.text = m_text->toPlainText();
    a.fingerprint = geo::Article::fingerprintOf(a.text);
    a.annotations = acceptedAnnotations(m_items, a.text);
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
        [candidate, stored, catalog = m_catalog, correcting = m_correcting, file = tr("article")]() {
            return checkArticle(candidate, stored, catalog, correcting, file);
        },
        [this, generation](const ArticleCheck& check) {
            if (generation != m_checkGeneration)
                return;
            showCheck(check);
        });
}

void ArticleWorkbench::showCheck(const ArticleCheck& check)
{
    m_checking = false;
    m_problems = check.problems;
    m_problemList->clear();
    for (const QString& p : check.problems)
        m_problemList->addItem(p);
    if (check.problems.isEmpty())
        m_problemList->addItem(tr("None: the article reads as a valid annotated article."));
    m_previewLines.clear();
    auto name = [this](const QString& id) { return m_catalog->name(id, m_lang); };
    for (const ArticleCheck::Row& row : check.rows) {
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
    runInBackground(
        &m_pool, this,
        [candidate = article(), path = m_session->storePath(), catalog = m_catalog, correcting = m_correcting,
         seen = m_session->loadedRevision()]() { return importIntoStore(candidate, path, catalog, correcting, seen); },
        [this](const ArticleImportDone& done) {
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
