#pragma once
// A numbered source note under an exported map: who claims what it shows, who reported it, when, and the
// sentence itself in its own language.

#include <QDate>
#include <QString>

namespace geo {

struct SourceNote {
    int number = 0;           // the note's number on the page (1, 2, ...)
    QString claimant;         // who says it: "SANA", "SOHR", "Turkish defence ministry"
    QString publisher;        // who reported it: "AFP"
    QDate date;               // of the claim
    bool approximate = false; // the date is approximate (a month, an interval)
    QString quote;            // the sentence, as written
    QString language;         // of the quote: "fr", "en", "ar"
    QString placeName;        // the place it is about, in the label language (may be empty)
};

} // namespace geo
