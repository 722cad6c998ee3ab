// A big layer read a frame at a time (geo/data/feature_index.h, geo/render/layer_painter.h) on a synthetic
// GeoPackage of some 370,000 vertices written here with OGR: the spatial index finds exactly the features a full
// scan finds, and the frame-at-a-time drawing (simplified per zoom band, long rings cut to the frame, features under
// a pixel as dots) gives the picture that drawing every vertex of every feature gives, within a stated tolerance.
#include "geo/core/projector.h"
#include "geo/core/viewport.h"
#include "geo/data/feature_index.h"
#include "geo/data/layer_cache.h"
#include "geo/data/map_data_loader.h"
#include "geo/data/vector_source.h"
#include "geo/render/feature_picker.h"
#include "geo/render/layer_painter.h"
#include "image_diff.h"
#include "synthetic_shapes.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace geo;

namespace {

// The style the renderer gives a user layer: a one-pixel cosmetic outline, a translucent fill.
QPen outline()
{
    QPen pen(QColor(0x00, 0x80, 0x80), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

QBrush fill()
{
    return QColor(0x00, 0x80, 0x80, 60);
}

// How many pixels of A and B (opaque pictures of one size) differ by more than LEVELS in some channel.
int differingPixels(const QImage& a, const QImage& b, int levels)
{
    return int(frontline::test::diffImages(a, b, QImage(), levels).differing);
}

} // namespace

class TestIndexedLayer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void indexFindsWhatAScanFinds_data();
    void indexFindsWhatAScanFinds();
    void drawsWhatEveryVertexDraws_data();
    void drawsWhatEveryVertexDraws();
    void aPanReadsOnlyWhatComesIntoView();
    void cacheStaysWithinItsBound();
    void bigLayersAreIndexedSmallOnesRead();
    void aClickFindsTheFeatureDrawnThere_data();
    void aClickFindsTheFeatureDrawnThere();

private:
    QImage direct(int layer, const Viewport& vp);
    QImage indexed(const FeatureIndex& index, const Viewport& vp);

    QTemporaryDir m_dir;
    QString m_path;
    int m_vertices = 0;
    QVector<QVector<Feature>> m_features; // per layer, every vertex, EPSG:4326
};

void TestIndexedLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("synthetic.gpkg"));
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    QVERIFY(driver);
    GDALDatasetUniquePtr ds(driver->Create(m_path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    QRandomGenerator rng(20200227);
    auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };

    // Polygons: one "continent" of 120,000 vertices whose coast wiggles at every scale, and 3,000 islands from a
    // few metres to a few kilometres across, many under a pixel at small scales.
    OGRLayer* shapes = ds->CreateLayer("shapes", &wgs84, wkbPolygon, nullptr);
    QVERIFY(shapes);
    OGRFieldDefn name("name", OFTString);
    shapes->CreateField(&name);
    QCOMPARE(ds->StartTransaction(), OGRERR_NONE);
    auto addRing = [&](double cx, double cy, double radius, int n, double roughness) {
        OGRLinearRing ring = frontline::test::wobblyRing(rng, cx, cy, radius, n, roughness);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature f(shapes->GetLayerDefn());
        f.SetField("name", "shape");
        f.SetGeometry(&polygon);
        QCOMPARE(shapes->CreateFeature(&f), OGRERR_NONE);
        m_vertices += n + 1;
    };
    addRing(36.5, 35.8, 1.4, 120000, 0.004);
    for (int i = 0; i < 3000; ++i)
        addRing(uniform(33.5, 39.5), uniform(33.5, 38.0), std::pow(10, uniform(-4.5, -1.5)), 20 + rng.bounded(40), 0.1);

    // Lines: 2,500 random walks of 40 to 100 vertices.
    OGRLayer* lines = ds->CreateLayer("lines", &wgs84, wkbLineString, nullptr);
    QVERIFY(lines);
    for (int i = 0; i < 2500; ++i) {
        const double x = uniform(33.5, 39.5), y = uniform(33.5, 38.0);
        const double step = std::pow(10, uniform(-4, -2));
        const int n = 40 + int(rng.bounded(61));
        OGRLineString line = frontline::test::wanderingLine(rng, x, y, step, n);
        OGRFeature f(lines->GetLayerDefn());
        f.SetGeometry(&line);
        QCOMPARE(lines->CreateFeature(&f), OGRERR_NONE);
        m_vertices += n;
    }
    QCOMPARE(ds->CommitTransaction(), OGRERR_NONE);
    ds.reset();
    QVERIFY2(m_vertices > 300000, qPrintable(QString::number(m_vertices)));

    // Every vertex of every feature, for the direct drawing.
    QString error;
    auto source = VectorSource::open(m_path, &error);
    QVERIFY2(source, qPrintable(error));
    for (int i = 0; i < source->layerCount(); ++i) {
        QVector<Feature> features;
        QVERIFY2(source->readFeatures(i, ReadOptions{}, &features, &error), qPrintable(error));
        m_features.append(features);
    }
}

void TestIndexedLayer::indexFindsWhatAScanFinds_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<QRectF>("rect");
    const QList<QPair<const char*, QRectF>> rects{
        {"a valley", QRectF(QPointF(36.4, 35.7), QPointF(36.6, 35.9))},
        {"a district", QRectF(QPointF(35.9, 35.1), QPointF(37.1, 36.2))},
        {"the coast's edge", QRectF(QPointF(37.8, 35.7), QPointF(38.2, 36.0))},
        {"a sliver", QRectF(QPointF(34.0, 33.5), QPointF(34.0001, 38.0))},
        {"everything", QRectF(QPointF(30, 30), QPointF(42, 40))},
        {"nowhere", QRectF(QPointF(10, 10), QPointF(11, 11))},
    };
    for (int layer : {0, 1})
        for (const auto& [name, rect] : rects)
            QTest::addRow("%s, layer %d", name, layer) << layer << rect;
}

void TestIndexedLayer::indexFindsWhatAScanFinds()
{
    QFETCH(int, layer);
    QFETCH(QRectF, rect);
    QString error;
    const auto index = FeatureIndex::open(m_path, layer, DisplayCrs::WebMercator, &error);
    QVERIFY2(index, qPrintable(error));
    QVERIFY(index->hasSpatialIndex());
    const QVector<qint64> scanned = index->scannedFeatureIds(rect);
    const QVector<qint64> found = index->indexedFeatureIds(rect);
    QCOMPARE(found, scanned);
    // The frames are chosen so that most are neither empty nor everything.
    if (QTest::currentDataTag() == QByteArray("nowhere, layer 0"))
        QVERIFY(found.isEmpty());
    if (QByteArray(QTest::currentDataTag()).startsWith("a district"))
        QVERIFY(found.size() > 10 && found.size() < m_features[layer].size());
}

QImage TestIndexedLayer::direct(int layer, const Viewport& vp)
{
    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(vp.mapToScreen());
    painter.setPen(outline());
    const Projector projector(DisplayCrs::WebMercator);
    for (const Feature& f : m_features[layer]) {
        Geometry g = f.geometry;
        for (auto& part : g.parts)
            projector.forward(&part);
        painter.setBrush(g.kind == GeometryKind::Polygon ? fill() : QBrush(Qt::NoBrush));
        painter.drawPath(toPainterPath(g));
    }
    return image;
}

QImage TestIndexedLayer::indexed(const FeatureIndex& index, const Viewport& vp)
{
    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintIndexedLayer(painter, index, vp, outline(), fill());
    return image;
}

void TestIndexedLayer::drawsWhatEveryVertexDraws_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<QPointF>("center"); // lon/lat
    QTest::addColumn<double>("unitsPerPixel");
    // A vertex of a feature of LAYER about SPAN degrees across: close frames are centred on one.
    auto near = [this](int layer, double span) {
        const Feature* best = nullptr;
        for (const Feature& f : m_features[layer]) {
            const QRectF b = f.geometry.bounds();
            if (!best || std::abs(b.width() - span) < std::abs(best->geometry.bounds().width() - span))
                best = &f;
        }
        const auto& part = best->geometry.parts.first();
        return part[part.size() / 2];
    };
    for (int layer : {0, 1}) {
        const QList<std::tuple<const char*, QPointF, double>> frames{
            {"everything", QPointF(36.5, 35.8), 700},
            {"a region", QPointF(36.9, 35.5), 150},
            // Layer 0: a stretch of the big ring's coast (a vertex of it), where the ring is cut to the frame.
            {"mid zoom on a long feature", layer == 0 ? m_features[0][0].geometry.parts[0][30000] : near(1, 0.3), 25},
            {"close on a long feature", layer == 0 ? m_features[0][0].geometry.parts[0][70001] : near(1, 0.1), 4},
            {"inside a feature", layer == 0 ? QPointF(36.4, 35.9) : near(1, 0.05), 8},
            {"close on small features", near(layer, 0.02), 3},
        };
        for (const auto& [name, center, upp] : frames)
            QTest::addRow("%s, layer %d", name, layer) << layer << center << upp;
    }
}

// Tolerance: at most 0.5% of the pixels differ by more than 64 levels of 255 in some channel. The indexed picture
// moves no vertex (it keeps a subset, every dropped one within a quarter pixel of a kept one) and draws a feature
// under a pixel as a dot of the same pen, so what differs is antialiasing along edges, not shapes.
void TestIndexedLayer::drawsWhatEveryVertexDraws()
{
    QFETCH(int, layer);
    QFETCH(QPointF, center);
    QFETCH(double, unitsPerPixel);
    const Projector projector(DisplayCrs::WebMercator);
    const Viewport vp(projector.forward(center), unitsPerPixel, QSize(640, 400));
    QString error;
    const auto index = FeatureIndex::open(m_path, layer, DisplayCrs::WebMercator, &error);
    QVERIFY2(index, qPrintable(error));
    const QImage want = direct(layer, vp);
    const QImage got = indexed(*index, vp);
    // The frames are on the data: something is drawn at all.
    QImage blank(want.size(), QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    QVERIFY2(differingPixels(want, blank, 16) > 500, "the frame shows little of the layer");
    const int differing = differingPixels(want, got, 64);
    const int allowed = want.width() * want.height() / 200;
    qInfo("%d of %d pixels differ by more than 64 levels", differing, want.width() * want.height());
    if (differing > allowed || qEnvironmentVariableIsSet("FRONTLINE_KEEP_PICTURES")) {
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        want.save(QDir::temp().filePath(QStringLiteral("indexed-want-%1.png").arg(tag)));
        got.save(QDir::temp().filePath(QStringLiteral("indexed-got-%1.png").arg(tag)));
    }
    QVERIFY2(differing <= allowed,
             qPrintable(QStringLiteral("%1 pixels differ (at most %2)").arg(differing).arg(allowed)));
    // A frame drawn again comes from the cache and is the same picture.
    QCOMPARE(indexed(*index, vp), got);
}

void TestIndexedLayer::aPanReadsOnlyWhatComesIntoView()
{
    QString error;
    const auto index = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(index, qPrintable(error));
    const Projector projector(DisplayCrs::WebMercator);
    Viewport vp(projector.forward(QPointF(37.9, 35.8)), 25, QSize(640, 400));
    const FrameFeatures first = index->query(vp.mapRect(), vp.unitsPerPixel());
    QVERIFY(first.read > 0);
    QCOMPARE(index->query(vp.mapRect(), vp.unitsPerPixel()).read, 0);
    // A tenth of the width: the big ring is still within the stretch it was cut to, nothing is read again but
    // the features that come into view.
    vp.panByPixels(QPointF(-64, 0));
    const FrameFeatures panned = index->query(vp.mapRect(), vp.unitsPerPixel());
    QVERIFY(panned.read < first.read);
    const QImage want = direct(0, vp);
    QVERIFY(differingPixels(want, indexed(*index, vp), 64) <= want.width() * want.height() / 200);
}

void TestIndexedLayer::cacheStaysWithinItsBound()
{
    QString error;
    const auto index = FeatureIndex::open(m_path, 1, DisplayCrs::WebMercator, &error);
    QVERIFY2(index, qPrintable(error));
    index->setMemoryBound(256 * 1024);
    const Projector projector(DisplayCrs::WebMercator);
    size_t largestFrame = 0;
    for (int i = 0; i < 12; ++i) {
        const Viewport vp(projector.forward(QPointF(34 + 0.45 * i, 33.8 + 0.35 * i)), 30, QSize(640, 400));
        const FrameFeatures frame = index->query(vp.mapRect(), vp.unitsPerPixel());
        size_t bytes = 0;
        for (const auto& g : frame.features)
            bytes += g->bytes();
        largestFrame = std::max(largestFrame, bytes);
        // What one frame needs stays; anything beyond the bound goes.
        QVERIFY2(index->cachedBytes() <= std::max<size_t>(256 * 1024, bytes) + bytes,
                 qPrintable(QString::number(index->cachedBytes())));
    }
    QVERIFY(largestFrame > 0);
    index->clearCache();
    QCOMPARE(index->cachedBytes(), size_t(0));
}

void TestIndexedLayer::bigLayersAreIndexedSmallOnesRead()
{
    QString error;
    const auto indexedLayers = loadUserLayers(m_path, DisplayCrs::WebMercator, &error, UserLayerLoading::Indexed);
    QVERIFY2(indexedLayers.size() == 2, qPrintable(error));
    const auto inMemory = loadUserLayers(m_path, DisplayCrs::WebMercator, &error, UserLayerLoading::InMemory);
    QVERIFY2(inMemory.size() == 2, qPrintable(error));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(indexedLayers[i]->index);
        QVERIFY(indexedLayers[i]->features.isEmpty());
        QVERIFY(!inMemory[i]->index);
        QCOMPARE(inMemory[i]->features.size(), m_features[i].size());
        // The extent the file keeps is the extent of its features.
        const QRectF a = indexedLayers[i]->bounds, b = inMemory[i]->bounds;
        QVERIFY2(std::abs(a.left() - b.left()) < 1 && std::abs(a.right() - b.right()) < 1 &&
                     std::abs(a.top() - b.top()) < 1 && std::abs(a.bottom() - b.bottom()) < 1,
                 "the layer's own extent differs from its features'");
    }
    // Under the size limits, Automatic reads the file whole.
    const auto automatic = loadUserLayers(m_path, DisplayCrs::WebMercator, &error);
    QCOMPARE(automatic.size(), 2);
    QVERIFY(!automatic[0]->index);
}

void TestIndexedLayer::aClickFindsTheFeatureDrawnThere_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("extension");
    QTest::newRow("GeoPackage, through its R-tree") << "GPKG"
                                                    << "gpkg";
    QTest::newRow("GeoJSON, through its indexed copy") << "GeoJSON"
                                                       << "geojson";
}

void TestIndexedLayer::aClickFindsTheFeatureDrawnThere()
{
    QFETCH(QString, driver);
    QFETCH(QString, extension);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LayerCache::setDirectory(dir.filePath(QStringLiteral("cache")));
    auto restoreCache = qScopeGuard([] { LayerCache::setDirectory({}); });

    // Two overlapping squares ("upper" written after "lower", so drawn over it), "lower" with a hole, and a road
    // south of both; each file one layer (GeoJSON holds one).
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    auto write = [&](const QString& name, OGRwkbGeometryType type, const QList<std::pair<QByteArray, int>>& rows,
                     const QList<QByteArray>& wkts) {
        const QString path = dir.filePath(QStringLiteral("%1.%2").arg(name, extension));
        GDALDriver* gdalDriver = GetGDALDriverManager()->GetDriverByName(driver.toUtf8().constData());
        GDALDatasetUniquePtr ds(gdalDriver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return QString();
        OGRLayer* layer = ds->CreateLayer(name.toUtf8().constData(), &wgs84, type, nullptr);
        OGRFieldDefn nameField("name", OFTString), population("population", OFTInteger);
        layer->CreateField(&nameField);
        layer->CreateField(&population);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            OGRFeature f(layer->GetLayerDefn());
            f.SetField("name", rows[i].first.constData());
            f.SetField("population", rows[i].second);
            OGRGeometry* g = nullptr;
            OGRGeometryFactory::createFromWkt(wkts[i].constData(), &wgs84, &g);
            f.SetGeometryDirectly(g);
            if (layer->CreateFeature(&f) != OGRERR_NONE)
                return QString();
        }
        return path;
    };
    const QString areasPath = write(QStringLiteral("areas"), wkbPolygon, {{"lower", 1}, {"upper", 2}},
                                    {"POLYGON ((36.0 35.6, 36.4 35.6, 36.4 36.0, 36.0 36.0, 36.0 35.6), "
                                     "(36.05 35.65, 36.15 35.65, 36.15 35.75, 36.05 35.75, 36.05 35.65))",
                                     "POLYGON ((36.2 35.8, 36.6 35.8, 36.6 36.2, 36.2 36.2, 36.2 35.8))"});
    const QString roadsPath =
        write(QStringLiteral("roads"), wkbLineString, {{"road", 3}}, {"LINESTRING (36.0 35.3, 36.6 35.3)"});
    QVERIFY(!areasPath.isEmpty() && !roadsPath.isEmpty());

    QString error;
    const auto areas = loadUserLayers(areasPath, DisplayCrs::WebMercator, &error, UserLayerLoading::Indexed);
    QVERIFY2(areas.size() == 1 && areas[0]->index, qPrintable(error));
    const auto roads = loadUserLayers(roadsPath, DisplayCrs::WebMercator, &error, UserLayerLoading::Indexed);
    QVERIFY2(roads.size() == 1 && roads[0]->index, qPrintable(error));
    QCOMPARE(areas[0]->index->cachePath().isEmpty(), driver == QLatin1String("GPKG"));
    MapData data;
    data.crs = DisplayCrs::WebMercator;
    data.layers = {areas[0], roads[0]};

    const Projector projector(DisplayCrs::WebMercator);
    RenderSettings settings;
    settings.viewport = Viewport(projector.forward(QPointF(36.3, 35.75)), 200.0, QSize(800, 600));
    auto at = [&](double lon, double lat) { return settings.viewport.toScreen(projector.forward(QPointF(lon, lat))); };
    auto nameAt = [&](QPointF screen, PickReach reach = PickReach::WithFiles) {
        const auto picked = pickFeature(data, settings, screen, 6.0, reach);
        return picked ? picked->feature().labelEn : QStringLiteral("(nothing)");
    };

    // Where the squares overlap, the one drawn on top; its attributes as the file has them.
    const auto top = pickFeature(data, settings, at(36.3, 35.9));
    QVERIFY(top);
    QVERIFY(top->layer == areas[0]);
    QCOMPARE(top->feature().geometry.kind, GeometryKind::Polygon);
    QCOMPARE(top->feature().attributes.value(QStringLiteral("name")).toString(), QStringLiteral("upper"));
    QCOMPARE(top->feature().attributes.value(QStringLiteral("population")).toInt(), 2);
    QCOMPARE(nameAt(at(36.1, 35.9)), QStringLiteral("lower"));
    QCOMPARE(nameAt(at(36.5, 36.1)), QStringLiteral("upper"));
    // The hole is not the square's.
    QCOMPARE(nameAt(at(36.1, 35.7)), QStringLiteral("(nothing)"));
    // A line within the tolerance, not beyond it.
    const QPointF onRoad = at(36.3, 35.3);
    QCOMPARE(nameAt(onRoad + QPointF(0, -4)), QStringLiteral("road"));
    QCOMPARE(nameAt(onRoad + QPointF(0, 12)), QStringLiteral("(nothing)"));
    const auto road = pickFeature(data, settings, onRoad + QPointF(0, 3));
    QVERIFY(road);
    QVERIFY(road->layer == roads[0]);
    QCOMPARE(road->feature().attributes.value(QStringLiteral("population")).toInt(), 3);
    // Outside everything, and a hover, which reads no file.
    QCOMPARE(nameAt(at(36.5, 35.45)), QStringLiteral("(nothing)"));
    QCOMPARE(nameAt(at(36.3, 35.9), PickReach::InMemory), QStringLiteral("(nothing)"));
}

QTEST_MAIN(TestIndexedLayer)
#include "test_indexed_layer.moc"
