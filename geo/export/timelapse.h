#pragma once
// A time-lapse: one map page per date between two dates, frame-0001.png, frame-0002.png ..., each the page an
// export of that date gives; and, when asked for, an animated GIF of the frames made by ffmpeg. Built here once
// for the window (File > Export time-lapse…) and the command line (frontline-cli timelapse), so that both write
// the same files.
//
// ffmpeg is an external program: it is run only by writeTimelapseGif, which only a user's explicit request calls
// (the --gif option, the dialog's box), never anything read from a file.

#include "geo/export/export_request.h"
#include "geo/export/map_exporter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace geo {

class ControlTimeline;
class EntityCatalog;
class PostTimeline;
struct Article;

// The longest step between frames, in days (ten years).
constexpr int kTimelapseMaxStepDays = 3660;

// The frame dates: FROM, then every change date of TIMELINE after it up to TO (STEPDAYS 0), or every STEPDAYS
// days after FROM up to TO.
QList<QDate> timelapseDates(const ControlTimeline& timeline, QDate from, QDate to, int stepDays);

// "frame-0001.png" for INDEX 0: the name of the frame of the INDEX-th date.
QString timelapseFrameName(int index);

// Everything the page of any date needs, loaded once. The pointers are borrowed: they outlive the call.
struct DatedMapSources {
    std::shared_ptr<const MapData> data;
    DisplayCrs crs = DisplayCrs::WebMercator;
    const ControlTimeline* timeline = nullptr;
    const PostTimeline* posts = nullptr; // may be null: no post states
    const EntityCatalog* catalog = nullptr;
    const QList<Article>* articles = nullptr;
};

// Fills REQUEST (made by newExportRequest, its size, page, texts and out path set) for DATE: the map, who held
// what that day, then fitExportFrame: the source notes of the claims behind EXTENT (from SINCE on when valid) and
// the frame fitted to it. False with *ERROR when the page does not work out.
bool fillDatedExportRequest(ExportRequest& request, const DatedMapSources& sources, QDate date, QDate since,
                            const ExportExtent& extent, QString* error);

struct TimelapseRequest {
    ExportRequest page; // newExportRequest(Png, ...) sized; the rest is filled per frame. page.settings.cancel stops it
    ExportExtent extent;
    QList<QDate> dates; // timelapseDates()
    QString outDir;     // made if missing
};

struct TimelapseFrame {
    QString path; // outDir/frame-NNNN.png, as QDir::filePath gives it
    QDate date;
};

struct TimelapseResult {
    enum class Failure { None, Folder, Request, Export };
    bool ok = false;
    bool cancelled = false;
    Failure failure = Failure::None;
    int failedFrame = -1; // the index of the frame that failed
    QString error;        // Folder: "DIR: cannot make the folder"; Request and Export: why, as the exporter says
    QList<TimelapseFrame> frames; // the frames written, in order, each whole
};

// Writes the frames of REQUEST one after another through exportMap (each whole under a temporary name, renamed
// at the end: a failure or a cancel leaves no half-written frame; the frames before it stay). FRAMEWRITTEN (may
// be empty) is called after each frame; PROGRESS (may be empty) gets 0-100 over the whole time-lapse and returns
// false to cancel (as does setting page.settings.cancel, which also stops the frame being drawn).
TimelapseResult writeTimelapse(const TimelapseRequest& request, const DatedMapSources& sources,
                               const std::function<void(const TimelapseFrame& frame)>& frameWritten = {},
                               const std::function<bool(int percent)>& progress = {});

// ffmpeg on PATH; empty when it is not installed.
QString findFfmpeg();

// Runs FFMPEG on the frames in OUTDIR (frame-%04d.png, two a second, one palette for all) into GIFPATH, through a
// FileWriter: a temporary beside it, synced and renamed once ffmpeg is done. CANCEL (may be null), when set,
// stops ffmpeg. False with *ERROR (the FileWriter's words: which file and why) on failure; GIFPATH is untouched
// then.
bool writeTimelapseGif(const QString& ffmpeg, const QString& outDir, const QString& gifPath, QString* error,
                       const std::shared_ptr<std::atomic_bool>& cancel = {});

} // namespace geo
