#pragma once
// How close one list of annotations comes to another over the same text: the suggestions made for an article
// against the annotations a person wrote for it (the gold), as precision and recall per kind.
//
// Matching rules (one to one: a gold annotation is found at most once, a suggestion finds at most one):
//  - Every kind but claims: the same kind, the same entity (the id as written: "saraqib", "road:M5",
//    "actor:sana"; a figure is compared by its value instead, when both have one, since its entity is usually
//    the generic "figure") and anchors that overlap by at least one code point. Annotations without an anchor
//    never match.
//  - Claims are judged by what they say, not where they sit: the same place, the same controller and the same
//    date, where the date is right when both effective dates (the last day, Annotation::effectiveDate) are the
//    same or the suggestion's whole span lies inside the gold's span (a suggested 2020-02-07 for a gold
//    2020-02-06/2020-02-08). Two claims without a date agree on it. The claimant, previous controller and
//    status are not scored.
//  - When a gold annotation could be found by several suggestions, pairs with overlapping anchors come first,
//    then the larger overlap, then the nearer anchors, then the order of the lists.
//
// Precision is hits / suggested, recall hits / gold; each is undefined (std::nullopt) when its denominator is 0.

#include "geo/articles/article.h"

#include <QList>
#include <QString>

#include <optional>

namespace geo {

struct KindScore {
    QString kind; // annotationKindName(): "place", "road", "claim" ...
    int gold = 0;
    int suggested = 0;
    int hits = 0;

    std::optional<double> precision() const;
    std::optional<double> recall() const;
    KindScore& operator+=(const KindScore& other);
};

struct AnnotationScore {
    // Every kind present in either list, in the order of annotationKindNames().
    QList<KindScore> kinds;
    // The gold annotations no suggestion found, and the suggestions that found nothing (copies).
    QList<Annotation> missed;
    QList<Annotation> falseAlarms;

    // The score of one kind (zeros when the kind was in neither list).
    KindScore kind(const QString& name) const;
    KindScore kind(AnnotationKind kind) const { return this->kind(annotationKindName(kind)); }
    // All kinds together.
    KindScore total() const;
    // Adds OTHER's counts and lists to these (for a total over several articles).
    AnnotationScore& operator+=(const AnnotationScore& other);
};

// Scores SUGGESTED against GOLD, both over the same text.
AnnotationScore scoreAnnotations(const QList<Annotation>& suggested, const QList<Annotation>& gold);

// True when a suggested claim's date is right for a gold claim (the rule above).
bool claimDateMatches(const Annotation& suggested, const Annotation& gold);

} // namespace geo
