#pragma once
// A north arrow that points to true north. In UTM zone 37N grid north (up on the map) and true north differ by
// the meridian convergence, about 1.5 degrees over Idleb; in Web Mercator they agree.

#include "geo/core/place.h"
#include "geo/core/projector.h"
#include "geo/core/viewport.h"

#include <QRectF>

class QPainter;

namespace geo {

// The direction of true north at the centre of VIEWPORT, in degrees clockwise from the picture's up, found by
// projecting a point a little north of the centre (PROJ). 0 when the centre cannot be projected.
double trueNorthAngle(const Viewport& viewport, DisplayCrs crs);

// Draws the arrow at ANGLE (degrees clockwise from up) with the letter for north in LANG, inside BOX.
void drawNorthArrow(QPainter& painter, const QRectF& box, double angle, Language lang);

} // namespace geo
