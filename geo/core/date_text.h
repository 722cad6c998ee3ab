#pragma once
// A day written out in the label language, and the one "as of" stamp every view shows: the map's date badge,
// the timeline bar and an exported page say the same words ("au 1er février 2020", "as of 1 February 2020",
// "حتى 1 فبراير/شباط 2020").

#include "geo/core/place.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace geo {

QString dateText(QDate date, Language lang); // "8 février 2020", "8 February 2020", "8 فبراير/شباط 2020"
QString asOfText(QDate date, Language lang); // the date after "au", "as of", "حتى"; invalid: empty

// Digits: Western (0-9) in every language, Arabic included, as Syrian and pan-Arab newsrooms write dates online;
// decided here, once, for the page, the map's badge and the window. The locale below writes its numbers with the
// same digits, for what the window shows through QLocale (spin boxes, times, the calendar's days and months):
// fr_FR, en_GB, and for Arabic ar_LY, the Arabic locale of Qt's data that writes 0-9 with the Mashriq's month
// names (فبراير), Qt 6.4 having no way to ask ar_SY for Western digits.
QLocale dateLocale(Language lang);

} // namespace geo
