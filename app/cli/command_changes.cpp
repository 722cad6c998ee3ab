// frontline-cli changes: the places whose controller changed between two dates, with the claims behind each
// change, as CSV or text; and optionally the map of the later date with those places ringed.
#include "cli_commands.h"
#include "cli_export_request.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/control/changes_report.h"
#include "geo/export/export_request.h"

namespace cli {

ExitCode runChanges(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the places whose controller changed between two dates, with the controller before and after and "
        "the claims behind the change (CSV or text); --map also exports the map of the later date with the "
        "changed places ringed and the sources of the changes in its notes."));
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("The earlier day, YYYY-MM-DD (required)."), "DATE"},
        {QStringLiteral("to"), QStringLiteral("The later day, YYYY-MM-DD (required)."), "DATE"},
        {QStringLiteral("format"), QStringLiteral("csv (default) or text."), "FORMAT", "csv"},
        {{QStringLiteral("o"), QStringLiteral("out")},
         QStringLiteral("Write the list to FILE (default: standard output)."),
         "FILE"},
        {QStringLiteral("map"), QStringLiteral("Also a map page of the --to date: FILE.png, .svg or .pdf."), "FILE"},
        {QStringLiteral("size"), QStringLiteral("Map size in pixels for PNG and SVG (default 1200x675)."), "WxH",
         "1200x675"},
        {QStringLiteral("extent"),
         QStringLiteral("The map's extent: a place name or minlon,minlat,maxlon,maxlat (default: Idleb)."), "EXTENT"},
        {QStringLiteral("lang"), QStringLiteral("Language of names and page texts: fr, en or ar (default fr)."), "LANG",
         "fr"},
        {QStringLiteral("store"),
         QStringLiteral("The article store (default: the window's, in the user's data folder)."), "PATH"},
    });
    const QString command = QStringLiteral("changes");
    if (const auto stopped = startCommand(parser, command, args))
        return *stopped;
    const auto bad = [&command](const QString& message) { return stop(command, ExitCode::BadInput, message); };
    QString error;
    const auto range = parseDateRange(parser, &error);
    if (!range)
        return bad(error);
    const QDate from = range->from, to = range->to;
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("text"))
        return bad(QStringLiteral("--format \"%1\": expected csv or text").arg(format));
    const auto lang = parseLanguage(parser.value(QStringLiteral("lang")), &error);
    if (!lang)
        return bad(error);
    const QString mapPath = parser.value(QStringLiteral("map"));
    std::optional<geo::ExportFormat> mapFormat;
    if (!mapPath.isEmpty()) {
        mapFormat = geo::exportFormatForPath(mapPath);
        if (!mapFormat || !geo::isPageFormat(*mapFormat))
            return bad(QStringLiteral("--map %1: end the name in .png, .svg or .pdf").arg(mapPath));
    }
    const auto size = parseSize(parser.value(QStringLiteral("size")), &error);
    if (!size)
        return bad(error);

    const auto context = loadExportContextOrExplain(command, parser, geo::DisplayCrs::WebMercator);
    if (!context)
        return ExitCode::Failure;
    const QList<geo::ControlChange> changes = context->timeline.changesBetween(from, to);

    // The map first, so that a bad extent leaves no list behind either.
    if (mapFormat) {
        geo::ExportRequest request = geo::newExportRequest(*mapFormat, *lang);
        // PDF: an A4 page at 300 dpi, as export gives. The size was checked when parsed.
        const bool sized = *mapFormat == geo::ExportFormat::Pdf
                               ? geo::setExportPage(request, QPageSize(QPageSize::A4), 300, &error)
                               : geo::setExportPixelSize(request, *size, 96, &error);
        if (!sized)
            return bad(error);
        request.outPath = mapPath;
        for (const geo::ControlChange& c : changes)
            request.settings.markedPlaceIds << c.placeId;
        request.settings.markedSince = from;
        if (!fillExportRequest(request, *context, to, from, parser.value(QStringLiteral("extent")), &error))
            return bad(error);
        const geo::ExportResult result = geo::exportMap(request);
        if (!result.ok)
            return stop(command, ExitCode::Failure, result.error);
    }

    const QByteArray bytes = format == QLatin1String("csv")
                                 ? geo::changesCsv(geo::changeRows(changes, context->catalog, *lang))
                                 : geo::changesText(changes, context->catalog, *lang, from, to);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!writeOutputOrExplain(QStringLiteral("changes"), outPath, bytes))
        return ExitCode::Failure;
    if (outPath.isEmpty())
        return ExitCode::Ok;
    out() << outPath << ": " << changes.size() << " places changed between " << from.toString(Qt::ISODate) << " and "
          << to.toString(Qt::ISODate) << "\n";
    if (mapFormat)
        out() << mapPath << "\n";
    out().flush();
    return ExitCode::Ok;
}

} // namespace cli
