// VectorSource opens files on this computer only, with the drivers its caller expects, and GDAL stays off the
// network once Frontline has opened anything: a listener on loopback counts the connections, which stay zero.
#include "geo/data/vector_source.h"

#include "loopback_listener.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_spatialref.h>

using namespace geo;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kPoint = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": "
                          "{\"name\": \"Saraqib\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [36.8, "
                          "35.82]}}]}";

QByteArray vrt(const QString& layer, const QString& source, const QString& more = QString())
{
    return QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"%1\"><SrcDataSource relativeToVRT=\"1\">%2"
                          "</SrcDataSource>%3</OGRVRTLayer></OGRVRTDataSource>\n")
        .arg(layer, source, more)
        .toUtf8();
}

} // namespace

class TestOfflineSources : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void refusesAFileThatAsksForTheNetwork();
    void gdalItselfStaysOffTheNetwork();
    void articleIsGeoJsonOnly();
    void vrtWithItsSourcesBesideItOpens();
    void vrtReachingFurtherIsRefused_data();
    void vrtReachingFurtherIsRefused();

private:
    int takeConnections() { return m_listener.takeConnections(); }
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_listener.port()).arg(path);
    }

    frontline::test::LoopbackListener m_listener;
    QTemporaryDir m_dir;
};

void TestOfflineSources::initTestCase()
{
    // Were GDAL to connect, it would wait for an answer that never comes (this thread is the one not answering).
    qputenv("GDAL_HTTP_TIMEOUT", "2");
    QVERIFY2(m_listener.listen(), qPrintable(m_listener.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath("x.geojson"), kPoint));
}

void TestOfflineSources::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("path"); // PORT stands for the listener's port
    QTest::newRow("/vsicurl/") << "/vsicurl/http://127.0.0.1:PORT/x.gpkg";
    QTest::newRow("/vsicurl? options") << "/vsicurl?url=http://127.0.0.1:PORT/x.gpkg";
    QTest::newRow("zip on /vsicurl/") << "/vsizip//vsicurl/http://127.0.0.1:PORT/x.zip/x.shp";
    QTest::newRow("url") << "http://127.0.0.1:PORT/x.geojson";
    QTest::newRow("WFS connection") << "WFS:http://127.0.0.1:PORT/";
    QTest::newRow("GeoJSON prefix") << "GeoJSON:http://127.0.0.1:PORT/x.geojson";
    QTest::newRow("PostgreSQL") << "PG:host=127.0.0.1 port=PORT dbname=x";
}

void TestOfflineSources::refusesWhatIsNotAFile()
{
    QFETCH(QString, path);
    path.replace(QStringLiteral("PORT"), QString::number(m_listener.port()));
    QString error;
    const auto source = VectorSource::open(path, &error);
    QCOMPARE(takeConnections(), 0);
    QVERIFY(!source);
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("is not a file; Frontline opens files on this computer only")),
             qPrintable(error));
}

void TestOfflineSources::refusesAFileThatAsksForTheNetwork()
{
    const QString path = m_dir.filePath("crs-link.geojson");
    QVERIFY(writeFile(path, "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"link\", \"properties\": "
                            "{\"href\": \"" +
                                url(QStringLiteral("crs")).toUtf8() + "\", \"type\": \"proj4\"}}, \"features\": []}"));
    QString error;
    const auto source = VectorSource::open(path, &error);
    QCOMPARE(takeConnections(), 0);
    QVERIFY(!source);
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(url(QStringLiteral("crs"))), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not use the network")), qPrintable(error));
}

void TestOfflineSources::gdalItselfStaysOffTheNetwork()
{
    // Once Frontline has opened a file, GDAL is off the network for the whole process, whoever calls it.
    QString error;
    QVERIFY2(VectorSource::open(m_dir.filePath("x.geojson"), &error), qPrintable(error));

    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // the refusals are GDAL errors: not for the terminal
    const QByteArray remote = url(QStringLiteral("x.gpkg")).toUtf8();
    VSIStatBufL stat;
    QVERIFY(VSIStatL(("/vsicurl/" + remote).constData(), &stat) != 0);
    QCOMPARE(takeConnections(), 0);
    QVERIFY(!GDALOpenEx(("/vsicurl/" + remote).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    QCOMPARE(takeConnections(), 0);
    QVERIFY(!GDALOpenEx(("WFS:" + url(QString())).toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    QCOMPARE(takeConnections(), 0);
    CPLHTTPResult* result = CPLHTTPFetch(remote.constData(), nullptr);
    QVERIFY(result && (result->nStatus != 0 || result->pszErrBuf));
    CPLHTTPDestroyResult(result);
    QCOMPARE(takeConnections(), 0);
    OGRSpatialReference srs;
    QVERIFY(srs.importFromUrl(url(QStringLiteral("crs")).toUtf8().constData()) != OGRERR_NONE);
    QCOMPARE(takeConnections(), 0);
}

void TestOfflineSources::articleIsGeoJsonOnly()
{
    // A GeoPackage named like an article: a layer, not an article.
    const QString path = m_dir.filePath("renamed.geojson");
    {
        CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // GDAL warns about the extension
        GDALDriverH gpkg = GDALGetDriverByName("GPKG");
        QVERIFY(gpkg);
        GDALDatasetH ds = GDALCreate(gpkg, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        QVERIFY(ds);
        QVERIFY(GDALDatasetCreateLayer(ds, "towns", nullptr, wkbPoint, nullptr));
        GDALClose(ds);
    }
    QString error;
    const auto layer = VectorSource::open(path, &error, {}, SourceKind::Layer);
    QVERIFY2(layer, qPrintable(error));
    QCOMPARE(layer->driverName(), QStringLiteral("GPKG"));

    const auto article = VectorSource::open(path, &error, {}, SourceKind::Article);
    QVERIFY(!article);
    QVERIFY2(error.startsWith(path + QStringLiteral(": not a GeoJSON file")), qPrintable(error));
}

void TestOfflineSources::vrtWithItsSourcesBesideItOpens()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("good/data"));
    QVERIFY(writeFile(m_dir.filePath("good/data/towns.geojson"), kPoint));
    QVERIFY(writeFile(m_dir.filePath("good/towns.vrt"),
                      vrt(QStringLiteral("towns"), QStringLiteral("data/towns.geojson"))));
    QString error;
    const auto source = VectorSource::open(m_dir.filePath("good/towns.vrt"), &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->driverName(), QStringLiteral("OGR_VRT"));
    QVector<Feature> features;
    QVERIFY2(source->readFeatures(0, {}, &features, &error), qPrintable(error));
    QCOMPARE(features.size(), 1);
    QCOMPARE(features.first().attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Saraqib"));
}

void TestOfflineSources::vrtReachingFurtherIsRefused_data()
{
    QTest::addColumn<QByteArray>("vrt");
    QTest::addColumn<QString>("message");
    QTest::newRow("/vsicurl/") << vrt("x", "/vsicurl/http://127.0.0.1:PORT/x.geojson") << "which is not a file";
    QTest::newRow("url") << vrt("x", "http://127.0.0.1:PORT/x.geojson") << "which is not a file";
    QTest::newRow("WFS") << vrt("x", "WFS:http://127.0.0.1:PORT/") << "which is not a file";
    QTest::newRow("up a folder") << vrt("x", "../x.geojson") << "outside its folder";
    QTest::newRow("absolute elsewhere") << vrt("x", "/etc/passwd") << "outside its folder";
    QTest::newRow("a folder") << vrt("x", ".") << "not a file beside it";
    QTest::newRow("another vrt") << vrt("x", "inner.vrt") << "a VRT may not name another VRT";
    QTest::newRow("SQL") << vrt("x", "towns.geojson", "<SrcSQL>SELECT * FROM towns</SrcSQL>") << "SrcSQL";
    QTest::newRow("nested in a union")
        << QByteArray("<OGRVRTDataSource><OGRVRTUnionLayer name=\"u\"><OGRVRTLayer name=\"a\"><SrcDataSource "
                      "relativeToVRT=\"1\">towns.geojson</SrcDataSource></OGRVRTLayer><OGRVRTLayer name=\"b\">"
                      "<SrcDataSource>/vsicurl/http://127.0.0.1:PORT/x.geojson</SrcDataSource></OGRVRTLayer>"
                      "</OGRVRTUnionLayer></OGRVRTDataSource>\n")
        << "which is not a file";
}

void TestOfflineSources::vrtReachingFurtherIsRefused()
{
    QFETCH(QByteArray, vrt);
    QFETCH(QString, message);
    vrt.replace("PORT", QByteArray::number(m_listener.port()));
    QDir(m_dir.path()).mkpath(QStringLiteral("bad"));
    QVERIFY(writeFile(m_dir.filePath("bad/towns.geojson"), kPoint));
    QVERIFY(
        writeFile(m_dir.filePath("bad/inner.vrt"), ::vrt(QStringLiteral("towns"), QStringLiteral("towns.geojson"))));
    const QString path = m_dir.filePath("bad/layer.vrt");
    QVERIFY(writeFile(path, vrt));
    QString error;
    const auto source = VectorSource::open(path, &error);
    QCOMPARE(takeConnections(), 0);
    QVERIFY(!source);
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOfflineSources)
#include "test_offline_sources.moc"
