// The control timeline: every rule of docs/control-rules.md on small hand-made articles, then the real
// history of the bundled control events (Khan Shaykhun, Maarat al-Numan, Saraqib) and the annotated AFP
// dispatch.
#include "geo/articles/article_reader.h"
#include "geo/control/control_timeline.h"
#include "geo/data/vector_source.h"

#include <ctime>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace geo;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// One claim annotation, anchored on its own quote, as ArticleReader would hand it out.
Annotation makeClaim(const QString& id, const QString& place, const QString& eventDate, Controller controller,
                     ClaimStatus status, std::optional<Controller> previous = std::nullopt,
                     const QString& claimant = QStringLiteral("test source"))
{
    Annotation a;
    a.id = id;
    a.kind = AnnotationKind::Claim;
    a.quote = QStringLiteral("%1 held by %2").arg(place, controllerName(controller));
    a.eventDate = eventDate;
    QString error;
    const DateSpan span = parseDateSpan(eventDate, &error);
    if (!span.isValid())
        qFatal("bad test date %s: %s", qPrintable(eventDate), qPrintable(error));
    a.eventDateFrom = span.from;
    a.eventDateTo = span.to;
    a.approximateDate = !span.isSingleDay();
    a.place = place;
    a.controller = controller;
    a.previousController = previous;
    a.claimant = claimant;
    a.claimStatus = status;
    return a;
}

// An article whose text is the quotes of its claims, one sentence each.
Article makeArticle(const QString& id, QList<Annotation> annotations, const QString& publisher = "Test Press")
{
    Article article;
    article.formatVersion = QStringLiteral("article/1");
    article.id = id;
    article.title = id;
    article.publisher = publisher;
    article.published = QDate(2020, 3, 31);
    article.language = QStringLiteral("en");
    for (Annotation& a : annotations) {
        if (!article.text.isEmpty())
            article.text += QLatin1Char(' ');
        a.anchorStart = article.text.toUcs4().size();
        article.text += a.quote;
        a.anchorEnd = article.text.toUcs4().size();
        article.text += QLatin1Char('.');
    }
    article.annotations = annotations;
    article.fingerprint = Article::fingerprintOf(article.text);
    return article;
}

// Articles from compact specs, "ARTICLE#ANNOTATION PLACE DATE CONTROLLER STATUS [prev=CONTROLLER]", e.g.
// "A#1 p 2020-02-08 government claimed prev=opposition". Claims of one article id go into one article, in the
// order given; articles come in the order their ids first appear.
QList<Article> articlesFromSpecs(const QStringList& specs)
{
    QStringList order;
    QHash<QString, QList<Annotation>> byArticle;
    for (const QString& spec : specs) {
        const QStringList t = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList ref = t.value(0).split(QLatin1Char('#'));
        const auto controller = controllerFromName(t.value(3));
        const auto status = claimStatusFromName(t.value(4));
        std::optional<Controller> previous;
        if (t.size() > 5 && t[5].startsWith(QLatin1String("prev=")))
            previous = controllerFromName(t[5].mid(5));
        if (ref.size() != 2 || t.size() < 5 || !controller || !status || (t.size() > 5 && !previous))
            qFatal("bad claim spec: %s", qPrintable(spec));
        if (!order.contains(ref[0]))
            order.append(ref[0]);
        byArticle[ref[0]].append(makeClaim(ref[1], t[1], t[2], *controller, *status, previous));
    }
    QList<Article> articles;
    for (const QString& id : std::as_const(order))
        articles.append(makeArticle(id, byArticle.value(id)));
    return articles;
}

QString winnerOf(const PlaceControl& c)
{
    return c.articleId.isEmpty() ? QString() : ClaimRecord::claimRef(c.articleId, c.annotationId);
}

// A state as one line: "CONTROLLER [WINNER STATUS] [since=DAY] [supporting=REFS] [contradicting=REFS]
// [conflict] [inferred] [approximate]", refs without spaces, e.g. "contested A#1 claimed since=2020-02-05
// contradicting=A#1,B#1 conflict".
QString describe(const PlaceControl& c)
{
    QStringList words{controllerName(c.controller)};
    if (!c.articleId.isEmpty())
        words << winnerOf(c) << claimStatusName(c.status);
    if (c.since.isValid())
        words << QStringLiteral("since=") + c.since.toString(Qt::ISODate);
    if (!c.supporting.isEmpty())
        words << QStringLiteral("supporting=") + c.supporting.join(QLatin1Char(','));
    if (!c.contradicting.isEmpty())
        words << QStringLiteral("contradicting=") + c.contradicting.join(QLatin1Char(','));
    if (c.conflict)
        words << QStringLiteral("conflict");
    if (c.inferred)
        words << QStringLiteral("inferred");
    if (c.approximate)
        words << QStringLiteral("approximate");
    return words.join(QLatin1Char(' '));
}

// "opposition (HTS-led)" -> opposition, "" -> none.
std::optional<Controller> csvController(const QString& text)
{
    const QString word = text.section(QLatin1Char(' '), 0, 0).trimmed();
    return word.isEmpty() ? std::nullopt : controllerFromName(word);
}

// One article per control_change row of the bundled control events: one claim, the claimant its source keys,
// assessed when the confidence is high, else claimed.
QList<Article> controlEventArticles()
{
    const QString path = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/geodata/control/control_events_2019_2020.csv");
    QString error;
    const auto source = VectorSource::open(path, &error);
    QVector<Feature> rows;
    if (!source || !source->readFeatures(0, {}, &rows, &error))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    QList<Article> articles;
    for (const Feature& row : std::as_const(rows)) {
        const auto field = [&](const char* name) { return row.attributes.value(QString::fromLatin1(name)).toString(); };
        if (field("event_type") != QLatin1String("control_change"))
            continue;
        const auto after = csvController(field("controller_after"));
        if (!after)
            qFatal("row %s: unknown controller \"%s\"", qPrintable(field("event_id")),
                   qPrintable(field("controller_after")));
        const ClaimStatus status =
            field("confidence") == QLatin1String("high") ? ClaimStatus::Assessed : ClaimStatus::Claimed;
        Annotation claim = makeClaim(field("event_id"), field("place_key"), field("date"), *after, status,
                                     csvController(field("controller_before")), field("source_keys"));
        claim.quote = field("summary");
        claim.dateNote = field("date_note");
        articles.append(makeArticle(QStringLiteral("control-events-") + field("event_id"), {claim},
                                    QStringLiteral("Frontline control events")));
    }
    return articles;
}

// One row of the rules table: NAME, the claims (specs as in articlesFromSpecs), the day asked about and the
// expected state of place "p" as describe() writes it.
void addRule(const char* name, const QStringList& claims, const char* date, const char* expected)
{
    QTest::newRow(name) << claims << day(date) << QString::fromLatin1(expected);
}

} // namespace

class TestControlTimeline : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void sameArticleTwiceCountsOnce();
    void changeDatesSortedAndUnique();
    void previousAndNextChange_data();
    void previousAndNextChange();
    void ledger();
    void changesBetween();
    void snapshotHoldsOnlyPlacesWithAState();
    void realHistory_data();
    void realHistory();
    void seedArticle();
    void aFactionDisagreementKeepsTheTown();
    void anAreaClaimIsNoTownClaim();
    void snapshotSpeed();
};

void TestControlTimeline::rules_data()
{
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    const QStringList one{"A#1 p 2020-02-08 government claimed"};
    addRule("2: nothing before the effective date", one, "2020-02-07", "unknown");
    addRule("2: applies from its effective date", one, "2020-02-08", "government A#1 claimed since=2020-02-08");
    addRule("2: still applies long after", one, "2020-12-31", "government A#1 claimed since=2020-02-08");

    const QStringList month{"A#1 p 2020-01 government assessed"};
    addRule("2: a month applies from its last day, not before", month, "2020-01-30", "unknown");
    addRule("2: a month applies from its last day", month, "2020-01-31",
            "government A#1 assessed since=2020-01-31 approximate");
    const QStringList interval{"A#1 p 2020-01-21/2020-01-31 government claimed"};
    addRule("2: an interval applies from its end, not from its start", interval, "2020-01-21", "unknown");
    addRule("2: an interval applies from its end", interval, "2020-01-31",
            "government A#1 claimed since=2020-01-31 approximate");

    const QStringList handover{"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-10 opposition claimed"};
    addRule("2: applies until a later claim", handover, "2020-02-09", "government A#1 claimed since=2020-02-01");
    addRule("3: the later claim replaces it; an equal-strength change is no contradiction", handover, "2020-02-10",
            "opposition B#1 claimed since=2020-02-10");

    addRule("1: a retracted claim never counts",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-05 opposition retracted"}, "2020-02-06",
            "government A#1 claimed since=2020-02-01");
    addRule("1: a retracted claim alone gives nothing", {"A#1 p 2020-02-05 opposition retracted"}, "2020-02-06",
            "unknown");
    addRule("1: a retracted claim of the same day is not in force",
            {"A#1 p 2020-02-05 government claimed", "B#1 p 2020-02-05 opposition retracted"}, "2020-02-05",
            "government A#1 claimed since=2020-02-05");
    addRule("1: a claim of an unknown controller does not count",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-05 unknown assessed"}, "2020-02-06",
            "government A#1 claimed since=2020-02-01");

    addRule("4: assessed beats claimed on the same day",
            {"A#1 p 2020-02-05 government claimed", "B#1 p 2020-02-05 opposition assessed"}, "2020-02-05",
            "opposition B#1 assessed since=2020-02-05 contradicting=A#1");
    addRule("4: claimed beats disputed on the same day",
            {"A#1 p 2020-02-05 government disputed", "B#1 p 2020-02-05 opposition claimed"}, "2020-02-05",
            "opposition B#1 claimed since=2020-02-05 contradicting=A#1");
    addRule("4: assessed beats disputed on the same day",
            {"A#1 p 2020-02-05 government assessed", "B#1 p 2020-02-05 opposition disputed"}, "2020-02-05",
            "government A#1 assessed since=2020-02-05 contradicting=B#1");

    addRule("5: same day, same strength, opposite sides: contested, both contradicting",
            {"A#1 p 2020-02-05 government claimed", "B#1 p 2020-02-05 opposition claimed"}, "2020-02-05",
            "contested A#1 claimed since=2020-02-05 contradicting=A#1,B#1 conflict");
    addRule("5: a conflict of the strongest ignores weaker agreement",
            {"A#1 p 2020-02-05 government assessed", "B#1 p 2020-02-05 opposition assessed",
             "C#1 p 2020-02-05 government claimed"},
            "2020-02-05", "contested A#1 assessed since=2020-02-05 contradicting=A#1,B#1,C#1 conflict");
    addRule("5: a claim of fighting makes the place contested",
            {"A#1 p 2020-02-01 opposition claimed", "B#1 p 2020-02-05 contested assessed"}, "2020-02-06",
            "contested B#1 assessed since=2020-02-05");
    addRule("5: a claim of fighting against a claim of control the same day: contested",
            {"A#1 p 2020-02-05 contested claimed", "B#1 p 2020-02-05 government claimed"}, "2020-02-05",
            "contested A#1 claimed since=2020-02-05 contradicting=B#1 conflict");

    addRule("3: a weaker later claim replaces a stronger one; the earlier is contradicting",
            {"A#1 p 2020-02-01 government assessed", "B#1 p 2020-02-05 opposition disputed"}, "2020-02-06",
            "opposition B#1 disputed since=2020-02-05 contradicting=A#1");
    addRule("7: a stronger earlier claim that agrees is no contradiction",
            {"A#1 p 2020-02-01 opposition assessed", "B#1 p 2020-02-05 opposition claimed"}, "2020-02-06",
            "opposition B#1 claimed since=2020-02-01 supporting=A#1");
    addRule("7: a stronger change of hands is no contradiction",
            {"A#1 p 2020-02-01 opposition claimed", "B#1 p 2020-02-05 government assessed"}, "2020-02-06",
            "government B#1 assessed since=2020-02-05");
    addRule("7: only the previous state is compared, not older ones",
            {"A#1 p 2020-02-01 government assessed", "B#1 p 2020-02-03 opposition claimed",
             "C#1 p 2020-02-05 opposition claimed"},
            "2020-02-05", "opposition C#1 claimed since=2020-02-03 supporting=B#1");

    addRule("7: supporting lists the other claims of the day that agree, weaker ones too",
            {"A#1 p 2020-02-05 government claimed", "B#1 p 2020-02-05 government claimed",
             "C#1 p 2020-02-05 government disputed", "D#1 p 2020-02-05 opposition disputed"},
            "2020-02-05", "government A#1 claimed since=2020-02-05 supporting=B#1,C#1 contradicting=D#1");
    addRule("6: the winner is the first strongest claim in reading order (article, then annotation)",
            {"A#1 p 2020-02-05 government claimed", "B#1 p 2020-02-05 government assessed",
             "A#2 p 2020-02-05 government assessed"},
            "2020-02-05", "government A#2 assessed since=2020-02-05 supporting=A#1,B#1");
    addRule("7: claims of earlier days of the run are supporting (a second source confirming a change)",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-05 government claimed"}, "2020-02-05",
            "government B#1 claimed since=2020-02-01 supporting=A#1");
    addRule("7: supporting lists the claims of the day, then the earlier ones of the run, latest first",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-03 government claimed",
             "C#1 p 2020-02-05 government assessed", "D#1 p 2020-02-05 government claimed"},
            "2020-02-05", "government C#1 assessed since=2020-02-01 supporting=D#1,B#1,A#1");
    addRule("7: claims of an earlier run are not supporting",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-03 opposition claimed",
             "C#1 p 2020-02-05 government claimed"},
            "2020-02-05", "government C#1 claimed since=2020-02-05");
    addRule("7: the sides of a conflict do not support the contested place that follows",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-01 opposition claimed",
             "C#1 p 2020-02-05 contested claimed"},
            "2020-02-05", "contested C#1 claimed since=2020-02-01");

    const QStringList runs{"A#1 p 2020-01-01 government claimed", "B#1 p 2020-01-10 government assessed",
                           "C#1 p 2020-01-20 opposition claimed", "D#1 p 2020-01-30 government claimed"};
    addRule("8: since is the first claim of the run", runs, "2020-01-15",
            "government B#1 assessed since=2020-01-01 supporting=A#1");
    addRule("8: a run broken by the other side starts again", runs, "2020-02-01",
            "government D#1 claimed since=2020-01-30");
    addRule("8: the weaker change of hands lists the stronger claim it replaced", runs, "2020-01-25",
            "opposition C#1 claimed since=2020-01-20 contradicting=B#1");

    addRule(
        "9: before the first claim, its previous controller",
        {"A#1 p 2020-02-05 government claimed prev=opposition", "B#1 p 2020-02-05 government claimed prev=opposition"},
        "2020-01-01", "opposition A#1 claimed supporting=B#1 inferred approximate");
    addRule("9: the previous controller ends on the first effective date",
            {"A#1 p 2020-02-05 government claimed prev=opposition"}, "2020-02-05",
            "government A#1 claimed since=2020-02-05");
    addRule(
        "9: the strongest previous controller decides",
        {"A#1 p 2020-02-05 contested claimed prev=government", "B#1 p 2020-02-05 government assessed prev=opposition"},
        "2020-02-04", "opposition B#1 assessed contradicting=A#1 inferred approximate");
    addRule(
        "9: first claims disagreeing on the previous controller: nothing before",
        {"A#1 p 2020-02-05 contested claimed prev=opposition", "B#1 p 2020-02-05 contested claimed prev=government"},
        "2020-02-04", "unknown");
    addRule("9: first claims disagreeing only on the faction: the side, both cited",
            {"A#1 p 2020-02-05 government claimed prev=opposition", "B#1 p 2020-02-05 government claimed prev=hts"},
            "2020-02-04", "opposition A#1 claimed supporting=B#1 inferred approximate");
    addRule("9: two factions of one side (hts, turkey): the side",
            {"A#1 p 2020-02-05 government claimed prev=hts", "B#1 p 2020-02-05 government claimed prev=turkey"},
            "2020-02-04", "opposition A#1 claimed supporting=B#1 inferred approximate");
    addRule("9: first claims agreeing on a faction: that faction",
            {"A#1 p 2020-02-05 government claimed prev=hts", "B#1 p 2020-02-05 government claimed prev=hts"},
            "2020-02-04", "hts A#1 claimed supporting=B#1 inferred approximate");
    addRule("9: a weaker claim naming another faction of the side supports it",
            {"A#1 p 2020-02-05 government claimed prev=hts", "B#1 p 2020-02-05 government assessed prev=opposition"},
            "2020-02-04", "opposition B#1 assessed supporting=A#1 inferred approximate");
    addRule("9: a later claim's previous controller does not reach back",
            {"A#1 p 2020-02-01 government claimed", "B#1 p 2020-02-05 opposition claimed prev=hts"}, "2020-01-31",
            "unknown");
    addRule("9: a retracted first claim gives no previous controller",
            {"A#1 p 2020-02-01 government retracted prev=opposition", "B#1 p 2020-02-05 government claimed"},
            "2020-02-03", "unknown");
}

void TestControlTimeline::rules()
{
    QFETCH(QStringList, claims);
    QFETCH(QDate, date);
    QFETCH(QString, expected);

    const ControlTimeline timeline(articlesFromSpecs(claims));
    QCOMPARE(describe(timeline.controlOf(QStringLiteral("p"), date)), expected);

    // The snapshot says the same, and holds the place only when it has a state.
    const ControlSnapshot snapshot = timeline.snapshotAt(date);
    QCOMPARE(snapshot.date, date);
    QCOMPARE(snapshot.places.contains("p"), expected != "unknown");
    if (snapshot.places.contains("p"))
        QCOMPARE(describe(snapshot.places.value("p")), expected);
}

void TestControlTimeline::sameArticleTwiceCountsOnce()
{
    // The same dispatch delivered twice (same article id, same annotation ids) is one source, not two.
    const Article a =
        makeArticle("A", {makeClaim("1", "p", "2020-02-05", Controller::Government, ClaimStatus::Claimed)});
    const Article b =
        makeArticle("B", {makeClaim("1", "p", "2020-02-05", Controller::Opposition, ClaimStatus::Claimed)});
    const ControlTimeline once({a, b});
    QCOMPARE(once.controlOf("p", day("2020-02-05")).controller, Controller::Contested);
    const ControlTimeline twice({a, a, b});
    const PlaceControl c = twice.controlOf("p", day("2020-02-05"));
    QCOMPARE(c.controller, Controller::Contested);
    QCOMPARE(c.supporting, QStringList());
    QCOMPARE(c.contradicting, (QStringList{"A#1", "B#1"}));
    QCOMPARE(twice.ledger("p").size(), 2);

    // Two different articles agreeing are two sources.
    Article a2 = a;
    a2.id = QStringLiteral("A2");
    const ControlTimeline two({a, a2});
    QCOMPARE(two.controlOf("p", day("2020-02-05")).supporting, QStringList{"A2#1"});
}

void TestControlTimeline::changeDatesSortedAndUnique()
{
    const ControlTimeline timeline(articlesFromSpecs({
        "A#1 p 2020-03-02 government assessed",
        "A#2 q 2020-01 government claimed",
        "B#1 p 2020-02-27 opposition assessed",
        "B#2 q 2020-02-27 government claimed",
        "C#1 p 2020-02-08 government claimed",
        "C#2 p 2020-02-20 opposition retracted",
        "C#3 r 2020-02-21 unknown claimed",
    }));
    const QList<QDate> expected{day("2020-01-31"), day("2020-02-08"), day("2020-02-27"), day("2020-03-02")};
    QCOMPARE(timeline.changeDates(), expected);
    QCOMPARE(timeline.placeIds(), (QStringList{"p", "q", "r"}));
    QVERIFY(ControlTimeline().changeDates().isEmpty());
}

void TestControlTimeline::previousAndNextChange_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("previous");
    QTest::addColumn<QDate>("next");
    QTest::newRow("before the first") << day("2020-01-01") << QDate() << day("2020-01-31");
    QTest::newRow("on the first") << day("2020-01-31") << QDate() << day("2020-02-08");
    QTest::newRow("between") << day("2020-02-10") << day("2020-02-08") << day("2020-02-27");
    QTest::newRow("on a middle one") << day("2020-02-27") << day("2020-02-08") << day("2020-03-02");
    QTest::newRow("on the last") << day("2020-03-02") << day("2020-02-27") << QDate();
    QTest::newRow("after the last") << day("2021-01-01") << day("2020-03-02") << QDate();
    QTest::newRow("no date") << QDate() << QDate() << QDate();
}

void TestControlTimeline::previousAndNextChange()
{
    QFETCH(QDate, date);
    QFETCH(QDate, previous);
    QFETCH(QDate, next);
    const ControlTimeline timeline(articlesFromSpecs({
        "A#1 p 2020-03-02 government assessed",
        "A#2 q 2020-01 government claimed",
        "B#1 p 2020-02-27 opposition assessed",
        "C#1 p 2020-02-08 government claimed",
    }));
    QCOMPARE(timeline.previousChange(date), previous);
    QCOMPARE(timeline.nextChange(date), next);
}

void TestControlTimeline::ledger()
{
    Annotation retracted = makeClaim("r", "p", "2020-02-05", Controller::Opposition, ClaimStatus::Retracted);
    const QList<Article> articles{
        makeArticle("later",
                    {makeClaim("1", "p", "2020-02-27", Controller::Opposition, ClaimStatus::Assessed,
                               Controller::Government, "Reuters")},
                    "Reuters"),
        makeArticle("early",
                    {makeClaim("1", "p", "2020-02-05", Controller::Government, ClaimStatus::Claimed,
                               Controller::Opposition, "SANA"),
                     retracted, makeClaim("2", "p", "2020-02-05", Controller::Government, ClaimStatus::Disputed),
                     makeClaim("3", "q", "2020-02-05", Controller::Hts, ClaimStatus::Claimed)}),
    };
    const ControlTimeline timeline(articles);
    const QList<ClaimRecord> ledger = timeline.ledger("p");
    QStringList refs;
    for (const ClaimRecord& r : ledger)
        refs << r.ref();
    QCOMPARE(refs, (QStringList{"early#1", "early#r", "early#2", "later#1"}));

    const ClaimRecord& first = ledger[0];
    QCOMPARE(first.articleId, QString("early"));
    QCOMPARE(first.annotationId, QString("1"));
    QCOMPARE(first.publisher, QString("Test Press"));
    QCOMPARE(first.placeId, QString("p"));
    QCOMPARE(first.date, day("2020-02-05"));
    QCOMPARE(first.eventDate, QString("2020-02-05"));
    QCOMPARE(first.approximate, false);
    QCOMPARE(first.controller, Controller::Government);
    QCOMPARE(first.previousController, std::optional<Controller>(Controller::Opposition));
    QCOMPARE(first.claimant, QString("SANA"));
    QCOMPARE(first.status, ClaimStatus::Claimed);
    QCOMPARE(first.quote, QString("p held by government"));
    QCOMPARE(first.sentence, QString("p held by government."));
    QVERIFY(first.counts);
    QVERIFY(first.agrees);

    // The retracted claim is listed, does not count, and disagrees with the settled controller.
    QVERIFY(!ledger[1].counts);
    QVERIFY(!ledger[1].agrees);
    QCOMPARE(ledger[1].status, ClaimStatus::Retracted);
    // A weaker claim that agrees with the winner agrees.
    QVERIFY(ledger[2].counts);
    QVERIFY(ledger[2].agrees);
    QCOMPARE(ledger[3].publisher, QString("Reuters"));
    QVERIFY(ledger[3].agrees);

    QVERIFY(timeline.ledger("nowhere").isEmpty());
    QCOMPARE(timeline.ledger("q").size(), 1);
}

void TestControlTimeline::changesBetween()
{
    const ControlTimeline timeline(articlesFromSpecs({
        "A#1 p 2020-02-05 government claimed prev=opposition",
        "A#2 q 2020-02-05 government claimed",
        "B#1 p 2020-02-27 opposition assessed",
        "B#2 q 2020-02-20 government assessed",
        "C#1 p 2020-03-02 government assessed",
        "C#2 r 2020-02-10 hts claimed",
    }));
    // p: opposition (inferred) -> government; q: nothing -> government; r: nothing -> hts.
    const QList<ControlChange> changes = timeline.changesBetween(day("2020-02-01"), day("2020-02-15"));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0].placeId, QString("p"));
    QCOMPARE(changes[0].before.controller, Controller::Opposition);
    QVERIFY(changes[0].before.inferred);
    QCOMPARE(changes[0].after.controller, Controller::Government);
    QCOMPARE(changes[0].claims.size(), 1);
    QCOMPARE(changes[0].claims[0].ref(), QString("A#1"));
    QCOMPARE(changes[1].placeId, QString("q"));
    QCOMPARE(changes[1].before.controller, Controller::Unknown);
    QCOMPARE(changes[2].placeId, QString("r"));
    QCOMPARE(changes[2].after.controller, Controller::Hts);

    // Lost and retaken inside the window: same controller at both ends, no change.
    const QList<ControlChange> around = timeline.changesBetween(day("2020-02-15"), day("2020-03-03"));
    QVERIFY(around.isEmpty());
    // Retaken by the rebels: the claims of the window are the ones after FROM up to TO.
    const QList<ControlChange> lost = timeline.changesBetween(day("2020-02-15"), day("2020-02-28"));
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost[0].placeId, QString("p"));
    QCOMPARE(lost[0].claims.size(), 1);
    QCOMPARE(lost[0].claims[0].ref(), QString("B#1"));
    // Backwards: before is on FROM, after on TO.
    const QList<ControlChange> back = timeline.changesBetween(day("2020-02-28"), day("2020-02-15"));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].before.controller, Controller::Opposition);
    QCOMPARE(back[0].after.controller, Controller::Government);
    QCOMPARE(back[0].claims.size(), 1);
    QVERIFY(timeline.changesBetween(QDate(), day("2020-02-15")).isEmpty());
}

void TestControlTimeline::snapshotHoldsOnlyPlacesWithAState()
{
    const ControlTimeline timeline(articlesFromSpecs({
        "A#1 p 2020-02-05 government claimed prev=opposition",
        "A#2 q 2020-02-10 government claimed",
        "A#3 r 2020-02-01 hts retracted",
    }));
    ControlSnapshot s = timeline.snapshotAt(day("2020-02-06"));
    QCOMPARE(s.places.keys().size(), 1);
    QCOMPARE(s.places.value("p").controller, Controller::Government);
    s = timeline.snapshotAt(day("2020-02-01"));
    QCOMPARE(s.places.size(), 1);
    QVERIFY(s.places.value("p").inferred);
    s = timeline.snapshotAt(day("2020-02-10"));
    QCOMPARE(s.places.size(), 2);
    s = timeline.snapshotAt(QDate());
    QVERIFY(!s.date.isValid());
    QVERIFY(s.isEmpty());
}

void TestControlTimeline::realHistory_data()
{
    QTest::addColumn<QStringList>("extraClaims");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("controller");
    QTest::addColumn<QStringList>("contradicting");

    const QStringList none;
    QTest::newRow("Khan Shaykhun the day before its fall: opposition")
        << none << "khan_shaykhun" << day("2019-08-20") << "opposition" << QStringList();
    QTest::newRow("Khan Shaykhun on 2019-08-21: government")
        << none << "khan_shaykhun" << day("2019-08-21") << "government" << QStringList();
    QTest::newRow("Khan Shaykhun in 2020: government")
        << none << "khan_shaykhun" << day("2020-06-01") << "government" << QStringList();
    QTest::newRow("Maarat al-Numan on 2020-01-27: opposition")
        << none << "maarat_al_numan" << day("2020-01-27") << "opposition" << QStringList();
    QTest::newRow("Maarat al-Numan on 2020-01-28: government")
        << none << "maarat_al_numan" << day("2020-01-28") << "government" << QStringList();
    QTest::newRow("Saraqib on 2020-02-04: opposition")
        << none << "saraqib" << day("2020-02-04") << "opposition" << QStringList();
    // The events file has the army entering on 2020-02-05 (contested) and full control from 2020-02-08; the
    // SAA's own announcement of 2020-02-06 is only a date note there, not a row.
    QTest::newRow("Saraqib on 2020-02-06: contested (entered 02-05, full control 02-08)")
        << none << "saraqib" << day("2020-02-06") << "contested" << QStringList();
    QTest::newRow("Saraqib on 2020-02-06 with the SAA announcement of that day: government, weaker than the "
                  "assessed entry")
        << QStringList{"AMN#saa saraqib 2020-02-06 government claimed"} << "saraqib" << day("2020-02-06")
        << "government" << QStringList{"control-events-E08#E08"};
    QTest::newRow("Saraqib on 2020-02-09: government")
        << none << "saraqib" << day("2020-02-09") << "government" << QStringList();
    QTest::newRow("Saraqib on 2020-02-28: opposition")
        << none << "saraqib" << day("2020-02-28") << "opposition" << QStringList();
    QTest::newRow("Saraqib on 2020-03-03: government")
        << none << "saraqib" << day("2020-03-03") << "government" << QStringList();
    QTest::newRow("Saraqib on 2020-02-27 with a claimed Russian denial: opposition, denial contradicting")
        << QStringList{"RU#1 saraqib 2020-02-27 government claimed"} << "saraqib" << day("2020-02-27") << "opposition"
        << QStringList{"RU#1"};
    QTest::newRow("Saraqib on 2020-02-27 with an assessed denial the same day: contested")
        << QStringList{"RU#1 saraqib 2020-02-27 government assessed"} << "saraqib" << day("2020-02-27") << "contested"
        << QStringList{"control-events-E13#E13", "RU#1"};
}

void TestControlTimeline::realHistory()
{
    QFETCH(QStringList, extraClaims);
    QFETCH(QString, place);
    QFETCH(QDate, date);
    QFETCH(QString, controller);
    QFETCH(QStringList, contradicting);
    static const QList<Article> events = controlEventArticles();
    QCOMPARE(events.size(), 12); // the control_change rows
    const ControlTimeline timeline(events + articlesFromSpecs(extraClaims));
    const PlaceControl c = timeline.controlOf(place, date);
    QCOMPARE(controllerName(c.controller), controller);
    QCOMPARE(c.contradicting, contradicting);
}

void TestControlTimeline::seedArticle()
{
    const ArticleReadResult read = ArticleReader::read(":/articles/afp-2020-02-08-saraqeb.geojson", {});
    QVERIFY2(read.ok(), qPrintable(read.messages().join('\n')));
    const ControlTimeline timeline({*read.article});

    // Saraqib: state TV and SANA, the same day, both claimed and agreeing.
    const PlaceControl saraqib = timeline.controlOf("saraqib", day("2020-02-08"));
    QCOMPARE(saraqib.controller, Controller::Government);
    QCOMPARE(saraqib.status, ClaimStatus::Claimed);
    QCOMPARE(winnerOf(saraqib), QString("afp-2020-02-08-saraqeb#a1"));
    QCOMPARE(saraqib.supporting, QStringList{"afp-2020-02-08-saraqeb#a7"});
    QVERIFY(saraqib.contradicting.isEmpty());
    QVERIFY(!saraqib.approximate);
    QCOMPARE(timeline.controlOf("saraqib", day("2020-02-07")).controller, Controller::Unknown);

    // Maarat al-Numan: "fin janvier", counted from 31 January, approximate; opposition before.
    const PlaceControl maarat = timeline.controlOf("maarat_al_numan", day("2020-01-31"));
    QCOMPARE(maarat.controller, Controller::Government);
    QCOMPARE(maarat.since, day("2020-01-31"));
    QVERIFY(maarat.approximate);
    QCOMPARE(maarat.status, ClaimStatus::Assessed);
    QCOMPARE(timeline.controlOf("maarat_al_numan", day("2020-02-08")).controller, Controller::Government);
    const PlaceControl before = timeline.controlOf("maarat_al_numan", day("2020-01-30"));
    QCOMPARE(before.controller, Controller::Opposition);
    QVERIFY(before.inferred);

    QCOMPARE(timeline.changeDates(), (QList<QDate>{day("2020-01-31"), day("2020-02-08")}));
    const QList<ClaimRecord> ledger = timeline.ledger("saraqib");
    QCOMPARE(ledger.size(), 2);
    QCOMPARE(ledger[0].claimant, QString("state TV"));
    QCOMPARE(ledger[0].publisher, QString("AFP"));
    QVERIFY(ledger[0].sentence.contains("TV d'Etat"));
    QCOMPARE(ledger[1].claimant, QString("SANA"));
}

// The bundled articles (the dispatch and the history) and a second reading of the data set's event E08 ("Government
// forces enter Saraqib after HTS withdrawal to the north"), as the suggestions read it: HTS held the town before,
// where the data set writes opposition. Both are the opposition's side: Saraqib stays on the map before 5 February,
// on that side, with both claims cited, where it used to have no state at all.
void TestControlTimeline::aFactionDisagreementKeepsTheTown()
{
    QList<Article> bundled;
    QStringList files{":/articles/afp-2020-02-08-saraqeb.geojson"};
    for (const QString& name : QDir(":/articles/history").entryList({"*.geojson"}, QDir::Files, QDir::Name))
        files << ":/articles/history/" + name;
    const QString e08 = ":/articles/history/summary-2020-02-05-e08-saraqib.geojson";
    QVERIFY(files.contains(e08));
    std::optional<Article> reading;
    for (const QString& file : std::as_const(files)) {
        const ArticleReadResult read = ArticleReader::read(file, {});
        QVERIFY2(read.ok(), qPrintable(read.messages().join('\n')));
        bundled.append(*read.article);
        if (file == e08)
            reading = *read.article;
    }
    QVERIFY(reading);
    reading->id = "e08-read-by-the-suggestions";
    Annotation* claim = nullptr;
    for (Annotation& a : reading->annotations) {
        if (a.kind == AnnotationKind::Claim && a.place == "saraqib")
            claim = &a;
    }
    QVERIFY(claim);
    QCOMPARE(claim->previousController, std::optional(Controller::Opposition));
    QVERIFY(reading->quotedText(*claim).contains("after HTS withdrawal"));
    claim->previousController = Controller::Hts;

    const QString e08Claim = "summary-2020-02-05-e08-saraqib#" + claim->id;
    const QString readingClaim = "e08-read-by-the-suggestions#" + claim->id;
    const PlaceControl alone = ControlTimeline(bundled).controlOf("saraqib", day("2020-02-04"));
    QCOMPARE(describe(alone), "opposition " + e08Claim + " claimed inferred approximate");

    const ControlTimeline both(bundled + QList<Article>{*reading});
    const PlaceControl before = both.controlOf("saraqib", day("2020-02-04"));
    QCOMPARE(describe(before),
             "opposition " + e08Claim + " claimed supporting=" + readingClaim + " inferred approximate");
    QVERIFY(both.snapshotAt(day("2020-02-04")).places.contains("saraqib"));
    QVERIFY(both.snapshotAt(day("2019-06-01")).places.contains("saraqib"));

    // Read as the army holding the town before (another side), the claims disagree: no state before, as before.
    claim->previousController = Controller::Government;
    const ControlTimeline disagreeing(bundled + QList<Article>{*reading});
    QVERIFY(!disagreeing.snapshotAt(day("2020-02-04")).places.contains("saraqib"));
}

void TestControlTimeline::anAreaClaimIsNoTownClaim()
{
    // "HTS dominates more than half of the province": a claim about the governorate, not about its seat.
    Annotation area = makeClaim("1", "area:SY07", "2020-02-08", Controller::Hts, ClaimStatus::Claimed);
    area.claimScope = ClaimScope::Area;
    const Annotation town = makeClaim("2", "p", "2020-02-08", Controller::Government, ClaimStatus::Claimed);
    const ControlTimeline timeline({makeArticle("A", {area, town})});
    QVERIFY(timeline.ledger("area:SY07").isEmpty());
    QCOMPARE(timeline.controlOf("area:SY07", day("2020-02-09")).controller, Controller::Unknown);
    QCOMPARE(timeline.controlOf("p", day("2020-02-09")).controller, Controller::Government);
}

void TestControlTimeline::snapshotSpeed()
{
    // 1,000 claims over 100 places and two years.
    QList<Article> articles;
    const QList<Controller> sides{Controller::Government, Controller::Opposition, Controller::Hts,
                                  Controller::Contested};
    const QList<ClaimStatus> statuses{ClaimStatus::Claimed, ClaimStatus::Assessed, ClaimStatus::Disputed,
                                      ClaimStatus::Claimed, ClaimStatus::Retracted};
    for (int a = 0; a < 100; ++a) {
        QList<Annotation> claims;
        for (int i = 0; i < 10; ++i) {
            const int n = a * 10 + i;
            const QDate date = QDate(2019, 1, 1).addDays((n * 7919) % 730);
            claims.append(makeClaim(QString::number(i), QStringLiteral("place%1").arg((n * 31) % 100),
                                    date.toString(Qt::ISODate), sides[n % sides.size()],
                                    statuses[(n / 3) % statuses.size()]));
        }
        articles.append(makeArticle(QStringLiteral("article%1").arg(a), claims));
    }
    const ControlTimeline timeline(articles);
    QCOMPARE(timeline.placeIds().size(), 100);

    const QList<QDate> dates = timeline.changeDates();
    QVERIFY(dates.size() > 300);
    int places = 0;
    // This thread's processor time, not the wall clock: other processes on a shared machine stretch the second.
    const auto cpuNs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    };
    const qint64 started = cpuNs();
    const int runs = 2000;
    for (int i = 0; i < runs; ++i)
        places += int(timeline.snapshotAt(dates[(i * 13) % dates.size()]).places.size());
    const double perSnapshotMs = double(cpuNs() - started) / 1e6 / runs;
    qInfo("snapshotAt, 1,000 claims, 100 places: %.4f ms of processor time on average (%d place states)", perSnapshotMs,
          places);
    QVERIFY(places > 0);
#if defined(__SANITIZE_ADDRESS__)
    const double bound = 10.0; // the sanitizer build's checks cost several times the work itself
#else
    const double bound = 1.0;
#endif
    QVERIFY2(perSnapshotMs < bound, qPrintable(QString("%1 ms").arg(perSnapshotMs)));
}

QTEST_GUILESS_MAIN(TestControlTimeline)
#include "test_control_timeline.moc"
