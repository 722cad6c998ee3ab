#pragma once
// Who held what on one date, as the renderer needs it: each place's controller with the claim behind it, and
// the derived control areas and front lines. Produced by the control timeline; a plain value shared read-only
// with render jobs.

#include "geo/articles/article.h"
#include "geo/core/geometry.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace geo {

struct PlaceControl {
    Controller controller = Controller::Unknown;
    ClaimStatus status = ClaimStatus::Claimed; // of the winning claim
    QDate since;                               // first effective date of the current run of this controller
    bool approximate = false;                  // the winning claim's date is approximate
    QString articleId;                         // where the winning claim comes from
    QString annotationId;
    QStringList supporting;    // "articleId#annotationId" of claims that agree
    QStringList contradicting; // ... and of claims that disagree
    bool conflict = false;     // contested because the strongest claims of the day disagree
    bool inferred = false;     // before the first claim, from its previous controller
};

struct ControlArea {
    Controller controller = Controller::Unknown;
    Geometry geometry;    // polygons, EPSG:4326 (lon, lat)
    QStringList placeIds; // the towns it was derived from
};

// A Turkish observation post on a date, from its establishment date and the dated post annotations.
enum class PostState { NotYetSetUp, SetUp, Encircled, Withdrawn };

struct PostStatus {
    PostState state = PostState::SetUp;
    QDate since;       // invalid when only the establishment (month or year) is known
    QString articleId; // the annotation that set the state, if any
    QString annotationId;
};

struct ControlSnapshot {
    QDate date;                          // invalid: no date chosen, control not shown
    QHash<QString, PlaceControl> places; // by place id
    QVector<ControlArea> areas;          // derived, always labelled as such
    QVector<Geometry> frontLines;        // lines where areas of opposing sides meet, EPSG:4326
    QHash<int, PostStatus> posts;        // by SOHR number; posts with no known state are absent
    QString areasNote;                   // what the derived areas are and are not, for legends
    bool isEmpty() const { return places.isEmpty(); }
};

} // namespace geo
