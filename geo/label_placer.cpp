#include "geo/label_placer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace geo {

namespace {

quint64 cellKey(int cx, int cy) { return (quint64(quint32(cx)) << 32) | quint32(cy); }

} // namespace

LabelPlacer::LabelPlacer(const QRectF& screen) : m_screen(screen) {}

void LabelPlacer::addObstacle(const QRectF& rect) { occupy(rect); }

void LabelPlacer::add(LabelCandidate candidate) { m_candidates.append(std::move(candidate)); }

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

QVector<PlacedLabel> LabelPlacer::place()
{
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    QVector<PlacedLabel> placed;
    for (const LabelCandidate& c : std::as_const(m_candidates)) {
        const QFontMetricsF fm(c.font);
        const double pad = c.boxed ? 3.0 : 1.5;
        const double w = fm.horizontalAdvance(c.text) + 2 * pad;
        const double h = fm.height() + (c.boxed ? 2 : 0);
        const double gap = c.markerRadius + 2.0;
        QVector<QPointF> topLefts;
        if (c.markerRadius <= 0) {
            topLefts = {c.anchor - QPointF(w / 2, h / 2)};
        } else {
            topLefts = {
                QPointF(c.anchor.x() + gap, c.anchor.y() - h / 2),         // right
                QPointF(c.anchor.x() - gap - w, c.anchor.y() - h / 2),     // left
                QPointF(c.anchor.x() - w / 2, c.anchor.y() - gap - h),     // above
                QPointF(c.anchor.x() - w / 2, c.anchor.y() + gap),         // below
                QPointF(c.anchor.x() + gap * 0.7, c.anchor.y() - gap * 0.7 - h), // above right
                QPointF(c.anchor.x() + gap * 0.7, c.anchor.y() + gap * 0.7),     // below right
            };
        }
        for (const QPointF& tl : topLefts) {
            const QRectF r(tl, QSizeF(w, h));
            if (!m_screen.contains(r) || collides(r))
                continue;
            occupy(r);
            const QPointF baseline(r.left() + pad, r.top() + (c.boxed ? 1 : 0) + fm.ascent());
            placed.append({c, r, baseline});
            break;
        }
    }
    return placed;
}

} // namespace geo
