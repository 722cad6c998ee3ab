// The members format 1.1 adds to annotated articles (docs/article-format.md, "Changes in 1.1"): each read from a
// good file into the model, each refused in a bad file with a message at its line, and none of them accepted in a
// file that declares "article/1".
#include "geo/articles/article_reader.h"

#include "bundled_data.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace geo;

namespace {

const QByteArray kText = "L'armée contrôle Saraqeb, selon la télévision d'Etat. Saraqeb est sur la M5. Enab Baladi "
                         "cite Moscou. La moitié de la province est tenue par HTS. Un cessez-le-feu entre en vigueur "
                         "le long de la M4, avec un corridor.";

const QString kSamples = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/samples-1.1");

// One annotation line: a feature ID of KIND quoting QUOTE, with PROPERTIES added (each starting with ",").
QByteArray annotation(const QByteArray& id, const QByteArray& kind, const QByteArray& quote,
                      const QByteArray& properties, const QByteArray& geometry = "null")
{
    return "  {\"type\": \"Feature\", \"id\": \"" + id + "\", \"geometry\": " + geometry +
           ", \"properties\": {\"kind\": \"" + kind + "\", \"quote\": \"" + quote + "\"" + properties + "}}";
}

const QByteArray kClaimBase = ", \"event_date\": \"2020-02-08\", \"controller\": \"hts\", \"claimant\": \"AFP\", "
                              "\"claim_status\": \"assessed\"";
const QByteArray kEventBase = ", \"event_type\": \"Strategic developments\"";

// An article file of format VERSION, with FEATURES (the inside of the "features" array, one per line) and
// TOPLEVEL members (written after "features", each line starting with ",").
QByteArray articleFile(const QByteArray& version, const QByteArray& features, const QByteArray& topLevel = {},
                       const QByteArray& articleExtra = {})
{
    return "{\"type\": \"FeatureCollection\", \"frontline\": \"" + version +
           "\",\n"
           " \"article\": {\"id\": \"test-1-1\", \"title\": \"Saraqeb\", \"publisher\": \"Test\", "
           "\"url\": \"https://example.org/saraqeb\", \"published\": \"2020-02-08\", \"language\": \"fr\", "
           "\"kind\": \"article\"" +
           articleExtra + ", \"text\": \"" + kText + "\"},\n \"features\": [\n" + features + "\n ]" + topLevel +
           "\n}\n";
}

QByteArray placeFeature(const QByteArray& extraProperties)
{
    return "  {\"type\": \"Feature\", \"id\": \"a1\", \"geometry\": null, \"properties\": {\"kind\": \"place\", "
           "\"quote\": \"Saraqeb\", \"prefix\": \"contrôle \", \"entity\": \"saraqib\"" +
           extraProperties + "}}";
}

int lineOf(const QByteArray& content, const QByteArray& marker)
{
    const qsizetype at = content.indexOf(marker);
    return at < 0 ? -1 : int(content.left(at).count('\n')) + 1;
}

} // namespace

class TestArticleFormat11 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void versions_data();
    void versions();
    void origin_data();
    void origin();
    void additions_data();
    void additions();
    void dates_data();
    void dates();
    void samplesRead_data();
    void samplesRead();
    void samplesAreTheBundledArticles_data();
    void samplesAreTheBundledArticles();
    void samplesUseEveryAddition();

private:
    ArticleReadResult read(const QByteArray& content);
    // Checks that CONTENT is refused with one message holding every word of WORDS, on the line of MARKER.
    void expectProblem(const QByteArray& content, const QStringList& words, const QByteArray& marker);

    std::shared_ptr<const EntityCatalog> m_catalog;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestArticleFormat11::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY(m_dir.isValid());
}

ArticleReadResult TestArticleFormat11::read(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("article-%1.geojson").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    const auto catalog = m_catalog;
    return ArticleReader::read(path, [catalog](const QString& id) { return catalog->contains(id); });
}

void TestArticleFormat11::expectProblem(const QByteArray& content, const QStringList& words, const QByteArray& marker)
{
    const ArticleReadResult r = read(content);
    QVERIFY2(!r.ok(), "the file was accepted");
    const int line = lineOf(content, marker);
    QVERIFY2(line > 0, marker.constData());
    for (const QString& m : r.messages()) {
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return m.contains(w); }))
            continue;
        QVERIFY2(
            QRegularExpression(QStringLiteral("^.+/article-\\d+\\.geojson:%1:\\d+: ").arg(line)).match(m).hasMatch(),
            qPrintable(QStringLiteral("expected line %1: %2").arg(line).arg(m)));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no message with %1 in:\n%2").arg(words.join(" + "), r.messages().join('\n'))));
}

void TestArticleFormat11::versions_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1.0") << QByteArray("article/1") << true;
    QTest::newRow("1.1") << QByteArray("article/1.1") << true;
    QTest::newRow("1.0 spelt 1.0") << QByteArray("article/1.0") << false;
    QTest::newRow("1.2") << QByteArray("article/1.2") << false;
}

void TestArticleFormat11::versions()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, accepted);
    const QByteArray content = articleFile(version, placeFeature({}));
    if (!accepted) {
        expectProblem(content, {"unsupported format version", "\"article/1\", \"article/1.1\""}, "\"frontline\"");
        return;
    }
    const ArticleReadResult r = read(content);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->formatVersion, QString::fromLatin1(version));
    QCOMPARE(ArticleReader::formatVersions(), (QStringList{"article/1", "article/1.1"}));
    QCOMPARE(ArticleReader::formatVersion(), QStringLiteral("article/1.1"));
}

void TestArticleFormat11::origin_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("property"); // added to the place annotation
    QTest::addColumn<QString>("origin");      // read; empty with WORDS: refused
    QTest::addColumn<QStringList>("words");

    QTest::newRow("written by a person") << QByteArray("article/1.1") << QByteArray() << QString() << QStringList();
    QTest::newRow("null is absent") << QByteArray("article/1.1") << QByteArray(", \"origin\": null") << QString()
                                    << QStringList();
    QTest::newRow("suggested") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"suggested\"")
                               << QStringLiteral("suggested") << QStringList();
    QTest::newRow("accepted") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"accepted\"")
                              << QStringLiteral("accepted") << QStringList();
    QTest::newRow("unknown origin") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"machine\"") << QString()
                                    << QStringList{"annotation \"a1\"", "unknown origin \"machine\"", "\"suggested\"",
                                                   "\"accepted\""};
    QTest::newRow("case matters") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"Suggested\"") << QString()
                                  << QStringList{"unknown origin \"Suggested\""};
    QTest::newRow("not a string") << QByteArray("article/1.1") << QByteArray(", \"origin\": true") << QString()
                                  << QStringList{"\"origin\" must be a string"};
    QTest::newRow("origin in a 1.0 file")
        << QByteArray("article/1") << QByteArray(", \"origin\": \"suggested\"") << QString()
        << QStringList{"\"origin\" is new in format article/1.1", "\"frontline\": \"article/1.1\""};
}

void TestArticleFormat11::origin()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, property);
    QFETCH(QString, origin);
    QFETCH(QStringList, words);
    const QByteArray content = articleFile(version, placeFeature(property));
    if (!words.isEmpty()) {
        expectProblem(content, words, "\"origin\"");
        return;
    }
    const ArticleReadResult r = read(content);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->annotations.size(), 1);
    QCOMPARE(r.article->annotations.at(0).origin, origin);
}

// Each 1.1 addition, good and bad: a file of format 1.1 with FEATURES (and TOPLEVEL members) reads, or is refused
// with a message holding WORDS on the line of MARKER.
void TestArticleFormat11::additions_data()
{
    QTest::addColumn<QByteArray>("topLevel");
    QTest::addColumn<QByteArray>("features");
    QTest::addColumn<QStringList>("words"); // empty: the file reads
    QTest::addColumn<QByteArray>("marker");

    const QByteArray moscow = ",\n \"entities\": [\n  {\"id\": \"local:moscow\", \"kind\": \"place\", \"names\": "
                              "{\"fr\": \"Moscou\", \"en\": \"Moscow\"}}\n ]";
    const QByteArray enabBaladi =
        ",\n \"actors\": [\n  {\"id\": \"enab-baladi\", \"kind\": \"media\", \"names\": {\"en\": "
        "\"Enab Baladi\"}, \"role\": \"news website (Syria)\"}\n ]";
    const QByteArray moscowPlace = annotation("p1", "place", "Moscou", ", \"entity\": \"local:moscow\"");

    // Entities outside the gazetteer.
    QTest::newRow("local place") << moscow << moscowPlace << QStringList() << QByteArray();
    QTest::newRow("local place with a point")
        << QByteArray(",\n \"entities\": [\n  {\"id\": \"local:moscow\", \"kind\": \"place\", \"names\": {\"en\": "
                      "\"Moscow\"}, \"point\": [36.80591, 35.86447]}\n ]")
        << moscowPlace << QStringList() << QByteArray();
    QTest::newRow("undefined local entity")
        << QByteArray() << moscowPlace << QStringList{"unknown local entity \"local:moscow\"", "\"entities\""}
        << QByteArray("\"local:moscow\"");
    QTest::newRow("entity id without local:")
        << QByteArray(",\n \"entities\": [\n  {\"id\": \"moscow\", \"kind\": \"place\", \"names\": {\"en\": "
                      "\"Moscow\"}}\n ]")
        << annotation("f1", "figure", "M5", ", \"value\": 5, \"unit\": \"road\"")
        << QStringList{"entity id \"moscow\" must be \"local:\""} << QByteArray("\"id\": \"moscow\"");
    QTest::newRow("entity kind actor")
        << QByteArray(",\n \"entities\": [\n  {\"id\": \"local:enab-baladi\", \"kind\": \"actor\", \"names\": {\"en\": "
                      "\"Enab Baladi\"}}\n ]")
        << annotation("f1", "figure", "M5", ", \"value\": 5, \"unit\": \"road\"")
        << QStringList{"an actor goes in the top-level \"actors\" list"} << QByteArray("\"kind\": \"actor\"");
    QTest::newRow("entity point not lon/lat")
        << QByteArray(",\n \"entities\": [\n  {\"id\": \"local:moscow\", \"kind\": \"place\", \"names\": {\"en\": "
                      "\"Moscow\"},\n   \"point\": [55.75, 237.6]}\n ]")
        << moscowPlace << QStringList{"entity \"local:moscow\"", "\"point\" [55.75, 237.6] is not a longitude"}
        << QByteArray("\"point\"");
    QTest::newRow("entity without names")
        << QByteArray(",\n \"entities\": [\n  {\"id\": \"local:moscow\", \"kind\": \"place\",\n   \"names\": {}}\n ]")
        << moscowPlace << QStringList{"\"names\" is empty"} << QByteArray("\"names\"");
    QTest::newRow("other entity as a place")
        << QByteArray(",\n \"entities\": [\n  {\"id\": \"local:moscow\", \"kind\": \"other\", \"names\": {\"en\": "
                      "\"Moscow\"}}\n ]")
        << moscowPlace << QStringList{"entity of kind \"other\""} << QByteArray("\"local:moscow\"}}");

    // Actors the article adds; claimants that are media or states.
    QTest::newRow("article actor") << enabBaladi
                                   << annotation("r1", "actor", "Enab Baladi", ", \"entity\": \"actor:enab-baladi\"")
                                   << QStringList() << QByteArray();
    QTest::newRow("undefined actor") << QByteArray()
                                     << annotation("r1", "actor", "Enab Baladi", ", \"entity\": \"actor:enab-baladi\"")
                                     << QStringList{"unknown entity \"actor:enab-baladi\""}
                                     << QByteArray("actor:enab-baladi");
    QTest::newRow("actor already in actors.json")
        << QByteArray(",\n \"actors\": [\n  {\"id\": \"afp\", \"kind\": \"media\", \"names\": {\"en\": \"AFP\"}}\n ]")
        << annotation("r1", "actor", "Enab Baladi", ", \"entity\": \"actor:afp\"")
        << QStringList{"\"afp\" is already an actor of actors.json"} << QByteArray("\"id\": \"afp\"");
    QTest::newRow("actor of no known kind")
        << QByteArray(",\n \"actors\": [\n  {\"id\": \"enab-baladi\", \"kind\": \"newspaper\", \"names\": {\"en\": "
                      "\"Enab Baladi\"}}\n ]")
        << annotation("r1", "actor", "Enab Baladi", ", \"entity\": \"actor:enab-baladi\"")
        << QStringList{"unknown kind \"newspaper\"", "\"media\"", "\"state forces\""} << QByteArray("\"newspaper\"");
    QTest::newRow("claimant actor") << enabBaladi
                                    << annotation("c1", "claim", "L'armée contrôle Saraqeb",
                                                  ", \"place\": \"saraqib\"" + kClaimBase +
                                                      ", \"claimant_actor\": \"actor:enab-baladi\"")
                                    << QStringList() << QByteArray();
    QTest::newRow("claimant actor not an actor")
        << QByteArray()
        << annotation("c1", "claim", "L'armée contrôle Saraqeb",
                      ", \"place\": \"saraqib\"" + kClaimBase + ", \"claimant_actor\": \"state TV\"")
        << QStringList{"\"claimant_actor\" must be an actor id"} << QByteArray("\"claimant_actor\"");

    // Claims about an area.
    QTest::newRow("governorate claim")
        << QByteArray()
        << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                      ", \"claim_scope\": \"area\", \"place\": \"area:SY07\", \"area_share\": 50" + kClaimBase)
        << QStringList() << QByteArray();
    QTest::newRow("district claim") << QByteArray()
                                    << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                                                  ", \"claim_scope\": \"area\", \"place\": \"area:SY0700\"" +
                                                      kClaimBase)
                                    << QStringList() << QByteArray();
    QTest::newRow("drawn area claim")
        << QByteArray()
        << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                      ", \"claim_scope\": \"area\"" + kClaimBase,
                      "{\"type\": \"Polygon\", \"coordinates\": [[[36.6, 35.8], [36.9, 35.8], [36.9, 36.0], [36.6, "
                      "35.8]]]}")
        << QStringList() << QByteArray();
    QTest::newRow("area without scope")
        << QByteArray()
        << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                      ", \"place\": \"area:SY07\"" + kClaimBase)
        << QStringList{"is an area: a claim about an area says \"claim_scope\": \"area\""}
        << QByteArray("\"area:SY07\"");
    QTest::newRow("area claim on a town")
        << QByteArray()
        << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                      ", \"claim_scope\": \"area\", \"place\": \"saraqib\"" + kClaimBase)
        << QStringList{"must be a governorate or district by its OCHA pcode"} << QByteArray("\"saraqib\"");
    QTest::newRow("area claim on an unknown pcode")
        << QByteArray()
        << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                      ", \"claim_scope\": \"area\", \"place\": \"area:SY99\"" + kClaimBase)
        << QStringList{"unknown area \"area:SY99\""} << QByteArray("\"area:SY99\"");
    QTest::newRow("area claim on nothing") << QByteArray()
                                           << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                                                         ", \"claim_scope\": \"area\"" + kClaimBase)
                                           << QStringList{"an area claim needs \"place\""} << QByteArray("\"c1\"");
    QTest::newRow("area share over 100")
        << QByteArray()
        << annotation("c1", "claim", "La moitié de la province est tenue par HTS",
                      ", \"claim_scope\": \"area\", \"place\": \"area:SY07\", \"area_share\": 150" + kClaimBase)
        << QStringList{"\"area_share\" 150 must be a percentage"} << QByteArray("\"area_share\"");
    QTest::newRow("area share on a town claim")
        << QByteArray()
        << annotation("c1", "claim", "L'armée contrôle Saraqeb",
                      ", \"place\": \"saraqib\", \"area_share\": 50" + kClaimBase)
        << QStringList{"only an area claim", "\"area_share\""} << QByteArray("\"area_share\"");

    // Events.
    QTest::newRow("ceasefire")
        << QByteArray()
        << annotation("e1", "event", "Un cessez-le-feu entre en vigueur",
                      kEventBase +
                          ", \"sub_event_type\": \"Agreement\", \"event_date\": \"2020-03-05\", "
                          "\"effective_date\": \"2020-03-06\", \"actors\": [\"actor:russia\", \"actor:turkey\"]")
        << QStringList() << QByteArray();
    QTest::newRow("corridor") << QByteArray()
                              << annotation(
                                     "e1", "event", "le long de la M4, avec un corridor",
                                     kEventBase +
                                         ", \"sub_event_type\": \"Security corridor\", \"event_date\": \"2020-03-05\", "
                                         "\"road\": \"road:M4\", \"width_km\": 12, \"from_place\": \"saraqib\"")
                              << QStringList() << QByteArray();
    QTest::newRow("shelling at a place")
        << QByteArray()
        << annotation("e1", "event", "Saraqeb est sur la M5",
                      ", \"event_type\": \"Explosions/Remote violence\", \"sub_event_type\": "
                      "\"Shelling/artillery/missile attack\", \"event_date\": \"2020-02-08\", \"place\": \"saraqib\"")
        << QStringList() << QByteArray();
    QTest::newRow("corridor without width")
        << QByteArray()
        << annotation("e1", "event", "le long de la M4, avec un corridor",
                      kEventBase + ", \"sub_event_type\": \"Security corridor\", \"event_date\": \"2020-03-05\", "
                                   "\"road\": \"road:M4\"")
        << QStringList{"annotation \"e1\"", "missing \"width_km\""} << QByteArray("\"e1\"");
    QTest::newRow("corridor along no known road")
        << QByteArray()
        << annotation("e1", "event", "le long de la M4, avec un corridor",
                      kEventBase + ", \"sub_event_type\": \"Security corridor\", \"event_date\": \"2020-03-05\", "
                                   "\"road\": \"road:M9\", \"width_km\": 12")
        << QStringList{"unknown road \"road:M9\""} << QByteArray("\"road:M9\"");
    QTest::newRow("sub-event of another type")
        << QByteArray()
        << annotation("e1", "event", "Un cessez-le-feu entre en vigueur",
                      kEventBase + ", \"sub_event_type\": \"Air/drone strike\", \"event_date\": \"2020-03-05\", "
                                   "\"place\": \"saraqib\"")
        << QStringList{"sub_event_type \"Air/drone strike\" is not one of \"Strategic developments\""}
        << QByteArray("\"Air/drone strike\"");
    QTest::newRow("sub-event type as event type")
        << QByteArray()
        << annotation(
               "e1", "event", "Un cessez-le-feu entre en vigueur",
               ", \"event_type\": \"Agreement\", \"sub_event_type\": \"Agreement\", \"event_date\": \"2020-03-05\"")
        << QStringList{"unknown event_type \"Agreement\"", "is a sub_event_type of \"Strategic developments\""}
        << QByteArray("\"event_type\"");
    QTest::newRow("strike at no place")
        << QByteArray()
        << annotation("e1", "event", "Saraqeb est sur la M5",
                      ", \"event_type\": \"Explosions/Remote violence\", \"sub_event_type\": \"Air/drone strike\", "
                      "\"event_date\": \"2020-02-08\"")
        << QStringList{"missing \"place\"", "say where it happened"} << QByteArray("\"e1\"");
    QTest::newRow("takes effect before it is agreed")
        << QByteArray()
        << annotation("e1", "event", "Un cessez-le-feu entre en vigueur",
                      kEventBase + ", \"sub_event_type\": \"Agreement\", \"event_date\": \"2020-03-05\", "
                                   "\"effective_date\": \"2020-03-04\"")
        << QStringList{"\"effective_date\" \"2020-03-04\" is before \"event_date\""} << QByteArray("\"e1\"");
    QTest::newRow("event without date") << QByteArray()
                                        << annotation("e1", "event", "Un cessez-le-feu entre en vigueur",
                                                      kEventBase + ", \"sub_event_type\": \"Agreement\"")
                                        << QStringList{"missing \"event_date\""} << QByteArray("\"e1\"");
    QTest::newRow("event actor unknown")
        << QByteArray()
        << annotation("e1", "event", "Un cessez-le-feu entre en vigueur",
                      kEventBase + ", \"sub_event_type\": \"Agreement\", \"event_date\": \"2020-03-05\", "
                                   "\"actors\": [\"actor:atlantis\"]")
        << QStringList{"unknown actor \"actor:atlantis\""} << QByteArray("\"actors\"");
    QTest::newRow("width on a claim") << QByteArray()
                                      << annotation("c1", "claim", "L'armée contrôle Saraqeb",
                                                    ", \"place\": \"saraqib\", \"width_km\": 12" + kClaimBase)
                                      << QStringList{"only an event (\"kind\": \"event\") has \"width_km\""}
                                      << QByteArray("\"width_km\"");
}

void TestArticleFormat11::additions()
{
    QFETCH(QByteArray, topLevel);
    QFETCH(QByteArray, features);
    QFETCH(QStringList, words);
    QFETCH(QByteArray, marker);
    const QByteArray content = articleFile("article/1.1", features, topLevel);
    if (!words.isEmpty()) {
        expectProblem(content, words, marker);
        // The same in a file that says article/1 is refused too (what is new in 1.1 is named as such, or the
        // row's own problem remains).
        QVERIFY(!read(articleFile("article/1", features, topLevel)).ok());
        return;
    }
    const ArticleReadResult r = read(content);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    const Article& article = *r.article;
    const Annotation& a = article.annotations.at(0);
    QVERIFY(a.isAnchored());
    if (topLevel.contains("local:moscow")) {
        QCOMPARE(article.entities.size(), 1);
        QCOMPARE(article.entity("local:moscow")->name("fr"), topLevel.contains("Moscou") ? "Moscou" : "Moscow");
        QCOMPARE(article.entity("local:moscow")->point.has_value(), topLevel.contains("point"));
    }
    if (topLevel.contains("enab-baladi")) {
        QCOMPARE(article.actor("actor:enab-baladi")->kind, ActorKind::Media);
        QCOMPARE(article.actor("actor:enab-baladi")->name("ar"), QStringLiteral("Enab Baladi"));
    }
    if (features.contains("claimant_actor"))
        QCOMPARE(a.claimantActor, QStringLiteral("actor:enab-baladi"));
    if (a.kind == AnnotationKind::Claim && features.contains("claim_scope")) {
        QVERIFY(a.isAreaClaim());
        QVERIFY(article.claims().at(0).isAreaClaim());
        QCOMPARE(a.areaShare.has_value(), features.contains("area_share"));
        QCOMPARE(a.place.isEmpty(), features.contains("Polygon"));
        QCOMPARE(a.geometry.kind, features.contains("Polygon") ? GeometryKind::Polygon : GeometryKind::None);
    }
    if (a.kind == AnnotationKind::Event) {
        QVERIFY(!a.eventType.isEmpty());
        QVERIFY(article.claims().isEmpty()); // an event is not a control claim
        if (a.subEventType == QLatin1String("Agreement")) {
            QCOMPARE(a.effectiveSpan.from, QDate(2020, 3, 6));
            QCOMPARE(a.actors, (QStringList{"actor:russia", "actor:turkey"}));
        }
        if (a.subEventType == QLatin1String("Security corridor")) {
            QCOMPARE(a.road, QStringLiteral("road:M4"));
            QCOMPARE(a.widthKm, std::optional<double>(12.0));
            QCOMPARE(a.fromPlace, QStringLiteral("saraqib"));
        }
    }
}

// The 1.1 date forms: a year, about a day, on or before a day; and a published month.
void TestArticleFormat11::dates_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("published");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("qualifier");
    QTest::addColumn<QStringList>("words"); // empty: reads
    QTest::addColumn<QByteArray>("marker");

    const auto none = int(DateQualifier::None), about = int(DateQualifier::About),
               before = int(DateQualifier::OnOrBefore);
    QTest::newRow("a year") << QByteArray("article/1.1") << QByteArray("2012") << QByteArray("2020-02-08")
                            << QDate(2012, 1, 1) << QDate(2012, 12, 31) << none << QStringList() << QByteArray();
    QTest::newRow("from a year to a day")
        << QByteArray("article/1.1") << QByteArray("2011/2020-02-08") << QByteArray("2020-02-08") << QDate(2011, 1, 1)
        << QDate(2020, 2, 8) << none << QStringList() << QByteArray();
    QTest::newRow("about a day") << QByteArray("article/1.1") << QByteArray("2020-02-08~") << QByteArray("2020-02-08")
                                 << QDate(2020, 2, 8) << QDate(2020, 2, 8) << about << QStringList() << QByteArray();
    QTest::newRow("about a month") << QByteArray("article/1.1") << QByteArray("2020-01~") << QByteArray("2020-02-08")
                                   << QDate(2020, 1, 1) << QDate(2020, 1, 31) << about << QStringList() << QByteArray();
    QTest::newRow("on or before a day") << QByteArray("article/1.1") << QByteArray("../2020-02-08")
                                        << QByteArray("2020-02-08") << QDate(2020, 2, 8) << QDate(2020, 2, 8) << before
                                        << QStringList() << QByteArray();
    QTest::newRow("published in a month")
        << QByteArray("article/1.1") << QByteArray("2020-02-08") << QByteArray("2020-02") << QDate(2020, 2, 8)
        << QDate(2020, 2, 8) << none << QStringList() << QByteArray();
    QTest::newRow("a year in a 1.0 file")
        << QByteArray("article/1") << QByteArray("2012") << QByteArray("2020-02-08") << QDate() << QDate() << none
        << QStringList{"\"event_date\" \"2012\" is written in a form new in format article/1.1"}
        << QByteArray("\"event_date\"");
    QTest::newRow("about in a 1.0 file") << QByteArray("article/1") << QByteArray("2020-02-08~")
                                         << QByteArray("2020-02-08") << QDate() << QDate() << none
                                         << QStringList{"new in format article/1.1"} << QByteArray("\"event_date\"");
    QTest::newRow("published month in a 1.0 file")
        << QByteArray("article/1") << QByteArray("2020-02-08") << QByteArray("2020-02") << QDate() << QDate() << none
        << QStringList{"\"published\" \"2020-02\" is a month, which is new in format article/1.1"}
        << QByteArray("\"published\"");
    QTest::newRow("about an interval") << QByteArray("article/1.1") << QByteArray("2020-02-01/2020-02-08~")
                                       << QByteArray("2020-02-08") << QDate() << QDate() << none
                                       << QStringList{"qualifies one day, month or year, not an interval"}
                                       << QByteArray("\"event_date\"");
    QTest::newRow("about and before") << QByteArray("article/1.1") << QByteArray("../2020-02-08~")
                                      << QByteArray("2020-02-08") << QDate() << QDate() << none
                                      << QStringList{"both \"about\" (~) and \"on or before\" (../)"}
                                      << QByteArray("\"event_date\"");
    QTest::newRow("on or before a day that does not exist")
        << QByteArray("article/1.1") << QByteArray("../2020-02-30") << QByteArray("2020-02-08") << QDate() << QDate()
        << none << QStringList{"\"2020-02-30\" is not a calendar day"} << QByteArray("\"event_date\"");
    QTest::newRow("about with day precision")
        << QByteArray("article/1.1") << QByteArray("2020-02-08~\", \"time_precision\": 1, \"x\": \"")
        << QByteArray("2020-02-08") << QDate() << QDate() << none
        << QStringList{"\"time_precision\" 1 (an exact day) contradicts", "approximate (~)"}
        << QByteArray("\"time_precision\"");
    QTest::newRow("published a year")
        << QByteArray("article/1.1") << QByteArray("2020-02-08") << QByteArray("2020") << QDate() << QDate() << none
        << QStringList{"\"published\" must be one day (YYYY-MM-DD), or (format 1.1) a month"}
        << QByteArray("\"published\"");
}

void TestArticleFormat11::dates()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, published);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, qualifier);
    QFETCH(QStringList, words);
    QFETCH(QByteArray, marker);
    QByteArray claim =
        annotation("c1", "claim", "L'armée contrôle Saraqeb",
                   ", \"place\": \"saraqib\", \"controller\": \"government\", \"claimant\": \"state TV\", "
                   "\"claim_status\": \"claimed\",\n   \"event_date\": \"" +
                       date + "\"");
    claim.replace(", \"x\": \"\"", "");
    QByteArray content = articleFile(version, claim);
    content.replace("\"published\": \"2020-02-08\"", "\"published\": \"" + published + "\"");
    if (!words.isEmpty()) {
        expectProblem(content, words, marker);
        return;
    }
    const ArticleReadResult r = read(content);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    const Annotation& a = r.article->annotations.at(0);
    QCOMPARE(a.eventDateFrom, from);
    QCOMPARE(a.eventDateTo, to);
    QCOMPARE(int(a.dateQualifier), qualifier);
    QCOMPARE(a.effectiveDate(), to); // a claim counts from the last day it covers
    QCOMPARE(a.approximateDate, from != to || qualifier != int(DateQualifier::None));
    QCOMPARE(r.article->publishedPrecision, published.size() == 7 ? 3 : 1);
    QCOMPARE(
        r.article->published,
        QDate::fromString(QString::fromLatin1(published.size() == 7 ? published + "-01" : published), Qt::ISODate));
}

void TestArticleFormat11::samplesRead_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(kSamples).entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << kSamples + '/' + file;
}

void TestArticleFormat11::samplesRead()
{
    QFETCH(QString, path);
    const auto catalog = m_catalog;
    const ArticleReadResult r =
        ArticleReader::read(path, [catalog](const QString& id) { return catalog->contains(id); });
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->formatVersion, QStringLiteral("article/1.1"));
    for (const Annotation& a : r.article->annotations) {
        QVERIFY2(a.isAnchored(), qPrintable(a.id));
        QCOMPARE(r.article->quotedText(a), a.quote); // quotes are words of the text
    }
}

// A sample re-annotates a bundled article: the same text and id, and every annotation of the bundled file kept.
void TestArticleFormat11::samplesAreTheBundledArticles_data()
{
    samplesRead_data();
}

void TestArticleFormat11::samplesAreTheBundledArticles()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).fileName();
    const QString bundled = QFile::exists(":/articles/" + name) ? ":/articles/" + name : ":/articles/history/" + name;
    const auto catalog = m_catalog;
    const auto known = [catalog](const QString& id) { return catalog->contains(id); };
    const ArticleReadResult original = ArticleReader::read(bundled, known);
    const ArticleReadResult sample = ArticleReader::read(path, known);
    QVERIFY2(original.ok() && sample.ok(), qPrintable(bundled));
    QCOMPARE(sample.article->id, original.article->id);
    QCOMPARE(sample.article->text, original.article->text);
    QCOMPARE(sample.article->fingerprint, original.article->fingerprint);
    for (const Annotation& a : original.article->annotations) {
        const Annotation* b = sample.article->annotation(a.id);
        QVERIFY2(b, qPrintable(a.id));
        QCOMPARE(b->anchorStart, a.anchorStart);
        QCOMPARE(b->kind, a.kind);
    }
    QVERIFY(sample.article->annotations.size() > original.article->annotations.size());
}

// Together the samples use every 1.1 addition that real bundled texts hold.
void TestArticleFormat11::samplesUseEveryAddition()
{
    QSet<QString> used;
    for (const QString& file : QDir(kSamples).entryList({QStringLiteral("*.geojson")}, QDir::Files)) {
        const auto catalog = m_catalog;
        const ArticleReadResult r =
            ArticleReader::read(kSamples + '/' + file, [catalog](const QString& id) { return catalog->contains(id); });
        QVERIFY2(r.ok(), qPrintable(file));
        const Article& article = *r.article;
        for (const LocalEntity& e : article.entities)
            used.insert("entity " + entityKindName(e.kind));
        for (const ArticleActor& a : article.actors)
            used.insert("actor " + actorKindName(a.kind));
        for (const Annotation& a : article.annotations) {
            if (a.entity.startsWith("local:"))
                used.insert("local entity annotation");
            if (a.isAreaClaim())
                used.insert("area claim");
            if (a.areaShare)
                used.insert("area share");
            if (!a.claimantActor.isEmpty())
                used.insert("claimant actor");
            if (a.kind == AnnotationKind::Event)
                used.insert(a.subEventType);
            if (a.effectiveSpan.isValid())
                used.insert("effective date");
            if (a.dateQualifier == DateQualifier::About)
                used.insert("about");
            if (a.dateQualifier == DateQualifier::OnOrBefore)
                used.insert("on or before");
            if (a.eventDate.contains(QRegularExpression("(^|/)\\d{4}($|/)")))
                used.insert("year");
            if (!a.fromPlace.isEmpty() && !a.toPlace.isEmpty())
                used.insert("road stretch");
        }
    }
    for (const char* addition : {"entity place", "entity other", "actor state forces", "local entity annotation",
                                 "area claim", "area share", "claimant actor", "Agreement", "Security corridor",
                                 "Joint patrol", "Reinforcement", "Shelling/artillery/missile attack",
                                 "Air/drone strike", "effective date", "about", "on or before", "year", "road stretch"})
        QVERIFY2(used.contains(QString::fromLatin1(addition)), addition);
}

QTEST_GUILESS_MAIN(TestArticleFormat11)
#include "test_article_format_1_1.moc"
