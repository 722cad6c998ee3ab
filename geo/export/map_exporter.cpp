#include "geo/export/map_exporter.h"

#include "geo/core/file_writer.h"
#include "geo/core/gdal_support_p.h"
#include "geo/core/output_path.h"
#include "geo/export/export_texts.h"
#include "geo/export/geotiff_writer.h"
#include "geo/export/inset_map.h"
#include "geo/render/map_credits.h"
#include "geo/render/map_legend.h"
#include "geo/render/map_renderer.h"
#include "geo/export/north_arrow.h"
#include "geo/export/page_painter.h"
#include "geo/export/png_writer.h"
#include "geo/render/style.h"
#include "geo/export/svg_page.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QThreadPool>

#include <gdal.h>

#include <chrono>
#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <mutex>

namespace geo {

namespace {

constexpr double kCssDpi = 96.0;

int dotsPerMeter(double dpi)
{
    return qRound(dpi / 0.0254);
}

// Reports progress; false once the caller asks to stop.
// The request's cancel flag (the one the renderer checks between features) stops it too.
class Progress {
public:
    Progress(const std::function<bool(int)>& report, const RenderSettings& settings)
        : m_report(report), m_settings(settings)
    {
    }
    bool operator()(int percent)
    {
        if (m_settings.cancelled() || (m_report && !m_report(percent)))
            m_stopped = true;
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    const std::function<bool(int)>& m_report;
    const RenderSettings& m_settings;
    bool m_stopped = false;
};

// A world file from a GDAL geotransform: A, D, B, E (pixel size in x, two rotation terms, minus the pixel size in
// y), then C, F: the centre of the top left pixel, where GDAL gives its corner.
QString worldFileLines(const std::array<double, 6>& gt)
{
    const QList<double> lines{gt[1], gt[4], gt[2], gt[5], gt[0] + gt[1] / 2 + gt[2] / 2, gt[3] + gt[4] / 2 + gt[5] / 2};
    QString text;
    for (double v : lines)
        text += QString::number(v, 'f', 10) + QLatin1Char('\n');
    return text;
}

ExportResult failed(const QString& error)
{
    ExportResult r;
    r.error = error;
    return r;
}

ExportResult cancelled(const QString& path)
{
    ExportResult r;
    r.cancelled = true;
    r.error = QStringLiteral("%1: export cancelled; nothing written").arg(path);
    return r;
}

QString creditsText(const ExportRequest& r)
{
    return QStringLiteral("%1 %2 · %3")
        .arg(export_texts::mapDataLabel(r.lang), dataCredits(r.data->attribution, r.lang),
             export_texts::projection(r.data->crs, r.lang));
}

PageContent pageContent(const ExportRequest& r)
{
    PageContent c;
    c.title = r.title;
    c.subtitle = r.subtitle;
    c.asOf = export_texts::asOf(r.asOf, r.lang);
    c.lang = r.lang;
    for (const LegendRow& row : legendRows(r.settings, *r.data, r.lang, LegendScope::VisibleLayers))
        c.legendTexts << row.text;
    c.notes = r.notes;
    c.credits = creditsText(r);
    c.inset = r.inset && r.data->layer(QStringLiteral("governorates"));
    c.insetAspect = insetAspect(*r.data);
    c.notesOverleaf = r.format == ExportFormat::Pdf; // a PDF has pages for the notes the map's page leaves out
    return c;
}

// Everything a page needs, worked out before painting.
struct PagePlan {
    PageLayout layout;
    PageContent content;
    Viewport frame; // page units
    RenderSettings frameSettings;
    QVector<LegendRow> legend; // what the frame shows
};

std::optional<PagePlan> planPage(const ExportRequest& r, QString* error)
{
    PagePlan plan;
    plan.content = pageContent(r);
    auto layout = layoutPage(pageSizeCss(r), plan.content, error);
    if (!layout)
        return std::nullopt;
    plan.layout = *layout;
    // The request's extent, fitted to the frame in page units: the same area when the request was sized with
    // mapFramePixelSize, at least all of it otherwise.
    const Viewport& asked = r.settings.viewport;
    const QSize size = plan.layout.frame.size().toSize();
    const QRectF extent = asked.mapRect();
    plan.frame =
        Viewport(asked.center(), std::max(extent.width() / size.width(), extent.height() / size.height()), size);
    plan.frameSettings = r.settings;
    plan.frameSettings.viewport = plan.frame;
    plan.frameSettings.devicePixelRatio = 1.0;
    plan.frameSettings.drawCredits = false; // the credits are in the page's foot
    plan.frameSettings.keepClear += frameOverlayBoxes(plan.layout);
    plan.legend = legendRows(plan.frameSettings, *r.data, r.lang, LegendScope::InFrame);
    return plan;
}

void fillResult(ExportResult* result, const PagePlan& plan)
{
    result->layout = plan.layout;
    result->frameExtent = plan.frame.mapRect();
    for (const LegendRow& row : plan.legend)
        result->legend << row.text;
}

// The opening every page format shares: the page planned, the first progress step, the result's page fields.
// Without a plan, RESULT is the failure or the cancel to return at once.
struct PageStart {
    std::optional<PagePlan> plan;
    ExportResult result;
};
PageStart startPage(const ExportRequest& r, Progress& progress)
{
    PageStart start;
    QString error;
    start.plan = planPage(r, &error);
    if (!start.plan) {
        start.result = failed(error);
    } else if (!progress(10)) {
        start.plan.reset();
        start.result = cancelled(r.outPath);
    } else {
        fillResult(&start.result, *start.plan);
    }
    return start;
}

ExportResult cannotWrite(const FileWriter& file)
{
    return failed(file.error());
}

// Paints the whole page: background, map frame (the renderer's), overlays, then the page around. Returns
// false if the render was cancelled.
bool paintWholePage(QPainter& painter, const PagePlan& plan, const ExportRequest& r, ExportResult* result)
{
    painter.fillRect(QRectF(QPointF(0, 0), plan.layout.page), Qt::white);
    painter.save();
    painter.translate(plan.layout.frame.topLeft());
    const auto rendered = MapRenderer::render(painter, plan.frameSettings, *r.data);
    if (rendered.cancelled || r.settings.cancelled()) {
        painter.restore();
        return false;
    }
    paintFrameOverlays(painter, plan.layout, plan.frame, r.data->crs, r.lang);
    painter.restore();
    if (r.settings.cancelled()) // the page around draws the inset map and the notes: not worth finishing
        return false;
    paintPage(painter, plan.layout, plan.content, plan.legend, *r.data, plan.frame);
    result->northAngle = trueNorthAngle(plan.frame, r.data->crs);
    return true;
}

// Paints with PAINT (false: its render was cancelled) onto IMAGE, on the thread pool when there is a CANCEL
// flag, and returns false as soon as the flag is set: the renderer checks it only between features, and one
// feature of a 300 dpi page can take most of a second. An abandoned job finishes on its own with what it
// holds (shared), never the caller's stack. Without a flag (the command line) it paints here.
// The window waits for such a job before its application object goes (app/gui/main.cpp).
bool paintCancellable(const std::shared_ptr<QImage>& image, const std::shared_ptr<std::atomic_bool>& cancel,
                      std::function<bool(QPainter&)> paint)
{
    struct State {
        std::mutex mutex;
        std::condition_variable finished;
        bool done = false;
        bool painted = false;
    };
    const auto state = std::make_shared<State>();
    auto job = [image, paint = std::move(paint), state] {
        bool painted = false;
        {
            QPainter painter(image.get());
            painted = paint(painter);
        }
        const std::lock_guard lock(state->mutex);
        state->done = true;
        state->painted = painted;
        state->finished.notify_all();
    };
    if (!cancel) {
        job();
        return state->painted;
    }
    QThreadPool* pool = QThreadPool::globalInstance();
    pool->start(std::move(job));
    // This thread only waits: it lends its pool slot, so the job starts even when the pool is full of exports.
    pool->releaseThread();
    bool painted = false;
    {
        std::unique_lock lock(state->mutex);
        while (!state->finished.wait_for(lock, std::chrono::milliseconds(10), [&] { return state->done; }))
            if (cancel->load())
                break;
        painted = state->done && state->painted && !cancel->load();
    }
    pool->reserveThread();
    return painted;
}

// A QImage whose painter lays text out at 96 dpi and scales everything by DPI/96: the same page as on screen,
// with more pixels. The file gets the real DPI afterwards.
QImage pageImage(QSize pixels, int dpi, const QColor& fill)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(dotsPerMeter(kCssDpi));
    image.setDotsPerMeterY(dotsPerMeter(kCssDpi));
    image.setDevicePixelRatio(dpi / kCssDpi);
    image.fill(fill);
    return image;
}

QImage finishedImage(QImage image, int dpi)
{
    image.setDevicePixelRatio(1.0);
    image = image.convertToFormat(QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMeter(dpi));
    image.setDotsPerMeterY(dotsPerMeter(dpi));
    return image;
}

// IMAGE as a PNG into FILE, opened; false when it failed (FILE says why).
bool savePng(const QImage& image, FileWriter* file)
{
    QString error;
    if (!writePng(image, file->device(), &error))
        file->fail(error);
    return !file->failed();
}

// The page as an image at the request's resolution, ready to save; no file is touched.
ExportImage renderPngPage(const ExportRequest& r, Progress& progress)
{
    ExportImage out;
    auto [plan, result] = startPage(r, progress);
    out.result = std::move(result);
    if (!plan)
        return out;
    // The map frame first (the long part, abandoned at once on a cancel), then the page around it: the same
    // drawing as paintWholePage, by two painters in turn.
    const auto image = std::make_shared<QImage>(pageImage(r.pixelSize, r.dpi, Qt::white));
    const auto frame = std::make_shared<const PagePlan>(*plan);
    const auto data = r.data;
    const Language lang = r.lang;
    const bool framed = paintCancellable(image, r.settings.cancel, [frame, data, lang](QPainter& painter) {
        painter.translate(frame->layout.frame.topLeft());
        if (MapRenderer::render(painter, frame->frameSettings, *data).cancelled)
            return false;
        paintFrameOverlays(painter, frame->layout, frame->frame, data->crs, lang);
        return true;
    });
    if (!framed || r.settings.cancelled()) {
        out.result = cancelled(r.outPath);
        return out;
    }
    {
        QPainter painter(image.get());
        paintPage(painter, plan->layout, plan->content, plan->legend, *r.data, plan->frame);
    }
    if (r.settings.cancelled()) {
        out.result = cancelled(r.outPath);
        return out;
    }
    out.result.northAngle = trueNorthAngle(plan->frame, r.data->crs);
    out.image = finishedImage(std::move(*image), r.dpi);
    out.result.pixelSize = out.image.size();
    out.result.ok = true;
    return out;
}

ExportResult exportPngPage(const ExportRequest& r, Progress& progress)
{
    ExportImage rendered = renderPngPage(r, progress);
    ExportResult& result = rendered.result;
    if (!result.ok)
        return result;
    if (!progress(70))
        return cancelled(r.outPath);
    FileWriter file(r.outPath);
    if (!file.open() || !savePng(rendered.image, &file))
        return cannotWrite(file);
    if (!progress(95))
        return cancelled(r.outPath);
    if (!file.commit())
        return cannotWrite(file);
    result.files << r.outPath;
    return result;
}

ExportResult exportPdf(const ExportRequest& r, Progress& progress)
{
    auto [plan, result] = startPage(r, progress);
    if (!plan)
        return result;
    FileWriter file(r.outPath);
    if (!file.open())
        return cannotWrite(file);
    {
        // QPdfWriter does not look at what its writes return: the file remembers the first that failed.
        QPdfWriter writer(file.device());
        // The device unit is the layout's CSS pixel, so text and symbols have their page sizes; the PDF is
        // vector throughout, so no resolution is lost.
        writer.setResolution(int(kCssDpi));
        writer.setPageLayout(QPageLayout(r.pageSize, r.orientation, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(r.title);
        writer.setCreator(QStringLiteral("Frontline"));
        QPainter painter;
        if (!painter.begin(&writer))
            return failed(QStringLiteral("%1: cannot start the PDF").arg(r.outPath));
        if (!paintWholePage(painter, *plan, r, &result))
            return cancelled(r.outPath);
        if (!progress(80))
            return cancelled(r.outPath);
        // The notes the map's page leaves out, whole, on the pages after it.
        for (const NotesPage& notes : layoutNotesPages(plan->layout.page, plan->content, plan->layout.notesShown)) {
            if (!writer.newPage())
                return failed(QStringLiteral("%1: cannot add a page of source notes").arg(r.outPath));
            paintNotesPage(painter, notes, plan->content);
        }
        painter.end();
    }
    if (!progress(95))
        return cancelled(r.outPath);
    if (!file.commit())
        return cannotWrite(file);
    result.ok = true;
    result.files << r.outPath;
    return result;
}

ExportResult exportSvg(const ExportRequest& r, Progress& progress)
{
    auto [plan, result] = startPage(r, progress);
    if (!plan)
        return result;

    bool wasCancelled = false;
    const QByteArray frame = svgFragment(
        plan->layout.page,
        [&](QPainter& painter) {
            painter.translate(plan->layout.frame.topLeft());
            if (MapRenderer::render(painter, plan->frameSettings, *r.data).cancelled) {
                wasCancelled = true;
                return;
            }
            paintFrameOverlays(painter, plan->layout, plan->frame, r.data->crs, r.lang);
        },
        plan->layout.frame);
    if (wasCancelled || !progress(60))
        return cancelled(r.outPath);
    const QByteArray page = svgFragment(plan->layout.page, [&](QPainter& painter) {
        paintPage(painter, plan->layout, plan->content, plan->legend, *r.data, plan->frame);
    });
    result.northAngle = trueNorthAngle(plan->frame, r.data->crs);
    QStringList description{r.subtitle, plan->content.asOf, plan->content.credits};
    description.removeAll(QString());
    const QByteArray svg =
        composeSvgPage(plan->layout.page, frame, page, r.title, description.join(QStringLiteral(" — ")));
    if (!progress(85))
        return cancelled(r.outPath);
    FileWriter file(r.outPath);
    if (!file.open() || !file.write(svg) || !file.commit())
        return cannotWrite(file);
    result.ok = true;
    result.files << r.outPath;
    return result;
}

// The frame alone, georeferenced: an image of the viewport's pixel size. The painter works at 96 dpi scaled
// to the DPI, so the viewport in page units keeps the requested top left corner and pixel size.
ExportImage renderFrameOnly(const ExportRequest& r, Progress& progress)
{
    const Viewport& asked = r.settings.viewport;
    const QSize pixels = asked.size();
    const double scale = r.dpi / kCssDpi;
    const QSize logical(int(std::ceil(pixels.width() / scale)), int(std::ceil(pixels.height() / scale)));
    const QRectF extent = asked.mapRect();
    const double upp = asked.unitsPerPixel() * scale;
    const QPointF northWest(extent.left(), extent.bottom()); // mapRect's bottom is its northern edge
    Viewport frame(QPointF(), upp, logical);
    frame.setCenter(northWest + QPointF(logical.width() / 2.0 * frame.unitsPerPixel(),
                                        -logical.height() / 2.0 * frame.unitsPerPixel()));
    RenderSettings settings = r.settings;
    settings.viewport = frame;
    settings.devicePixelRatio = scale;

    ExportImage out;
    ExportResult& result = out.result;
    const QRectF drawn = frame.mapRect();
    const double pixel = frame.unitsPerPixel() / scale;
    result.geoTransform = {drawn.left(), pixel, 0, drawn.bottom(), 0, -pixel};
    result.frameExtent =
        QRectF(drawn.left(), drawn.bottom() - pixels.height() * pixel, pixels.width() * pixel, pixels.height() * pixel);
    if (!progress(10)) {
        out.result = cancelled(r.outPath);
        return out;
    }
    const auto image = std::make_shared<QImage>(pageImage(pixels, r.dpi, palette::noData));
    const auto data = r.data;
    const bool painted = paintCancellable(image, r.settings.cancel, [settings, data](QPainter& painter) {
        return !MapRenderer::render(painter, settings, *data).cancelled;
    });
    if (!painted) {
        out.result = cancelled(r.outPath);
        return out;
    }
    out.image = finishedImage(std::move(*image), r.dpi);
    result.pixelSize = out.image.size();
    result.ok = true;
    return out;
}

// The PNG and its world file, each written under a temporary name beside it (the world file by GDAL's own
// writer) and put in place together: a failure leaves the old pair, or nothing.
bool writePngWithWorldFile(const QImage& image, const std::array<double, 6>& geoTransform, const QString& pngPath,
                           Progress& progress, QString* error)
{
    FileWriter png(pngPath);
    if (!png.open() || !savePng(image, &png)) {
        *error = png.error();
        return false;
    }
    FileWriter world(worldFilePath(pngPath));
    const QString stagedWorld = world.openPath();
    if (stagedWorld.isEmpty()) {
        *error = world.error();
        return false;
    }
    std::array<double, 6> gt = geoTransform;
    {
        const gdal::QuietErrors quiet; // GDAL's message goes into ours, not to the terminal
        // GDALWriteWorldFile swaps the suffix of the name it is given: the staged name keeps its own.
        errno = 0;
        if (!GDALWriteWorldFile(QFile::encodeName(stagedWorld).constData(),
                                QFileInfo(stagedWorld).suffix().toUtf8().constData(), gt.data())) {
            // GDAL says nothing of its own when the system refuses a write: errno has the reason then.
            const int systemError = errno;
            const QString gdalError = gdal::lastError();
            if (gdalError.isEmpty())
                world.failWithSystemError(systemError, QStringLiteral("GDAL could not write it"));
            else
                world.fail(gdalError);
            *error = world.error();
            return false;
        }
    }
    return progress(95) && FileWriter::commitAll({&png, &world}, error);
}

ExportResult exportFrameOnly(const ExportRequest& r, Progress& progress)
{
    ExportImage rendered = renderFrameOnly(r, progress);
    ExportResult result = rendered.result;
    if (!result.ok)
        return result;
    result.ok = false;
    if (!progress(70))
        return cancelled(r.outPath);
    if (r.format == ExportFormat::GeoTiff) {
        GeoTiffOptions options;
        options.geoTransform = result.geoTransform;
        options.crs = crsCode(r.data->crs);
        options.dpi = r.dpi;
        QString error;
        bool wasCancelled = false;
        const bool ok = writeGeoTiff(
            rendered.image, options, r.outPath, [&](double done) { return progress(70 + int(done * 29)); }, &error,
            &wasCancelled);
        if (wasCancelled)
            return cancelled(r.outPath);
        if (!ok)
            return failed(error);
        result.files << r.outPath;
    } else {
        QString error;
        if (!writePngWithWorldFile(rendered.image, result.geoTransform, r.outPath, progress, &error))
            return progress.stopped() ? cancelled(r.outPath) : failed(error);
        result.files << r.outPath << worldFilePath(r.outPath);
    }
    result.ok = true;
    return result;
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("PNG");
    case ExportFormat::Svg: return QStringLiteral("SVG");
    case ExportFormat::Pdf: return QStringLiteral("PDF");
    case ExportFormat::GeoTiff: return QStringLiteral("GeoTIFF");
    case ExportFormat::PngWorldFile: return QStringLiteral("PNG + world file");
    }
    return {};
}

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
        return ExportFormat::GeoTiff;
    return std::nullopt;
}

bool isPageFormat(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Svg || format == ExportFormat::Pdf;
}

QString worldFilePath(const QString& imagePath)
{
    const QFileInfo info(imagePath);
    const QString suffix = info.suffix();
    // The usual convention: first and last letters of the extension, then "w" (png -> pgw, tif -> tfw).
    const QString worldSuffix =
        suffix.size() >= 2 ? QString(suffix.front()) + suffix.back() + QLatin1Char('w') : QStringLiteral("wld");
    const QString base = suffix.isEmpty() ? imagePath : imagePath.left(imagePath.size() - suffix.size() - 1);
    return base + QLatin1Char('.') + worldSuffix;
}

QSizeF pageSizeInches(const QPageSize& page, QPageLayout::Orientation orientation)
{
    const QSizeF defined = page.definitionSize();
    QSizeF inches;
    switch (page.definitionUnits()) {
    case QPageSize::Millimeter: inches = defined / 25.4; break;
    case QPageSize::Point: inches = defined / 72.0; break;
    case QPageSize::Inch: inches = defined; break;
    default: inches = page.size(QPageSize::Inch); break;
    }
    return orientation == QPageLayout::Landscape ? inches.transposed() : inches;
}

QSizeF pageSizeCss(const ExportRequest& request)
{
    if (request.format == ExportFormat::Pdf)
        return pageSizeInches(request.pageSize, request.orientation) * kCssDpi;
    const double dpi = request.dpi > 0 ? request.dpi : kCssDpi;
    return QSizeF(request.pixelSize) * (kCssDpi / dpi);
}

QSize mapFramePixelSize(const ExportRequest& request, QString* error)
{
    if (!isPageFormat(request.format))
        return request.pixelSize;
    if (!request.data) {
        if (error)
            *error = QStringLiteral("no map data");
        return {};
    }
    const auto layout = layoutPage(pageSizeCss(request), pageContent(request), error);
    if (!layout)
        return {};
    const double scale = request.dpi / kCssDpi;
    return (layout->frame.size() * scale).toSize();
}

namespace {

// Why REQUEST cannot be drawn, or nothing.
QString checkRequest(const ExportRequest& request)
{
    if (!request.data)
        return QStringLiteral("no map data to export");
    if (request.dpi < 24 || request.dpi > 2400)
        return QStringLiteral("resolution %1 dpi: expected 24 to 2400").arg(request.dpi);
    if (!request.settings.viewport.isValid())
        return QStringLiteral("no map extent to export (the viewport is empty)");
    if ((request.format == ExportFormat::Png || request.format == ExportFormat::Svg) && request.pixelSize.isEmpty())
        return QStringLiteral("no page size for the %1").arg(exportFormatName(request.format));
    return {};
}

} // namespace

ExportImage renderExportImage(const ExportRequest& request, const std::function<bool(int)>& progress)
{
    Style::registerBundledFonts();
    Progress report(progress, request.settings);
    ExportImage out;
    if (!report(0)) {
        out.result = cancelled(request.outPath);
        return out;
    }
    if (const QString why = checkRequest(request); !why.isEmpty()) {
        out.result = failed(why);
        return out;
    }
    out = isPageFormat(request.format) ? renderPngPage(request, report) : renderFrameOnly(request, report);
    if (out.result.ok)
        report(100);
    return out;
}

ExportResult exportMap(const ExportRequest& request, const std::function<bool(int)>& progress)
{
    Style::registerBundledFonts();
    Progress report(progress, request.settings);
    if (!report(0))
        return cancelled(request.outPath);
    if (!request.data)
        return failed(QStringLiteral("no map data to export"));
    if (const QString why = outputPathProblem(request.outPath); !why.isEmpty())
        return failed(why);
    if (const QString why = checkRequest(request); !why.isEmpty())
        return failed(why);

    ExportResult result;
    switch (request.format) {
    case ExportFormat::Png: result = exportPngPage(request, report); break;
    case ExportFormat::Svg: result = exportSvg(request, report); break;
    case ExportFormat::Pdf: result = exportPdf(request, report); break;
    case ExportFormat::GeoTiff:
    case ExportFormat::PngWorldFile: result = exportFrameOnly(request, report); break;
    }
    if (result.ok)
        report(100);
    return result;
}

QString worldFileText(const Viewport& viewport)
{
    const QRectF extent = viewport.mapRect();
    const double upp = viewport.unitsPerPixel();
    return worldFileLines({extent.left(), upp, 0, extent.bottom(), 0, -upp});
}

} // namespace geo
