#pragma once
// The fixed words of an exported page in the label language (French, English, Arabic): headings, the "as of"
// date stamp, the credits' labels and the source notes' wording. The quotes themselves stay in their language.

#include "geo/core/place.h"
#include "geo/core/projector.h"
#include "geo/core/source_note.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace geo::export_texts {

bool isRightToLeft(Language lang);

QString legendHeading(Language lang);    // "Légende", "Legend", "مفتاح الخريطة"
QString sourcesHeading(Language lang);   // "Sources", "Sources", "المصادر"
QString date(QDate date, Language lang); // "8 février 2020", "8 February 2020", "8 فبراير/شباط 2020"
QString asOf(QDate date, Language lang); // "au 8 février 2020", "as of 8 February 2020", "حتى 8 فبراير/شباط 2020"
QString northLetter(Language lang);  // "N", "N", "ش"
QString mapDataLabel(Language lang); // what precedes the data credits
// The data credits in LANG: geo/render/map_credits.h (the window draws them too).
QString projection(DisplayCrs crs, Language lang);
QString country(Language lang);                      // the inset's caption: "SYRIE", "SYRIA", "سوريا"
QString moreNotes(int count, Language lang);         // "+ 3 more sources, not shown"
QString moreNotesOverleaf(int count, Language lang); // "+ 3 more sources on the next page"
QString defaultTitle(Language lang);

// One paragraph of a source note, drawn in its own direction.
struct NoteParagraph {
    QString text;
    bool rightToLeft = false;
};

// A note as one paragraph ("Saraqeb: SANA, reported by AFP, 8 February 2020: “...”"), or two when the quote
// runs in the other direction than the label language (an Arabic quote under English labels).
QVector<NoteParagraph> noteParagraphs(const SourceNote& note, Language lang);

} // namespace geo::export_texts
