#include "geo/store/control_states.h"

namespace geo {

std::optional<ClaimRecord> winningClaim(const ControlTimeline& timeline, const QString& placeId,
                                        const PlaceControl& control)
{
    if (control.articleId.isEmpty())
        return std::nullopt;
    const QList<ClaimRecord> ledger = timeline.ledger(placeId);
    for (const ClaimRecord& record : ledger) {
        if (record.articleId == control.articleId && record.annotationId == control.annotationId)
            return record;
    }
    return std::nullopt;
}

QString claimSource(const ClaimRecord& claim)
{
    QStringList parts;
    if (!claim.publisher.isEmpty())
        parts << claim.publisher;
    if (!claim.eventDate.isEmpty())
        parts << claim.eventDate;
    return parts.join(QStringLiteral(", "));
}

QVector<ControlStateRow> controlStateRows(const ControlTimeline& timeline, const EntityCatalog& catalog)
{
    QVector<ControlStateRow> rows;
    const QList<QDate> dates = timeline.changeDates();
    QStringList places = timeline.placeIds();
    places.sort();
    for (const QString& placeId : std::as_const(places)) {
        std::optional<ControlStateRow> open;
        // The claims agreeing with a state, but the one a row cites.
        const auto agreeing = [](const PlaceControl& control, const QString& cited) {
            QStringList refs;
            if (!control.conflict && !control.articleId.isEmpty())
                refs << ClaimRecord::claimRef(control.articleId, control.annotationId);
            refs << control.supporting;
            refs.removeAll(cited);
            refs.removeDuplicates();
            return refs;
        };
        for (const QDate& date : dates) {
            const PlaceControl control = timeline.controlOf(placeId, date);
            const QString controller = controllerName(control.controller);
            if (open && open->controller == controller && open->claimStatus == claimStatusName(control.status)) {
                // A later claim of the run confirms the row's (its supporting claims include the earlier ones).
                open->supporting = agreeing(control, ClaimRecord::claimRef(open->articleId, open->annotationId));
                continue;
            }
            if (open) {
                open->validTo = date.addDays(-1);
                rows.append(*open);
                open.reset();
            }
            if (control.controller == Controller::Unknown && control.articleId.isEmpty())
                continue; // no claim yet
            ControlStateRow row;
            row.placeId = placeId;
            row.name = catalog.name(placeId, Language::English);
            row.lonLat = catalog.lonLat(placeId);
            row.controller = controller;
            row.claimStatus = claimStatusName(control.status);
            row.validFrom = date;
            row.articleId = control.articleId;
            row.annotationId = control.annotationId;
            row.supporting = agreeing(control, ClaimRecord::claimRef(control.articleId, control.annotationId));
            if (const auto claim = winningClaim(timeline, placeId, control))
                row.source = claimSource(*claim);
            open = row;
        }
        if (open)
            rows.append(*open);
    }
    return rows;
}

} // namespace geo
