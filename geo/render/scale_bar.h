#pragma once
// A scale bar that is true at the latitude in the middle of the view: the ground length of a pixel is measured
// geodesically (PROJ) between two screen points, so it is right in Web Mercator as in UTM.

#include "geo/core/place.h"
#include "geo/core/projector.h"
#include "geo/core/viewport.h"

#include <QString>

namespace geo {

struct ScaleBar {
    double metres = 0; // the round length shown
    double pixels = 0; // its length on screen
    QString label;     // "10 km", "500 m"; in Arabic "10 كم", "500 م"
    bool isValid() const { return metres > 0 && pixels > 0; }
};

// Ground metres per screen pixel at the centre of VIEWPORT, measured along the horizontal.
double groundMetresPerPixel(const Viewport& viewport, const Projector& projector);

// The longest round length (1, 2 or 5 times a power of ten) that fits in MAXPIXELS, labelled with LANG's unit
// symbols.
ScaleBar computeScaleBar(const Viewport& viewport, const Projector& projector, double maxPixels = 160,
                         Language lang = Language::English);

} // namespace geo
