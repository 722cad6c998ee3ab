#pragma once
// "What changed since…": the places whose controller changed between two dates (ControlTimeline::changesBetween)
// laid out as rows, one per claim behind a change, for the window's list, the CSV and the text report. The
// window and the command line build the same rows here, so that they list the same thing.

#include "geo/control/control_timeline.h"
#include "geo/core/place.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace geo {

class EntityCatalog;

// One claim behind one change; a change with no claim to list (a place that had no state before) gives one row
// with the claim's fields empty and an invalid date.
struct ChangeRow {
    QString placeId;
    QString name;   // in the language asked for (the id when the catalog does not know it)
    QString before; // controllerName(): "opposition", "government" ...
    QString after;
    QDate date; // the claim's effective date
    QString claimant;
    QString publisher;
    QString articleId;
    QString annotationId;
    QString quote;

    // The CSV record's fields, in changesCsvHeader() order.
    QStringList fields() const;
    bool operator==(const ChangeRow&) const = default;
};

// CHANGES (as changesBetween gives them) as rows, in their order, each change's claims in theirs.
QList<ChangeRow> changeRows(const QList<ControlChange>& changes, const EntityCatalog& catalog, Language lang);

// place_id, name, before, after, date, claimant, publisher, article_id, annotation_id, quote.
QStringList changesCsvHeader();
// The header and ROWS as CSV (RFC 4180, UTF-8, records ending with CRLF).
QByteArray changesCsv(const QList<ChangeRow>& rows);
// "N places changed hands between FROM and TO", then each place "name (id): before -> after" and its claims, one
// line each: date, claimant (publisher, article#annotation): "quote".
QByteArray changesText(const QList<ControlChange>& changes, const EntityCatalog& catalog, Language lang, QDate from,
                       QDate to);

} // namespace geo
