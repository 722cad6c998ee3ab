#include "geo/export/svg_page.h"

#include "geo/core/geos_support_p.h"

#include <QBuffer>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QTextItem>

#include <algorithm>
#include <cmath>
#include <memory>

namespace geo {

namespace {

// Cuts painted shapes at a rectangle with GEOS's rectangle clip (GEOSClipByRect). One GEOS context per clipper.
class RectClipper {
public:
    RectClipper() = default;
    RectClipper(const RectClipper&) = delete;
    RectClipper& operator=(const RectClipper&) = delete;

    // The area inside RING (closed or not) that lies in R, as rings that turn as RING does, holes the other way,
    // so that the winding fill rule reads them as it read RING.
    QList<QPolygonF> clipArea(QPolygonF ring, const QRectF& r) const
    {
        if (!ring.isEmpty() && ring.first() != ring.last())
            ring.append(ring.first());
        if (ring.size() < 4)
            return {};
        GEOSGeometry* shell = GEOSGeom_createLinearRing_r(m_h, sequence(ring));
        GeomPtr polygon = own(shell ? GEOSGeom_createPolygon_r(m_h, shell, nullptr, 0) : nullptr);
        if (polygon && GEOSisValid_r(m_h, polygon.get()) != 1) // a self-crossing ring
            polygon = own(GEOSMakeValid_r(m_h, polygon.get()));
        QList<QPolygonF> out;
        if (polygon)
            collectRings(clip(polygon.get(), r).get(), signedArea(ring) > 0, &out);
        return out;
    }

    // The pieces of the polyline LINE inside R.
    QList<QPolygonF> clipLine(const QPolygonF& line, const QRectF& r) const
    {
        if (line.size() < 2)
            return {};
        const GeomPtr geometry = own(GEOSGeom_createLineString_r(m_h, sequence(line)));
        QList<QPolygonF> out;
        if (geometry)
            collectLines(clip(geometry.get(), r).get(), &out);
        return out;
    }

private:
    using GeomPtr = geos::GeomPtr;
    GeomPtr own(GEOSGeometry* g) const { return geos::own(m_ctx, g); }

    GeomPtr clip(const GEOSGeometry* g, const QRectF& r) const
    {
        return own(GEOSClipByRect_r(m_h, g, r.left(), r.top(), r.right(), r.bottom()));
    }

    GEOSCoordSequence* sequence(const QPolygonF& points) const { return geos::sequence(m_ctx, points); }
    QPolygonF points(const GEOSGeometry* g) const { return geos::points(m_ctx, g); }

    // Twice the area of RING, signed by the way it turns (the shoelace sum: any ring, self-crossing included).
    static double signedArea(const QPolygonF& ring)
    {
        double sum = 0;
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            sum += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
        return sum;
    }

    // Appends RING turned as POSITIVE says (positive signed area or not).
    static void appendTurned(QPolygonF ring, bool positive, QList<QPolygonF>* out)
    {
        if (ring.size() < 4)
            return;
        if ((signedArea(ring) > 0) != positive)
            std::reverse(ring.begin(), ring.end());
        out->append(std::move(ring));
    }

    void collectRings(const GEOSGeometry* g, bool positive, QList<QPolygonF>* out) const
    {
        if (!g)
            return;
        switch (GEOSGeomTypeId_r(m_h, g)) {
        case GEOS_POLYGON:
            appendTurned(points(GEOSGetExteriorRing_r(m_h, g)), positive, out);
            for (int i = 0; i < GEOSGetNumInteriorRings_r(m_h, g); ++i)
                appendTurned(points(GEOSGetInteriorRingN_r(m_h, g, i)), !positive, out);
            return;
        case GEOS_MULTIPOLYGON:
        case GEOS_GEOMETRYCOLLECTION:
            for (int i = 0; i < GEOSGetNumGeometries_r(m_h, g); ++i)
                collectRings(GEOSGetGeometryN_r(m_h, g, i), positive, out);
            return;
        default: // points and lines along the edge: no area
            return;
        }
    }

    void collectLines(const GEOSGeometry* g, QList<QPolygonF>* out) const
    {
        if (!g)
            return;
        switch (GEOSGeomTypeId_r(m_h, g)) {
        case GEOS_LINESTRING:
            if (QPolygonF line = points(g); line.size() > 1)
                out->append(std::move(line));
            return;
        case GEOS_MULTILINESTRING:
        case GEOS_GEOMETRYCOLLECTION:
            for (int i = 0; i < GEOSGetNumGeometries_r(m_h, g); ++i)
                collectLines(GEOSGetGeometryN_r(m_h, g, i), out);
            return;
        default: // a point where the line touches the edge
            return;
        }
    }

    geos::Context m_ctx; // a page is painted on one thread
    GEOSContextHandle_t m_h = m_ctx.handle();
};

// A paint engine that hands every drawing on to TARGET with the transform applied to the coordinates: paths
// arrive in device coordinates, pens get their device width, text keeps its transform (it stays text).
class FlatteningEngine : public QPaintEngine {
public:
    explicit FlatteningEngine(QPainter* target) : QPaintEngine(QPaintEngine::AllFeatures), m_target(target) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyHints)
            m_target->setRenderHints(state.renderHints());
        if (dirty & DirtyOpacity)
            m_target->setOpacity(state.opacity());
        // The painter's clipping is not followed: the SVG generator has none, and the frame is cut by setClip.
    }

    // Nothing is drawn outside CLIP (device coordinates): geometry is cut at its edge. Empty: no cut.
    void setClip(const QRectF& clip) { m_clip = clip; }

    void drawPath(const QPainterPath& path) override
    {
        m_target->setTransform(QTransform());
        const QPainterPath mapped = m_transform.map(path);
        const QRectF bounds = mapped.controlPointRect();
        const bool stroked = m_pen.style() != Qt::NoPen;
        const bool filled = m_brush.style() != Qt::NoBrush;
        // What lies inside the clip, strokes included, is drawn whole; the rest is cut.
        const double pad = stroked ? std::max(1.0, devicePen().widthF()) / 2 : 0;
        if (m_clip.isEmpty() || m_clip.adjusted(pad, pad, -pad, -pad).contains(bounds)) {
            if (stroked && m_pen.style() != Qt::SolidLine && mapped.toSubpathPolygons().size() > 1) {
                fill(mapped);
                stroke(mapped.toSubpathPolygons());
                return;
            }
            m_target->setPen(devicePen());
            m_target->setBrush(deviceBrush());
            m_target->drawPath(mapped);
            return;
        }
        if (!m_clip.intersects(bounds) && bounds.width() > 0 && bounds.height() > 0)
            return;
        const QList<QPolygonF> parts = mapped.toSubpathPolygons();
        if (filled) {
            QPainterPath inside;
            inside.setFillRule(mapped.fillRule());
            for (const QPolygonF& ring : parts) {
                for (const QPolygonF& clipped : m_clipper.clipArea(ring, m_clip)) {
                    inside.addPolygon(clipped);
                    inside.closeSubpath();
                }
            }
            fill(inside);
        }
        if (stroked) {
            QList<QPolygonF> pieces;
            for (const QPolygonF& line : parts)
                pieces += m_clipper.clipLine(line, m_clip);
            stroke(pieces);
        }
    }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        if (mode == PolylineMode) {
            const QBrush brush = m_brush;
            m_brush = Qt::NoBrush;
            drawPath(path);
            m_brush = brush;
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        drawPath(path);
    }

    void drawPixmap(const QRectF& r, const QPixmap& pixmap, const QRectF& source) override
    {
        m_target->setTransform(m_transform);
        m_target->drawPixmap(r, pixmap, source);
    }

    void drawTextItem(const QPointF& p, const QTextItem& item) override
    {
        // Text cannot be cut: a run outside the clip is left out (labels are placed inside the frame).
        if (!m_clip.isEmpty() && !m_clip.contains(m_transform.map(p)))
            return;
        m_target->setTransform(m_transform);
        m_target->setPen(m_pen);
        m_target->setFont(item.font());
        m_target->drawText(p, item.text());
    }

private:
    double scale() const { return std::sqrt(std::abs(m_transform.determinant())); }

    // PATH (device coordinates) filled with the brush, no outline.
    void fill(const QPainterPath& path)
    {
        if (m_brush.style() == Qt::NoBrush || path.isEmpty())
            return;
        m_target->setPen(Qt::NoPen);
        m_target->setBrush(deviceBrush());
        m_target->drawPath(path);
    }

    // LINES (device coordinates) outlined with the pen. Dashed lines go one element each: some viewers join
    // the subpaths of a dashed path.
    void stroke(const QList<QPolygonF>& lines)
    {
        if (m_pen.style() == Qt::NoPen || lines.isEmpty())
            return;
        m_target->setPen(devicePen());
        m_target->setBrush(Qt::NoBrush);
        const bool dashed = m_pen.style() != Qt::SolidLine;
        QPainterPath all;
        for (const QPolygonF& line : lines) {
            if (dashed) {
                QPainterPath one;
                one.addPolygon(line);
                m_target->drawPath(one);
            } else {
                all.addPolygon(line);
            }
        }
        if (!all.isEmpty())
            m_target->drawPath(all);
    }

    QPen devicePen() const
    {
        QPen pen = m_pen;
        if (!pen.isCosmetic() && pen.style() != Qt::NoPen)
            pen.setWidthF(pen.widthF() * scale());
        return pen;
    }

    QBrush deviceBrush() const
    {
        QBrush brush = m_brush;
        if (brush.style() != Qt::NoBrush && brush.style() != Qt::SolidPattern)
            brush.setTransform(brush.transform() * m_transform);
        return brush;
    }

    QPainter* m_target;
    QRectF m_clip;
    RectClipper m_clipper;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
};

// The device to paint on: the target's metrics, the flattening engine.
class FlatteningDevice : public QPaintDevice {
public:
    FlatteningDevice(QPaintDevice* target, QPainter* targetPainter) : m_target(target), m_engine(targetPainter) {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    void setClip(const QRectF& clip) { m_engine.setClip(clip); }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return m_target->width();
        case PdmHeight: return m_target->height();
        case PdmWidthMM: return m_target->widthMM();
        case PdmHeightMM: return m_target->heightMM();
        case PdmNumColors: return m_target->colorCount();
        case PdmDepth: return m_target->depth();
        case PdmDpiX: return m_target->logicalDpiX();
        case PdmDpiY: return m_target->logicalDpiY();
        case PdmPhysicalDpiX: return m_target->physicalDpiX();
        case PdmPhysicalDpiY: return m_target->physicalDpiY();
        case PdmDevicePixelRatio: return 1;
        default: return QPaintDevice::metric(m);
        }
    }

private:
    QPaintDevice* m_target;
    mutable FlatteningEngine m_engine;
};

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 10);
}

// Removes the first <TAG>...</TAG> element from XML.
void removeElement(QByteArray* xml, const QByteArray& tag)
{
    const qsizetype start = xml->indexOf("<" + tag + ">");
    if (start < 0)
        return;
    const QByteArray close = "</" + tag + ">";
    const qsizetype end = xml->indexOf(close, start);
    if (end < 0)
        return;
    xml->remove(start, end + close.size() - start);
}

} // namespace

QByteArray svgFragment(QSizeF size, const std::function<void(QPainter&)>& paint, const QRectF& clip)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(96); // one unit = one CSS pixel, the page layout's unit
        QPainter target(&generator);
        FlatteningDevice device(&generator, &target);
        device.setClip(clip);
        QPainter painter(&device);
        paint(painter);
    }
    QByteArray svg = buffer.data();
    const qsizetype root = svg.indexOf("<svg");
    const qsizetype bodyStart = root < 0 ? -1 : svg.indexOf('>', root);
    const qsizetype bodyEnd = svg.lastIndexOf("</svg>");
    if (bodyStart < 0 || bodyEnd < bodyStart)
        return {};
    QByteArray body = svg.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
    removeElement(&body, "title");
    removeElement(&body, "desc");
    return body;
}

QByteArray composeSvgPage(QSizeF pageSize, const QByteArray& frameFragment, const QByteArray& pageFragment,
                          const QString& title, const QString& description)
{
    const QByteArray w = number(pageSize.width()), h = number(pageSize.height());
    QByteArray svg;
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    svg += "<svg width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h +
           "\" version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";
    svg += "<title>" + title.toHtmlEscaped().toUtf8() + "</title>\n";
    svg += "<desc>" + description.toHtmlEscaped().toUtf8() + "</desc>\n";
    svg += "<rect x=\"0\" y=\"0\" width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\" stroke=\"none\"/>\n";
    svg += "<g id=\"map-frame\">";
    svg += frameFragment;
    svg += "</g>\n<g id=\"page\">";
    svg += pageFragment;
    svg += "</g>\n</svg>\n";
    return svg;
}

} // namespace geo
