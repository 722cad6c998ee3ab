#include "geo/render/label_placer.h"

#include <QFontMetricsF>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace geo {

namespace {

quint64 cellKey(int cx, int cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

// The part of SEGMENT inside RECT (Liang-Barsky), if any.
std::optional<QLineF> clipSegment(const QLineF& segment, const QRectF& rect)
{
    const double dx = segment.dx(), dy = segment.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {segment.x1() - rect.left(), rect.right() - segment.x1(), segment.y1() - rect.top(),
                         rect.bottom() - segment.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt; // parallel to this edge and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(segment.pointAt(t0), segment.pointAt(t1));
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF& screen) : m_screen(screen) {}

void LabelPlacer::addObstacle(const QRectF& rect)
{
    occupy(rect);
}

void LabelPlacer::addLineObstacle(const QPolygonF& line, double halfWidth)
{
    // Only what can meet a label: the part of each segment on screen (long segments reach far beyond it).
    const QRectF area = m_screen.adjusted(-halfWidth, -halfWidth, halfWidth, halfWidth);
    for (int i = 0; i + 1 < line.size(); ++i) {
        const auto part = clipSegment(QLineF(line[i], line[i + 1]), area);
        if (!part)
            continue;
        const QRectF box =
            QRectF(part->p1(), part->p2()).normalized().adjusted(-halfWidth, -halfWidth, halfWidth, halfWidth);
        occupy(Obstacle{box, *part, halfWidth, true});
    }
}

void LabelPlacer::add(LabelCandidate candidate)
{
    Item item;
    item.priority = candidate.priority;
    item.label = std::move(candidate);
    m_items.append(std::move(item));
}

void LabelPlacer::addPoint(int id, const QRectF& marker, int priority, bool mandatory,
                           std::optional<LabelCandidate> label)
{
    m_items.append({id, marker, priority, mandatory, std::move(label)});
}

bool LabelPlacer::collides(const QRectF& r, bool withLines) const
{
    const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
    const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy) {
            const auto it = m_grid.constFind(cellKey(cx, cy));
            if (it == m_grid.constEnd())
                continue;
            for (int i : *it) {
                const Obstacle& o = m_occupied.at(i);
                if (!o.box.intersects(r))
                    continue;
                if (!o.isLine)
                    return true;
                // The band around the segment meets R when the segment meets R grown by the band's half width.
                if (withLines &&
                    clipSegment(o.segment, r.adjusted(-o.halfWidth, -o.halfWidth, o.halfWidth, o.halfWidth)))
                    return true;
            }
        }
    }
    return false;
}

void LabelPlacer::occupy(const Obstacle& o)
{
    const int index = int(m_occupied.size());
    m_occupied.append(o);
    const QRectF& r = o.box;
    const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
    const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
    for (int cx = x0; cx <= x1; ++cx)
        for (int cy = y0; cy <= y1; ++cy)
            m_grid[cellKey(cx, cy)].append(index);
}

std::optional<PlacedLabel> LabelPlacer::placeLabel(const LabelCandidate& c, const QString& text, bool withLines)
{
    const QFontMetricsF fm(c.font);
    const double pad = c.boxed ? 3.0 : 1.5;
    const double w = fm.horizontalAdvance(text) + 2 * pad;
    const double h = fm.height() + (c.boxed ? 2 : 0);
    const double gap = c.markerRadius + 2.0;
    // On the diagonals the label's corner must clear the marker's box, not only its circle (big markers).
    const double diag = gap * 0.7 > c.markerRadius ? gap * 0.7 : c.markerRadius + 1.0;
    const QPointF a = c.anchor;
    QVector<QPointF> topLefts;
    if (c.markerRadius <= 0) {
        topLefts = {a - QPointF(w / 2, h / 2)};
        // An area's name may move a line up or down, or aside (off a road through its middle); a shield stays on
        // its road.
        if (!c.boxed)
            topLefts << a - QPointF(w / 2, h * 1.5) << a - QPointF(w / 2, -h / 2) << a - QPointF(w * 1.1, h / 2)
                     << a - QPointF(-w * 0.1, h / 2);
    } else {
        // Cartographic order of preference: right, left, above, below, then the diagonals.
        topLefts = {
            QPointF(a.x() + gap, a.y() - h / 2),         QPointF(a.x() - gap - w, a.y() - h / 2),
            QPointF(a.x() - w / 2, a.y() - gap - h),     QPointF(a.x() - w / 2, a.y() + gap),
            QPointF(a.x() + diag, a.y() - diag - h),     QPointF(a.x() + diag, a.y() + diag),
            QPointF(a.x() - diag - w, a.y() - diag - h), QPointF(a.x() - diag - w, a.y() + diag),
        };
    }
    for (const QPointF& tl : std::as_const(topLefts)) {
        const QRectF r(tl, QSizeF(w, h));
        if (!m_screen.contains(r) || collides(r, withLines))
            continue;
        occupy(r);
        PlacedLabel placed{c, r, QPointF(r.left() + pad, r.top() + (c.boxed ? 1 : 0) + fm.ascent())};
        placed.candidate.text = text;
        return placed;
    }
    return std::nullopt;
}

std::optional<PlacedLabel> LabelPlacer::placeLabel(const LabelCandidate& c)
{
    // The whole text clear of everything, then the short one; an insistent label then may cross a line.
    QStringList texts{c.text};
    if (!c.shortText.isEmpty() && c.shortText != c.text)
        texts << c.shortText;
    for (const QString& text : std::as_const(texts))
        if (auto placed = placeLabel(c, text, !c.onLines))
            return placed;
    if (c.insist && !c.onLines)
        for (const QString& text : std::as_const(texts))
            if (auto placed = placeLabel(c, text, false))
                return placed;
    return std::nullopt;
}

void LabelPlacer::place()
{
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item& a, const Item& b) { return a.priority > b.priority; });
    // Mandatory markers hold their space before anything is placed.
    for (const Item& item : std::as_const(m_items)) {
        if (item.id >= 0 && item.mandatory) {
            occupy(item.marker);
            m_keptMarkers.insert(item.id);
        }
    }
    for (const Item& item : std::as_const(m_items)) {
        if (item.id >= 0 && !item.mandatory) {
            if (collides(item.marker, false))
                continue; // covered by something more important: the place is left out at this scale
            occupy(item.marker);
            m_keptMarkers.insert(item.id);
        }
        if (item.label)
            if (auto placed = placeLabel(*item.label))
                m_labels.append(std::move(*placed));
    }
}

} // namespace geo
