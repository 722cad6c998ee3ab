#include "geo/core/geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {

QRectF Geometry::bounds() const
{
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const auto& part : parts) {
        for (const QPointF& p : part) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    if (minX > maxX)
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

int Geometry::vertexCount() const
{
    int n = 0;
    for (const auto& part : parts)
        n += int(part.size());
    return n;
}

QPainterPath toPainterPath(const Geometry& g)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto& part : g.parts) {
        if (part.isEmpty())
            continue;
        path.moveTo(part.first());
        for (int i = 1; i < part.size(); ++i)
            path.lineTo(part[i]);
        if (g.kind == GeometryKind::Polygon)
            path.closeSubpath();
    }
    return path;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF off = p - (a + t * ab);
    return std::hypot(off.x(), off.y());
}

} // namespace geo
