// frontline-cli export: a publishable snapshot (PNG, SVG, PDF page; GeoTIFF or PNG + world file of the map
// frame), with no display, through the same exporter and renderer as the window.
#include "cli_commands.h"
#include "cli_options.h"
#include "cli_export_request.h"
#include "cli_store.h"

#include "geo/export/export_request.h"

#include <QFileInfo>

#include <cmath>

namespace cli {

namespace {

std::optional<geo::ExportFormat> parseFormat(const QString& text, QString* error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("png"))
        return geo::ExportFormat::Png;
    if (t == QLatin1String("svg"))
        return geo::ExportFormat::Svg;
    if (t == QLatin1String("pdf"))
        return geo::ExportFormat::Pdf;
    if (t == QLatin1String("tif") || t == QLatin1String("tiff") || t == QLatin1String("geotiff"))
        return geo::ExportFormat::GeoTiff;
    *error = QStringLiteral("format \"%1\": expected png, svg, pdf or tif").arg(text);
    return std::nullopt;
}

// The output format: from --format, else from the file's extension; the two must agree.
std::optional<geo::ExportFormat> formatFor(const QCommandLineParser& parser, const QString& outPath, QString* error)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix == QLatin1String("pgw") || suffix == QLatin1String("wld")) {
        *error = QStringLiteral("%1: a world file comes with its PNG; write --out MAP.png --world-file").arg(outPath);
        return std::nullopt;
    }
    const auto fromName = geo::exportFormatForPath(outPath);
    if (!parser.isSet(QStringLiteral("format"))) {
        if (!fromName)
            *error = QStringLiteral("%1: cannot tell the format from the name; end it in .png, .svg, .pdf or .tif, or "
                                    "give --format")
                         .arg(outPath);
        return fromName;
    }
    const auto asked = parseFormat(parser.value(QStringLiteral("format")), error);
    if (asked && fromName && *fromName != *asked) {
        *error = QStringLiteral("--format %1, but %2 is named as a %3 file")
                     .arg(parser.value(QStringLiteral("format")), outPath, geo::exportFormatName(*fromName));
        return std::nullopt;
    }
    return asked;
}

} // namespace

ExitCode runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a publishable map: a PNG, SVG or PDF page with title, \"as of\" date, legend, scale bar, north arrow, "
        "inset, source notes and credits; or the map frame alone as a GeoTIFF, or a PNG with a world file "
        "(--world-file)."));
    parser.addOptions({
        {QStringLiteral("date"), QStringLiteral("The date the map shows, YYYY-MM-DD (required)."), "DATE"},
        {{QStringLiteral("o"), QStringLiteral("out")}, QStringLiteral("The file to write (required)."), "FILE"},
        {QStringLiteral("format"), QStringLiteral("png, svg, pdf or tif (default: from the file's extension)."),
         "FORMAT"},
        {QStringLiteral("world-file"),
         QStringLiteral("PNG of the map frame alone, with a world file (.pgw) beside it.")},
        {QStringLiteral("extent"),
         QStringLiteral("A place name (the area 40 km across around it) or minlon,minlat,maxlon,maxlat "
                        "(default: Idleb)."),
         "EXTENT"},
        {QStringLiteral("size"), QStringLiteral("Image size in pixels (default 1200x675; PDF: a custom page)."), "WxH"},
        {QStringLiteral("dpi"), QStringLiteral("Resolution (default 96; 300 for PDF)."), "N"},
        {QStringLiteral("page"), QStringLiteral("Page size: A4, A3 or letter (default for PDF: A4)."), "PAGE"},
        {QStringLiteral("landscape"), QStringLiteral("Landscape page.")},
        {QStringLiteral("portrait"), QStringLiteral("Portrait page (the default).")},
        {QStringLiteral("lang"), QStringLiteral("Language of labels and page texts: fr, en or ar (default fr)."),
         "LANG", "fr"},
        {QStringLiteral("title"), QStringLiteral("Title (default: the Idleb front line, in the language)."), "TEXT"},
        {QStringLiteral("subtitle"), QStringLiteral("Subtitle."), "TEXT"},
        {QStringLiteral("since"), QStringLiteral("Sources from this date on, YYYY-MM-DD."), "DATE"},
        {QStringLiteral("no-inset"), QStringLiteral("Leave out the inset locator map.")},
        {QStringLiteral("crs"), QStringLiteral("EPSG:3857 (default) or EPSG:32637."), "CRS", "EPSG:3857"},
        {QStringLiteral("store"),
         QStringLiteral("The article store (default: the window's, in the user's data folder)."), "PATH"},
    });
    const QString command = QStringLiteral("export");
    if (const auto stopped = startCommand(parser, command, args))
        return *stopped;
    const auto bad = [&command](const QString& message) { return stop(command, ExitCode::BadInput, message); };
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return bad(QStringLiteral("--out FILE is required (.png, .svg, .pdf or .tif)"));
    if (!parser.isSet(QStringLiteral("date")))
        return bad(QStringLiteral("--date YYYY-MM-DD is required: the date the map shows"));

    QString error;
    const auto date = parseDate(QStringLiteral("date"), parser.value(QStringLiteral("date")), &error);
    if (!date)
        return bad(error);
    QDate since;
    if (parser.isSet(QStringLiteral("since"))) {
        const auto s = parseDate(QStringLiteral("since"), parser.value(QStringLiteral("since")), &error);
        if (!s)
            return bad(error);
        if (*s > *date)
            return bad(QStringLiteral("--since %1 is after --date %2")
                           .arg(s->toString(Qt::ISODate), date->toString(Qt::ISODate)));
        since = *s;
    }
    auto format = formatFor(parser, outPath, &error);
    if (!format)
        return bad(error);
    if (parser.isSet(QStringLiteral("world-file"))) {
        if (*format != geo::ExportFormat::Png)
            return bad(QStringLiteral("--world-file goes with a PNG (the map frame alone, georeferenced)"));
        format = geo::ExportFormat::PngWorldFile;
    }
    const auto lang = parseLanguage(parser.value(QStringLiteral("lang")), &error);
    if (!lang)
        return bad(error);
    const auto crs = parseCrs(parser.value(QStringLiteral("crs")), &error);
    if (!crs)
        return bad(error);

    // Resolution, size and page.
    const bool pdf = *format == geo::ExportFormat::Pdf;
    int dpi = pdf ? 300 : 96;
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || dpi < geo::ExportLimits::minDpi || dpi > geo::ExportLimits::maxDpi)
            return bad(QStringLiteral("--dpi \"%1\": expected a whole number from 24 to 2400")
                           .arg(parser.value(QStringLiteral("dpi"))));
    }
    const bool landscape = parser.isSet(QStringLiteral("landscape"));
    if (landscape && parser.isSet(QStringLiteral("portrait")))
        return bad(QStringLiteral("--landscape or --portrait, not both"));
    const bool hasPage = parser.isSet(QStringLiteral("page"));
    const bool hasSize = parser.isSet(QStringLiteral("size"));
    if (hasPage && hasSize)
        return bad(QStringLiteral("--page or --size, not both"));
    if (hasPage && !geo::isPageFormat(*format))
        return bad(
            QStringLiteral("--page applies to PNG, SVG and PDF pages; the %1 is the map frame alone: give --size")
                .arg(geo::exportFormatName(*format)));
    if ((landscape || parser.isSet(QStringLiteral("portrait"))) && !hasPage && !(pdf && !hasSize))
        return bad(QStringLiteral("--landscape and --portrait turn a --page"));

    geo::ExportRequest request = geo::newExportRequest(*format, *lang);
    request.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (hasPage || (pdf && !hasSize)) {
        const auto page =
            geo::parseExportPage(hasPage ? parser.value(QStringLiteral("page")) : QStringLiteral("A4"), &error);
        if (!page || !geo::setExportPage(request, *page, dpi, &error))
            return bad(error);
    } else {
        const auto size =
            parseSize(hasSize ? parser.value(QStringLiteral("size")) : QStringLiteral("1200x675"), &error);
        if (!size || !geo::setExportPixelSize(request, *size, dpi, &error))
            return bad(error);
    }

    const auto context = loadExportContextOrExplain(command, parser, *crs);
    if (!context)
        return ExitCode::Failure;
    if (parser.isSet(QStringLiteral("title")))
        request.title = parser.value(QStringLiteral("title"));
    request.subtitle = parser.value(QStringLiteral("subtitle"));
    request.inset = !parser.isSet(QStringLiteral("no-inset"));
    request.outPath = outPath;
    if (!fillExportRequest(request, *context, *date, since, parser.value(QStringLiteral("extent")), &error))
        return bad(error);

    const geo::ExportResult result = geo::exportMap(request);
    if (!result.ok)
        return stop(command, ExitCode::Failure, result.error);
    for (const QString& file : result.files)
        out() << file << "\n";
    out().flush();
    return ExitCode::Ok;
}

} // namespace cli
