// Exports read back by independent readers (GDAL for the GeoTIFF and the world file, an XML parser for the SVG,
// poppler's pdfinfo and pdftotext for the PDF, QImageReader for the PNG), page layouts that never overlap, the
// legend of what a frame shows, true north, nothing left behind on a cancel or an error, and two golden images.
//
// Golden images: tests/data/golden/*.png are the Home view and Saraqeb 40 km across, exported as PNG pages at
// 960x600 with the bundled font, compared by tests/support/image_diff.h: scattered anti-aliasing noise passes, a
// blob of differing pixels larger than a few pixels fails, so a missing label or post symbol cannot pass (rows
// here prove both). On failure the test writes <name>-actual.png and <name>-diff.png into the working folder and
// prints their paths. After an intended change of the map or the page, regenerate the references:
//     FRONTLINE_UPDATE_GOLDEN=1 ./test_map_exporter goldenImages
// and look at them before committing.
#include "geo/export/export_texts.h"
#include "geo/data/map_data_loader.h"
#include "geo/export/map_exporter.h"
#include "geo/render/map_legend.h"
#include "geo/export/north_arrow.h"
#include "geo/export/page_layout.h"
#include "geo/render/style.h"

#include "bundled_data.h"
#include "image_diff.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <numbers>

using namespace geo;

namespace {

constexpr double kSaraqebLon = 36.8003;
constexpr double kSaraqebLat = 35.8624;

// A viewport of SIZE showing the area KM across (the smaller side) around LONLAT.
Viewport viewAround(const MapData& data, QPointF lonLat, double km, QSize size)
{
    const QPointF c = Projector(data.crs).forward(lonLat);
    Viewport vp(QPointF(), 1, size);
    vp.fit(QRectF(c - QPointF(km * 500, km * 500), QSizeF(km * 1000, km * 1000)), 0);
    return vp;
}

// A request for a page of SIZE pixels at DPI, its viewport fitted to the frame the page leaves.
ExportRequest pageRequest(std::shared_ptr<const MapData> data, ExportFormat format, QSize size, int dpi,
                          const QString& outPath, Language lang = Language::English)
{
    ExportRequest r;
    r.data = std::move(data);
    r.format = format;
    r.pixelSize = size;
    r.dpi = dpi;
    r.title = QStringLiteral("Saraqeb falls to government forces");
    r.subtitle = QStringLiteral("The M5 highway junction changes hands");
    r.asOf = QDate(2020, 2, 8);
    r.lang = lang;
    r.settings.labelLanguage = lang;
    r.outPath = outPath;
    return r;
}

void fitTo(ExportRequest* r, const QRectF& extent)
{
    QString error;
    const QSize frame = mapFramePixelSize(*r, &error);
    QVERIFY2(!frame.isEmpty(), qPrintable(error));
    Viewport vp(QPointF(), 1, frame);
    vp.fit(extent, 0);
    r->settings.viewport = vp;
}

SourceNote sampleNote()
{
    SourceNote n;
    n.number = 1;
    n.claimant = QStringLiteral("SANA");
    n.publisher = QStringLiteral("AFP");
    n.date = QDate(2020, 2, 8);
    n.quote = QStringLiteral("Government forces entered Saraqeb");
    n.language = QStringLiteral("en");
    n.placeName = QStringLiteral("Saraqeb");
    return n;
}

QString tool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s not found: install poppler-utils", qPrintable(name));
    return path;
}

QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct GdalDatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

Dataset openRaster(const QString& path)
{
    GDALAllRegister();
    return Dataset(GDALDataset::Open(QFile::encodeName(path).constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
}

// A copy of DATA without one thing a golden image must show: Saraqeb's label (its marker stays), or the
// observation post nearest Saraqeb. Null when the bundled map has no such thing.
std::shared_ptr<const MapData> withoutOne(const std::shared_ptr<const MapData>& data, bool post)
{
    for (const auto& layer : data->layers) {
        auto copy = std::make_shared<MapLayer>(*layer);
        if (post && layer->role == LayerRole::Posts && !copy->features.isEmpty()) {
            const auto distance = [](const MapFeature& f) {
                return std::hypot(f.lonLat.x() - kSaraqebLon, f.lonLat.y() - kSaraqebLat);
            };
            const auto nearest =
                std::min_element(copy->features.begin(), copy->features.end(),
                                 [&](const MapFeature& a, const MapFeature& b) { return distance(a) < distance(b); });
            copy->features.erase(nearest);
            return data->withLayer(copy);
        }
        bool found = false;
        for (MapFeature& f : copy->features) {
            if (!post && f.attributes.value("id").toString() == "saraqib" && !f.labelEn.isEmpty()) {
                f.labelEn.clear();
                f.labelFr.clear();
                f.labelAr.clear();
                found = true;
            }
        }
        if (found)
            return data->withLayer(copy);
    }
    return nullptr;
}

// What a different rasterizer or font hinting leaves: every channel of every pixel off by up to 10, and isolated
// pixels (one in 1009, never two side by side) off by 80.
void addAntiAliasingNoise(QImage* image)
{
    *image = image->convertToFormat(QImage::Format_RGB32);
    QRandomGenerator random(20200208);
    const auto shift = [](int c, int by) { return std::clamp(c + by, 0, 255); };
    qint64 i = 0;
    for (int y = 0; y < image->height(); ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(image->scanLine(y));
        for (int x = 0; x < image->width(); ++x, ++i) {
            const int by = i % 1009 == 0 ? (qGray(line[x]) > 127 ? -80 : 80) : random.bounded(-10, 11);
            line[x] = qRgb(shift(qRed(line[x]), by), shift(qGreen(line[x]), by), shift(qBlue(line[x]), by));
        }
    }
}

// Paints, in an empty stretch of the Saraqeb map, a triangle of the size and colour of a post symbol (7 px) or a
// three-letter village name in the page's small grey type.
void paintSmallThing(QImage* image, bool post)
{
    QPainter p(image);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF at(600, 440);
    if (post) {
        p.setPen(QPen(palette::post, 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(QPolygonF{at + QPointF(0, -3.5), at + QPointF(3.5, 3), at + QPointF(-3.5, 3)});
    } else {
        QFont font = p.font();
        font.setPixelSize(9);
        p.setFont(font);
        p.setPen(QColor(0x80, 0x80, 0x80));
        p.drawText(at, QStringLiteral("Tal"));
    }
}

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.intersected(b).width() > 0.01 && a.intersected(b).height() > 0.01;
}

} // namespace

class TestMapExporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void formatFromFileName_data();
    void formatFromFileName();
    void worldFileNames();
    void fixedWordsInTheLabelLanguage_data();
    void fixedWordsInTheLabelLanguage();
    void arabicQuoteRunsRightToLeft();

    void layoutNeverOverlaps_data();
    void layoutNeverOverlaps();
    void mapTakesMostOfTheScreenPages_data();
    void mapTakesMostOfTheScreenPages();
    void tooSmallAPageIsRefused();
    void frameShowsTheRequestedExtent();
    void legendListsWhatTheFrameShows();
    void trueNorth_data();
    void trueNorth();

    void pngHasItsSizeAndResolution_data();
    void pngHasItsSizeAndResolution();
    void svgKeepsVectorsAndText();
    void pdfHasItsPageAndText();
    void pdfPutsTheNotesItLeavesOutOnTheNextPages();
    void geoTiffReadByGdal_data();
    void geoTiffReadByGdal();
    void pngWorldFileReadByGdal();

    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void unwritableFolderLeavesNothing();
    void worldFileFailureKeepsTheOldPair();
    void newPairReplacesTheOld();
    void cancelFlagStopsTheRender();
    void imageInMemoryIsTheWrittenPng_data();
    void imageInMemoryIsTheWrittenPng();

    void goldenImages_data();
    void goldenImages();
    void samplesForReview();

private:
    std::shared_ptr<const MapData> m_data;
    std::shared_ptr<const MapData> m_utm;
};

void TestMapExporter::initTestCase()
{
    QString error;
    m_data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
    m_utm = frontline::test::bundledMap(DisplayCrs::Utm37N, &error);
    QVERIFY2(m_utm, qPrintable(error));
}

void TestMapExporter::formatFromFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << "map.png" << int(ExportFormat::Png);
    QTest::newRow("upper-case svg") << "MAP.SVG" << int(ExportFormat::Svg);
    QTest::newRow("pdf") << "/tmp/a.b/map.pdf" << int(ExportFormat::Pdf);
    QTest::newRow("tif") << "map.tif" << int(ExportFormat::GeoTiff);
    QTest::newRow("tiff") << "map.tiff" << int(ExportFormat::GeoTiff);
    QTest::newRow("world file is no output") << "map.pgw" << -1;
    QTest::newRow("jpeg") << "map.jpg" << -1;
    QTest::newRow("no extension") << "map" << -1;
}

void TestMapExporter::formatFromFileName()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto f = exportFormatForPath(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestMapExporter::worldFileNames()
{
    QCOMPARE(worldFilePath("/data/map.png"), QStringLiteral("/data/map.pgw"));
    QCOMPARE(worldFilePath("frame.PNG"), QStringLiteral("frame.PGw"));
    QCOMPARE(worldFilePath("a.b/map.tif"), QStringLiteral("a.b/map.tfw"));
}

void TestMapExporter::fixedWordsInTheLabelLanguage_data()
{
    QTest::addColumn<int>("lang");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("legend");
    QTest::newRow("French") << int(Language::French) << QDate(2020, 2, 8) << QString::fromUtf8("au 8 février 2020")
                            << QString::fromUtf8("Légende");
    QTest::newRow("French, first of the month")
        << int(Language::French) << QDate(2020, 3, 1) << QString::fromUtf8("au 1er mars 2020")
        << QString::fromUtf8("Légende");
    QTest::newRow("English") << int(Language::English) << QDate(2020, 2, 8) << "as of 8 February 2020"
                             << "Legend";
    QTest::newRow("Arabic") << int(Language::Arabic) << QDate(2020, 2, 8) << QString::fromUtf8("حتى 8 فبراير/شباط 2020")
                            << QString::fromUtf8("مفتاح الخريطة");
}

void TestMapExporter::fixedWordsInTheLabelLanguage()
{
    QFETCH(int, lang);
    QFETCH(QDate, date);
    QFETCH(QString, asOf);
    QFETCH(QString, legend);
    QCOMPARE(export_texts::asOf(date, Language(lang)), asOf);
    QCOMPARE(export_texts::legendHeading(Language(lang)), legend);
    QVERIFY(export_texts::asOf(QDate(), Language(lang)).isEmpty());
}

void TestMapExporter::arabicQuoteRunsRightToLeft()
{
    SourceNote note = sampleNote();
    note.quote = QString::fromUtf8("دخلت قوات النظام مدينة سراقب");
    note.language = QStringLiteral("ar");
    const auto english = export_texts::noteParagraphs(note, Language::English);
    QCOMPARE(english.size(), 2); // the attribution, then the quote in its own direction
    QVERIFY(!english[0].rightToLeft);
    QVERIFY(english[0].text.contains("SANA, reported by AFP, 8 February 2020"));
    QVERIFY(english[1].rightToLeft);
    QVERIFY(english[1].text.contains(note.quote));
    const auto arabic = export_texts::noteParagraphs(note, Language::Arabic);
    QCOMPARE(arabic.size(), 1); // one direction: one paragraph
    QVERIFY(arabic[0].rightToLeft);

    note.approximate = true;
    QVERIFY(export_texts::noteParagraphs(note, Language::French)[0].text.contains("date approximative"));
}

void TestMapExporter::mapTakesMostOfTheScreenPages_data()
{
    QTest::addColumn<QSizeF>("page");
    QTest::addColumn<int>("lang");
    QTest::addColumn<int>("notes");
    QTest::addColumn<bool>("subtitle");
    const auto en = int(Language::English), ar = int(Language::Arabic), fr = int(Language::French);
    QTest::newRow("web, French, 3 notes") << QSizeF(1200, 675) << fr << 3 << false;
    QTest::newRow("web, Arabic, 3 notes") << QSizeF(1200, 675) << ar << 3 << false;
    QTest::newRow("web, English, no notes") << QSizeF(1200, 675) << en << 0 << false;
    QTest::newRow("web, French, 20 notes and a subtitle") << QSizeF(1200, 675) << fr << 20 << true;
    QTest::newRow("social, French, 3 notes") << QSizeF(1080, 1080) << fr << 3 << false;
    QTest::newRow("social, Arabic, 20 notes and a subtitle") << QSizeF(1080, 1080) << ar << 20 << true;
}

// On the web and social pages the map is what the reader sees first: at least 60 % of the page, whatever the
// notes, with the legend, the notes that fit and the credits beside it, and nothing overlapping.
void TestMapExporter::mapTakesMostOfTheScreenPages()
{
    QFETCH(QSizeF, page);
    QFETCH(int, lang);
    QFETCH(int, notes);
    QFETCH(bool, subtitle);
    PageContent c;
    c.lang = Language(lang);
    c.title = export_texts::defaultTitle(c.lang);
    if (subtitle)
        c.subtitle = QStringLiteral("Control of the towns along the M4 and M5, as reported and assessed");
    c.asOf = export_texts::asOf(QDate(2020, 2, 8), c.lang);
    RenderSettings all;
    for (const LegendRow& row : legendRows(all, *m_data, c.lang, LegendScope::VisibleLayers))
        c.legendTexts << row.text;
    for (int i = 0; i < notes; ++i) {
        SourceNote n = sampleNote();
        n.number = i + 1;
        c.notes << n;
    }
    c.credits = m_data->attribution;
    QString error;
    const auto layout = layoutPage(page, c, &error);
    QVERIFY2(layout, qPrintable(error));
    const double share = layout->frame.width() * layout->frame.height() / (page.width() * page.height());
    QVERIFY2(share >= 0.6, qPrintable(QStringLiteral("the map takes %1 % of the page").arg(share * 100, 0, 'f', 1)));
    const auto boxes = layout->boxes();
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!overlaps(boxes[i].second, boxes[j].second),
                     qPrintable(boxes[i].first + " overlaps " + boxes[j].first));
    if (notes > 0) { // the sources are on the page: some notes, the others counted
        QVERIFY(!layout->notes.isEmpty());
        QVERIFY(layout->notesShown >= 1);
    }
}

void TestMapExporter::layoutNeverOverlaps_data()
{
    QTest::addColumn<QSizeF>("page");
    QTest::addColumn<int>("lang");
    QTest::addColumn<int>("notes");
    QTest::addColumn<bool>("inset");
    QTest::addColumn<bool>("insetShown"); // asked for, and room for it
    const auto en = int(Language::English), ar = int(Language::Arabic), fr = int(Language::French);
    QTest::newRow("web 1200x675") << QSizeF(1200, 675) << en << 0 << true << true;
    QTest::newRow("web, 3 notes") << QSizeF(1200, 675) << en << 3 << true << true;
    QTest::newRow("social 1080x1080") << QSizeF(1080, 1080) << fr << 2 << true << true;
    QTest::newRow("social, Arabic") << QSizeF(1080, 1080) << ar << 2 << true << true;
    QTest::newRow("A4 portrait") << QSizeF(793.7, 1122.5) << fr << 5 << true << true;
    QTest::newRow("A4 landscape, Arabic") << QSizeF(1122.5, 793.7) << ar << 5 << true << true;
    QTest::newRow("A3 portrait") << QSizeF(1122.5, 1587.4) << en << 40 << true << true;
    QTest::newRow("letter, no inset") << QSizeF(816, 1056) << en << 1 << false << false;
    QTest::newRow("small 800x480, 30 notes: no room for the inset") << QSizeF(800, 480) << en << 30 << true << false;
    QTest::newRow("tall 600x1400") << QSizeF(600, 1400) << en << 2 << true << true;
}

void TestMapExporter::layoutNeverOverlaps()
{
    QFETCH(QSizeF, page);
    QFETCH(int, lang);
    QFETCH(int, notes);
    QFETCH(bool, inset);
    QFETCH(bool, insetShown);
    PageContent c;
    c.title = QStringLiteral("Saraqeb falls to government forces after weeks of fighting along the M5 highway");
    c.subtitle = QStringLiteral("Control of the towns along the M4 and M5, as reported and assessed");
    c.lang = Language(lang);
    c.asOf = export_texts::asOf(QDate(2020, 2, 8), c.lang);
    RenderSettings all;
    for (const LegendRow& row : legendRows(all, *m_data, c.lang, LegendScope::VisibleLayers))
        c.legendTexts << row.text;
    for (int i = 0; i < notes; ++i) {
        SourceNote n = sampleNote();
        n.number = i + 1;
        c.notes << n;
    }
    c.credits = m_data->attribution;
    c.inset = inset;
    QString error;
    const auto layout = layoutPage(page, c, &error);
    QVERIFY2(layout, qPrintable(error));
    const QRectF inner(layout->margin - 0.01, layout->margin - 0.01, page.width() - 2 * layout->margin + 0.02,
                       page.height() - 2 * layout->margin + 0.02);
    const auto boxes = layout->boxes();
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY2(inner.contains(boxes[i].second), qPrintable(boxes[i].first + " leaves the margins"));
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!overlaps(boxes[i].second, boxes[j].second),
                     qPrintable(boxes[i].first + " overlaps " + boxes[j].first));
    }
    QCOMPARE(!layout->inset.isEmpty(), insetShown);
    QVERIFY(layout->frame.contains(layout->scaleBar));
    QVERIFY(layout->frame.contains(layout->northArrow));
    QVERIFY(!overlaps(layout->scaleBar, layout->northArrow));
    QVERIFY(layout->frame.height() >= page.height() * 0.3);
    QVERIFY(layout->notesShown <= notes);
    QCOMPARE(!layout->notes.isEmpty(), notes > 0);
    // Arabic pages are mirrored: the stamp on the left, the legend's panel or band from the right.
    if (c.lang == Language::Arabic)
        QVERIFY(layout->asOf.center().x() < page.width() / 2);
    else
        QVERIFY(layout->asOf.center().x() > page.width() / 2);
}

void TestMapExporter::tooSmallAPageIsRefused()
{
    PageContent c;
    c.title = QStringLiteral("Title");
    QString error;
    QVERIFY(!layoutPage(QSizeF(200, 150), c, &error));
    QVERIFY2(error.contains("too small"), qPrintable(error));
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Png, QSize(200, 150), 96, dir.filePath("small.png"));
    r.settings.viewport = Viewport(QPointF(4.1e6, 4.28e6), 100, QSize(100, 100));
    const ExportResult result = exportMap(r);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains("too small"), qPrintable(result.error));
    QVERIFY(!QFile::exists(r.outPath));
}

void TestMapExporter::frameShowsTheRequestedExtent()
{
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Png, QSize(2480, 3508), 300, dir.filePath("a4.png"));
    fitTo(&r, homeExtent(*m_data));
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    // The frame in page units covers the request's extent, to a fraction of a page unit.
    const QRectF asked = r.settings.viewport.mapRect(), drawn = result.frameExtent;
    const double unit = drawn.width() / result.layout->frame.width();
    QVERIFY(std::abs(asked.left() - drawn.left()) < unit);
    QVERIFY(std::abs(asked.right() - drawn.right()) < unit);
    QVERIFY(std::abs(asked.top() - drawn.top()) < unit);
    QVERIFY(std::abs(asked.bottom() - drawn.bottom()) < unit);
}

void TestMapExporter::legendListsWhatTheFrameShows()
{
    QTemporaryDir dir;
    ExportRequest home = pageRequest(m_data, ExportFormat::Png, QSize(1200, 675), 96, dir.filePath("home.png"));
    fitTo(&home, homeExtent(*m_data));
    const ExportResult h = exportMap(home);
    QVERIFY2(h.ok, qPrintable(h.error));
    const QString homeLegend = h.legend.join('\n');
    QVERIFY2(homeLegend.contains("Coastline"), qPrintable(homeLegend)); // Latakia's coast is in the Home view
    QVERIFY(homeLegend.contains("M5 highway — schematic"));
    QVERIFY(homeLegend.contains("Turkish observation posts (approximate)"));

    ExportRequest saraqeb = pageRequest(m_data, ExportFormat::Png, QSize(1200, 675), 96, dir.filePath("s.png"));
    saraqeb.settings.hiddenLayers.insert(QStringLiteral("posts"));
    QString error;
    saraqeb.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, mapFramePixelSize(saraqeb, &error));
    const ExportResult s = exportMap(saraqeb);
    QVERIFY2(s.ok, qPrintable(s.error));
    const QString legend = s.legend.join('\n');
    QVERIFY2(!legend.contains("Coastline"), qPrintable(legend)); // no coast within 20 km of Saraqeb
    QVERIFY(!legend.contains("Syria–Turkey border"));
    QVERIFY(!legend.contains("observation posts")); // hidden
    QVERIFY(legend.contains("M4 highway — schematic") && legend.contains("M5 highway — schematic"));
    QVERIFY(legend.contains("Village")); // villages show at this scale, not in the Home view
    QVERIFY(!homeLegend.contains("Village"));

    // The same rows in French, in the same order.
    saraqeb.lang = Language::French;
    const ExportResult fr = exportMap(saraqeb);
    QCOMPARE(fr.legend.size(), s.legend.size());
    QVERIFY(fr.legend.join('\n').contains(QString::fromUtf8("Autoroute M5 — schématique")));
}

void TestMapExporter::trueNorth_data()
{
    QTest::addColumn<bool>("utm");
    QTest::addColumn<QPointF>("lonLat");
    QTest::newRow("Web Mercator at Saraqeb") << false << QPointF(kSaraqebLon, kSaraqebLat);
    QTest::newRow("UTM 37N at Saraqeb") << true << QPointF(kSaraqebLon, kSaraqebLat);
    QTest::newRow("UTM 37N at Latakia") << true << QPointF(35.78, 35.52);
    QTest::newRow("UTM 37N on the central meridian") << true << QPointF(39.0, 35.5);
}

void TestMapExporter::trueNorth()
{
    QFETCH(bool, utm);
    QFETCH(QPointF, lonLat);
    const MapData& data = utm ? *m_utm : *m_data;
    const Viewport vp = viewAround(data, lonLat, 40, QSize(800, 600));
    const double angle = trueNorthAngle(vp, data.crs);
    // Meridian convergence of a transverse Mercator: atan(tan(lon - lon0) sin(lat)), grid north west of true
    // north where the point lies west of the central meridian (39 E): the arrow turns clockwise.
    const double expected = utm ? -std::atan(std::tan((lonLat.x() - 39.0) * std::numbers::pi / 180) *
                                             std::sin(lonLat.y() * std::numbers::pi / 180)) *
                                      180 / std::numbers::pi
                                : 0.0;
    QVERIFY2(std::abs(angle - expected) < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(angle).arg(expected)));
    if (utm && lonLat.x() < 38)
        QVERIFY(angle > 1.0); // about 1.4 degrees over Idleb: visibly turned
}

void TestMapExporter::pngHasItsSizeAndResolution_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("web 1200x675") << QSize(1200, 675) << 96;
    QTest::newRow("social 1080x1080") << QSize(1080, 1080) << 96;
    QTest::newRow("A4 at 300 dpi") << QSize(2480, 3508) << 300;
    QTest::newRow("retina web at 192 dpi") << QSize(2400, 1350) << 192;
}

void TestMapExporter::pngHasItsSizeAndResolution()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Png, size, dpi, dir.filePath("map.png"));
    r.notes << sampleNote();
    fitTo(&r, homeExtent(*m_data));
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.files, QStringList{r.outPath});
    QImageReader reader(r.outPath);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), size);
    QVERIFY(std::abs(image.dotsPerMeterX() - dpi / 0.0254) < 1.0);
    QVERIFY(std::abs(image.dotsPerMeterY() - dpi / 0.0254) < 1.0);
    // The page: white margins, the map's colours inside the frame, dark title text at the top.
    const double scale = dpi / 96.0;
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    const QRectF frame = result.layout->frame;
    QSet<QRgb> colours;
    for (double y = frame.top() + 4; y < frame.bottom(); y += 8)
        for (double x = frame.left() + 4; x < frame.right(); x += 8)
            colours.insert(image.pixel(int(x * scale), int(y * scale)));
    QVERIFY(colours.size() > 20);
    int dark = 0;
    const QRectF title = result.layout->title;
    for (double y = title.top(); y < title.bottom(); y += 1)
        for (double x = title.left(); x < title.right(); x += 1)
            dark += qGray(image.pixel(int(x * scale), int(y * scale))) < 80;
    QVERIFY(dark > 50);
}

void TestMapExporter::svgKeepsVectorsAndText()
{
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Svg, QSize(1200, 675), 96, dir.filePath("map.svg"));
    r.notes << sampleNote();
    QString error;
    r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, mapFramePixelSize(r, &error));
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));

    QFile file(r.outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0;
    QStringList texts;
    QString title;
    QSizeF size;
    QRectF pathBounds;
    QStringList transforms;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("svg") && size.isEmpty()) {
            size = QSizeF(xml.attributes().value("width").toDouble(), xml.attributes().value("height").toDouble());
        } else if (name == QLatin1String("title") && title.isEmpty()) {
            title = xml.readElementText();
        } else if (name == QLatin1String("text")) {
            texts << xml.readElementText();
        } else if (name == QLatin1String("path")) {
            ++paths;
            // Every coordinate of every path: the geometry is cut at the frame, nothing hides off the page.
            static const QRegularExpression number(QStringLiteral("-?\\d+(\\.\\d+)?(e[-+]?\\d+)?"));
            const QString d = xml.attributes().value("d").toString();
            auto it = number.globalMatch(d);
            QVector<double> v;
            while (it.hasNext())
                v << it.next().captured().toDouble();
            for (int i = 0; i + 1 < v.size(); i += 2)
                pathBounds = pathBounds.united(QRectF(v[i], v[i + 1], 0.001, 0.001));
        } else if (name == QLatin1String("g") && xml.attributes().hasAttribute("transform")) {
            transforms << xml.attributes().value("transform").toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(size, QSizeF(1200, 675));
    QCOMPARE(title, r.title);
    QVERIFY2(paths > 100, qPrintable(QString::number(paths)));
    const QString allText = texts.join(' ');
    QVERIFY2(allText.contains("Saraqeb falls to government forces"), qPrintable(allText));
    QVERIFY(allText.contains("as of 8 February 2020"));
    QVERIFY(allText.contains("Government forces entered Saraqeb"));
    QVERIFY(allText.contains("Legend"));
    QVERIFY(allText.contains("M5")); // a road shield of the map itself
    QVERIFY2(QRectF(-2, -2, 1204, 679).contains(pathBounds), qPrintable(QStringLiteral("paths reach %1,%2 %3x%4")
                                                                            .arg(pathBounds.x())
                                                                            .arg(pathBounds.y())
                                                                            .arg(pathBounds.width())
                                                                            .arg(pathBounds.height())));
    // Page coordinates throughout: no group scales or flips (the map's transform is baked in).
    for (const QString& t : std::as_const(transforms))
        QVERIFY2(t.startsWith("matrix(1,0,0,1,"), qPrintable(t));
}

void TestMapExporter::pdfHasItsPageAndText()
{
    const QString pdftotext = tool("pdftotext"), pdfinfo = tool("pdfinfo");
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QFAIL("pdftotext and pdfinfo (Debian: poppler-utils) are needed to read the PDF back");
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Pdf, QSize(), 300, dir.filePath("map.pdf"));
    r.pageSize = QPageSize(QPageSize::A4);
    r.orientation = QPageLayout::Landscape;
    r.notes << sampleNote();
    fitTo(&r, homeExtent(*m_data));
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));

    const QString info = runTool(pdfinfo, {r.outPath});
    QVERIFY2(info.contains(QRegularExpression("Pages:\\s+1\\n")), qPrintable(info));
    // A4 landscape: 842 x 595 points.
    const auto page = QRegularExpression("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").match(info);
    QVERIFY2(page.hasMatch(), qPrintable(info));
    QVERIFY(std::abs(page.captured(1).toDouble() - 841.89) < 1 && std::abs(page.captured(2).toDouble() - 595.28) < 1);
    QVERIFY2(info.contains(QRegularExpression("Title:\\s+Saraqeb falls")), qPrintable(info));
    const QString text = runTool(pdftotext, {r.outPath, QStringLiteral("-")});
    QVERIFY2(text.contains("Saraqeb falls to government forces"), qPrintable(text));
    QVERIFY(text.contains("as of 8 February 2020"));
    QVERIFY(text.contains("SANA, reported by AFP, 8 February 2020"));
    QVERIFY(text.contains("Government forces entered Saraqeb"));
    QVERIFY(text.contains("Map data:"));
}

// A PDF with more notes than its map's page holds: the page says so, and every note is on the pages after it.
void TestMapExporter::pdfPutsTheNotesItLeavesOutOnTheNextPages()
{
    const QString pdftotext = tool("pdftotext"), pdfinfo = tool("pdfinfo");
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QFAIL("pdftotext and pdfinfo (Debian: poppler-utils) are needed to read the PDF back");
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Pdf, QSize(), 300, dir.filePath("map.pdf"));
    r.pageSize = QPageSize(QPageSize::A4);
    r.orientation = QPageLayout::Portrait;
    for (int i = 1; i <= 60; ++i) {
        SourceNote n = sampleNote();
        n.number = i;
        n.quote = QStringLiteral("Quote number %1 of the claims behind the map").arg(i);
        r.notes << n;
    }
    fitTo(&r, homeExtent(*m_data));
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));

    const QString info = runTool(pdfinfo, {r.outPath});
    const auto pages = QRegularExpression("Pages:\\s+(\\d+)\\n").match(info);
    QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 2, qPrintable(info));
    const QString first = runTool(pdftotext, {"-f", "1", "-l", "1", r.outPath, QStringLiteral("-")});
    QVERIFY2(first.contains("on the next page"), qPrintable(first));
    const QString text = runTool(pdftotext, {r.outPath, QStringLiteral("-")}).simplified(); // lines wrap
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(text.contains(QStringLiteral("Quote number %1 of").arg(i)), qPrintable(QString::number(i)));
}

void TestMapExporter::geoTiffReadByGdal_data()
{
    QTest::addColumn<bool>("utm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("epsg");
    QTest::newRow("Web Mercator") << false << 96 << "3857";
    QTest::newRow("Web Mercator at 300 dpi") << false << 300 << "3857";
    QTest::newRow("UTM 37N") << true << 96 << "32637";
}

void TestMapExporter::geoTiffReadByGdal()
{
    QFETCH(bool, utm);
    QFETCH(int, dpi);
    QFETCH(QString, epsg);
    const auto data = utm ? m_utm : m_data;
    QTemporaryDir dir;
    ExportRequest r = pageRequest(data, ExportFormat::GeoTiff, QSize(900, 700), dpi, dir.filePath("frame.tif"));
    r.settings.viewport = viewAround(*data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"frame.tif"}); // no .part, no .aux.xml

    const Dataset ds = openRaster(r.outPath);
    QVERIFY(ds);
    QCOMPARE(QString::fromUtf8(ds->GetDriver()->GetDescription()), QStringLiteral("GTiff"));
    QCOMPARE(ds->GetRasterXSize(), 900);
    QCOMPARE(ds->GetRasterYSize(), 700);
    QCOMPARE(ds->GetRasterCount(), 3);
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    QVERIFY(srs);
    OGRSpatialReference copy(*srs);
    copy.AutoIdentifyEPSG();
    QCOMPARE(QString::fromUtf8(copy.GetAuthorityCode(nullptr)), epsg);
    double gt[6];
    QCOMPARE(ds->GetGeoTransform(gt), CE_None);
    const QRectF asked = r.settings.viewport.mapRect();
    const double pixel = r.settings.viewport.unitsPerPixel();
    QVERIFY(std::abs(gt[1] - pixel) < 1e-6 * pixel && std::abs(gt[5] + pixel) < 1e-6 * pixel);
    QCOMPARE(gt[2], 0.0);
    QCOMPARE(gt[4], 0.0);
    // The four corners within a pixel of the requested extent.
    const double right = gt[0] + 900 * gt[1], bottom = gt[3] + 700 * gt[5];
    QVERIFY(std::abs(gt[0] - asked.left()) < pixel);
    QVERIFY(std::abs(gt[3] - asked.bottom()) < pixel); // the north edge
    QVERIFY(std::abs(right - asked.right()) < pixel);
    QVERIFY(std::abs(bottom - asked.top()) < pixel);

    // Saraqeb's marker (a dark ring) is drawn where the geotransform puts Saraqeb.
    const QPointF at = Projector(data->crs).forward({kSaraqebLon, kSaraqebLat});
    const int px = int((at.x() - gt[0]) / gt[1]), py = int((at.y() - gt[3]) / gt[5]);
    const int window = int(std::ceil(8 * dpi / 96.0));
    std::vector<GByte> rgb(size_t(3 * (2 * window + 1) * (2 * window + 1)));
    int bands[3] = {1, 2, 3};
    QCOMPARE(ds->RasterIO(GF_Read, px - window, py - window, 2 * window + 1, 2 * window + 1, rgb.data(), 2 * window + 1,
                          2 * window + 1, GDT_Byte, 3, bands, 3, 3 * (2 * window + 1), 1, nullptr),
             CE_None);
    int darkest = 255 * 3;
    for (size_t i = 0; i < rgb.size(); i += 3)
        darkest = std::min(darkest, rgb[i] + rgb[i + 1] + rgb[i + 2]);
    QVERIFY2(darkest < 3 * 90, qPrintable(QString::number(darkest)));
    double res = 0;
    const char* xres = ds->GetMetadataItem("TIFFTAG_XRESOLUTION");
    QVERIFY(xres);
    res = QByteArray(xres).toDouble();
    QCOMPARE(res, double(dpi));
}

void TestMapExporter::pngWorldFileReadByGdal()
{
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::PngWorldFile, QSize(640, 480), 96, dir.filePath("frame.png"));
    r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString world = dir.filePath("frame.pgw");
    QCOMPARE(result.files, (QStringList{r.outPath, world}));

    QFile file(world);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    const Viewport& vp = r.settings.viewport;
    const double upp = vp.unitsPerPixel();
    QVERIFY(std::abs(lines[0].toDouble() - upp) < 1e-6);
    QCOMPARE(lines[1].toDouble(), 0.0);
    QCOMPARE(lines[2].toDouble(), 0.0);
    QVERIFY(std::abs(lines[3].toDouble() + upp) < 1e-6);
    // The centre of the top left pixel.
    QVERIFY(std::abs(lines[4].toDouble() - (vp.mapRect().left() + upp / 2)) < 1e-3);
    QVERIFY(std::abs(lines[5].toDouble() - (vp.mapRect().bottom() - upp / 2)) < 1e-3);

    // GDAL reads the world file with the PNG: its geotransform puts the corner half a pixel out.
    const Dataset ds = openRaster(r.outPath);
    QVERIFY(ds);
    double gt[6];
    QCOMPARE(ds->GetGeoTransform(gt), CE_None);
    QVERIFY(std::abs(gt[0] - vp.mapRect().left()) < 1e-3);
    QVERIFY(std::abs(gt[3] - vp.mapRect().bottom()) < 1e-3);
    QCOMPARE(ds->GetRasterXSize(), 640);
}

void TestMapExporter::cancelLeavesNothing_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("PNG, at the start") << int(ExportFormat::Png) << 0;
    QTest::newRow("PNG, before writing") << int(ExportFormat::Png) << 70;
    QTest::newRow("PNG, before renaming") << int(ExportFormat::Png) << 95;
    QTest::newRow("SVG, after the frame") << int(ExportFormat::Svg) << 60;
    QTest::newRow("SVG, before writing") << int(ExportFormat::Svg) << 85;
    QTest::newRow("PDF, after painting") << int(ExportFormat::Pdf) << 80;
    QTest::newRow("PDF, before renaming") << int(ExportFormat::Pdf) << 95;
    QTest::newRow("GeoTIFF, while GDAL writes") << int(ExportFormat::GeoTiff) << 80;
    QTest::newRow("PNG + world file, before renaming") << int(ExportFormat::PngWorldFile) << 95;
}

void TestMapExporter::cancelLeavesNothing()
{
    QFETCH(int, format);
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const auto f = ExportFormat(format);
    const QString name = f == ExportFormat::GeoTiff ? "map.tif"
                         : f == ExportFormat::Svg   ? "map.svg"
                         : f == ExportFormat::Pdf   ? "map.pdf"
                                                    : "map.png";
    ExportRequest r = pageRequest(m_data, f, QSize(800, 600), f == ExportFormat::Pdf ? 300 : 96, dir.filePath(name));
    if (isPageFormat(f))
        fitTo(&r, homeExtent(*m_data));
    else
        r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
    QList<int> seen;
    const ExportResult result = exportMap(r, [&](int percent) {
        seen << percent;
        return percent < cancelAt;
    });
    QVERIFY2(!result.ok && result.cancelled, qPrintable(seen.isEmpty() ? QString() : QString::number(seen.last())));
    QVERIFY(seen.last() >= cancelAt);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // The same request, not cancelled: progress rises to 100 and the file is there.
    seen.clear();
    const ExportResult done = exportMap(r, [&](int percent) {
        seen << percent;
        return true;
    });
    QVERIFY2(done.ok, qPrintable(done.error));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 100);
    QVERIFY(QFile::exists(r.outPath));
}

void TestMapExporter::unwritableFolderLeavesNothing()
{
    for (ExportFormat f :
         {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::GeoTiff, ExportFormat::PngWorldFile}) {
        ExportRequest r = pageRequest(m_data, f, QSize(800, 600), 96, "/nonexistent-folder/map.out");
        r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
        const ExportResult result = exportMap(r);
        QVERIFY(!result.ok && !result.cancelled);
        QVERIFY2(result.error.contains("/nonexistent-folder/map.out") && result.error.contains("does not exist"),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(r.outPath));
    }
}

// A world file that cannot be put in place fails the export with the old PNG untouched and nothing staged left.
void TestMapExporter::worldFileFailureKeepsTheOldPair()
{
    QTemporaryDir dir;
    const QString png = dir.filePath("frame.png");
    {
        QFile old(png);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old image");
    }
    QVERIFY(QDir(dir.path()).mkdir("frame.pgw")); // a folder where the world file goes
    ExportRequest r = pageRequest(m_data, ExportFormat::PngWorldFile, QSize(320, 240), 96, png);
    r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
    const ExportResult result = exportMap(r);
    QVERIFY(!result.ok && !result.cancelled);
    QVERIFY2(result.error.contains("frame.pgw"), qPrintable(result.error));
    QFile old(png);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old image"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{"frame.pgw", "frame.png"}));
}

void TestMapExporter::newPairReplacesTheOld()
{
    QTemporaryDir dir;
    const QString png = dir.filePath("frame.png"), world = dir.filePath("frame.pgw");
    for (const QString& path : {png, world}) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ExportRequest r = pageRequest(m_data, ExportFormat::PngWorldFile, QSize(320, 240), 96, png);
    r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(QImageReader(png).size(), QSize(320, 240));
    QFile file(world);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts).size(), 6);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{"frame.pgw", "frame.png"}));
}

// settings.cancel, the flag the window sets, stops an export once its render has begun.
void TestMapExporter::cancelFlagStopsTheRender()
{
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat::Png, QSize(800, 600), 96, dir.filePath("map.png"));
    fitTo(&r, homeExtent(*m_data));
    r.settings.cancel = std::make_shared<std::atomic_bool>(false);
    const auto flag = r.settings.cancel;
    QList<int> seen;
    const ExportResult result = exportMap(r, [&](int percent) {
        seen << percent;
        if (percent >= 10) // the page is planned; the render comes next
            flag->store(true);
        return true;
    });
    QVERIFY(!result.ok && result.cancelled);
    QVERIFY2(seen.last() < 70, qPrintable(QString::number(seen.last()))); // stopped in the render, not after
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestMapExporter::imageInMemoryIsTheWrittenPng_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("page") << int(ExportFormat::Png);
    QTest::newRow("frame alone") << int(ExportFormat::PngWorldFile);
}

// The window's preview draws in memory what the PNG export writes: the same pixels, no file touched.
void TestMapExporter::imageInMemoryIsTheWrittenPng()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    ExportRequest r = pageRequest(m_data, ExportFormat(format), QSize(640, 400), 96, dir.filePath("map.png"));
    if (isPageFormat(r.format))
        fitTo(&r, homeExtent(*m_data));
    else
        r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, r.pixelSize);
    ExportRequest inMemory = r;
    inMemory.outPath.clear();
    // The first page drawn at a new size in a process differs from the later ones by a few hundred text
    // pixels (glyph caches filling), whichever path draws it: draw once before comparing.
    QVERIFY(renderExportImage(inMemory).result.ok);
    const ExportImage drawn = renderExportImage(inMemory);
    QVERIFY2(drawn.result.ok, qPrintable(drawn.result.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    const ExportResult written = exportMap(r);
    QVERIFY2(written.ok, qPrintable(written.error));
    const QImage read(r.outPath);
    QCOMPARE(read.size(), drawn.image.size());
    QVERIFY(read.convertToFormat(QImage::Format_RGB32) == drawn.image.convertToFormat(QImage::Format_RGB32));
}

void TestMapExporter::goldenImages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("home");
    QTest::addColumn<QString>("change"); // what is done to the data or the image before the comparison
    QTest::addColumn<bool>("matches");
    QTest::newRow("Home view") << "home" << true << "none" << true;
    QTest::newRow("Saraqeb 40 km across") << "saraqeb-40km" << false << "none" << true;
    QTest::newRow("Home view with anti-aliasing noise: passes") << "home" << true << "noise" << true;
    QTest::newRow("Saraqeb with anti-aliasing noise: passes") << "saraqeb-40km" << false << "noise" << true;
    QTest::newRow("Saraqeb without its label: fails") << "saraqeb-40km" << false << "no label" << false;
    QTest::newRow("Home view without Saraqeb's label: fails") << "home" << true << "no label" << false;
    QTest::newRow("Saraqeb without one post: fails") << "saraqeb-40km" << false << "no post" << false;
    QTest::newRow("Home view without one post: fails") << "home" << true << "no post" << false;
    // The smallest things a page shows, painted where nothing was: still a blob, still a failure.
    QTest::newRow("Saraqeb with a post-sized triangle painted: fails")
        << "saraqeb-40km" << false << "post painted" << false;
    QTest::newRow("Saraqeb with a three-letter word painted: fails")
        << "saraqeb-40km" << false << "word painted" << false;
}

void TestMapExporter::goldenImages()
{
    QFETCH(QString, name);
    QFETCH(bool, home);
    QFETCH(QString, change);
    QFETCH(bool, matches);
    std::shared_ptr<const MapData> data = m_data;
    if (change == "no label" || change == "no post") {
        data = withoutOne(m_data, change == "no post");
        QVERIFY2(data, qPrintable("the bundled map has nothing to remove for " + change));
    }
    QTemporaryDir dir;
    ExportRequest r = pageRequest(data, ExportFormat::Png, QSize(960, 600), 96, dir.filePath(name + ".png"));
    r.notes << sampleNote();
    if (home) {
        fitTo(&r, homeExtent(*data));
    } else {
        QString error;
        r.settings.viewport = viewAround(*data, {kSaraqebLon, kSaraqebLat}, 40, mapFramePixelSize(r, &error));
    }
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QImage actual(r.outPath);
    QVERIFY(!actual.isNull());
    if (change == "noise")
        addAntiAliasingNoise(&actual);
    else if (change == "post painted" || change == "word painted")
        paintSmallThing(&actual, change == "post painted");

    const frontline::test::ImageTolerance tolerance;
    if (change == "none") { // the only rows that FRONTLINE_UPDATE_GOLDEN=1 may write
        QString why;
        QVERIFY2(frontline::test::matchesGolden(actual, name, tolerance, &why), qPrintable(why));
        return;
    }
    const QImage expected(frontline::test::goldenPath(name));
    QVERIFY(!expected.isNull());
    const frontline::test::ImageDiff diff = frontline::test::diffImages(actual, expected, {}, tolerance.channel);
    QVERIFY2(diff.sameSize, qPrintable(diff.describe()));
    if (matches) {
        QVERIFY2(diff.within(tolerance), qPrintable(diff.describe()));
    } else {
        QVERIFY2(!diff.within(tolerance), qPrintable("passes although it should not: " + diff.describe()));
        // A mask that blacks out what differs (grown by 2 px) makes the same comparison pass: the mask works,
        // and it is the label or the post, nothing else, that failed the comparison.
        QImage mask(expected.size(), QImage::Format_RGB32);
        mask.fill(Qt::white);
        for (int y = 0; y < mask.height(); ++y)
            for (int x = 0; x < mask.width(); ++x)
                if (diff.picture.pixel(x, y) == qRgb(255, 0, 0))
                    for (int dy = -2; dy <= 2; ++dy)
                        for (int dx = -2; dx <= 2; ++dx)
                            if (mask.rect().contains(x + dx, y + dy))
                                mask.setPixel(x + dx, y + dy, qRgb(0, 0, 0));
        const auto masked = frontline::test::diffImages(actual, expected, mask, tolerance.channel);
        QVERIFY2(masked.within(tolerance), qPrintable(masked.describe()));
        QCOMPARE(masked.differing, 0);
    }
}

// Pages with three source notes (English, Arabic, French) export in every format and language, whole. With
// FRONTLINE_EXPORT_SAMPLES=DIR they are kept in DIR for a person to look at (pdftoppm -png -r 60, convert for the
// SVG); otherwise they go to a temporary folder.
void TestMapExporter::samplesForReview()
{
    QTemporaryDir scratch;
    QString out = qEnvironmentVariable("FRONTLINE_EXPORT_SAMPLES");
    if (out.isEmpty())
        out = scratch.path();
    QVERIFY(QDir().mkpath(out));
    QList<SourceNote> notes{sampleNote()};
    SourceNote arabic = sampleNote();
    arabic.number = 2;
    arabic.claimant = QStringLiteral("SOHR");
    arabic.publisher = QStringLiteral("Al-Araby Al-Jadeed");
    arabic.quote = QString::fromUtf8("دخلت قوات النظام مدينة سراقب بعد معارك عنيفة مع الفصائل");
    arabic.language = QStringLiteral("ar");
    notes << arabic;
    SourceNote french = sampleNote();
    french.number = 3;
    french.claimant = QStringLiteral("OSDH");
    french.publisher = QStringLiteral("Le Monde");
    french.date = QDate(2020, 1, 1);
    french.approximate = true;
    french.quote = QStringLiteral("Les forces du régime ont repris plusieurs villages au sud de la ville");
    french.language = QStringLiteral("fr");
    notes << french;
    struct Sample {
        const char* name;
        ExportFormat format;
        QSize size;
        int dpi;
        Language lang;
        bool saraqeb;
        int notes;
    };
    const Sample samples[] = {
        {"web-en.png", ExportFormat::Png, {1200, 675}, 96, Language::English, false, 3},
        {"social-ar.png", ExportFormat::Png, {1080, 1080}, 96, Language::Arabic, true, 3},
        {"small-en.png", ExportFormat::Png, {800, 480}, 96, Language::English, true, 3},
        {"web-fr.svg", ExportFormat::Svg, {1200, 675}, 96, Language::French, true, 3},
        {"a4-fr.pdf", ExportFormat::Pdf, {}, 300, Language::French, false, 3},
        {"frame-en.tif", ExportFormat::GeoTiff, {1200, 800}, 96, Language::English, true, 0},
    };
    for (const Sample& sample : samples) {
        ExportRequest r = pageRequest(m_data, sample.format, sample.size, sample.dpi,
                                      QDir(out).filePath(QString::fromLatin1(sample.name)), sample.lang);
        r.title = export_texts::defaultTitle(sample.lang);
        r.notes = notes.mid(0, sample.notes);
        QString error;
        const QSize frame = mapFramePixelSize(r, &error);
        QVERIFY2(!frame.isEmpty(), qPrintable(error));
        if (sample.saraqeb) {
            r.settings.viewport = viewAround(*m_data, {kSaraqebLon, kSaraqebLat}, 40, frame);
        } else {
            r.settings.viewport = Viewport(QPointF(), 1, frame);
            r.settings.viewport.fit(homeExtent(*m_data), 0);
        }
        const ExportResult result = exportMap(r);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(QFileInfo(r.outPath).size() > 1000, qPrintable(r.outPath));
        if (sample.format == ExportFormat::Png)
            QCOMPARE(QImageReader(r.outPath).size(), sample.size);
    }
}

QTEST_MAIN(TestMapExporter)
#include "test_map_exporter.moc"
