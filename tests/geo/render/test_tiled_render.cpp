// The window's frames from tiles (geo/render/tiled_renderer.h) against the direct path (MapRenderer::renderImage):
// the same picture for a few views, with and without a date, over the bundled map and a synthetic layer of a few
// hundred thousand vertices written here with OGR; a pan by a fraction of a tile draws only the tiles it
// uncovers; a date change draws no tile; hiding a layer drops the tiles.
//
// Tolerance: at most 0.05 % of the pixels (480 of a 1200 x 800 frame) may differ by more than 8 levels in a
// channel. The tiled picture is the direct one composed from parts drawn on transparent pixels, so anti-aliased
// edges round differently by a level or two (premultiplied 8-bit alpha), and labels are blitted from images placed
// to a 64th of a pixel: some tens of pixels differ by more than 8 levels. A seam between tiles (a column of 800
// differing pixels), a missing tile (65,536), a label or a layer drawn twice or missing, the stacks in the wrong
// order (the control areas over a road) or dashes restarted at tile edges (some 2,000) are more.
#include "../control/bundled_history.h"

#include "bundled_data.h"

#include "geo/core/projector.h"
#include "geo/core/viewport.h"
#include "geo/data/map_data_loader.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"
#include "geo/render/tiled_renderer.h"
#include "synthetic_shapes.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace geo;

namespace {

constexpr int kLevels = 8;
constexpr double kShare = 0.0005;

int differingPixels(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb* pa = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const QRgb* pb = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d =
                std::max({std::abs(qRed(pa[col]) - qRed(pb[col])), std::abs(qGreen(pa[col]) - qGreen(pb[col])),
                          std::abs(qBlue(pa[col]) - qBlue(pb[col])), std::abs(qAlpha(pa[col]) - qAlpha(pb[col]))});
            n += d > kLevels ? 1 : 0;
        }
    }
    return n;
}

QString keep(const QImage& image, const QString& name)
{
    const QString path = QDir::current().filePath(name + QStringLiteral(".png"));
    image.save(path);
    return path;
}

} // namespace

class TestTiledRender : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tiledDrawsWhatTheDirectPathDraws_data();
    void tiledDrawsWhatTheDirectPathDraws();
    void aPanByPartOfATileReusesTheTiles();
    void aDateChangeDrawsNoTile();
    void hidingALayerDropsTheTiles();
    void aZoomShowsTheNearestLevelAtOnce();

private:
    RenderSettings settingsAt(const QString& lonLatExtent, bool dated) const;
    void compare(const RenderSettings& s, TiledRenderer& tiles, const QString& name);

    QTemporaryDir m_dir;
    std::shared_ptr<const MapData> m_data; // the bundled map with the synthetic layer
    std::shared_ptr<const ControlOverlay> m_feb, m_mar;
    QString m_syntheticId;
};

void TestTiledRender::initTestCase()
{
    QString error;
    const auto bundled = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(bundled, qPrintable(error));
    const auto catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(catalog, qPrintable(error));
    m_feb = frontline::test::bundledOverlayAt(*catalog, QDate(2020, 2, 8), DisplayCrs::WebMercator, &error);
    QVERIFY2(m_feb, qPrintable(error));
    m_mar = frontline::test::bundledOverlayAt(*catalog, QDate(2020, 3, 5), DisplayCrs::WebMercator, &error);
    QVERIFY2(m_mar, qPrintable(error));
    QVERIFY(!m_feb->areas.isEmpty() && !m_mar->areas.isEmpty());

    // The synthetic layer: a "lake" of 200,000 vertices whose shore wiggles at every scale across Idleb, and 1,500
    // random walks of 40 to 100 vertices (streams) around it.
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("synthetic.gpkg"));
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    QVERIFY(driver);
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    QRandomGenerator rng(20200305);
    int vertices = 0;
    OGRLayer* shapes = ds->CreateLayer("lake", &wgs84, wkbPolygon, nullptr);
    QVERIFY(shapes);
    QCOMPARE(ds->StartTransaction(), OGRERR_NONE);
    {
        const int n = 200000;
        OGRLinearRing ring = frontline::test::wobblyRing(rng, 36.65, 35.85, 0.35, n, 0.004, /*phases=*/false);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature f(shapes->GetLayerDefn());
        f.SetGeometry(&polygon);
        QCOMPARE(shapes->CreateFeature(&f), OGRERR_NONE);
        vertices += n + 1;
    }
    OGRLayer* lines = ds->CreateLayer("streams", &wgs84, wkbLineString, nullptr);
    QVERIFY(lines);
    for (int i = 0; i < 1500; ++i) {
        const double x = 36.0 + 1.4 * rng.generateDouble(), y = 35.3 + 1.2 * rng.generateDouble();
        const double step = std::pow(10, -3 + 1.5 * rng.generateDouble());
        const int n = 40 + int(rng.bounded(61));
        OGRLineString line = frontline::test::wanderingLine(rng, x, y, step, n);
        OGRFeature f(lines->GetLayerDefn());
        f.SetGeometry(&line);
        QCOMPARE(lines->CreateFeature(&f), OGRERR_NONE);
        vertices += n;
    }
    QCOMPARE(ds->CommitTransaction(), OGRERR_NONE);
    ds.reset();
    QVERIFY2(vertices > 250000, qPrintable(QString::number(vertices)));

    // The lake read a frame at a time through the file's index, the streams held in memory: both drawing paths.
    const auto indexed = loadUserLayers(path, DisplayCrs::WebMercator, &error, UserLayerLoading::Indexed);
    QVERIFY2(indexed.size() == 2, qPrintable(error));
    const auto inMemory = loadUserLayers(path, DisplayCrs::WebMercator, &error, UserLayerLoading::InMemory);
    QVERIFY2(inMemory.size() == 2, qPrintable(error));
    QVERIFY(indexed[0]->index);
    QVERIFY(!inMemory[1]->index && inMemory[1]->features.size() == 1500);
    m_data = bundled->withLayer(indexed[0])->withLayer(inMemory[1]);
    m_syntheticId = indexed[0]->id;
}

RenderSettings TestTiledRender::settingsAt(const QString& lonLatExtent, bool dated) const
{
    RenderSettings s;
    const QStringList n = lonLatExtent.split(QLatin1Char(','));
    const Projector projector(m_data->crs);
    const QPointF a = projector.forward(QPointF(n[0].toDouble(), n[1].toDouble()));
    const QPointF b = projector.forward(QPointF(n[2].toDouble(), n[3].toDouble()));
    s.viewport = Viewport(QPointF(), 1000, QSize(1200, 800));
    s.viewport.fit(QRectF(a, b).normalized());
    s.viewport = TiledRenderer::snapped(s.viewport, 1.0);
    if (dated)
        s.control = m_feb;
    return s;
}

void TestTiledRender::compare(const RenderSettings& s, TiledRenderer& tiles, const QString& name)
{
    const QImage direct = MapRenderer::renderImage(s, *m_data);
    const int before = tiles.tilesDrawn();
    const QImage tiled = tiles.renderFrame(s);
    QVERIFY(tiles.tilesDrawn() >= before);
    QCOMPARE(tiled.size(), direct.size());
    const int differing = differingPixels(tiled, direct);
    const int allowed = int(kShare * tiled.width() * tiled.height());
    qInfo("%s: %d of %d pixels differ by more than %d levels", qPrintable(name), differing,
          tiled.width() * tiled.height(), kLevels);
    if (differing > allowed)
        QFAIL(qPrintable(
            QStringLiteral("%1: %2 pixels differ by more than %3 levels (at most %4): %5 and %6")
                .arg(name)
                .arg(differing)
                .arg(kLevels)
                .arg(allowed)
                .arg(keep(tiled, name + QStringLiteral("-tiled")), keep(direct, name + QStringLiteral("-direct")))));
}

void TestTiledRender::tiledDrawsWhatTheDirectPathDraws_data()
{
    QTest::addColumn<QString>("extent");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<double>("devicePixelRatio");
    QTest::newRow("Idleb, no date") << "35.9,35.2,37.4,36.4" << false << 1.0;
    QTest::newRow("Idleb, 8 February 2020") << "35.9,35.2,37.4,36.4" << true << 1.0;
    QTest::newRow("Saraqeb close, 8 February 2020") << "36.72,35.80,36.92,35.92" << true << 1.0;
    QTest::newRow("the whole data box, 8 February 2020") << "35.5,34.9,37.6,36.7" << true << 1.0;
    QTest::newRow("Idleb, 8 February 2020, ratio 1.5") << "36.3,35.5,37.0,36.1" << true << 1.5;
}

void TestTiledRender::tiledDrawsWhatTheDirectPathDraws()
{
    QFETCH(QString, extent);
    QFETCH(bool, dated);
    QFETCH(double, devicePixelRatio);
    RenderSettings s = settingsAt(extent, dated);
    s.devicePixelRatio = devicePixelRatio;
    s.viewport = TiledRenderer::snapped(s.viewport, devicePixelRatio);
    TiledRenderer tiles;
    tiles.setBase(s, m_data);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    compare(s, tiles, name);
    QVERIFY(tiles.tilesDrawn() > 0);
    // The same view again comes from the cache alone, and is still the same picture.
    const int drawn = tiles.tilesDrawn();
    compare(s, tiles, name + QStringLiteral("-again"));
    QCOMPARE(tiles.tilesDrawn(), drawn);
}

void TestTiledRender::aPanByPartOfATileReusesTheTiles()
{
    RenderSettings s = settingsAt(QStringLiteral("35.9,35.2,37.4,36.4"), true);
    TiledRenderer tiles;
    tiles.setBase(s, m_data);
    tiles.renderFrame(s);
    const int first = tiles.tilesDrawn();
    // Three stacks on a date with control areas (under, boundaries over the areas, over), each at least 5 x 4
    // tiles of 256 pixels for 1200 x 800, at most 6 x 5.
    const int stacks = 3;
    QVERIFY2(first >= stacks * 5 * 4 && first <= stacks * 6 * 5, qPrintable(QString::number(first)));
    // A drag of 100 pixels to the west and 60 north, less than half a tile: at most one new column and one new row
    // of each stack.
    s.viewport.panByPixels(QPointF(-100, 60));
    const int missing = int(tiles.missingTiles(s).size());
    QVERIFY2(missing > 0 && missing <= stacks * (6 + 5 + 1), qPrintable(QString::number(missing)));
    compare(s, tiles, QStringLiteral("panned"));
    QCOMPARE(tiles.tilesDrawn() - first, missing);
    QVERIFY(tiles.tilesDrawn() - first < first / 2);
    // Back where it started: nothing new.
    s.viewport.panByPixels(QPointF(100, -60));
    QVERIFY(tiles.missingTiles(s).isEmpty());
}

void TestTiledRender::aDateChangeDrawsNoTile()
{
    RenderSettings s = settingsAt(QStringLiteral("36.3,35.5,37.0,36.1"), true);
    TiledRenderer tiles;
    tiles.setBase(s, m_data);
    const QImage february = tiles.renderFrame(s);
    const int drawn = tiles.tilesDrawn();
    s.control = m_mar;
    QVERIFY(!tiles.setBase(s, m_data));
    compare(s, tiles, QStringLiteral("march"));
    QCOMPARE(tiles.tilesDrawn(), drawn);
    // And the date did change the picture.
    QVERIFY(differingPixels(february, tiles.renderFrame(s)) > 10000);
}

void TestTiledRender::hidingALayerDropsTheTiles()
{
    RenderSettings s = settingsAt(QStringLiteral("36.3,35.5,37.0,36.1"), true);
    TiledRenderer tiles;
    tiles.setBase(s, m_data);
    tiles.renderFrame(s);
    QVERIFY(tiles.missingTiles(s).isEmpty());
    s.hiddenLayers.insert(m_syntheticId);
    QVERIFY(tiles.setBase(s, m_data));
    QVERIFY(!tiles.missingTiles(s).isEmpty());
    compare(s, tiles, QStringLiteral("hidden"));
    // A date layer hidden keeps the tiles.
    s.hiddenLayers.insert(kFrontLinesId);
    QVERIFY(!tiles.setBase(s, m_data));
}

void TestTiledRender::aZoomShowsTheNearestLevelAtOnce()
{
    RenderSettings s = settingsAt(QStringLiteral("36.3,35.5,37.0,36.1"), true);
    TiledRenderer tiles;
    tiles.setBase(s, m_data);
    FrameOverlay overlay;
    const QImage before = tiles.renderFrame(s, &overlay);
    s.viewport.zoomBy(1.25, QPointF(600, 400));
    s.viewport = TiledRenderer::snapped(s.viewport, 1.0);
    QVERIFY(!tiles.missingTiles(s).isEmpty());
    bool complete = true;
    const QImage standIn = tiles.composeImage(s, overlay, &complete);
    QVERIFY(!complete);
    // Not the empty background: the level before, scaled, is there at once (the centre pixel is not "no data").
    const QImage empty = [&] {
        QImage i(standIn.size(), QImage::Format_ARGB32_Premultiplied);
        i.fill(palette::noData);
        return i;
    }();
    QVERIFY(differingPixels(standIn, empty) > standIn.width() * standIn.height() / 2);
    // And the refined frame is the direct picture.
    compare(s, tiles, QStringLiteral("zoomed"));
    bool refined = false;
    tiles.composeImage(s, TiledRenderer::renderOverlay(s, *m_data), &refined);
    QVERIFY(refined);
}

QTEST_MAIN(TestTiledRender)
#include "test_tiled_render.moc"
