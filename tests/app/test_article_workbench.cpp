// File > New article… as a journalist uses it: the seed dispatch pasted into the workbench gets its places, roads,
// actors and claims suggested without any edit; Accept all gives an article that validates, imports in under a
// second and turns Saraqeb to the government on 8 February 2020 on the map. The same in English and Arabic on short
// texts written from the bundled reports; bad input gets a message, never a crash or a frozen window; an article of
// the store opens in the workbench to be corrected.
#include "app/gui/article_session.h"
#include "app/gui/article_text_view.h"
#include "app/gui/article_workbench.h"
#include "app/gui/articles_panel.h"
#include "app/gui/claim_editor.h"
#include "app/gui/interface_language.h"
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "app/gui/suggestion_list.h"
#include "app/gui/timeline_bar.h"

#include "geo/articles/article_reader.h"
#include "geo/core/date_text.h"
#include "geo/core/projector.h"
#include "geo/store/article_store.h"
#include "geo/store/bundled_articles.h"
#include "bundled_data.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

Q_DECLARE_METATYPE(geo::Language)

namespace {

// The seed dispatch in its two forms (in paragraphs, and run together as a scraper delivered it), from the
// project's own attributed copies of it.
QStringList seedForms()
{
    QStringList forms;
    for (const char* path :
         {":/articles/afp-2020-02-08-saraqeb.geojson", ":/articles/afp-2020-02-08-saraqeb-scraped.geojson"}) {
        const geo::ArticleReadResult read = geo::ArticleReader::read(QString::fromLatin1(path), {});
        if (!read.ok())
            return {};
        forms << read.article->text;
    }
    return forms;
}

QStringList entitiesOf(const ArticleWorkbench* w)
{
    QStringList out;
    for (const WorkbenchItem& item : w->items())
        out << (item.annotation.kind == geo::AnnotationKind::Claim ? item.annotation.place : item.annotation.entity);
    return out;
}

const geo::Annotation* findClaim(const ArticleWorkbench* w, const QString& place)
{
    for (const WorkbenchItem& item : w->items())
        if (item.annotation.kind == geo::AnnotationKind::Claim && item.annotation.place == place)
            return &item.annotation;
    return nullptr;
}

} // namespace

class TestArticleWorkbench : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void seedDispatchFromPasteToMap_data();
    void seedDispatchFromPasteToMap();
    void englishAndArabicDispatches_data();
    void englishAndArabicDispatches();
    void badInputGetsAMessage();
    void annotateSelectionAndEditClaim();
    void correctAStoredArticle();
    void reasonsProblemsAndDatesInTheInterfaceLanguage_data();
    void reasonsProblemsAndDatesInTheInterfaceLanguage();

private:
    ArticleWorkbench* openWorkbench();
    bool waitIdle(ArticleWorkbench* w);
    bool waitForStore(int articles);
    bool waitForControl(QDate date);
    void paste(ArticleWorkbench* w, const QString& text);
    void removeArticle(const QString& id);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_baseArticles = 0;
};

void TestArticleWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-test-workbench");
    QSettings().clear();
    QVERIFY2(!seedForms().isEmpty(), "the bundled copies of the seed dispatch cannot be read");
    m_dir = std::make_unique<QTemporaryDir>();
    const QString storePath = m_dir->filePath("store.gpkg");
    // A store that knows what the reports said before the seed: HTS withdrew and government forces entered Saraqib on
    // 5 February (contested). Seeded by hand, so that the window does not add the bundled AFP dispatch itself.
    {
        QString error;
        const auto catalog = frontline::test::bundledCatalog(&error);
        QVERIFY2(catalog, qPrintable(error));
        auto store = geo::ArticleStore::open(storePath, &error);
        QVERIFY2(store, qPrintable(error));
        QStringList messages;
        QVERIFY2(store->seedBundled({QStringLiteral(":/articles/history/summary-2019-05-01-stable-towns.geojson"),
                                     QStringLiteral(":/articles/history/summary-2020-02-05-e08-saraqib.geojson")},
                                    *catalog, &messages),
                 qPrintable(messages.join('\n')));
        m_baseArticles = int(store->articleIds().size());
        QCOMPARE(m_baseArticles, 2);
    }
    m_window = std::make_unique<MainWindow>(storePath);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!m_window->session()->data()) {
        QSignalSpy loaded(m_window->session(), &MapSession::dataChanged);
        QVERIFY(loaded.wait(60000));
    }
    QVERIFY(waitForStore(m_baseArticles));
}

void TestArticleWorkbench::cleanupTestCase()
{
    m_window.reset();
    m_dir.reset();
}

bool TestArticleWorkbench::waitForStore(int articles)
{
    ArticleSession* session = m_window->articleSession();
    for (int i = 0; i < 600; ++i) {
        if (session->timeline() && !session->isBusy() && session->articles().size() == articles)
            return true;
        QTest::qWait(50);
    }
    return false;
}

bool TestArticleWorkbench::waitForControl(QDate date)
{
    m_window->timelineBar()->setDate(date);
    for (int i = 0; i < 600; ++i) {
        const auto control = m_window->mapView()->settings().control;
        if (control && control->snapshot.date == date && !m_window->articleSession()->isBusy())
            return true;
        QTest::qWait(50);
    }
    return false;
}

ArticleWorkbench* TestArticleWorkbench::openWorkbench()
{
    // As the user does it: File > New article….
    m_window->newArticleAction()->trigger();
    const auto all = m_window->findChildren<ArticleWorkbench*>();
    for (ArticleWorkbench* w : all)
        if (w->isVisible() && w->correctedArticleId().isEmpty() && w->items().isEmpty() &&
            w->textView()->toPlainText().isEmpty())
            return w;
    return nullptr;
}

bool TestArticleWorkbench::waitIdle(ArticleWorkbench* w)
{
    for (int i = 0; i < 1200; ++i) {
        QTest::qWait(25);
        if (!w->isSuggesting() && !w->isChecking() && !w->isImporting())
            return true;
    }
    return false;
}

void TestArticleWorkbench::paste(ArticleWorkbench* w, const QString& text)
{
    QApplication::clipboard()->setText(text);
    w->textView()->setFocus();
    QTest::keyClick(w->textView(), Qt::Key_V, Qt::ControlModifier);
}

void TestArticleWorkbench::removeArticle(const QString& id)
{
    QSignalSpy changed(m_window->articleSession(), &ArticleSession::articlesChanged);
    m_window->articleSession()->removeArticle(id);
    QVERIFY(changed.wait(20000));
    QVERIFY(waitForStore(m_baseArticles));
}

void TestArticleWorkbench::seedDispatchFromPasteToMap_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("paragraphs") << 0;
    QTest::newRow("run together") << 1;
}

void TestArticleWorkbench::seedDispatchFromPasteToMap()
{
    QFETCH(int, form);
    const QString text = seedForms().at(form);
    ArticleWorkbench* w = openWorkbench();
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QTest::keyClicks(w->publisherEdit(), QStringLiteral("AFP"));
    QTest::keyClicks(w->titleEdit(), QStringLiteral("Saraqeb aux mains de l'armee syrienne"));
    w->publishedEdit()->setDate(QDate(2020, 2, 8));
    QTest::keyClicks(w->notesEdit(), QStringLiteral("wire copy, no address"));
    QSignalSpy finished(w, &ArticleWorkbench::suggestionsFinished);
    paste(w, text);
    QCOMPARE(w->textView()->toPlainText(), text);
    QVERIFY(finished.wait(30000));
    QVERIFY(waitIdle(w));
    QCOMPARE(w->languageBox()->currentData().toString(), QStringLiteral("fr"));

    // Without any edit: the places, roads, actors and the two claims of the issue.
    const QStringList entities = entitiesOf(w);
    for (const char* id : {"saraqib", "aleppo", "damascus", "latakia", "maarat_al_numan", "road:M4", "road:M5",
                           "actor:syrian-army", "actor:sana", "actor:state-tv", "actor:russia", "actor:turkey",
                           "actor:anadolu", "actor:hts", "actor:un", "actor:sohr"})
        QVERIFY2(entities.contains(QString::fromLatin1(id)), id);
    QVERIFY2(entities.contains(QStringLiteral("idlib")) || entities.contains(QStringLiteral("area:SY07")), "Idleb");
    const geo::Annotation* saraqeb = findClaim(w, QStringLiteral("saraqib"));
    QVERIFY(saraqeb);
    QCOMPARE(saraqeb->controller, std::optional(geo::Controller::Government));
    QCOMPARE(saraqeb->claimant, QStringLiteral("state TV"));
    QCOMPARE(saraqeb->effectiveDate(), QDate(2020, 2, 8));
    const geo::Annotation* maaret = findClaim(w, QStringLiteral("maarat_al_numan"));
    QVERIFY(maaret);
    QCOMPARE(maaret->controller, std::optional(geo::Controller::Government));
    QCOMPARE(maaret->effectiveDate(), QDate(2020, 1, 31)); // "fin janvier": from the end of January
    QVERIFY(maaret->eventDateFrom < QDate(2020, 1, 31));
    // Nothing is accepted until the user says so; the highlights are there, one per suggestion.
    for (const WorkbenchItem& item : w->items())
        QCOMPARE(item.decision, WorkbenchItem::Decision::Pending);
    QCOMPARE(w->suggestionList()->tree()->topLevelItemCount(), w->items().size());
    QVERIFY(w->textView()->extraSelections().size() >= entities.size() - 1);
    // The reason and the confidence of a suggestion are shown.
    w->suggestionList()->setCurrentItem(0);
    QVERIFY(!w->suggestionList()->reasonLabel()->text().isEmpty());

    QTest::mouseClick(w->suggestionList()->acceptAllButton(), Qt::LeftButton);
    QVERIFY(waitIdle(w));
    QVERIFY2(w->problems().isEmpty(), qPrintable(w->problems().join('\n')));
    // The preview says what the map will show: Saraqeb, contested since the entry of 5 February, to the government.
    const QString preview = w->previewLines().join('\n');
    const QString saraqebName = m_window->session()->catalog()->name(QStringLiteral("saraqib"), geo::Language::English);
    QVERIFY2(preview.contains(QStringLiteral("%1: %2 → %3 from 8 February 2020")
                                  .arg(saraqebName, ClaimEditor::controllerLabel(geo::Controller::Contested),
                                       ClaimEditor::controllerLabel(geo::Controller::Government))),
             qPrintable(preview));
    const geo::Article article = w->article();
    QVERIFY(!article.annotations.isEmpty());
    for (const geo::Annotation& a : article.annotations)
        QCOMPARE(a.origin, QStringLiteral("accepted"));

    // Saved as .geojson, the article reads back whole.
    QString error;
    const QString saved = m_dir->filePath(QStringLiteral("seed-%1.geojson").arg(form));
    QVERIFY2(w->saveTo(saved, &error), qPrintable(error));
    const auto catalog = m_window->articleSession()->catalog();
    const geo::ArticleReadResult read =
        geo::ArticleReader::read(saved, [catalog](const QString& id) { return catalog->contains(id); });
    QVERIFY2(read.ok(), qPrintable(read.messages().join('\n')));
    QCOMPARE(read.article->annotations.size(), article.annotations.size());

    // Import: all or nothing, in under a second; the map moves.
    QVERIFY(w->importButton()->isEnabled());
    QSignalSpy imported(w, &ArticleWorkbench::importFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(w->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(10000));
    const qint64 ms = clock.elapsed();
    QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
    // Under a second as the issue asks, in the plain build; the sanitizer build checks every access of the store's
    // SQLite and GDAL code and gets ten times the time.
#if defined(__SANITIZE_ADDRESS__)
    const qint64 importBound = 10000;
#else
    const qint64 importBound = 1000;
#endif
    QVERIFY2(ms < importBound, qPrintable(QStringLiteral("import took %1 ms").arg(ms)));
    QVERIFY(waitForStore(m_baseArticles + 1));
    const auto timeline = m_window->articleSession()->timeline();
    QCOMPARE(timeline->controlOf(QStringLiteral("saraqib"), QDate(2020, 2, 8)).controller, geo::Controller::Government);
    QVERIFY(timeline->controlOf(QStringLiteral("saraqib"), QDate(2020, 2, 7)).controller !=
            geo::Controller::Government);
    QCOMPARE(timeline->controlOf(QStringLiteral("maarat_al_numan"), QDate(2020, 1, 31)).controller,
             geo::Controller::Government);
    QVERIFY(waitForControl(QDate(2020, 2, 8)));
    const auto overlay = m_window->mapView()->settings().control;
    QCOMPARE(overlay->snapshot.places.value(QStringLiteral("saraqib")).controller, geo::Controller::Government);
    QCOMPARE(overlay->snapshot.places.value(QStringLiteral("saraqib")).articleId, article.id);
    w->close();
    removeArticle(article.id); // the other form comes into the same store
}

void TestArticleWorkbench::englishAndArabicDispatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("effective");
    // From resources/articles/history/summary-2020-01-28-e05-maarat-al-numan.geojson: government forces entered
    // Maarat al-Numan on 28 January 2020 and the army announced its control on the 29th.
    QTest::newRow("en") << QStringLiteral("Syrian government forces have captured the town of Maarat al-Numan on "
                                          "the M5 highway in southern Idlib, the army said on Wednesday.")
                        << QStringLiteral("en") << QDate(2020, 1, 29) << QStringLiteral("maarat_al_numan")
                        << QDate(2020, 1, 29);
    // From summary-2020-02-08-e09-saraqib.geojson: the government declared full control of Saraqib on 8 February.
    QTest::newRow("ar") << QStringLiteral("سيطرت قوات الجيش السوري أمس بشكل كامل على مدينة سراقب في ريف إدلب "
                                          "الشرقي، بحسب ما أفادت وكالة سانا.")
                        << QStringLiteral("ar") << QDate(2020, 2, 9) << QStringLiteral("saraqib") << QDate(2020, 2, 8);
}

void TestArticleWorkbench::englishAndArabicDispatches()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QDate, published);
    QFETCH(QString, place);
    QFETCH(QDate, effective);
    ArticleWorkbench* w = openWorkbench();
    QVERIFY(w);
    QTest::keyClicks(w->publisherEdit(), QStringLiteral("Test desk"));
    QTest::keyClicks(w->titleEdit(), QStringLiteral("Test %1").arg(language));
    QTest::keyClicks(w->notesEdit(), QStringLiteral("written for the test from the bundled reports"));
    w->publishedEdit()->setDate(published);
    QSignalSpy finished(w, &ArticleWorkbench::suggestionsFinished);
    paste(w, text);
    QVERIFY(finished.wait(30000));
    QVERIFY(waitIdle(w));
    QCOMPARE(w->languageBox()->currentData().toString(), language);
    const geo::Annotation* claim = findClaim(w, place);
    QVERIFY2(claim, qPrintable(entitiesOf(w).join(' ')));
    QCOMPARE(claim->controller, std::optional(geo::Controller::Government));
    QCOMPARE(claim->effectiveDate(), effective);
    QVERIFY(entitiesOf(w).contains(place));

    QTest::mouseClick(w->suggestionList()->acceptAllButton(), Qt::LeftButton);
    QVERIFY(waitIdle(w));
    QVERIFY2(w->problems().isEmpty(), qPrintable(w->problems().join('\n')));
    QSignalSpy imported(w, &ArticleWorkbench::importFinished);
    QTest::mouseClick(w->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(10000));
    QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
    QVERIFY(waitForStore(m_baseArticles + 1));
    QCOMPARE(m_window->articleSession()->timeline()->controlOf(place, effective).controller,
             geo::Controller::Government);
    const QString id = w->article().id;
    w->close();
    removeArticle(id);
}

void TestArticleWorkbench::badInputGetsAMessage()
{
    ArticleWorkbench* w = openWorkbench();
    QVERIFY(w);
    auto statusSays = [w](const QString& what) { return w->statusLabel()->text().contains(what, Qt::CaseInsensitive); };
    // Empty text: said, and nothing to import.
    QSignalSpy finished(w, &ArticleWorkbench::suggestionsFinished);
    paste(w, QStringLiteral("   \n  "));
    QVERIFY(finished.wait(10000));
    QVERIFY(waitIdle(w));
    QVERIFY2(statusSays(QStringLiteral("empty")), qPrintable(w->statusLabel()->text()));
    QVERIFY(!w->importButton()->isEnabled());
    QVERIFY(!w->problems().isEmpty());

    // 10 MB of text: refused at once, with the size said, the editor left as it was.
    const QString huge(10 * 1024 * 1024, QLatin1Char('a'));
    QElapsedTimer clock;
    clock.start();
    w->textView()->clear();
    paste(w, huge);
#if defined(__SANITIZE_ADDRESS__)
    QVERIFY(clock.elapsed() < 20000);
#else
    QVERIFY(clock.elapsed() < 2000);
#endif
    QVERIFY(w->textView()->toPlainText().size() < 100);
    QVERIFY2(statusSays(QStringLiteral("characters")), qPrintable(w->statusLabel()->text()));
    QApplication::clipboard()->clear();

    // A binary file.
    const QString binary = m_dir->filePath(QStringLiteral("image.txt"));
    {
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char(i * 37 % 256));
        f.write(bytes);
    }
    QVERIFY(!w->openFile(binary));
    QVERIFY(!w->statusLabel()->text().isEmpty());
    QVERIFY(w->textView()->toPlainText().isEmpty());

    // Another script: no suggestion, and why.
    finished.clear();
    paste(w, QStringLiteral("Сирийская армия заявила, что взяла под контроль город Саракиб в провинции Идлиб."));
    QVERIFY(finished.wait(30000));
    QVERIFY(waitIdle(w));
    QVERIFY(w->items().isEmpty());
    QVERIFY2(statusSays(QStringLiteral("No suggestion")), qPrintable(w->statusLabel()->text()));

    // An HTML page with scripts: its text only; the script is neither run nor kept.
    const QString page = m_dir->filePath(QStringLiteral("page.html"));
    {
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><head><title>Saraqib</title><script>document.write('injected');</script></head><body>"
                "<p>Syrian government forces have captured the town of Saraqib, the army said.</p>"
                "<script src=\"https://example.invalid/x.js\"></script></body></html>");
    }
    w->textView()->clear();
    finished.clear();
    QVERIFY(w->openFile(page));
    QVERIFY(!w->textView()->toPlainText().contains(QStringLiteral("injected")));
    QVERIFY(w->textView()->toPlainText().contains(QStringLiteral("Saraqib")));
    QVERIFY(finished.wait(30000));
    QVERIFY(waitIdle(w));
    QVERIFY(entitiesOf(w).contains(QStringLiteral("saraqib")));
    w->close();
}

void TestArticleWorkbench::annotateSelectionAndEditClaim()
{
    ArticleWorkbench* w = openWorkbench();
    QVERIFY(w);
    const QString text = QStringLiteral("Les forces gouvernementales sont entrées à Saraqeb mercredi soir.");
    QSignalSpy finished(w, &ArticleWorkbench::suggestionsFinished);
    w->publishedEdit()->setDate(QDate(2020, 2, 6));
    paste(w, text);
    QVERIFY(finished.wait(30000));
    QVERIFY(waitIdle(w));
    const int before = int(w->items().size());
    // Select "Saraqeb" and annotate it as a claim found by its Arabic spelling.
    QTextCursor cursor(w->textView()->document());
    cursor.setPosition(int(text.indexOf(QStringLiteral("Saraqeb"))));
    cursor.setPosition(int(text.indexOf(QStringLiteral("Saraqeb")) + 7), QTextCursor::KeepAnchor);
    w->textView()->setTextCursor(cursor);
    QVERIFY(w->addAnnotationButton()->isEnabled());
    w->tabs()->setCurrentIndex(1);
    w->annotateKindBox()->setCurrentIndex(w->annotateKindBox()->findData(QStringLiteral("claim")));
    w->entitySearch()->setText(QStringLiteral("سراقب")); // as typed (QTest types Latin-1 only)
    QVERIFY(w->entityResults()->count() > 0);
    QCOMPARE(w->entityResults()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("saraqib"));
    // The same town clicked on the main window's map while "Pick on the map" is down.
    w->entitySearch()->clear();
    QTest::mouseClick(w->pickOnMapButton(), Qt::LeftButton);
    QVERIFY(w->pickOnMapButton()->isChecked());
    MapView* view = m_window->mapView();
    const QPointF saraqeb(36.80591, 35.86447);
    view->centerOn(saraqeb, 60);
    for (int i = 0; i < 200 && (view->isRendering() || view->framesFinished() == 0); ++i)
        QTest::qWait(50);
    const geo::Projector projector(m_window->session()->crs());
    QTest::mouseClick(view, Qt::LeftButton, {}, view->viewport().toScreen(projector.forward(saraqeb)).toPoint());
    QVERIFY(!w->pickOnMapButton()->isChecked());
    QCOMPARE(w->entityResults()->count(), 1);
    QCOMPARE(w->entityResults()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("saraqib"));
    QTest::mouseClick(w->addAnnotationButton(), Qt::LeftButton);
    QCOMPARE(int(w->items().size()), before + 1);
    // The claim editor: contested from 5 February, previously the opposition, assessed, by AFP.
    ClaimEditor* editor = w->claimEditor();
    QVERIFY(editor->isEnabled());
    editor->controllerBox()->setCurrentIndex(editor->controllerBox()->findData(QStringLiteral("contested")));
    editor->previousBox()->setCurrentIndex(editor->previousBox()->findData(QStringLiteral("opposition")));
    editor->fromEdit()->setDate(QDate(2020, 2, 5));
    editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(QStringLiteral("assessed")));
    editor->claimantEdit()->setText(QStringLiteral("AFP"));
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    const geo::Annotation* claim = nullptr;
    for (const WorkbenchItem& item : w->items())
        if (!item.suggested && item.annotation.kind == geo::AnnotationKind::Claim)
            claim = &item.annotation;
    QVERIFY(claim);
    QCOMPARE(claim->place, QStringLiteral("saraqib"));
    QCOMPARE(claim->controller, std::optional(geo::Controller::Contested));
    QCOMPARE(claim->previousController, std::optional(geo::Controller::Opposition));
    QCOMPARE(claim->eventDate, QStringLiteral("2020-02-05"));
    QCOMPARE(claim->claimStatus, std::optional(geo::ClaimStatus::Assessed));
    QCOMPARE(claim->claimant, QStringLiteral("AFP"));
    QCOMPARE(claim->quote, QStringLiteral("Saraqeb"));
    // Written by a person: no origin.
    bool found = false;
    for (const geo::Annotation& a : w->article().annotations)
        if (a.kind == geo::AnnotationKind::Claim && a.quote == QLatin1String("Saraqeb")) {
            found = true;
            QVERIFY(a.origin.isEmpty());
        }
    QVERIFY(found);
    // An edit to the text keeps the annotation on its words.
    QTextCursor start(w->textView()->document());
    start.insertText(QStringLiteral("Selon l'AFP, "));
    QVERIFY(waitIdle(w));
    for (const WorkbenchItem& item : w->items())
        if (!item.suggested)
            QCOMPARE(w->article().text.mid(item.annotation.anchorStart, 7), QStringLiteral("Saraqeb"));
    w->close();
}

void TestArticleWorkbench::correctAStoredArticle()
{
    // The stored summary of 5 February opens in the workbench from the articles panel's Correct….
    const QString id = QStringLiteral("summary-2020-02-05-e08-saraqib");
    m_window->articlesPanel()->showArticle(id);
    m_window->articlesPanel()->correctAction()->trigger();
    ArticleWorkbench* w = nullptr;
    for (ArticleWorkbench* candidate : m_window->findChildren<ArticleWorkbench*>())
        if (candidate->isVisible() && candidate->correctedArticleId() == id)
            w = candidate;
    QVERIFY(w);
    QVERIFY(waitIdle(w));
    QCOMPARE(w->idEdit()->text(), id);
    QVERIFY(w->textView()->toPlainText().startsWith(QStringLiteral("Government forces enter Saraqib")));
    const geo::Annotation* claim = findClaim(w, QStringLiteral("saraqib"));
    QVERIFY(claim);
    QCOMPARE(claim->controller, std::optional(geo::Controller::Contested));
    // Every stored annotation comes accepted, and the article validates as it is.
    for (const WorkbenchItem& item : w->items())
        if (item.reason == ArticleWorkbench::tr("in the stored article"))
            QCOMPARE(item.decision, WorkbenchItem::Decision::Accepted);
    QVERIFY2(w->problems().isEmpty(), qPrintable(w->problems().join('\n')));

    // The correction: the report is assessed (AFP saw the forces enter), not merely claimed. Replace stores it as the
    // article's second revision, the first kept, and the map's state follows.
    for (int i = 0; i < w->items().size(); ++i)
        if (w->items().at(i).annotation.kind == geo::AnnotationKind::Claim)
            w->suggestionList()->setCurrentItem(i);
    ClaimEditor* editor = w->claimEditor();
    QVERIFY(editor->isEnabled());
    editor->statusBox()->setCurrentIndex(editor->statusBox()->findData(QStringLiteral("assessed")));
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    QVERIFY(waitIdle(w));
    QVERIFY2(w->problems().isEmpty(), qPrintable(w->problems().join('\n')));
    QVERIFY(w->importButton()->isEnabled());
    QSignalSpy replaced(w, &ArticleWorkbench::importFinished);
    QSignalSpy reloaded(m_window->articleSession(), &ArticleSession::articlesChanged);
    QTest::mouseClick(w->importButton(), Qt::LeftButton);
    QVERIFY(replaced.wait(10000));
    QVERIFY2(replaced.first().at(0).toBool(), qPrintable(replaced.first().at(1).toString()));
    QVERIFY(reloaded.wait(20000));
    QVERIFY(waitForStore(m_baseArticles));
    {
        QString error;
        auto store = geo::ArticleStore::open(m_window->articleSession()->storePath(), &error);
        QVERIFY2(store, qPrintable(error));
        const QList<geo::ArticleRevision> revisions = store->articleRevisions(id, &error);
        QCOMPARE(revisions.size(), 2);
        QVERIFY(revisions.last().current);
    }
    QCOMPARE(m_window->articleSession()->timeline()->controlOf(QStringLiteral("saraqib"), QDate(2020, 2, 5)).status,
             geo::ClaimStatus::Assessed);
    w->close();
}

void TestArticleWorkbench::reasonsProblemsAndDatesInTheInterfaceLanguage_data()
{
    QTest::addColumn<geo::Language>("lang");
    QTest::addColumn<QString>("placeReason"); // how the reason of a place found in the gazetteer begins
    QTest::addColumn<QString>("noAddress");   // the reader's problem with an article without address nor notes
    QTest::addColumn<QString>("cueEvent");    // a claim's reason: the kind of event its cue says, in brackets
    QTest::addColumn<QString>("highways");    // the list's words for what "deux autoroutes" counts
    QTest::addColumn<QString>("stateTv");     // the list's name for the claimant "state TV"
    QTest::newRow("fr") << geo::Language::French << QStringLiteral("nom du répertoire géographique « ")
                        << QStringLiteral("pas de \"url\" : donnez l'adresse d'où vient le texte")
                        << QStringLiteral("\\((prise|reprise|contrôle|entrée|retrait|perte)\\)")
                        << QStringLiteral("autoroutes") << QStringLiteral("télévision d'Etat syrienne");
    QTest::newRow("ar") << geo::Language::Arabic << QStringLiteral("اسم في المعجم الجغرافي «")
                        << QStringLiteral("لا يوجد \"url\": اذكر العنوان الذي أُخذ منه النص")
                        << QStringLiteral("\\((سيطرة|استعادة|تحكّم|دخول|انسحاب|خسارة)\\)") << QStringLiteral("طرق سريعة")
                        << QStringLiteral("التلفزيون السوري الرسمي");
}

void TestArticleWorkbench::reasonsProblemsAndDatesInTheInterfaceLanguage()
{
    // English on a French or Arabic page is a bug: the suggestions' reasons and the reader's problems, written in
    // geo, follow the interface language as the window's own words do, and the dates are written the way the
    // interface language writes them.
    QFETCH(geo::Language, lang);
    QFETCH(QString, placeReason);
    QFETCH(QString, noAddress);
    QFETCH(QString, cueEvent);
    QFETCH(QString, highways);
    QFETCH(QString, stateTv);
    QVERIFY(applyInterfaceLanguage(lang));
    const auto english = qScopeGuard([] { applyInterfaceLanguage(geo::Language::English); });
    ArticleWorkbench* w = openWorkbench();
    QVERIFY(w);
    const auto close = qScopeGuard([w] { w->close(); });
    QVERIFY(QTest::qWaitForWindowExposed(w));

    // The locale's short form (Arabic's without its right-to-left marks: a right-to-left date field lays its sections
    // out from the right itself, the day rightmost).
    const QLocale locale = geo::dateLocale(lang);
    const QString format = locale.dateFormat(QLocale::ShortFormat).remove(QChar(0x200F));
    QCOMPARE(w->publishedEdit()->displayFormat(), format);
    w->publishedEdit()->setDate(QDate(2020, 2, 8));
    if (lang == geo::Language::Arabic) {
        QCOMPARE(w->publishedEdit()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(w->publishedEdit()->text(), QStringLiteral("2020/2/8")); // shown "2020/2/8", read 8, 2, 2020
    } else {
        QCOMPARE(w->publishedEdit()->text(), QStringLiteral("08/02/2020"));
    }

    QSignalSpy finished(w, &ArticleWorkbench::suggestionsFinished);
    paste(w, seedForms().at(0));
    QVERIFY(finished.wait(30000));
    QVERIFY(waitIdle(w));
    int claim = -1;
    int place = -1;
    for (int i = 0; i < w->items().size(); ++i) {
        const geo::Annotation& a = w->items().at(i).annotation;
        if (a.kind == geo::AnnotationKind::Place && a.entity == QLatin1String("saraqib") && place < 0)
            place = i;
        if (a.kind == geo::AnnotationKind::Claim && claim < 0)
            claim = i;
    }
    QVERIFY(place >= 0);
    const QString reason = w->items().at(place).reason;
    QVERIFY2(reason.startsWith(placeReason), qPrintable(reason));
    QVERIFY2(!reason.contains(QLatin1String("gazetteer")), qPrintable(reason));
    w->suggestionList()->setCurrentItem(place); // shown as it is under the list
    QVERIFY2(w->suggestionList()->reasonLabel()->text().contains(reason),
             qPrintable(w->suggestionList()->reasonLabel()->text()));

    // Neither an address nor notes: the reader's problem, in the interface language.
    const QString problems = w->problems().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(noAddress), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("give the address")), qPrintable(problems));

    // Every claim's reason names its cue's event and the side it gives in the interface language too.
    const QRegularExpression translatedEvent(cueEvent);
    const QRegularExpression englishWords(QStringLiteral("\\((capture|retake|control|enter|withdraw|lose)\\)|"
                                                         "\\b(government|opposition|turkey) side"));
    int claims = 0;
    for (const auto& item : w->items()) {
        if (item.annotation.kind != geo::AnnotationKind::Claim)
            continue;
        ++claims;
        QVERIFY2(translatedEvent.match(item.reason).hasMatch(), qPrintable(item.reason));
        QVERIFY2(!englishWords.match(item.reason).hasMatch(), qPrintable(item.reason));
    }
    QVERIFY(claims >= 2);

    // What the list says each suggestion points at: a figure's unit and a claimant in the interface language too.
    bool figureSeen = false;
    bool claimantSeen = false;
    for (int i = 0; i < w->items().size(); ++i) {
        const geo::Annotation& a = w->items().at(i).annotation;
        const QString target = w->suggestionList()->tree()->topLevelItem(i)->text(SuggestionList::EntityColumn);
        if (a.kind == geo::AnnotationKind::Figure && a.unit == QLatin1String("highways")) {
            figureSeen = true;
            QVERIFY2(target.contains(highways) && !target.contains(QLatin1String("highways")), qPrintable(target));
        }
        if (a.kind == geo::AnnotationKind::Claim && a.claimant == QLatin1String("state TV")) {
            claimantSeen = true;
            QVERIFY2(target.contains(stateTv) && !target.contains(QLatin1String("state TV")), qPrintable(target));
        }
    }
    QVERIFY(figureSeen);
    QVERIFY(claimantSeen);

    // The claim's day in the list, and the claim editor's dates.
    QVERIFY(claim >= 0);
    const geo::Annotation& c = w->items().at(claim).annotation;
    const QString target = w->suggestionList()->tree()->topLevelItem(claim)->text(SuggestionList::EntityColumn);
    QVERIFY(c.eventDateFrom.isValid());
    QVERIFY2(!target.contains(c.eventDateFrom.toString(Qt::ISODate)), qPrintable(target));
    if (c.eventDateFrom == c.eventDateTo)
        QVERIFY2(target.contains(geo::dateText(c.eventDateFrom, lang)), qPrintable(target));
    w->suggestionList()->setCurrentItem(claim);
    QDateEdit* from = w->claimEditor()->fromEdit();
    QCOMPARE(from->displayFormat(), format);
    QCOMPARE(from->layoutDirection(), lang == geo::Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
}

QTEST_MAIN(TestArticleWorkbench)
#include "test_article_workbench.moc"
