// frontline-cli timelapse: one map page per date from --from to --to (each date a claim changed something, or
// every N days), the same page as export gives for that date, and optionally an animated GIF of them.
#include "cli_commands.h"
#include "cli_export_request.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/core/file_writer.h"
#include "geo/export/export_request.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace cli {

namespace {

// Qt reads GIFs but has no GIF writer, and a palette per animation matters for maps of flat colours: ffmpeg's
// palettegen/paletteuse filters build one palette from all the frames. Found at run time, never required.
bool writeGif(const QString& ffmpeg, const QString& framePattern, const QString& gifPath, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ffmpeg, {QStringLiteral("-y"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                           QStringLiteral("-framerate"), QStringLiteral("2"), QStringLiteral("-i"), framePattern,
                           QStringLiteral("-vf"), QStringLiteral("split[a][b];[a]palettegen[p];[b][p]paletteuse"),
                           QStringLiteral("-loop"), QStringLiteral("0"), gifPath});
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(ffmpeg, process.errorString());
        return false;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("ffmpeg failed: %1").arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

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
        if (!ok || stepDays < 1 || stepDays > 3660)
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
    QList<QDate> dates{from};
    if (stepDays == 0) {
        for (const QDate& d : context->timeline.changeDates())
            if (d > from && d <= to)
                dates.append(d);
    } else {
        for (QDate d = from.addDays(stepDays); d <= to; d = d.addDays(stepDays))
            dates.append(d);
    }

    geo::ExportRequest base = geo::newExportRequest(geo::ExportFormat::Png, *lang);
    if (!geo::setExportPixelSize(base, *size, 96, &error))
        return bad(error);
    const QString extent = parser.value(QStringLiteral("extent"));
    // The extent is checked before any folder or frame is made.
    if (!geo::parseExportExtent(extent, *context->data, &error))
        return bad(error);

    if (!QDir().mkpath(outDir)) {
        err() << "frontline-cli timelapse: " << outDir << ": cannot make the folder\n";
        return ExitCode::Failure;
    }
    const QDir dir(outDir);
    for (int i = 0; i < dates.size(); ++i) {
        const QString name = QStringLiteral("frame-%1.png").arg(i + 1, 4, 10, QLatin1Char('0'));
        geo::ExportRequest request = base;
        request.outPath = dir.filePath(name);
        // Written whole or not at all: the exporter saves through geo::FileWriter.
        if (!fillExportRequest(request, *context, dates[i], QDate(), extent, &error)) {
            err() << "frontline-cli timelapse: frame " << (i + 1) << " (" << dates[i].toString(Qt::ISODate)
                  << "): " << error << "\n";
            return ExitCode::Failure;
        }
        const geo::ExportResult result = geo::exportMap(request);
        if (!result.ok) {
            err() << "frontline-cli timelapse: frame " << (i + 1) << " of " << dates.size() << " ("
                  << dates[i].toString(Qt::ISODate) << ", " << request.outPath << "): " << result.error
                  << "; the frames before it are written\n";
            err().flush();
            return ExitCode::Failure;
        }
        out() << request.outPath << "\t" << dates[i].toString(Qt::ISODate) << "\n";
    }
    out().flush();

    if (!gifPath.isEmpty()) {
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty()) {
            err() << "frontline-cli timelapse: the GIF needs ffmpeg, which is not installed (apt-get install "
                     "ffmpeg); the "
                  << dates.size() << " PNG frames are written in " << outDir << "\n";
            err().flush();
            return ExitCode::Failure;
        }
        // ffmpeg writes by name: a temporary beside the GIF (its format told by the .gif ending), synced and
        // renamed over it once ffmpeg is done.
        geo::FileWriter gif(gifPath);
        const QString staged = gif.openPath(QStringLiteral("gif"));
        if (staged.isEmpty() || !writeGif(ffmpeg, dir.filePath(QStringLiteral("frame-%04d.png")), staged, &error))
            gif.fail(error);
        if (!gif.commit()) {
            err() << "frontline-cli timelapse: " << gif.error() << "; the PNG frames are written in " << outDir << "\n";
            err().flush();
            return ExitCode::Failure;
        }
        out() << gifPath << "\n";
        out().flush();
    }
    return ExitCode::Ok;
}

} // namespace cli
