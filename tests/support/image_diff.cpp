#include "image_diff.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace frontline::test {

namespace {

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// Sizes and boxes the 8-connected blobs of the set pixels of DIFFERS (width x height, row-major); returns the
// largest, iteratively so that a page-sized blob cannot overflow the stack.
int largestBlob(std::vector<char> differs, int width, int height, QRect* box)
{
    int largest = 0;
    std::vector<int> stack;
    for (int start = 0; start < width * height; ++start) {
        if (!differs[start])
            continue;
        differs[start] = 0;
        stack.assign(1, start);
        int size = 0;
        QRect bounds;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            ++size;
            const int x = i % width, y = i / width;
            bounds |= QRect(x, y, 1, 1);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height || !differs[ny * width + nx])
                        continue;
                    differs[ny * width + nx] = 0;
                    stack.push_back(ny * width + nx);
                }
        }
        if (size > largest) {
            largest = size;
            *box = bounds;
        }
    }
    return largest;
}

} // namespace

bool ImageDiff::within(const ImageTolerance& tolerance) const
{
    return sameSize && largestBlob <= tolerance.largestBlob &&
           double(differing) <= tolerance.share * double(std::max<qint64>(compared, 1));
}

QString ImageDiff::describe() const
{
    if (!sameSize)
        return QStringLiteral("the images differ in size");
    return QStringLiteral("%1 of %2 compared pixels differ (%3 %); the largest blob of differing pixels has %4 px "
                          "in %5x%6 at (%7, %8)")
        .arg(differing)
        .arg(compared)
        .arg(100.0 * double(differing) / double(std::max<qint64>(compared, 1)), 0, 'f', 3)
        .arg(largestBlob)
        .arg(largestBlobBox.width())
        .arg(largestBlobBox.height())
        .arg(largestBlobBox.x())
        .arg(largestBlobBox.y());
}

ImageDiff diffImages(const QImage& actual, const QImage& expected, const QImage& mask, int channel)
{
    ImageDiff d;
    d.sameSize = actual.size() == expected.size() && (mask.isNull() || mask.size() == expected.size());
    if (!d.sameSize)
        return d;
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    const QImage b = expected.convertToFormat(QImage::Format_RGB32);
    const QImage m = mask.isNull() ? QImage() : mask.convertToFormat(QImage::Format_RGB32);
    const int w = a.width(), h = a.height();
    std::vector<char> differs(size_t(w) * size_t(h), 0);
    d.picture = QImage(a.size(), QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        const QRgb* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const QRgb* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        const QRgb* pm = m.isNull() ? nullptr : reinterpret_cast<const QRgb*>(m.constScanLine(y));
        QRgb* pd = reinterpret_cast<QRgb*>(d.picture.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int faded = 155 + qGray(pb[x]) * 100 / 255;
            if (pm && qGray(pm[x]) == 0) { // masked: shown darker, never counted
                pd[x] = qRgb(faded / 2, faded / 2, faded / 2);
                continue;
            }
            ++d.compared;
            if (channelDistance(pa[x], pb[x]) > channel) {
                ++d.differing;
                differs[size_t(y) * size_t(w) + size_t(x)] = 1;
                pd[x] = qRgb(255, 0, 0);
            } else {
                pd[x] = qRgb(faded, faded, faded);
            }
        }
    }
    d.largestBlob = largestBlob(differs, w, h, &d.largestBlobBox);
    if (d.largestBlob > 0) {
        {
            QPainter p(&d.picture);
            p.setPen(QPen(Qt::blue, 1));
            p.drawRect(d.largestBlobBox.adjusted(-3, -3, 2, 2));
        }
        // The box never hides a differing pixel.
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                if (differs[size_t(y) * size_t(w) + size_t(x)])
                    d.picture.setPixel(x, y, qRgb(255, 0, 0));
    }
    return d;
}

QString goldenPath(const QString& name)
{
    return QStringLiteral(FRONTLINE_TEST_DATA_DIR "/golden/%1.png").arg(name);
}

bool matchesGolden(const QImage& actual, const QString& name, const ImageTolerance& tolerance, QString* why)
{
    const QString reference = goldenPath(name);
    if (qEnvironmentVariableIntValue("FRONTLINE_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(reference).absolutePath());
        if (!actual.save(reference)) {
            *why = QStringLiteral("cannot write %1").arg(reference);
            return false;
        }
        qInfo("golden image updated: %s", qPrintable(reference));
    }
    const QImage expected(reference);
    if (expected.isNull()) {
        *why = QStringLiteral("%1 is missing; run with FRONTLINE_UPDATE_GOLDEN=1").arg(reference);
        return false;
    }
    const QString maskPath = goldenPath(name + QStringLiteral("-mask"));
    const QImage mask = QFileInfo::exists(maskPath) ? QImage(maskPath) : QImage();
    const ImageDiff diff = diffImages(actual, expected, mask, tolerance.channel);
    if (diff.within(tolerance))
        return true;
    const QString actualPath = QDir::current().filePath(name + QStringLiteral("-actual.png"));
    const QString diffPath = QDir::current().filePath(name + QStringLiteral("-diff.png"));
    actual.save(actualPath);
    if (!diff.picture.isNull())
        diff.picture.save(diffPath);
    *why = QStringLiteral("the image differs from %1: %2 (allowed: blobs of at most %3 px, %4 % of the pixels, "
                          "differing by more than %5 in a channel); see %6 and %7")
               .arg(reference, diff.describe())
               .arg(tolerance.largestBlob)
               .arg(tolerance.share * 100)
               .arg(tolerance.channel)
               .arg(actualPath, diffPath);
    return false;
}

} // namespace frontline::test
