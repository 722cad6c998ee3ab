#pragma once
// Paints an exported page around its map frame, as layoutPage placed it: the header, the legend of what the
// frame shows, the inset, the source notes, the credits and the frame's border; and the overlays inside the
// frame (scale bar, north arrow). The map itself is MapRenderer's.

#include "geo/data/map_data.h"
#include "geo/render/map_legend.h"
#include "geo/export/page_layout.h"
#include "geo/core/viewport.h"

class QPainter;

namespace geo {

// Everything around the frame. FRAME is the frame's viewport in page units; ROWS the legend rows it shows.
void paintPage(QPainter& painter, const PageLayout& layout, const PageContent& content, const QVector<LegendRow>& rows,
               const MapData& data, const Viewport& frame);

// A page of source notes after the map's page, as layoutNotesPages placed it.
void paintNotesPage(QPainter& painter, const NotesPage& page, const PageContent& content);

// The scale bar (true at the frame's latitude) and the north arrow (true north), in the frame's own
// coordinates (0,0 = its top left corner).
void paintFrameOverlays(QPainter& painter, const PageLayout& layout, const Viewport& frame, DisplayCrs crs,
                        Language lang);

// The layout's overlay boxes in the frame's own coordinates: labels keep clear of them.
QVector<QRectF> frameOverlayBoxes(const PageLayout& layout);

} // namespace geo
