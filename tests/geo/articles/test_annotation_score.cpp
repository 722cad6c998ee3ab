// The score of suggested annotations against a person's (geo/articles/annotation_score.h), on lists made by
// hand over an imagined text: which pairs count as a hit, and the precision and recall that follow.
#include "geo/articles/annotation_score.h"

#include <QTest>

using geo::Annotation;
using geo::AnnotationKind;
using geo::Controller;

namespace {

Annotation entity(AnnotationKind kind, const QString& id, qsizetype start, qsizetype end)
{
    Annotation a;
    a.kind = kind;
    a.entity = id;
    a.anchorStart = start;
    a.anchorEnd = end;
    a.start = start;
    a.end = end;
    return a;
}

Annotation place(const QString& id, qsizetype start, qsizetype end)
{
    return entity(AnnotationKind::Place, id, start, end);
}

Annotation claim(const QString& placeId, Controller controller, const QString& date, qsizetype start = 0,
                 qsizetype end = 10)
{
    Annotation a = entity(AnnotationKind::Claim, QString(), start, end);
    a.place = placeId;
    a.controller = controller;
    a.eventDate = date;
    const geo::DateSpan span = geo::parseDateSpan(date);
    a.eventDateFrom = span.from;
    a.eventDateTo = span.to;
    return a;
}

Annotation figure(double value, qsizetype start, qsizetype end)
{
    Annotation a = entity(AnnotationKind::Figure, QStringLiteral("figure"), start, end);
    a.value = value;
    return a;
}

} // namespace

class TestAnnotationScore : public QObject {
    Q_OBJECT

private slots:
    void samePlaceOverlappingIsAHit();
    void otherEntityOrNoOverlapIsNot();
    void oneToOne();
    void unanchoredNeverMatches();
    void kindsAreScoredApart();
    void figuresByValue();
    void claimsByPlaceControllerAndDate();
    void claimDateRule();
    void overlappingClaimIsPreferred();
    void undefinedRatios();
    void totalsAddUp();
};

void TestAnnotationScore::samePlaceOverlappingIsAHit()
{
    // Gold "Saraqeb" at 71-78; the suggestion took "ville de Saraqeb" (62-78): they overlap.
    const auto score =
        geo::scoreAnnotations({place(QStringLiteral("saraqib"), 62, 78)}, {place(QStringLiteral("saraqib"), 71, 78)});
    const geo::KindScore k = score.kind(AnnotationKind::Place);
    QCOMPARE(k.gold, 1);
    QCOMPARE(k.suggested, 1);
    QCOMPARE(k.hits, 1);
    QCOMPARE(k.precision().value(), 1.0);
    QCOMPARE(k.recall().value(), 1.0);
    QVERIFY(score.missed.isEmpty());
    QVERIFY(score.falseAlarms.isEmpty());
}

void TestAnnotationScore::otherEntityOrNoOverlapIsNot()
{
    // Same words, another place (the wrong one of two homonyms); and the right place, but elsewhere in the text.
    const QList<Annotation> gold{place(QStringLiteral("saraqib"), 71, 78), place(QStringLiteral("idlib"), 106, 112)};
    const QList<Annotation> suggested{place(QStringLiteral("osm:node/1"), 71, 78),
                                      place(QStringLiteral("idlib"), 300, 306)};
    const auto score = geo::scoreAnnotations(suggested, gold);
    QCOMPARE(score.kind(AnnotationKind::Place).hits, 0);
    QCOMPARE(score.kind(AnnotationKind::Place).recall().value(), 0.0);
    QCOMPARE(score.missed.size(), 2);
    QCOMPARE(score.falseAlarms.size(), 2);
    // Touching is not overlapping: end is exclusive.
    QCOMPARE(
        geo::scoreAnnotations({place(QStringLiteral("idlib"), 112, 118)}, {place(QStringLiteral("idlib"), 106, 112)})
            .kind(AnnotationKind::Place)
            .hits,
        0);
}

void TestAnnotationScore::oneToOne()
{
    // Two suggestions over the one gold mention: one hit, one false alarm.
    const auto score =
        geo::scoreAnnotations({place(QStringLiteral("saraqib"), 71, 78), place(QStringLiteral("saraqib"), 70, 75)},
                              {place(QStringLiteral("saraqib"), 71, 78)});
    const geo::KindScore k = score.kind(AnnotationKind::Place);
    QCOMPARE(k.hits, 1);
    QCOMPARE(k.precision().value(), 0.5);
    QCOMPARE(k.recall().value(), 1.0);
    QCOMPARE(score.falseAlarms.size(), 1);
    // The larger overlap won: the suggestion left over is the shorter one.
    QCOMPARE(score.falseAlarms.first().anchorStart, 70);
}

void TestAnnotationScore::unanchoredNeverMatches()
{
    Annotation orphan = place(QStringLiteral("saraqib"), -1, -1);
    orphan.start = orphan.end = -1;
    const auto score = geo::scoreAnnotations({orphan}, {place(QStringLiteral("saraqib"), 71, 78)});
    QCOMPARE(score.kind(AnnotationKind::Place).hits, 0);
    // Only the selector's position: still compared.
    Annotation byPosition = place(QStringLiteral("saraqib"), -1, -1);
    byPosition.start = 71;
    byPosition.end = 78;
    QCOMPARE(geo::scoreAnnotations({byPosition}, {place(QStringLiteral("saraqib"), 71, 78)})
                 .kind(AnnotationKind::Place)
                 .hits,
             1);
}

void TestAnnotationScore::kindsAreScoredApart()
{
    // "province d'Idleb" is an area in the gold; a place suggestion inside it is a false alarm, not a hit.
    const auto score = geo::scoreAnnotations({place(QStringLiteral("idlib"), 106, 112),
                                              entity(AnnotationKind::Road, QStringLiteral("road:M5"), 10, 12),
                                              entity(AnnotationKind::Actor, QStringLiteral("actor:sana"), 20, 24)},
                                             {entity(AnnotationKind::Area, QStringLiteral("area:SY07"), 96, 112),
                                              entity(AnnotationKind::Road, QStringLiteral("road:M5"), 10, 12),
                                              entity(AnnotationKind::Actor, QStringLiteral("actor:state-tv"), 20, 24)});
    QCOMPARE(score.kind(AnnotationKind::Area).gold, 1);
    QCOMPARE(score.kind(AnnotationKind::Area).hits, 0);
    QCOMPARE(score.kind(AnnotationKind::Place).suggested, 1);
    QCOMPARE(score.kind(AnnotationKind::Place).hits, 0);
    QVERIFY(!score.kind(AnnotationKind::Place).recall().has_value());
    QCOMPARE(score.kind(AnnotationKind::Road).hits, 1);
    QCOMPARE(score.kind(AnnotationKind::Actor).hits, 0);
    // Only the kinds present, in the order of the format's list.
    QStringList kinds;
    for (const geo::KindScore& k : score.kinds)
        kinds << k.kind;
    QCOMPARE(kinds, (QStringList{"place", "road", "area", "actor"}));
    QCOMPARE(score.kind(AnnotationKind::Claim).gold, 0);
}

void TestAnnotationScore::figuresByValue()
{
    // "350 véhicules": the same value over the same words is a hit whatever the entity says; another value not.
    Annotation suggested = figure(350, 10, 23);
    suggested.entity.clear();
    QCOMPARE(geo::scoreAnnotations({suggested}, {figure(350, 10, 23)}).kind(AnnotationKind::Figure).hits, 1);
    QCOMPARE(geo::scoreAnnotations({figure(35, 10, 23)}, {figure(350, 10, 23)}).kind(AnnotationKind::Figure).hits, 0);
    Annotation noValue = figure(0, 10, 13);
    noValue.value.reset();
    QCOMPARE(geo::scoreAnnotations({noValue}, {figure(350, 10, 23)}).kind(AnnotationKind::Figure).hits, 1);
}

void TestAnnotationScore::claimsByPlaceControllerAndDate()
{
    const Annotation gold =
        claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"), 1, 78);
    // Anchored on the cue only, far from the gold's words: still right.
    QCOMPARE(
        geo::scoreAnnotations(
            {claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"), 300, 320)}, {gold})
            .kind(AnnotationKind::Claim)
            .hits,
        1);
    // Wrong controller, wrong place, wrong day: no.
    QCOMPARE(geo::scoreAnnotations(
                 {claim(QStringLiteral("saraqib"), Controller::Opposition, QStringLiteral("2020-02-08"))}, {gold})
                 .kind(AnnotationKind::Claim)
                 .hits,
             0);
    QCOMPARE(
        geo::scoreAnnotations(
            {claim(QStringLiteral("maarat_al_numan"), Controller::Government, QStringLiteral("2020-02-08"))}, {gold})
            .kind(AnnotationKind::Claim)
            .hits,
        0);
    QCOMPARE(geo::scoreAnnotations(
                 {claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-07"))}, {gold})
                 .kind(AnnotationKind::Claim)
                 .hits,
             0);
    // The claimant and status are not scored.
    Annotation otherClaimant = claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"));
    otherClaimant.claimant = QStringLiteral("SANA");
    otherClaimant.claimStatus = geo::ClaimStatus::Assessed;
    QCOMPARE(geo::scoreAnnotations({otherClaimant}, {gold}).kind(AnnotationKind::Claim).hits, 1);
}

void TestAnnotationScore::claimDateRule()
{
    const auto c = [](const QString& date) { return claim(QStringLiteral("x"), Controller::Government, date); };
    // Same effective date: "fin janvier" as an interval against the month.
    QVERIFY(geo::claimDateMatches(c(QStringLiteral("2020-01-21/2020-01-31")), c(QStringLiteral("2020-01"))));
    // The suggestion's day inside the gold's span.
    QVERIFY(geo::claimDateMatches(c(QStringLiteral("2020-02-07")), c(QStringLiteral("2020-02-06/2020-02-08"))));
    QVERIFY(geo::claimDateMatches(c(QStringLiteral("2020-02-06")), c(QStringLiteral("2020-02-06/2020-02-08"))));
    // Outside it, or wider than it.
    QVERIFY(!geo::claimDateMatches(c(QStringLiteral("2020-02-05")), c(QStringLiteral("2020-02-06/2020-02-08"))));
    QVERIFY(
        !geo::claimDateMatches(c(QStringLiteral("2020-02-01/2020-02-07")), c(QStringLiteral("2020-02-06/2020-02-08"))));
    // The gold's day inside a wider suggestion is no hit (the suggestion is less precise than the text).
    QVERIFY(!geo::claimDateMatches(c(QStringLiteral("2020-01")), c(QStringLiteral("2020-01-28"))));
    // Undated against dated: no; both undated: yes.
    QVERIFY(!geo::claimDateMatches(c(QString()), c(QStringLiteral("2020-01-28"))));
    QVERIFY(geo::claimDateMatches(c(QString()), c(QString())));
}

void TestAnnotationScore::overlappingClaimIsPreferred()
{
    // Two gold claims say the same thing in two sentences; the one suggestion is counted for the one it sits on.
    const QList<Annotation> gold{
        claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"), 0, 40),
        claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"), 100, 140)};
    const auto score = geo::scoreAnnotations(
        {claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"), 110, 120)}, gold);
    QCOMPARE(score.kind(AnnotationKind::Claim).hits, 1);
    QCOMPARE(score.kind(AnnotationKind::Claim).recall().value(), 0.5);
    QCOMPARE(score.missed.size(), 1);
    QCOMPARE(score.missed.first().anchorStart, 0);
}

void TestAnnotationScore::undefinedRatios()
{
    const auto nothing = geo::scoreAnnotations({}, {});
    QVERIFY(nothing.kinds.isEmpty());
    QVERIFY(!nothing.total().precision().has_value());
    QVERIFY(!nothing.total().recall().has_value());
    // Nothing suggested: recall 0, precision undefined.
    const auto none = geo::scoreAnnotations({}, {place(QStringLiteral("idlib"), 0, 5)});
    QCOMPARE(none.kind(AnnotationKind::Place).recall().value(), 0.0);
    QVERIFY(!none.kind(AnnotationKind::Place).precision().has_value());
}

void TestAnnotationScore::totalsAddUp()
{
    auto first = geo::scoreAnnotations({place(QStringLiteral("idlib"), 0, 5), place(QStringLiteral("aleppo"), 10, 15)},
                                       {place(QStringLiteral("idlib"), 0, 5)});
    const auto second =
        geo::scoreAnnotations({claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"))},
                              {place(QStringLiteral("saraqib"), 0, 7),
                               claim(QStringLiteral("saraqib"), Controller::Government, QStringLiteral("2020-02-08"))});
    first += second;
    QCOMPARE(first.kind(AnnotationKind::Place).gold, 2);
    QCOMPARE(first.kind(AnnotationKind::Place).suggested, 2);
    QCOMPARE(first.kind(AnnotationKind::Place).hits, 1);
    QCOMPARE(first.kind(AnnotationKind::Claim).hits, 1);
    QCOMPARE(first.total().gold, 3);
    QCOMPARE(first.total().suggested, 3);
    QCOMPARE(first.total().hits, 2);
    QCOMPARE(first.missed.size(), 1);
    QCOMPARE(first.falseAlarms.size(), 1);
    QCOMPARE(first.kinds.first().kind, QStringLiteral("place"));
    QCOMPARE(first.kinds.last().kind, QStringLiteral("claim"));
}

QTEST_APPLESS_MAIN(TestAnnotationScore)
#include "test_annotation_score.moc"
