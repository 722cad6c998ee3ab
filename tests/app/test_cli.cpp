// The command line, run as a user runs it: no display, clear errors, nothing half-written.
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void renderWritesAPng();
    void renderMatchesTheRequestedView();
    void searchFindsSpellings_data();
    void searchFindsSpellings();
    void layersListsBundledData();
    void layersOfAFile();
    void badArguments_data();
    void badArguments();
    void unwritablePathWritesNothing();

private:
    struct Run {
        int exitCode = -1;
        QString out, err;
    };
    static Run run(const QStringList& args);
};

TestCli::Run TestCli::run(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY"); // a server with no display at all
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FRONTLINE_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::renderWritesAPng()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("idleb.png");
    const Run r = run({"render", "--out", out, "--size", "640x400"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QImageReader reader(out);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(640, 400));
    // Not a blank picture: many colours (land, Idleb's fill, water, roads, labels).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 50);
}

void TestCli::renderMatchesTheRequestedView()
{
    QTemporaryDir dir;
    const QString a = dir.filePath("a.png"), b = dir.filePath("b.png");
    QCOMPARE(run({"render", "--out", a, "--size", "300x300", "--extent", "Saraqib"}).exitCode, 0);
    QCOMPARE(run({"render", "--out", b, "--size", "300x300", "--extent", "سراقب"}).exitCode, 0);
    QCOMPARE(QImage(a), QImage(b)); // same place, two spellings, same picture
    QCOMPARE(run({"render", "--out", b, "--size", "300x300", "--extent", "Idlib"}).exitCode, 0);
    QVERIFY(QImage(a) != QImage(b));
}

void TestCli::searchFindsSpellings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("English") << "Saraqib" << "saraqib";
    QTest::newRow("French") << "Maaret al-Noomane" << "maarat_al_numan";
    QTest::newRow("Arabic") << QString::fromUtf8("سراقب") << "saraqib";
}

void TestCli::searchFindsSpellings()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const Run r = run({"search", query});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(id + "\t"), qPrintable(r.out));
}

void TestCli::layersListsBundledData()
{
    const Run r = run({"layers"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char* id : {"land", "governorates", "districts", "rivers", "border", "highways-schematic", "places", "posts"})
        QVERIFY2(r.out.contains(QString::fromLatin1(id) + "\t"), qPrintable(r.out));
    QVERIFY2(r.out.contains("posts without a location (listed, not drawn): 17 of 32"), qPrintable(r.out));
}

void TestCli::layersOfAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("one.geojson");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ref":"M5"},
              "geometry":{"type":"LineString","coordinates":[[36.8,35.86],[36.67,35.64]]}}]})");
    f.close();
    const Run r = run({"layers", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("1 features, lines"));
    QVERIFY(r.out.contains("ref (String)"));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "Usage";
    QTest::newRow("unknown command") << QStringList{"paint"} << 2 << "unknown command";
    QTest::newRow("no output") << QStringList{"render"} << 2 << "--out";
    QTest::newRow("not png") << QStringList{"render", "--out", "x.jpg"} << 2 << "PNG";
    QTest::newRow("bad size") << QStringList{"render", "--out", "x.png", "--size", "big"} << 2 << "WIDTHxHEIGHT";
    QTest::newRow("bad language") << QStringList{"render", "--out", "x.png", "--lang", "de"} << 2 << "fr, en or ar";
    QTest::newRow("inverted box") << QStringList{"render", "--out", "x.png", "--extent", "37,36,36,35"} << 2
                                  << "minlon < maxlon";
    QTest::newRow("box outside data") << QStringList{"render", "--out", "x.png", "--extent", "2,48,3,49"} << 2
                                      << "outside the map's data";
    QTest::newRow("unknown place") << QStringList{"render", "--out", "x.png", "--extent", "Atlantis"} << 2
                                   << "no such place";
    QTest::newRow("unknown layer") << QStringList{"render", "--out", "x.png", "--hide", "roads"} << 2 << "no layer";
    QTest::newRow("broken layer file") << QStringList{"render", "--out", "x.png", "--layer", "/nonexistent.geojson"}
                                       << 1 << "file not found";
    QTest::newRow("no match") << QStringList{"search", "Atlantis"} << 1 << "no place matches";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString& a : args)
        if (a == "x.png" || a == "x.jpg")
            a = dir.filePath(a);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("x.png")));
}

void TestCli::unwritablePathWritesNothing()
{
    const Run r = run({"render", "--out", "/nonexistent-dir/map.png", "--size", "100x100"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("/nonexistent-dir/map.png"), qPrintable(r.err));
    QVERIFY(!QFile::exists("/nonexistent-dir/map.png"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
