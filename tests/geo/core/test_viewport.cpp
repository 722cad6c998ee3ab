// Viewport arithmetic and the scale bar's ground truth.
#include "geo/core/projector.h"
#include "geo/render/scale_bar.h"
#include "geo/core/viewport.h"

#include <QTest>

#include <cmath>

using namespace geo;

class TestViewport : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void zoomKeepsAnchor();
    void fitShowsTheWholeRect();
    void panMovesWithThePointer();
    void scaleBarTrueAtLatitude_data();
    void scaleBarTrueAtLatitude();
    void scaleBarIsRound();
};

void TestViewport::roundTrip()
{
    const Viewport vp(QPointF(4097215, 4281988), 123.0, QSize(800, 600));
    const QPointF p(4100000, 4270000);
    const QPointF back = vp.toMap(vp.toScreen(p));
    QVERIFY(std::abs(back.x() - p.x()) < 1e-6 && std::abs(back.y() - p.y()) < 1e-6);
    QCOMPARE(vp.toScreen(vp.center()), QPointF(400, 300));
    // North is up.
    QVERIFY(vp.toScreen(vp.center() + QPointF(0, 1000)).y() < 300);
    QCOMPARE(vp.mapToScreen().map(p), vp.toScreen(p));
}

void TestViewport::zoomKeepsAnchor()
{
    Viewport vp(QPointF(0, 0), 100.0, QSize(800, 600));
    const QPointF anchor(100, 500);
    const QPointF before = vp.toMap(anchor);
    vp.zoomBy(2.0, anchor);
    QCOMPARE(vp.unitsPerPixel(), 50.0);
    const QPointF after = vp.toMap(anchor);
    QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
    vp.zoomBy(1e9, anchor);
    QCOMPARE(vp.unitsPerPixel(), Viewport::kMinUnitsPerPixel);
}

void TestViewport::fitShowsTheWholeRect()
{
    Viewport vp(QPointF(), 1, QSize(400, 200));
    const QRectF r(1000, 2000, 8000, 2000);
    vp.fit(r, 10);
    QVERIFY(vp.mapRect().contains(r));
    QCOMPARE(vp.center(), r.center());
}

void TestViewport::panMovesWithThePointer()
{
    Viewport vp(QPointF(0, 0), 10.0, QSize(100, 100));
    const QPointF grabbed = vp.toMap(QPointF(50, 50));
    vp.panByPixels(QPointF(20, -10));
    const QPointF now = vp.toScreen(grabbed);
    QCOMPARE(now, QPointF(70, 40));
}

void TestViewport::scaleBarTrueAtLatitude_data()
{
    QTest::addColumn<int>("crs");
    QTest::newRow("Web Mercator") << int(DisplayCrs::WebMercator);
    QTest::newRow("UTM 37N") << int(DisplayCrs::Utm37N);
}

void TestViewport::scaleBarTrueAtLatitude()
{
    QFETCH(int, crs);
    const Projector projector(static_cast<DisplayCrs>(crs));
    const QPointF saraqeb(36.80591, 35.86447), maarat(36.67693, 35.6483);
    const QPointF a = projector.forward(saraqeb), b = projector.forward(maarat);
    Viewport vp((a + b) / 2, 50.0, QSize(1000, 800));
    // The two towns are 26,671 m apart (PROJ geod); the pixels between them times the ground size of a pixel
    // must agree within 1 %.
    const double pixels = std::hypot(vp.toScreen(a).x() - vp.toScreen(b).x(), vp.toScreen(a).y() - vp.toScreen(b).y());
    const double metres = pixels * groundMetresPerPixel(vp, projector);
    QVERIFY2(std::abs(metres - 26671.2) / 26671.2 < 0.01, qPrintable(QString::number(metres)));
}

void TestViewport::scaleBarIsRound()
{
    const Projector projector(DisplayCrs::WebMercator);
    Viewport vp(projector.forward(QPointF(36.8, 35.86)), 150.0, QSize(1000, 800));
    const ScaleBar bar = computeScaleBar(vp, projector, 160);
    QVERIFY(bar.isValid());
    QVERIFY(bar.pixels <= 160 && bar.pixels > 160 / 5.0);
    const double mantissa = bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
    QVERIFY(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0));
    QVERIFY(bar.label.endsWith(" km"));
}

QTEST_GUILESS_MAIN(TestViewport)
#include "test_viewport.moc"
