#pragma once
// What part of the map a picture shows: a centre in the display CRS, a resolution in CRS units per pixel and a
// pixel size. A value type, copied into every render job.

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace geo {

class Viewport {
public:
    Viewport() = default;
    Viewport(QPointF center, double unitsPerPixel, QSize size);

    QPointF center() const { return m_center; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_unitsPerPixel > 0 && !m_size.isEmpty(); }

    void setCenter(QPointF center) { m_center = center; }
    void setSize(QSize size) { m_size = size; }
    void setUnitsPerPixel(double upp);

    QPointF toScreen(QPointF map) const;
    QPointF toMap(QPointF screen) const;
    QRectF mapRect() const;         // the visible area in the display CRS
    QTransform mapToScreen() const; // for QPainter::setTransform

    // Zooms by FACTOR (>1 = closer) keeping the map point under SCREENANCHOR still.
    void zoomBy(double factor, QPointF screenAnchor);
    void panByPixels(QPointF delta); // the map moves with the pointer
    // Shows MAPRECT whole, centred, with MARGIN pixels around it.
    void fit(const QRectF& mapRect, int margin = 0);

    static constexpr double kMinUnitsPerPixel = 0.5;     // closest zoom
    static constexpr double kMaxUnitsPerPixel = 40000.0; // farthest zoom: the whole world in 1000 pixels

    friend bool operator==(const Viewport&, const Viewport&) = default;

private:
    QPointF m_center;
    double m_unitsPerPixel = 1000.0;
    QSize m_size;
};

} // namespace geo
