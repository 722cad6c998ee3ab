#pragma once
// Suggested annotations for a raw dispatch in French, English or Arabic: places, areas, roads, observation
// posts, actors, figures and dated control claims, each anchored in the text the way ArticleReader anchors a
// written annotation (code points, see text_anchor.h), with why it was suggested and how sure it is. Nothing
// here writes to a store: a person accepts, edits or rejects every suggestion.
//
// What is found, and how:
//  - places: every name and variant of the gazetteer, folded (name_folding.h), the longest run of words first.
//    Real text around names is peeled off before folding: French elision and prepositions ("d'Idleb",
//    "l'Oronte"), English possessives ("Saraqib's"), Arabic clitics and the article ("بسراقب", "وسراقب",
//    "لسراقب", "والسراقب"). Latin-script names must be capitalised in the text; a one-word name that is also a
//    common word of the language is not suggested. A name several places bear goes to the key town or city
//    first, else to the place nearest Idleb city (the area of interest); the others are the alternatives.
//    Places outside the gazetteer (Moscow, Ankara, Sochi...) are not suggested as places: the ones that stand
//    for a state in the actor vocabulary ("Moscou", "Ankara") come back as that actor.
//  - areas: a governorate seat after "province", "governorate", "countryside", "محافظة", "ريف"... (and
//    "Idlib" alone after "in"/"through", which in 2019-2020 reporting means the province) is the governorate
//    ("area:SY07"), the town kept as an alternative, and so is "Idlib" on a noun ("its Idlib posts", "the Idlib
//    offensive"); "Syrie"/"Syria"/"سوريا" is "area:SY", but not after a compass word ("northwestern Syria", "شمال
//    غرب سوريا": a region of it) nor as an adjective ("السورية", "غارات سورية").
//  - roads ("M5", "l'autoroute M4", "الطريق الدولي M5", "the Aleppo-Latakia highway"), the Syrian-Turkish
//    border, Turkish observation posts ("le poste d'observation de Morek", "نقطة المراقبة التركية في مورك",
//    "post 9": the post named, or the one of the settlement named, original Astana posts first; posts named as a
//    group, "three of the four posts around the town", "نقاط المراقبة الأربع المحيطة بالمدينة": the post entry of
//    the town, "the town" being the one named before) with what
//    happened to them when the sentence says it (sub_event_type "post encircled", "post set up", "post
//    withdrawn", dated like claims), actors from resources/articles/actors.json and the aliases of
//    resources/articles/vocabulary/actors.json, nationality adjectives on a word of forces or of the state
//    ("Turkish artillery", "le gouvernement turc", "المدفعية التركية": that state's forces or the state; never
//    the subject of a claim), figures (a number and what it counts: "350 véhicules",
//    "586.000 personnes", "70%": value and unit).
//  - dates: days, months, parts of a month ("fin janvier" = 21-31 January, time_precision 2), seasons, years
//    and ranges of years, weekdays and days relative to the publication day ("vendredi", "hier", "last week",
//    "أمس", "الأسبوع الماضي"). A day or month without its year takes the year of the last date written with one,
//    else the latest that does not pass the publication day. The format has no date annotation: dates are
//    returned in SuggestionResult::dates ("d1", "d2"...) and date the claims and posts.
//  - claims: a cue phrase of capture, retake, control, entry or withdrawal (resources/articles/vocabulary/
//    cues.json) in a sentence with a place ties the actor that stands for a side (the subject: not one
//    brought in by "backed by", "with"), the place (after the cue, else just before it, else the town "la
//    ville"/"the town"/"المدينة" refers to; with no side named, "the town" after an agency's announcement takes
//    the side of the claim made on that town in the three sentences before, unless it was a withdrawal, and a
//    sentence that only repeats it adds nothing) and the sentence's date (else that of a "Date note" sentence right
//    after, else the publication day) into a claim: controller from the actor's side (entering: "contested";
//    withdrawing: "unknown"), previous controller when the cue or sentence says it (a retake: the other side;
//    "from the rebels"), claimant the attributed speaker ("a indiqué la TV d'Etat" -> "state TV", "according
//    to SOHR"), else the request's publisher (else "publisher of the text"), status "claimed". "Idlib:
//    opposition" (a place, a colon, a side) is a claim too. A place named as a post's settlement is the post's.
//
// Ids: the mentions "s1", "s2"... in text order, then the claims; supportIds name them and the dates.
// Inputs that are no dispatch (empty, binary, another script) give no suggestion and an `error` that says why.
// The work is linear in the text (10 MB of dispatches: about 4 s of processor time; every pass polls the
// progress function, which may cancel at any time: the call then returns within a fraction of a second).
// Reentrant: run it on a worker thread with a gazetteer and catalog that nobody modifies meanwhile.

#include "geo/articles/article.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace geo {

class Gazetteer;
class EntityCatalog;

struct SuggestionRequest {
    QString text;
    QString language;  // "fr", "en", "ar"; empty = detect
    QDate published;   // the day relative dates count from; today when invalid
    QString publisher; // the claimant of a claim with no attributed speaker ("AFP"); may be empty
};

struct Suggestion {
    // kind, id ("s1", "s2"...), quote/prefix/suffix/start/end and anchorStart/anchorEnd (code points, as
    // ArticleReader anchors them), entity, and for claims the claim fields (event_date, time_precision,
    // date_note, sub_event_type, place, controller, previous_controller, claimant, claim_status).
    Annotation annotation;
    QString reason;           // why: "gazetteer name 'Saraqeb' (fr)", "cue 'contrôlent désormais'"...
    double confidence = 0;    // 0..1
    QStringList alternatives; // other entity ids for an ambiguous name, best first
    QStringList supportIds;   // for a claim: the ids of the suggestions (and dates) it ties together
};

// A date found in the text, resolved against the publication day.
struct DateMention {
    QString id;                 // "d1", "d2"...
    QString quote;              // as written
    qsizetype anchorStart = -1; // code points, end exclusive
    qsizetype anchorEnd = -1;
    QString eventDate;     // in the format's forms: "2020-02-07", "2020-01", "2020-01-21/2020-01-31"
    QDate from, to;        // the days covered
    int timePrecision = 1; // 1 day, 2 a few days to a week, 3 a month or more
    QString reason;        // "weekday 'vendredi' before 2020-02-08"
};

struct SuggestionResult {
    QString language;              // the language used ("fr", "en", "ar"), detected when the request gave none
    QList<Suggestion> suggestions; // in text order; claims after the mentions they tie
    QList<DateMention> dates;
    QString error; // why there is nothing to suggest (empty text, not text, unsupported script, cancelled)
    bool cancelled = false;
};

// "ar" when Arabic letters dominate the letters of TEXT, else "fr" or "en" by counts of common words; empty
// when TEXT has no letters or its letters are mostly of another script (Cyrillic, Chinese...).
QString detectLanguage(const QString& text);

// Suggests annotations for REQUEST.text (see above). PROGRESS, when given, is called with 0..100 now and then
// and returns false to cancel: the result is then empty with `cancelled` set.
SuggestionResult suggestAnnotations(const SuggestionRequest& request, const Gazetteer& gazetteer,
                                    const EntityCatalog& catalog,
                                    const std::function<bool(int percent)>& progress = {});

} // namespace geo
