// frontline-cli changes: the places whose controller changed between two dates, with the claims behind each
// change, as CSV or text; and optionally the map of the later date with those places ringed.
#include "cli_commands.h"
#include "cli_export_request.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/export/export_texts.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace cli {

namespace {

constexpr int kExitBadArguments = 2;
constexpr int kExitFailure = 1;

QByteArray toCsv(const QList<geo::ControlChange>& changes, const geo::EntityCatalog& catalog, geo::Language lang)
{
    QString text;
    const auto record = [&text](const QStringList& values) { text += csvRecord(values); };
    record({QStringLiteral("place_id"), QStringLiteral("name"), QStringLiteral("before"), QStringLiteral("after"),
            QStringLiteral("date"), QStringLiteral("claimant"), QStringLiteral("publisher"),
            QStringLiteral("article_id"), QStringLiteral("annotation_id"), QStringLiteral("quote")});
    for (const geo::ControlChange& c : changes) {
        const QStringList head{c.placeId, catalog.name(c.placeId, lang), geo::controllerName(c.before.controller),
                               geo::controllerName(c.after.controller)};
        if (c.claims.isEmpty()) // e.g. a place that had no state before: the change, with no claim to list
            record(head + QStringList{QString(), QString(), QString(), QString(), QString(), QString()});
        for (const geo::ClaimRecord& claim : c.claims)
            record(head + QStringList{claim.date.toString(Qt::ISODate), claim.claimant, claim.publisher,
                                      claim.articleId, claim.annotationId, claim.quote});
    }
    return text.toUtf8();
}

QByteArray toText(const QList<geo::ControlChange>& changes, const geo::EntityCatalog& catalog, geo::Language lang,
                  QDate from, QDate to)
{
    QString text = QStringLiteral("%1 places changed hands between %2 and %3\n")
                       .arg(changes.size())
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    for (const geo::ControlChange& c : changes) {
        text += QStringLiteral("\n%1 (%2): %3 -> %4\n")
                    .arg(catalog.name(c.placeId, lang), c.placeId, geo::controllerName(c.before.controller),
                         geo::controllerName(c.after.controller));
        for (const geo::ClaimRecord& claim : c.claims)
            text += QStringLiteral("  %1  %2 (%3, %4#%5): \"%6\"\n")
                        .arg(claim.date.toString(Qt::ISODate), claim.claimant, claim.publisher, claim.articleId,
                             claim.annotationId, claim.quote.simplified());
    }
    return text.toUtf8();
}

} // namespace

int runChanges(const QStringList& args)
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
    int code = 0;
    if (!parseOrExplain(parser, QStringLiteral("changes"), args, &code))
        return code;
    auto bad = [](const QString& message) {
        err() << "frontline-cli changes: " << message << "\n";
        err().flush();
        return kExitBadArguments;
    };
    if (!parser.positionalArguments().isEmpty())
        return bad(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
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
    const QString storePath = parser.value(QStringLiteral("store"));
    if (!storePath.isEmpty() && !QFileInfo::exists(storePath))
        return bad(QStringLiteral("--store %1: no such file").arg(storePath));

    const auto context = loadExportContextOrExplain(QStringLiteral("changes"), parser, geo::DisplayCrs::WebMercator);
    if (!context)
        return kExitFailure;
    const QList<geo::ControlChange> changes = context->timeline.changesBetween(from, to);

    // The map first, so that a bad extent leaves no list behind either.
    if (mapFormat) {
        geo::ExportRequest request;
        request.format = *mapFormat;
        if (*mapFormat == geo::ExportFormat::Pdf) { // an A4 page at 300 dpi, as export gives
            request.dpi = 300;
            request.pageSize = QPageSize(QPageSize::A4);
            const QSizeF inches = geo::pageSizeInches(request.pageSize, request.orientation);
            request.pixelSize = QSize(qRound(inches.width() * request.dpi), qRound(inches.height() * request.dpi));
        } else {
            request.pixelSize = *size;
        }
        request.settings.labelLanguage = *lang;
        request.lang = *lang;
        request.title = geo::export_texts::defaultTitle(*lang);
        request.outPath = mapPath;
        for (const geo::ControlChange& c : changes)
            request.settings.markedPlaceIds << c.placeId;
        request.settings.markedSince = from;
        if (!fillExportRequest(request, *context, to, from, parser.value(QStringLiteral("extent")), &error))
            return bad(error);
        const geo::ExportResult result = geo::exportMap(request);
        if (!result.ok) {
            err() << "frontline-cli changes: " << result.error << "\n";
            err().flush();
            return kExitFailure;
        }
    }

    const QByteArray bytes = format == QLatin1String("csv") ? toCsv(changes, context->catalog, *lang)
                                                            : toText(changes, context->catalog, *lang, from, to);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        out() << QString::fromUtf8(bytes);
        out().flush();
        return 0;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << "frontline-cli changes: " << outPath << ": cannot write (" << file.errorString()
              << "); nothing written\n";
        return kExitFailure;
    }
    out() << outPath << ": " << changes.size() << " places changed between " << from.toString(Qt::ISODate) << " and "
          << to.toString(Qt::ISODate) << "\n";
    if (mapFormat)
        out() << mapPath << "\n";
    out().flush();
    return 0;
}

} // namespace cli
