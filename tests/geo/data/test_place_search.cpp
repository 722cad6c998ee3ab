// Search suggestions: what was typed finds the important places first (cities, then Idleb's places, then the
// bigger ones), each with its district and governorate from the OCHA boundaries.
#include "geo/data/place_search.h"

#include "bundled_data.h"

#include <QTest>

using namespace geo;

namespace {

Place makePlace(const QString& id, const QString& nameEn, QPointF lonLat, PlaceKind kind, int population = 0)
{
    Place p;
    p.id = id;
    p.nameEn = nameEn;
    p.kind = kind;
    p.population = population;
    p.lonLat = lonLat;
    return p;
}

// A square district around LONLAT (half-size 0.2 degrees), in Web Mercator.
AdminArea square(const QString& district, const QString& governorate, const QString& govPcode, QPointF lonLat)
{
    const Projector projector(DisplayCrs::WebMercator);
    QPolygonF ring;
    for (const QPointF d : {QPointF(-0.2, -0.2), QPointF(0.2, -0.2), QPointF(0.2, 0.2), QPointF(-0.2, 0.2)})
        ring << projector.forward(lonLat + d);
    AdminArea a;
    a.districtEn = district;
    a.governorateEn = governorate;
    a.governoratePcode = govPcode;
    a.path.addPolygon(ring);
    a.path.closeSubpath();
    return a;
}

QStringList idsOf(const QVector<PlaceSuggestion>& s)
{
    QStringList ids;
    for (const PlaceSuggestion& x : s)
        ids << x.place->id;
    return ids;
}

} // namespace

class TestPlaceSearch : public QObject {
    Q_OBJECT
private slots:
    void rankingPrefersImportanceAndIdleb()
    {
        const QPointF idleb(36.6, 35.9), aleppo(37.1, 36.2);
        auto gaz = std::make_shared<Gazetteer>(QVector<Place>{
            makePlace(QStringLiteral("v-aleppo"), QStringLiteral("Sarab"), aleppo, PlaceKind::Village),
            makePlace(QStringLiteral("v-idleb"), QStringLiteral("Sarja"), idleb, PlaceKind::Village),
            makePlace(QStringLiteral("t-aleppo"), QStringLiteral("Sarhan"), aleppo, PlaceKind::Town, 9000),
            makePlace(QStringLiteral("t-idleb"), QStringLiteral("Sarmin"), idleb, PlaceKind::Town, 14000),
            makePlace(QStringLiteral("t-idleb-big"), QStringLiteral("Sarmada"), idleb, PlaceKind::Town, 15000),
            makePlace(QStringLiteral("word"), QStringLiteral("Tell Sarhin"), idleb, PlaceKind::Town, 50000),
            makePlace(QStringLiteral("c-aleppo"), QStringLiteral("Saram"), aleppo, PlaceKind::City, 200000),
            makePlace(QStringLiteral("none"), QStringLiteral("Besarta"), idleb, PlaceKind::City),
        });
        const PlaceSearch search(
            gaz,
            {square(QStringLiteral("Idleb"), QStringLiteral("Idleb"), QStringLiteral("SY07"), idleb),
             square(QStringLiteral("Jebel Saman"), QStringLiteral("Aleppo"), QStringLiteral("SY02"), aleppo)},
            DisplayCrs::WebMercator);
        const QVector<PlaceSuggestion> s = search.suggest(QStringLiteral("sar"));
        // Prefix matches: the city, then Idleb's places (towns, bigger first, then villages), then Aleppo's;
        // then the word match; never a name that only contains the letters.
        QCOMPARE(idsOf(s),
                 QStringList({QStringLiteral("c-aleppo"), QStringLiteral("t-idleb-big"), QStringLiteral("t-idleb"),
                              QStringLiteral("v-idleb"), QStringLiteral("t-aleppo"), QStringLiteral("v-aleppo"),
                              QStringLiteral("word")}));
        QVERIFY(s.first().area);
        QCOMPARE(s.first().area->districtEn, QStringLiteral("Jebel Saman"));
        QCOMPARE(search.areaOf(QStringLiteral("t-idleb"))->governorateEn, QStringLiteral("Idleb"));
        // An exact name beats a prefix.
        QCOMPARE(search.suggest(QStringLiteral("Sarja")).first().place->id, QStringLiteral("v-idleb"));
        QCOMPARE(search.suggest(QStringLiteral("sar"), 2).size(), 2);
        QVERIFY(search.suggest(QStringLiteral("  ")).isEmpty());
    }

    void bundledSaraqebFirst()
    {
        QString error;
        const auto map = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
        QVERIFY2(map, qPrintable(error));
        auto gaz = std::make_shared<Gazetteer>(map->places);
        const PlaceSearch search(gaz, PlaceSearch::districtsOf(*map), map->crs);
        const QVector<PlaceSuggestion> s = search.suggest(QStringLiteral("Sar"));
        QVERIFY(s.size() >= 5);
        QCOMPARE(s.first().place->id, QStringLiteral("saraqib"));
        QVERIFY(s.first().area);
        QCOMPARE(s.first().area->governoratePcode, QStringLiteral("SY07"));
        QCOMPARE(s.first().area->districtEn, QStringLiteral("Idleb"));
        // Every suggestion with a point inside the boundaries carries its district.
        int withDistrict = 0;
        for (const PlaceSuggestion& x : s)
            withDistrict += x.area && !x.area->districtEn.isEmpty();
        QVERIFY2(withDistrict >= s.size() - 1, qPrintable(QString::number(withDistrict)));
        // Maarat al-Numan, in the Al Ma'ra district, Idleb governorate.
        const AdminArea* maara = search.areaOf(QStringLiteral("maarat_al_numan"));
        QVERIFY(maara);
        QCOMPARE(maara->governorateEn, QStringLiteral("Idleb"));
    }
};

QTEST_GUILESS_MAIN(TestPlaceSearch)
#include "test_place_search.moc"
