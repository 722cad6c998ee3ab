// What format 1.1 adds is on the picture: the M4 corridor is a band 6 km each side of the road's line, an area
// claim hatches its governorate and no other, a shelling has its symbol beside its place, a ceasefire its dated
// note; each has its legend row in French, English and Arabic.
#include "geo/control/control_overlay.h"
#include "geo/core/projector.h"
#include "geo/data/map_data_loader.h"
#include "geo/render/event_painter.h"
#include "geo/render/map_legend.h"
#include "geo/render/map_renderer.h"

#include "bundled_data.h"

#include <QDir>
#include <QLineF>
#include <QTest>

using namespace geo;

namespace {

const QDate kDate(2020, 3, 10);

int colorDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// How many pixels of the box of half-size HALF around AT differ by more than 40 between A and B.
int changedPixels(const QImage& a, const QImage& b, QPointF at, int half = 6)
{
    int changed = 0;
    for (int dx = -half; dx <= half; ++dx)
        for (int dy = -half; dy <= half; ++dy) {
            const QPoint p(qRound(at.x()) + dx, qRound(at.y()) + dy);
            if (a.rect().contains(p) && colorDistance(a.pixelColor(p), b.pixelColor(p)) > 40)
                ++changed;
        }
    return changed;
}

QString keep(const QImage& image, const QString& name)
{
    const QString path = QDir::current().filePath(name + QStringLiteral(".png"));
    image.save(path);
    return path;
}

DatedEvent m4Corridor()
{
    DatedEvent e;
    e.articleId = QStringLiteral("test");
    e.annotationId = QStringLiteral("corridor");
    e.kind = MapEventKind::Corridor;
    e.from = QDate(2020, 3, 6);
    e.road = QStringLiteral("road:M4");
    e.halfWidthMetres = 6000;
    return e;
}

AreaClaim idlebClaim()
{
    AreaClaim a;
    a.articleId = QStringLiteral("test");
    a.annotationId = QStringLiteral("area");
    a.pcode = QStringLiteral("SY07");
    a.controller = Controller::Hts;
    a.date = QDate(2020, 1, 31);
    return a;
}

} // namespace

class TestEventPainter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theCorridorIsDrawnAlongTheRoad();
    void anAreaClaimHatchesItsGovernorateOnly();
    void pointEventsAndNotesAreDrawn();
    void legendRowsInTheThreeLanguages_data();
    void legendRowsInTheThreeLanguages();
    void hidingTheEventsRemovesThem();
    void identifyFindsTheAreaClaim();

private:
    RenderSettings settings(QList<DatedEvent> events, QList<AreaClaim> claims) const;
    QPointF screenOf(const RenderSettings& s, QPointF lonLat) const;
    std::shared_ptr<const MapData> m_data;
};

void TestEventPainter::initTestCase()
{
    QString error;
    m_data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
}

RenderSettings TestEventPainter::settings(QList<DatedEvent> events, QList<AreaClaim> claims) const
{
    RenderSettings s;
    s.viewport = Viewport(QPointF(), 1, QSize(1200, 900));
    s.viewport.fit(homeExtent(*m_data), 0);
    s.drawCredits = false;
    s.drawLabels = false;
    // Only the events differ between two pictures: no towns, posts or highway lines over them.
    s.hiddenLayers = {QStringLiteral("places"), QStringLiteral("posts"), kSchematicHighwaysId};
    ControlSnapshot snapshot;
    snapshot.date = kDate;
    auto overlay = std::make_shared<ControlOverlay>(*buildControlOverlay(snapshot, m_data->crs));
    overlay->events = std::move(events);
    overlay->areaClaims = std::move(claims);
    s.control = overlay;
    return s;
}

QPointF TestEventPainter::screenOf(const RenderSettings& s, QPointF lonLat) const
{
    return s.viewport.toScreen(Projector(m_data->crs).forward(lonLat));
}

void TestEventPainter::theCorridorIsDrawnAlongTheRoad()
{
    const RenderSettings plainSettings = settings({}, {});
    const RenderSettings withSettings = settings({m4Corridor()}, {});
    const QImage plain = MapRenderer::renderImage(plainSettings, *m_data);
    const QImage image = MapRenderer::renderImage(withSettings, *m_data);
    // Across the middle of every segment of the M4's line (from the map data): 3 km off the road is tinted,
    // 12 km off is not.
    const Projector utm(DisplayCrs::Utm37N);
    const Geometry road = roadLineLonLat(*m_data, QStringLiteral("M4"));
    QVERIFY(!road.isEmpty());
    int inFrame = 0;
    for (const QVector<QPointF>& part : road.parts)
        for (int i = 0; i + 1 < part.size(); ++i) {
            const QPointF a = utm.forward(part[i]), b = utm.forward(part[i + 1]);
            const QLineF dir(a, b);
            const QPointF normal = QPointF(-dir.dy(), dir.dx()) / dir.length();
            const QPointF mid = (a + b) / 2;
            for (const double side : {-1.0, 1.0}) {
                const QPointF near = screenOf(withSettings, utm.inverse(mid + side * 3000 * normal));
                const QPointF far = screenOf(withSettings, utm.inverse(mid + side * 12000 * normal));
                if (!image.rect().adjusted(5, 5, -5, -5).contains(near.toPoint()) ||
                    !image.rect().adjusted(5, 5, -5, -5).contains(far.toPoint()))
                    continue;
                ++inFrame;
                if (changedPixels(plain, image, near, 1) < 9)
                    QFAIL(qPrintable("no corridor 3 km off the M4: " + keep(image, "corridor")));
                QCOMPARE(changedPixels(plain, image, far, 1), 0);
            }
        }
    QVERIFY(inFrame >= 4);
}

void TestEventPainter::anAreaClaimHatchesItsGovernorateOnly()
{
    const QImage plain = MapRenderer::renderImage(settings({}, {}), *m_data);
    const RenderSettings s = settings({}, {idlebClaim()});
    const QImage image = MapRenderer::renderImage(s, *m_data);
    // Idleb city's point (key_towns.csv), the towns hidden: hatched in HTS's grey, some pixels changed, not all.
    const QPointF idleb = screenOf(s, QPointF(36.63393, 35.93062));
    const int changed = changedPixels(plain, image, idleb);
    if (changed < 10 || changed > 13 * 13 - 10)
        QFAIL(qPrintable(QStringLiteral("no hatch at Idleb (%1 pixels changed): ").arg(changed) +
                         keep(image, "area_claim")));
    // Hama and Aleppo are in other governorates: untouched.
    QCOMPARE(changedPixels(plain, image, screenOf(s, QPointF(36.75783, 35.13179))), 0);
    QCOMPARE(changedPixels(plain, image, screenOf(s, QPointF(37.16117, 36.20124))), 0);
}

void TestEventPainter::pointEventsAndNotesAreDrawn()
{
    DatedEvent shelling;
    shelling.kind = MapEventKind::Shelling;
    shelling.from = shelling.to = kDate;
    shelling.lonLat = QPointF(36.80591, 35.86447); // Saraqeb (key_towns.csv)
    DatedEvent ceasefire;
    ceasefire.kind = MapEventKind::Ceasefire;
    ceasefire.from = QDate(2020, 3, 6);
    const QImage plain = MapRenderer::renderImage(settings({}, {}), *m_data);
    const RenderSettings s = settings({shelling, ceasefire}, {});
    const QImage image = MapRenderer::renderImage(s, *m_data);
    const QPointF saraqeb = screenOf(s, *shelling.lonLat);
    // The symbol stands beside the town's point (up and left, a post's marker being up and right), not on it.
    QVERIFY(changedPixels(plain, image, saraqeb + QPointF(-10, -10), 2) >= 15);
    // The note is under the date badge, in the top-left corner, and says the date in the label language.
    const QRectF notes = eventNotesRect(s, QRectF(0, 0, 1200, 900), 60);
    QVERIFY(!notes.isEmpty());
    QCOMPARE(eventNoteTexts(s, Language::French),
             QStringList{QStringLiteral("Cessez-le-feu en vigueur depuis le 6 mars 2020")});
    QCOMPARE(eventNoteTexts(s, Language::English),
             QStringList{QStringLiteral("Ceasefire in force since 6 March 2020")});
    // An Arabic map has them at the right, where it starts; what the caller keeps clear pushes them down.
    RenderSettings ar = s;
    ar.labelLanguage = Language::Arabic;
    const QRectF arNotes = eventNotesRect(ar, QRectF(0, 0, 1200, 900), 60);
    QCOMPARE(arNotes.right(), 1190.0);
    ar.keepClear = {QRectF(1100, 50, 80, 60)};
    QCOMPARE(eventNotesRect(ar, QRectF(0, 0, 1200, 900), 60).top(), 114.0);
    const QRectF badge = MapRenderer::dateBadgeRect(QPointF(10, 10), kDate, s.labelLanguage);
    QVERIFY(changedPixels(plain, image, QPointF(20, badge.bottom() + 4 + notes.height() / 2), 4) > 20);
}

void TestEventPainter::legendRowsInTheThreeLanguages_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fr") << Language::French
                        << QStringList{
                               QStringLiteral("Revendication sur tout un gouvernorat : précision moindre"),
                               QStringLiteral("Corridor de sécurité le long de la M4 (6 km de part et d’autre)"),
                               QStringLiteral("Bombardement d’artillerie"), QStringLiteral("Cessez-le-feu en vigueur")};
    QTest::newRow("en") << Language::English
                        << QStringList{QStringLiteral("Area claim: whole governorate, lower precision"),
                                       QStringLiteral("Security corridor along the M4 (6 km each side)"),
                                       QStringLiteral("Shelling"), QStringLiteral("Ceasefire in force")};
    QTest::newRow("ar") << Language::Arabic
                        << QStringList{QStringLiteral("ادعاء سيطرة على محافظة كاملة: دقة أقل"),
                                       QStringLiteral("ممر آمن على طول الطريق M4 (6 كم على كل جانب)"),
                                       QStringLiteral("قصف مدفعي"), QStringLiteral("وقف إطلاق النار ساري")};
}

void TestEventPainter::legendRowsInTheThreeLanguages()
{
    QFETCH(Language, lang);
    QFETCH(QStringList, expected);
    DatedEvent shelling;
    shelling.kind = MapEventKind::Shelling;
    shelling.from = shelling.to = kDate;
    shelling.lonLat = QPointF(36.80591, 35.86447);
    DatedEvent ceasefire;
    ceasefire.kind = MapEventKind::Ceasefire;
    ceasefire.from = QDate(2020, 3, 6);
    RenderSettings s = settings({m4Corridor(), shelling, ceasefire}, {idlebClaim()});
    s.hiddenLayers.clear();
    const QVector<LegendRow> rows = legendRows(s, *m_data, lang, LegendScope::VisibleLayers);
    QStringList texts;
    for (const LegendRow& r : rows)
        texts << r.text;
    for (const QString& e : expected) {
        const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString& t) { return t.startsWith(e); });
        if (!found)
            QFAIL(qPrintable(QStringLiteral("no legend row \"%1\" in:\n%2").arg(e, texts.join(QLatin1Char('\n')))));
    }
    // The bundled M4 is schematic, and the corridor's row says it is drawn around that line.
    QVERIFY(texts
                .filter(byLanguage(lang, QStringLiteral("schématique"), QStringLiteral("schematic"),
                                   QStringLiteral("تخطيطي")))
                .size() >= 2);
    // Without events, no such rows.
    const QVector<LegendRow> none = legendRows(settings({}, {}), *m_data, lang, LegendScope::VisibleLayers);
    for (const LegendRow& r : none)
        QVERIFY(!r.text.startsWith(expected.first()) && !r.text.startsWith(expected[1]));
}

void TestEventPainter::hidingTheEventsRemovesThem()
{
    RenderSettings s = settings({m4Corridor()}, {idlebClaim()});
    const QImage shown = MapRenderer::renderImage(s, *m_data);
    s.hiddenLayers << kEventsId << kAreaClaimsId;
    const QImage hidden = MapRenderer::renderImage(s, *m_data);
    const QImage plain = MapRenderer::renderImage(settings({}, {}), *m_data);
    QVERIFY(shown != plain);
    QCOMPARE(hidden, plain);
    QVERIFY(eventLegendRows(s, *m_data, Language::English).isEmpty());
}

void TestEventPainter::identifyFindsTheAreaClaim()
{
    const RenderSettings s = settings({}, {idlebClaim()});
    const QList<AreaClaim> atIdleb = areaClaimsAt(*m_data, s, screenOf(s, QPointF(36.63393, 35.93062)));
    QCOMPARE(atIdleb.size(), 1);
    QCOMPARE(atIdleb.first().pcode, QStringLiteral("SY07"));
    QVERIFY(areaClaimsAt(*m_data, s, screenOf(s, QPointF(36.75783, 35.13179))).isEmpty()); // Hama
    QVERIFY(areaClaimPrecisionText(atIdleb.first(), Language::English).contains(QStringLiteral("lower precision")));
}

QTEST_MAIN(TestEventPainter)
#include "test_event_painter.moc"
