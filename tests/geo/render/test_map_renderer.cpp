// The renderer draws the bundled map where it belongs: the M5 through Saraqeb, Idleb's fill inside Idleb,
// nothing outside the data, labels that never overlap.
#include "geo/data/map_data_loader.h"
#include "geo/render/feature_picker.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include "bundled_data.h"
#include "../control/bundled_history.h"
#include "geo/render/map_credits.h"
#include "geo/render/map_legend.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

namespace {

int colorDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Whether a pixel within RADIUS of AT has COLOR (within TOLERANCE, summed over channels).
bool colorNear(const QImage& image, QPointF at, QColor color, int radius = 2, int tolerance = 30)
{
    for (int dx = -radius; dx <= radius; ++dx)
        for (int dy = -radius; dy <= radius; ++dy) {
            const QPoint p(qRound(at.x()) + dx, qRound(at.y()) + dy);
            if (image.rect().contains(p) && colorDistance(image.pixelColor(p), color) <= tolerance)
                return true;
        }
    return false;
}

// Saves IMAGE next to the test binary when a check fails, so a person can look at it.
QString keep(const QImage& image, const QString& name)
{
    const QString path = QDir::current().filePath(name + QStringLiteral(".png"));
    image.save(path);
    return path;
}

} // namespace

class TestMapRenderer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void m5ColourAtSaraqeb();
    void idlebFillInsideIdleb();
    void nothingOutsideTheData();
    void hidingALayerRemovesIt();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void biggerTownsWinAtSmallScale();
    void arabicLabels();
    void cancelledFrameStops();
    void layerOrderIsRespected();
    void townsTakeTheirControllersColour();
    void derivedAreasAreOpaqueTintsAndHideable();
    void areaColourIsTheSwatchOnEveryBase_data();
    void areaColourIsTheSwatchOnEveryBase();
    void keyTownsTakeTheirClaimOnADate();
    void creditsKeepOffTheScaleBar_data();
    void creditsKeepOffTheScaleBar();
    void legendNamesTheLandWithNoClaim_data();
    void legendNamesTheLandWithNoClaim();
    void evidenceGlyphsUseNoSideColour();
    void postsShowTheirState();
    void openStreetMapHighwaysAreRecognised();
    void highlightRingsOnlyAKnownPlace_data();
    void highlightRingsOnlyAKnownPlace();
    void bundledLayersAreFoundByRole_data();
    void bundledLayersAreFoundByRole();
    void anOpenedLayerDoesNotTakeTheBundledRole();
    void theSearchedPlaceKeepsItsLabel_data();
    void theSearchedPlaceKeepsItsLabel();
    void labelsKeepOffTheHighwaysAndThePosts_data();
    void labelsKeepOffTheHighwaysAndThePosts();
    void aPostIsPickedWhereItsMarkerIsDrawn_data();
    void aPostIsPickedWhereItsMarkerIsDrawn();

private:
    RenderSettings settingsAt(const QRectF& mapRect, QSize size = QSize(1200, 900)) const;
    QPointF screenOf(const RenderSettings& s, QPointF lonLat) const;
    std::shared_ptr<const MapData> m_data;
};

void TestMapRenderer::initTestCase()
{
    QString error;
    m_data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
}

RenderSettings TestMapRenderer::settingsAt(const QRectF& mapRect, QSize size) const
{
    RenderSettings s;
    s.viewport = Viewport(QPointF(), 1, size);
    s.viewport.fit(mapRect, 0);
    s.drawCredits = false;
    return s;
}

QPointF TestMapRenderer::screenOf(const RenderSettings& s, QPointF lonLat) const
{
    return s.viewport.toScreen(Projector(m_data->crs).forward(lonLat));
}

void TestMapRenderer::m5ColourAtSaraqeb()
{
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.hiddenLayers = {"places", "posts"};
    const QImage image = MapRenderer::renderImage(s, *m_data);
    const QPointF saraqeb = screenOf(s, QPointF(36.80591, 35.86447));
    if (!colorNear(image, saraqeb, palette::m5))
        QFAIL(qPrintable("no M5 colour at Saraqeb: " + keep(image, "m5_at_saraqeb")));
    // ...and not everywhere: a point 30 km west of Saraqeb (inside Idleb, off both highways' lines) is not M5.
    const QPointF west = screenOf(s, QPointF(36.45, 35.95));
    QVERIFY(!colorNear(image, west, palette::m5, 1));
}

void TestMapRenderer::idlebFillInsideIdleb()
{
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    for (const auto& l : m_data->layers)
        if (l->id != "governorates")
            s.hiddenLayers.insert(l->id);
    const QImage image = MapRenderer::renderImage(s, *m_data);
    const auto gov = m_data->layer("governorates");
    QVERIFY(gov);
    int checked = 0;
    for (const MapFeature& f : gov->features) {
        const QString pcode = f.attributes.value("ADM1_PCODE").toString();
        if (pcode != "SY07" && pcode != "SY05")
            continue;
        const QPointF at = s.viewport.toScreen(f.labelPoint);
        const QColor expected = pcode == "SY07" ? palette::idlebFill : palette::syriaLand;
        if (!colorNear(image, at, expected, 0, 6))
            QFAIL(qPrintable(pcode + " at " + QString::number(at.x()) + "," + QString::number(at.y()) + ": " +
                             image.pixelColor(at.toPoint()).name() + " " + keep(image, "idleb_fill")));
        ++checked;
    }
    QCOMPARE(checked, 2);
}

void TestMapRenderer::nothingOutsideTheData()
{
    // Far away from any bundled data (the Sahara): only the no-data colour.
    const Projector projector(m_data->crs);
    const QPointF c = projector.forward(QPointF(10.0, 20.0));
    RenderSettings s = settingsAt(QRectF(c - QPointF(50000, 50000), QSizeF(100000, 100000)), QSize(300, 200));
    QImage image = MapRenderer::renderImage(s, *m_data).convertToFormat(QImage::Format_RGB32);
    QImage blank(image.size(), QImage::Format_RGB32);
    blank.fill(palette::noData);
    QVERIFY(image == blank);

    // Around the data: pixels beyond every layer's bounds keep the no-data colour.
    s = settingsAt(m_data->extent.adjusted(-200000, -200000, 200000, 200000), QSize(600, 500));
    s.drawLabels = false;
    image = MapRenderer::renderImage(s, *m_data);
    QRectF all;
    for (const auto& l : m_data->layers)
        all = all.united(l->bounds);
    int outside = 0;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5) {
            const QPointF m = s.viewport.toMap(QPointF(x, y));
            if (all.adjusted(-10 * s.viewport.unitsPerPixel(), -10 * s.viewport.unitsPerPixel(),
                             10 * s.viewport.unitsPerPixel(), 10 * s.viewport.unitsPerPixel())
                    .contains(m))
                continue;
            ++outside;
            if (image.pixelColor(x, y) != palette::noData)
                QFAIL(qPrintable(
                    QString("drawn outside the data at %1,%2: %3").arg(x).arg(y).arg(keep(image, "outside_data"))));
        }
    QVERIFY(outside > 100);
}

void TestMapRenderer::hidingALayerRemovesIt()
{
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.hiddenLayers = {"places", "posts"};
    const QPointF saraqeb = screenOf(s, QPointF(36.80591, 35.86447));
    QVERIFY(colorNear(MapRenderer::renderImage(s, *m_data), saraqeb, palette::m5));
    s.hiddenLayers.insert(kSchematicHighwaysId);
    const QImage without = MapRenderer::renderImage(s, *m_data);
    if (colorNear(without, saraqeb, palette::m5, 3))
        QFAIL(qPrintable("M5 still drawn: " + keep(without, "hidden_highways")));
    QVERIFY(!colorNear(without, saraqeb, palette::m4, 3));
}

void TestMapRenderer::labelsNeverOverlap_data()
{
    QTest::addColumn<double>("halfWidthKm");
    QTest::addColumn<int>("language");
    QTest::newRow("whole data, French") << 120.0 << int(Language::French);
    QTest::newRow("Home, English") << 70.0 << int(Language::English);
    QTest::newRow("around Saraqeb, Arabic") << 20.0 << int(Language::Arabic);
    QTest::newRow("village scale, French") << 6.0 << int(Language::French);
}

void TestMapRenderer::labelsNeverOverlap()
{
    QFETCH(double, halfWidthKm);
    QFETCH(int, language);
    const QPointF c = Projector(m_data->crs).forward(QPointF(36.75, 35.85));
    const double h = halfWidthKm * 1000;
    RenderSettings s = settingsAt(QRectF(c - QPointF(h, h), QSizeF(2 * h, 2 * h)));
    s.labelLanguage = static_cast<Language>(language);
    MapRenderer::Result result;
    MapRenderer::renderImage(s, *m_data, &result);
    QVERIFY(result.labels.size() >= 5);
    for (int i = 0; i < result.labels.size(); ++i) {
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(s.viewport.size())).contains(result.labels[i].rect));
        for (int j = i + 1; j < result.labels.size(); ++j)
            QVERIFY2(!result.labels[i].rect.intersects(result.labels[j].rect),
                     qPrintable(result.labels[i].candidate.text + " / " + result.labels[j].candidate.text));
    }
}

void TestMapRenderer::biggerTownsWinAtSmallScale()
{
    // The data set's clip box, lon 35.5-37.6, lat 34.9-36.7.
    const Projector projector(m_data->crs);
    const QRectF box(projector.forward(QPointF(35.5, 34.9)), projector.forward(QPointF(37.6, 36.7)));
    RenderSettings s = settingsAt(box, QSize(800, 600));
    MapRenderer::Result result;
    MapRenderer::renderImage(s, *m_data, &result);
    QStringList texts;
    for (const PlacedLabel& l : result.labels)
        texts << l.candidate.text;
    for (const char* name : {"Alep", "Idleb", "Saraqeb", "Hama", "Lattaquié"})
        QVERIFY2(texts.contains(QString::fromUtf8(name)), qPrintable(texts.join(", ")));
    // Villages are not labelled at this scale (a village that shares a key town's name aside).
    const auto places = m_data->layer("places");
    QSet<QString> keyNames;
    for (const MapFeature& f : places->features)
        if (f.attributes.value("key_town").toBool())
            keyNames.insert(f.labelFr);
    int villages = 0;
    for (const MapFeature& f : places->features)
        if (f.attributes.value("kind") == "village" && !keyNames.contains(f.labelFr)) {
            ++villages;
            QVERIFY2(!texts.contains(f.labelFr), qPrintable(f.labelFr));
        }
    QVERIFY(villages > 500);
}

void TestMapRenderer::arabicLabels()
{
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.labelLanguage = Language::Arabic;
    MapRenderer::Result result;
    const QImage image = MapRenderer::renderImage(s, *m_data, &result);
    QStringList texts;
    for (const PlacedLabel& l : result.labels)
        texts << l.candidate.text;
    QVERIFY2(texts.contains(QString::fromUtf8("سراقب")), qPrintable(texts.join(", ")));
    QVERIFY2(texts.contains(QString::fromUtf8("إدلب")), qPrintable(texts.join(", ")));
}

void TestMapRenderer::cancelledFrameStops()
{
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.cancel = std::make_shared<std::atomic_bool>(true);
    MapRenderer::Result result;
    MapRenderer::renderImage(s, *m_data, &result);
    QVERIFY(result.cancelled);
    QVERIFY(result.featuresDrawn < 100);
}

void TestMapRenderer::layerOrderIsRespected()
{
    RenderSettings s;
    const auto natural = MapRenderer::orderedVisibleLayers(s, *m_data);
    QCOMPARE(natural.first()->id, QString("land"));
    s.layerOrder = {"places", "land"};
    s.hiddenLayers = {"districts"};
    const auto ordered = MapRenderer::orderedVisibleLayers(s, *m_data);
    QCOMPARE(ordered.at(0)->id, QString("places"));
    QCOMPARE(ordered.at(1)->id, QString("land"));
    QCOMPARE(ordered.size(), m_data->layers.size() - 1);
    for (const auto& l : ordered)
        QVERIFY(l->id != "districts");
}

void TestMapRenderer::townsTakeTheirControllersColour()
{
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 2, 9);
    auto control = [](Controller c, ClaimStatus s) {
        PlaceControl pc;
        pc.controller = c;
        pc.status = s;
        return pc;
    };
    snapshot.places.insert("saraqib", control(Controller::Government, ClaimStatus::Assessed));
    snapshot.places.insert("maarat_al_numan", control(Controller::Opposition, ClaimStatus::Claimed));
    snapshot.places.insert("khan_shaykhun", control(Controller::Contested, ClaimStatus::Claimed));
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.hiddenLayers = {"posts"};
    const QImage plain = MapRenderer::renderImage(s, *m_data);
    s.control = buildControlOverlay(snapshot, m_data->crs);
    const QImage image = MapRenderer::renderImage(s, *m_data);
    // Assessed: solid. The centre of Saraqeb's marker is the government's red (white without a date).
    const QPointF saraqeb = screenOf(s, QPointF(36.80591, 35.86447));
    if (!colorNear(image, saraqeb, palette::government, 1, 20))
        QFAIL(qPrintable("Saraqeb is not red: " + keep(image, "control_colours")));
    QVERIFY(!colorNear(plain, saraqeb, palette::government, 1, 20));
    // Claimed: filled with the controller's colour too, the dashed ring (no side's colour) around it.
    const QPointF maarat = screenOf(s, QPointF(36.67693, 35.6483));
    QVERIFY(colorNear(image, maarat, palette::opposition, 0, 10));
    QVERIFY(colorNear(image, maarat + QPointF(7, 0), palette::evidence, 1, 60));
    // Contested: hatched, black and white inside the marker.
    const QPointF khan = screenOf(s, QPointF(36.65095, 35.44208));
    QVERIFY(colorNear(image, khan, Qt::black, 3, 60));
    QVERIFY(colorNear(image, khan, Qt::white, 3, 10));
    // The as-of date is drawn: the badge's corner is no longer the map.
    QVERIFY(image.pixelColor(14, 14) != plain.pixelColor(14, 14));
}

void TestMapRenderer::derivedAreasAreOpaqueTintsAndHideable()
{
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 2, 9);
    ControlArea area;
    area.controller = Controller::Government;
    area.geometry.kind = GeometryKind::Polygon;
    area.geometry.parts = {{{36.7, 35.7}, {36.9, 35.7}, {36.9, 35.9}, {36.7, 35.9}, {36.7, 35.7}}};
    area.placeIds = {"saraqib"};
    snapshot.areas = {area};
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.hiddenLayers = {"posts", "places", kSchematicHighwaysId, "districts", "rivers"};
    const QImage plain = MapRenderer::renderImage(s, *m_data);
    s.control = buildControlOverlay(snapshot, m_data->crs);
    const QImage image = MapRenderer::renderImage(s, *m_data);
    const QPoint inside = screenOf(s, QPointF(36.8, 35.8)).toPoint();
    const QColor under = plain.pixelColor(inside), over = image.pixelColor(inside);
    // The government's light tint, whatever the base fill under it, and lighter than its markers.
    QVERIFY2(over.red() > over.green() + 20, qPrintable(over.name()));
    QCOMPARE(over, Style::areaColor(Controller::Government));
    QVERIFY(over != under);
    QVERIFY(colorDistance(over, palette::government) > 200);
    s.hiddenLayers.insert(kControlAreasId);
    QCOMPARE(MapRenderer::renderImage(s, *m_data).pixelColor(inside), under);
}

void TestMapRenderer::areaColourIsTheSwatchOnEveryBase_data()
{
    QTest::addColumn<QPointF>("lonLat");
    QTest::newRow("over Idleb's fill (Saraqeb)") << QPointF(36.80591, 35.86447);
    QTest::newRow("over the rest of Syria (Aleppo governorate)") << QPointF(37.05, 36.05);
    QTest::newRow("over Turkey (Hatay)") << QPointF(36.35, 36.30);
}

void TestMapRenderer::areaColourIsTheSwatchOnEveryBase()
{
    // One government area over three base fills: the fill under a government town is the legend swatch's colour
    // on each.
    QFETCH(QPointF, lonLat);
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 2, 8);
    snapshot.places["saraqib"].controller = Controller::Government;
    ControlArea area;
    area.controller = Controller::Government;
    area.geometry.kind = GeometryKind::Polygon;
    area.geometry.parts = {{{36.2, 35.7}, {37.2, 35.7}, {37.2, 36.4}, {36.2, 36.4}, {36.2, 35.7}}};
    snapshot.areas = {area};
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.drawDateBadge = false;
    s.hiddenLayers = {"posts", "places", kSchematicHighwaysId, "districts", "rivers", "border", "shoreline"};
    const QImage plain = MapRenderer::renderImage(s, *m_data);
    s.control = buildControlOverlay(snapshot, m_data->crs);
    const QImage image = MapRenderer::renderImage(s, *m_data);
    const QPoint at = screenOf(s, lonLat).toPoint() + QPoint(9, 9); // beside the town's marker
    QVERIFY(image.rect().contains(at));

    QColor swatch;
    for (const LegendRow& row : legendRows(s, *m_data, Language::English, LegendScope::VisibleLayers)) {
        if (!row.text.startsWith("Government"))
            continue;
        QImage symbol(40, 20, QImage::Format_ARGB32_Premultiplied);
        symbol.fill(Qt::white);
        QPainter painter(&symbol);
        drawLegendSymbol(painter, row, QRectF(0, 0, 40, 20));
        painter.end();
        swatch = symbol.pixelColor(4, 4); // the swatch's corner, off its marker
    }
    QVERIFY2(swatch.isValid(), "no legend row for the government");
    if (image.pixelColor(at) != swatch)
        QFAIL(qPrintable(QString("%1 on the map over %2, %3 in the legend: %4")
                             .arg(image.pixelColor(at).name(), plain.pixelColor(at).name(), swatch.name(),
                                  keep(image, "area_over_base"))));
}

void TestMapRenderer::keyTownsTakeTheirClaimOnADate()
{
    // 8 February 2020 from the bundled articles: Binnish, Sarmin, Taftanaz and Maarrat Misrin are drawn in their
    // side's colour, or as places with no claim on the date: never the plain white key town of a map with no date.
    QString error;
    const auto catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(catalog, qPrintable(error));
    const auto overlay = frontline::test::bundledOverlayAt(*catalog, QDate(2020, 2, 8), m_data->crs, &error);
    QVERIFY2(overlay, qPrintable(error));
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.hiddenLayers = {"posts", kSchematicHighwaysId};
    const QImage plain = MapRenderer::renderImage(s, *m_data);
    s.control = overlay;
    const QImage image = MapRenderer::renderImage(s, *m_data);
    for (const char* id : {"binnish", "sarmin", "taftanaz", "maarrat_misrin", "saraqib"}) {
        const Controller c = overlay->snapshot.places.value(id).controller;
        const QPointF at = screenOf(s, *catalog->lonLat(id));
        QVERIFY2(colorNear(plain, at, Qt::white, 0, 10), id); // the key town's white without a date
        const QColor expected = c == Controller::Unknown ? palette::noClaimMarker : Style::controllerColor(c);
        if (!colorNear(image, at, expected, 0, 12) || colorNear(image, at, Qt::white, 1, 30))
            QFAIL(qPrintable(QString("%1 (%2) is %3: %4")
                                 .arg(id, controllerName(c), image.pixelColor(at.toPoint()).name(),
                                      keep(image, "key_towns_on_a_date"))));
    }
    QCOMPARE(overlay->snapshot.places.value("sarmin").controller, Controller::Unknown);
}

void TestMapRenderer::legendNamesTheLandWithNoClaim_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("fr") << int(Language::French) << QString::fromUtf8("Aucune revendication à cette date");
    QTest::newRow("en") << int(Language::English) << QString("No claim on this date");
    QTest::newRow("ar") << int(Language::Arabic) << QString::fromUtf8("لا ادعاء سيطرة في هذا التاريخ");
}

void TestMapRenderer::legendNamesTheLandWithNoClaim()
{
    QFETCH(int, language);
    QFETCH(QString, text);
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 2, 8);
    snapshot.places["saraqib"].controller = Controller::Government;
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.control = buildControlOverlay(snapshot, m_data->crs);
    const QVector<LegendRow> rows = legendRows(s, *m_data, Language(language), LegendScope::VisibleLayers);
    const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const LegendRow& r) { return r.text == text; });
    QVERIFY2(row != rows.cend(), qPrintable(text));
    // Its swatch is the no-claim land's colour.
    QImage symbol(40, 20, QImage::Format_ARGB32_Premultiplied);
    symbol.fill(Qt::white);
    QPainter painter(&symbol);
    drawLegendSymbol(painter, *row, QRectF(0, 0, 40, 20));
    painter.end();
    bool found = false;
    for (int x = 1; x < 12 && !found; ++x)
        found = symbol.pixelColor(x, 3) == Style::areaColor(Controller::Unknown);
    QVERIFY(found);
}

void TestMapRenderer::evidenceGlyphsUseNoSideColour()
{
    // How sure a claim is shows by form in a colour of its own: the legend's evidence rows and the glyphs hold no
    // side's colour (every pixel grey, between white and the evidence colour, which is none of the sides').
    const QList<QColor> sides{palette::government, palette::opposition, palette::hts, palette::turkey};
    for (const QColor& side : sides)
        QVERIFY(colorDistance(palette::evidence, side) > 100);
    const auto achromatic = [](const QImage& image) {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 12)
                    return false;
            }
        return true;
    };
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 2, 8);
    const auto place = [](Controller c, ClaimStatus status, bool inferred) {
        PlaceControl pc;
        pc.controller = c;
        pc.status = status;
        pc.inferred = inferred;
        return pc;
    };
    snapshot.places["saraqib"] = place(Controller::Government, ClaimStatus::Assessed, false);
    snapshot.places["idlib"] = place(Controller::Opposition, ClaimStatus::Claimed, false);
    snapshot.places["ariha"] = place(Controller::Opposition, ClaimStatus::Claimed, true);
    snapshot.places["sarmin"] = place(Controller::Contested, ClaimStatus::Claimed, false);
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.control = buildControlOverlay(snapshot, m_data->crs);
    int checked = 0;
    for (const LegendRow& row : legendRows(s, *m_data, Language::English, LegendScope::VisibleLayers)) {
        if (!row.text.startsWith("Assessed") && !row.text.startsWith("Claimed") && !row.text.startsWith("Inferred") &&
            !row.text.startsWith("Contested"))
            continue;
        QImage symbol(40, 20, QImage::Format_ARGB32_Premultiplied);
        symbol.fill(Qt::white);
        QPainter painter(&symbol);
        drawLegendSymbol(painter, row, QRectF(0, 0, 40, 20));
        painter.end();
        if (!achromatic(symbol))
            QFAIL(qPrintable(row.text + ": a side's colour in " + keep(symbol, "evidence_row")));
        QVERIFY2(colorNear(symbol, QPointF(20, 10), palette::evidence, 6, 40), qPrintable(row.text));
        ++checked;
    }
    QCOMPARE(checked, 4);
}

void TestMapRenderer::postsShowTheirState()
{
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 1, 1);
    PostStatus encircled, notYet;
    encircled.state = PostState::Encircled;
    notYet.state = PostState::NotYetSetUp;
    snapshot.posts.insert(9, encircled); // Morek
    snapshot.posts.insert(16, notYet);   // Saraqib, set up from 30 January 2020
    RenderSettings s = settingsAt(homeExtent(*m_data));
    s.drawLabels = false;
    s.hiddenLayers = {"places", kSchematicHighwaysId};
    const QImage plain = MapRenderer::renderImage(s, *m_data);
    s.control = buildControlOverlay(snapshot, m_data->crs);
    s.drawDateBadge = false;
    const QImage image = MapRenderer::renderImage(s, *m_data);
    const QPointF offset(10, -10); // Style::markerOffset for posts
    const QPointF morek = screenOf(s, QPointF(36.689869, 35.37516)) + offset;
    const QPointF saraqib = screenOf(s, QPointF(36.80591, 35.86447)) + offset;
    QVERIFY(colorNear(plain, saraqib, palette::post, 4, 30));
    if (colorNear(image, saraqib, palette::post, 4, 30))
        QFAIL(qPrintable("a post not yet set up is drawn: " + keep(image, "post_states")));
    QVERIFY(!colorNear(plain, morek, palette::government, 9, 30));
    QVERIFY(colorNear(image, morek, palette::government, 9, 30)); // the encircling ring
    QVERIFY(colorNear(image, morek, palette::post, 4, 30));
}

void TestMapRenderer::openStreetMapHighwaysAreRecognised()
{
    // A tiny OpenStreetMap extract (a test fixture: two nodes at the key towns, not road geometry), read through
    // GDAL's OSM driver: the way tagged ref=M5 becomes a real-highway layer, the other way is left out.
    QTemporaryDir dir;
    const QString path = dir.filePath("extract.osm");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="1" lat="35.86447" lon="36.80591" version="1"/>
  <node id="2" lat="35.6483" lon="36.67693" version="1"/>
  <node id="3" lat="35.9" lon="36.7" version="1"/>
  <way id="10" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="trunk"/><tag k="ref" v="M5"/></way>
  <way id="11" version="1"><nd ref="1"/><nd ref="3"/><tag k="highway" v="residential"/></way>
</osm>
)");
    f.close();
    QString error;
    const auto layers = loadUserLayers(path, DisplayCrs::WebMercator, &error);
    QVERIFY2(!layers.isEmpty(), qPrintable(error));
    QCOMPARE(layers.size(), 1);
    QCOMPARE(int(layers.first()->role), int(LayerRole::Highways));
    QVERIFY(!layers.first()->schematic);
    QCOMPARE(layers.first()->features.size(), 1);
    QCOMPARE(layers.first()->features.first().attributes.value("ref").toString(), QString("M5"));
}

void TestMapRenderer::highlightRingsOnlyAKnownPlace_data()
{
    QTest::addColumn<QString>("placeId");
    QTest::addColumn<bool>("ringed");
    QTest::newRow("a known town") << "saraqib" << true;
    QTest::newRow("an unknown id") << "no-such-place" << false;
    QTest::newRow("none") << "" << false;
}

void TestMapRenderer::highlightRingsOnlyAKnownPlace()
{
    QFETCH(QString, placeId);
    QFETCH(bool, ringed);
    RenderSettings s = settingsAt(homeExtent(*m_data));
    const QImage plain = MapRenderer::renderImage(s, *m_data);
    s.highlightPlaceId = placeId;
    MapRenderer::Result result;
    const QImage image = MapRenderer::renderImage(s, *m_data, &result);
    // The ring: radius 11 px around the town, 3 px wide, in the highlight colour.
    const QPointF saraqeb = screenOf(s, QPointF(36.80591, 35.86447));
    const QRectF ringBox(saraqeb - QPointF(12, 12), QSizeF(24, 24));
    if (!ringed) {
        QVERIFY2(image == plain,
                 qPrintable("nothing to highlight, yet the frame differs: " + keep(image, "highlight")));
        return;
    }
    for (const QPointF& onRing : {QPointF(11, 0), QPointF(-11, 0), QPointF(0, 11), QPointF(0, -11)})
        QVERIFY2(colorNear(image, saraqeb + onRing, palette::highlight, 0, 40),
                 qPrintable("no ring at Saraqeb: " + keep(image, "highlight")));
    // Nowhere else: the top-left corner, where a missing position would put it, is untouched.
    QVERIFY(!colorNear(image, QPointF(0, 0), palette::highlight, 12, 40));
    for (const PlacedLabel& label : std::as_const(result.labels))
        QVERIFY2(!label.rect.intersects(ringBox), qPrintable(label.candidate.text + " over the ring"));
}

void TestMapRenderer::bundledLayersAreFoundByRole_data()
{
    QTest::addColumn<int>("role"); // a LayerRole
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("approximate");
    QTest::newRow("land") << int(LayerRole::Land) << "land" << false;
    QTest::newRow("governorates") << int(LayerRole::Governorates) << "governorates" << false;
    QTest::newRow("districts") << int(LayerRole::Districts) << "districts" << false;
    QTest::newRow("highways") << int(LayerRole::Highways) << kSchematicHighwaysId << false;
    QTest::newRow("places") << int(LayerRole::Places) << "places" << false;
    QTest::newRow("posts, on their villages' points") << int(LayerRole::Posts) << "posts" << true;
    QTest::newRow("no user layer yet") << int(LayerRole::User) << "" << false;
}

void TestMapRenderer::bundledLayersAreFoundByRole()
{
    QFETCH(int, role);
    QFETCH(QString, id);
    QFETCH(bool, approximate);
    const auto layer = m_data->layerOf(LayerRole(role));
    if (id.isEmpty()) {
        QVERIFY(!layer);
        return;
    }
    QVERIFY(layer);
    QCOMPARE(layer->id, id);
    QCOMPARE(int(layer->role), role);
    QCOMPARE(layer->approximate, approximate);
}

void TestMapRenderer::anOpenedLayerDoesNotTakeTheBundledRole()
{
    // An opened highways layer goes on top; the bundled (schematic) one is still the one found by role, and an
    // opened layer is found by its id.
    auto opened = std::make_shared<MapLayer>();
    opened->id = QStringLiteral("user:/tmp/roads.gpkg#roads");
    opened->role = LayerRole::Highways;
    const auto data = m_data->withLayer(opened);
    QCOMPARE(data->layers.size(), m_data->layers.size() + 1);
    QCOMPARE(data->layerOf(LayerRole::Highways)->id, kSchematicHighwaysId);
    QCOMPARE(data->layer(opened->id), std::shared_ptr<const MapLayer>(opened));
    QVERIFY(!m_data->layer(opened->id));
}

void TestMapRenderer::theSearchedPlaceKeepsItsLabel_data()
{
    QTest::addColumn<double>("halfWidthKm"); // 0: the Home view
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("name");
    QTest::newRow("Home, French") << 0.0 << int(Language::French) << "Saraqeb";
    QTest::newRow("Home, English") << 0.0 << int(Language::English) << "Saraqib";
    QTest::newRow("around Saraqeb, French") << 20.0 << int(Language::French) << "Saraqeb";
    QTest::newRow("the search's zoom, French") << 6.0 << int(Language::French) << "Saraqeb";
}

void TestMapRenderer::theSearchedPlaceKeepsItsLabel()
{
    // The ring keeps other labels away; it must not push away the name of the place it rings.
    QFETCH(double, halfWidthKm);
    QFETCH(int, language);
    QFETCH(QString, name);
    const QPointF c = Projector(m_data->crs).forward(QPointF(36.80591, 35.86447));
    const double h = halfWidthKm * 1000;
    RenderSettings s = settingsAt(h > 0 ? QRectF(c - QPointF(h, h), QSizeF(2 * h, 2 * h)) : homeExtent(*m_data));
    s.labelLanguage = static_cast<Language>(language);
    s.highlightPlaceId = "saraqib";
    MapRenderer::Result result;
    const QImage image = MapRenderer::renderImage(s, *m_data, &result);
    const QPointF saraqeb = s.viewport.toScreen(c);
    const QRectF ringBox(saraqeb - QPointF(12, 12), QSizeF(24, 24));
    QStringList texts;
    const PlacedLabel* own = nullptr;
    for (const PlacedLabel& label : std::as_const(result.labels)) {
        texts << label.candidate.text;
        if (label.candidate.text == name)
            own = &label;
    }
    if (!own)
        QFAIL(qPrintable(name + " is not labelled: " + texts.join(", ") + " " + keep(image, "searched_label")));
    // Next to its ring, not on it.
    QVERIFY(!own->rect.intersects(ringBox));
    QVERIFY2(QLineF(own->rect.center(), saraqeb).length() < 12 + own->rect.width(),
             qPrintable(keep(image, "searched_label")));
}

void TestMapRenderer::labelsKeepOffTheHighwaysAndThePosts_data()
{
    QTest::addColumn<double>("halfWidthKm"); // 0: the Home view
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("encircled"); // every post encircled: a ring around its triangle
    QTest::newRow("Home, French") << 0.0 << int(Language::French) << false;
    QTest::newRow("Home, English") << 0.0 << int(Language::English) << false;
    QTest::newRow("Home, Arabic") << 0.0 << int(Language::Arabic) << false;
    QTest::newRow("Home, posts encircled") << 0.0 << int(Language::French) << true;
    QTest::newRow("around Saraqeb, French") << 20.0 << int(Language::French) << false;
    QTest::newRow("around Saraqeb, posts encircled") << 20.0 << int(Language::French) << true;
}

void TestMapRenderer::labelsKeepOffTheHighwaysAndThePosts()
{
    QFETCH(double, halfWidthKm);
    QFETCH(int, language);
    QFETCH(bool, encircled);
    const QPointF c = Projector(m_data->crs).forward(QPointF(36.75, 35.85));
    const double h = halfWidthKm * 1000;
    RenderSettings s = settingsAt(h > 0 ? QRectF(c - QPointF(h, h), QSizeF(2 * h, 2 * h)) : homeExtent(*m_data));
    s.labelLanguage = static_cast<Language>(language);
    if (encircled) {
        ControlSnapshot snapshot;
        snapshot.date = QDate(2020, 2, 9);
        PostStatus ring;
        ring.state = PostState::Encircled;
        for (const MapFeature& post : m_data->layer("posts")->features)
            snapshot.posts.insert(post.attributes.value("sohr_no").toInt(), ring);
        s.control = buildControlOverlay(snapshot, m_data->crs);
        s.drawDateBadge = false;
    }
    MapRenderer::Result result;
    const QImage image = MapRenderer::renderImage(s, *m_data, &result);
    QVERIFY(result.labels.size() >= 10);

    // Points every pixel along the M4 and the M5 as drawn; the road shields stand on them, nothing else does.
    QVector<QPointF> onRoads;
    for (const MapFeature& road : m_data->layer(kSchematicHighwaysId)->features) {
        for (const auto& part : road.geometry.parts) {
            for (int i = 0; i + 1 < part.size(); ++i) {
                const QLineF segment(s.viewport.toScreen(part[i]), s.viewport.toScreen(part[i + 1]));
                for (double t = 0; t <= segment.length(); t += 1.0)
                    onRoads.append(segment.pointAt(t / segment.length()));
            }
        }
    }
    QVERIFY(onRoads.size() > 500);
    // Each post's triangle (or the ring around it), and its leader down to its village's point.
    const QPointF offset(10, -10); // Style::markerOffset for posts
    QVector<QRectF> postMarkers;
    QVector<QPointF> onLeaders;
    for (const MapFeature& post : m_data->layer("posts")->features) {
        const QPointF village = s.viewport.toScreen(post.geometry.parts.first().first());
        postMarkers.append(encircled ? QRectF(village + offset - QPointF(9.5, 9.5), QSizeF(19, 19))
                                     : QRectF(village + offset - QPointF(6, 6.6), QSizeF(12, 11.1)));
        for (double t = 0; t <= 1.0; t += 0.05)
            onLeaders.append(village + t * offset);
    }
    for (const PlacedLabel& label : std::as_const(result.labels)) {
        const QString text = label.candidate.text;
        if (!label.candidate.boxed) {
            for (const QPointF& p : std::as_const(onRoads))
                if (label.rect.contains(p))
                    QFAIL(qPrintable(text + " on a highway: " + keep(image, "labels_off_roads")));
        }
        for (const QRectF& marker : std::as_const(postMarkers))
            if (label.rect.intersects(marker))
                QFAIL(qPrintable(text + " on a post's marker: " + keep(image, "labels_off_posts")));
        for (const QPointF& p : std::as_const(onLeaders))
            if (label.rect.contains(p))
                QFAIL(qPrintable(text + " on a post's leader: " + keep(image, "labels_off_posts")));
    }
    // Keeping off the roads loses no town that matters: the key towns on them are still named.
    if (h == 0 && s.labelLanguage == Language::French) {
        QStringList texts;
        for (const PlacedLabel& l : result.labels)
            texts << l.candidate.text;
        for (const char* name : {"Saraqeb", "Maaret al-Noomane", "Khan Cheikhoun", "Ariha", "Jisr al-Shughur", "Idleb"})
            QVERIFY2(texts.contains(QString::fromUtf8(name)), qPrintable(name + (": " + texts.join(", "))));
        QVERIFY2(texts.filter(QRegularExpression("^PO \\d+")).size() >= 12, qPrintable(texts.join(", "))); // French
    }
}

void TestMapRenderer::aPostIsPickedWhereItsMarkerIsDrawn_data()
{
    QTest::addColumn<double>("halfWidthKm"); // 0: the Home view
    QTest::newRow("Home") << 0.0;
    QTest::newRow("around Saraqeb") << 20.0;
    QTest::newRow("the search's zoom") << 6.0;
}

void TestMapRenderer::aPostIsPickedWhereItsMarkerIsDrawn()
{
    // Post 16 stands beside Saraqeb, where the M4 and the M5 meet, over the district of Idleb.
    QFETCH(double, halfWidthKm);
    const QPointF c = Projector(m_data->crs).forward(QPointF(36.80591, 35.86447));
    const double h = halfWidthKm * 1000;
    RenderSettings s = settingsAt(h > 0 ? QRectF(c - QPointF(h, h), QSizeF(2 * h, 2 * h)) : homeExtent(*m_data));
    const QPointF marker = s.viewport.toScreen(c) + QPointF(10, -10); // Style::markerOffset for posts
    for (const QPointF& nudge : {QPointF(0, 0), QPointF(3, -2), QPointF(-3, 3)}) {
        const auto picked = pickFeature(*m_data, s, marker + nudge);
        QVERIFY(picked);
        QCOMPARE(picked->layer->id, QString("posts"));
        QCOMPARE(picked->feature().attributes.value("sohr_no").toInt(), 16);
    }
    // The town's own marker is still the town.
    const auto town = pickFeature(*m_data, s, s.viewport.toScreen(c));
    QVERIFY(town);
    QCOMPARE(town->layer->id, QString("places"));
    QCOMPARE(town->feature().attributes.value("id").toString(), QString("saraqib"));
    // A post not yet set up on the chosen date is not drawn, so not picked.
    ControlSnapshot snapshot;
    snapshot.date = QDate(2020, 1, 1);
    PostStatus notYet;
    notYet.state = PostState::NotYetSetUp;
    snapshot.posts.insert(16, notYet);
    s.control = buildControlOverlay(snapshot, m_data->crs);
    const auto hidden = pickFeature(*m_data, s, marker);
    QVERIFY(!hidden || hidden->layer->id != "posts");
}

QTEST_MAIN(TestMapRenderer)
// The window's credits (bottom right) never run under its scale bar (bottom left), even on a narrow map: at
// 1024x700 a 480-pixel map had them overlap.
void TestMapRenderer::creditsKeepOffTheScaleBar_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("lang");
    for (int width : {420, 480, 640, 900, 1400})
        for (Language lang : {Language::French, Language::English, Language::Arabic})
            QTest::addRow("%d px, %s", width, qPrintable(languageCode(lang))) << width << int(lang);
}

void TestMapRenderer::creditsKeepOffTheScaleBar()
{
    QFETCH(int, width);
    QFETCH(int, lang);
    const QSize size(width, 600);
    const RenderSettings s = settingsAt(homeExtent(*m_data), size);
    // The scale bar as the window draws it, alone on a transparent image: its box is where pixels are painted.
    QImage bar(size, QImage::Format_ARGB32_Premultiplied);
    bar.fill(Qt::transparent);
    {
        QPainter p(&bar);
        MapRenderer::drawScaleBar(p, s.viewport, m_data->crs, QPointF(12, size.height() - 12), Language(lang));
    }
    int right = -1;
    for (int y = 0; y < bar.height(); ++y)
        for (int x = 0; x < bar.width(); ++x)
            if (qAlpha(bar.pixel(x, y)) > 0)
                right = std::max(right, x);
    QVERIFY(right > 100); // a bar was drawn
    const QRectF credits =
        MapRenderer::creditsRect(QRectF(QPointF(0, 0), QSizeF(size)), dataCredits(m_data->attribution, Language(lang)));
    QVERIFY(!credits.isEmpty());
    QVERIFY2(credits.left() > right,
             qPrintable(QStringLiteral("credits from x=%1, scale bar to x=%2").arg(credits.left()).arg(right)));
    QVERIFY(credits.right() <= width && credits.top() >= 0);
}

#include "test_map_renderer.moc"
