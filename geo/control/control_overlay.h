#pragma once
// A control snapshot made ready to draw: the derived areas and front lines reprojected once to the display CRS
// (when the date changes, not on every frame).

#include "geo/control/area_claims.h"
#include "geo/control/control_snapshot.h"
#include "geo/control/dated_events.h"
#include "geo/core/projector.h"

#include <QPainterPath>

#include <memory>

namespace geo {

struct ControlOverlay {
    ControlSnapshot snapshot;
    struct Area {
        Controller controller;
        QPainterPath path; // display CRS
        QStringList placeIds;
    };
    QVector<Area> areas;
    QVector<QPainterPath> frontLines; // display CRS
    QString areasNote;                // how the areas were derived, for legends and credits
    // Format 1.1: the events and the claims about whole areas that hold on the snapshot's date (geometry in
    // EPSG:4326 or by reference: the renderer finds the road and the governorate in the map data it draws).
    QList<DatedEvent> events;
    QList<AreaClaim> areaClaims;
};

// Reprojects SNAPSHOT's areas and front lines to CRS. Never returns null.
std::shared_ptr<const ControlOverlay> buildControlOverlay(ControlSnapshot snapshot, DisplayCrs crs,
                                                          const QString& areasNote = {});

// A copy of OVERLAY with the events and area claims of ARTICLES that hold on its snapshot's date (null stays null).
std::shared_ptr<const ControlOverlay> withDatedEvents(std::shared_ptr<const ControlOverlay> overlay,
                                                      const QList<Article>& articles, const EntityCatalog& catalog);

// The layer ids under which the window and the exports show or hide the overlay's parts.
inline const QString kControlAreasId = QStringLiteral("control-areas");
inline const QString kFrontLinesId = QStringLiteral("front-lines");
inline const QString kAreaClaimsId = QStringLiteral("area-claims");
inline const QString kEventsId = QStringLiteral("events");

} // namespace geo
