#pragma once
// The control timeline as rows with valid_from / valid_to dates, one per run of the same controller at a
// place: what the store's control_states layer holds, so that QGIS's temporal controller can animate it.

#include "geo/store/store_layout.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"

#include <optional>

namespace geo {

// Runs of each place's controller, in place and date order. valid_to is the last day of a run (the day before
// the next change), empty for a run still in force at the end of the timeline. A place with no state at any
// change date (no counting claim, no inferred previous controller) has no row. A row's supporting claims are every
// claim that agrees with it up to its last day (PlaceControl::supporting, and the claims of the run's later dates),
// but the one it cites.
QVector<ControlStateRow> controlStateRows(const ControlTimeline& timeline, const EntityCatalog& catalog);

// The claim a state rests on (its articleId and annotationId), from the place's ledger; none when the state
// names no claim.
std::optional<ClaimRecord> winningClaim(const ControlTimeline& timeline, const QString& placeId,
                                        const PlaceControl& control);

// Who reported a claim and when: "publisher, event date as written", e.g. "AFP, 2020-02-08".
QString claimSource(const ClaimRecord& claim);

} // namespace geo
