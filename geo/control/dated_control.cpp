#include "geo/control/dated_control.h"

#include "geo/control/control_areas.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace geo {

std::shared_ptr<const ControlOverlay> controlOverlayAt(const ControlTimeline& timeline, const PostTimeline* posts,
                                                       const EntityCatalog& catalog, QDate date, DisplayCrs crs,
                                                       QString* error)
{
    ControlSnapshot snapshot = timeline.snapshotAt(date);
    snapshot.date = date;
    if (posts)
        snapshot.posts = posts->statesAt(date);
    QString note;
    if (const auto derived = deriveControl(snapshot, catalog, AreaOptions(), error)) {
        snapshot.areas = derived->areas;
        snapshot.frontLines = derived->frontLines;
        note = derived->note;
    }
    return buildControlOverlay(std::move(snapshot), crs, note);
}

QList<SourceNote> sourceNotesFor(const ControlTimeline& timeline, const ControlSnapshot& snapshot,
                                 const QList<Article>& articles, const EntityCatalog& catalog,
                                 const QRectF& frameLonLat, QDate since, Language lang, int maxNotes)
{
    QHash<QString, QString> languageOf;
    for (const Article& a : articles)
        languageOf.insert(a.id, a.language);

    QSet<QString> changed;
    const bool onlyChanges = since.isValid() && since < snapshot.date;
    if (onlyChanges)
        for (const ControlChange& c : timeline.changesBetween(since, snapshot.date))
            changed.insert(c.placeId);

    QList<std::pair<ClaimRecord, QString>> chosen; // the record and its place's name
    for (auto it = snapshot.places.cbegin(); it != snapshot.places.cend(); ++it) {
        const PlaceControl& pc = *it;
        // An inferred state (before a place's first claim) cites a later claim: no note for it.
        if (pc.controller == Controller::Unknown || pc.annotationId.isEmpty() || pc.inferred)
            continue;
        if (onlyChanges && !changed.contains(it.key()))
            continue;
        const auto lonLat = catalog.lonLat(it.key());
        if (!lonLat || !frameLonLat.contains(*lonLat))
            continue;
        const QString ref = ClaimRecord::claimRef(pc.articleId, pc.annotationId);
        for (const ClaimRecord& r : timeline.ledger(it.key()))
            if (r.ref() == ref && r.date <= snapshot.date) {
                chosen.append({r, catalog.name(it.key(), lang)});
                break;
            }
    }
    std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) {
        return a.first.date != b.first.date ? a.first.date > b.first.date : a.second < b.second;
    });
    QList<SourceNote> notes;
    for (const auto& [r, placeName] : chosen) {
        if (notes.size() >= maxNotes)
            break;
        SourceNote n;
        n.number = int(notes.size()) + 1;
        n.claimant = r.claimant;
        n.publisher = r.publisher;
        n.date = r.date;
        n.approximate = r.approximate;
        n.quote = r.sentence.isEmpty() ? r.quote : r.sentence;
        n.language = languageOf.value(r.articleId);
        n.placeName = placeName;
        notes.append(n);
    }
    return notes;
}

} // namespace geo
