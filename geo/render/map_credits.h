#pragma once
// The credits of the data a map shows, in the map's language: drawn over the window's map and at the foot of an
// exported page, so both say the same.

#include "geo/core/place.h"

#include <QString>

namespace geo {

// The credits of the bundled data in LANG. The English text is the bundled map's own attribution word for word
// (MapData::attribution), so a caller can tell whether the data shown is the bundled data.
QString bundledDataCredits(Language lang);
// What a map of LANG credits for DATAATTRIBUTION: the bundled credits in LANG when it is the bundled data's,
// else the attribution as it is (a left-to-right island in Arabic).
QString dataCredits(const QString& dataAttribution, Language lang);

} // namespace geo
