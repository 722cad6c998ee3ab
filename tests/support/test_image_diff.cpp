// The golden image comparison itself: where its thresholds lie, what counts as one blob, what a mask takes out.
#include "image_diff.h"

#include <QTest>

using frontline::test::diffImages;
using frontline::test::ImageTolerance;

namespace {

// A 40x30 grey image with the listed pixels changed by BY in every channel.
QImage withPixels(const QList<QPoint>& pixels, int by)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(qRgb(128, 128, 128));
    for (const QPoint& p : pixels)
        image.setPixel(p, qRgb(128 + by, 128 + by, 128 + by));
    return image;
}

QList<QPoint> line(QPoint from, QPoint step, int count)
{
    QList<QPoint> points;
    for (int i = 0; i < count; ++i)
        points << from + step * i;
    return points;
}

} // namespace

class TestImageDiff : public QObject {
    Q_OBJECT
private slots:
    void tolerance_data();
    void tolerance();
    void maskTakesRegionsOut();
    void sizeMismatchFails();
};

void TestImageDiff::tolerance_data()
{
    QTest::addColumn<QList<QPoint>>("pixels");
    QTest::addColumn<int>("by");
    QTest::addColumn<int>("largestBlob");
    QTest::addColumn<bool>("within");
    const QList<QPoint> scattered{{1, 1}, {5, 1}, {9, 1}, {1, 5}, {5, 5}, {9, 5}, {20, 20}};
    QTest::newRow("identical") << QList<QPoint>{} << 0 << 0 << true;
    QTest::newRow("all at the channel threshold (24)") << line({0, 0}, {1, 0}, 40) << 24 << 0 << true;
    QTest::newRow("just over the channel threshold (25)") << line({0, 0}, {1, 0}, 40) << 25 << 40 << false;
    QTest::newRow("scattered single pixels") << scattered << 100 << 1 << true;
    QTest::newRow("a blob of 6 px") << line({3, 3}, {1, 0}, 6) << 100 << 6 << true;
    QTest::newRow("a blob of 7 px") << line({3, 3}, {1, 0}, 7) << 100 << 7 << false;
    QTest::newRow("diagonal neighbours are one blob") << line({3, 3}, {1, 1}, 7) << -100 << 7 << false;
    QTest::newRow("two blobs of 4 px, a gap between")
        << line({3, 3}, {1, 0}, 4) + line({8, 3}, {1, 0}, 4) << 100 << 4 << true;
}

void TestImageDiff::tolerance()
{
    QFETCH(QList<QPoint>, pixels);
    QFETCH(int, by);
    QFETCH(int, largestBlob);
    QFETCH(bool, within);
    const ImageTolerance tolerance{24, 6, 0.05};
    const auto diff = diffImages(withPixels(pixels, by), withPixels({}, 0), {}, tolerance.channel);
    QVERIFY(diff.sameSize);
    QCOMPARE(diff.compared, qint64(40 * 30));
    QCOMPARE(diff.largestBlob, largestBlob);
    QCOMPARE(diff.within(tolerance), within);
    // The picture marks exactly the differing pixels.
    int red = 0;
    for (int y = 0; y < diff.picture.height(); ++y)
        for (int x = 0; x < diff.picture.width(); ++x)
            red += diff.picture.pixel(x, y) == qRgb(255, 0, 0);
    QCOMPARE(qint64(red), diff.differing);
}

// Many scattered pixels fail on their share alone, and a mask (black) over them makes the comparison pass.
void TestImageDiff::maskTakesRegionsOut()
{
    QList<QPoint> scattered;
    for (int y = 0; y < 30; y += 2)
        for (int x = 0; x < 10; x += 2)
            scattered << QPoint(x, y);
    const QImage actual = withPixels(scattered, 60), expected = withPixels({}, 0);
    const ImageTolerance tolerance{24, 6, 0.05};
    const auto unmasked = diffImages(actual, expected, {}, tolerance.channel);
    QCOMPARE(unmasked.largestBlob, 1);
    QVERIFY2(!unmasked.within(tolerance), qPrintable(unmasked.describe()));

    QImage mask(actual.size(), QImage::Format_RGB32);
    mask.fill(Qt::white);
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < 10; ++x)
            mask.setPixel(x, y, qRgb(0, 0, 0));
    const auto masked = diffImages(actual, expected, mask, tolerance.channel);
    QCOMPARE(masked.compared, qint64(30 * 30));
    QCOMPARE(masked.differing, qint64(0));
    QVERIFY(masked.within(tolerance));
}

void TestImageDiff::sizeMismatchFails()
{
    const auto diff = diffImages(withPixels({}, 0), QImage(41, 30, QImage::Format_RGB32), {}, 24);
    QVERIFY(!diff.sameSize);
    QVERIFY(!diff.within(ImageTolerance{}));
}

QTEST_GUILESS_MAIN(TestImageDiff)
#include "test_image_diff.moc"
