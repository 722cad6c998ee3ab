#include "geo/control/control_overlay.h"

namespace geo {

namespace {

QPainterPath projectedPath(Geometry g, const Projector& projector)
{
    for (auto& part : g.parts)
        if (!projector.forward(&part))
            part.clear();
    return toPainterPath(g);
}

} // namespace

std::shared_ptr<const ControlOverlay> buildControlOverlay(ControlSnapshot snapshot, DisplayCrs crs,
                                                          const QString& areasNote)
{
    auto overlay = std::make_shared<ControlOverlay>();
    const Projector& projector = Projector::forThread(crs);
    for (const ControlArea& a : snapshot.areas)
        overlay->areas.append({a.controller, projectedPath(a.geometry, projector), a.placeIds});
    for (const Geometry& line : snapshot.frontLines)
        overlay->frontLines.append(projectedPath(line, projector));
    overlay->snapshot = std::move(snapshot);
    overlay->areasNote = areasNote;
    return overlay;
}

std::shared_ptr<const ControlOverlay> withDatedEvents(std::shared_ptr<const ControlOverlay> overlay,
                                                      const QList<Article>& articles, const EntityCatalog& catalog)
{
    if (!overlay)
        return overlay;
    auto copy = std::make_shared<ControlOverlay>(*overlay);
    copy->events = eventsOn(datedEvents(articles, catalog), copy->snapshot.date);
    copy->areaClaims = areaClaimsOn(areaClaims(articles), copy->snapshot.date);
    return copy;
}

} // namespace geo
