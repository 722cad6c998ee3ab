#pragma once
// The inset locator map of an export: Syria and its governorates, small, with the map frame's extent drawn as
// a rectangle, so a reader sees where the main map lies in the country.

#include "geo/data/map_data.h"
#include "geo/core/place.h"

#include <QRectF>

class QPainter;

namespace geo {

// Height / width of the inset's map (Syria with a margin), for the page layout.
double insetAspect(const MapData& data);

// Draws the inset inside RECT: the governorates of DATA, Idleb in its focus colour, and FRAMEEXTENT (display
// CRS) as a rectangle. Draws nothing when DATA has no governorates layer.
void drawInsetMap(QPainter& painter, const QRectF& rect, const MapData& data, const QRectF& frameExtent, Language lang);

} // namespace geo
