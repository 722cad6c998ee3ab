// The PNG writer (geo/export/png_writer.h): what it writes reads back as the same pixels, with the picture's
// resolution, as RGB when the picture is opaque and RGBA when it is not; a device that stops taking bytes (a full
// disk) makes it fail with the device's own words, not claim success.
#include "geo/export/png_writer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

// A picture with flat areas, lines and a gradient: every filter and run length matters somewhere.
QImage pattern(QImage::Format format)
{
    QImage image(333, 217, format);
    image.fill(QColor(200, 220, 235));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient g(0, 0, 333, 0);
    g.setColorAt(0, Qt::red);
    g.setColorAt(1, Qt::blue);
    p.fillRect(20, 20, 290, 60, g);
    p.setPen(QPen(Qt::black, 1.5));
    for (int i = 0; i < 20; ++i)
        p.drawLine(QPointF(i * 17.3, 90), QPointF(333 - i * 11.1, 210));
    return image;
}

// A device that takes LIMIT bytes, then fails as a full disk does.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

QImage written(const QImage& image, QByteArray* bytes)
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!geo::writePng(image, &buffer, &error))
        qWarning("%s", qPrintable(error));
    return QImage::fromData(*bytes, "PNG");
}

} // namespace

class TestPngWriter : public QObject {
    Q_OBJECT
private slots:
    void opaquePictureReadsBackTheSameAsRgb()
    {
        QImage image = pattern(QImage::Format_RGB32);
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        QByteArray bytes;
        const QImage back = written(image, &bytes);
        QVERIFY(!back.isNull());
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), image);
        QCOMPARE(back.dotsPerMeterX(), 11811);
        QCOMPARE(back.dotsPerMeterY(), 11811);
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(int(quint8(bytes.at(25))), 2); // IHDR colour type 2: RGB, no alpha channel
        // An opaque picture in a format with alpha is written as RGB too.
        QByteArray again;
        written(image.convertToFormat(QImage::Format_ARGB32_Premultiplied), &again);
        QCOMPARE(int(quint8(again.at(25))), 2);
    }

    void transparencyIsKept()
    {
        QImage image = pattern(QImage::Format_ARGB32);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixelColor(x, y, QColor(10, 20, 30, x % 256));
        QByteArray bytes;
        const QImage back = written(image, &bytes);
        QCOMPARE(int(quint8(bytes.at(25))), 6); // RGBA
        QCOMPARE(back.convertToFormat(QImage::Format_ARGB32), image);
    }

    void aFullDeviceIsAFailureWithItsReason()
    {
        const QImage image = pattern(QImage::Format_RGB32);
        for (const qint64 limit : {qint64(0), qint64(40), qint64(2000)}) {
            FullDevice device(limit);
            QString error;
            QVERIFY(!geo::writePng(image, &device, &error));
            QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        }
        // An empty picture is refused, not written as a broken file.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!geo::writePng(QImage(), &buffer, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(bytes.isEmpty());
    }
};

QTEST_MAIN(TestPngWriter)
#include "test_png_writer.moc"
