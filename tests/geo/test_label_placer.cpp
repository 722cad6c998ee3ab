// Labels never overlap; priority decides who gets the space.
#include "geo/label_placer.h"

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
    const auto placed = placer.place();
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
    const auto placed = placer.place();
    QCOMPARE(placed.size(), 2);
    QVERIFY(placed[0].rect.left() > 200);   // first choice: right of the marker
    QVERIFY(!placed[1].rect.intersects(placed[0].rect));
}

void TestLabelPlacer::staysOnScreen()
{
    LabelPlacer placer(QRectF(0, 0, 100, 100));
    placer.add(candidate(QStringLiteral("Edge"), QPointF(98, 50), 1));
    placer.add(candidate(QStringLiteral("A very long label that cannot fit anywhere here"), QPointF(50, 50), 1));
    const auto placed = placer.place();
    QCOMPARE(placed.size(), 1);
    QVERIFY(placed[0].rect.right() < 98); // went to the left of its marker
}

void TestLabelPlacer::obstaclesAreAvoided()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    placer.addObstacle(QRectF(205, 180, 200, 40)); // a marker right of the anchor
    placer.add(candidate(QStringLiteral("Idleb"), QPointF(200, 200), 1));
    const auto placed = placer.place();
    QCOMPARE(placed.size(), 1);
    QVERIFY(!placed[0].rect.intersects(QRectF(205, 180, 200, 40)));
}

QTEST_MAIN(TestLabelPlacer)
#include "test_label_placer.moc"
