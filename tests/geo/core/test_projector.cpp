// Projection round trips and geodesic distances, checked against PROJ's command-line tools.
#include "geo/core/projector.h"

#include <QTest>

using namespace geo;

class TestProjector : public QObject {
    Q_OBJECT
private slots:
    void forwardMatchesReference_data();
    void forwardMatchesReference();
    void roundTripWithinOneMillimetre_data();
    void roundTripWithinOneMillimetre();
    void batchedEqualsSingle();
    void geodesicDistance_data();
    void geodesicDistance();
    void invalidCrs();
};

void TestProjector::forwardMatchesReference_data()
{
    QTest::addColumn<int>("crs");
    QTest::addColumn<QPointF>("lonLat");
    QTest::addColumn<QPointF>("expected");
    // References from `cs2cs EPSG:4326 EPSG:3857` / `EPSG:32637` (PROJ 9.1).
    QTest::newRow("Saraqeb 3857") << int(DisplayCrs::WebMercator) << QPointF(36.80591, 35.86447)
                                  << QPointF(4097215.1594, 4281988.6422);
    QTest::newRow("Saraqeb UTM 37N") << int(DisplayCrs::Utm37N) << QPointF(36.80591, 35.86447)
                                     << QPointF(301898.77, 3971139.24);
}

void TestProjector::forwardMatchesReference()
{
    QFETCH(int, crs);
    QFETCH(QPointF, lonLat);
    QFETCH(QPointF, expected);
    Projector projector(static_cast<DisplayCrs>(crs));
    QVERIFY2(projector.isValid(), qPrintable(projector.errorString()));
    const QPointF xy = projector.forward(lonLat);
    QVERIFY2(std::abs(xy.x() - expected.x()) < 0.01 && std::abs(xy.y() - expected.y()) < 0.01,
             qPrintable(QString("%1 %2").arg(xy.x(), 0, 'f', 4).arg(xy.y(), 0, 'f', 4)));
}

void TestProjector::roundTripWithinOneMillimetre_data()
{
    QTest::addColumn<int>("crs");
    QTest::newRow("3857") << int(DisplayCrs::WebMercator);
    QTest::newRow("32637") << int(DisplayCrs::Utm37N);
}

void TestProjector::roundTripWithinOneMillimetre()
{
    QFETCH(int, crs);
    Projector projector(static_cast<DisplayCrs>(crs));
    const QPointF saraqeb(36.80591, 35.86447);
    const QPointF back = projector.inverse(projector.forward(saraqeb));
    // 1 mm on the ground, measured geodesically.
    QVERIFY2(Projector::geodesicDistance(saraqeb, back) < 0.001,
             qPrintable(QString::number(Projector::geodesicDistance(saraqeb, back))));
}

void TestProjector::batchedEqualsSingle()
{
    Projector projector;
    QVector<QPointF> pts{{36.80591, 35.86447}, {36.67693, 35.6483}, {35.79088, 35.53125}};
    QVector<QPointF> batch = pts;
    QVERIFY(projector.forward(&batch));
    for (int i = 0; i < pts.size(); ++i)
        QCOMPARE(batch.at(i), projector.forward(pts.at(i)));
}

void TestProjector::geodesicDistance_data()
{
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::addColumn<double>("metres");
    // References from PROJ's `geod +ellps=WGS84 -I`.
    QTest::newRow("Saraqeb - Maarat al-Numan")
        << QPointF(36.80591, 35.86447) << QPointF(36.67693, 35.6483) << 26671.201;
    QTest::newRow("same point") << QPointF(36.8, 35.8) << QPointF(36.8, 35.8) << 0.0;
}

void TestProjector::geodesicDistance()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    QFETCH(double, metres);
    QVERIFY(std::abs(Projector::geodesicDistance(a, b) - metres) < 1.0);
}

void TestProjector::invalidCrs()
{
    Projector projector(QStringLiteral("EPSG:999999"));
    QVERIFY(!projector.isValid());
    QVERIFY(projector.errorString().contains("EPSG:999999"));
    QVector<QPointF> pts{{36.8, 35.8}};
    QVERIFY(!projector.forward(&pts));
}

QTEST_GUILESS_MAIN(TestProjector)
#include "test_projector.moc"
