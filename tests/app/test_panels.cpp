// The window's side panels as a reader uses them: claims read as blocks over the panel's width, a click on the
// map brings the Identify tab forward, every panel can be hidden and shown again from View > Panels, place
// suggestions come ranked with their kind and district, a district reads without GIS bookkeeping, and a town
// says who held it on the date and on which claim.
#include "app/gui/article_session.h"
#include "app/gui/articles_panel.h"
#include "app/gui/identify_panel.h"
#include "app/gui/legend_widget.h"
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "app/gui/search_field.h"
#include "app/gui/timeline_bar.h"

#include "geo/core/projector.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QCompleter>
#include <QDockWidget>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

namespace {
const QPointF kSaraqeb(36.80591, 35.86447);
} // namespace

class TestPanels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ledgerClaimsAreBlocksThatWrap();
    void articleTitlesAreWholeAndWrap();
    void clickWithArticlesUpRaisesIdentify();
    void viewPanelsListsEveryDock();
    void legendIsWholeWhenThereIsRoom();
    void suggestionsAreRankedWithKindAndDistrict();
    void districtReadsWithoutGisFields();
    void saraqebSaysWhoHeldItAndOnWhichClaim();

private:
    bool waitForFrame();
    bool waitForControl(QDate date);
    QPoint saraqebOnScreen();
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-test-panels");
    QSettings().clear();
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_storeDir->filePath("store.gpkg"));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!m_window->session()->data()) {
        QSignalSpy loaded(m_window->session(), &MapSession::dataChanged);
        QVERIFY(loaded.wait(60000));
    }
    QVERIFY(waitForControl({}));
}

void TestPanels::cleanupTestCase()
{
    m_window.reset();
    m_storeDir.reset();
}

bool TestPanels::waitForFrame()
{
    MapView* view = m_window->mapView();
    QSignalSpy frames(view, &MapView::frameReady);
    for (int i = 0; i < 100; ++i) {
        if (!view->isRendering() && view->framesFinished() > 0 && !view->lastFrame().isNull())
            return true;
        frames.wait(200);
    }
    return false;
}

bool TestPanels::waitForControl(QDate date)
{
    for (int i = 0; i < 600; ++i) {
        const QDate wanted = date.isValid() ? date : m_window->timelineBar()->date();
        const auto control = m_window->mapView()->settings().control;
        if (wanted.isValid() && control && control->snapshot.date == wanted && !m_window->articleSession()->isBusy())
            return waitForFrame();
        QTest::qWait(50);
    }
    return false;
}

QPoint TestPanels::saraqebOnScreen()
{
    MapView* view = m_window->mapView();
    view->centerOn(kSaraqeb, 60);
    if (!waitForFrame())
        return {};
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    return view->viewport().toScreen(projector.forward(kSaraqeb)).toPoint();
}

void TestPanels::ledgerClaimsAreBlocksThatWrap()
{
    const auto timeline = m_window->articleSession()->timeline();
    QVERIFY(timeline);
    const QList<geo::ClaimRecord> ledger = timeline->ledger("saraqib");
    QVERIFY(ledger.size() >= 3);
    IdentifyPanel panel;
    panel.setHtml(IdentifyPanel::ledgerHtml(ledger, &timeline->articles()));
    panel.show();
    // For each claim, the block of the document holding its quote: its width and its height at WIDTH.
    auto quoteBlocks = [&](int width) {
        panel.resize(width, 600);
        QCoreApplication::processEvents();
        panel.document()->setTextWidth(panel.viewport()->width());
        QList<QRectF> rects;
        for (const geo::ClaimRecord& r : ledger) {
            const QString quote = (r.sentence.isEmpty() ? r.quote : r.sentence).left(25);
            for (QTextBlock b = panel.document()->begin(); b.isValid(); b = b.next())
                if (!quote.isEmpty() && b.text().contains(quote)) {
                    rects << panel.document()->documentLayout()->blockBoundingRect(b);
                    break;
                }
        }
        return rects;
    };
    const QList<QRectF> wide = quoteBlocks(600);
    const QList<QRectF> narrow = quoteBlocks(320);
    QCOMPARE(wide.size(), ledger.size());
    QCOMPARE(narrow.size(), ledger.size());
    const double narrowWidth = panel.viewport()->width();
    bool taller = false;
    for (int i = 0; i < narrow.size(); ++i) {
        // Every claim uses (nearly) the panel's whole width, never a column beside another claim.
        QVERIFY2(
            narrow.at(i).width() >= 0.85 * narrowWidth,
            qPrintable(
                QString("claim %1 is %2 px wide in a %3 px panel").arg(i).arg(narrow.at(i).width()).arg(narrowWidth)));
        QVERIFY(wide.at(i).width() >= 0.85 * 580);
        taller = taller || narrow.at(i).height() > wide.at(i).height();
    }
    QVERIFY2(taller, "a claim's block grows taller when the panel narrows");
}

void TestPanels::articleTitlesAreWholeAndWrap()
{
    ArticlesPanel* panel = m_window->articlesPanel();
    QTreeWidget* list = panel->list();
    const auto& articles = m_window->articleSession()->articles();
    QVERIFY(!articles.isEmpty());
    QCOMPARE(list->topLevelItemCount(), int(articles.size()));
    // The longest title, whole in the item and its tooltip.
    const auto longest = std::max_element(articles.cbegin(), articles.cend(),
                                          [](const auto& a, const auto& b) { return a.title.size() < b.title.size(); });
    QTreeWidgetItem* item = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == longest->id)
            item = list->topLevelItem(i);
    QVERIFY(item);
    QCOMPARE(item->text(0), longest->title);
    QVERIFY(item->toolTip(0).contains(longest->title));
    QCOMPARE(list->columnCount(), 1);

    ArticlesPanel alone;
    alone.setArticles(articles);
    alone.show();
    auto rowHeight = [&](int width) {
        alone.resize(width, 700);
        QCoreApplication::processEvents();
        QTreeWidget* l = alone.list();
        for (int i = 0; i < l->topLevelItemCount(); ++i)
            if (l->topLevelItem(i)->data(0, Qt::UserRole).toString() == longest->id)
                return l->visualItemRect(l->topLevelItem(i)).height();
        return -1;
    };
    const int wide = rowHeight(600);
    const int narrow = rowHeight(300);
    QVERIFY2(narrow > wide, qPrintable(QString("%1 at 300 px, %2 at 600 px").arg(narrow).arg(wide)));
    // The title is as wide as the list, not a column of it.
    QTreeWidget* l = alone.list();
    QVERIFY(l->visualItemRect(l->topLevelItem(0)).width() >= l->viewport()->width() - 2);
}

void TestPanels::clickWithArticlesUpRaisesIdentify()
{
    auto* articlesDock = m_window->findChild<QDockWidget*>("articlesDock");
    auto* identifyDock = m_window->findChild<QDockWidget*>("identifyDock");
    QVERIFY(articlesDock && identifyDock);
    // Tabbed docks all stay "visible"; the tab behind is covered: nothing of it is on screen.
    auto onScreen = [](QWidget* w) { return w->isVisible() && !w->visibleRegion().isEmpty(); };
    articlesDock->raise();
    QTRY_VERIFY(onScreen(m_window->articlesPanel()) && !onScreen(m_window->identifyPanel()));
    const QPoint at = saraqebOnScreen();
    QTest::mouseClick(m_window->mapView(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(onScreen(m_window->identifyPanel()));
    QVERIFY(identifyDock->isVisible());
    QVERIFY(!onScreen(m_window->articlesPanel()));
    QVERIFY(m_window->identifyPanel()->toPlainText().contains("35.86447"));
    // Closed, it comes back on the next click.
    identifyDock->close();
    QTest::mouseClick(m_window->mapView(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(onScreen(m_window->identifyPanel()));
}

void TestPanels::legendIsWholeWhenThereIsRoom()
{
    // At 1600 x 1000 the left side holds both the layers list and the whole legend: neither scrolls.
    auto* legendDock = m_window->findChild<QDockWidget*>("legendDock");
    auto* layersDock = m_window->findChild<QDockWidget*>("layersDock");
    auto* legendScroll = qobject_cast<QScrollArea*>(legendDock->widget());
    auto* layers = layersDock->widget()->findChild<QListWidget*>();
    QVERIFY(legendScroll && layers);
    QVERIFY(m_window->legend()->rowTexts().size() > 12);
    // The rows the legend draws all fit in what is shown of it.
    auto legendWhole = [&] {
        return legendScroll->viewport()->height() >= m_window->legend()->sizeHint().height() &&
               legendScroll->verticalScrollBar()->maximum() == 0;
    };
    QTRY_VERIFY2(legendWhole(), qPrintable(QString("legend shows %1 px of %2")
                                               .arg(legendScroll->viewport()->height())
                                               .arg(m_window->legend()->sizeHint().height())));
    QCOMPARE(layers->verticalScrollBar()->maximum(), 0);
    // At 1024 x 700 the legend cannot be whole; it gets what the layers list does not use (at most a row left).
    m_window->resize(1024, 700);
    QTest::qWait(100); // the docks take their share of the new size, then the side is shared out
    auto layersSpare = [layers] {
        int rows = 0;
        for (int i = 0; i < layers->count(); ++i)
            rows += layers->sizeHintForRow(i);
        return layers->viewport()->height() - rows;
    };
    QTRY_VERIFY2(legendWhole() || layersSpare() <= 2 * layers->sizeHintForRow(0),
                 qPrintable(QString("layers list: %1 px unused; legend shows %2 px of %3")
                                .arg(layersSpare())
                                .arg(legendScroll->viewport()->height())
                                .arg(m_window->legend()->sizeHint().height())));
    QTRY_COMPARE(layers->verticalScrollBar()->maximum(), 0);
    m_window->resize(1600, 1000);
    QTRY_VERIFY(legendWhole());
}

void TestPanels::viewPanelsListsEveryDock()
{
    QMenu* panels = nullptr;
    for (QAction* top : m_window->menuBar()->actions())
        if (top->menu() && top->text().remove('&') == "View")
            for (QAction* a : top->menu()->actions())
                if (a->menu() && a->text().remove('&') == "Panels")
                    panels = a->menu();
    QVERIFY2(panels, "View > Panels exists");
    const QList<QDockWidget*> docks = m_window->findChildren<QDockWidget*>();
    QVERIFY(docks.size() >= 5);
    for (QDockWidget* dock : docks) {
        QVERIFY2(panels->actions().contains(dock->toggleViewAction()), qPrintable(dock->objectName()));
        QVERIFY(dock->toggleViewAction()->isChecked());
    }
    QDockWidget* legend = m_window->findChild<QDockWidget*>("legendDock");
    legend->toggleViewAction()->trigger();
    QVERIFY(legend->isHidden());
    QVERIFY(!legend->toggleViewAction()->isChecked());
    legend->toggleViewAction()->trigger();
    QVERIFY(!legend->isHidden());
}

void TestPanels::suggestionsAreRankedWithKindAndDistrict()
{
    SearchField* search = m_window->searchField();
    search->clear();
    search->setFocus();
    QTest::keyClicks(search, "Sar");
    QStandardItemModel* model = search->suggestionsModel();
    QVERIFY(model->rowCount() >= 5);
    QCOMPARE(model->index(0, 0).data(SearchField::PlaceIdRole).toString(), QString("saraqib"));
    for (int i = 0; i < model->rowCount(); ++i) {
        const QString detail = model->index(i, 0).data(SearchField::DetailRole).toString();
        QVERIFY2(QRegularExpression("^(city|town|village|hamlet)\\b").match(detail).hasMatch(), qPrintable(detail));
    }
    const QString first = model->index(0, 0).data(SearchField::DetailRole).toString();
    QVERIFY2(first.contains("town") && first.contains("Idleb"), qPrintable(first));
    // The popup is as wide as its lines need, not as the field that spans the window.
    QAbstractItemView* popup = search->suggestions()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY2(popup->width() <= 600 && popup->width() < search->width(),
             qPrintable(QString("popup %1 px, field %2 px").arg(popup->width()).arg(search->width())));
    // Enter on the three letters goes to the first suggestion.
    QTest::keyClick(popup, Qt::Key_Escape);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->mapView()->settings().highlightPlaceId, QString("saraqib"));
    search->clear();
}

void TestPanels::districtReadsWithoutGisFields()
{
    const auto data = m_window->mapView()->data();
    const auto districts = data->layerOf(geo::LayerRole::Districts);
    QVERIFY(districts);
    int idleb = -1;
    for (int i = 0; i < districts->features.size(); ++i)
        if (districts->features.at(i).attributes.value("ADM2_PCODE").toString() == "SY0700")
            idleb = i;
    QVERIFY(idleb >= 0);
    IdentifyPanel* panel = m_window->identifyPanel();
    panel->showFeature(geo::PickedFeature{districts, idleb});
    const QString text = panel->toPlainText();
    for (const char* raw :
         {"Shape_Leng", "Shape_Area", "ADM0_PCODE", "ADM2_EN", "ADM1_EN", "validTo", "1899", "00:00:00"})
        QVERIFY2(!text.contains(raw), qPrintable(QString("%1 in:\n%2").arg(raw, text)));
    QVERIFY2(text.contains("SY0700") && text.contains("Idleb") && text.contains("District") &&
                 text.contains("2017-06-01"),
             qPrintable(text));

    // A layer the user opened keeps its fields, less the GIS bookkeeping and the null dates of shapefiles.
    auto user = std::make_shared<geo::MapLayer>();
    user->id = "user:test";
    user->title = "Opened";
    geo::MapFeature f;
    f.labelEn = "Somewhere";
    f.attributes = {{"name", "Somewhere"},
                    {"Shape_Leng", 1.80635768442},
                    {"surveyed", "2019/03/04 00:00:00+00"},
                    {"validTo", "1899/11/30 00:00:00+00"}};
    user->features.append(f);
    panel->showFeature(geo::PickedFeature{user, 0});
    const QString userText = panel->toPlainText();
    QVERIFY2(userText.contains("surveyed") && userText.contains("2019-03-04") && !userText.contains("1899") &&
                 !userText.contains("validTo") && !userText.contains("Shape_Leng"),
             qPrintable(userText));

    // A feature of a big layer, read from its file for a click (the layer holds none), with the file it came from.
    auto indexed = std::make_shared<geo::MapLayer>();
    indexed->id = "user:/data/roads.gpkg#roads";
    indexed->title = "roads.gpkg";
    indexed->sourcePath = "/data/roads.gpkg";
    indexed->source = "Opened by the user: /data/roads.gpkg";
    auto read = std::make_shared<geo::MapFeature>();
    read->geometry.kind = geo::GeometryKind::Line;
    read->labelEn = "M4";
    read->attributes = {{"name", "M4"}, {"lanes", 4}};
    geo::PickedFeature picked(indexed, -1);
    picked.readFeature = read;
    panel->showFeature(picked);
    const QString readText = panel->toPlainText();
    QVERIFY2(readText.startsWith("M4") && readText.contains("lanes") && readText.contains("Opened from") &&
                 readText.contains("/data/roads.gpkg") && !readText.contains("Opened by the user"),
             qPrintable(readText));
}

void TestPanels::saraqebSaysWhoHeldItAndOnWhichClaim()
{
    const QDate date(2020, 2, 8);
    m_window->timelineBar()->setDate(date);
    QVERIFY(waitForControl(date));
    const geo::PlaceControl control = m_window->mapView()->settings().control->snapshot.places.value("saraqib");
    QCOMPARE(control.controller, geo::Controller::Government);
    // The claim that decided it, read from the timeline.
    const auto timeline = m_window->articleSession()->timeline();
    const geo::ClaimRecord* claim = nullptr;
    const QList<geo::ClaimRecord> ledger = timeline->ledger("saraqib");
    for (const geo::ClaimRecord& r : ledger)
        if (r.articleId == control.articleId && r.annotationId == control.annotationId)
            claim = &r;
    QVERIFY(claim);
    QString title;
    for (const geo::Article& a : timeline->articles())
        if (a.id == claim->articleId)
            title = a.title;
    QVERIFY(!title.isEmpty());

    const QPoint at = saraqebOnScreen();
    const QString tip = m_window->mapView()->toolTipAt(at);
    QVERIFY2(tip.contains("Saraqib") && tip.contains("Government") && tip.contains(claim->date.toString(Qt::ISODate)) &&
                 tip.contains(claim->claimant.left(15)),
             qPrintable(tip));
    QTest::mouseClick(m_window->mapView(), Qt::LeftButton, {}, at);
    const QString text = m_window->identifyPanel()->toPlainText();
    QVERIFY2(text.contains("Held by Government (Syrian army and allies) on 2020-02-08") && text.contains(title) &&
                 text.contains(claim->claimant.left(15)),
             qPrintable(text));
}

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
