// From 1.1 article files to the exported page: the bundled articles, each text re-annotated in
// resources/articles/samples-1.1 taken from there (the ceasefire of 5 March 2020 with its agreement and the M4
// corridor 12 km wide, the AFP dispatch with its claim about the whole Idleb governorate, shelling and air strikes
// at posts). On 10 March 2020 the page shows the corridor along the M4's line, the hatched governorate, the
// ceasefire's dated note, and their legend rows, in French, English and Arabic. FRONTLINE_KEEP_PAGES=DIR keeps the
// pages there, to be looked at.
#include "geo/articles/article_reader.h"
#include "geo/control/dated_control.h"
#include "geo/data/map_data_loader.h"
#include "geo/export/export_request.h"
#include "geo/export/map_exporter.h"
#include "geo/render/event_painter.h"
#include "geo/render/map_legend.h"

#include "bundled_data.h"
#include "../control/bundled_history.h"

#include <QDir>
#include <QSet>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

Q_DECLARE_METATYPE(geo::Language)

namespace {

const QDate kDate(2020, 3, 10);

QList<Article> samples()
{
    QList<Article> out;
    const QDir dir(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/samples-1.1"));
    for (const QString& name : dir.entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name)) {
        const auto read = ArticleReader::read(dir.filePath(name), {});
        if (!read.ok())
            qFatal("%s: %s", qPrintable(name), qPrintable(read.messages().join(QStringLiteral("; "))));
        out.append(*read.article);
    }
    return out;
}

} // namespace

class TestEventExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theArticlesGiveTheEventsAndTheAreaClaim();
    void beforeTheAgreementThereIsNoCorridor();
    void eventsAtAPlaceAreLocated();
    void thePageShowsThem_data();
    void thePageShowsThem();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const MapData> m_data;
    std::shared_ptr<const EntityCatalog> m_catalog;
    QList<Article> m_articles;
    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const PostTimeline> m_posts;
};

void TestEventExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    // A sample holds the same text as the bundled article it re-annotates, and stands for it.
    const QList<Article> resampled = samples();
    QVERIFY(resampled.size() >= 3);
    QSet<QString> texts;
    for (const Article& a : resampled)
        texts.insert(a.fingerprint);
    for (const Article& a : frontline::test::bundledArticles())
        if (!texts.contains(a.fingerprint))
            m_articles.append(a);
    m_articles << resampled;
    m_timeline = std::make_shared<const ControlTimeline>(m_articles);
    m_posts = std::make_shared<const PostTimeline>(m_data->posts, m_articles);
}

void TestEventExport::theArticlesGiveTheEventsAndTheAreaClaim()
{
    const auto overlay = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, kDate, m_data->crs);
    QVERIFY(overlay);
    QList<DatedEvent> ceasefires, corridors;
    for (const DatedEvent& e : overlay->events) {
        if (e.kind == MapEventKind::Ceasefire)
            ceasefires << e;
        else if (e.kind == MapEventKind::Corridor)
            corridors << e;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected event on 10 March 2020: ") + mapEventKindName(e.kind)));
    }
    // "a new cease-fire agreement": an "Agreement" that the words call a cease-fire, in force from 6 March.
    QVERIFY(!ceasefires.isEmpty());
    for (const DatedEvent& e : std::as_const(ceasefires)) {
        QCOMPARE(e.from, QDate(2020, 3, 6));
        QVERIFY(!e.to.isValid());
    }
    QVERIFY(!corridors.isEmpty());
    for (const DatedEvent& e : std::as_const(corridors)) {
        QCOMPARE(e.roadRef(), QStringLiteral("M4"));
        QCOMPARE(e.halfWidthMetres, 6000.0); // "width_km": 12, 6 km each side
        QCOMPARE(e.from, QDate(2020, 3, 6));
    }
    QCOMPARE(overlay->areaClaims.size(), 1);
    const AreaClaim& claim = overlay->areaClaims.first();
    QCOMPARE(claim.pcode, QStringLiteral("SY07"));
    QCOMPARE(claim.controller, Controller::Hts);
    QCOMPARE(claim.date, QDate(2020, 2, 8));
    QCOMPARE(claim.claimant, QStringLiteral("AFP"));
    QVERIFY(claim.quote.startsWith(QStringLiteral("Plus de la moitié")));
}

void TestEventExport::beforeTheAgreementThereIsNoCorridor()
{
    // Agreed on 5 March, in force from 6 March: the day before, the corridor is not there and the ceasefire in
    // force is the one of late August 2019 (the latest before it).
    const auto before = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, QDate(2020, 3, 5), m_data->crs);
    for (const DatedEvent& e : before->events) {
        QVERIFY(e.kind != MapEventKind::Corridor);
        if (e.kind == MapEventKind::Ceasefire || e.kind == MapEventKind::Agreement)
            QCOMPARE(e.from, QDate(2019, 8, 31));
    }
    QCOMPARE(before->areaClaims.size(), 1); // the AFP claim of 8 February still holds
    const auto earlier = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, QDate(2020, 2, 7), m_data->crs);
    QVERIFY(earlier->areaClaims.isEmpty());
}

void TestEventExport::eventsAtAPlaceAreLocated()
{
    // The shelling of the post at Shekh Aqil on 16 February (post:3): on that day only, at the post's point.
    const auto day = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, QDate(2020, 2, 16), m_data->crs);
    const auto shelling = std::find_if(day->events.cbegin(), day->events.cend(),
                                       [](const DatedEvent& e) { return e.kind == MapEventKind::Shelling; });
    QVERIFY(shelling != day->events.cend());
    QCOMPARE(shelling->place, QStringLiteral("post:3"));
    QCOMPARE(shelling->lonLat, m_catalog->lonLat(QStringLiteral("post:3")));
    const auto next = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, QDate(2020, 2, 17), m_data->crs);
    for (const DatedEvent& e : next->events)
        QVERIFY(e.kind != MapEventKind::Shelling);
}

void TestEventExport::thePageShowsThem_data()
{
    QTest::addColumn<Language>("lang");
    QTest::newRow("fr") << Language::French;
    QTest::newRow("en") << Language::English;
    QTest::newRow("ar") << Language::Arabic;
}

void TestEventExport::thePageShowsThem()
{
    QFETCH(Language, lang);
    ExportRequest r = newExportRequest(ExportFormat::Png, lang);
    QString error;
    QVERIFY2(setExportPixelSize(r, QSize(1200, 675), 96, &error), qPrintable(error));
    r.data = m_data;
    r.asOf = kDate;
    const QString keepDir = qEnvironmentVariable("FRONTLINE_KEEP_PAGES");
    r.outPath = QDir(keepDir.isEmpty() ? m_dir.path() : keepDir)
                    .filePath(QStringLiteral("events-2020-03-10-%1.png").arg(languageCode(lang)));
    r.settings.control = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, kDate, m_data->crs);
    const auto extent = parseExportExtent(QString(), *m_data, &error);
    const ExportNoteSources sources{m_timeline.get(), &m_articles, m_catalog.get(), {}};
    QVERIFY2(extent && fitExportFrame(r, *extent, &sources, &error), qPrintable(error));
    const ExportResult result = exportMap(r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QImage page(r.outPath);
    QVERIFY(!page.isNull());

    // The legend of the frame has the corridor's, the area claim's and the ceasefire's rows in the language.
    QStringList texts;
    for (const LegendRow& row : legendRows(r.settings, *m_data, lang, LegendScope::InFrame))
        texts << row.text;
    const QString corridor =
        byLanguage(lang, QStringLiteral("Corridor de sécurité le long de la M4"),
                   QStringLiteral("Security corridor along the M4"), QStringLiteral("ممر آمن على طول الطريق M4"));
    const QString area = areaClaimPrecisionText(r.settings.control->areaClaims.first(), lang);
    QVERIFY2(texts.filter(corridor).size() == 1, qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(texts.contains(area));
    QCOMPARE(eventNoteTexts(r.settings, lang).size(), 1);

    // And the page is not the one without them (the pixels are checked in test_event_painter).
    ExportRequest plain = r;
    auto without = std::make_shared<ControlOverlay>(*r.settings.control);
    without->events.clear();
    without->areaClaims.clear();
    plain.settings.control = without;
    plain.outPath = m_dir.filePath(QStringLiteral("plain-%1.png").arg(languageCode(lang)));
    QVERIFY(exportMap(plain).ok);
    const QImage plainPage(plain.outPath);
    QCOMPARE(plainPage.size(), page.size());
    QVERIFY(page != plainPage);
}

QTEST_MAIN(TestEventExport)
#include "test_event_export.moc"
