// The file writers below the exporter: the GeoTIFF writer leaves GDAL's settings as it found them, and the SVG
// page cuts the map frame's geometry at the frame's edge with the same visible result as a painter's clip.
#include "geo/export/geotiff_writer.h"
#include "geo/export/svg_page.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cpl_conv.h>

#include <functional>

using namespace geo;

namespace {

constexpr char kPam[] = "GDAL_PAM_ENABLED";

QString option(const char* (*get)(const char*, const char*))
{
    const char* value = get(kPam, nullptr);
    return value ? QString::fromUtf8(value) : QStringLiteral("(unset)");
}

enum class Shape { PolygonWithHole, WindingHole, Polyline, OutlinedEllipse };

// What each row paints, in page coordinates of a 200 x 150 page (some through a transform).
void paintShape(QPainter& p, Shape shape)
{
    p.setRenderHint(QPainter::Antialiasing);
    switch (shape) {
    case Shape::PolygonWithHole: { // across the frame's left edge, hole included, odd-even rule
        QPainterPath path;
        path.addRect(10, 40, 80, 70);
        path.addRect(25, 55, 45, 40);
        p.fillPath(path, QColor(200, 0, 0));
        return;
    }
    case Shape::WindingHole: { // across the top-right corner; the inner ring turns the other way: a hole
        p.translate(100, 0);
        p.scale(2, 2);
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        path.addPolygon(QPolygonF{{10, 5}, {45, 5}, {45, 30}, {10, 30}});
        path.closeSubpath();
        path.addPolygon(QPolygonF{{18, 10}, {18, 25}, {38, 25}, {38, 10}});
        path.closeSubpath();
        p.fillPath(path, QColor(0, 120, 0));
        return;
    }
    case Shape::Polyline: // in and out of the frame four times
        p.setPen(QPen(QColor(0, 0, 200), 4));
        p.drawPolyline(QPolygonF{{20, 50}, {100, 10}, {185, 80}, {100, 145}, {30, 100}});
        return;
    case Shape::OutlinedEllipse: // across the bottom edge, filled and outlined
        p.setPen(QPen(Qt::black, 2));
        p.setBrush(QColor(240, 160, 0));
        p.drawEllipse(QPointF(100, 120), 50, 25);
        return;
    }
}

// Every number pair of every path's "d" of SVG, as points.
QVector<QPointF> pathPoints(const QByteArray& svg)
{
    static const QRegularExpression number(QStringLiteral("-?\\d+(\\.\\d+)?(e[-+]?\\d+)?"));
    QVector<QPointF> points;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("path"))
            continue;
        QVector<double> v;
        auto it = number.globalMatch(xml.attributes().value("d").toString());
        while (it.hasNext())
            v << it.next().captured().toDouble();
        for (qsizetype i = 0; i + 1 < v.size(); i += 2)
            points << QPointF(v[i], v[i + 1]);
    }
    return points;
}

QImage whitePage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    return image;
}

int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT
private slots:
    void geoTiffRestoresPamSetting_data();
    void geoTiffRestoresPamSetting();
    void svgCutsAtTheFrame_data();
    void svgCutsAtTheFrame();
};

void TestExportFormats::geoTiffRestoresPamSetting_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("value");
    QTest::newRow("YES on this thread") << "thread"
                                        << "YES";
    QTest::newRow("NO on this thread") << "thread"
                                       << "NO";
    QTest::newRow("YES for the process") << "process"
                                         << "YES";
    QTest::newRow("unset") << "none" << QString();
}

void TestExportFormats::geoTiffRestoresPamSetting()
{
    QFETCH(QString, scope);
    QFETCH(QString, value);
    const QByteArray bytes = value.toUtf8();
    if (scope == QLatin1String("thread"))
        CPLSetThreadLocalConfigOption(kPam, bytes.constData());
    else if (scope == QLatin1String("process"))
        CPLSetConfigOption(kPam, bytes.constData());
    const QString threadBefore = option(CPLGetThreadLocalConfigOption);
    const QString seenBefore = option(CPLGetConfigOption);

    QTemporaryDir dir;
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(10, 20, 30));
    GeoTiffOptions options;
    options.geoTransform = {3'950'000, 10, 0, 4'280'000, 0, -10};
    options.crs = QStringLiteral("EPSG:3857");
    QString error;
    bool cancelled = false;
    const bool written = writeGeoTiff(image, options, dir.filePath("frame.tif"), {}, &error, &cancelled);

    const QString threadAfter = option(CPLGetThreadLocalConfigOption);
    const QString seenAfter = option(CPLGetConfigOption);
    CPLSetThreadLocalConfigOption(kPam, nullptr);
    CPLSetConfigOption(kPam, nullptr);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(threadAfter, threadBefore);
    QCOMPARE(seenAfter, seenBefore);
}

void TestExportFormats::svgCutsAtTheFrame_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<double>("penWidth"); // how far a stroke may reach past the cut
    QTest::newRow("polygon with a hole across the left edge") << int(Shape::PolygonWithHole) << 0.0;
    QTest::newRow("winding-rule hole across a corner") << int(Shape::WindingHole) << 0.0;
    QTest::newRow("polyline in and out") << int(Shape::Polyline) << 4.0;
    QTest::newRow("outlined ellipse across the bottom edge") << int(Shape::OutlinedEllipse) << 2.0;
}

void TestExportFormats::svgCutsAtTheFrame()
{
    QFETCH(int, shape);
    QFETCH(double, penWidth);
    const QSize page(200, 150);
    const QRectF frame(40, 30, 120, 90);
    const auto paint = [&](QPainter& p) { paintShape(p, Shape(shape)); };
    const QByteArray svg = composeSvgPage(page, svgFragment(page, paint, frame), {}, "t", "d");

    // No coordinate outside the frame: the geometry is cut, not hidden.
    const QVector<QPointF> points = pathPoints(svg);
    QVERIFY(points.size() >= 4);
    for (const QPointF& p : points)
        QVERIFY2(frame.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(p),
                 qPrintable(QStringLiteral("(%1, %2) lies outside the frame").arg(p.x()).arg(p.y())));

    // The same picture as the shape painted under a clip to the frame.
    QImage drawn = whitePage(page);
    {
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QPainter p(&drawn);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
    }
    QImage expected = whitePage(page);
    {
        QPainter p(&expected);
        p.setClipRect(frame);
        paint(p);
    }
    const QRect inner = frame.adjusted(penWidth, penWidth, -penWidth, -penWidth).toAlignedRect();
    const QRect outer = frame.adjusted(-penWidth - 1, -penWidth - 1, penWidth + 1, penWidth + 1).toAlignedRect();
    int compared = 0, differing = 0, outside = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QRgb a = drawn.pixel(x, y);
            if (!outer.contains(x, y) && a != qRgb(255, 255, 255))
                ++outside;
            if (inner.adjusted(1, 1, -1, -1).contains(x, y)) {
                ++compared;
                if (channelDifference(a, expected.pixel(x, y)) > 96)
                    ++differing;
            }
        }
    }
    QCOMPARE(outside, 0);
    // Edges may fall a pixel apart (curves go to the SVG flattened): at most 1% of the frame.
    QVERIFY2(differing * 100 <= compared,
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(compared)));
}

QTEST_MAIN(TestExportFormats)
#include "test_export_formats.moc"
