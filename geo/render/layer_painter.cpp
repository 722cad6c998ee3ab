#include "geo/render/layer_painter.h"

#include "geo/data/feature_index.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <vector>

namespace geo {

namespace {

// Lines go to the painter in batches of about this many points (one path each).
constexpr int kLineBatch = 20000;

bool meets(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

QPointF clampTo(const QPointF& p, const QRectF& r)
{
    return QPointF(std::clamp(p.x(), r.left(), r.right()), std::clamp(p.y(), r.top(), r.bottom()));
}

// Appends G's parts to PATH, cut to CLIP: a run of segments wholly outside it is left out of a line (which is
// split there) and, in a ring, replaced by its ends pulled onto CLIP's edge. A run wholly outside lies on one side
// of CLIP, so the ring still goes round CLIP's inside as often as before: the fill inside CLIP is unchanged, and
// CLIP is larger than the picture by more than the pen, so the edge it now follows is never seen.
void appendCut(QPainterPath* path, const CompactGeometry& g, const QRectF& clip)
{
    const bool ring = g.kind == GeometryKind::Polygon;
    quint32 start = 0;
    size_t chunk = 0;
    for (const quint32 end : g.partEnds) {
        bool open = false; // a subpath is under way
        QPointF last;
        auto to = [&](const QPointF& p) {
            if (!open) {
                path->moveTo(p);
                open = true;
            } else if (p != last) {
                path->lineTo(p);
            }
            last = p;
        };
        if (end - start == 1) {
            ++chunk;
            start = end;
            continue;
        }
        for (quint32 s = start; s + 1 < end; s += CompactGeometry::kChunk, ++chunk) {
            const quint32 e = std::min<quint32>(s + CompactGeometry::kChunk, end - 1);
            if (chunk < g.chunkBounds.size() && !meets(g.chunkBounds[chunk], clip)) {
                if (ring) {
                    to(clampTo(g.points[s], clip));
                    to(clampTo(g.points[e], clip));
                } else {
                    open = false;
                }
                continue;
            }
            for (quint32 i = s; i <= e; ++i)
                to(g.points[i]);
        }
        if (ring && open)
            path->closeSubpath();
        start = end;
    }
}

} // namespace

LayerPaintResult paintIndexedLayer(QPainter& painter, const FeatureIndex& index, const Viewport& viewport,
                                   const QPen& pen, const QBrush& brush, const std::function<bool()>& cancelled)
{
    LayerPaintResult result;
    const double upp = viewport.unitsPerPixel();
    const QRectF frame = viewport.mapRect();
    // Features reaching into the frame with a margin for the pen; parts are cut a little further out.
    const double margin = (pen.widthF() + 8) * upp;
    const FrameFeatures selected = index.query(frame.adjusted(-margin, -margin, margin, margin), upp, cancelled);
    result.read = selected.read;
    if (selected.cancelled) {
        result.cancelled = true;
        return result;
    }
    const QRectF clip = frame.adjusted(-2 * margin, -2 * margin, 2 * margin, 2 * margin);

    painter.save();
    painter.setTransform(viewport.mapToScreen(), true);
    painter.setPen(pen);
    const bool polygons = index.kind() == GeometryKind::Polygon;
    painter.setBrush(polygons ? brush : QBrush(Qt::NoBrush));

    QPainterPath lines;
    int batched = 0;
    int seen = 0;
    for (const auto& g : selected.features) {
        if (++seen % 64 == 0 && cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        if (g->points.empty())
            continue;
        ++result.features;
        if (polygons) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            appendCut(&path, *g, clip);
            painter.drawPath(path);
        } else {
            appendCut(&lines, *g, clip);
            batched += int(g->points.size());
            if (batched > kLineBatch) {
                painter.drawPath(lines);
                lines.clear();
                batched = 0;
            }
        }
    }
    if (!lines.isEmpty())
        painter.drawPath(lines);

    // One dot per pixel at most, however many features are under it.
    if (!result.cancelled && !selected.dots.empty()) {
        const QSize size = viewport.size();
        std::vector<bool> taken(size_t(std::max(0, size.width() + 2)) * size_t(std::max(0, size.height() + 2)));
        QPolygonF dots;
        for (const QPointF& p : selected.dots) {
            const QPointF s = viewport.toScreen(p);
            const int x = int(std::floor(s.x())) + 1, y = int(std::floor(s.y())) + 1;
            if (x < 0 || y < 0 || x >= size.width() + 2 || y >= size.height() + 2)
                continue;
            const size_t cell = size_t(y) * size_t(size.width() + 2) + size_t(x);
            if (taken[cell])
                continue;
            taken[cell] = true;
            dots.append(p);
        }
        QPen dotPen = pen;
        dotPen.setCapStyle(Qt::RoundCap);
        painter.setPen(dotPen);
        painter.drawPoints(dots);
        result.dots = int(dots.size());
    }
    painter.restore();
    return result;
}

} // namespace geo
