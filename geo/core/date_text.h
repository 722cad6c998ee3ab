#pragma once
// A day written out in the label language, and the one "as of" stamp every view shows: the map's date badge,
// the timeline bar and an exported page say the same words ("au 1er février 2020", "as of 1 February 2020",
// "حتى 1 فبراير/شباط 2020").

#include "geo/core/place.h"

#include <QDate>
#include <QString>

namespace geo {

QString dateText(QDate date, Language lang); // "8 février 2020", "8 February 2020", "8 فبراير/شباط 2020"
QString asOfText(QDate date, Language lang); // the date after "au", "as of", "حتى"; invalid: empty

} // namespace geo
