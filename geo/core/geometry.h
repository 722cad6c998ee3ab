#pragma once
// Plain geometry values shared by the whole library. Coordinates are always longitude first; every container
// says which CRS its points are in.

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QVector>

namespace geo {

enum class GeometryKind { None, Point, Line, Polygon };

// One geometry as a list of parts: points, line strings, or polygon rings (outer and inner rings alike; they are
// painted with the odd-even rule, which is right for the simple features OGR hands out).
struct Geometry {
    GeometryKind kind = GeometryKind::None;
    QVector<QVector<QPointF>> parts;

    bool isEmpty() const { return parts.isEmpty(); }
    QRectF bounds() const;
    int vertexCount() const;
};

// The geometry as a Qt path in its own coordinates: polygon rings closed, odd-even fill.
QPainterPath toPainterPath(const Geometry& geometry);

// The distance from P to the segment from A to B, in their plane's units.
double distanceToSegment(QPointF p, QPointF a, QPointF b);

} // namespace geo
