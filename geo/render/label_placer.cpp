#include "geo/render/label_placer.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace geo {

namespace {

quint64 cellKey(int cx, int cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF& screen) : m_screen(screen) {}

void LabelPlacer::addObstacle(const QRectF& rect)
{
    occupy(rect);
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

bool LabelPlacer::collides(const QRectF& r) const
{
    const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
    const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy) {
            const auto it = m_grid.constFind(cellKey(cx, cy));
            if (it == m_grid.constEnd())
                continue;
            for (int i : *it)
                if (m_occupied.at(i).intersects(r))
                    return true;
        }
    }
    return false;
}

void LabelPlacer::occupy(const QRectF& r)
{
    const int index = int(m_occupied.size());
    m_occupied.append(r);
    const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
    const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
    for (int cx = x0; cx <= x1; ++cx)
        for (int cy = y0; cy <= y1; ++cy)
            m_grid[cellKey(cx, cy)].append(index);
}

std::optional<PlacedLabel> LabelPlacer::placeLabel(const LabelCandidate& c)
{
    const QFontMetricsF fm(c.font);
    const double pad = c.boxed ? 3.0 : 1.5;
    const double w = fm.horizontalAdvance(c.text) + 2 * pad;
    const double h = fm.height() + (c.boxed ? 2 : 0);
    const double gap = c.markerRadius + 2.0;
    const QPointF a = c.anchor;
    QVector<QPointF> topLefts;
    if (c.markerRadius <= 0) {
        topLefts = {a - QPointF(w / 2, h / 2)};
    } else {
        // Cartographic order of preference: right, left, above, below, then the diagonals.
        topLefts = {
            QPointF(a.x() + gap, a.y() - h / 2),
            QPointF(a.x() - gap - w, a.y() - h / 2),
            QPointF(a.x() - w / 2, a.y() - gap - h),
            QPointF(a.x() - w / 2, a.y() + gap),
            QPointF(a.x() + gap * 0.7, a.y() - gap * 0.7 - h),
            QPointF(a.x() + gap * 0.7, a.y() + gap * 0.7),
            QPointF(a.x() - gap * 0.7 - w, a.y() - gap * 0.7 - h),
            QPointF(a.x() - gap * 0.7 - w, a.y() + gap * 0.7),
        };
    }
    for (const QPointF& tl : topLefts) {
        const QRectF r(tl, QSizeF(w, h));
        if (!m_screen.contains(r) || collides(r))
            continue;
        occupy(r);
        return PlacedLabel{c, r, QPointF(r.left() + pad, r.top() + (c.boxed ? 1 : 0) + fm.ascent())};
    }
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
            if (collides(item.marker))
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
