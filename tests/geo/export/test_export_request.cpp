// The one builder of export requests the window and the command line share: the extent (Home view, a place by
// any spelling, a bounding box, and a clear sentence for a bad one), the presets, the size and resolution
// limits, and the frame fitted to the extent with the source notes of the claims behind it.
#include "geo/export/export_request.h"

#include "geo/articles/article_reader.h"
#include "geo/control/control_timeline.h"
#include "geo/control/dated_control.h"
#include "geo/control/post_timeline.h"
#include "geo/core/projector.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/map_data_loader.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace geo;

namespace {

constexpr double kSaraqebLon = 36.8003;
constexpr double kSaraqebLat = 35.8624;

} // namespace

class TestExportRequest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void extent_data();
    void extent();
    void badExtentSaysWhy_data();
    void badExtentSaysWhy();

    void presets_data();
    void presets();
    void presetKeysRoundTrip();
    void limits_data();
    void limits();
    void pdfGetsACustomPageOfItsSize();
    void pages_data();
    void pages();
    void pageOverTheLimitsSaysWhatFits_data();
    void pageOverTheLimitsSaysWhatFits();

    void frameShowsTheExtentWithTheNotesBehindIt();
    void frameOnlyFormatsHaveNoNotes();

private:
    std::shared_ptr<const MapData> m_data;
    QList<Article> m_articles;
    std::shared_ptr<const EntityCatalog> m_catalog;
    std::shared_ptr<const ControlTimeline> m_timeline;
};

void TestExportRequest::initTestCase()
{
    QString error;
    m_data = loadBundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
    auto catalog = EntityCatalog::loadBundled(m_data->places, &error);
    QVERIFY2(catalog, qPrintable(error));
    m_catalog = std::make_shared<const EntityCatalog>(std::move(*catalog));
    for (const QString& folder : {QStringLiteral(":/articles"), QStringLiteral(":/articles/history")}) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.geojson")}, QDir::Files)) {
            const auto read = ArticleReader::read(dir.filePath(name), {});
            QVERIFY2(read.ok(), qPrintable(dir.filePath(name)));
            m_articles.append(*read.article);
        }
    }
    QVERIFY(!m_articles.isEmpty());
    m_timeline = std::make_shared<const ControlTimeline>(m_articles);
}

void TestExportRequest::extent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QPointF>("centreLonLat"); // where the extent is centred; (0, 0): the Home view
    QTest::addColumn<double>("widthMetres");   // 0: not checked
    QTest::addColumn<int>("margin");
    QTest::newRow("empty: the Home view") << QString() << QPointF() << 0.0 << 10;
    QTest::newRow("blank: the Home view") << QStringLiteral("  ") << QPointF() << 0.0 << 10;
    QTest::newRow("place, French spelling")
        << QStringLiteral("Saraqeb") << QPointF(kSaraqebLon, kSaraqebLat) << 40000.0 << 0;
    QTest::newRow("place, Arabic spelling")
        << QStringLiteral("سراقب") << QPointF(kSaraqebLon, kSaraqebLat) << 40000.0 << 0;
    QTest::newRow("place, upper case variant")
        << QStringLiteral("SARAQIB") << QPointF(kSaraqebLon, kSaraqebLat) << 40000.0 << 0;
    QTest::newRow("box") << QStringLiteral("36.4,35.6,36.9,36.0") << QPointF(36.65, 35.8) << 0.0 << 0;
    QTest::newRow("box with spaces") << QStringLiteral(" 36.4, 35.6 ,36.9,36.0 ") << QPointF(36.65, 35.8) << 0.0 << 0;
}

void TestExportRequest::extent()
{
    QFETCH(QString, text);
    QFETCH(QPointF, centreLonLat);
    QFETCH(double, widthMetres);
    QFETCH(int, margin);
    QString error;
    const auto parsed = parseExportExtent(text, *m_data, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->marginPixels, margin);
    const Projector projector(m_data->crs);
    if (centreLonLat.isNull()) {
        QCOMPARE(parsed->mapRect, homeExtent(*m_data));
    } else {
        const QPointF centre = projector.inverse(parsed->mapRect.center());
        QVERIFY2(std::abs(centre.x() - centreLonLat.x()) < 0.01 && std::abs(centre.y() - centreLonLat.y()) < 0.01,
                 qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
    }
    if (widthMetres > 0) {
        QCOMPARE(parsed->mapRect.width(), widthMetres);
        QCOMPARE(parsed->mapRect.height(), widthMetres);
    }
    // A viewport of any shape shows all of it.
    const Viewport vp = viewportFor(*parsed, QSize(800, 300));
    QCOMPARE(vp.size(), QSize(800, 300));
    const QRectF shown = vp.mapRect().adjusted(-1, -1, 1, 1);
    QVERIFY(shown.contains(parsed->mapRect));
}

void TestExportRequest::badExtentSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("inverted box") << QStringLiteral("37,36,36,35") << QStringLiteral("minlon < maxlon");
    QTest::newRow("not a number") << QStringLiteral("36.4,north,36.9,36.0")
                                  << QStringLiteral("\"north\" is not a number");
    QTest::newRow("latitude past 85") << QStringLiteral("36,35,37,89") << QStringLiteral("in degrees");
    QTest::newRow("box outside the data") << QStringLiteral("2,48,3,49") << QStringLiteral("outside the map's data");
    QTest::newRow("unknown place") << QStringLiteral("Atlantis") << QStringLiteral("no such place");
}

void TestExportRequest::badExtentSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseExportExtent(text, *m_data, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(text), qPrintable(error)); // names what was given
}

void TestExportRequest::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::newRow("web") << int(ExportPreset::Web) << QSize(1200, 675) << 96;
    QTest::newRow("social") << int(ExportPreset::Social) << QSize(1080, 1080) << 96;
    QTest::newRow("A4 at 300 dpi") << int(ExportPreset::PrintA4) << QSize(2480, 3508) << 300;
    QTest::newRow("A3 at 300 dpi") << int(ExportPreset::PrintA3) << QSize(3508, 4961) << 300;
}

void TestExportRequest::presets()
{
    QFETCH(int, preset);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    ExportRequest r = newExportRequest(ExportFormat::Png, Language::English);
    r.orientation = QPageLayout::Landscape; // a print preset is a portrait page whatever came before
    applyExportPreset(r, ExportPreset(preset));
    QCOMPARE(r.pixelSize, pixels);
    QCOMPARE(r.dpi, dpi);
}

void TestExportRequest::presetKeysRoundTrip()
{
    for (ExportPreset p :
         {ExportPreset::Web, ExportPreset::Social, ExportPreset::PrintA4, ExportPreset::PrintA3, ExportPreset::Custom})
        QCOMPARE(exportPresetForKey(exportPresetKey(p)), p);
    QVERIFY(!exportPresetForKey(QStringLiteral("poster")));
}

void TestExportRequest::limits_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("smallest") << QSize(16, 16) << 24 << QString();
    QTest::newRow("largest") << QSize(20000, 20000) << 2400 << QString();
    QTest::newRow("dpi too low") << QSize(800, 600) << 23 << QStringLiteral("expected 24 to 2400");
    QTest::newRow("dpi too high") << QSize(800, 600) << 2401 << QStringLiteral("expected 24 to 2400");
    QTest::newRow("too narrow") << QSize(15, 600) << 96 << QStringLiteral("between 16 and 20000");
    QTest::newRow("too tall") << QSize(800, 20001) << 96 << QStringLiteral("between 16 and 20000");
}

void TestExportRequest::limits()
{
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    QFETCH(QString, message);
    ExportRequest r = newExportRequest(ExportFormat::Png, Language::French);
    const ExportRequest before = r;
    QString error;
    const bool ok = setExportPixelSize(r, pixels, dpi, &error);
    QCOMPARE(ok, message.isEmpty());
    if (ok) {
        QCOMPARE(r.pixelSize, pixels);
        QCOMPARE(r.dpi, dpi);
    } else {
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(r.pixelSize, before.pixelSize); // a refused size leaves the request as it was
        QCOMPARE(r.dpi, before.dpi);
    }
}

void TestExportRequest::pdfGetsACustomPageOfItsSize()
{
    ExportRequest r = newExportRequest(ExportFormat::Pdf, Language::French);
    QString error;
    QVERIFY2(setExportPixelSize(r, QSize(1200, 675), 96, &error), qPrintable(error));
    const QSizeF inches = pageSizeInches(r.pageSize, r.orientation);
    QVERIFY(std::abs(inches.width() - 12.5) < 1e-6);
    QVERIFY(std::abs(inches.height() - 675.0 / 96) < 1e-6);
}

void TestExportRequest::pages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels"); // empty: refused
    QTest::newRow("A4 portrait at 300") << QStringLiteral("A4") << false << 300 << QSize(2480, 3508);
    QTest::newRow("a3 landscape at 150") << QStringLiteral("a3") << true << 150 << QSize(2480, 1754);
    QTest::newRow("letter at 96") << QStringLiteral("Letter") << false << 96 << QSize(816, 1056);
    QTest::newRow("A4 at 2400 dpi is too big") << QStringLiteral("A4") << false << 2400 << QSize();
    QTest::newRow("unknown page") << QStringLiteral("B5") << false << 300 << QSize();
}

void TestExportRequest::pages()
{
    QFETCH(QString, text);
    QFETCH(bool, landscape);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    ExportRequest r = newExportRequest(ExportFormat::Png, Language::French);
    r.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    QString error;
    const auto page = parseExportPage(text, &error);
    const bool ok = page && setExportPage(r, *page, dpi, &error);
    QCOMPARE(ok, !pixels.isEmpty());
    if (ok)
        QCOMPARE(r.pixelSize, pixels);
    else
        QVERIFY(!error.isEmpty());
}

void TestExportRequest::pageOverTheLimitsSaysWhatFits_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("message");
    // Once allocated 8.9 GB, then printed a QPainter warning per feature and "Image is empty".
    QTest::newRow("A3 at 2400 dpi") << QStringLiteral("A3") << false << 2400
                                    << QStringLiteral("A3 at 2400 dpi is 28063x39685 pixels (1113 megapixels, about "
                                                      "8.9 GB of memory to draw), over the limit of 400 megapixels and "
                                                      "20000 pixels a side; give 1209 dpi or less (14137x19991 "
                                                      "pixels), or a smaller page");
    QTest::newRow("A4 landscape at 1800 dpi")
        << QStringLiteral("A4") << true << 1800
        << QStringLiteral("A4 at 1800 dpi is 21047x14882 pixels (313 megapixels, about 2.5 GB of memory to draw), "
                          "over the limit of 400 megapixels and 20000 pixels a side; give 1710 dpi or less "
                          "(19995x14138 pixels), or a smaller page");
}

// Refused before anything is allocated, with the page, its pixels, the memory they take and the resolution that
// fits: that resolution is accepted, one more is not.
void TestExportRequest::pageOverTheLimitsSaysWhatFits()
{
    QFETCH(QString, page);
    QFETCH(bool, landscape);
    QFETCH(int, dpi);
    QFETCH(QString, message);
    ExportRequest r = newExportRequest(ExportFormat::Png, Language::French);
    r.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    QString error;
    const auto size = parseExportPage(page, &error);
    QVERIFY(size);
    QVERIFY(!setExportPage(r, *size, dpi, &error));
    QCOMPARE(error, message);
    const QRegularExpression fitting(QStringLiteral("give (\\d+) dpi or less \\((\\d+)x(\\d+) pixels\\)"));
    const auto m = fitting.match(error);
    QVERIFY(m.hasMatch());
    QVERIFY2(setExportPage(r, *size, m.captured(1).toInt(), &error), qPrintable(error));
    QCOMPARE(r.pixelSize, QSize(m.captured(2).toInt(), m.captured(3).toInt()));
    QVERIFY(!setExportPage(r, *size, m.captured(1).toInt() + 1, &error));
}

void TestExportRequest::frameShowsTheExtentWithTheNotesBehindIt()
{
    const QDate date(2020, 2, 8);
    const PostTimeline posts(m_data->posts, m_articles);
    ExportRequest r = newExportRequest(ExportFormat::Png, Language::English);
    r.data = m_data;
    r.asOf = date;
    r.settings.control = controlOverlayAt(*m_timeline, &posts, *m_catalog, date, m_data->crs);
    QString error;
    QVERIFY2(setExportPixelSize(r, QSize(1200, 675), 96, &error), qPrintable(error));
    const auto extent = parseExportExtent(QStringLiteral("Saraqeb"), *m_data, &error);
    QVERIFY2(extent, qPrintable(error));

    const ExportNoteSources sources{m_timeline.get(), &m_articles, m_catalog.get(), {}};
    QVERIFY2(fitExportFrame(r, *extent, &sources, &error), qPrintable(error));
    QVERIFY(!r.notes.isEmpty()); // Saraqeb changed hands around the date
    // The frame is what the page leaves once the notes are in, and it shows the whole extent.
    QCOMPARE(r.settings.viewport.size(), mapFramePixelSize(r));
    QVERIFY(r.settings.viewport.size().height() < r.pixelSize.height());
    QVERIFY(r.settings.viewport.mapRect().adjusted(-1, -1, 1, 1).contains(extent->mapRect));
    QVERIFY(!r.settings.drawDateBadge); // the page has its own "as of" line

    // Without sources, no notes: on a screen page the notes sit in the panel beside the map, so the frame is the
    // same size (the map keeps its room).
    ExportRequest bare = r;
    bare.notes.clear();
    QVERIFY2(fitExportFrame(bare, *extent, nullptr, &error), qPrintable(error));
    QVERIFY(bare.notes.isEmpty());
    QCOMPARE(bare.settings.viewport.size(), r.settings.viewport.size());
}

void TestExportRequest::frameOnlyFormatsHaveNoNotes()
{
    const QDate date(2020, 2, 8);
    const PostTimeline posts(m_data->posts, m_articles);
    ExportRequest r = newExportRequest(ExportFormat::GeoTiff, Language::French);
    r.data = m_data;
    r.settings.control = controlOverlayAt(*m_timeline, &posts, *m_catalog, date, m_data->crs);
    QString error;
    QVERIFY2(setExportPixelSize(r, QSize(640, 480), 96, &error), qPrintable(error));
    const auto extent = parseExportExtent({}, *m_data, &error);
    QVERIFY2(extent, qPrintable(error));
    const ExportNoteSources sources{m_timeline.get(), &m_articles, m_catalog.get(), {}};
    QVERIFY2(fitExportFrame(r, *extent, &sources, &error), qPrintable(error));
    QVERIFY(r.notes.isEmpty());
    QCOMPARE(r.settings.viewport.size(), QSize(640, 480)); // the frame is the whole image
}

QTEST_MAIN(TestExportRequest)
#include "test_export_request.moc"
