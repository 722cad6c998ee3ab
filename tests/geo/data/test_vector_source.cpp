// The bundled layers open through GDAL with their expected feature counts and fields; broken input fails cleanly.
#include "geo/data/vector_source.h"

#include <QFile>
#include <QtEndian>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

namespace {

// A one-feature GeoJSON file in DIR with GEOMETRY (and the legacy "crs" member when CRS is set).
QString writeGeoJson(const QString& dir, const QByteArray& geometry, const QByteArray& crs = {})
{
    const QString path = dir + "/one.geojson";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray crsMember =
        crs.isEmpty() ? QByteArray() : R"("crs":{"type":"name","properties":{"name":")" + crs + R"("}},)";
    f.write(R"({"type":"FeatureCollection",)" + crsMember +
            R"("features":[{"type":"Feature","properties":{},"geometry":)" + geometry + "}]}");
    return path;
}

// Writes BYTES to NAME in DIR and gives its path (empty if it could not be written).
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestVectorSource : public QObject {
    Q_OBJECT
private slots:
    void bundledLayers_data();
    void bundledLayers();
    void readsFeaturesInLonLat();
    void simplifiedCopyHasFewerVertices();
    void reprojectsOtherCrsToLonLat();
    void badInput_data();
    void badInput();
    void attributeFilter();
    void coordinatesFarOutsideAreRefused_data();
    void coordinatesFarOutsideAreRefused();
    void wkbKeepsThePolygons_data();
    void wkbKeepsThePolygons();
};

void TestVectorSource::bundledLayers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("governorates") << ":/geodata/boundaries/syr_adm1_ocha.geojson" << qint64(14)
                                  << int(GeometryKind::Polygon) << QStringList{"ADM1_EN", "ADM1_AR", "ADM1_PCODE"};
    QTest::newRow("districts") << ":/geodata/boundaries/syr_adm2_ocha_nw.geojson" << qint64(28)
                               << int(GeometryKind::Polygon) << QStringList{"ADM2_EN", "ADM2_AR", "ADM1_EN"};
    QTest::newRow("syria") << ":/geodata/boundaries/syr_adm0_ocha.geojson" << qint64(1) << int(GeometryKind::Polygon)
                           << QStringList{"ADM0_EN"};
    QTest::newRow("countries") << ":/geodata/boundaries/dcw_countries_nw.geojson" << qint64(2)
                               << int(GeometryKind::Polygon) << QStringList{"name", "iso2"};
    QTest::newRow("border") << ":/geodata/boundaries/gshhg_national_borders_nw.geojson" << qint64(6)
                            << int(GeometryKind::Line) << QStringList{"kind", "level"};
    QTest::newRow("rivers") << ":/geodata/boundaries/gshhg_rivers_nw.geojson" << qint64(25) << int(GeometryKind::Line)
                            << QStringList{"kind", "level"};
    QTest::newRow("shoreline") << ":/geodata/boundaries/gshhg_shoreline_nw.geojson" << qint64(18)
                               << int(GeometryKind::Line) << QStringList{"level"};
    QTest::newRow("key towns") << ":/geodata/places/key_towns.geojson" << qint64(31) << int(GeometryKind::Point)
                               << QStringList{"key", "name_en", "name_fr", "name_ar", "variants"};
    QTest::newRow("osm places") << ":/geodata/places/places_osm_hot_nw.geojson" << qint64(1084)
                                << int(GeometryKind::Point) << QStringList{"osm_id", "name", "name_en", "place"};
    QTest::newRow("geonames") << ":/geodata/places/places_geonames_nw.geojson" << qint64(181)
                              << int(GeometryKind::Point) << QStringList{"name", "population"};
    QTest::newRow("posts located") << ":/geodata/observation_posts/turkish_posts_idlib_located.geojson" << qint64(15)
                                   << int(GeometryKind::Point)
                                   << QStringList{"sohr_no", "name", "established", "geometry_quality"};
    QTest::newRow("posts all") << ":/geodata/observation_posts/turkish_posts_idlib.csv" << qint64(32)
                               << int(GeometryKind::None) << QStringList{"sohr_no", "name", "lon", "lat"};
    QTest::newRow("highway towns") << ":/geodata/roads/highway_towns_order.csv" << qint64(14) << int(GeometryKind::None)
                                   << QStringList{"highway", "seq", "place_key"};
}

void TestVectorSource::bundledLayers()
{
    QFETCH(QString, path);
    QFETCH(qint64, count);
    QFETCH(int, kind);
    QFETCH(QStringList, fields);
    QString error;
    auto source = VectorSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->layerCount(), 1);
    const LayerInfo info = source->layerInfo(0);
    QCOMPARE(info.featureCount, count);
    QCOMPARE(int(info.kind), kind);
    QStringList names;
    for (const FieldInfo& f : info.fields)
        names << f.name;
    for (const QString& f : fields)
        QVERIFY2(names.contains(f), qPrintable(f + " missing from " + names.join(',')));
    QVector<Feature> features;
    QVERIFY2(source->readFeatures(0, {}, &features, &error), qPrintable(error));
    QCOMPARE(features.size(), count);
}

void TestVectorSource::readsFeaturesInLonLat()
{
    QString error;
    auto source = VectorSource::open(":/geodata/places/key_towns.geojson", &error);
    QVERIFY(source);
    QVector<Feature> features;
    QVERIFY(source->readFeatures(0, {}, &features, &error));
    const auto it = std::find_if(features.cbegin(), features.cend(),
                                 [](const Feature& f) { return f.attributes.value("key") == "saraqib"; });
    QVERIFY(it != features.cend());
    QCOMPARE(int(it->geometry.kind), int(GeometryKind::Point));
    const QPointF p = it->geometry.parts.at(0).at(0);
    QCOMPARE(p.x(), 36.80591); // longitude first
    QCOMPARE(p.y(), 35.86447);
    QCOMPARE(it->attributes.value("name_fr").toString(), QString("Saraqeb"));
    QCOMPARE(it->attributes.value("name_ar").toString(), QString::fromUtf8("سراقب"));
}

void TestVectorSource::simplifiedCopyHasFewerVertices()
{
    QString error;
    auto source = VectorSource::open(":/geodata/boundaries/syr_adm1_ocha.geojson", &error);
    QVERIFY(source);
    ReadOptions options;
    options.simplifyTolerance = 0.01;
    QVector<Feature> features;
    QVERIFY(source->readFeatures(0, options, &features, &error));
    int full = 0, simple = 0;
    for (const Feature& f : features) {
        full += f.geometry.vertexCount();
        simple += f.simplified.vertexCount();
        QVERIFY(f.simplified.vertexCount() > 0);
    }
    QVERIFY2(simple * 4 < full, qPrintable(QString("%1 vs %2").arg(simple).arg(full)));
}

void TestVectorSource::reprojectsOtherCrsToLonLat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("utm.geojson");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Saraqeb in UTM 37N (from PROJ's cs2cs), declared through the legacy "crs" member.
    f.write(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32637"}},
               "features":[{"type":"Feature","properties":{"n":1},
               "geometry":{"type":"Point","coordinates":[301898.77,3971139.24]}}]})");
    f.close();
    QString error;
    auto source = VectorSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->layerInfo(0).crs, QString("EPSG:32637"));
    QVector<Feature> features;
    QVERIFY2(source->readFeatures(0, {}, &features, &error), qPrintable(error));
    const QPointF p = features.at(0).geometry.parts.at(0).at(0);
    QVERIFY2(std::abs(p.x() - 36.80591) < 1e-4 && std::abs(p.y() - 35.86447) < 1e-4,
             qPrintable(QString("%1 %2").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6)));
}

void TestVectorSource::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ this is not json") << "not a vector dataset";
    QTest::newRow("png bytes") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not a vector dataset";
    QTest::newRow("empty") << QByteArray() << "not a vector dataset";
}

void TestVectorSource::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "broken.geojson", content);
    QVERIFY(!path.isEmpty());
    QString error;
    auto source = VectorSource::open(path, &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestVectorSource::attributeFilter()
{
    QString error;
    auto source = VectorSource::open(":/geodata/roads/highway_towns_order.csv", &error);
    QVERIFY(source);
    ReadOptions options;
    options.attributeFilter = "highway = 'M4'";
    QVector<Feature> features;
    QVERIFY2(source->readFeatures(0, options, &features, &error), qPrintable(error));
    QCOMPARE(features.size(), 6);
    options.attributeFilter = "highway = = 'M4'";
    QVERIFY(!source->readFeatures(0, options, &features, &error));
    QVERIFY2(error.contains("invalid filter"), qPrintable(error));
    QCOMPARE(features.size(), 6); // untouched on failure
}

void TestVectorSource::coordinatesFarOutsideAreRefused_data()
{
    QTest::addColumn<QByteArray>("wkt");
    QTest::addColumn<bool>("refused");
    // Both made GEOS's topology-preserving simplifier loop for ever (found by the layer-opener fuzzer).
    QTest::newRow("infinite") << QByteArray("CIRCULARSTRING (0 0,1 11e308,2 0)") << true;
    QTest::newRow("near the largest double") << QByteArray("LINESTRING (0 0,1 1e308,2 0)") << true;
    QTest::newRow("longitude past 180") << QByteArray("LINESTRING (179 35,190 36,200 35)") << false;
}

void TestVectorSource::coordinatesFarOutsideAreRefused()
{
    QFETCH(QByteArray, wkt);
    QFETCH(bool, refused);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "far.csv", "WKT,name\n\"" + wkt + "\",far\n");
    QVERIFY(!path.isEmpty());
    QString error;
    auto source = VectorSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    ReadOptions options;
    options.simplifyTolerance = 0.001;
    QVector<Feature> features;
    const bool read = source->readFeatures(0, options, &features, &error);
    QCOMPARE(read, !refused);
    if (refused) {
        QVERIFY2(error.contains(path) && error.contains("feature 1") && error.contains("far outside the Earth"),
                 qPrintable(error));
        QVERIFY(features.isEmpty());
    } else {
        QCOMPARE(features.size(), 1);
    }
}

void TestVectorSource::wkbKeepsThePolygons_data()
{
    QTest::addColumn<QByteArray>("geometry");
    QTest::addColumn<QByteArray>("crs");
    QTest::addColumn<bool>("keepWkb");
    QTest::addColumn<quint32>("wkbType"); // ISO WKB type, 0: no WKB
    QTest::addColumn<quint32>("count");   // rings of a polygon, polygons of a multipolygon
    QTest::newRow("polygon with a hole: two rings of one polygon")
        << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[[[36,35],[37,35],[37,36],[36,36],[36,35]],"
                      "[[36.2,35.2],[36.2,35.8],[36.8,35.8],[36.8,35.2],[36.2,35.2]]]}")
        << QByteArray() << true << quint32(3) << quint32(2);
    QTest::newRow("multipolygon: two polygons")
        << QByteArray("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[36,35],[36.4,35],[36.4,35.4],[36,35]]],"
                      "[[[37,35],[37.4,35],[37.4,35.4],[37,35]]]]}")
        << QByteArray() << true << quint32(6) << quint32(2);
    QTest::newRow("UTM polygon: WKB in lon/lat")
        << QByteArray("{\"type\":\"Polygon\",\"coordinates\":[[[301000,3971000],[302000,3971000],"
                      "[302000,3972000],[301000,3971000]]]}")
        << QByteArray("EPSG:32637") << true << quint32(3) << quint32(1);
    QTest::newRow("not asked: no WKB") << QByteArray("{\"type\":\"Point\",\"coordinates\":[36.8,35.8]}") << QByteArray()
                                       << false << quint32(0) << quint32(0);
}

void TestVectorSource::wkbKeepsThePolygons()
{
    QFETCH(QByteArray, geometry);
    QFETCH(QByteArray, crs);
    QFETCH(bool, keepWkb);
    QFETCH(quint32, wkbType);
    QFETCH(quint32, count);
    QTemporaryDir dir;
    QString error;
    auto source = VectorSource::open(writeGeoJson(dir.path(), geometry, crs), &error);
    QVERIFY2(source, qPrintable(error));
    ReadOptions options;
    options.keepWkb = keepWkb;
    QVector<Feature> features;
    QVERIFY2(source->readFeatures(0, options, &features, &error), qPrintable(error));
    QCOMPARE(features.size(), 1);
    const QByteArray wkb = features.first().wkb;
    if (wkbType == 0) {
        QVERIFY(wkb.isEmpty());
        return;
    }
    QVERIFY(wkb.size() >= 9);
    const auto* bytes = reinterpret_cast<const uchar*>(wkb.constData());
    QCOMPARE(int(bytes[0]), 1); // little-endian
    QCOMPARE(qFromLittleEndian<quint32>(bytes + 1), wkbType);
    QCOMPARE(qFromLittleEndian<quint32>(bytes + 5), count);
    if (wkbType == 3) {
        // The first vertex of the first ring, as the lon/lat geometry has it.
        QVERIFY(wkb.size() >= 29);
        const QPointF first(qFromLittleEndian<double>(bytes + 13), qFromLittleEndian<double>(bytes + 21));
        QCOMPARE(first, features.first().geometry.parts.at(0).at(0));
        QVERIFY2(first.x() > 35 && first.x() < 38 && first.y() > 34 && first.y() < 37,
                 qPrintable(QString("%1 %2").arg(first.x()).arg(first.y())));
    }
}

QTEST_GUILESS_MAIN(TestVectorSource)
#include "test_vector_source.moc"
