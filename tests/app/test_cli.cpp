// The command line, run as a user runs it: no display, clear errors, nothing half-written.
#include "geo/store/article_store.h"
#include "geo/control/dated_control.h"
#include "geo/data/map_data_loader.h"
#include "geo/export/map_exporter.h"
#include "geo/data/place_catalog.h"

#include "bundled_data.h"
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using frontline::test::CliRun;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void renderWritesAPng();
    void renderMatchesTheRequestedView();
    void renderTheFileAlone();
    void searchFindsSpellings_data();
    void searchFindsSpellings();
    void layersListsBundledData();
    void layersOfAFile();
    void badArguments_data();
    void badArguments();
    void unwritablePathWritesNothing();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
    void exportEqualsTheLibrarysExport();
    void exportBadArguments_data();
    void exportBadArguments();

private:
    QTemporaryDir m_dataHome; // the default article store lives under it, out of the user's
    frontline::test::CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dataHome.path()};
};

void TestCli::renderWritesAPng()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("idleb.png");
    const CliRun r = m_cli.run({"render", "--out", out, "--size", "640x400"});
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
    QCOMPARE(m_cli.run({"render", "--out", a, "--size", "300x300", "--extent", "Saraqib"}).exitCode, 0);
    QCOMPARE(m_cli.run({"render", "--out", b, "--size", "300x300", "--extent", "سراقب"}).exitCode, 0);
    QCOMPARE(QImage(a), QImage(b)); // same place, two spellings, same picture
    QCOMPARE(m_cli.run({"render", "--out", b, "--size", "300x300", "--extent", "Idlib"}).exitCode, 0);
    QVERIFY(QImage(a) != QImage(b));
}

void TestCli::renderTheFileAlone()
{
    // --no-map draws the --layer files and nothing of Frontline's own map, framed on the files by default: a square
    // over Idleb's countryside, on the background where the map would have drawn land, labels and boundaries.
    QTemporaryDir dir;
    const QString layer = dir.filePath("square.geojson");
    {
        QFile f(layer);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry":
                   {"type": "Polygon", "coordinates": [[[36.4, 35.6], [36.8, 35.6], [36.8, 35.9], [36.4, 35.9],
                   [36.4, 35.6]]]}}]})");
    }
    const QString alone = dir.filePath("alone.png");
    const CliRun r = m_cli.run({"render", "--no-map", "--layer", layer, "--out", alone, "--size", "400x300"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage a(alone);
    QCOMPARE(a.size(), QSize(400, 300));
    // The square fills the middle; the frame's margin around it is one colour, the background.
    const QRgb background = a.pixel(3, 3);
    QVERIFY(a.pixel(200, 150) != background);
    for (const QPoint corner : {QPoint(396, 3), QPoint(3, 250), QPoint(396, 250)})
        QCOMPARE(a.pixel(corner), background);
    // With the map, the same frame (the square's box) has land under the margin: a colour the file alone lacks.
    const QString withMap = dir.filePath("with-map.png");
    const CliRun m = m_cli.run(
        {"render", "--layer", layer, "--out", withMap, "--size", "400x300", "--extent", "36.4,35.6,36.8,35.9"});
    QVERIFY2(m.exitCode == 0, qPrintable(m.err));
    QSet<QRgb> mapColours, aloneColours;
    const QImage b(withMap);
    for (int y = 0; y < 300; y += 2)
        for (int x = 0; x < 400; x += 2) {
            mapColours.insert(b.pixel(x, y));
            aloneColours.insert(a.pixel(x, y));
        }
    QVERIFY2(aloneColours.size() * 4 < mapColours.size(),
             qPrintable(
                 QStringLiteral("%1 colours alone, %2 with the map").arg(aloneColours.size()).arg(mapColours.size())));
}

void TestCli::searchFindsSpellings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("English") << "Saraqib"
                             << "saraqib";
    QTest::newRow("French") << "Maaret al-Noomane"
                            << "maarat_al_numan";
    QTest::newRow("Arabic") << QString::fromUtf8("سراقب") << "saraqib";
}

void TestCli::searchFindsSpellings()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const CliRun r = m_cli.run({"search", query});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(id + "\t"), qPrintable(r.out));
}

void TestCli::layersListsBundledData()
{
    const CliRun r = m_cli.run({"layers"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char* id :
         {"land", "governorates", "districts", "rivers", "border", "highways-schematic", "places", "posts"})
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
    const CliRun r = m_cli.run({"layers", path});
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
    QTest::newRow("no map, no layer") << QStringList{"render", "--out", "x.png", "--no-map"} << 2 << "--layer FILE";
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
    const CliRun r = m_cli.run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("x.png")));
}

void TestCli::unwritablePathWritesNothing()
{
    const CliRun r = m_cli.run({"render", "--out", "/nonexistent-dir/map.png", "--size", "100x100"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("/nonexistent-dir/map.png"), qPrintable(r.err));
    QVERIFY(!QFile::exists("/nonexistent-dir/map.png"));
}

void TestCli::exportWritesEachFormat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QByteArray>("magic"); // the first bytes of the first file
    QTest::newRow("PNG page") << QStringList{"--out", "map.png", "--size", "800x500"} << QStringList{"map.png"}
                              << QByteArray("\x89PNG");
    QTest::newRow("SVG page, Arabic") << QStringList{"--out", "map.svg", "--lang", "ar"} << QStringList{"map.svg"}
                                      << QByteArray("<?xml");
    QTest::newRow("PDF A4 landscape") << QStringList{"--out", "map.pdf", "--landscape"} << QStringList{"map.pdf"}
                                      << QByteArray("%PDF");
    QTest::newRow("PDF with --format and a custom page")
        << QStringList{"--out", "map", "--format", "pdf", "--size", "1200x675", "--dpi", "96"} << QStringList{"map"}
        << QByteArray("%PDF");
    QTest::newRow("GeoTIFF in UTM 37N") << QStringList{"--out",      "frame.tiff", "--crs",
                                                       "EPSG:32637", "--extent",   "Saraqeb"}
                                        << QStringList{"frame.tiff"} << QByteArray("II*");
    QTest::newRow("PNG + world file") << QStringList{"--out", "frame.png", "--world-file", "--size", "640x480"}
                                      << QStringList{"frame.pgw", "frame.png"} << QByteArray("\x89PNG");
    QTest::newRow("PNG at 300 dpi on A4, no inset")
        << QStringList{"--out",   "print.png",  "--page",           "A4",         "--dpi",
                       "300",     "--no-inset", "--since",          "2020-01-01", "--title",
                       "Saraqeb", "--subtitle", "Control of the M5"}
        << QStringList{"print.png"} << QByteArray("\x89PNG");
}

void TestCli::exportWritesEachFormat()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, files);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const int out = int(args.indexOf("--out")) + 1;
    args[out] = dir.filePath(args[out]);
    const CliRun r = m_cli.run(QStringList{"export", "--date", "2020-02-08"} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
    QVERIFY2(r.out.contains(args[out]), qPrintable(r.out));
    QFile f(args[out]);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(magic.size()) == magic);
    if (args.contains("--page")) {
        const QImage image(args[out]);
        QCOMPARE(image.size(), QSize(2480, 3508)); // A4 at 300 dpi
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    }
}

void TestCli::exportEqualsTheLibrarysExport()
{
    QTemporaryDir dir;
    const QString cliPath = dir.filePath("cli.png"), libPath = dir.filePath("lib.png");
    const QString store = dir.filePath("store.gpkg");
    // A new store: the command line seeds it with the bundled articles (list does nothing else).
    QCOMPARE(m_cli.run({"list", "--store", store}).exitCode, 0);
    const CliRun r = m_cli.run({"export", "--date", "2020-02-08", "--out", cliPath, "--size", "800x500", "--lang", "en",
                                "--title", "Idleb, as the command line draws it", "--store", store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The same request, made in this process as the window makes it: the Home view fitted to the frame the page
    // leaves, the store's control on the date, and the claims behind what the frame shows.
    QString error;
    geo::ExportRequest request;
    request.data = frontline::test::bundledMap(geo::DisplayCrs::WebMercator, &error);
    QVERIFY2(request.data, qPrintable(error));
    request.format = geo::ExportFormat::Png;
    request.pixelSize = QSize(800, 500);
    request.title = "Idleb, as the command line draws it";
    request.asOf = QDate(2020, 2, 8);
    request.lang = geo::Language::English;
    request.settings.labelLanguage = geo::Language::English;
    request.outPath = libPath;
    const auto catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(catalog, qPrintable(error));
    const auto opened = geo::ArticleStore::open(store, &error);
    QVERIFY2(opened, qPrintable(error));
    const QList<geo::Article> articles = opened->articles(&error);
    QVERIFY(articles.size() > 10);
    const geo::ControlTimeline timeline(articles);
    const geo::PostTimeline posts(request.data->posts, articles);
    request.settings.control =
        geo::controlOverlayAt(timeline, &posts, *catalog, request.asOf, geo::DisplayCrs::WebMercator);
    request.settings.drawDateBadge = false;
    geo::Viewport whole(QPointF(), 1000, request.pixelSize);
    whole.fit(geo::homeExtent(*request.data), 10);
    const geo::Projector projector(geo::DisplayCrs::WebMercator);
    const QRectF frameLonLat(projector.inverse(whole.mapRect().topLeft()),
                             projector.inverse(whole.mapRect().bottomRight()));
    request.notes = geo::sourceNotesFor(timeline, request.settings.control->snapshot, articles, *catalog,
                                        frameLonLat.normalized(), {}, geo::Language::English);
    QVERIFY(!request.notes.isEmpty());
    geo::Viewport vp(QPointF(), 1000, geo::mapFramePixelSize(request, &error));
    vp.fit(geo::homeExtent(*request.data), 10);
    request.settings.viewport = vp;
    const geo::ExportResult result = geo::exportMap(request);
    QVERIFY2(result.ok, qPrintable(result.error));

    const QImage a = QImage(cliPath).convertToFormat(QImage::Format_RGB32);
    const QImage b = QImage(libPath).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.dotsPerMeterX(), b.dotsPerMeterX());
    // Same library, same font, same request: the same picture (within 0.1 % of the pixels, by 24 a channel).
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            differing += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                   std::abs(qBlue(p) - qBlue(q))}) > 24;
        }
    qInfo("%d pixels differ by more than 24", differing);
    QVERIFY2(differing <= a.width() * a.height() / 1000, qPrintable(QString::number(differing)));
}

void TestCli::exportBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList date{"--date", "2020-02-08"};
    QTest::newRow("no date") << QStringList{"--out", "x.png"} << 2 << "--date YYYY-MM-DD is required";
    QTest::newRow("no output") << date << 2 << "--out FILE is required";
    QTest::newRow("impossible date") << QStringList{"--date", "2020-02-30", "--out", "x.png"} << 2
                                     << "no such day in the calendar";
    QTest::newRow("not a date") << QStringList{"--date", "8/2/2020", "--out", "x.png"} << 2 << "YYYY-MM-DD";
    QTest::newRow("since after date") << date + QStringList{"--since", "2020-03-01", "--out", "x.png"} << 2
                                      << "is after --date";
    QTest::newRow("unknown format") << date + QStringList{"--out", "x.png", "--format", "jpg"} << 2
                                    << "expected png, svg, pdf or tif";
    QTest::newRow("unknown extension") << date + QStringList{"--out", "x.jpg"} << 2 << "cannot tell the format";
    QTest::newRow("format and name disagree")
        << date + QStringList{"--out", "x.png", "--format", "pdf"} << 2 << "named as a PNG file";
    QTest::newRow("world file as output") << date + QStringList{"--out", "x.pgw"} << 2 << "--world-file";
    QTest::newRow("world file with a PDF")
        << date + QStringList{"--out", "x.pdf", "--world-file"} << 2 << "--world-file goes with a PNG";
    QTest::newRow("page for a GeoTIFF") << date + QStringList{"--out", "x.tif", "--page", "A4"} << 2
                                        << "--page applies to PNG, SVG and PDF";
    QTest::newRow("page and size") << date + QStringList{"--out", "x.png", "--page", "A4", "--size", "800x600"} << 2
                                   << "--page or --size, not both";
    QTest::newRow("unknown page") << date + QStringList{"--out", "x.pdf", "--page", "B5"} << 2
                                  << "expected A4, A3 or letter";
    QTest::newRow("landscape and portrait")
        << date + QStringList{"--out", "x.pdf", "--landscape", "--portrait"} << 2 << "not both";
    QTest::newRow("bad dpi") << date + QStringList{"--out", "x.png", "--dpi", "0"} << 2 << "--dpi";
    QTest::newRow("bad language") << date + QStringList{"--out", "x.png", "--lang", "de"} << 2 << "fr, en or ar";
    QTest::newRow("inverted box") << date + QStringList{"--out", "x.png", "--extent", "37,36,36,35"} << 2
                                  << "minlon < maxlon";
    QTest::newRow("box outside the data")
        << date + QStringList{"--out", "x.png", "--extent", "2,48,3,49"} << 2 << "outside the map's data";
    QTest::newRow("unknown place") << date + QStringList{"--out", "x.png", "--extent", "Atlantis"} << 2
                                   << "no such place";
    QTest::newRow("page too small") << date + QStringList{"--out", "x.png", "--size", "200x150"} << 2 << "too small";
    QTest::newRow("no such store") << date + QStringList{"--out", "x.png", "--store", "/nonexistent/store.gpkg"} << 2
                                   << "--store /nonexistent/store.gpkg: no such file";
    QTest::newRow("unwritable path") << date + QStringList{"--out", "/nonexistent-dir/x.png"} << 1
                                     << "/nonexistent-dir/x.png: cannot write";
}

void TestCli::exportBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString& a : args)
        if (a.startsWith("x."))
            a = dir.filePath(a);
    const CliRun r = m_cli.run(QStringList{"export"} + args);
    QCOMPARE(r.exitCode, exitCode);
    // One line says what is wrong, after the command's name.
    const QStringList lines = r.err.split('\n');
    QVERIFY2(
        std::any_of(lines.cbegin(), lines.cend(),
                    [&](const QString& l) { return l.startsWith("frontline-cli export: ") && l.contains(message); }),
        qPrintable(r.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(!QFile::exists("/nonexistent-dir/x.png"));
}

// A QGuiApplication: the export test draws text in this process too.
QTEST_MAIN(TestCli)
#include "test_cli.moc"
