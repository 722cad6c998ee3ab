// Name folding and place search: French, English, Turkish and Arabic spellings of the bundled places find the
// right place, near misses stay misses, and neighbouring towns with similar names are not confused.
#include "geo/data/gazetteer.h"
#include "geo/core/name_folding.h"
#include "geo/data/place_catalog.h"

#include "bundled_data.h"

#include <QSet>
#include <QTest>

using namespace geo;

namespace {

Place makePlace(const QString& id, const QString& nameEn, PlaceKind kind = PlaceKind::Village, int population = 0,
                bool keyTown = false)
{
    Place p;
    p.id = id;
    p.nameEn = nameEn;
    p.kind = kind;
    p.population = population;
    p.keyTown = keyTown;
    p.lonLat = QPointF(36.6, 35.9);
    return p;
}

QStringList idsOf(const QVector<GazetteerMatch>& matches)
{
    QStringList ids;
    for (const GazetteerMatch& m : matches)
        ids.append(m.place->id);
    return ids;
}

} // namespace

class TestGazetteer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void foldName_data();
    void foldName();
    void skeletonShared_data();
    void skeletonShared();
    void skeletonDistinct_data();
    void skeletonDistinct();
    void arabicDetection();

    void findsBundledPlace_data();
    void findsBundledPlace();
    void missesStayMisses_data();
    void missesStayMisses();
    void neighboursNotConfused_data();
    void neighboursNotConfused();
    void tiers_data();
    void tiers();

    void keyTownsAndBiggerPlacesWinTies();
    void onePerPlaceAndLimit();
    void byIdAndDuplicates();
    void pointersStayValid();

private:
    Gazetteer m_bundled;
};

void TestGazetteer::initTestCase()
{
    QString error;
    const QVector<Place> places = frontline::test::bundledPlaces(&error);
    QVERIFY2(!places.isEmpty(), qPrintable(error));
    m_bundled = Gazetteer(places);
    QCOMPARE(m_bundled.size(), places.size());
}

void TestGazetteer::foldName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << "SARAQEB"
                          << "saraqeb";
    QTest::newRow("macron") << "Sarāqib"
                            << "saraqib";
    QTest::newRow("acute") << "Sarákib"
                           << "sarakib";
    QTest::newRow("French accent") << "Lattaquié"
                                   << "lattaquie";
    QTest::newRow("h with cedilla") << "Ḩamāh"
                                    << "hamah";
    QTest::newRow("d with cedilla") << "Qal‘at al Maḑīq"
                                    << "qalat madiq";
    QTest::newRow("z with cedilla") << "Abū az̧ Z̧uhūr"
                                    << "abu zuhur";
    QTest::newRow("Turkish dotted I") << "İdlib"
                                      << "idlib";
    QTest::newRow("Turkish dotless i") << "Kırıkhan"
                                       << "kirikhan";
    QTest::newRow("Turkish s cedilla") << "Şam"
                                       << "sam";
    QTest::newRow("ayn as left quote") << "Ma‘arrat an Nu‘mān"
                                       << "maarrat numan";
    QTest::newRow("ASCII apostrophes") << "Ma'arrat an-Nu'man"
                                       << "maarrat numan";
    QTest::newRow("modifier ayn and hamza") << "Maʿarrat an-Nuʾman"
                                            << "maarrat numan";
    QTest::newRow("backtick and acute") << "Abu Ka`b Ma´ar"
                                        << "abu kab maar";
    QTest::newRow("al- dropped") << "Maarat al-Numan"
                                 << "maarat numan";
    QTest::newRow("Al- capitalised") << "Maarat Al-Nouman"
                                     << "maarat nouman";
    QTest::newRow("el- dropped") << "Ras el-Ain"
                                 << "ras ain";
    QTest::newRow("ash- dropped") << "Jisr ash-Shugur"
                                  << "jisr shugur";
    QTest::newRow("article with hyphens around") << "Jisr-Ash-Shugur"
                                                 << "jisr shugur";
    QTest::newRow("article as separate word") << "Jisr ash Shughūr"
                                              << "jisr shughur";
    QTest::newRow("leading article") << "Al-Atarib"
                                     << "atarib";
    QTest::newRow("article at-") << "At Tamāni‘ah"
                                 << "tamaniah";
    QTest::newRow("French ech-") << "Jisr ech-Choughour"
                                 << "jisr choughour";
    QTest::newRow("article kept as last word") << "Maarat al"
                                               << "maarat al";
    QTest::newRow("one-word name keeps its word") << "Al"
                                                  << "al";
    QTest::newRow("article inside a word kept") << "Alep"
                                                << "alep";
    QTest::newRow("as inside a word kept") << "Ashrafieh"
                                           << "ashrafieh";
    QTest::newRow("dots and extra spaces") << "  St.  Simeon   "
                                           << "st simeon";
    QTest::newRow("ligature") << "Œuvre ß"
                              << "oeuvre ss";
    QTest::newRow("hamza on alef") << "إدلب"
                                   << "ادلب";
    QTest::newRow("bare alef unchanged") << "ادلب"
                                         << "ادلب";
    QTest::newRow("alef madda") << "آمنة"
                                << "امنه";
    QTest::newRow("alef wasla") << "ٱلقرية"
                                << "قريه";
    QTest::newRow("ta marbuta") << "حماة"
                                << "حماه";
    QTest::newRow("alef maqsura") << "مصطفى"
                                  << "مصطفي";
    QTest::newRow("waw with hamza") << "مؤمن"
                                    << "مومن";
    QTest::newRow("yeh with hamza") << "رئيس"
                                    << "رييس";
    QTest::newRow("harakat and shadda") << "مَعَرَّة"
                                        << "معره";
    QTest::newRow("tatweel") << "حـلـب"
                             << "حلب";
    QTest::newRow("Arabic article") << "معرة النعمان"
                                    << "معره نعمان";
    QTest::newRow("Arabic article word start") << "اللاذقية"
                                               << "لاذقيه";
    QTest::newRow("short al word kept") << "الب"
                                        << "الب";
    QTest::newRow("Arabic-Indic digits") << "قرية ١٢"
                                         << "قريه 12";
    QTest::newRow("punctuation only") << "-- ' ."
                                      << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestGazetteer::foldName()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(geo::foldName(input), folded);
}

void TestGazetteer::skeletonShared_data()
{
    QTest::addColumn<QStringList>("spellings");
    QTest::newRow("Maarat al-Numan") << QStringList{"Maaret al-Noomane", "Maarat al-Numan",  "Ma'arrat an-Nu'man",
                                                    "Maarrat al-Nu'man", "Maarat Al-Nouman", "Ma‘arrat an Nu‘mān",
                                                    "Ma'arat Al-Nu'man", "Maaret al-Numaan"};
    QTest::newRow("Saraqib") << QStringList{"Saraqeb", "Saraqib", "Sarāqib", "Sarákib", "SARAQEB"};
    QTest::newRow("Khan Shaykhun") << QStringList{"Khan Cheikhoun", "Khan Shaykhun",  "Khan Sheikhoun",
                                                  "Khān Shaykhūn",  "Khan Shaykhoun", "Khan Sheikhun"};
    QTest::newRow("Idlib") << QStringList{"Idlib", "Idleb", "İdlib"};
    QTest::newRow("Jisr al-Shughur") << QStringList{"Jisr al-Shughur", "Jisr ash-Shugur", "Jisr-Ash-Shugur",
                                                    "Jisr ash Shughūr", "Jisr ech-Choughour"};
    QTest::newRow("Kafr Nabl") << QStringList{"Kafr Nabl", "Kafranbel", "Kafr Nubl"};
    QTest::newRow("Kafr Zita") << QStringList{"Kafr Zita", "Kafr Zaytā"};
    QTest::newRow("Maarrat Misrin") << QStringList{"Maarrat Misrin", "Ma‘arratmişrīn", "Ma'arat Masrin"};
    QTest::newRow("Darat Izza") << QStringList{"Darat Izza", "Dārat ‘Izzah", "Daret Izza"};
    QTest::newRow("Ariha") << QStringList{"Ariha", "Arīḩā", "Arihah"};
    QTest::newRow("Hama") << QStringList{"Hama", "Ḩamāh"};
    QTest::newRow("Qminas") << QStringList{"Qminas", "Quminas", "Qumaynas"};
    QTest::newRow("Ishtabraq") << QStringList{"Ishtabraq", "Eshtabraq", "Ishtabrak"};
    QTest::newRow("Ain and Ayn") << QStringList{"Ain Halaqim", "Ayn Halaqim", "‘Ayn Halaqim"};
    QTest::newRow("Arabic hamza forms") << QStringList{"إدلب", "ادلب", "أدلب"};
    QTest::newRow("Arabic final alef or ta marbuta") << QStringList{"كفر زيتة", "كفر زيتا"};
}

void TestGazetteer::skeletonShared()
{
    QFETCH(QStringList, spellings);
    const QString key = skeletonKey(spellings.first());
    QVERIFY(key.size() >= 2);
    for (const QString& s : spellings)
        QVERIFY2(skeletonKey(s) == key,
                 qPrintable(QString("%1 -> %2, %3 -> %4").arg(spellings.first(), key, s, skeletonKey(s))));
}

void TestGazetteer::skeletonDistinct_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Sarmin / Saraqib") << "Sarmin"
                                      << "Saraqib";
    QTest::newRow("Sarmin / Sarmada") << "Sarmin"
                                      << "Sarmada";
    QTest::newRow("Hama / Homs") << "Hama"
                                 << "Homs";
    QTest::newRow("Harim / Hama") << "Harim"
                                  << "Hama";
    QTest::newRow("Ariha / Harim") << "Ariha"
                                   << "Harim";
    QTest::newRow("Ariha / Arihah is not Harim") << "Arihah"
                                                 << "Harem";
    QTest::newRow("Binnish / Idlib") << "Binnish"
                                     << "Idlib";
    QTest::newRow("Binnish / Banan") << "Binnish"
                                     << "Banan";
    QTest::newRow("Hama / Hammam") << "Hama"
                                   << "Hammam";
    QTest::newRow("Kafr Zita / Kafr Nabl") << "Kafr Zita"
                                           << "Kafr Nabl";
    QTest::newRow("Khan Shaykhun / Khan Tuman") << "Khan Shaykhun"
                                                << "Khan Tuman";
    QTest::newRow("Maarat al-Numan / Maarrat Misrin") << "Maarat al-Numan"
                                                      << "Maarrat Misrin";
    QTest::newRow("Maar Hattat / Maarat al-Numan") << "Maar Hattat"
                                                   << "Maarat al-Numan";
    QTest::newRow("Anadan / Ain al-Hur") << "Anadan"
                                         << "Ain al-Hur";
    QTest::newRow("Arabic Kafr Zita / Kafr Zeid") << "كفر زيتا"
                                                  << "كفر زيت";
    QTest::newRow("Arabic Hama / Homs") << "حماة"
                                        << "حمص";
}

void TestGazetteer::skeletonDistinct()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(!skeletonKey(a).isEmpty());
    QVERIFY2(skeletonKey(a) != skeletonKey(b), qPrintable(skeletonKey(a)));
}

void TestGazetteer::arabicDetection()
{
    QVERIFY(hasArabicLetters(QString::fromUtf8("سراقب")));
    QVERIFY(hasArabicLetters(QString::fromUtf8("Saraqib سراقب")));
    QVERIFY(!hasArabicLetters(QString::fromUtf8("Sarāqib")));
    QVERIFY(!hasArabicLetters(QString::fromUtf8("١٢٣"))); // digits are not letters
    QVERIFY(isLatinArticle("ash"));
    QVERIFY(!isLatinArticle("alep"));
}

void TestGazetteer::findsBundledPlace_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    const QString saraqib = "saraqib", maara = "maarat_al_numan", khan = "khan_shaykhun", idlib = "idlib";
    QTest::newRow("Saraqib") << "Saraqib" << saraqib;
    QTest::newRow("SARAQEB") << "SARAQEB" << saraqib;
    QTest::newRow("saraqeb") << "saraqeb" << saraqib;
    QTest::newRow("Sarāqib") << "Sarāqib" << saraqib;
    QTest::newRow("Arabic Saraqib") << "سراقب" << saraqib;
    QTest::newRow("Sarakeb (skeleton only)") << "Sarakeb" << saraqib;
    QTest::newRow("Sara (prefix)") << "Sara" << saraqib;
    QTest::newRow("Maarat al-Numan") << "Maarat al-Numan" << maara;
    QTest::newRow("Maaret al-Noomane") << "Maaret al-Noomane" << maara;
    QTest::newRow("Ma'arrat an-Nu'man") << "Ma'arrat an-Nu'man" << maara;
    QTest::newRow("Ma‘arrat an Nu‘mān") << "Ma‘arrat an Nu‘mān" << maara;
    QTest::newRow("Arabic Maarat al-Numan") << "معرة النعمان" << maara;
    QTest::newRow("Maarat Al-Nouman") << "Maarat Al-Nouman" << maara;
    QTest::newRow("Maarat an-Numan (unlisted)") << "Maarat an-Numan" << maara;
    QTest::newRow("Maarat al-N (typing)") << "Maarat al-N" << maara;
    QTest::newRow("Khan Cheikhoun") << "Khan Cheikhoun" << khan;
    QTest::newRow("Khan Sheikhoun") << "Khan Sheikhoun" << khan;
    QTest::newRow("Khan Chaykhoun (skeleton only)") << "Khan Chaykhoun" << khan;
    QTest::newRow("Arabic Khan Shaykhun") << "خان شيخون" << khan;
    QTest::newRow("Idleb") << "Idleb" << idlib;
    QTest::newRow("Idlib") << "Idlib" << idlib;
    QTest::newRow("İdlib") << "İdlib" << idlib;
    QTest::newRow("Arabic Idlib with hamza") << "إدلب" << idlib;
    QTest::newRow("Arabic Idlib without hamza") << "ادلب" << idlib;
    QTest::newRow("Alep") << "Alep"
                          << "aleppo";
    QTest::newRow("Halep") << "Halep"
                           << "aleppo";
    QTest::newRow("Arabic Aleppo") << "حلب"
                                   << "aleppo";
    QTest::newRow("Lattaquié") << "Lattaquié"
                               << "latakia";
    QTest::newRow("Lattaquie") << "lattaquie"
                               << "latakia";
    QTest::newRow("Lattakia") << "Lattakia"
                              << "latakia";
    QTest::newRow("Arabic Latakia without article") << "لاذقية"
                                                    << "latakia";
    QTest::newRow("Damas") << "Damas"
                           << "damascus";
    QTest::newRow("Homs") << "Homs"
                          << "homs";
    QTest::newRow("Hama") << "Hama"
                          << "hama";
    QTest::newRow("Hamah") << "Hamah"
                           << "hama";
    QTest::newRow("Jisr ash-Shugur") << "Jisr ash-Shugur"
                                     << "jisr_al_shughur";
    QTest::newRow("Jisr al-Shughur") << "Jisr al-Shughur"
                                     << "jisr_al_shughur";
    QTest::newRow("Jisr ech-Choughour (unlisted)") << "Jisr ech-Choughour"
                                                   << "jisr_al_shughur";
    QTest::newRow("Morek") << "Morek"
                           << "morek";
    QTest::newRow("Murak") << "Murak"
                           << "morek";
    QTest::newRow("Tramnin") << "Tramnin"
                             << "termanin";
    QTest::newRow("Ain al-Havr") << "Ain al-Havr"
                                 << "ain_al_hur";
    QTest::newRow("Harem") << "Harem"
                           << "harim";
    QTest::newRow("Kafranbel") << "Kafranbel"
                               << "kafr_nabl";
    QTest::newRow("Kafr Nubl") << "Kafr Nubl"
                               << "kafr_nabl";
    QTest::newRow("Atarib") << "Atarib"
                            << "al_atarib";
    QTest::newRow("Sarmin") << "Sarmin"
                            << "sarmin";
    QTest::newRow("Andan") << "Andan"
                           << "anadan";
    QTest::newRow("Qumaynas") << "Qumaynas"
                              << "qminas";
    QTest::newRow("Deir Sunbul (key town of two)") << "Deir Sunbul"
                                                   << "deir_sunbul";
    QTest::newRow("OSM village") << "Batbu"
                                 << "osm:node/567062433";
    QTest::newRow("OSM village, GeoNames spelling") << "Batabo"
                                                    << "osm:node/567062433";
    QTest::newRow("GeoNames Turkish town") << "Reyhanli"
                                           << "geonames:302355";
    QTest::newRow("GeoNames French name") << "Antioche"
                                          << "geonames:323779";
}

void TestGazetteer::findsBundledPlace()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const Place* found = m_bundled.find(query);
    QVERIFY2(found, qPrintable(query));
    QCOMPARE(found->id, id);
    QCOMPARE(m_bundled.search(query).value(0).place, found);
}

void TestGazetteer::missesStayMisses_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("Paris") << "Paris";
    QTest::newRow("Berlin") << "Berlin";
    QTest::newRow("Sar (too short for a prefix)") << "Sar";
    QTest::newRow("Hom (too short for a prefix)") << "Hom";
    QTest::newRow("Arabic, too short for a prefix") << "سرا";
    QTest::newRow("xyz") << "xyz";
    QTest::newRow("empty") << "";
    QTest::newRow("blanks") << "   ";
    QTest::newRow("punctuation") << "-'‘.";
    QTest::newRow("article alone") << "al-";
    QTest::newRow("name with extra letters") << "Saraqibxx";
    QTest::newRow("two towns at once") << "Hamaa Homs";
    QTest::newRow("Saraqib Sarmin") << "Saraqib Sarmin";
    QTest::newRow("Latin article alone") << "ash";
}

void TestGazetteer::missesStayMisses()
{
    QFETCH(QString, query);
    const QVector<GazetteerMatch> matches = m_bundled.search(query);
    QVERIFY2(matches.isEmpty(), qPrintable(idsOf(matches).join(", ")));
    QVERIFY(!m_bundled.find(query));
}

void TestGazetteer::neighboursNotConfused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("forbidden");
    QTest::newRow("Sarmin") << "Sarmin"
                            << "sarmin" << QStringList{"saraqib"};
    QTest::newRow("Saraqib") << "Saraqib"
                             << "saraqib" << QStringList{"sarmin"};
    QTest::newRow("Homs") << "Homs"
                          << "homs" << QStringList{"hama", "harim"};
    QTest::newRow("Hama") << "Hama"
                          << "hama" << QStringList{"homs", "harim"};
    QTest::newRow("Harim") << "Harim"
                           << "harim" << QStringList{"hama", "ariha"};
    QTest::newRow("Ariha") << "Ariha"
                           << "ariha" << QStringList{"harim"};
    QTest::newRow("Binnish") << "Binnish"
                             << "binnish" << QStringList{"idlib", "osm:node/572540623"};
    QTest::newRow("Kafr Zita") << "Kafr Zita"
                               << "kafr_zita" << QStringList{"kafr_nabl", "osm:node/571210476"};
    QTest::newRow("Arabic Kafr Zita") << "كفر زيتا"
                                      << "kafr_zita" << QStringList{"osm:node/571210476"};
    QTest::newRow("Maarat al-Numan") << "Maarat al-Numan"
                                     << "maarat_al_numan" << QStringList{"maarrat_misrin", "maar_hattat"};
    QTest::newRow("Maarrat Misrin") << "Maarrat Misrin"
                                    << "maarrat_misrin" << QStringList{"maarat_al_numan"};
    QTest::newRow("Khan Tuman") << "Khan Tuman"
                                << "khan_tuman" << QStringList{"khan_shaykhun"};
    QTest::newRow("Arabic Hama") << "حماة"
                                 << "hama" << QStringList{"homs"};
}

void TestGazetteer::neighboursNotConfused()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(QStringList, forbidden);
    const QStringList ids = idsOf(m_bundled.search(query));
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids.first(), expected);
    for (const QString& id : forbidden)
        QVERIFY2(!ids.contains(id), qPrintable(id + " in " + ids.join(", ")));
}

void TestGazetteer::tiers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("matchedName");
    QTest::newRow("exact, as typed") << "Saraqeb"
                                     << "saraqib" << int(MatchTier::Exact) << "Saraqeb";
    QTest::newRow("exact, folded") << "SARAQEB"
                                   << "saraqib" << int(MatchTier::Exact) << "Saraqeb";
    QTest::newRow("exact, spelling as typed wins")
        << "Ma'arrat an-Nu'man"
        << "maarat_al_numan" << int(MatchTier::Exact) << "Ma'arrat an-Nu'man";
    QTest::newRow("prefix shows main name") << "Sara"
                                            << "saraqib" << int(MatchTier::Prefix) << "Saraqib";
    QTest::newRow("prefix up to a typed article") << "Maarat al"
                                                  << "maarat_al_numan" << int(MatchTier::Prefix) << "Maarat al-Numan";
    QTest::newRow("skeleton") << "Sarakeb"
                              << "saraqib" << int(MatchTier::Skeleton) << "Saraqib";
    QTest::newRow("Arabic exact without hamza") << "ادلب"
                                                << "idlib" << int(MatchTier::Exact) << "إدلب";
}

void TestGazetteer::tiers()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    QFETCH(int, tier);
    QFETCH(QString, matchedName);
    const QVector<GazetteerMatch> matches = m_bundled.search(query, 50);
    const auto it =
        std::find_if(matches.cbegin(), matches.cend(), [&](const GazetteerMatch& m) { return m.place->id == id; });
    QVERIFY2(it != matches.cend(), qPrintable(idsOf(matches).join(", ")));
    QCOMPARE(int(it->tier), tier);
    QCOMPARE(it->matchedName, matchedName);
    QCOMPARE(it->place, m_bundled.byId(id));
    QCOMPARE(&m_bundled.at(it->index), it->place);
    for (qsizetype i = 1; i < matches.size(); ++i)
        QVERIFY(matches.at(i - 1).tier >= matches.at(i).tier);
}

void TestGazetteer::keyTownsAndBiggerPlacesWinTies()
{
    Gazetteer g;
    QVERIFY(g.add(makePlace("hamlet", "Tell Hadya", PlaceKind::Hamlet)));
    QVERIFY(g.add(makePlace("village-small", "Tell Hadya", PlaceKind::Village, 500)));
    QVERIFY(g.add(makePlace("village-big", "Tell Hadya", PlaceKind::Village, 5000)));
    QVERIFY(g.add(makePlace("town", "Tell Hadya", PlaceKind::Town)));
    QVERIFY(g.add(makePlace("key", "Tell Hadya", PlaceKind::Village, 0, true)));
    QVERIFY(g.add(makePlace("city-prefix", "Tell Hadyani", PlaceKind::City, 200000)));
    QCOMPARE(idsOf(g.search("tell hadya")),
             (QStringList{"key", "town", "village-big", "village-small", "hamlet", "city-prefix"}));
    QCOMPARE(g.find("Tell Hadya")->id, QString("key"));
}

void TestGazetteer::onePerPlaceAndLimit()
{
    // Saraqib has several names with the prefix "sara"; it appears once.
    const QStringList ids = idsOf(m_bundled.search("Sara", 50));
    QCOMPARE(ids.count("saraqib"), 1);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    // Many villages start with "Kafr".
    QCOMPARE(m_bundled.search("Kafr", 3).size(), 3);
    QVERIFY(m_bundled.search("Kafr", 100).size() > 20);
    QVERIFY(m_bundled.search("Kafr", 0).isEmpty());
    QCOMPARE(idsOf(m_bundled.search("Kafr", 2)), idsOf(m_bundled.search("Kafr", 10)).mid(0, 2));
}

void TestGazetteer::byIdAndDuplicates()
{
    QVERIFY(m_bundled.byId("saraqib"));
    QCOMPARE(m_bundled.byId("saraqib")->nameFr, QString("Saraqeb"));
    QVERIFY(!m_bundled.byId("nowhere"));
    QVERIFY(!m_bundled.byId(""));

    Gazetteer g;
    QVERIFY(g.add(makePlace("a", "Armanaz")));
    QVERIFY(!g.add(makePlace("a", "Binnish"))); // same id: refused, nothing indexed
    QVERIFY(!g.add(makePlace("", "Binnish")));
    QCOMPARE(g.size(), 1);
    QVERIFY(!g.find("Binnish"));
    QCOMPARE(g.find("Armanaz")->id, QString("a"));
}

void TestGazetteer::pointersStayValid()
{
    Gazetteer g;
    QVERIFY(g.add(makePlace("first", "Armanaz")));
    const Place* first = g.find("Armanaz");
    QVERIFY(first);
    for (int i = 0; i < 2000; ++i)
        QVERIFY(g.add(makePlace(QString("p%1").arg(i), QString("Place %1").arg(i))));
    QCOMPARE(g.find("Armanaz"), first);
    QCOMPARE(first->id, QString("first"));
    QCOMPARE(g.byId("p1999")->nameEn, QString("Place 1999"));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "test_gazetteer.moc"
