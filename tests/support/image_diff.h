// Image comparison for golden images: anti-aliasing noise passes, a missing label or symbol does not.
//
// A pixel differs when one of its channels differs by more than `channel` (0-255). Noise from anti-aliasing or a
// changed rasterizer rounding shows as scattered pixels; a label, a marker or a post symbol that is missing (or
// extra) shows as a blob of differing pixels touching one another. So an image passes only when no blob of
// differing pixels (8-neighbours) is larger than `largestBlob` and, in all, at most `share` of the compared pixels
// differ. An optional mask (black: may differ, anything else: compared) takes regions out of the comparison.
#pragma once

#include <QImage>
#include <QRect>
#include <QString>

namespace frontline::test {

struct ImageTolerance {
    int channel = 24;     // per channel, 0-255
    int largestBlob = 6;  // pixels; a post symbol or one glyph of a label is several times more
    double share = 0.002; // of the compared pixels (0.2 %: about 1,150 of a 960x600 page)
};

struct ImageDiff {
    bool sameSize = false;
    qint64 compared = 0;  // pixels outside the mask
    qint64 differing = 0; // compared pixels that differ
    int largestBlob = 0;  // pixels in the largest blob of differing pixels
    QRect largestBlobBox; // its bounding box, in image coordinates
    QImage picture;       // the expected image faded, differing pixels red, the largest blob boxed in blue

    bool within(const ImageTolerance& tolerance) const;
    QString describe() const; // for failure messages
};

// MASK may be null (compare everywhere) or of the images' size.
ImageDiff diffImages(const QImage& actual, const QImage& expected, const QImage& mask, int channel);

// Compares ACTUAL with tests/data/golden/NAME.png, masked by tests/data/golden/NAME-mask.png when there is one.
// On failure writes NAME-actual.png and NAME-diff.png into the working folder and says why (with their paths) in
// *WHY. With FRONTLINE_UPDATE_GOLDEN=1 in the environment it rewrites the golden image instead and passes: look at
// the new image before committing it.
bool matchesGolden(const QImage& actual, const QString& name, const ImageTolerance& tolerance, QString* why);

QString goldenPath(const QString& name);

} // namespace frontline::test
