// Labels never overlap; priority decides who gets the space.
#include "geo/render/label_placer.h"

#include <QGuiApplication>
#include <QTest>

using namespace geo;

class TestLabelPlacer : public QObject {
    Q_OBJECT
private slots:
    void higherPriorityWins();
    void movesAroundTheMarker();
    void staysOnScreen();
    void obstaclesAreAvoided();
    void minorMarkersUnderALabelAreDropped();
    void mandatoryMarkersAlwaysShow();
    void linesKeepLabelsOffNotMarkers();
    void aShortTextWhenTheWholeDoesNotFit();
    void anInsistentLabelCrossesALineRatherThanVanish();
    void bigMarkersGetTheirDiagonals();
    void anAreaNameMovesOffARoad();

private:
    static LabelCandidate candidate(const QString& text, QPointF at, int priority)
    {
        LabelCandidate c;
        c.text = text;
        c.anchor = at;
        c.priority = priority;
        c.markerRadius = 4;
        c.font = QFont(QStringLiteral("DejaVu Sans"), 10);
        return c;
    }
};

void TestLabelPlacer::higherPriorityWins()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    // Same anchor, long texts: the second cannot fit on any side the first left free... except it can, so
    // crowd the anchor with four copies and check the highest are kept and none overlap.
    for (int i = 0; i < 8; ++i)
        placer.add(candidate(QStringLiteral("Label number %1").arg(i), QPointF(200, 200), i));
    placer.place();
    const auto placed = placer.labels();
    QVERIFY(placed.size() < 8);
    QCOMPARE(placed.first().candidate.priority, 7);
    for (int i = 1; i < placed.size(); ++i)
        QVERIFY(placed[i - 1].candidate.priority > placed[i].candidate.priority);
    for (int i = 0; i < placed.size(); ++i)
        for (int j = i + 1; j < placed.size(); ++j)
            QVERIFY(!placed[i].rect.intersects(placed[j].rect));
}

void TestLabelPlacer::movesAroundTheMarker()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    placer.add(candidate(QStringLiteral("Saraqeb"), QPointF(200, 200), 10));
    placer.add(candidate(QStringLiteral("Sarmin"), QPointF(202, 200), 5));
    placer.place();
    const auto placed = placer.labels();
    QCOMPARE(placed.size(), 2);
    QVERIFY(placed[0].rect.left() > 200); // first choice: right of the marker
    QVERIFY(!placed[1].rect.intersects(placed[0].rect));
}

void TestLabelPlacer::staysOnScreen()
{
    LabelPlacer placer(QRectF(0, 0, 100, 100));
    placer.add(candidate(QStringLiteral("Edge"), QPointF(98, 50), 1));
    placer.add(candidate(QStringLiteral("A very long label that cannot fit anywhere here"), QPointF(50, 50), 1));
    placer.place();
    const auto placed = placer.labels();
    QCOMPARE(placed.size(), 1);
    QVERIFY(placed[0].rect.right() < 98); // went to the left of its marker
}

void TestLabelPlacer::obstaclesAreAvoided()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    placer.addObstacle(QRectF(205, 180, 200, 40)); // a marker right of the anchor
    placer.add(candidate(QStringLiteral("Idleb"), QPointF(200, 200), 1));
    placer.place();
    const auto placed = placer.labels();
    QCOMPARE(placed.size(), 1);
    QVERIFY(!placed[0].rect.intersects(QRectF(205, 180, 200, 40)));
}

void TestLabelPlacer::minorMarkersUnderALabelAreDropped()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    // A key town with a long label, and a village dot where that label goes (right of the town).
    placer.addPoint(0, QRectF(196, 196, 8, 8), 1000, true,
                    candidate(QStringLiteral("Maaret al-Noomane"), QPointF(200, 200), 1000));
    placer.addPoint(1, QRectF(238, 198, 4, 4), 300, false, candidate(QStringLiteral("Has"), QPointF(240, 200), 300));
    // A village far away keeps its dot and label.
    placer.addPoint(2, QRectF(48, 48, 4, 4), 300, false, candidate(QStringLiteral("Heish"), QPointF(50, 50), 300));
    placer.place();
    QVERIFY(placer.markerKept(0));
    QVERIFY(!placer.markerKept(1));
    QVERIFY(placer.markerKept(2));
    QStringList texts;
    for (const PlacedLabel& l : placer.labels())
        texts << l.candidate.text;
    QCOMPARE(texts, QStringList({"Maaret al-Noomane", "Heish"}));
    QVERIFY(placer.labels().first().rect.left() > 200); // it got its first choice, right of the marker
}

void TestLabelPlacer::mandatoryMarkersAlwaysShow()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    placer.addPoint(0, QRectF(196, 196, 8, 8), 1000, true,
                    candidate(QStringLiteral("Saraqeb"), QPointF(200, 200), 1000));
    placer.addPoint(1, QRectF(210, 190, 12, 12), 700, true, candidate(QStringLiteral("OP 16"), QPointF(216, 196), 700));
    placer.place();
    QVERIFY(placer.markerKept(0));
    QVERIFY(placer.markerKept(1)); // a post beside the town: both markers stay
    for (const PlacedLabel& l : placer.labels()) {
        QVERIFY(!l.rect.intersects(QRectF(196, 196, 8, 8)));
        QVERIFY(!l.rect.intersects(QRectF(210, 190, 12, 12)));
    }
}

void TestLabelPlacer::linesKeepLabelsOffNotMarkers()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    // A road from left to right through the town: its name goes above or below, not across the road.
    const QPolygonF road({QPointF(0, 200), QPointF(400, 200)});
    placer.addLineObstacle(road, 4);
    placer.addPoint(0, QRectF(196, 196, 8, 8), 1000, true, candidate(QStringLiteral("Ariha"), QPointF(200, 200), 1000));
    // A village on the road keeps its dot.
    placer.addPoint(1, QRectF(298, 198, 4, 4), 300, false, std::nullopt);
    // The road's shield stands on it.
    LabelCandidate shield = candidate(QStringLiteral("M4"), QPointF(100, 200), 900);
    shield.markerRadius = 0;
    shield.boxed = true;
    shield.onLines = true;
    placer.add(shield);
    placer.place();
    QVERIFY(placer.markerKept(0));
    QVERIFY(placer.markerKept(1));
    QCOMPARE(placer.labels().size(), 2);
    for (const PlacedLabel& l : placer.labels()) {
        if (l.candidate.boxed) {
            QVERIFY(l.rect.contains(QPointF(100, 200)));
            continue;
        }
        QVERIFY2(l.rect.bottom() < 196 || l.rect.top() > 204, qPrintable(QString::number(l.rect.top())));
    }
}

void TestLabelPlacer::aShortTextWhenTheWholeDoesNotFit()
{
    LabelPlacer placer(QRectF(0, 0, 120, 60));
    LabelCandidate post = candidate(QStringLiteral("OP 22 Taftanaz military airbase"), QPointF(60, 30), 700);
    post.shortText = QStringLiteral("OP 22");
    placer.add(post);
    placer.place();
    QCOMPARE(placer.labels().size(), 1);
    QCOMPARE(placer.labels().first().candidate.text, QStringLiteral("OP 22"));
}

void TestLabelPlacer::anInsistentLabelCrossesALineRatherThanVanish()
{
    // A town where three roads meet, every side crossed: the searched town is named anyway, a plain one is not.
    for (const bool insist : {false, true}) {
        LabelPlacer placer(QRectF(0, 0, 400, 400));
        placer.addLineObstacle(QPolygonF({QPointF(0, 200), QPointF(400, 200)}), 4);
        placer.addLineObstacle(QPolygonF({QPointF(200, 0), QPointF(200, 400)}), 4);
        placer.addLineObstacle(QPolygonF({QPointF(0, 0), QPointF(400, 400)}), 4);
        placer.addLineObstacle(QPolygonF({QPointF(0, 400), QPointF(400, 0)}), 4);
        LabelCandidate town = candidate(QStringLiteral("Saraqeb"), QPointF(200, 200), 1000);
        town.insist = insist;
        placer.add(town);
        placer.place();
        QCOMPARE(placer.labels().size(), insist ? 1 : 0);
    }
}

void TestLabelPlacer::bigMarkersGetTheirDiagonals()
{
    // A big marker (a ringed town) with its four sides taken: its label goes on a diagonal, clear of the marker.
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    const QRectF ring(187.5, 187.5, 25, 25);
    placer.addObstacle(QRectF(214, 192, 186, 16)); // right
    placer.addObstacle(QRectF(0, 192, 186, 16));   // left
    placer.addObstacle(QRectF(192, 0, 16, 186));   // above
    placer.addObstacle(QRectF(192, 214, 16, 186)); // below
    LabelCandidate town = candidate(QStringLiteral("Saraqeb"), QPointF(200, 200), 1000);
    town.markerRadius = 12.5;
    placer.addPoint(0, ring, 1000, true, town);
    placer.place();
    QCOMPARE(placer.labels().size(), 1);
    QVERIFY(!placer.labels().first().rect.intersects(ring));
}

void TestLabelPlacer::anAreaNameMovesOffARoad()
{
    // A district's name centred on a road through its middle, the lines above and below it taken: it moves aside.
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    placer.addLineObstacle(QPolygonF({QPointF(200, 0), QPointF(200, 400)}), 3);
    placer.addObstacle(QRectF(150, 150, 100, 40));
    placer.addObstacle(QRectF(150, 210, 100, 40));
    LabelCandidate district = candidate(QStringLiteral("IDLEB"), QPointF(200, 200), 150);
    district.markerRadius = 0;
    placer.add(district);
    placer.place();
    QCOMPARE(placer.labels().size(), 1);
    const QRectF r = placer.labels().first().rect;
    QVERIFY2(r.right() < 197 || r.left() > 203, qPrintable(QString::number(r.left())));
}

QTEST_MAIN(TestLabelPlacer)
#include "test_label_placer.moc"
