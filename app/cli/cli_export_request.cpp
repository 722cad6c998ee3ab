#include "cli_export_request.h"

#include "cli_options.h"
#include "cli_store.h"

#include "geo/export/export_request.h"
#include "geo/export/timelapse.h"

#include <QRegularExpression>

namespace cli {

std::optional<QDate> parseDate(const QString& option, const QString& text, QString* error)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text.trimmed()).hasMatch()) {
        *error = QStringLiteral("--%1 \"%2\": expected a date as YYYY-MM-DD, e.g. 2020-02-08").arg(option, text);
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        *error = QStringLiteral("--%1 \"%2\": no such day in the calendar").arg(option, text);
        return std::nullopt;
    }
    return date;
}

std::optional<DateRange> parseDateRange(const QCommandLineParser& parser, QString* error)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        *error = QStringLiteral("--from YYYY-MM-DD and --to YYYY-MM-DD are required");
        return std::nullopt;
    }
    const auto from = parseDate(QStringLiteral("from"), parser.value(QStringLiteral("from")), error);
    if (!from)
        return std::nullopt;
    const auto to = parseDate(QStringLiteral("to"), parser.value(QStringLiteral("to")), error);
    if (!to)
        return std::nullopt;
    if (*from > *to) {
        *error =
            QStringLiteral("--from %1 is after --to %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate));
        return std::nullopt;
    }
    return DateRange{*from, *to};
}

std::optional<ExportContext> loadExportContextOrExplain(const QString& command, const QCommandLineParser& parser,
                                                        geo::DisplayCrs crs)
{
    ExportContext context;
    context.crs = crs;
    context.data = loadMapOrExplain(crs);
    if (!context.data)
        return std::nullopt;
    auto opened = openCatalogAndStoreOrExplain(command, parser);
    if (!opened)
        return std::nullopt;
    context.catalog = std::move(opened->catalog);
    QString storeError;
    context.articles = opened->store->articles(&storeError);
    if (!storeError.isEmpty()) {
        err() << "frontline-cli " << command << ": " << storeError << "\n";
        err().flush();
        return std::nullopt;
    }
    context.timeline = geo::ControlTimeline(context.articles);
    context.posts = geo::PostTimeline(context.data->posts, context.articles);
    return context;
}

bool fillExportRequest(geo::ExportRequest& request, const ExportContext& context, QDate date, QDate since,
                       const QString& extent, QString* error)
{
    const auto parsed = geo::parseExportExtent(extent, *context.data, error);
    if (!parsed)
        return false;
    // The same page of a date as the window's time-lapse builds (geo/export/timelapse.h).
    const geo::DatedMapSources sources{context.data,   context.crs,      &context.timeline,
                                       &context.posts, &context.catalog, &context.articles};
    return geo::fillDatedExportRequest(request, sources, date, since, *parsed, error);
}

} // namespace cli
