#pragma once
// SVG pages, written around three limits of Qt's SVG generator: it ignores clipping; it writes coordinates
// with six significant digits (Web Mercator metres, in the millions, would lose several metres); and it keeps
// the map's transform on the paths, with strokes made non-scaling by an SVG 1.2 attribute that many editors
// ignore. So everything is painted through a device that bakes the transform into the coordinates (the SVG
// gets plain page coordinates and stroke widths) and cuts the map frame's geometry at the frame's edge:
// nothing hides outside it, and the file looks the same in every viewer, clip paths or not. Vectors stay
// vectors, text stays text.

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace geo {

// The content (between the root element's tags, title and description left out) of an SVG of SIZE CSS pixels
// that PAINT draws, in page coordinates. Geometry is cut at CLIP's edge and text outside it left out (empty:
// no cut).
QByteArray svgFragment(QSizeF size, const std::function<void(QPainter&)>& paint, const QRectF& clip = {});

// One SVG document: a white page of PAGESIZE, FRAMEFRAGMENT (the map) in a group of its own, then PAGEFRAGMENT
// over it.
QByteArray composeSvgPage(QSizeF pageSize, const QByteArray& frameFragment, const QByteArray& pageFragment,
                          const QString& title, const QString& description);

} // namespace geo
