// Reading annotated-article files: the bundled AFP dispatch in its two deliveries reads whole and anchored,
// and every kind of broken input is refused with a message that names the file, the place and the fault.
#include "geo/articles/article_reader.h"
#include "geo/data/vector_source.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

namespace {

const QString kParagraphFile = QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson");
const QString kScrapedFile = QStringLiteral(":/articles/afp-2020-02-08-saraqeb-scraped.geojson");

QJsonDocument readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

QStringList attributeValues(const QString& path, const QString& field, const QString& prefix)
{
    QString error;
    const auto source = VectorSource::open(path, &error);
    QVector<Feature> features;
    if (!source || !source->readFeatures(0, {}, &features, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    QStringList values;
    for (const Feature& f : features)
        values << prefix + f.attributes.value(field).toString();
    return values;
}

// Every entity id the bundled data knows: key towns, OSM places, posts, governorates and the country, the two
// highways, the Syrian-Turkish border and the actors of actors.json.
const QSet<QString>& knownEntities()
{
    static const QSet<QString> known = [] {
        QStringList ids;
        ids << attributeValues(":/geodata/places/key_towns.geojson", "key", "");
        ids << attributeValues(":/geodata/places/places_osm_hot_nw.geojson", "osm_id", "osm:");
        ids << attributeValues(":/geodata/observation_posts/turkish_posts_idlib.csv", "sohr_no", "post:");
        ids << attributeValues(":/geodata/boundaries/syr_adm1_ocha.geojson", "ADM1_PCODE", "area:");
        ids << attributeValues(":/geodata/boundaries/syr_adm0_ocha.geojson", "ADM0_PCODE", "area:");
        ids << attributeValues(":/geodata/roads/highway_towns_order.csv", "highway", "road:");
        ids << QStringLiteral("border:SY-TR");
        const QJsonArray actors = readJson(":/articles/actors.json").object().value("actors").toArray();
        for (const QJsonValue& a : actors)
            ids << QStringLiteral("actor:") + a.toObject().value("id").toString();
        return QSet<QString>(ids.cbegin(), ids.cend());
    }();
    return known;
}

bool isKnown(const QString& entity)
{
    return knownEntities().contains(entity);
}

QString squeeze(QString s)
{
    s = s.normalized(QString::NormalizationForm_C);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// A small valid article (tests/data/articles/minimal.geojson); the bad-input rows each break one thing in it.
QByteArray templateContent()
{
    QFile f(QStringLiteral(FRONTLINE_TEST_DATA_DIR "/articles/minimal.geojson"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the test template %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int lineOf(const QByteArray& content, const QByteArray& marker)
{
    const qsizetype at = content.indexOf(marker);
    return at < 0 ? -1 : int(content.left(at).count('\n')) + 1;
}

} // namespace

class TestArticleReader : public QObject {
    Q_OBJECT
private slots:
    void seedFilesRead_data();
    void seedFilesRead();
    void seedFilesAreOneArticle();
    void seedClaims();
    void seedAnnotatesEveryEntity();
    void templateReads();
    void badInput_data();
    void badInput();
    void postEvents_data();
    void postEvents();
    void collectsEveryProblem();
    void byteOrderMark();
    void gdalMustRecogniseTheFile();
    void refusesOversizedFile();
    void unreadableFile_data();
    void unreadableFile();
    void documentedExampleReads();
    void schemaListsEveryProperty();
    void actorsVocabulary();
};

void TestArticleReader::seedFilesRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("positions");
    QTest::newRow("paragraphs") << kParagraphFile << true;
    QTest::newRow("run together") << kScrapedFile << false;
}

void TestArticleReader::seedFilesRead()
{
    QFETCH(QString, path);
    QFETCH(bool, positions);
    const ArticleReadResult result = ArticleReader::read(path, isKnown);
    QVERIFY2(result.ok(), qPrintable(result.messages().join('\n')));
    QVERIFY(result.problems.isEmpty());
    const Article& a = *result.article;
    QCOMPARE(a.id, QStringLiteral("afp-2020-02-08-saraqeb"));
    QCOMPARE(a.publisher, QStringLiteral("AFP"));
    QCOMPARE(a.published, QDate(2020, 2, 8));
    QCOMPARE(a.language, QStringLiteral("fr"));
    QCOMPARE(a.kind, ArticleKind::Article);
    QVERIFY(a.url.isEmpty());
    QVERIFY(a.notes.contains(QStringLiteral("No url")));
    QVERIFY(a.text.startsWith(QStringLiteral("\"Des unit")));
    QCOMPARE(a.text.contains(QStringLiteral("guerre.La voie")), !positions);
    QVERIFY(a.annotations.size() > 70);
    for (const Annotation& an : a.annotations) {
        QVERIFY2(an.isAnchored(), qPrintable(an.id));
        QCOMPARE(squeeze(a.quotedText(an)), squeeze(an.quote));
        QCOMPARE(an.start >= 0, positions);
        if (positions) {
            QCOMPARE(an.anchorStart, an.start);
            QCOMPARE(an.anchorEnd, an.end);
        }
        QVERIFY(an.geometry.isEmpty());
    }
}

void TestArticleReader::seedFilesAreOneArticle()
{
    const ArticleReadResult p = ArticleReader::read(kParagraphFile, isKnown);
    const ArticleReadResult s = ArticleReader::read(kScrapedFile, isKnown);
    QVERIFY(p.ok() && s.ok());
    QVERIFY(p.article->text != s.article->text);
    QCOMPARE(p.article->id, s.article->id);
    QCOMPARE(p.article->fingerprint.size(), 64);
    QCOMPARE(p.article->fingerprint, s.article->fingerprint);
    QCOMPARE(p.article->fingerprint, Article::fingerprintOf(p.article->text));
    // A changed word changes the fingerprint; decomposed accents do not.
    QVERIFY(Article::fingerprintOf(QString(p.article->text).replace("Saraqeb", "Saraqib")) != p.article->fingerprint);
    QCOMPARE(Article::fingerprintOf(p.article->text.normalized(QString::NormalizationForm_D)), p.article->fingerprint);
    // The same annotations point at the same words in both deliveries. (No surrogate pairs in these texts, so
    // code-point offsets are QString indexes.)
    QCOMPARE(p.article->text.toUcs4().size(), p.article->text.size());
    QCOMPARE(s.article->text.toUcs4().size(), s.article->text.size());
    QCOMPARE(p.article->annotations.size(), s.article->annotations.size());
    for (qsizetype i = 0; i < p.article->annotations.size(); ++i) {
        const Annotation& ap = p.article->annotations.at(i);
        const Annotation& as = s.article->annotations.at(i);
        QCOMPARE(ap.id, as.id);
        QCOMPARE(p.article->quotedText(ap), s.article->quotedText(as));
        // The words before the quote agree too, whitespace aside: the same occurrence was chosen.
        QCOMPARE(squeeze(p.article->text.left(ap.anchorStart)), squeeze(s.article->text.left(as.anchorStart)));
    }
}

void TestArticleReader::seedClaims()
{
    for (const QString& path : {kParagraphFile, kScrapedFile}) {
        const ArticleReadResult r = ArticleReader::read(path, isKnown);
        QVERIFY(r.ok());
        const QList<Claim> claims = r.article->claims();
        QCOMPARE(claims.size(), 3);

        const Claim& tv = claims.at(0);
        QCOMPARE(tv.placeId(), QStringLiteral("saraqib"));
        QCOMPARE(tv.controller(), Controller::Government);
        QCOMPARE(tv.status(), ClaimStatus::Claimed);
        QCOMPARE(tv.claimant(), QStringLiteral("state TV"));
        QCOMPARE(tv.effectiveDate(), QDate(2020, 2, 8));
        QVERIFY(!tv.isApproximate());
        QVERIFY(tv.sentence().endsWith(QStringLiteral("de la ville déserts.")));

        const Claim& sana = claims.at(1);
        QCOMPARE(sana.claimant(), QStringLiteral("SANA"));
        QCOMPARE(sana.placeId(), QStringLiteral("saraqib"));
        QVERIFY(sana.quotedText().contains(QStringLiteral("ratissage")));

        const Claim& maaret = claims.at(2);
        QCOMPARE(maaret.placeId(), QStringLiteral("maarat_al_numan"));
        QCOMPARE(maaret.annotation().eventDateFrom, QDate(2020, 1, 21));
        QCOMPARE(maaret.effectiveDate(), QDate(2020, 1, 31));
        QVERIFY(maaret.isApproximate());
        QCOMPARE(maaret.annotation().timePrecision, 2);
        QCOMPARE(maaret.annotation().dateNote, QStringLiteral("fin janvier"));
        QCOMPARE(maaret.previousController(), std::optional<Controller>(Controller::Opposition));
        // The whole sentence, also where the scraper ran it into the next one ("M5.Ces").
        QVERIFY2(maaret.sentence().startsWith(QStringLiteral("Fin janvier,")), qPrintable(maaret.sentence()));
        QVERIFY2(maaret.sentence().endsWith(QStringLiteral("traversée par la M5.")), qPrintable(maaret.sentence()));
    }
}

void TestArticleReader::seedAnnotatesEveryEntity()
{
    const ArticleReadResult r = ArticleReader::read(kParagraphFile, isKnown);
    QVERIFY(r.ok());
    QSet<QString> entities;
    QSet<double> figures;
    for (const Annotation& a : r.article->annotations) {
        entities.insert(a.entity);
        if (a.kind == AnnotationKind::Figure) {
            QVERIFY(a.value.has_value());
            QVERIFY(!a.unit.isEmpty());
            figures.insert(*a.value);
        }
    }
    for (const char* id : {"saraqib",
                           "idlib",
                           "area:SY07",
                           "aleppo",
                           "damascus",
                           "latakia",
                           "maarat_al_numan",
                           "area:SY02",
                           "area:SY05",
                           "area:SY06",
                           "area:SY",
                           "border:SY-TR",
                           "road:M4",
                           "road:M5",
                           "post:1",
                           "post:12",
                           "actor:syrian-army",
                           "actor:sana",
                           "actor:state-tv",
                           "actor:russia",
                           "actor:turkey",
                           "actor:anadolu",
                           "actor:hts",
                           "actor:un",
                           "actor:sohr",
                           "actor:syrian-government",
                           "actor:rebels"})
        QVERIFY2(entities.contains(QString::fromLatin1(id)), id);
    for (double figure : {350.0, 12.0, 3.0, 3e6, 586000.0, 70.0, 380000.0, 20e6, 9.0})
        QVERIFY2(figures.contains(figure), qPrintable(QString::number(figure)));
    // Every occurrence of these names in the text is annotated (inside a claim or a figure does not count).
    const QString& text = r.article->text;
    for (const QString& name : {QStringLiteral("Saraqeb"),
                                QStringLiteral("Idleb"),
                                QStringLiteral("Alep"),
                                QStringLiteral("M5"),
                                QStringLiteral("M4"),
                                QStringLiteral("Syrie"),
                                QStringLiteral("Lattaquié"),
                                QStringLiteral("Hama"),
                                QStringLiteral("Damas"),
                                QStringLiteral("régime"),
                                QStringLiteral("jihadistes"),
                                QStringLiteral("rebelles"),
                                QStringLiteral("Turquie"),
                                QStringLiteral("Russie"),
                                QStringLiteral("russe"),
                                QStringLiteral("Sana"),
                                QStringLiteral("Anadolu"),
                                QStringLiteral("HTS"),
                                QStringLiteral("OSDH"),
                                QStringLiteral("ONU"),
                                QStringLiteral("Bachar al-Assad"),
                                QStringLiteral("postes d'observation")}) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const bool covered =
                std::any_of(r.article->annotations.cbegin(), r.article->annotations.cend(), [&](const Annotation& a) {
                    return a.kind != AnnotationKind::Claim && a.kind != AnnotationKind::Figure && a.anchorStart <= at &&
                           at + name.size() <= a.anchorEnd;
                });
            QVERIFY2(covered, qPrintable(QStringLiteral("%1 at %2").arg(name).arg(at)));
        }
    }
}

void TestArticleReader::templateReads()
{
    const QByteArray tpl = templateContent();
    QTemporaryDir dir;
    const QString path = writeFile(dir, "template.geojson", tpl);
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->annotations.size(), 3);
    QVERIFY(r.article->annotations.at(1).isAnchored());
    QCOMPARE(r.article->quotedText(r.article->annotations.at(0)), QStringLiteral("Saraqeb"));
    QCOMPARE(r.article->annotations.at(0).anchorStart, qsizetype(17));
    QVERIFY(r.article->annotations.at(0).geometry.isEmpty());

    // A geometry, for what the gazetteer does not know, comes through OGR in lon/lat.
    QByteArray located = tpl;
    located.replace("\"id\": \"a1\", \"geometry\": null",
                    "\"id\": \"a1\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [36.80591, 35.86447]}");
    const ArticleReadResult withPoint = ArticleReader::read(writeFile(dir, "located.geojson", located), isKnown);
    QVERIFY2(withPoint.ok(), qPrintable(withPoint.messages().join('\n')));
    const Geometry& g = withPoint.article->annotations.at(0).geometry;
    QCOMPARE(g.kind, GeometryKind::Point);
    QCOMPARE(g.parts.at(0).at(0), QPointF(36.80591, 35.86447));
    QVERIFY(withPoint.article->annotations.at(1).geometry.isEmpty());
}

void TestArticleReader::badInput_data()
{
    const QByteArray tpl = templateContent();
    QTest::addColumn<QByteArray>("from"); // replaced in the template; empty: "to" is the whole file
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("marker"); // the problem is on the first line holding this; empty: no line
    QTest::addColumn<QStringList>("words"); // the message holds all of these

    QTest::newRow("not JSON") << QByteArray("\"features\": [") << QByteArray("\"features\": [ ,")
                              << QByteArray("\"features\": [ ,") << QStringList{"not JSON"};
    QTest::newRow("truncated") << QByteArray() << tpl.left(300) << QByteArray() << QStringList{"not JSON"};
    QTest::newRow("a Feature, not a FeatureCollection")
        << QByteArray("\"type\": \"FeatureCollection\"") << QByteArray("\"type\": \"Feature\"")
        << QByteArray("\"type\": \"Feature\"") << QStringList{"not a GeoJSON FeatureCollection", "\"Feature\""};
    QTest::newRow("a JSON array") << QByteArray() << QByteArray("[1, 2]") << QByteArray("[")
                                  << QStringList{"not a GeoJSON FeatureCollection", "array"};
    QTest::newRow("no article member") << QByteArray("\"article\": {") << QByteArray("\"articel\": {")
                                       << QByteArray("{") << QStringList{"missing \"article\""};
    QTest::newRow("no frontline member") << QByteArray("\"frontline\": \"article/1\",") << QByteArray()
                                         << QByteArray("{") << QStringList{"missing \"frontline\"", "article/1"};
    QTest::newRow("unsupported version") << QByteArray("\"article/1\"") << QByteArray("\"article/9\"")
                                         << QByteArray("article/9") << QStringList{"unsupported format version"};
    QTest::newRow("empty title") << QByteArray("\"title\": \"Saraqeb\"") << QByteArray("\"title\": \"\"")
                                 << QByteArray("\"title\"") << QStringList{"article", "\"title\" is empty"};
    QTest::newRow("no text") << QByteArray("\"text\":") << QByteArray("\"texte\":") << QByteArray("\"article\": {")
                             << QStringList{"missing \"text\""};
    QTest::newRow("impossible published day")
        << QByteArray("\"published\": \"2020-02-08\"") << QByteArray("\"published\": \"2020-02-30\"")
        << QByteArray("\"published\"") << QStringList{"\"published\"", "2020-02-30", "not a calendar day"};
    QTest::newRow("no url and no notes") << QByteArray("\"url\": \"https://example.org/saraqeb\"")
                                         << QByteArray("\"url\": \"\"") << QByteArray("\"url\"")
                                         << QStringList{"no \"url\"", "notes"};
    QTest::newRow("url without scheme") << QByteArray("\"url\": \"https://example.org/saraqeb\"")
                                        << QByteArray("\"url\": \"example.org/saraqeb\"") << QByteArray("\"url\"")
                                        << QStringList{"not an http(s) address"};
    QTest::newRow("start is a string") << QByteArray("\"start\": 58") << QByteArray("\"start\": \"58\"")
                                       << QByteArray("\"start\": \"58\"")
                                       << QStringList{"annotation \"a2\"", "\"start\" must be a whole number",
                                                      "a string"};
    QTest::newRow("start after end") << QByteArray("\"start\": 58, \"end\": 60")
                                     << QByteArray("\"start\": 60, \"end\": 58") << QByteArray("\"start\": 60")
                                     << QStringList{"\"start\" 60 is after \"end\" 58"};
    QTest::newRow("start without end") << QByteArray(", \"end\": 60") << QByteArray() << QByteArray("\"start\": 58")
                                       << QStringList{"both \"start\" and \"end\""};
    QTest::newRow("unknown kind") << QByteArray("\"kind\": \"place\"") << QByteArray("\"kind\": \"town\"")
                                  << QByteArray("\"kind\": \"town\"")
                                  << QStringList{"annotation \"a1\"", "unknown kind \"town\"", "\"place\""};
    QTest::newRow("unknown claim status")
        << QByteArray("\"claim_status\": \"claimed\"") << QByteArray("\"claim_status\": \"rumoured\"")
        << QByteArray("\"claim_status\": \"rumoured\"")
        << QStringList{"unknown claim_status \"rumoured\"", "\"assessed\""};
    QTest::newRow("unknown controller") << QByteArray("\"controller\": \"government\"")
                                        << QByteArray("\"controller\": \"regime\"")
                                        << QByteArray("\"controller\": \"regime\"")
                                        << QStringList{"annotation \"a3\"", "unknown controller "
                                                                            "\"regime\""};
    QTest::newRow("misspelt property") << QByteArray("\"controller\": \"government\"")
                                       << QByteArray("\"contoller\": \"government\"") << QByteArray("\"contoller\"")
                                       << QStringList{"unknown property \"contoller\""};
    QTest::newRow("unknown entity") << QByteArray("\"entity\": \"saraqib\"") << QByteArray("\"entity\": \"saraqeb\"")
                                    << QByteArray("\"entity\": \"saraqeb\"")
                                    << QStringList{"unknown entity \"saraqeb\""};
    QTest::newRow("unknown place of a claim")
        << QByteArray("\"place\": \"saraqib\"") << QByteArray("\"place\": \"atlantis\"")
        << QByteArray("\"place\": \"atlantis\"") << QStringList{"unknown place \"atlantis\""};
    QTest::newRow("entity of another kind")
        << QByteArray("\"entity\": \"saraqib\"") << QByteArray("\"entity\": \"road:M5\"")
        << QByteArray("\"entity\": \"road:M5\"}") << QStringList{"entity \"road:M5\" does not fit kind \"place\""};
    QTest::newRow("impossible day") << QByteArray("\"event_date\": \"2020-02-08\"")
                                    << QByteArray("\"event_date\": \"2020-02-30\"") << QByteArray("\"event_date\"")
                                    << QStringList{"2020-02-30", "not a calendar day", "29 days"};
    QTest::newRow("month 13") << QByteArray("\"event_date\": \"2020-02-08\"")
                              << QByteArray("\"event_date\": \"2020-13-01\"") << QByteArray("\"event_date\"")
                              << QStringList{"2020-13-01", "no month 13"};
    QTest::newRow("interval ends before it starts")
        << QByteArray("\"event_date\": \"2020-02-08\"") << QByteArray("\"event_date\": \"2020-02-08/2020-01-31\"")
        << QByteArray("\"event_date\"") << QStringList{"ends before it starts"};
    QTest::newRow("not a date") << QByteArray("\"event_date\": \"2020-02-08\"")
                                << QByteArray("\"event_date\": \"8 February 2020\"") << QByteArray("\"event_date\"")
                                << QStringList{"not an ISO 8601 day"};
    QTest::newRow("day precision on an interval")
        << QByteArray("\"event_date\": \"2020-02-08\"") << QByteArray("\"event_date\": \"2020-01-21/2020-01-31\"")
        << QByteArray("\"time_precision\": 1") << QStringList{"\"time_precision\" 1", "contradicts"};
    QTest::newRow("precision out of range")
        << QByteArray("\"time_precision\": 1") << QByteArray("\"time_precision\": 4")
        << QByteArray("\"time_precision\": 4")
        << QStringList{"\"time_precision\" 4 is out of range; give a whole number from 1 to 3"};
    // 2^63 is a whole number; converting it to qint64 is undefined, and it is no precision either.
    QTest::newRow("precision of 2^63")
        << QByteArray("\"time_precision\": 1") << QByteArray("\"time_precision\": 9223372036854775808")
        << QByteArray("\"time_precision\": 9223372036854775808")
        << QStringList{"\"time_precision\" 9223372036854776000 is out of range; give a whole number from 1 to 3"};
    QTest::newRow("precision not whole")
        << QByteArray("\"time_precision\": 1") << QByteArray("\"time_precision\": 1.5")
        << QByteArray("\"time_precision\": 1.5")
        << QStringList{
               "\"time_precision\" must be a whole number from 1 to 3 (1 day, 2 week, 3 month), not a number 1.5"};
    QTest::newRow("claim without claimant") << QByteArray("\"claimant\": \"state TV\", ") << QByteArray()
                                            << QByteArray("\"kind\": \"claim\"") << QStringList{"missing \"claimant\""};
    QTest::newRow("figure without value")
        << QByteArray("\"kind\": \"road\", \"quote\": \"M5\", \"start\": 58, \"end\": 60, \"entity\": \"road:M5\"")
        << QByteArray("\"kind\": \"figure\", \"quote\": \"M5\"") << QByteArray("\"kind\": \"figure\"")
        << QStringList{"missing \"value\""};
    QTest::newRow("quote not in the text")
        << QByteArray("\"quote\": \"Saraqeb\"") << QByteArray("\"quote\": \"Saraqib\"")
        << QByteArray("\"quote\": \"Saraqib\"")
        << QStringList{"annotation \"a1\"", "does not anchor", "quote not found", "\u00ABSaraqib\u00BB"};
    QTest::newRow("ambiguous quote") << QByteArray("\"prefix\": \"contrôle \", ") << QByteArray()
                                     << QByteArray("\"quote\": \"Saraqeb\"")
                                     << QStringList{"does not anchor", "ambiguous: 2 occurrences"};
    QTest::newRow("duplicate id") << QByteArray("\"id\": \"a2\"") << QByteArray("\"id\": \"a1\"")
                                  << QByteArray("\"id\": \"a1\", \"geometry\": null,\n   \"properties\": {\"kind\": "
                                                "\"road\"")
                                  << QStringList{"duplicate id \"a1\"",
                                                 QStringLiteral("line %1").arg(lineOf(tpl, "\"id\": \"a1\""))};
    QTest::newRow("properties not an object")
        << QByteArray("\"properties\": {\"kind\": \"place\", \"quote\": \"Saraqeb\", \"prefix\": \"contrôle \", "
                      "\"entity\": \"saraqib\"}")
        << QByteArray("\"properties\": \"place\"") << QByteArray("\"properties\": \"place\"")
        << QStringList{"\"properties\" must be an object"};
}

void TestArticleReader::badInput()
{
    const QByteArray tpl = templateContent();
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, marker);
    QFETCH(QStringList, words);

    QByteArray content = tpl;
    if (from.isEmpty()) {
        content = to;
    } else {
        QVERIFY2(content.contains(from), from.constData());
        content.replace(content.indexOf(from), from.size(), to);
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, "broken-article.geojson", content);
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    QVERIFY(!r.ok());
    QVERIFY(!r.article.has_value());
    QVERIFY(!r.problems.isEmpty());

    const int line = marker.isEmpty() ? -1 : lineOf(content, marker);
    QVERIFY(marker.isEmpty() || line > 0);
    bool found = false;
    for (const QString& m : r.messages()) {
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return m.contains(w); }))
            continue;
        found = true;
        QVERIFY2(m.startsWith(path + ':'), qPrintable(m));
        if (line > 0) {
            QVERIFY2(m.startsWith(QStringLiteral("%1:%2:").arg(path).arg(line)),
                     qPrintable(QStringLiteral("expected line %1: %2").arg(line).arg(m)));
            QVERIFY(QRegularExpression(QStringLiteral("^.+:\\d+:\\d+: ")).match(m).hasMatch());
        }
    }
    QVERIFY2(found,
             qPrintable(QStringLiteral("no message with %1 in:\n%2").arg(words.join(" + "), r.messages().join('\n'))));
}

// A post annotation may say what happened to the post and when: a sub_event_type of the post vocabulary with
// an event_date (docs/article-format.md, "Sub-event type").
void TestArticleReader::postEvents_data()
{
    QTest::addColumn<QByteArray>("properties"); // added to the post annotation's properties
    QTest::addColumn<QString>("event");         // the sub_event_type read; empty: the file is refused
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QStringList>("words"); // when refused, a message holds all of these

    QTest::newRow("named only") << QByteArray() << QString() << QDate() << false << QStringList();
    QTest::newRow("withdrawn on a day")
        << QByteArray(", \"event_date\": \"2020-10-19\", \"time_precision\": 1, \"date_note\": \"On 19 "
                      "October 2020\", \"sub_event_type\": \"post withdrawn\"")
        << QStringLiteral("post withdrawn") << QDate(2020, 10, 19) << false << QStringList();
    QTest::newRow("encircled late in the month")
        << QByteArray(", \"event_date\": \"2020-10-11/2020-10-19\", \"time_precision\": 2, "
                      "\"sub_event_type\": \"post encircled\"")
        << QStringLiteral("post encircled") << QDate(2020, 10, 19) << true << QStringList();
    QTest::newRow("set up in a month") << QByteArray(
                                              ", \"event_date\": \"2020-10\", \"sub_event_type\": \"post set up\"")
                                       << QStringLiteral("post set up") << QDate(2020, 10, 31) << true << QStringList();
    QTest::newRow("unknown post event")
        << QByteArray(", \"event_date\": \"2020-10-19\", \"sub_event_type\": \"post besieged\"") << QString() << QDate()
        << false << QStringList{"annotation \"p1\"", "unknown sub_event_type \"post besieged\"", "\"post withdrawn\""};
    QTest::newRow("a claim's type on a post")
        << QByteArray(", \"event_date\": \"2020-10-19\", \"sub_event_type\": \"Non-violent transfer of "
                      "territory\"")
        << QString() << QDate() << false << QStringList{"unknown sub_event_type", "\"post encircled\""};
    QTest::newRow("post event without a date")
        << QByteArray(", \"sub_event_type\": \"post withdrawn\"") << QString() << QDate() << false
        << QStringList{"\"post withdrawn\" needs an \"event_date\""};
    QTest::newRow("post event on a day that does not exist")
        << QByteArray(", \"event_date\": \"2020-10-32\", \"sub_event_type\": \"post withdrawn\"") << QString()
        << QDate() << false << QStringList{"2020-10-32", "not a calendar day"};
}

void TestArticleReader::postEvents()
{
    QFETCH(QByteArray, properties);
    QFETCH(QString, event);
    QFETCH(QDate, effective);
    QFETCH(bool, approximate);
    QFETCH(QStringList, words);
    const QByteArray content =
        "{\"type\": \"FeatureCollection\", \"frontline\": \"article/1\",\n"
        " \"article\": {\"id\": \"test-2020-10-19\", \"title\": \"Morek\", \"publisher\": \"Test\", "
        "\"url\": \"https://example.org/morek\", \"published\": \"2020-10-20\", \"language\": \"en\", "
        "\"kind\": \"article\", \"text\": \"On 19 October 2020, Turkey withdrew its military presence from "
        "its base at Morek.\"},\n"
        " \"features\": [\n"
        "  {\"type\": \"Feature\", \"id\": \"p1\", \"geometry\": null,\n"
        "   \"properties\": {\"kind\": \"post\", \"quote\": \"its base at Morek\", \"entity\": \"post:9\"" +
        properties + "}}\n]}\n";
    QTemporaryDir dir;
    const QString path = writeFile(dir, "post.geojson", content);
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    if (!words.isEmpty()) {
        QVERIFY(!r.ok());
        const QString all = r.messages().join('\n');
        QVERIFY2(std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return all.contains(w); }),
                 qPrintable(all));
        QVERIFY2(all.startsWith(path + QStringLiteral(":5:")), qPrintable(all)); // the post's line
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    const Annotation& a = r.article->annotations.at(0);
    QCOMPARE(a.kind, AnnotationKind::Post);
    QCOMPARE(a.entity, QStringLiteral("post:9"));
    QCOMPARE(a.subEventType, event);
    QCOMPARE(a.effectiveDate(), effective);
    QCOMPARE(a.approximateDate, approximate);
    QCOMPARE(postEventFromName(a.subEventType).has_value(), !event.isEmpty());
    QVERIFY(r.article->claims().isEmpty()); // a post event is not a control claim
}

void TestArticleReader::collectsEveryProblem()
{
    const QByteArray tpl = templateContent();
    QByteArray content = tpl;
    content.replace("\"kind\": \"place\"", "\"kind\": \"town\"");
    content.replace("\"2020-02-08\", \"time_precision\"", "\"2020-02-31\", \"time_precision\"");
    content.replace("\"quote\": \"M5\"", "\"quote\": \"M6\"");
    content.replace("\"title\": \"Saraqeb\"", "\"title\": 7");
    QTemporaryDir dir;
    const QString path = writeFile(dir, "many.geojson", content);
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    QVERIFY(!r.ok());
    const QString all = r.messages().join('\n');
    for (const char* word : {"unknown kind \"town\"", "2020-02-31", "\u00ABM6\u00BB", "\"title\" must be a string"})
        QVERIFY2(all.contains(QString::fromUtf8(word)), qPrintable(all));
    QCOMPARE(r.problems.size(), 4);
    // Problems come with distinct places.
    QSet<int> lines;
    for (const ArticleProblem& p : r.problems)
        lines.insert(p.line);
    QCOMPARE(lines.size(), 4);
}

void TestArticleReader::byteOrderMark()
{
    // A UTF-8 byte order mark is accepted, and positions are still right (it is no character of line 1).
    const QByteArray bom = "\xEF\xBB\xBF";
    QByteArray content = bom + templateContent();
    QTemporaryDir dir;
    QVERIFY(ArticleReader::read(writeFile(dir, "bom.geojson", content), isKnown).ok());
    content.replace("\"kind\": \"place\"", "\"kind\": \"town\"");
    content.replace("{\n \"type\"", "{ \"typo\": 1,\n \"type\"");
    const QString path = writeFile(dir, "bom-town.geojson", content);
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, lineOf(content, "\"kind\": \"town\""));
    const int column =
        int(content.mid(content.lastIndexOf('\n', content.indexOf("\"kind\": \"town\"")) + 1).indexOf("\"town\"")) +
        1; // ASCII line: bytes are characters
    QCOMPARE(r.problems.at(0).column, column);
}

void TestArticleReader::gdalMustRecogniseTheFile()
{
    const QByteArray tpl = templateContent();
    // Valid JSON and a valid article, but with "type" after a long article GDAL does not see a GeoJSON file,
    // and neither would QGIS.
    QJsonObject root = QJsonDocument::fromJson(tpl).object();
    QJsonObject article = root.value("article").toObject();
    article.insert("text", article.value("text").toString() + QString(8000, QLatin1Char('x')));
    QByteArray late = "{\n \"article\": " + QJsonDocument(article).toJson(QJsonDocument::Compact) + ",\n";
    late += " \"type\": \"FeatureCollection\",\n \"frontline\": \"article/1\",\n \"features\": " +
            QJsonDocument(root.value("features").toArray()).toJson(QJsonDocument::Compact) + "\n}\n";
    QByteArray early = "{\n \"type\": \"FeatureCollection\",\n \"frontline\": \"article/1\",\n \"article\": " +
                       QJsonDocument(article).toJson(QJsonDocument::Compact) + ",\n \"features\": " +
                       QJsonDocument(root.value("features").toArray()).toJson(QJsonDocument::Compact) + "\n}\n";
    QTemporaryDir dir;
    const ArticleReadResult bad = ArticleReader::read(writeFile(dir, "late.geojson", late), isKnown);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.problems.size(), 1);
    QVERIFY2(bad.problems.at(0).message.contains("GDAL's GeoJSON driver cannot read"), qPrintable(bad.messages()[0]));
    const ArticleReadResult good = ArticleReader::read(writeFile(dir, "early.geojson", early), isKnown);
    QVERIFY2(good.ok(), qPrintable(good.messages().join('\n')));
}

void TestArticleReader::refusesOversizedFile()
{
    const QByteArray tpl = templateContent();
    QTemporaryDir dir;
    const QString path = dir.filePath("huge.geojson");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024)); // sparse: no 100 MB are written
    }
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    QVERIFY(!r.ok());
    // One problem, about the size, without a line: the reader stopped before reading or parsing (100 MB of
    // zero bytes would otherwise be "not JSON").
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).line, 0);
    const QString m = r.messages().at(0);
    QVERIFY2(m.startsWith(path + QStringLiteral(": ")), qPrintable(m));
    QVERIFY2(m.contains("100.0 MB") && m.contains("limit of 50.0 MB"), qPrintable(m));

    // The limit is the caller's to choose.
    const QString small = writeFile(dir, "small.geojson", tpl);
    const ArticleReadResult limited = ArticleReader::read(small, isKnown, 100);
    QVERIFY(!limited.ok());
    QVERIFY2(limited.messages().at(0).contains("limit of 100 bytes"), qPrintable(limited.messages().at(0)));
    QVERIFY(ArticleReader::read(small, isKnown, tpl.size()).ok());
}

void TestArticleReader::unreadableFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("no such file") << "missing";
    // Mode bits that only deny a normal user (chmod) let root read, and the suite runs as root in CI; a /proc/sys
    // entry checks its mode bits for root too, so this row denies reading to every user.
    QTest::newRow("write-only kernel setting") << "proc";
}

void TestArticleReader::unreadableFile()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = dir.filePath("nowhere/article.geojson");
    if (kind == "proc") {
        path = QStringLiteral("/proc/sys/vm/drop_caches"); // mode 0200
        QVERIFY2(QFileInfo::exists(path), "no /proc/sys/vm/drop_caches: is /proc mounted?");
        QVERIFY2(!QFile(path).open(QIODevice::ReadOnly), "this process can read /proc/sys/vm/drop_caches");
    }
    const ArticleReadResult r = ArticleReader::read(path, isKnown);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 1);
    const QString m = r.messages().at(0);
    QVERIFY2(m.startsWith(path + QStringLiteral(": cannot read the file")), qPrintable(m));
    if (kind == "missing")
        QVERIFY2(m.contains("check the path"), qPrintable(m));
    else
        QVERIFY2(m.contains("Permission denied") && m.contains("permission"), qPrintable(m));
}

void TestArticleReader::documentedExampleReads()
{
    QFile page(QStringLiteral(FRONTLINE_SOURCE_DIR "/docs/article-format.md"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray text = page.readAll();
    const qsizetype section = text.indexOf("## Full example");
    QVERIFY(section > 0);
    const qsizetype from = text.indexOf("```json\n", section) + 8;
    const qsizetype to = text.indexOf("```", from);
    QVERIFY(from > 8 && to > from);
    QTemporaryDir dir;
    const ArticleReadResult r =
        ArticleReader::read(writeFile(dir, "example.geojson", text.mid(from, to - from)), isKnown);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->annotations.size(), 6);
    const QList<Claim> claims = r.article->claims();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.at(0).effectiveDate(), QDate(2020, 1, 31));
    QVERIFY(claims.at(0).isApproximate());
    for (const Annotation& a : r.article->annotations)
        QCOMPARE(a.anchorStart, a.start); // the documented offsets are right
}

void TestArticleReader::schemaListsEveryProperty()
{
    QFile file(":/articles/article.schema.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject schema = doc.object();
    QCOMPARE(schema.value("$schema").toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    const QJsonObject defs = schema.value("$defs").toObject();
    auto keys = [](const QJsonObject& o) {
        QStringList k = o.keys();
        k.sort();
        return k;
    };
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    auto strings = [](const QJsonValue& v) {
        QStringList l;
        for (const QJsonValue& s : v.toArray())
            l << s.toString();
        l.sort();
        return l;
    };
    const QJsonObject article = defs.value("article").toObject();
    QCOMPARE(keys(article.value("properties").toObject()), sorted(ArticleReader::articleMembers()));
    QCOMPARE(strings(article.value("required")), sorted(ArticleReader::requiredArticleMembers()));
    const QJsonObject annotation = defs.value("annotation").toObject();
    const QJsonObject props = annotation.value("properties").toObject();
    QCOMPARE(keys(props), sorted(ArticleReader::annotationProperties()));
    QCOMPARE(strings(props.value("kind").toObject().value("enum")), sorted(annotationKindNames()));
    QCOMPARE(strings(defs.value("controller").toObject().value("enum")), sorted(controllerNames()));
    QCOMPARE(strings(props.value("claim_status").toObject().value("oneOf").toArray().at(0).toObject().value("enum")),
             sorted(claimStatusNames()));
    QCOMPARE(strings(article.value("properties").toObject().value("kind").toObject().value("enum")),
             sorted(articleKindNames()));
    QCOMPARE(strings(defs.value("postEvent").toObject().value("enum")), sorted(postEventNames()));
    QCOMPARE(strings(schema.value("properties").toObject().value("frontline").toObject().value("enum")),
             sorted(ArticleReader::formatVersions()));
    QCOMPARE(strings(props.value("origin").toObject().value("oneOf").toArray().at(0).toObject().value("enum")),
             sorted(annotationOriginNames()));
    QCOMPARE(strings(props.value("claim_scope").toObject().value("oneOf").toArray().at(0).toObject().value("enum")),
             sorted(claimScopeNames()));
    QCOMPARE(strings(defs.value("eventType").toObject().value("enum")), sorted(eventTypeNames()));
    QCOMPARE(strings(defs.value("actorKind").toObject().value("enum")), sorted(actorKindNames()));
    QCOMPARE(
        strings(defs.value("entity").toObject().value("properties").toObject().value("kind").toObject().value("enum")),
        sorted(entityKindNames()));
}

void TestArticleReader::actorsVocabulary()
{
    const QJsonDocument doc = readJson(":/articles/actors.json");
    QVERIFY(doc.isObject());
    QSet<QString> ids;
    for (const QJsonValue& v : doc.object().value("actors").toArray()) {
        const QJsonObject a = v.toObject();
        const QString id = a.value("id").toString();
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        const QJsonObject names = a.value("names").toObject();
        for (const char* lang : {"fr", "en", "ar"})
            QVERIFY2(!names.value(lang).toString().isEmpty(), qPrintable(id + ' ' + lang));
        if (a.contains("controller"))
            QVERIFY2(controllerFromName(a.value("controller").toString()), qPrintable(id));
    }
    for (const char* id :
         {"syrian-army", "sana", "state-tv", "russia", "turkey", "anadolu", "hts", "rebels", "un", "sohr", "afp"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "test_article_reader.moc"
