// Derived control areas and front lines, checked with plain geometry of the test's own (point in polygon by
// the odd-even rule, great-circle distances) against the bundled land and governorate polygons and the real
// points of key towns.
#include "geo/control/control_areas.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/place_catalog.h"
#include "geo/data/vector_source.h"

#include "bundled_data.h"
#include "bundled_history.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace geo;

namespace {

constexpr double kEarthKm = 6371.0088;
constexpr double kPi = 3.14159265358979323846;

double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

// Great-circle distance in km between two (lon, lat) points.
double distanceKm(QPointF a, QPointF b)
{
    const double dLat = radians(b.y() - a.y()), dLon = radians(b.x() - a.x());
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(radians(a.y())) * std::cos(radians(b.y())) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::sqrt(h));
}

// A point DISTANCEKM from FROM towards BEARING degrees (0 north, 90 east), on a local flat approximation.
QPointF offsetKm(QPointF from, double bearing, double km)
{
    const double kmPerDegreeLat = kEarthKm * kPi / 180.0;
    const double kmPerDegreeLon = kmPerDegreeLat * std::cos(radians(from.y()));
    return QPointF(from.x() + km * std::sin(radians(bearing)) / kmPerDegreeLon,
                   from.y() + km * std::cos(radians(bearing)) / kmPerDegreeLat);
}

// Odd-even rule over every ring of G, as the renderer paints polygons.
bool inside(const Geometry& g, QPointF p)
{
    bool in = false;
    for (const QVector<QPointF>& ring : g.parts) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                in = !in;
        }
    }
    return in;
}

// Distance in km from P to the nearest edge of G (local flat approximation around P).
double distanceToEdgesKm(const Geometry& g, QPointF p)
{
    const double ky = kEarthKm * kPi / 180.0, kx = ky * std::cos(radians(p.y()));
    double best = std::numeric_limits<double>::max();
    for (const QVector<QPointF>& part : g.parts) {
        for (qsizetype i = 1; i < part.size(); ++i) {
            const double ax = (part[i - 1].x() - p.x()) * kx, ay = (part[i - 1].y() - p.y()) * ky;
            const double bx = (part[i].x() - p.x()) * kx, by = (part[i].y() - p.y()) * ky;
            const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
            const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
            best = std::min(best, std::hypot(ax + t * dx, ay + t * dy));
        }
    }
    return best;
}

// Inside G or on its edge (within 30 m: the polygons go through a projection and back).
bool insideOrOnEdge(const Geometry& g, QPointF p)
{
    return inside(g, p) || distanceToEdgesKm(g, p) < 0.03;
}

Geometry readPolygons(const QString& path, const QString& field, const QStringList& values)
{
    QString error;
    const auto source = VectorSource::open(path, &error);
    QVector<Feature> features;
    if (!source || !source->readFeatures(0, {}, &features, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    Geometry all;
    all.kind = GeometryKind::Polygon;
    for (const Feature& f : std::as_const(features)) {
        if (values.contains(f.attributes.value(field).toString()))
            all.parts += f.geometry.parts;
    }
    return all;
}

const QStringList kGovernmentTowns{"khan_shaykhun", "khan_tuman", "latakia", "maarat_al_numan", "morek", "saraqib"};
const QStringList kOppositionTowns{"al_atarib", "ariha", "binnish", "harim", "idlib", "jisr_al_shughur"};

ControlSnapshot snapshotOf(const QStringList& government, const QStringList& opposition,
                           const QStringList& contested = {})
{
    ControlSnapshot s;
    s.date = QDate(2020, 2, 9);
    for (const QString& id : government)
        s.places[id].controller = Controller::Government;
    for (const QString& id : opposition)
        s.places[id].controller = Controller::Opposition;
    for (const QString& id : contested)
        s.places[id].controller = Controller::Contested;
    return s;
}

const ControlArea* areaOf(const DerivedControl& d, Controller c)
{
    for (const ControlArea& a : d.areas) {
        if (a.controller == c)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestControlAreas : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void areasForBothSides();
    void areasLieWithinLandAndFocus_data();
    void areasLieWithinLandAndFocus();
    void clippedAtSeaAndBorder_data();
    void clippedAtSeaAndBorder();
    void townInsideItsOwnArea_data();
    void townInsideItsOwnArea();
    void nothingFartherThanTheCap_data();
    void nothingFartherThanTheCap();
    void cellsAreNearestTown();
    void frontLineBetweenTheSides();
    void emptySnapshotGivesNoAreas();
    void oneControllerGivesNoFrontLine();
    void contestedAreasHaveNoFrontLine();
    void unknownAndUnlocatedPlacesAreLeftOut();
    void placesAtOnePointShareACell();
    void smallerCap();
    void addToSnapshot();
    void errors();
    void idlebLandIsAllAccountedFor();

private:
    QPointF town(const QString& id) const { return *m_catalog->lonLat(id); }
    double nearestKm(const QStringList& towns, QPointF p) const;

    std::shared_ptr<const EntityCatalog> m_catalog;
    DerivedControl m_derived;
    Geometry m_land;
    Geometry m_focus;
};

void TestControlAreas::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    const auto derived = deriveControl(snapshotOf(kGovernmentTowns, kOppositionTowns), *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    m_derived = *derived;
    m_land = readPolygons(":/geodata/boundaries/dcw_countries_nw.geojson", "iso2", {"SY"});
    m_focus =
        readPolygons(":/geodata/boundaries/syr_adm1_ocha.geojson", "ADM1_PCODE", {"SY07", "SY02", "SY05", "SY06"});
    QVERIFY(!m_land.isEmpty());
    QVERIFY(!m_focus.isEmpty());
}

double TestControlAreas::nearestKm(const QStringList& towns, QPointF p) const
{
    double best = std::numeric_limits<double>::max();
    for (const QString& id : towns)
        best = std::min(best, distanceKm(town(id), p));
    return best;
}

void TestControlAreas::areasForBothSides()
{
    // Both sides, and the land with no claim (last).
    QCOMPARE(m_derived.areas.size(), 3);
    QCOMPARE(m_derived.areas.last().controller, Controller::Unknown);
    const ControlArea* government = areaOf(m_derived, Controller::Government);
    const ControlArea* opposition = areaOf(m_derived, Controller::Opposition);
    QVERIFY(government && opposition);
    QCOMPARE(government->geometry.kind, GeometryKind::Polygon);
    QVERIFY(government->geometry.vertexCount() > 100);
    QCOMPARE(government->placeIds, kGovernmentTowns);
    QCOMPARE(opposition->placeIds, kOppositionTowns);
    QCOMPARE(m_derived.townCount, 12);
    QVERIFY(m_derived.unclaimedCount > 20);
    QCOMPARE(m_derived.note, QString("Derived: Voronoi of 12 claimed towns and %1 towns with no claim, claims capped "
                                     "at 15 km; not a surveyed front line")
                                 .arg(m_derived.unclaimedCount));
    // The towns with no claim are named by the no-claim area, and none of the claimed ones.
    const QStringList unclaimed = m_derived.areas.last().placeIds;
    QCOMPARE(unclaimed.size(), m_derived.unclaimedCount);
    QVERIFY(unclaimed.contains("sarmin"));
    for (const QString& id : kGovernmentTowns + kOppositionTowns)
        QVERIFY(!unclaimed.contains(id));
}

void TestControlAreas::areasLieWithinLandAndFocus_data()
{
    QTest::addColumn<int>("controller");
    QTest::newRow("government area") << int(Controller::Government);
    QTest::newRow("opposition area") << int(Controller::Opposition);
    QTest::newRow("no-claim area") << int(Controller::Unknown);
}

void TestControlAreas::areasLieWithinLandAndFocus()
{
    QFETCH(int, controller);
    const ControlArea* area = areaOf(m_derived, Controller(controller));
    QVERIFY(area);
    int checked = 0;
    for (const QVector<QPointF>& ring : area->geometry.parts) {
        for (const QPointF& p : ring) {
            QVERIFY2(insideOrOnEdge(m_land, p), qPrintable(QString("(%1, %2) is off the land").arg(p.x()).arg(p.y())));
            QVERIFY2(insideOrOnEdge(m_focus, p),
                     qPrintable(QString("(%1, %2) is outside the governorates in focus").arg(p.x()).arg(p.y())));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestControlAreas::clippedAtSeaAndBorder_data()
{
    QTest::addColumn<QString>("town");
    QTest::addColumn<int>("controller");
    QTest::addColumn<double>("bearing");
    QTest::newRow("Latakia, westwards into the sea") << "latakia" << int(Controller::Government) << 270.0;
    QTest::newRow("Harim, northwards into Turkey") << "harim" << int(Controller::Opposition) << 0.0;
}

void TestControlAreas::clippedAtSeaAndBorder()
{
    QFETCH(QString, town);
    QFETCH(int, controller);
    QFETCH(double, bearing);
    // The first point off the Syrian land within the cap, 2 km beyond the edge.
    std::optional<QPointF> off;
    for (double km = 0.5; km < 12 && !off; km += 0.5) {
        const QPointF p = offsetKm(this->town(town), bearing, km);
        if (!inside(m_land, p))
            off = offsetKm(p, bearing, 2);
    }
    QVERIFY2(off, "the land reaches 12 km: no probe for the clip");
    QVERIFY(!inside(m_land, *off));
    QVERIFY(distanceKm(this->town(town), *off) < 15);
    const ControlArea* area = areaOf(m_derived, Controller(controller));
    QVERIFY(area);
    QVERIFY(!inside(area->geometry, *off));
    // Inland, the same distance the other way is in the area.
    QVERIFY(inside(area->geometry, offsetKm(this->town(town), bearing + 180, 2)));
}

void TestControlAreas::townInsideItsOwnArea_data()
{
    QTest::addColumn<QString>("town");
    QTest::addColumn<int>("controller");
    for (const QString& id : kGovernmentTowns)
        QTest::newRow(qPrintable(id + " (government)")) << id << int(Controller::Government);
    for (const QString& id : kOppositionTowns)
        QTest::newRow(qPrintable(id + " (opposition)")) << id << int(Controller::Opposition);
}

void TestControlAreas::townInsideItsOwnArea()
{
    QFETCH(QString, town);
    QFETCH(int, controller);
    for (const ControlArea& area : m_derived.areas)
        QCOMPARE(inside(area.geometry, this->town(town)), area.controller == Controller(controller));
}

void TestControlAreas::nothingFartherThanTheCap_data()
{
    QTest::addColumn<int>("controller");
    QTest::addColumn<QStringList>("towns");
    QTest::newRow("government area") << int(Controller::Government) << kGovernmentTowns;
    QTest::newRow("opposition area") << int(Controller::Opposition) << kOppositionTowns;
}

void TestControlAreas::nothingFartherThanTheCap()
{
    QFETCH(int, controller);
    QFETCH(QStringList, towns);
    const ControlArea* area = areaOf(m_derived, Controller(controller));
    QVERIFY(area);
    // Every vertex, and a grid of points inside the area.
    double farthest = 0;
    for (const QVector<QPointF>& ring : area->geometry.parts) {
        for (const QPointF& p : ring) {
            const double km = nearestKm(towns, p);
            QVERIFY2(km < 15.1, qPrintable(QString("(%1, %2) is %3 km from the towns").arg(p.x()).arg(p.y()).arg(km)));
            farthest = std::max(farthest, km);
        }
    }
    const QRectF box = area->geometry.bounds();
    int samples = 0;
    for (double x = box.left(); x <= box.right(); x += 0.01) {
        for (double y = box.top(); y <= box.bottom(); y += 0.01) {
            if (!inside(area->geometry, QPointF(x, y)))
                continue;
            QVERIFY(nearestKm(towns, QPointF(x, y)) < 15.1);
            ++samples;
        }
    }
    QVERIFY(samples > 500);
    // The cap is reached somewhere (the inland side of Latakia, the west of Jisr al-Shughur): it is 15 km.
    QVERIFY2(farthest > 14.8, qPrintable(QString::number(farthest)));
}

void TestControlAreas::cellsAreNearestTown()
{
    // Inside the government area, no opposition town is nearer than the nearest government town (and the
    // reverse), up to the difference between the projection and the sphere.
    const ControlArea* government = areaOf(m_derived, Controller::Government);
    const ControlArea* opposition = areaOf(m_derived, Controller::Opposition);
    int samples = 0;
    const QRectF box = government->geometry.bounds().united(opposition->geometry.bounds());
    for (double x = box.left(); x <= box.right(); x += 0.02) {
        for (double y = box.top(); y <= box.bottom(); y += 0.02) {
            const QPointF p(x, y);
            const double g = nearestKm(kGovernmentTowns, p), o = nearestKm(kOppositionTowns, p);
            if (inside(government->geometry, p)) {
                QVERIFY(g <= o + 0.1);
                ++samples;
            } else if (inside(opposition->geometry, p)) {
                QVERIFY(o <= g + 0.1);
                ++samples;
            }
        }
    }
    QVERIFY(samples > 200);
}

void TestControlAreas::frontLineBetweenTheSides()
{
    QVERIFY(!m_derived.frontLines.isEmpty());
    double length = 0;
    for (const Geometry& line : std::as_const(m_derived.frontLines)) {
        QCOMPARE(line.kind, GeometryKind::Line);
        QCOMPARE(line.parts.size(), 1);
        const QVector<QPointF>& points = line.parts.first();
        for (qsizetype i = 0; i < points.size(); ++i) {
            // Between the two groups: as far from the nearest government town as from the nearest opposition
            // town, and within reach of both.
            const double g = nearestKm(kGovernmentTowns, points[i]), o = nearestKm(kOppositionTowns, points[i]);
            QVERIFY2(std::abs(g - o) < 0.2, qPrintable(QString("%1 km vs %2 km").arg(g).arg(o)));
            QVERIFY(g < 15.1 && o < 15.1);
            if (i > 0)
                length += distanceKm(points[i - 1], points[i]);
        }
    }
    // Where a government cell meets an opposition cell (Saraqib and Ariha, Maarat al-Numan and Ariha): kilometres
    // of front.
    QVERIFY2(length > 10, qPrintable(QString::number(length)));
    // Between Saraqib (government) and Binnish (opposition) lies Sarmin, with no claim: the sides do not meet
    // there, and no front line is drawn across Sarmin's land.
    const QPointF mid = (town("saraqib") + town("binnish")) / 2;
    QVERIFY(distanceKm(mid, town("sarmin")) <
            std::min(distanceKm(mid, town("saraqib")), distanceKm(mid, town("binnish"))));
    double nearest = std::numeric_limits<double>::max();
    for (const Geometry& line : std::as_const(m_derived.frontLines))
        nearest = std::min(nearest, distanceToEdgesKm(line, mid));
    QVERIFY2(nearest > 1.0, qPrintable(QString::number(nearest)));
    QVERIFY(inside(m_derived.areas.last().geometry, mid));
}

void TestControlAreas::emptySnapshotGivesNoAreas()
{
    QString error;
    const auto derived = deriveControl(ControlSnapshot{}, *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    QVERIFY(derived->areas.isEmpty());
    QVERIFY(derived->frontLines.isEmpty());
    QCOMPARE(derived->townCount, 0);
    QVERIFY(deriveControlAreas(ControlSnapshot{}, *m_catalog, {}, &error).isEmpty());
}

void TestControlAreas::oneControllerGivesNoFrontLine()
{
    QString error;
    const auto derived = deriveControl(snapshotOf(kGovernmentTowns, {}), *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(derived->areas.size(), 2);
    QCOMPARE(derived->areas.first().controller, Controller::Government);
    QCOMPARE(derived->areas.last().controller, Controller::Unknown);
    QVERIFY(derived->frontLines.isEmpty());

    // One town alone: its cell among the towns with no claim; the rest of the land has no claim.
    const auto alone = deriveControl(snapshotOf({"saraqib"}, {}), *m_catalog, {}, &error);
    QVERIFY2(alone, qPrintable(error));
    QCOMPARE(alone->areas.size(), 2);
    QVERIFY(inside(alone->areas.first().geometry, town("saraqib")));
    QVERIFY(!inside(alone->areas.first().geometry, town("sarmin")));
    QVERIFY(inside(alone->areas.last().geometry, town("sarmin")));
    QVERIFY(!inside(alone->areas.first().geometry, offsetKm(town("saraqib"), 45, 16)));
    QVERIFY(alone->note.startsWith("Derived: Voronoi of 1 claimed town and "));
}

void TestControlAreas::contestedAreasHaveNoFrontLine()
{
    QString error;
    const auto derived = deriveControl(snapshotOf({"maarat_al_numan", "khan_shaykhun"}, {}, {"saraqib", "ariha"}),
                                       *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(derived->areas.size(), 3);
    const ControlArea* contested = areaOf(*derived, Controller::Contested);
    QVERIFY(contested);
    QCOMPARE(contested->placeIds, (QStringList{"ariha", "saraqib"}));
    QVERIFY(derived->frontLines.isEmpty());

    // HTS stands against the government too: the opposition towns held by HTS give the same front line.
    ControlSnapshot s = snapshotOf(kGovernmentTowns, {});
    for (const QString& id : kOppositionTowns)
        s.places[id].controller = Controller::Hts;
    const auto opposing = deriveControl(s, *m_catalog, {}, &error);
    QVERIFY2(opposing, qPrintable(error));
    QCOMPARE(opposing->areas.size(), 3);
    QCOMPARE(opposing->frontLines.size(), m_derived.frontLines.size());
    QVERIFY(opposingSides(Controller::Government, Controller::Turkey));
    QVERIFY(opposingSides(Controller::Government, Controller::Hts));
    QVERIFY(!opposingSides(Controller::Opposition, Controller::Hts));
    QVERIFY(!opposingSides(Controller::Government, Controller::Contested));
}

void TestControlAreas::unknownAndUnlocatedPlacesAreLeftOut()
{
    ControlSnapshot s = snapshotOf({"saraqib"}, {"idlib"});
    s.places["ariha"].controller = Controller::Unknown;
    s.places["atlantis"].controller = Controller::Government; // not in the catalog
    QString error;
    const auto derived = deriveControl(s, *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(derived->townCount, 2);
    QCOMPARE(areaOf(*derived, Controller::Government)->placeIds, QStringList{"saraqib"});
    // Ariha, with an unknown controller, is a town with no claim: in the land with no claim.
    const ControlArea* none = areaOf(*derived, Controller::Unknown);
    QVERIFY(none);
    QVERIFY(none->placeIds.contains("ariha"));
    QVERIFY(!none->placeIds.contains("atlantis"));
    QVERIFY(inside(none->geometry, town("ariha")));
}

void TestControlAreas::placesAtOnePointShareACell()
{
    // The Turkish post at Morek is located by the town's own point.
    QCOMPARE(m_catalog->lonLat("post:9"), m_catalog->lonLat("morek"));
    ControlSnapshot s = snapshotOf({"morek", "khan_shaykhun"}, {"kafr_nabl"});
    s.places["post:9"].controller = Controller::Government;
    QString error;
    auto derived = deriveControl(s, *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(derived->townCount, 4);
    QCOMPARE(areaOf(*derived, Controller::Government)->placeIds, (QStringList{"khan_shaykhun", "morek", "post:9"}));

    // Two sides at one point: that cell is contested.
    s.places["post:9"].controller = Controller::Turkey;
    derived = deriveControl(s, *m_catalog, {}, &error);
    QVERIFY2(derived, qPrintable(error));
    QCOMPARE(derived->areas.size(), 4);
    const ControlArea* contested = areaOf(*derived, Controller::Contested);
    QVERIFY(contested);
    QCOMPARE(contested->placeIds, (QStringList{"morek", "post:9"}));
    QVERIFY(inside(contested->geometry, town("morek")));
    QVERIFY(!areaOf(*derived, Controller::Turkey));
}

void TestControlAreas::smallerCap()
{
    AreaOptions options;
    options.maxRadiusKm = 5;
    QString error;
    const auto derived = deriveControl(snapshotOf({"latakia"}, {"jisr_al_shughur"}), *m_catalog, options, &error);
    QVERIFY2(derived, qPrintable(error));
    // 50 km apart: two separate pieces, no front line; the land between has no claim.
    QCOMPARE(derived->areas.size(), 3);
    QVERIFY(derived->frontLines.isEmpty());
    for (const ControlArea& area : derived->areas) {
        if (area.controller == Controller::Unknown)
            continue;
        for (const QVector<QPointF>& ring : area.geometry.parts) {
            for (const QPointF& p : ring)
                QVERIFY(distanceKm(town(area.placeIds.first()), p) < 5.05);
        }
    }
    QVERIFY(derived->note.contains("capped at 5 km"));
}

void TestControlAreas::addToSnapshot()
{
    ControlSnapshot s = snapshotOf(kGovernmentTowns, kOppositionTowns);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(addControlAreas(&s, *m_catalog, {}, &error), qPrintable(error));
    qInfo("areas and front lines of 12 towns: %.1f ms", double(timer.nsecsElapsed()) / 1e6);
    QCOMPARE(s.areas.size(), 3);
    QCOMPARE(s.frontLines.size(), m_derived.frontLines.size());
    QCOMPARE(s.areasNote, m_derived.note);
}

void TestControlAreas::errors()
{
    QString error;
    AreaOptions options;
    options.governorates = {"SY07", "SY99"};
    QVERIFY(!deriveControl(snapshotOf({"saraqib"}, {}), *m_catalog, options, &error));
    QVERIFY2(error.contains("SY99"), qPrintable(error));

    options = {};
    options.landPath = ":/geodata/boundaries/no_such_file.geojson";
    error.clear();
    ControlSnapshot s = snapshotOf({"saraqib"}, {"idlib"});
    QVERIFY(!addControlAreas(&s, *m_catalog, options, &error));
    QVERIFY2(error.contains("no_such_file"), qPrintable(error));
    QVERIFY(s.areas.isEmpty());

    options = {};
    options.maxRadiusKm = 0;
    QVERIFY(deriveControlAreas(snapshotOf({"saraqib"}, {}), *m_catalog, options, &error).isEmpty());
    QVERIFY2(error.contains("radius"), qPrintable(error));
}

void TestControlAreas::idlebLandIsAllAccountedFor()
{
    // On 8 February 2020 (the bundled articles), every bit of Idleb governorate's land is a side's, contested or
    // with no claim: nothing is left to the base map's fill. Sampled every 0.01 degree (about 1 km).
    QString error;
    const auto overlay =
        frontline::test::bundledOverlayAt(*m_catalog, QDate(2020, 2, 8), DisplayCrs::WebMercator, &error);
    QVERIFY2(overlay, qPrintable(error));
    const ControlSnapshot& s = overlay->snapshot;
    QVERIFY(s.areas.size() >= 2);
    QElapsedTimer timer;
    timer.start();
    const auto again = deriveControl(s, *m_catalog, {}, &error);
    qInfo("areas and front lines of 2020-02-08: %.1f ms", double(timer.nsecsElapsed()) / 1e6);
    QVERIFY2(again && again->areas.size() == s.areas.size(), qPrintable(error));
    const Geometry idleb = readPolygons(":/geodata/boundaries/syr_adm1_ocha.geojson", "ADM1_PCODE", {"SY07"});
    const QRectF box = idleb.bounds();
    int land = 0, covered = 0, noClaim = 0;
    for (double x = box.left(); x <= box.right(); x += 0.01) {
        for (double y = box.top(); y <= box.bottom(); y += 0.01) {
            const QPointF p(x, y);
            if (!inside(idleb, p) || !inside(m_land, p))
                continue;
            ++land;
            for (const ControlArea& a : s.areas) {
                if (inside(a.geometry, p)) {
                    ++covered;
                    noClaim += a.controller == Controller::Unknown;
                    break;
                }
            }
        }
    }
    QVERIFY(land > 3000);
    const double share = double(covered) / land;
    qInfo("Idleb land covered on 2020-02-08: %.2f%% (%.1f%% with no claim)", 100 * share, 100.0 * noClaim / land);
    QVERIFY2(share > 0.995, qPrintable(QString::number(share)));
    // Each located place lies in its own side's land, or in the land with no claim when it has none.
    for (const char* id : {"saraqib", "idlib", "sarmin", "binnish", "taftanaz", "maarrat_misrin"}) {
        const Controller c = s.places.value(id).controller;
        const auto area = std::find_if(s.areas.cbegin(), s.areas.cend(),
                                       [&](const ControlArea& a) { return inside(a.geometry, town(id)); });
        QVERIFY2(area != s.areas.cend(), id);
        QVERIFY2(
            area->controller == c,
            qPrintable(QString("%1: %2 in the %3 area").arg(id, controllerName(c), controllerName(area->controller))));
    }
}

QTEST_GUILESS_MAIN(TestControlAreas)
#include "test_control_areas.moc"
