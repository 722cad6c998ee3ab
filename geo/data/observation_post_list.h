#pragma once
// Reads the list of Turkish observation posts (all of them, located or not) from the bundled CSV.

#include "geo/data/observation_post.h"

#include <QVector>

namespace geo {

// Every row of PATH (the observation-post CSV), in SOHR number order. Empty with *error set on failure.
QVector<ObservationPost> loadObservationPosts(const QString& path, QString* error);

} // namespace geo
