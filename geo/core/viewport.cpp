#include "geo/core/viewport.h"

#include <algorithm>

namespace geo {

Viewport::Viewport(QPointF center, double unitsPerPixel, QSize size) : m_center(center), m_size(size)
{
    setUnitsPerPixel(unitsPerPixel);
}

void Viewport::setUnitsPerPixel(double upp)
{
    m_unitsPerPixel = std::clamp(upp, kMinUnitsPerPixel, kMaxUnitsPerPixel);
}

QPointF Viewport::toScreen(QPointF map) const
{
    return {(map.x() - m_center.x()) / m_unitsPerPixel + m_size.width() / 2.0,
            m_size.height() / 2.0 - (map.y() - m_center.y()) / m_unitsPerPixel};
}

QPointF Viewport::toMap(QPointF screen) const
{
    return {m_center.x() + (screen.x() - m_size.width() / 2.0) * m_unitsPerPixel,
            m_center.y() - (screen.y() - m_size.height() / 2.0) * m_unitsPerPixel};
}

QRectF Viewport::mapRect() const
{
    const double w = m_size.width() * m_unitsPerPixel;
    const double h = m_size.height() * m_unitsPerPixel;
    return {m_center.x() - w / 2, m_center.y() - h / 2, w, h};
}

QTransform Viewport::mapToScreen() const
{
    const double s = 1.0 / m_unitsPerPixel;
    return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_center.x() * s, m_size.height() / 2.0 + m_center.y() * s);
}

void Viewport::zoomBy(double factor, QPointF screenAnchor)
{
    if (factor <= 0)
        return;
    const QPointF anchorMap = toMap(screenAnchor);
    setUnitsPerPixel(m_unitsPerPixel / factor);
    // Move the centre so that the anchor stays under the same pixel.
    const QPointF after = toMap(screenAnchor);
    m_center += anchorMap - after;
}

void Viewport::panByPixels(QPointF delta)
{
    m_center += QPointF(-delta.x() * m_unitsPerPixel, delta.y() * m_unitsPerPixel);
}

void Viewport::fit(const QRectF& mapRect, int margin)
{
    if (m_size.isEmpty() || mapRect.isEmpty())
        return;
    const double w = std::max(1, m_size.width() - 2 * margin);
    const double h = std::max(1, m_size.height() - 2 * margin);
    setUnitsPerPixel(std::max(mapRect.width() / w, mapRect.height() / h));
    m_center = mapRect.center();
}

} // namespace geo
