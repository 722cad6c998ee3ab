#include "geo/export/svg_page.h"

#include <QBuffer>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QTextItem>

#include <cmath>

namespace geo {

namespace {

// Sutherland-Hodgman: the part of the ring RING inside R (a fill; degenerate edges along R are harmless).
QPolygonF clipRing(const QPolygonF& ring, const QRectF& r)
{
    QPolygonF out = ring;
    enum Edge { Left, Right, Top, Bottom };
    auto inside = [&](QPointF p, Edge e) {
        switch (e) {
        case Left:
            return p.x() >= r.left();
        case Right:
            return p.x() <= r.right();
        case Top:
            return p.y() >= r.top();
        case Bottom:
            return p.y() <= r.bottom();
        }
        return true;
    };
    auto cross = [&](QPointF a, QPointF b, Edge e) {
        double t = 0;
        switch (e) {
        case Left:
            t = (r.left() - a.x()) / (b.x() - a.x());
            break;
        case Right:
            t = (r.right() - a.x()) / (b.x() - a.x());
            break;
        case Top:
            t = (r.top() - a.y()) / (b.y() - a.y());
            break;
        case Bottom:
            t = (r.bottom() - a.y()) / (b.y() - a.y());
            break;
        }
        return a + (b - a) * t;
    };
    for (Edge e : {Left, Right, Top, Bottom}) {
        if (out.isEmpty())
            break;
        const QPolygonF in = out;
        out.clear();
        QPointF prev = in.last();
        for (const QPointF& cur : in) {
            const bool curIn = inside(cur, e), prevIn = inside(prev, e);
            if (curIn) {
                if (!prevIn)
                    out.append(cross(prev, cur, e));
                out.append(cur);
            } else if (prevIn) {
                out.append(cross(prev, cur, e));
            }
            prev = cur;
        }
    }
    return out;
}

// Liang-Barsky on each segment: the pieces of the polyline LINE inside R.
QVector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& r)
{
    QVector<QPolygonF> pieces;
    QPolygonF current;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], b = line[i + 1];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        double t0 = 0, t1 = 1;
        bool visible = true;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
        for (int k = 0; k < 4 && visible; ++k) {
            if (p[k] == 0) {
                visible = q[k] >= 0;
                continue;
            }
            const double t = q[k] / p[k];
            if (p[k] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            visible = t0 <= t1;
        }
        if (!visible) {
            if (current.size() > 1)
                pieces.append(current);
            current.clear();
            continue;
        }
        const QPointF from = a + (b - a) * t0, to = a + (b - a) * t1;
        if (current.isEmpty() || current.last() != from) {
            if (current.size() > 1)
                pieces.append(current);
            current = {from};
        }
        current.append(to);
        if (t1 < 1) { // leaves the rectangle here
            pieces.append(current);
            current.clear();
        }
    }
    if (current.size() > 1)
        pieces.append(current);
    return pieces;
}

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
                const QPolygonF clipped = clipRing(ring, m_clip);
                if (clipped.size() >= 3) {
                    inside.addPolygon(clipped);
                    inside.closeSubpath();
                }
            }
            fill(inside);
        }
        if (stroked) {
            QList<QPolygonF> pieces;
            for (const QPolygonF& line : parts)
                pieces += clipPolyline(line, m_clip);
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
        case PdmWidth:
            return m_target->width();
        case PdmHeight:
            return m_target->height();
        case PdmWidthMM:
            return m_target->widthMM();
        case PdmHeightMM:
            return m_target->heightMM();
        case PdmNumColors:
            return m_target->colorCount();
        case PdmDepth:
            return m_target->depth();
        case PdmDpiX:
            return m_target->logicalDpiX();
        case PdmDpiY:
            return m_target->logicalDpiY();
        case PdmPhysicalDpiX:
            return m_target->physicalDpiX();
        case PdmPhysicalDpiY:
            return m_target->physicalDpiY();
        case PdmDevicePixelRatio:
            return 1;
        default:
            return QPaintDevice::metric(m);
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
