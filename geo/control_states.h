#pragma once
// The control timeline as rows with valid_from / valid_to dates, one per run of the same controller at a
// place: what the store's control_states layer holds, so that QGIS's temporal controller can animate it.

#include "geo/article_store.h"
#include "geo/control_timeline.h"
#include "geo/entity_catalog.h"

namespace geo {

// Runs of each place's controller, in place and date order. valid_to is the last day of a run (the day before
// the next change), empty for a run still in force at the end of the timeline.
QVector<ControlStateRow> controlStateRows(const ControlTimeline& timeline, const EntityCatalog& catalog);

} // namespace geo
