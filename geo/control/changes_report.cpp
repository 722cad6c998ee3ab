#include "geo/control/changes_report.h"

#include "geo/core/csv_record.h"
#include "geo/data/entity_catalog.h"

namespace geo {

QStringList ChangeRow::fields() const
{
    return {placeId,  name,      before,    after,        date.toString(Qt::ISODate),
            claimant, publisher, articleId, annotationId, quote};
}

QList<ChangeRow> changeRows(const QList<ControlChange>& changes, const EntityCatalog& catalog, Language lang)
{
    QList<ChangeRow> rows;
    for (const ControlChange& c : changes) {
        ChangeRow head;
        head.placeId = c.placeId;
        head.name = catalog.name(c.placeId, lang);
        head.before = controllerName(c.before.controller);
        head.after = controllerName(c.after.controller);
        if (c.claims.isEmpty()) // e.g. a place that had no state before: the change, with no claim to list
            rows << head;
        for (const ClaimRecord& claim : c.claims) {
            ChangeRow row = head;
            row.date = claim.date;
            row.claimant = claim.claimant;
            row.publisher = claim.publisher;
            row.articleId = claim.articleId;
            row.annotationId = claim.annotationId;
            row.quote = claim.quote;
            rows << row;
        }
    }
    return rows;
}

QStringList changesCsvHeader()
{
    return {QStringLiteral("place_id"),  QStringLiteral("name"),       QStringLiteral("before"),
            QStringLiteral("after"),     QStringLiteral("date"),       QStringLiteral("claimant"),
            QStringLiteral("publisher"), QStringLiteral("article_id"), QStringLiteral("annotation_id"),
            QStringLiteral("quote")};
}

QByteArray changesCsv(const QList<ChangeRow>& rows)
{
    QString text = csvRecord(changesCsvHeader());
    for (const ChangeRow& row : rows)
        text += csvRecord(row.fields());
    return text.toUtf8();
}

QByteArray changesText(const QList<ControlChange>& changes, const EntityCatalog& catalog, Language lang, QDate from,
                       QDate to)
{
    QString text = QStringLiteral("%1 places changed hands between %2 and %3\n")
                       .arg(changes.size())
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    for (const ControlChange& c : changes) {
        text += QStringLiteral("\n%1 (%2): %3 -> %4\n")
                    .arg(catalog.name(c.placeId, lang), c.placeId, controllerName(c.before.controller),
                         controllerName(c.after.controller));
        for (const ClaimRecord& claim : c.claims)
            text += QStringLiteral("  %1  %2 (%3, %4#%5): \"%6\"\n")
                        .arg(claim.date.toString(Qt::ISODate), claim.claimant, claim.publisher, claim.articleId,
                             claim.annotationId, claim.quote.simplified());
    }
    return text.toUtf8();
}

} // namespace geo
