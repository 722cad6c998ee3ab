#pragma once
// Reads the list of Turkish observation posts (all of them, located or not) from the bundled CSV.

#include "geo/core/place.h"
#include "geo/data/observation_post.h"

#include <QVariantMap>
#include <QVector>

namespace geo {

// Every row of PATH (the observation-post CSV), in SOHR number order. Empty with *error set on failure.
QVector<ObservationPost> loadObservationPosts(const QString& path, QString* error);

// The short word a map puts before a post's number: "PO" (poste d'observation), "OP" (observation post), "نقطة"
// (نقطة مراقبة). The legend says what it stands for.
QString postAbbreviation(Language lang);

// A located post's map labels in the three languages, from its row of the located-posts file (sohr_no, name,
// location_key) at LONLAT (EPSG:4326). French and Arabic: the abbreviation, the number and the settlement the post
// is named after, in the language ("PO 16 Saraqeb", "نقطة 16 سراقب"), found in PLACES by the row's location_key
// (a key town's id) or else as the place on the post's very point (the post stands on its settlement's point);
// where the settlement has no name in the language, or is not found, its Latin name from the row stays. English
// keeps the row's own name ("OP 22 Taftanaz military airbase").
struct PostLabels {
    QString fr, en, ar;
};
PostLabels postMapLabels(const QVariantMap& row, QPointF lonLat, const QVector<Place>& places);

} // namespace geo
