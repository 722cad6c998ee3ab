// The indexed copy of a layer whose file has no spatial index (geo/data/layer_cache.h), on a synthetic GeoJSON of
// some 300,000 vertices written here with OGR: built on the first open and only then, used again on the next, built
// again when the file changes, nothing left behind by a cancelled build, nothing written beside the file, and read
// through the copy the layer gives exactly the features and the picture that reading the file itself gives.
#include "geo/core/projector.h"
#include "geo/core/viewport.h"
#include "geo/data/feature_index.h"
#include "geo/data/layer_cache.h"
#include "geo/data/map_data_loader.h"
#include "geo/data/vector_source.h"
#include "geo/render/layer_painter.h"
#include "image_diff.h"
#include "synthetic_shapes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace geo;

namespace {

// How many pixels of A and B (opaque pictures of one size) differ by more than LEVELS in some channel.
int differingPixels(const QImage& a, const QImage& b, int levels)
{
    return int(frontline::test::diffImages(a, b, QImage(), levels).differing);
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestLayerCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstOpenBuildsNextOpenReuses();
    void aChangedFileIsBuiltAgain();
    void aCancelledBuildLeavesNothing();
    void aCancelFromTheLoadersCaller();
    void theFileIsReadFromItsCopyAsItIs();
    void indexFindsWhatAScanOfTheFileFinds_data();
    void indexFindsWhatAScanOfTheFileFinds();
    void samePictureFromTheFileAndTheCopy_data();
    void samePictureFromTheFileAndTheCopy();
    void aShapefileWithItsOwnIndexIsNotCopied();
    void theOldestCopiesGoPastTheBound();

private:
    // Writes a GeoJSON of polygons at PATH: two coasts of COASTVERTICES each and ISLANDS small rings.
    void writeGeoJson(const QString& path, int coastVertices, int islands, quint32 seed);
    QImage draw(const FeatureIndex& index, const Viewport& vp);

    QTemporaryDir m_dir;
    QString m_sources; // the user's folder: nothing may be written here
    QString m_cache;
    QString m_path;
    int m_vertices = 0;
    QVector<Feature> m_features; // the file's features, read whole
};

void TestLayerCache::writeGeoJson(const QString& path, int coastVertices, int islands, quint32 seed)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    QVERIFY(driver);
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer* layer = ds->CreateLayer("shapes", &wgs84, wkbPolygon, nullptr);
    QVERIFY(layer);
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&name);
    QRandomGenerator rng(seed);
    auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
    auto addRing = [&](double cx, double cy, double radius, int n, double roughness) {
        OGRLinearRing ring = frontline::test::wobblyRing(rng, cx, cy, radius, n, roughness);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("name", "shape");
        f.SetGeometry(&polygon);
        QCOMPARE(layer->CreateFeature(&f), OGRERR_NONE);
        m_vertices += n + 1;
    };
    addRing(36.5, 35.8, 1.4, coastVertices, 0.004);
    addRing(38.9, 34.2, 0.6, coastVertices, 0.004);
    for (int i = 0; i < islands; ++i)
        addRing(uniform(33.5, 39.5), uniform(33.5, 38.0), std::pow(10, uniform(-4.5, -1.5)), 20 + rng.bounded(40), 0.1);
}

void TestLayerCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sources = m_dir.filePath(QStringLiteral("data"));
    m_cache = m_dir.filePath(QStringLiteral("cache/layers"));
    QVERIFY(QDir().mkpath(m_sources));
    LayerCache::setDirectory(m_cache);
    GDALAllRegister();
    m_path = m_sources + QStringLiteral("/shapes.geojson");
    writeGeoJson(m_path, 100000, 3000, 20200305);
    QVERIFY2(m_vertices > 300000, qPrintable(QString::number(m_vertices)));

    QString error;
    auto source = VectorSource::open(m_path, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->readFeatures(0, ReadOptions{}, &m_features, &error));
    QCOMPARE(m_features.size(), 3002);
    // The premise: the file has no spatial index of its own.
    QVERIFY(LayerCache::wanted(*source, 0));
}

void TestLayerCache::cleanupTestCase()
{
    LayerCache::setDirectory({});
}

void TestLayerCache::firstOpenBuildsNextOpenReuses()
{
    const QStringList before = filesIn(m_sources);
    const int builds = LayerCache::buildCount();
    QVector<double> reported;
    IndexOpenOptions options;
    options.progress = [&](double done) {
        reported.append(done);
        return true;
    };
    QString error;
    const auto first = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error, options);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(LayerCache::buildCount(), builds + 1);
    const QString copy = first->cachePath();
    QVERIFY(!copy.isEmpty());
    QVERIFY(copy.startsWith(m_cache + QLatin1Char('/')));
    QVERIFY(QFile::exists(copy));
    QVERIFY(first->hasSpatialIndex());
    QCOMPARE(first->path(), m_path);
    QCOMPARE(first->layerName(), QStringLiteral("shapes"));
    // Progress went from 0 to 1 without going back.
    QVERIFY(reported.size() >= 3);
    QCOMPARE(reported.first(), 0.0);
    QCOMPARE(reported.last(), 1.0);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    // Nothing was written beside the file.
    QCOMPARE(filesIn(m_sources), before);

    // The next open finds the copy: no build, the same file, not rewritten.
    const QDateTime built = QFileInfo(copy).birthTime();
    const qint64 size = QFileInfo(copy).size();
    reported.clear();
    const auto second = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error, options);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(LayerCache::buildCount(), builds + 1);
    QCOMPARE(second->cachePath(), copy);
    QVERIFY(reported.isEmpty());
    QCOMPARE(QFileInfo(copy).size(), size);
    if (built.isValid())
        QCOMPARE(QFileInfo(copy).birthTime(), built);
    QCOMPARE(second->bounds(), first->bounds());
    QCOMPARE(filesIn(m_cache).size(), 1);

    // Asked not to, the index reads the file itself, which has no index.
    IndexOpenOptions direct;
    direct.useCache = false;
    const auto itself = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error, direct);
    QVERIFY2(itself, qPrintable(error));
    QVERIFY(itself->cachePath().isEmpty());
    QVERIFY(!itself->hasSpatialIndex());
}

void TestLayerCache::aChangedFileIsBuiltAgain()
{
    QString error;
    const auto before = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(before, qPrintable(error));
    const QString oldCopy = before->cachePath();
    QVERIFY(!oldCopy.isEmpty());
    const int builds = LayerCache::buildCount();

    // Touched: same content, a new modification time.
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QFileInfo(m_path).lastModified().addSecs(5), QFileDevice::FileModificationTime));
    }
    const auto after = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(LayerCache::buildCount(), builds + 1);
    QVERIFY(!after->cachePath().isEmpty());
    QVERIFY(after->cachePath() != oldCopy);
    // The copy of the file as it was is gone.
    QVERIFY(!QFile::exists(oldCopy));
    QCOMPARE(filesIn(m_cache), QStringList{QFileInfo(after->cachePath()).fileName()});
    // And it is used from now on.
    const auto again = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(LayerCache::buildCount(), builds + 1);
    QCOMPARE(again->cachePath(), after->cachePath());
}

void TestLayerCache::aCancelledBuildLeavesNothing()
{
    const QString other = m_sources + QStringLiteral("/other.geojson");
    writeGeoJson(other, 20000, 4000, 7);
    const QStringList cacheBefore = filesIn(m_cache);
    const int builds = LayerCache::buildCount();
    int calls = 0;
    IndexOpenOptions options;
    options.progress = [&](double done) {
        ++calls;
        return done < 0.5; // cancelled half way
    };
    QString error;
    bool cancelled = false;
    const auto index = FeatureIndex::open(other, 0, DisplayCrs::WebMercator, &error, options, &cancelled);
    QVERIFY(!index);
    QVERIFY(cancelled);
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QVERIFY(calls > 2);
    QCOMPARE(LayerCache::buildCount(), builds);
    // No copy, whole or partial, and no journal.
    QCOMPARE(filesIn(m_cache), cacheBefore);
    QVERIFY(LayerCache::find(other).isEmpty());

    // Opened again without a cancel, it is built.
    const auto opened = FeatureIndex::open(other, 0, DisplayCrs::WebMercator, &error, {}, &cancelled);
    QVERIFY2(opened, qPrintable(error));
    QVERIFY(!cancelled);
    QCOMPARE(LayerCache::buildCount(), builds + 1);
    QCOMPARE(opened->cachePath(), LayerCache::find(other));
    QVERIFY(QFile::remove(opened->cachePath()));
}

// A caller of loadUserLayers (the window's background load) shows progress and cancels through a scope.
void TestLayerCache::aCancelFromTheLoadersCaller()
{
    const QString other = m_sources + QStringLiteral("/third.geojson");
    writeGeoJson(other, 20000, 4000, 11);
    const QStringList cacheBefore = filesIn(m_cache);
    int calls = 0;
    QString error;
    {
        const LayerCache::ProgressScope scope([&](double) { return ++calls < 3; });
        const auto layers = loadUserLayers(other, DisplayCrs::WebMercator, &error, UserLayerLoading::Indexed);
        QVERIFY(layers.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    }
    QCOMPARE(calls, 3);
    QCOMPARE(filesIn(m_cache), cacheBefore);
    // Out of the scope, nothing reports to it.
    const auto layers = loadUserLayers(other, DisplayCrs::WebMercator, &error, UserLayerLoading::Indexed);
    QCOMPARE(layers.size(), 1);
    QVERIFY(layers.first()->index);
    QVERIFY(!layers.first()->index->cachePath().isEmpty());
    QCOMPARE(calls, 3);
    QVERIFY(QFile::remove(layers.first()->index->cachePath()));
}

// Once the copy exists, opening the file reads the copy (not the whole GeoJSON again): the same layer, fields,
// features, ids, attributes and vertices.
void TestLayerCache::theFileIsReadFromItsCopyAsItIs()
{
    QString error;
    QVERIFY2(FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error), qPrintable(error));
    const QString copy = LayerCache::find(m_path);
    QVERIFY(!copy.isEmpty());
    auto source = VectorSource::open(m_path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->copyPath(), copy);
    QCOMPARE(source->path(), m_path);
    QCOMPARE(source->driverName(), QStringLiteral("GeoJSON"));
    auto file = VectorSource::open(m_path, &error, {}, SourceKind::Layer, /*readCopy=*/false);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(file->copyPath().isEmpty());
    QCOMPARE(source->layerCount(), file->layerCount());
    const LayerInfo a = source->layerInfo(0), b = file->layerInfo(0);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.featureCount, b.featureCount);
    QCOMPARE(a.crs, b.crs);
    QCOMPARE(a.fields.size(), b.fields.size());
    for (int i = 0; i < a.fields.size(); ++i) {
        QCOMPARE(a.fields[i].name, b.fields[i].name);
        QCOMPARE(a.fields[i].type, b.fields[i].type);
    }
    QCOMPARE(source->countFeatures(0, QStringLiteral("name = 'shape'")), qint64(m_features.size()));
    QVector<Feature> features;
    QVERIFY2(source->readFeatures(0, ReadOptions{}, &features, &error), qPrintable(error));
    QCOMPARE(features.size(), m_features.size());
    for (int i = 0; i < features.size(); ++i) {
        QCOMPARE(features[i].fid, m_features[i].fid);
        QCOMPARE(features[i].attributes, m_features[i].attributes);
        QCOMPARE(features[i].geometry.kind, m_features[i].geometry.kind);
        QVERIFY(features[i].geometry.parts == m_features[i].geometry.parts);
    }
}

void TestLayerCache::indexFindsWhatAScanOfTheFileFinds_data()
{
    QTest::addColumn<QRectF>("rect");
    QTest::addRow("a valley") << QRectF(QPointF(36.4, 35.7), QPointF(36.6, 35.9));
    QTest::addRow("a district") << QRectF(QPointF(35.9, 35.1), QPointF(37.1, 36.2));
    QTest::addRow("the second coast") << QRectF(QPointF(38.5, 33.9), QPointF(39.0, 34.4));
    QTest::addRow("a sliver") << QRectF(QPointF(34.0, 33.5), QPointF(34.0001, 38.0));
    QTest::addRow("everything") << QRectF(QPointF(30, 30), QPointF(42, 40));
    QTest::addRow("nowhere") << QRectF(QPointF(10, 10), QPointF(11, 11));
}

void TestLayerCache::indexFindsWhatAScanOfTheFileFinds()
{
    QFETCH(QRectF, rect);
    QString error;
    const auto index = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(index, qPrintable(error));
    QVERIFY(!index->cachePath().isEmpty());
    // Every feature of the file whose box meets RECT (closed boxes: touching counts), read whole from the file.
    QVector<qint64> scanned;
    for (const Feature& f : m_features) {
        const QRectF b = f.geometry.bounds();
        if (b.left() <= rect.right() && rect.left() <= b.right() && b.top() <= rect.bottom() &&
            rect.top() <= b.bottom())
            scanned.append(f.fid);
    }
    QCOMPARE(index->indexedFeatureIds(rect), scanned);
    if (QTest::currentDataTag() == QByteArray("nowhere"))
        QVERIFY(scanned.isEmpty());
    if (QTest::currentDataTag() == QByteArray("a district"))
        QVERIFY(scanned.size() > 10 && scanned.size() < m_features.size());
}

QImage TestLayerCache::draw(const FeatureIndex& index, const Viewport& vp)
{
    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(0x00, 0x80, 0x80), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    paintIndexedLayer(painter, index, vp, pen, QColor(0x00, 0x80, 0x80, 60));
    return image;
}

void TestLayerCache::samePictureFromTheFileAndTheCopy_data()
{
    QTest::addColumn<QPointF>("center"); // lon/lat
    QTest::addColumn<double>("unitsPerPixel");
    QTest::addRow("everything") << QPointF(36.5, 35.8) << 700.0;
    QTest::addRow("a region") << QPointF(36.9, 35.5) << 150.0;
    QTest::addRow("on a coast") << m_features[0].geometry.parts[0][30000] << 25.0;
    QTest::addRow("close on a coast") << m_features[1].geometry.parts[0][70001] << 4.0;
    QTest::addRow("close on islands") << m_features[2000].geometry.parts[0][0] << 3.0;
}

// Tolerance: at most 0.05% of the pixels differ by more than 64 levels. The same features are read, simplified and
// cut alike; what may differ is a feature right at a pixel across, which the copy's R-tree (whose boxes are rounded
// outwards to single precision) may draw as a dot where the file's own box draws it as a ring, or the reverse.
void TestLayerCache::samePictureFromTheFileAndTheCopy()
{
    QFETCH(QPointF, center);
    QFETCH(double, unitsPerPixel);
    QString error;
    const auto copy = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(!copy->cachePath().isEmpty());
    IndexOpenOptions direct;
    direct.useCache = false;
    const auto file = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error, direct);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(file->cachePath().isEmpty());

    const Projector projector(DisplayCrs::WebMercator);
    const Viewport vp(projector.forward(center), unitsPerPixel, QSize(640, 400));
    const QImage want = draw(*file, vp);
    const QImage got = draw(*copy, vp);
    QImage blank(want.size(), QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    QVERIFY2(differingPixels(want, blank, 16) > 500, "the frame shows little of the layer");
    const int differing = differingPixels(want, got, 64);
    const int allowed = want.width() * want.height() / 2000;
    qInfo("%d of %d pixels differ by more than 64 levels", differing, want.width() * want.height());
    if (differing > allowed) {
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        want.save(QDir::temp().filePath(QStringLiteral("layer-cache-want-%1.png").arg(tag)));
        got.save(QDir::temp().filePath(QStringLiteral("layer-cache-got-%1.png").arg(tag)));
    }
    QVERIFY2(differing <= allowed,
             qPrintable(QStringLiteral("%1 pixels differ (at most %2)").arg(differing).arg(allowed)));
}

void TestLayerCache::aShapefileWithItsOwnIndexIsNotCopied()
{
    // The same polygons as shapefiles, one with a .qix (the shapefile's own index), one without.
    QString error;
    auto source = VectorSource::open(m_path, &error);
    QVERIFY2(source, qPrintable(error));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    QVERIFY(driver);
    for (const char* index : {"YES", "NO"}) {
        const QString path = m_sources + QStringLiteral("/index_%1.shp").arg(QLatin1String(index));
        GDALDatasetUniquePtr out(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(out);
        const char* options[] = {nullptr, nullptr};
        const QByteArray option = QByteArray("SPATIAL_INDEX=") + index;
        options[0] = option.constData();
        QVERIFY(out->CopyLayer(source->dataset()->GetLayer(0), "shapes", const_cast<char**>(options)));
    }
    QVERIFY(QFile::exists(m_sources + QStringLiteral("/index_YES.qix")));
    QVERIFY(!QFile::exists(m_sources + QStringLiteral("/index_NO.qix")));
    const QStringList folder = filesIn(m_sources);

    const int builds = LayerCache::buildCount();
    const auto indexed =
        FeatureIndex::open(m_sources + QStringLiteral("/index_YES.shp"), 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(indexed, qPrintable(error));
    QVERIFY(indexed->hasSpatialIndex());
    QVERIFY(indexed->cachePath().isEmpty());
    QCOMPARE(LayerCache::buildCount(), builds);

    const auto plain =
        FeatureIndex::open(m_sources + QStringLiteral("/index_NO.shp"), 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY(!plain->cachePath().isEmpty());
    QCOMPARE(LayerCache::buildCount(), builds + 1);
    // The shapefile's ids start at 0, as the GeoJSON's: read through the copy, they are the same features.
    const QRectF rect(QPointF(35.9, 35.1), QPointF(37.1, 36.2));
    QCOMPARE(plain->indexedFeatureIds(rect), indexed->indexedFeatureIds(rect));
    QCOMPARE(filesIn(m_sources), folder);
    QVERIFY(QFile::remove(plain->cachePath()));
}

void TestLayerCache::theOldestCopiesGoPastTheBound()
{
    QString error;
    const auto first = FeatureIndex::open(m_path, 0, DisplayCrs::WebMercator, &error);
    QVERIFY2(first, qPrintable(error));
    const QString older = first->cachePath();
    QVERIFY(QFile::exists(older));
    // Room for one copy: the next one built pushes the older out, never itself.
    const qint64 bound = LayerCache::sizeBound();
    LayerCache::setSizeBound(QFileInfo(older).size() + 1024);
    const QString other = m_sources + QStringLiteral("/fourth.geojson");
    writeGeoJson(other, 60000, 100, 13);
    const auto second = FeatureIndex::open(other, 0, DisplayCrs::WebMercator, &error);
    LayerCache::setSizeBound(bound);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(QFile::exists(second->cachePath()));
    QVERIFY(!QFile::exists(older));
    QCOMPARE(filesIn(m_cache), QStringList{QFileInfo(second->cachePath()).fileName()});
}

QTEST_MAIN(TestLayerCache)
#include "test_layer_cache.moc"
