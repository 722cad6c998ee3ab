// Hostile files through the command line, run as a user runs it: every file below asks GDAL for a server on this
// machine's loopback, where a listener counts the connections. Frontline opens files on this computer only, so the
// count stays zero and each file is refused with a message naming it (or, when what it asks for is optional, opened
// without it).
#include "cli_runner.h"

#include "loopback_listener.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using frontline::test::CliRun;

namespace {

const QString kSeed = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/afp-2020-02-08-saraqeb.geojson");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A GeoJSON "crs" member of the old (2008) specification that names a URL: GDAL fetches it to learn the CRS.
QJsonObject crsLink(const QString& url)
{
    return QJsonObject{{"type", "link"}, {"properties", QJsonObject{{"href", url}, {"type", "proj4"}}}};
}

// A WFS answer saved to a file; %1 is its schema, a URL.
const char kRemoteSchemaGml[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:gml=\"http://www.opengis.net/gml\"\n"
    "    xmlns:ns=\"http://example.com/ns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://example.com/ns %1\">\n"
    "  <gml:featureMember><ns:town><ns:name>Saraqib</ns:name><ns:geom><gml:Point srsName=\"EPSG:4326\">\n"
    "    <gml:coordinates>36.8,35.82</gml:coordinates></gml:Point></ns:geom></ns:town></gml:featureMember>\n"
    "</wfs:FeatureCollection>\n";

} // namespace

class TestCliOffline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void articleWithACrsLink_data();
    void articleWithACrsLink();
    void hostileLayer_data();
    void hostileLayer();
    void layerInsideItsFolderStillOpens();

private:
    // Connections that reached the listener since the last call (accepted by the kernel, read or not).
    int takeConnections() { return m_listener.takeConnections(); }
    QString url(const QString& path) const;

    frontline::test::LoopbackListener m_listener;
    QTemporaryDir m_dir;
    QTemporaryDir m_dataHome;
    frontline::test::CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dataHome.path()};
};

QString TestCliOffline::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_listener.port()).arg(path);
}

void TestCliOffline::initTestCase()
{
    QVERIFY2(m_listener.listen(), qPrintable(m_listener.errorString()));
    QVERIFY(m_dir.isValid());
    // Were GDAL to connect, it would wait for an answer that never comes: a short timeout keeps a failing run short.
    m_cli.setEnvironment(QStringLiteral("GDAL_HTTP_TIMEOUT"), QStringLiteral("3"));
    m_cli.setTimeoutMs(60000);

    // A real article with one member more at the top, before "features": a "crs" link. The text is edited, not
    // rewritten, so that the members keep their order ("type" and "frontline" first).
    QFile seed(kSeed);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray article = seed.readAll();
    const qsizetype features = article.indexOf("\n \"features\": [");
    QVERIFY(features > 0);
    article.insert(
        features + 1,
        " \"crs\": " + QJsonDocument(crsLink(url(QStringLiteral("article-crs")))).toJson(QJsonDocument::Compact) +
            ",\n");
    QVERIFY(QJsonDocument::fromJson(article).isObject());
    QVERIFY(writeFile(m_dir.filePath("article.geojson"), article));

    // The layers. A plain GeoJSON layer and a CSV beside the folder, for the VRTs to point at.
    const QByteArray point = "{\"type\": \"Feature\", \"properties\": {\"name\": \"Saraqib\"}, "
                             "\"geometry\": {\"type\": \"Point\", \"coordinates\": [36.8, 35.82]}}";
    const QByteArray linked = "{\"type\": \"FeatureCollection\", \"crs\": " +
                              QJsonDocument(crsLink(url(QStringLiteral("layer-crs")))).toJson(QJsonDocument::Compact) +
                              ", \"features\": [" + point + "]}";
    QVERIFY(writeFile(m_dir.filePath("layer-crs.geojson"), linked));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("inside")));
    const QByteArray plain = "{\"type\": \"FeatureCollection\", \"features\": [" + point + "]}";
    QVERIFY(writeFile(m_dir.filePath("inside/x.geojson"), plain));
    QVERIFY(writeFile(m_dir.filePath("beside.csv"), "name,x,y\nSaraqib,36.8,35.82\n"));

    auto vrt = [](const QString& source, bool relative) {
        return QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource%1>%2</SrcDataSource>"
                              "</OGRVRTLayer></OGRVRTDataSource>\n")
            .arg(relative ? QStringLiteral(" relativeToVRT=\"1\"") : QString(), source)
            .toUtf8();
    };
    QVERIFY(writeFile(m_dir.filePath("inside/vsicurl.vrt"),
                      vrt(QStringLiteral("/vsicurl/") + url(QStringLiteral("x.geojson")), false)));
    QVERIFY(writeFile(m_dir.filePath("inside/wfs.vrt"), vrt(QStringLiteral("WFS:") + url(QString()), false)));
    QVERIFY(writeFile(m_dir.filePath("inside/passwd.vrt"), vrt(QStringLiteral("/etc/passwd"), false)));
    QVERIFY(writeFile(m_dir.filePath("inside/parent.vrt"), vrt(QStringLiteral("../beside.csv"), true)));
    QVERIFY(writeFile(m_dir.filePath("inside/good.vrt"), vrt(QStringLiteral("x.geojson"), true)));

    // A GML whose schema is a WFS DescribeFeatureType request: GDAL downloads it unless told not to.
    const QString schema = url(QStringLiteral("wfs?SERVICE=WFS&amp;VERSION=1.0.0&amp;REQUEST=DescribeFeatureType&amp;"
                                              "TYPENAME=ns:town"));
    const QByteArray gml = QString::fromLatin1(kRemoteSchemaGml).arg(schema).toUtf8();
    QVERIFY(writeFile(m_dir.filePath("remote-schema.gml"), gml));

    // A WFS service description: an XML file GDAL's WFS driver opens by asking the server for its capabilities.
    QVERIFY(
        writeFile(m_dir.filePath("service.xml"), QStringLiteral("<OGRWFSDataSource><URL>%1</URL></OGRWFSDataSource>\n")
                                                     .arg(url(QStringLiteral("wfs")))
                                                     .toUtf8()));
    QCOMPARE(takeConnections(), 0);
}

void TestCliOffline::articleWithACrsLink_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("validate") << QStringList{"validate"};
    QTest::newRow("import") << QStringList{"import", "--store", "STORE"};
}

void TestCliOffline::articleWithACrsLink()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("STORE"), m_dir.filePath("s.gpkg"));
    const QString article = m_dir.filePath("article.geojson");
    const CliRun r = m_cli.run(args << article);
    QCOMPARE(takeConnections(), 0);
    // Not "ok": the file is refused before GDAL reads it, at the member's place (the reader refuses "crs" members;
    // test_offline_sources shows GDAL's side refusing the link itself).
    QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err)));
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(article + QStringLiteral(":16:9: a \"crs\" member")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral(": ok")), qPrintable(said));
}

void TestCliOffline::hostileLayer_data()
{
    QTest::addColumn<QString>("file"); // in the temporary folder, or a connection string when it has a ':'
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in stderr; PORT stands for the listener's port

    const QString notAFile = QStringLiteral("Frontline opens files on this computer only");
    QTest::newRow("geojson crs link") << "layer-crs.geojson" << 1 << "http://127.0.0.1:PORT/layer-crs";
    QTest::newRow("vrt to /vsicurl/") << "inside/vsicurl.vrt" << 1 << "/vsicurl/http://127.0.0.1:PORT/x.geojson";
    QTest::newRow("vrt to wfs") << "inside/wfs.vrt" << 1 << "WFS:http://127.0.0.1:PORT/";
    QTest::newRow("vrt to /etc/passwd") << "inside/passwd.vrt" << 1 << "outside its folder";
    QTest::newRow("vrt to ../") << "inside/parent.vrt" << 1 << "outside its folder";
    QTest::newRow("wfs service file") << "service.xml" << 1 << "not a vector dataset";
    QTest::newRow("wfs connection") << "WFS:http://127.0.0.1:PORT/" << 1 << notAFile;
    QTest::newRow("vsicurl path") << "/vsicurl/http://127.0.0.1:PORT/x.gpkg" << 1 << notAFile;
    QTest::newRow("url") << "http://127.0.0.1:PORT/x.geojson" << 1 << notAFile;
    // The schema is optional: the GML opens, its fields read from the data.
    QTest::newRow("gml remote schema") << "remote-schema.gml" << 0 << "";
}

void TestCliOffline::hostileLayer()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString port = QString::number(m_listener.port());
    const QString path =
        file.contains(QLatin1Char(':')) ? QString(file).replace(QStringLiteral("PORT"), port) : m_dir.filePath(file);
    message.replace(QStringLiteral("PORT"), port);

    const CliRun layers = m_cli.run({"layers", path});
    QCOMPARE(takeConnections(), 0);
    QVERIFY2(layers.exitCode == exitCode,
             qPrintable(QStringLiteral("layers: exit %1: %2").arg(layers.exitCode).arg(layers.err)));
    if (exitCode != 0) {
        QVERIFY2(layers.err.contains(path), qPrintable(layers.err));
        QVERIFY2(layers.err.contains(message), qPrintable(layers.err));
    }

    const QString png = m_dir.filePath("x.png");
    QFile::remove(png);
    const CliRun render = m_cli.run({"render", "--layer", path, "--out", png, "--size", "200x150"});
    QCOMPARE(takeConnections(), 0);
    QVERIFY2(render.exitCode == exitCode,
             qPrintable(QStringLiteral("render: exit %1: %2").arg(render.exitCode).arg(render.err)));
    if (exitCode != 0) {
        QVERIFY2(render.err.contains(path), qPrintable(render.err));
        QVERIFY2(render.err.contains(message), qPrintable(render.err));
        QVERIFY(!QFile::exists(png));
    }
}

void TestCliOffline::layerInsideItsFolderStillOpens()
{
    // A VRT whose source is a plain file beside it is what a user makes on purpose: it opens and reads.
    const CliRun r = m_cli.run({"layers", m_dir.filePath("inside/good.vrt")});
    QCOMPARE(takeConnections(), 0);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("x: 1 features, points")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliOffline)
#include "test_cli_offline.moc"
