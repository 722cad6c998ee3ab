// frontline-cli timelapse: one map page per date from --from to --to (each date a claim changed something, or
// every N days), the same page as export gives for that date, and optionally an animated GIF of them.
#include "cli_commands.h"
#include "cli_export_request.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/export/export_request.h"
#include "geo/export/timelapse.h"

#include <QDir>
#include <QFileInfo>

namespace cli {

ExitCode runTimelapse(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write one map page per date, frame-0001.png, frame-0002.png ..., each the page export gives for the "
        "date: the first day and every date a claim changed something (--step change, the default), or every "
        "N days; optionally an animated GIF of the frames (needs ffmpeg)."));
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("The first day, YYYY-MM-DD (required)."), "DATE"},
        {QStringLiteral("to"), QStringLiteral("The last day, YYYY-MM-DD (required)."), "DATE"},
        {QStringLiteral("out-dir"), QStringLiteral("The folder for the frames (required; made if missing)."), "DIR"},
        {QStringLiteral("step"), QStringLiteral("change (a frame per dated change, default) or N (every N days)."),
         "STEP", "change"},
        {QStringLiteral("size"), QStringLiteral("Frame size in pixels (default 1200x675)."), "WxH", "1200x675"},
        {QStringLiteral("lang"), QStringLiteral("Language of labels and page texts: fr, en or ar (default fr)."),
         "LANG", "fr"},
        {QStringLiteral("extent"),
         QStringLiteral("A place name (the area 40 km across around it) or minlon,minlat,maxlon,maxlat "
                        "(default: Idleb)."),
         "EXTENT"},
        {QStringLiteral("gif"), QStringLiteral("Also an animated GIF of the frames (made with ffmpeg)."), "FILE"},
        {QStringLiteral("store"),
         QStringLiteral("The article store (default: the window's, in the user's data folder)."), "PATH"},
    });
    const QString command = QStringLiteral("timelapse");
    if (const auto stopped = startCommand(parser, command, args))
        return *stopped;
    const auto bad = [&command](const QString& message) { return stop(command, ExitCode::BadInput, message); };
    const QString outDir = parser.value(QStringLiteral("out-dir"));
    if (outDir.isEmpty())
        return bad(QStringLiteral("--out-dir DIR is required: the folder for the frames"));
    QString error;
    const auto range = parseDateRange(parser, &error);
    if (!range)
        return bad(error);
    const QDate from = range->from, to = range->to;
    int stepDays = 0; // 0: a frame per change
    const QString step = parser.value(QStringLiteral("step")).trimmed();
    if (step != QLatin1String("change")) {
        bool ok = false;
        stepDays = step.toInt(&ok);
        if (!ok || stepDays < 1 || stepDays > geo::kTimelapseMaxStepDays)
            return bad(QStringLiteral("--step \"%1\": expected change or a number of days from 1").arg(step));
    }
    const auto size = parseSize(parser.value(QStringLiteral("size")), &error);
    if (!size)
        return bad(error);
    const auto lang = parseLanguage(parser.value(QStringLiteral("lang")), &error);
    if (!lang)
        return bad(error);
    const QString gifPath = parser.value(QStringLiteral("gif"));
    if (parser.isSet(QStringLiteral("gif")) && QFileInfo(gifPath).suffix().toLower() != QLatin1String("gif"))
        return bad(QStringLiteral("--gif %1: name the file .gif").arg(gifPath));

    const auto context = loadExportContextOrExplain(command, parser, geo::DisplayCrs::WebMercator);
    if (!context)
        return ExitCode::Failure;

    // The dates: the first day, then every change date after it up to the last day, or every N days.
    const QList<QDate> dates = geo::timelapseDates(context->timeline, from, to, stepDays);

    geo::ExportRequest base = geo::newExportRequest(geo::ExportFormat::Png, *lang);
    if (!geo::setExportPixelSize(base, *size, 96, &error))
        return bad(error);
    const QString extent = parser.value(QStringLiteral("extent"));
    // The extent is checked before any folder or frame is made.
    const auto parsedExtent = geo::parseExportExtent(extent, *context->data, &error);
    if (!parsedExtent)
        return bad(error);

    const geo::TimelapseRequest request{base, *parsedExtent, dates, outDir};
    const geo::DatedMapSources sources{context->data,   context->crs,      &context->timeline,
                                       &context->posts, &context->catalog, &context->articles};
    const geo::TimelapseResult result = geo::writeTimelapse(request, sources, [](const geo::TimelapseFrame& frame) {
        out() << frame.path << "\t" << frame.date.toString(Qt::ISODate) << "\n";
    });
    if (!result.ok) {
        const int i = result.failedFrame;
        switch (result.failure) {
        case geo::TimelapseResult::Failure::Folder: err() << "frontline-cli timelapse: " << result.error << "\n"; break;
        case geo::TimelapseResult::Failure::Request:
            err() << "frontline-cli timelapse: frame " << (i + 1) << " (" << dates[i].toString(Qt::ISODate)
                  << "): " << result.error << "\n";
            break;
        case geo::TimelapseResult::Failure::Export:
        case geo::TimelapseResult::Failure::None:
            err() << "frontline-cli timelapse: frame " << (i + 1) << " of " << dates.size() << " ("
                  << dates.value(i).toString(Qt::ISODate) << ", " << QDir(outDir).filePath(geo::timelapseFrameName(i))
                  << "): " << result.error << "; the frames before it are written\n";
            break;
        }
        err().flush();
        return ExitCode::Failure;
    }
    out().flush();

    if (!gifPath.isEmpty()) {
        const QString ffmpeg = geo::findFfmpeg();
        if (ffmpeg.isEmpty()) {
            err() << "frontline-cli timelapse: the GIF needs ffmpeg, which is not installed (apt-get install "
                     "ffmpeg); the "
                  << dates.size() << " PNG frames are written in " << outDir << "\n";
            err().flush();
            return ExitCode::Failure;
        }
        if (!geo::writeTimelapseGif(ffmpeg, outDir, gifPath, &error)) {
            err() << "frontline-cli timelapse: " << error << "; the PNG frames are written in " << outDir << "\n";
            err().flush();
            return ExitCode::Failure;
        }
        out() << gifPath << "\n";
        out().flush();
    }
    return ExitCode::Ok;
}

} // namespace cli
