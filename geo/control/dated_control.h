#pragma once
// Everything a map of one date needs beyond the base map, built the same way for the window, the exports and
// the command line: who held each place (control timeline), the posts' states (post timeline), the derived
// areas and front lines, and the numbered source notes behind what a frame shows.

#include "geo/control/control_overlay.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/control/post_timeline.h"
#include "geo/core/source_note.h"

#include <QRectF>

namespace geo {

// The snapshot of DATE with its derived areas, reprojected to CRS. POSTS may be null (no post states).
// When the areas cannot be derived the places are still there and *error (if given) says why.
std::shared_ptr<const ControlOverlay> controlOverlayAt(const ControlTimeline& timeline, const PostTimeline* posts,
                                                       const EntityCatalog& catalog, QDate date, DisplayCrs crs,
                                                       QString* error = nullptr);

// The claims behind what a frame shows: for each place inside FRAMELONLAT (EPSG:4326) with a known controller
// in SNAPSHOT, the claim that decided it — or, when SINCE is valid, only the places whose controller changed
// after SINCE. When that claim comes from a summary (ArticleKind::Summary, standing for a data set) and an article
// of ARTICLES agrees (a supporting claim of the state), the article's own sentence is cited instead: the first
// such claim in the state's supporting order (the claims of the deciding day first). Newest first, at most MAXNOTES,
// numbered from 1. ARTICLES give each quote's language. The place, claimant and publisher are named in LANG
// (sourceNameIn); the quote stays in its own language. The name a page in LANG gives the claimant or publisher NAME
// (the notes' "who says it" and "who reported it"). Each
// ";"-separated name is looked up: an actor of resources/articles/actors.json named by its name or a variant (any
// case) takes its name in LANG, unless that name already holds it as written ("AFP" stays "AFP" in French); the
// project's own compiled data set and Wikipedia take their names in LANG; any other name (a newspaper, a channel
// that has no entry) stays as the source wrote it, since it has no known form in LANG. English: NAME unchanged.
QString sourceNameIn(const QString& name, Language lang);

QList<SourceNote> sourceNotesFor(const ControlTimeline& timeline, const ControlSnapshot& snapshot,
                                 const QList<Article>& articles, const EntityCatalog& catalog,
                                 const QRectF& frameLonLat, QDate since, Language lang, int maxNotes = 10);

} // namespace geo
