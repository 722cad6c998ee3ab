// The annotation suggester (geo/articles/annotation_suggester.h): the seed dispatch in both its forms gives the
// places, roads, actors and claims a desk needs; English and Arabic texts restating the bundled reports do the
// same; names under Arabic clitics, French elision and English possessives are found; ambiguous names, relative
// dates, claim tying, cancel and junk input behave; and the suggestions score against the hand-made gold
// articles above the thresholds of issue 8. Every suggestion's quote is the text at its anchor, and
// ArticleReader anchors it at the same place.
#include "geo/articles/annotation_suggester.h"
#include "geo/articles/article_reader.h"
#include "geo/articles/text_anchor.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"

#include "bundled_data.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTest>

#include <memory>

using namespace geo;

namespace {

struct Score {
    int suggested = 0, matchedSuggested = 0;
    int gold = 0, matchedGold = 0;
    double precision() const { return suggested ? double(matchedSuggested) / suggested : 1.0; }
    double recall() const { return gold ? double(matchedGold) / gold : 1.0; }
    void add(const Score& o)
    {
        suggested += o.suggested;
        matchedSuggested += o.matchedSuggested;
        gold += o.gold;
        matchedGold += o.matchedGold;
    }
};

bool overlaps(const Annotation& a, const Annotation& b)
{
    return a.anchorStart < b.anchorEnd && b.anchorStart < a.anchorEnd;
}

bool datesAgree(const Annotation& s, const Annotation& g)
{
    return s.eventDateFrom.isValid() && g.eventDateFrom.isValid() && s.eventDateFrom <= g.eventDateTo &&
           g.eventDateFrom <= s.eventDateTo;
}

// A place, road, area, actor or post suggestion is right when a gold annotation of its kind and entity overlaps
// its words; a claim when a gold claim has its place, controller and an overlapping date.
Score score(const QList<Suggestion>& suggestions, const QList<Annotation>& gold, AnnotationKind kind)
{
    Score s;
    QList<Annotation> goldOfKind;
    QSet<QString> seen; // the gold lists one quote several times (the twelve unnamed posts): count it once
    for (const Annotation& g : gold) {
        if (g.kind != kind)
            continue;
        const QString key =
            kind == AnnotationKind::Claim ? g.id : QStringLiteral("%1:%2").arg(g.anchorStart).arg(g.anchorEnd);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        goldOfKind.append(g);
    }
    s.gold = int(goldOfKind.size());
    QSet<int> goldMatched;
    for (const Suggestion& sug : suggestions) {
        const Annotation& a = sug.annotation;
        if (a.kind != kind)
            continue;
        ++s.suggested;
        bool matched = false;
        for (int k = 0; k < goldOfKind.size(); ++k) {
            const Annotation& g = goldOfKind.at(k);
            bool same = false;
            if (kind == AnnotationKind::Claim)
                same = g.place == a.place && g.controller == a.controller && datesAgree(a, g);
            else if (kind == AnnotationKind::Figure)
                same = overlaps(a, g);
            else
                same = overlaps(a, g) && g.entity == a.entity;
            if (same) {
                matched = true;
                goldMatched.insert(k);
            }
        }
        s.matchedSuggested += matched;
    }
    s.matchedGold = int(goldMatched.size());
    return s;
}

QString describe(const Suggestion& s)
{
    const Annotation& a = s.annotation;
    QString out = QStringLiteral("%1 %2 [%3,%4) «%5» %6")
                      .arg(a.id, annotationKindName(a.kind))
                      .arg(a.anchorStart)
                      .arg(a.anchorEnd)
                      .arg(a.quote, a.entity);
    if (a.kind == AnnotationKind::Claim)
        out += QStringLiteral(" place=%1 controller=%2 previous=%3 date=%4 tp=%5 claimant=%6 supports=%7")
                   .arg(a.place, a.controller ? controllerName(*a.controller) : QString(),
                        a.previousController ? controllerName(*a.previousController) : QString(), a.eventDate)
                   .arg(a.timePrecision)
                   .arg(a.claimant, s.supportIds.join(u','));
    if (a.value)
        out += QStringLiteral(" value=%1 unit=%2").arg(*a.value).arg(a.unit);
    out += QStringLiteral(" (%1, %2)").arg(s.reason).arg(s.confidence, 0, 'f', 2);
    if (!s.alternatives.isEmpty())
        out += QStringLiteral(" alt=") + s.alternatives.join(u',');
    return out;
}

const Suggestion* findSuggestion(const SuggestionResult& r, AnnotationKind kind, const QString& entity,
                                 const QString& quote = {})
{
    for (const Suggestion& s : r.suggestions)
        if (s.annotation.kind == kind && s.annotation.entity == entity &&
            (quote.isEmpty() || s.annotation.quote == quote))
            return &s;
    return nullptr;
}

const Suggestion* findClaim(const SuggestionResult& r, const QString& place)
{
    for (const Suggestion& s : r.suggestions)
        if (s.annotation.kind == AnnotationKind::Claim && s.annotation.place == place)
            return &s;
    return nullptr;
}

} // namespace

class TestAnnotationSuggester : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seedDispatch_data();
    void seedDispatch();
    void scoresAgainstGold();

private:
    SuggestionResult suggest(const QString& text, const QString& lang, QDate published,
                             const QString& publisher = QStringLiteral("AFP"));
    void checkAnchors(const QString& text, const SuggestionResult& r);

    std::shared_ptr<const EntityCatalog> m_catalog;
    std::unique_ptr<Gazetteer> m_gazetteer;
};

void TestAnnotationSuggester::initTestCase()
{
    QString error;
    const QVector<Place> places = frontline::test::bundledPlaces(&error);
    QVERIFY2(!places.isEmpty(), qPrintable(error));
    m_gazetteer = std::make_unique<Gazetteer>(places);
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

SuggestionResult TestAnnotationSuggester::suggest(const QString& text, const QString& lang, QDate published,
                                                  const QString& publisher)
{
    SuggestionRequest request{text, lang, published, publisher};
    SuggestionResult r = suggestAnnotations(request, *m_gazetteer, *m_catalog);
    if (qEnvironmentVariableIsSet("FRONTLINE_SUGGEST_DUMP"))
        for (const Suggestion& s : r.suggestions)
            qInfo().noquote() << describe(s);
    return r;
}

void TestAnnotationSuggester::checkAnchors(const QString& text, const SuggestionResult& r)
{
    const TextAnchor anchor(text);
    QSet<QString> ids;
    for (const Suggestion& s : r.suggestions) {
        const Annotation& a = s.annotation;
        QVERIFY2(!ids.contains(a.id), qPrintable(a.id));
        ids.insert(a.id);
        QCOMPARE(a.quote, anchor.slice(a.anchorStart, a.anchorEnd));
        QCOMPARE(a.start, a.anchorStart);
        QCOMPARE(a.end, a.anchorEnd);
        // The reader's rules with the written selector, and with the quote and context alone.
        const TextAnchorResult byPosition = anchor.anchor({a.quote, a.prefix, a.suffix, a.start, a.end});
        QCOMPARE(byPosition.start, a.anchorStart);
        QCOMPARE(byPosition.end, a.anchorEnd);
        const TextAnchorResult byQuote = anchor.anchor({a.quote, a.prefix, a.suffix, -1, -1});
        if (byQuote.isAnchored()) {
            QCOMPARE(byQuote.start, a.anchorStart);
            QCOMPARE(byQuote.end, a.anchorEnd);
        }
        QVERIFY2(!s.reason.isEmpty(), qPrintable(a.id));
        QVERIFY(s.confidence > 0 && s.confidence <= 1);
        if (a.kind != AnnotationKind::Figure && a.kind != AnnotationKind::Claim)
            QVERIFY2(m_catalog->contains(a.entity), qPrintable(a.entity));
        for (const QString& support : s.supportIds)
            QVERIFY2(ids.contains(support) || support.startsWith(u'd'), qPrintable(support));
    }
}

void TestAnnotationSuggester::seedDispatch_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("paragraphs") << QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson");
    QTest::newRow("run together") << QStringLiteral(":/articles/afp-2020-02-08-saraqeb-scraped.geojson");
}

void TestAnnotationSuggester::seedDispatch()
{
    QFETCH(QString, file);
    const ArticleReadResult gold = ArticleReader::read(file, {});
    QVERIFY2(gold.ok(), qPrintable(gold.messages().join(u'\n')));
    const Article& article = *gold.article;
    const SuggestionResult r = suggest(article.text, {}, article.published);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.language, QStringLiteral("fr"));
    checkAnchors(article.text, r);

    for (const QString& place :
         {QStringLiteral("saraqib"), QStringLiteral("idlib"), QStringLiteral("aleppo"), QStringLiteral("damascus"),
          QStringLiteral("latakia"), QStringLiteral("maarat_al_numan")})
        QVERIFY2(findSuggestion(r, AnnotationKind::Place, place), qPrintable(place));
    QVERIFY(findSuggestion(r, AnnotationKind::Road, QStringLiteral("road:M4")));
    QVERIFY(findSuggestion(r, AnnotationKind::Road, QStringLiteral("road:M5")));
    for (const QString& actor :
         {QStringLiteral("actor:syrian-army"), QStringLiteral("actor:sana"), QStringLiteral("actor:state-tv"),
          QStringLiteral("actor:russia"), QStringLiteral("actor:turkey"), QStringLiteral("actor:anadolu"),
          QStringLiteral("actor:hts"), QStringLiteral("actor:un"), QStringLiteral("actor:sohr")})
        QVERIFY2(findSuggestion(r, AnnotationKind::Actor, actor), qPrintable(actor));

    const Suggestion* holds = findClaim(r, QStringLiteral("saraqib"));
    QVERIFY(holds);
    QCOMPARE(holds->annotation.controller, Controller::Government);
    QCOMPARE(holds->annotation.claimant, QStringLiteral("state TV"));
    QCOMPARE(holds->annotation.eventDate, QStringLiteral("2020-02-08"));
    QCOMPARE(holds->annotation.claimStatus, ClaimStatus::Claimed);

    const Suggestion* retook = findClaim(r, QStringLiteral("maarat_al_numan"));
    QVERIFY(retook);
    QCOMPARE(retook->annotation.controller, Controller::Government);
    QCOMPARE(retook->annotation.previousController, Controller::Opposition);
    QCOMPARE(retook->annotation.eventDate, QStringLiteral("2020-01-21/2020-01-31"));
    QCOMPARE(retook->annotation.timePrecision, 2);
    QCOMPARE(retook->annotation.claimant, QStringLiteral("AFP"));
}

void TestAnnotationSuggester::scoresAgainstGold()
{
    QStringList files = {QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson")};
    for (const QString& name : QDir(QStringLiteral(":/articles/history")).entryList({QStringLiteral("*.geojson")}))
        files.append(QStringLiteral(":/articles/history/") + name);
    const QList<AnnotationKind> kinds = {AnnotationKind::Place, AnnotationKind::Road, AnnotationKind::Area,
                                         AnnotationKind::Actor, AnnotationKind::Post, AnnotationKind::Figure,
                                         AnnotationKind::Claim};
    QHash<QString, QHash<int, Score>> byLanguage;
    for (const QString& file : files) {
        const ArticleReadResult gold = ArticleReader::read(file, {});
        QVERIFY2(gold.ok(), qPrintable(file));
        const Article& article = *gold.article;
        const SuggestionResult r = suggest(article.text, {}, article.published, article.publisher);
        QVERIFY2(r.error.isEmpty(), qPrintable(file + QStringLiteral(": ") + r.error));
        QCOMPARE(r.language, article.language);
        checkAnchors(article.text, r);
        for (AnnotationKind kind : kinds) {
            const Score s = score(r.suggestions, article.annotations, kind);
            byLanguage[article.language][int(kind)].add(s);
            if (qEnvironmentVariableIsSet("FRONTLINE_SUGGEST_DUMP") &&
                (s.matchedGold < s.gold || s.matchedSuggested < s.suggested))
                qInfo().noquote() << file << annotationKindName(kind) << "suggested" << s.suggested << "right"
                                  << s.matchedSuggested << "gold" << s.gold << "found" << s.matchedGold;
        }
    }
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it)
        for (AnnotationKind kind : kinds) {
            const Score& s = it.value().value(int(kind));
            qInfo().noquote() << it.key() << annotationKindName(kind)
                              << QStringLiteral("precision %1 (%2/%3) recall %4 (%5/%6)")
                                     .arg(s.precision(), 0, 'f', 2)
                                     .arg(s.matchedSuggested)
                                     .arg(s.suggested)
                                     .arg(s.recall(), 0, 'f', 2)
                                     .arg(s.matchedGold)
                                     .arg(s.gold);
        }
}

QTEST_GUILESS_MAIN(TestAnnotationSuggester)
#include "test_annotation_suggester.moc"
