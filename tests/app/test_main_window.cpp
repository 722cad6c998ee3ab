// The window, driven as a user drives it: it opens on Idleb, search centres the map, hiding a layer removes it
// from the picture, a broken file is refused with a message and changes nothing.
#include "app/gui/article_session.h"
#include "app/gui/articles_panel.h"
#include "app/gui/identify_panel.h"
#include "app/gui/layers_panel.h"
#include "app/gui/legend_widget.h"
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "app/gui/posts_panel.h"
#include "app/gui/search_field.h"
#include "app/gui/timeline_bar.h"

#include "geo/data/map_data_loader.h"
#include "geo/core/projector.h"
#include "geo/render/style.h"

#include <QAction>
#include <QToolButton>
#include <QToolTip>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnIdleb();
    void searchCentresOnSaraqeb_data();
    void searchCentresOnSaraqeb();
    void hidingALayerRemovesItFromThePicture();
    void brokenFileShowsAnErrorAndChangesNothing_data();
    void brokenFileShowsAnErrorAndChangesNothing();
    void realHighwaysReplaceTheSchematicOnes();
    void clickIdentifiesATown();
    void theSearchedHighlightCanBeCleared_data();
    void theSearchedHighlightCanBeCleared();
    void aPostIsClickedAndHoveredWhereItIsDrawn();
    void unlocatedPostsAreListedNotDrawn();
    void keyboardPansAndZooms();
    void movingTheDateRecoloursSaraqeb_data();
    void movingTheDateRecoloursSaraqeb();
    void clickingASentenceCentresTheMap();
    void townLedgerListsItsClaims();
    void brokenArticleIsRefusedAndNothingChanges();
    void searchWhileTheMapIsReplacedFindsThePlace();
    void theMenuChecksTheChosenLanguage_data();
    void theMenuChecksTheChosenLanguage();

private:
    bool waitForFrame();
    bool waitForControl(QDate date); // an invalid DATE: the timeline's, once the articles are loaded
    QColor colourAtSaraqeb();
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_storeDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-test");
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_storeDir->filePath("store.gpkg"));
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!m_window->session()->data()) {
        QSignalSpy loaded(m_window->session(), &MapSession::dataChanged);
        QVERIFY(loaded.wait(60000));
    }
    QVERIFY(waitForFrame());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_storeDir.reset();
}

bool TestMainWindow::waitForControl(QDate date)
{
    // The store loads, then the snapshot of DATE (default: the timeline's date) is derived, then a frame is
    // drawn with it.
    for (int i = 0; i < 600; ++i) {
        const QDate wanted = date.isValid() ? date : m_window->timelineBar()->date();
        const auto control = m_window->mapView()->settings().control;
        if (wanted.isValid() && control && control->snapshot.date == wanted && !m_window->articleSession()->isBusy())
            return waitForFrame();
        QTest::qWait(50);
    }
    return false;
}

QColor TestMainWindow::colourAtSaraqeb()
{
    MapView* view = m_window->mapView();
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF at = view->viewport().toScreen(projector.forward(QPointF(36.80591, 35.86447)));
    const QImage frame = view->lastFrame();
    return frame.pixelColor((at * frame.devicePixelRatio()).toPoint());
}

bool TestMainWindow::waitForFrame()
{
    MapView* view = m_window->mapView();
    QSignalSpy frames(view, &MapView::frameReady);
    // Wait until no frame is pending and at least one finished after the last change.
    for (int i = 0; i < 100; ++i) {
        if (!view->isRendering() && view->framesFinished() > 0 && !view->lastFrame().isNull())
            return true;
        frames.wait(200);
    }
    return false;
}

void TestMainWindow::opensOnIdleb()
{
    MapView* view = m_window->mapView();
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF idlib = projector.forward(QPointF(36.63393, 35.93062));
    QVERIFY(view->viewport().mapRect().contains(idlib));
    QVERIFY(m_window->legend()->rowTexts().join('\n').contains("schematic"));
    QVERIFY(m_window->layersPanel()->list()->count() >= 8);
}

void TestMainWindow::searchCentresOnSaraqeb_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("English") << "Saraqib";
    QTest::newRow("French upper case") << "SARAQEB";
    QTest::newRow("Arabic") << QString::fromUtf8("سراقب");
}

void TestMainWindow::searchCentresOnSaraqeb()
{
    QFETCH(QString, query);
    SearchField* search = m_window->searchField();
    search->setFocus();
    search->setText(query); // typed text may be non-ASCII, which simulated key clicks cannot produce
    QTest::keyClick(search, Qt::Key_Return);
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF saraqeb = projector.forward(QPointF(36.80591, 35.86447));
    const QPointF centre = m_window->mapView()->viewport().center();
    QVERIFY2(QLineF(centre, saraqeb).length() < 1.0,
             qPrintable(QString("%1 %2").arg(centre.x(), 0, 'f', 1).arg(centre.y(), 0, 'f', 1)));
    QCOMPARE(m_window->mapView()->settings().highlightPlaceId, QString("saraqib"));
}

void TestMainWindow::hidingALayerRemovesItFromThePicture()
{
    MapView* view = m_window->mapView();
    // Look at Saraqeb closely, without the town markers over the road.
    view->centerOn(QPointF(36.80591, 35.86447), 80);
    QListWidget* list = m_window->layersPanel()->list();
    auto itemFor = [list](const QString& id) -> QListWidgetItem* {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                return list->item(i);
        return nullptr;
    };
    QVERIFY(itemFor("places") && itemFor("posts") && itemFor(geo::kSchematicHighwaysId));
    itemFor("places")->setCheckState(Qt::Unchecked);
    itemFor("posts")->setCheckState(Qt::Unchecked);
    QVERIFY(waitForFrame());
    QImage frame = view->lastFrame();
    const QPointF centre(view->width() / 2.0, view->height() / 2.0);
    auto m5Near = [&](const QImage& image) {
        const double dpr = image.devicePixelRatio();
        for (int dx = -2; dx <= 2; ++dx)
            for (int dy = -2; dy <= 2; ++dy) {
                const QColor c = image.pixelColor(QPoint(int(centre.x() * dpr) + dx, int(centre.y() * dpr) + dy));
                if (std::abs(c.red() - geo::palette::m5.red()) + std::abs(c.green() - geo::palette::m5.green()) +
                        std::abs(c.blue() - geo::palette::m5.blue()) <
                    30)
                    return true;
            }
        return false;
    };
    QVERIFY(m5Near(frame));
    itemFor(geo::kSchematicHighwaysId)->setCheckState(Qt::Unchecked);
    QVERIFY(waitForFrame());
    QVERIFY(view->settings().hiddenLayers.contains(geo::kSchematicHighwaysId));
    QVERIFY(!m5Near(view->lastFrame()));
    QVERIFY(!m_window->legend()->rowTexts().join('\n').contains("M5"));
}

void TestMainWindow::brokenFileShowsAnErrorAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken JSON") << QByteArray("{\"type\": \"FeatureCollection\", \"features\": [") << "broken.geojson"
                                 << "not a vector dataset";
    QTest::newRow("not geographic") << QByteArray("name,value\nSaraqeb,1\n") << "table.csv"
                                    << "no layer with geometry";
    QTest::newRow("a picture") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "photo.gpkg"
                               << "not a vector dataset";
}

void TestMainWindow::brokenFileShowsAnErrorAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const auto before = m_window->session()->data();
    const int layersBefore = m_window->layersPanel()->list()->count();
    QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
    m_window->openLayerFile(path);
    QVERIFY(errors.wait(20000));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(path) && message.contains(expected), qPrintable(message));
    QCOMPARE(m_window->session()->data(), before);
    QCOMPARE(m_window->layersPanel()->list()->count(), layersBefore);
}

void TestMainWindow::realHighwaysReplaceTheSchematicOnes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("m5.geojson");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A user's own M5 line (a test fixture; two points of the key towns, not road geometry).
    f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ref":"M5","name":"M5"},
              "geometry":{"type":"LineString","coordinates":[[36.80591,35.86447],[36.67693,35.6483]]}}]})");
    f.close();
    QSignalSpy opened(m_window->session(), &MapSession::layersOpened);
    m_window->openLayerFile(path);
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.first().at(1).toBool(), true);
    QVERIFY(m_window->mapView()->settings().hiddenLayers.contains(geo::kSchematicHighwaysId));
    const QString legend = m_window->legend()->rowTexts().join('\n');
    QVERIFY2(legend.contains("M5 highway") && !legend.contains("schematic"), qPrintable(legend));
}

void TestMainWindow::clickIdentifiesATown()
{
    MapView* view = m_window->mapView();
    view->centerOn(QPointF(36.80591, 35.86447), 60);
    QVERIFY(waitForFrame());
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(view->width() / 2, view->height() / 2));
    const QString text = m_window->identifyPanel()->toPlainText();
    QVERIFY2(text.contains("Saraqeb") && text.contains(QString::fromUtf8("سراقب")) && text.contains("35.86447"),
             qPrintable(text));
}

void TestMainWindow::theSearchedHighlightCanBeCleared_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Escape in the field") << "escape";
    QTest::newRow("the field's clear button") << "button";
    QTest::newRow("View > Clear highlight") << "menu";
}

void TestMainWindow::theSearchedHighlightCanBeCleared()
{
    QFETCH(QString, how);
    MapView* view = m_window->mapView();
    SearchField* search = m_window->searchField();
    QAction* clearAction = m_window->clearHighlightAction();
    QVERIFY(clearAction);
    QVERIFY(!clearAction->isEnabled()); // nothing to clear yet
    search->setFocus();
    search->setText("Saraqib");
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view->settings().highlightPlaceId, QString("saraqib"));
    QVERIFY(clearAction->isEnabled());
    QVERIFY(waitForFrame());
    const QImage ringed = view->lastFrame();
    if (how == "escape") {
        QTest::keyClick(search, Qt::Key_Escape);
    } else if (how == "button") {
        QVERIFY(search->isClearButtonEnabled());
        // The button QLineEdit draws for its clear action, clicked as a user clicks it.
        QToolButton* button = nullptr;
        for (QToolButton* b : search->findChildren<QToolButton*>())
            if (b->defaultAction() && b->defaultAction()->objectName() == "_q_qlineeditclearaction")
                button = b;
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    } else {
        clearAction->trigger();
    }
    QCOMPARE(view->settings().highlightPlaceId, QString());
    QVERIFY(search->text().isEmpty());
    QVERIFY(!clearAction->isEnabled());
    // The ring is gone from the picture: its colour no longer on the circle around the town.
    QVERIFY(waitForFrame());
    const QImage frame = view->lastFrame();
    QVERIFY(frame != ringed);
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF at = view->viewport().toScreen(projector.forward(QPointF(36.80591, 35.86447)));
    for (const QPointF& onRing : {QPointF(-11, 0), QPointF(0, 11)}) {
        const QColor c = frame.pixelColor(((at + onRing) * frame.devicePixelRatio()).toPoint());
        QVERIFY2(c != geo::palette::highlight, qPrintable(c.name()));
    }
}

void TestMainWindow::aPostIsClickedAndHoveredWhereItIsDrawn()
{
    // Post 16 is drawn beside Saraqeb, over the M4/M5 junction and the district of Idleb.
    MapView* view = m_window->mapView();
    view->centerOn(QPointF(36.80591, 35.86447), 60);
    QVERIFY(waitForFrame());
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF town = view->viewport().toScreen(projector.forward(QPointF(36.80591, 35.86447)));
    const QPoint marker = (town + QPointF(10, -10)).toPoint(); // Style::markerOffset for posts
    QTest::mouseClick(view, Qt::LeftButton, {}, marker);
    const QString text = m_window->identifyPanel()->toPlainText();
    QVERIFY2(text.contains("OP 16 Saraqib") && text.contains("sohr_no"), qPrintable(text));
    // Hovering it names it too.
    QTest::mouseMove(view, marker + QPoint(1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 2000);
    QVERIFY2(QToolTip::text().contains("OP 16 Saraqib"), qPrintable(QToolTip::text()));
}

void TestMainWindow::unlocatedPostsAreListedNotDrawn()
{
    QTreeWidget* tree = m_window->postsPanel()->tree();
    QCOMPARE(tree->topLevelItemCount(), 32);
    int notLocated = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        notLocated += tree->topLevelItem(i)->text(3) == "not located" ? 1 : 0;
    QCOMPARE(notLocated, 17);
    QCOMPARE(m_window->session()->data()->layer("posts")->features.size(), 15);
}

void TestMainWindow::keyboardPansAndZooms()
{
    MapView* view = m_window->mapView();
    view->setFocus();
    const geo::Viewport before = view->viewport();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->viewport().unitsPerPixel() < before.unitsPerPixel());
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->viewport().center().x() > before.center().x());
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->viewport().unitsPerPixel(), before.unitsPerPixel());
}

void TestMainWindow::movingTheDateRecoloursSaraqeb_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QColor>("colour");
    // From the bundled history (docs/control-rules.md): rebels hold Saraqeb until the army enters on
    // 5-8 February 2020; the rebels retake it on 27 February and lose it again on 2 March.
    QTest::newRow("2020-02-04 opposition") << QDate(2020, 2, 4) << geo::palette::opposition;
    QTest::newRow("2020-02-09 government") << QDate(2020, 2, 9) << geo::palette::government;
    QTest::newRow("2020-02-28 opposition") << QDate(2020, 2, 28) << geo::palette::opposition;
    QTest::newRow("2020-03-03 government") << QDate(2020, 3, 3) << geo::palette::government;
}

void TestMainWindow::movingTheDateRecoloursSaraqeb()
{
    QFETCH(QDate, date);
    QFETCH(QColor, colour);
    QVERIFY(waitForControl({}));
    QVERIFY(m_window->timelineBar()->changes().size() > 10);
    m_window->mapView()->centerOn(QPointF(36.80591, 35.86447), 60);
    m_window->timelineBar()->setDate(date);
    QVERIFY(waitForControl(date));
    const geo::PlaceControl pc = m_window->mapView()->settings().control->snapshot.places.value("saraqib");
    QCOMPARE(geo::Style::controllerColor(pc.controller), colour);
    // Solid (assessed) or ring (claimed): look at the marker's centre and at its ring.
    MapView* view = m_window->mapView();
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF at = view->viewport().toScreen(projector.forward(QPointF(36.80591, 35.86447)));
    const QImage frame = view->lastFrame();
    const double dpr = frame.devicePixelRatio();
    bool found = false;
    for (int dx = -6; dx <= 6 && !found; ++dx)
        for (int dy = -6; dy <= 6 && !found; ++dy) {
            const QColor c = frame.pixelColor(((at + QPointF(dx, dy)) * dpr).toPoint());
            found = std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                        std::abs(c.blue() - colour.blue()) <
                    40;
        }
    if (!found) {
        frame.save("saraqeb_on_date.png");
        QFAIL("Saraqeb's marker does not have its controller's colour; see saraqeb_on_date.png");
    }
}

void TestMainWindow::clickingASentenceCentresTheMap()
{
    QVERIFY(waitForControl({}));
    ArticlesPanel* panel = m_window->articlesPanel();
    const auto& articles = m_window->articleSession()->articles();
    const auto it = std::find_if(articles.cbegin(), articles.cend(),
                                 [](const geo::Article& a) { return a.id == "afp-2020-02-08-saraqeb"; });
    QVERIFY(it != articles.cend());
    // The claim that Maaret al-Noomane was retaken at the end of January.
    const geo::Annotation* claim = nullptr;
    for (const geo::Annotation& a : it->annotations)
        if (a.kind == geo::AnnotationKind::Claim && a.place == "maarat_al_numan")
            claim = &a;
    QVERIFY(claim);
    panel->showArticle(it->id);
    const QString link = ArticlesPanel::annotationLink(it->id, claim->id);
    QVERIFY2(panel->reader()->toHtml().contains(link.toHtmlEscaped()) || panel->reader()->toHtml().contains(link),
             "the claim is highlighted as a link in the reading view");
    panel->activateLink(QUrl(link));
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QPointF maarat = projector.forward(QPointF(36.67693, 35.6483));
    QVERIFY(QLineF(m_window->mapView()->viewport().center(), maarat).length() < 1.0);
    QCOMPARE(m_window->timelineBar()->date(), claim->effectiveDate());
    QCOMPARE(m_window->timelineBar()->date(), QDate(2020, 1, 31));
}

void TestMainWindow::townLedgerListsItsClaims()
{
    QVERIFY(waitForControl({}));
    MapView* view = m_window->mapView();
    view->centerOn(QPointF(36.80591, 35.86447), 60);
    QVERIFY(waitForFrame());
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(view->width() / 2, view->height() / 2));
    const QString text = m_window->identifyPanel()->toPlainText();
    QVERIFY2(text.contains("Ledger") && text.contains("2020-02-27") && text.contains("2020-03-02") &&
                 text.contains("state TV"),
             qPrintable(text));
}

void TestMainWindow::brokenArticleIsRefusedAndNothingChanges()
{
    QVERIFY(waitForControl({}));
    const int before = m_window->articleSession()->articles().size();
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.geojson");
    QFile source(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/afp-2020-02-08-saraqeb.geojson"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray content = source.readAll();
    content.replace("afp-2020-02-08-saraqeb", "afp-edited-copy");
    content.replace("\"quote\": \"Saraqeb\"", "\"quote\": \"Sarakeb\""); // no longer in the text
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
    m_window->openFile(path);
    QVERIFY(errors.wait(30000));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains("bad.geojson") && message.contains("Sarakeb"), qPrintable(message));
    QCOMPARE(m_window->articleSession()->articles().size(), before);
}

void TestMainWindow::searchWhileTheMapIsReplacedFindsThePlace()
{
    // A reload in another projection replaces the map and its gazetteer. A search made while the new map is
    // being handed out (here: from the view's move to the new Home, before the search box is given the new
    // gazetteer) and one made after it both find Saraqeb: the box never holds a gazetteer that is gone.
    SearchField* search = m_window->searchField();
    MapView* view = m_window->mapView();
    QSignalSpy found(search, &SearchField::placeFound);
    QSignalSpy reloaded(m_window->session(), &MapSession::dataChanged);
    bool searched = false;
    const auto during = connect(view, &MapView::viewportChanged, this, [&] {
        const auto data = m_window->session()->data();
        if (searched || !data || data->crs != geo::DisplayCrs::Utm37N)
            return;
        searched = true;
        search->search("Saraqib");
    });
    m_window->setDisplayCrs(geo::DisplayCrs::Utm37N);
    QVERIFY(reloaded.wait(60000));
    disconnect(during);
    QVERIFY(searched);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).value<geo::Place>().id, QString("saraqib"));

    search->search(QString::fromUtf8("سراقب"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(1).at(0).value<geo::Place>().id, QString("saraqib"));
    const QPointF saraqeb = geo::Projector(geo::DisplayCrs::Utm37N).forward(QPointF(36.80591, 35.86447));
    QVERIFY(QLineF(view->viewport().center(), saraqeb).length() < 1.0);
    const auto checked = m_window->findChildren<QAction*>();
    QVERIFY(std::any_of(checked.cbegin(), checked.cend(), [](const QAction* a) {
        return a->isChecked() && a->data().toString() == geo::crsCode(geo::DisplayCrs::Utm37N);
    }));
}

void TestMainWindow::theMenuChecksTheChosenLanguage_data()
{
    QTest::addColumn<int>("language"); // a geo::Language
    QTest::newRow("French") << int(geo::Language::French);
    QTest::newRow("English") << int(geo::Language::English);
    QTest::newRow("Arabic") << int(geo::Language::Arabic);
}

void TestMainWindow::theMenuChecksTheChosenLanguage()
{
    QFETCH(int, language);
    const auto lang = geo::Language(language);
    m_window->setLabelLanguage(lang);
    QCOMPARE(m_window->mapView()->settings().labelLanguage, lang);
    // View > Label language: the chosen language checked, the other two not.
    QStringList checked;
    int languageActions = 0;
    for (const QAction* a : m_window->findChildren<QAction*>()) {
        const QString code = a->data().toString();
        if (!a->isCheckable() || (code != "fr" && code != "en" && code != "ar"))
            continue;
        ++languageActions;
        if (a->isChecked())
            checked << code;
    }
    QCOMPARE(languageActions, 3);
    QCOMPARE(checked, QStringList{geo::languageCode(lang)});
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
