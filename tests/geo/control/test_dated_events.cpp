// Format 1.1's events and area claims: which hold on a date, and the corridor along a road: the M4's line from the
// map data buffered 6 km each side in metres (12 km across), following the road.
#include "geo/control/area_claims.h"
#include "geo/control/dated_events.h"
#include "geo/core/projector.h"
#include "geo/data/map_data.h"

#include "bundled_data.h"

#include <QLineF>
#include <QPainterPath>
#include <QTest>

#include <cmath>

using namespace geo;

class TestDatedEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theM4CorridorIsTwelveKilometresAcross();
    void aRealLineOpenedByTheUserReplacesTheSchematicOne();
    void noRoadNoCorridor();
    void eventsHoldOnTheirDays();
    void acledTypesGiveTheMapKind_data();
    void acledTypesGiveTheMapKind();
    void theLatestAreaClaimHolds();
    void aGovernorateClaimTakesTheGovernoratesOutline();

private:
    std::shared_ptr<const MapData> m_data;
};

namespace {

// Whether LONLAT is inside the polygons of BAND (EPSG:4326).
bool inside(const Geometry& band, QPointF lonLat)
{
    return toPainterPath(band).contains(lonLat);
}

DatedEvent datedEvent(MapEventKind kind, QDate from, QDate to = {})
{
    DatedEvent e;
    e.kind = kind;
    e.from = from;
    e.to = to;
    return e;
}

AreaClaim claim(const QString& id, const QString& pcode, Controller c, QDate date,
                ClaimStatus status = ClaimStatus::Claimed)
{
    AreaClaim a;
    a.articleId = QStringLiteral("a");
    a.annotationId = id;
    a.pcode = pcode;
    a.controller = c;
    a.date = date;
    a.status = status;
    return a;
}

} // namespace

void TestDatedEvents::initTestCase()
{
    QString error;
    m_data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestDatedEvents::theM4CorridorIsTwelveKilometresAcross()
{
    bool schematic = false;
    const Geometry road = roadLineLonLat(*m_data, QStringLiteral("M4"), &schematic);
    QCOMPARE(road.kind, GeometryKind::Line);
    QVERIFY(!road.isEmpty());
    QVERIFY(schematic); // the bundled line is the schematic one through the towns the road serves
    // Its first point is Aleppo's, as highway_towns_order.csv says (no coordinate of our own).
    QVERIFY(QLineF(road.parts.first().first(), QPointF(37.16117, 36.20124)).length() < 1e-6);

    QString error;
    const Geometry band = corridorAround(road, 6000, &error);
    QVERIFY2(!band.isEmpty(), qPrintable(error));
    QCOMPARE(band.kind, GeometryKind::Polygon);

    // Across the middle of every segment: 5.8 km either side is in the band, 6.2 km out of it.
    const Projector utm(DisplayCrs::Utm37N);
    int checked = 0;
    for (const QVector<QPointF>& part : road.parts) {
        for (int i = 0; i + 1 < part.size(); ++i) {
            const QPointF a = utm.forward(part[i]), b = utm.forward(part[i + 1]);
            const QPointF mid = (a + b) / 2;
            QLineF dir(a, b);
            const QPointF normal = QPointF(-dir.dy(), dir.dx()) / dir.length();
            for (const double side : {-1.0, 1.0}) {
                QVERIFY(inside(band, utm.inverse(mid + side * 5800 * normal)));
                QVERIFY(!inside(band, utm.inverse(mid + side * 6200 * normal)));
            }
            QVERIFY(inside(band, utm.inverse(mid)));
            ++checked;
        }
    }
    QCOMPARE(checked, road.parts.first().size() - 1);
    // And no farther than the road's ends (with the round caps): 20 km beyond Latakia is outside.
    const QPointF latakia = utm.forward(road.parts.first().last());
    QVERIFY(inside(band, utm.inverse(latakia + QPointF(-5800, 0))));
    QVERIFY(!inside(band, utm.inverse(latakia + QPointF(-20000, 0))));
}

void TestDatedEvents::aRealLineOpenedByTheUserReplacesTheSchematicOne()
{
    // A layer above the bundled one with a line tagged ref=M4 (here the schematic line's first two towns, in the
    // display CRS the loader would have given it): the corridor follows that line, not the schematic one.
    const Geometry schematicLine = roadLineLonLat(*m_data, QStringLiteral("M4"));
    QVERIFY(schematicLine.parts.first().size() > 2);
    auto layer = std::make_shared<MapLayer>();
    layer->id = QStringLiteral("user:/tmp/m4.geojson#m4");
    layer->role = LayerRole::Highways;
    layer->kind = GeometryKind::Line;
    MapFeature f;
    f.geometry.kind = GeometryKind::Line;
    const Projector display(m_data->crs);
    QVector<QPointF> pts{schematicLine.parts.first()[0], schematicLine.parts.first()[1]};
    QVERIFY(display.forward(&pts));
    f.geometry.parts = {pts};
    f.attributes.insert(QStringLiteral("ref"), QStringLiteral("M4"));
    layer->features = {f};
    const auto withReal = m_data->withLayer(layer);
    bool schematic = true;
    const Geometry real = roadLineLonLat(*withReal, QStringLiteral("M4"), &schematic);
    QVERIFY(!schematic);
    QCOMPARE(real.parts.size(), 1);
    QCOMPARE(real.parts.first().size(), 2);
    const Geometry band = corridorAround(real, 6000);
    // Jisr al-Shughur, on the schematic line but not on the two-town one, is outside this band.
    QVERIFY(inside(corridorAround(schematicLine, 6000), schematicLine.parts.first()[3]));
    QVERIFY(!inside(band, schematicLine.parts.first()[3]));
}

void TestDatedEvents::noRoadNoCorridor()
{
    QVERIFY(roadLineLonLat(*m_data, QStringLiteral("M99")).isEmpty());
    QString error;
    QVERIFY(corridorAround(Geometry(), 6000, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(corridorAround(roadLineLonLat(*m_data, QStringLiteral("M4")), 0).isEmpty());
}

void TestDatedEvents::eventsHoldOnTheirDays()
{
    const QDate march5(2020, 3, 5), march6(2020, 3, 6);
    // The ceasefire holds from its effective date on; a shelling on its day only; a reinforcement over its span.
    const QList<DatedEvent> all{datedEvent(MapEventKind::Ceasefire, march6),
                                datedEvent(MapEventKind::Shelling, march5, march5),
                                datedEvent(MapEventKind::Reinforcement, QDate(2020, 2, 1), QDate(2020, 2, 29))};
    QCOMPARE(eventsOn(all, march5).size(), 1);
    QCOMPARE(eventsOn(all, march5).first().kind, MapEventKind::Shelling);
    QCOMPARE(eventsOn(all, march6).size(), 1);
    QCOMPARE(eventsOn(all, march6).first().kind, MapEventKind::Ceasefire);
    QCOMPARE(eventsOn(all, QDate(2020, 12, 31)).size(), 1);
    QCOMPARE(eventsOn(all, QDate(2020, 2, 15)).size(), 1);
    QCOMPARE(eventsOn(all, QDate(2020, 2, 15)).first().kind, MapEventKind::Reinforcement);
    QVERIFY(eventsOn(all, QDate(2020, 1, 31)).isEmpty());
    QVERIFY(eventsOn(all, QDate()).isEmpty());
    // A later agreement replaces an earlier one; a later corridor along the M4 the earlier one along it.
    DatedEvent truce = datedEvent(MapEventKind::Ceasefire, QDate(2019, 8, 31));
    DatedEvent oldCorridor = datedEvent(MapEventKind::Corridor, QDate(2018, 9, 17));
    oldCorridor.road = QStringLiteral("road:M4");
    DatedEvent newCorridor = datedEvent(MapEventKind::Corridor, march6);
    newCorridor.road = QStringLiteral("road:M4");
    const QList<DatedEvent> history{truce, oldCorridor, all[0], newCorridor};
    QCOMPARE(eventsOn(history, march5).size(), 2);
    QCOMPARE(eventsOn(history, march5)[0].from, QDate(2019, 8, 31));
    QCOMPARE(eventsOn(history, march5)[1].from, QDate(2018, 9, 17));
    QCOMPARE(eventsOn(history, march6).size(), 2);
    QCOMPARE(eventsOn(history, march6)[0].from, march6);
    QCOMPARE(eventsOn(history, march6)[1].from, march6);
    QCOMPARE(eventsOn(history, march6)[1].kind, MapEventKind::Corridor);
}

void TestDatedEvents::acledTypesGiveTheMapKind_data()
{
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("subEventType");
    QTest::addColumn<MapEventKind>("kind");
    QTest::newRow("agreement") << "Strategic developments"
                               << "Agreement" << MapEventKind::Agreement;
    QTest::newRow("ceasefire") << "Strategic developments"
                               << "Ceasefire" << MapEventKind::Ceasefire;
    QTest::newRow("corridor") << "Strategic developments"
                              << "Security corridor" << MapEventKind::Corridor;
    QTest::newRow("patrol") << "Strategic developments"
                            << "Joint patrol" << MapEventKind::JointPatrol;
    QTest::newRow("reinforcements") << "Strategic developments"
                                    << "Reinforcements" << MapEventKind::Reinforcement;
    QTest::newRow("shelling") << "Explosions/Remote violence"
                              << "Shelling/artillery/missile attack" << MapEventKind::Shelling;
    QTest::newRow("air") << "Explosions/Remote violence"
                         << "Air/drone strike" << MapEventKind::AirStrike;
    QTest::newRow("other") << "Protests"
                           << "Peaceful protest" << MapEventKind::Other;
}

void TestDatedEvents::acledTypesGiveTheMapKind()
{
    QFETCH(QString, eventType);
    QFETCH(QString, subEventType);
    QFETCH(MapEventKind, kind);
    QCOMPARE(mapEventKind(eventType, subEventType), kind);
}

void TestDatedEvents::theLatestAreaClaimHolds()
{
    const QList<AreaClaim> all{
        claim(QStringLiteral("c1"), QStringLiteral("SY07"), Controller::Opposition, QDate(2019, 6, 1)),
        claim(QStringLiteral("c2"), QStringLiteral("SY07"), Controller::Hts, QDate(2020, 1, 31)),
        claim(QStringLiteral("c3"), QStringLiteral("SY07"), Controller::Government, QDate(2020, 1, 31),
              ClaimStatus::Disputed),
        claim(QStringLiteral("c4"), QStringLiteral("SY07"), Controller::Government, QDate(2020, 3, 1),
              ClaimStatus::Retracted),
        claim(QStringLiteral("d1"), QStringLiteral("SY0703"), Controller::Government, QDate(2020, 2, 10))};
    QVERIFY(areaClaimsOn(all, QDate(2019, 5, 31)).isEmpty());
    QCOMPARE(areaClaimsOn(all, QDate(2019, 6, 1)).size(), 1);
    QCOMPARE(areaClaimsOn(all, QDate(2019, 6, 1)).first().annotationId, QStringLiteral("c1"));
    // On 31 January 2020 the later claim wins; of the two of that day the stronger (claimed beats disputed).
    const QList<AreaClaim> jan31 = areaClaimsOn(all, QDate(2020, 1, 31));
    QCOMPARE(jan31.size(), 1);
    QCOMPARE(jan31.first().annotationId, QStringLiteral("c2"));
    // A retracted claim does not count; the district's claim is about another area and holds beside it.
    const QList<AreaClaim> march = areaClaimsOn(all, QDate(2020, 3, 10));
    QCOMPARE(march.size(), 2);
    QCOMPARE(march[0].annotationId, QStringLiteral("c2"));
    QCOMPARE(march[1].annotationId, QStringLiteral("d1"));
    QVERIFY(march[0].isGovernorate());
    QVERIFY(!march[1].isGovernorate());
}

void TestDatedEvents::aGovernorateClaimTakesTheGovernoratesOutline()
{
    const AreaClaim idleb = claim(QStringLiteral("c"), QStringLiteral("SY07"), Controller::Hts, QDate(2020, 1, 1));
    const QPainterPath path = toPainterPath(areaGeometry(idleb, *m_data));
    QVERIFY(!path.isEmpty());
    const Projector display(m_data->crs);
    QVERIFY(path.contains(display.forward(QPointF(36.63393, 35.93062))));  // Idleb city
    QVERIFY(!path.contains(display.forward(QPointF(37.16117, 36.20124)))); // Aleppo: another governorate
    AreaClaim unknown = idleb;
    unknown.pcode = QStringLiteral("SY99");
    QVERIFY(areaGeometry(unknown, *m_data).isEmpty());
    // A polygon of the article's own, projected to the display CRS.
    AreaClaim drawn = idleb;
    drawn.pcode.clear();
    drawn.polygonLonLat.kind = GeometryKind::Polygon;
    drawn.polygonLonLat.parts = {{QPointF(36.5, 35.7), QPointF(36.7, 35.7), QPointF(36.7, 35.9), QPointF(36.5, 35.7)}};
    const Geometry g = areaGeometry(drawn, *m_data);
    QCOMPARE(g.parts.first().first(), display.forward(QPointF(36.5, 35.7)));
}

QTEST_GUILESS_MAIN(TestDatedEvents)
#include "test_dated_events.moc"
