#pragma once
// A control snapshot made ready to draw: the derived areas and front lines reprojected once to the display CRS
// (when the date changes, not on every frame).

#include "geo/control/control_snapshot.h"
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
};

// Reprojects SNAPSHOT's areas and front lines to CRS. Never returns null.
std::shared_ptr<const ControlOverlay> buildControlOverlay(ControlSnapshot snapshot, DisplayCrs crs,
                                                          const QString& areasNote = {});

// The layer ids under which the window and the exports show or hide the overlay's parts.
inline const QString kControlAreasId = QStringLiteral("control-areas");
inline const QString kFrontLinesId = QStringLiteral("front-lines");

} // namespace geo
