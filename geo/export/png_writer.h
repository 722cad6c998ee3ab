#pragma once
// PNG files written through libpng itself, for the pictures Frontline writes (render, export pages, timelapse
// frames): each row filtered against the row above and run-length compressed, which suits a map's flat areas. Qt's
// PNG writer tries every filter on every row: the same picture took three times as long (a 1920x1080 map: about 50
// ms against 16, in a larger file).

#include <QString>

class QIODevice;
class QImage;

namespace geo {

// Whether every pixel of IMAGE is opaque (an image without an alpha channel is).
bool isOpaque(const QImage& image);

// Writes IMAGE to DEVICE as a PNG: 8-bit RGB when it is opaque, RGBA otherwise, with its resolution (dots per metre)
// when it has one. False with the reason in ERROR when a write failed (the device's own error) or libpng refused.
bool writePng(const QImage& image, QIODevice* device, QString* error);

} // namespace geo
