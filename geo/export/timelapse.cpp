#include "geo/export/timelapse.h"

#include "geo/control/control_timeline.h"
#include "geo/control/dated_control.h"
#include "geo/core/file_writer.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace geo {

QList<QDate> timelapseDates(const ControlTimeline& timeline, QDate from, QDate to, int stepDays)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || from > to || stepDays < 0)
        return dates;
    dates << from;
    if (stepDays == 0) {
        for (const QDate& d : timeline.changeDates())
            if (d > from && d <= to)
                dates << d;
    } else {
        for (QDate d = from.addDays(stepDays); d <= to; d = d.addDays(stepDays))
            dates << d;
    }
    return dates;
}

QString timelapseFrameName(int index)
{
    return QStringLiteral("frame-%1.png").arg(index + 1, 4, 10, QLatin1Char('0'));
}

bool fillDatedExportRequest(ExportRequest& request, const DatedMapSources& sources, QDate date, QDate since,
                            const ExportExtent& extent, QString* error)
{
    request.data = sources.data;
    request.asOf = date;
    // Who held what on the date, from the store's articles; the claims behind what the frame shows.
    request.settings.control = controlOverlayAt(*sources.timeline, sources.posts, *sources.catalog, date, sources.crs);
    const ExportNoteSources notes{sources.timeline, sources.articles, sources.catalog, since};
    return fitExportFrame(request, extent, &notes, error);
}

TimelapseResult writeTimelapse(const TimelapseRequest& request, const DatedMapSources& sources,
                               const std::function<void(const TimelapseFrame& frame)>& frameWritten,
                               const std::function<bool(int percent)>& progress)
{
    TimelapseResult result;
    if (!QDir().mkpath(request.outDir)) {
        result.failure = TimelapseResult::Failure::Folder;
        result.error = QStringLiteral("%1: cannot make the folder").arg(request.outDir);
        return result;
    }
    const QDir dir(request.outDir);
    const auto count = int(request.dates.size());
    bool stopped = false; // PROGRESS said to stop
    const auto report = [&](int frame, int percent) {
        if (progress && !progress((frame * 100 + percent) / std::max(count, 1)))
            stopped = true;
        return !stopped && !request.page.settings.cancelled();
    };
    for (int i = 0; i < count; ++i) {
        if (!report(i, 0)) {
            result.cancelled = true;
            return result;
        }
        ExportRequest page = request.page;
        page.outPath = dir.filePath(timelapseFrameName(i));
        QString error;
        if (!fillDatedExportRequest(page, sources, request.dates[i], QDate(), request.extent, &error)) {
            result.failure = TimelapseResult::Failure::Request;
            result.failedFrame = i;
            result.error = error;
            return result;
        }
        // Written whole or not at all: the exporter saves through FileWriter.
        const ExportResult written = exportMap(page, [&](int percent) { return report(i, percent); });
        if (written.cancelled || (!written.ok && (stopped || page.settings.cancelled()))) {
            result.cancelled = true;
            return result;
        }
        if (!written.ok) {
            result.failure = TimelapseResult::Failure::Export;
            result.failedFrame = i;
            result.error = written.error;
            return result;
        }
        result.frames << TimelapseFrame{page.outPath, request.dates[i]};
        if (frameWritten)
            frameWritten(result.frames.last());
    }
    if (progress)
        progress(100);
    result.ok = true;
    return result;
}

QString findFfmpeg()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

namespace {

// Qt reads GIFs but has no GIF writer, and a palette per animation matters for maps of flat colours: ffmpeg's
// palettegen/paletteuse filters build one palette from all the frames.
bool runFfmpeg(const QString& ffmpeg, const QString& framePattern, const QString& gifPath, QString* error,
               const std::shared_ptr<std::atomic_bool>& cancel)
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
    while (!process.waitForFinished(cancel ? 100 : -1)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished(-1);
            *error = QStringLiteral("cancelled");
            return false;
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("ffmpeg failed: %1").arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

bool writeTimelapseGif(const QString& ffmpeg, const QString& outDir, const QString& gifPath, QString* error,
                       const std::shared_ptr<std::atomic_bool>& cancel)
{
    // ffmpeg writes by name: a temporary beside the GIF (its format told by the .gif ending), synced and renamed
    // over it once ffmpeg is done.
    FileWriter gif(gifPath);
    const QString staged = gif.openPath(QStringLiteral("gif"));
    QString why;
    if (staged.isEmpty() ||
        !runFfmpeg(ffmpeg, QDir(outDir).filePath(QStringLiteral("frame-%04d.png")), staged, &why, cancel))
        gif.fail(why);
    if (!gif.commit()) {
        *error = gif.error();
        return false;
    }
    return true;
}

} // namespace geo
