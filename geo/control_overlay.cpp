#include "geo/control_overlay.h"

namespace geo {

namespace {

QPainterPath projectedPath(const Geometry& g, const Projector& projector)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (QVector<QPointF> part : g.parts) {
        if (part.size() < 2 || !projector.forward(&part))
            continue;
        path.moveTo(part.first());
        for (int i = 1; i < part.size(); ++i)
            path.lineTo(part[i]);
        if (g.kind == GeometryKind::Polygon)
            path.closeSubpath();
    }
    return path;
}

} // namespace

std::shared_ptr<const ControlOverlay> buildControlOverlay(ControlSnapshot snapshot, DisplayCrs crs,
                                                          const QString& areasNote)
{
    auto overlay = std::make_shared<ControlOverlay>();
    const Projector projector(crs);
    for (const ControlArea& a : snapshot.areas)
        overlay->areas.append({a.controller, projectedPath(a.geometry, projector), a.placeIds});
    for (const Geometry& line : snapshot.frontLines)
        overlay->frontLines.append(projectedPath(line, projector));
    overlay->snapshot = std::move(snapshot);
    overlay->areasNote = areasNote;
    return overlay;
}

} // namespace geo
