#pragma once
// How the map draws what format 1.1 adds beyond the towns' control, for the date of RenderSettings::control:
// claims about a whole area (hatched, under the town-level control, lower precision said in the legend and the
// identify panel), security corridors (a band along the road's line, buffered in metres), events at a place
// (joint patrols, reinforcements, shelling, air strikes: a symbol beside the place) and agreements and
// ceasefires (a dated note under the date badge). Called by the renderer and the legend; nothing here keeps state.

#include "geo/control/area_claims.h"
#include "geo/control/dated_events.h"
#include "geo/data/map_data.h"
#include "geo/render/map_legend.h"
#include "geo/render/render_settings.h"

#include <QPainterPath>
#include <QRectF>
#include <QVector>

class QPainter;

namespace geo {

// The area claims of SETTINGS' date, hatched in their controller's colour with a dashed outline, in TOSCREEN
// (display CRS to screen). Nothing when no date is chosen or the "area-claims" layer is hidden.
void drawAreaClaims(QPainter& painter, const RenderSettings& settings, const MapData& data, const QTransform& toScreen);

// The corridors and the symbols of the events at a place; returns the screen rectangles the symbols take, for
// labels to keep clear of. Nothing when the "events" layer is hidden.
QVector<QRectF> drawEvents(QPainter& painter, const RenderSettings& settings, const MapData& data,
                           const QTransform& toScreen);

// The dated notes of the agreements and ceasefires in force, boxed, one under another from TOP in SCREEN: at the
// left, at the right on an Arabic map, and below any of the settings' keepClear rectangles they would meet (a
// page's north arrow). Returns the rectangle they take (empty when there is none); EVENTNOTESRECT says where
// without drawing.
QRectF drawEventNotes(QPainter& painter, const RenderSettings& settings, const QRectF& screen, double top);
QRectF eventNotesRect(const RenderSettings& settings, const QRectF& screen, double top);
// The notes' texts in LANG ("Ceasefire in force since 6 March 2020").
QStringList eventNoteTexts(const RenderSettings& settings, Language lang);

// The corridor band of EVENT in DATA's display CRS (a path), and whether the road line it follows is schematic.
QPainterPath corridorPath(const DatedEvent& event, const MapData& data, bool* schematic = nullptr);

// Legend rows for the area claims and events drawn (one per kind), in LANG.
QVector<LegendRow> eventLegendRows(const RenderSettings& settings, const MapData& data, Language lang);

// The area claims drawn under SCREENPOS (their area contains it), for the identify panel.
QList<AreaClaim> areaClaimsAt(const MapData& data, const RenderSettings& settings, QPointF screenPos);
// "Area claim: whole governorate, lower precision than a town's" in LANG, for the identify panel and the legend.
QString areaClaimPrecisionText(const AreaClaim& claim, Language lang);
// The name of an event kind in LANG ("Joint patrol").
QString mapEventKindText(MapEventKind kind, Language lang);

} // namespace geo
