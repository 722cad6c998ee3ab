// frontline-cli control --date D: who held each place on a day, with the claim behind it, as CSV or GeoJSON.
#include "cli_commands.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/core/csv_record.h"
#include "geo/store/control_states.h"
#include "geo/control/control_timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cli {

namespace {

// One place's line of the table: every column is text, booleans and dates included, so that CSV and GeoJSON
// say the same thing.
struct ControlRow {
    QString placeId, name, controller, since, claimStatus, source;
    bool approximate = false;
    QString claimant, publisher, articleId, annotationId, quote;
    QStringList contradictedBy;
    bool inferred = false, conflict = false;
    QStringList supporting;
    std::optional<QPointF> lonLat;
};

const QStringList& columns()
{
    static const QStringList names{
        QStringLiteral("place_id"),        QStringLiteral("name"),          QStringLiteral("controller"),
        QStringLiteral("since"),           QStringLiteral("claim_status"),  QStringLiteral("source"),
        QStringLiteral("approximate"),     QStringLiteral("claimant"),      QStringLiteral("publisher"),
        QStringLiteral("article_id"),      QStringLiteral("annotation_id"), QStringLiteral("quote"),
        QStringLiteral("contradicted_by"), QStringLiteral("inferred"),      QStringLiteral("conflict"),
        QStringLiteral("supporting")};
    return names;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// The values of ROW in the order of columns(); contradicting and supporting claims as "article#annotation" joined
// by ';'.
QStringList textValues(const ControlRow& row)
{
    return {row.placeId,
            row.name,
            row.controller,
            row.since,
            row.claimStatus,
            row.source,
            boolText(row.approximate),
            row.claimant,
            row.publisher,
            row.articleId,
            row.annotationId,
            row.quote,
            row.contradictedBy.join(QLatin1Char(';')),
            boolText(row.inferred),
            boolText(row.conflict),
            row.supporting.join(QLatin1Char(';'))};
}

QVector<ControlRow> controlRows(const geo::ControlTimeline& timeline, const geo::EntityCatalog& catalog, QDate date)
{
    const geo::ControlSnapshot snapshot = timeline.snapshotAt(date);
    QStringList ids = snapshot.places.keys();
    ids.sort();
    QVector<ControlRow> rows;
    for (const QString& id : std::as_const(ids)) {
        const geo::PlaceControl& control = snapshot.places[id];
        ControlRow row;
        row.placeId = id;
        row.name = catalog.name(id, geo::Language::English);
        row.lonLat = catalog.lonLat(id);
        row.controller = geo::controllerName(control.controller);
        row.since = control.since.toString(Qt::ISODate);
        row.claimStatus = geo::claimStatusName(control.status);
        row.approximate = control.approximate;
        row.articleId = control.articleId;
        row.annotationId = control.annotationId;
        row.contradictedBy = control.contradicting;
        row.supporting = control.supporting;
        row.inferred = control.inferred;
        row.conflict = control.conflict;
        if (const auto claim = geo::winningClaim(timeline, id, control)) {
            row.source = geo::claimSource(*claim);
            row.claimant = claim->claimant;
            row.publisher = claim->publisher;
            row.quote = claim->quote;
        }
        rows.append(row);
    }
    return rows;
}

QByteArray toCsv(const QVector<ControlRow>& rows)
{
    QString text;
    const auto record = [&text](const QStringList& values) { text += geo::csvRecord(values); };
    record(columns());
    for (const ControlRow& row : rows)
        record(textValues(row));
    return text.toUtf8();
}

// GeoJSON (RFC 7946) through QJsonDocument rather than GDAL's GeoJSON driver: a FeatureCollection of Points
// with flat properties needs nothing GDAL adds, and keeping the document in memory lets QSaveFile write it
// whole or not at all. Points are lon/lat in WGS 84 (EPSG:4326, RFC 7946's only CRS); a place the catalog
// cannot locate gets a null geometry, as RFC 7946 allows. Empty texts become null, booleans stay booleans.
QByteArray toGeoJson(const QVector<ControlRow>& rows, QDate date)
{
    QJsonArray features;
    for (const ControlRow& row : rows) {
        const QStringList values = textValues(row);
        QJsonObject properties;
        for (qsizetype i = 0; i < columns().size(); ++i) {
            const QString& name = columns().at(i);
            if (name == QLatin1String("approximate") || name == QLatin1String("inferred") ||
                name == QLatin1String("conflict"))
                properties.insert(name, values.at(i) == QLatin1String("true"));
            else if (name == QLatin1String("contradicted_by"))
                properties.insert(name, QJsonArray::fromStringList(row.contradictedBy));
            else if (name == QLatin1String("supporting"))
                properties.insert(name, QJsonArray::fromStringList(row.supporting));
            else
                properties.insert(name, values.at(i).isEmpty() ? QJsonValue() : QJsonValue(values.at(i)));
        }
        QJsonValue geometry; // null
        if (row.lonLat) {
            geometry = QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                   {QStringLiteral("coordinates"), QJsonArray{row.lonLat->x(), row.lonLat->y()}}};
        }
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("id"), row.placeId},
                                    {QStringLiteral("geometry"), geometry},
                                    {QStringLiteral("properties"), properties}});
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("date"), date.toString(Qt::ISODate)},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

std::optional<QDate> parseDay(const QString& text, QString* error)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!form.match(text).hasMatch()) {
        *error = QStringLiteral("--date \"%1\": expected a day as YYYY-MM-DD, e.g. 2020-02-08").arg(text);
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        *error = QStringLiteral("--date %1: there is no such day; give a day of the calendar as YYYY-MM-DD").arg(text);
        return std::nullopt;
    }
    return date;
}

} // namespace

ExitCode runControl(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Who held each place on a day, settled from the claims of the stored articles "
                       "(docs/control-rules.md), "
                       "with the claim behind it, the claims that contradict it (contradicted_by) and every other "
                       "claim that agrees with it (supporting: a second source confirming a change). Places with no "
                       "known controller on that day are left out."));
    parser.addOptions({
        {QStringLiteral("date"), QStringLiteral("The day, YYYY-MM-DD (required)."), QStringLiteral("DATE")},
        {QStringLiteral("format"), QStringLiteral("csv (default) or geojson (points, EPSG:4326)."),
         QStringLiteral("FORMAT"), QStringLiteral("csv")},
        {{QStringLiteral("o"), QStringLiteral("out")},
         QStringLiteral("Write to FILE, whole or not at all (default: standard output)."),
         QStringLiteral("FILE")},
        storeOption(),
    });
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("control"), args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err() << "frontline-cli control: unexpected argument \"" << parser.positionalArguments().first()
              << "\"; give the day with --date YYYY-MM-DD\n";
        return ExitCode::BadInput;
    }
    if (!parser.isSet(QStringLiteral("date"))) {
        err() << "frontline-cli control: --date YYYY-MM-DD is required\n";
        return ExitCode::BadInput;
    }
    QString error;
    const auto date = parseDay(parser.value(QStringLiteral("date")).trimmed(), &error);
    if (!date) {
        err() << "frontline-cli control: " << error << "\n";
        return ExitCode::BadInput;
    }
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("geojson")) {
        err() << "frontline-cli control: --format \"" << parser.value(QStringLiteral("format"))
              << "\": expected csv or geojson\n";
        return ExitCode::BadInput;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("out")) && outPath.trimmed().isEmpty()) {
        err() << "frontline-cli control: --out needs a file name\n";
        return ExitCode::BadInput;
    }

    const QString command = QStringLiteral("control");
    auto opened = openCatalogAndStoreOrExplain(command, parser);
    if (!opened)
        return ExitCode::Failure;
    const geo::EntityCatalog& catalog = opened->catalog;
    auto& store = opened->store;
    const QList<geo::Article> articles = store->articles(&error);
    if (!error.isEmpty()) {
        err() << "frontline-cli control: " << error << "\n";
        return ExitCode::Failure;
    }
    const geo::ControlTimeline timeline(articles);
    const QVector<ControlRow> rows = controlRows(timeline, catalog, *date);
    if (rows.isEmpty()) {
        const QList<QDate> dates = timeline.changeDates();
        err() << "frontline-cli control: no place has a known controller on " << date->toString(Qt::ISODate);
        if (dates.isEmpty())
            err() << " (the store has no control claim)\n";
        else
            err() << " (the claims of the store run from " << dates.first().toString(Qt::ISODate) << " to "
                  << dates.last().toString(Qt::ISODate) << ")\n";
        err().flush();
    }
    const QByteArray bytes = format == QLatin1String("csv") ? toCsv(rows) : toGeoJson(rows, *date);

    if (!writeOutputOrExplain(QStringLiteral("control"), outPath, bytes))
        return ExitCode::Failure;
    if (outPath.isEmpty())
        return ExitCode::Ok;
    out() << outPath << ": " << rows.size() << " places on " << date->toString(Qt::ISODate) << "\n";
    return ExitCode::Ok;
}

} // namespace cli
