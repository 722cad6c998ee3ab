// frontline-cli bench: how long loading and rendering take, measured the same way on every machine.
#include "cli_commands.h"
#include "cli_options.h"

#include "geo/data/feature_index.h"
#include "geo/data/map_data_loader.h"
#include "geo/render/map_renderer.h"
#include "geo/render/tiled_renderer.h"
#include "geo/articles/article_reader.h"
#include "geo/control/dated_control.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/place_catalog.h"
#include "geo/store/bundled_articles.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <numeric>
#include <optional>

#include <sys/resource.h>
#include <time.h>

namespace cli {

namespace {

struct Timing {
    double min = 0, median = 0, mean = 0, max = 0;
};

Timing summarize(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.min = ms.first();
    t.median = ms[ms.size() / 2];
    t.mean = std::accumulate(ms.cbegin(), ms.cend(), 0.0) / ms.size();
    t.max = ms.last();
    return t;
}

// The process's peak resident memory so far, in MB (getrusage: Linux gives kilobytes).
double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QString line(const QString& title, const Timing& t)
{
    return QStringLiteral("%1  median %2 ms  max %3 ms  min %4 ms\n")
        .arg(title, -34)
        .arg(t.median, 0, 'f', 1)
        .arg(t.max, 0, 'f', 1)
        .arg(t.min, 0, 'f', 1);
}

// The calling thread's processor time so far, in ms: on a machine busy with other work it stays near what an idle
// machine's clock would say, where the wall clock does not.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Who held what on DATE by the bundled articles, as the window shows it on first start; null with *ERROR.
std::shared_ptr<const geo::ControlOverlay>
bundledOverlayAt(const geo::ControlTimeline& timeline, const geo::EntityCatalog& catalog, QDate date, QString* error)
{
    auto overlay = geo::controlOverlayAt(timeline, nullptr, catalog, date, geo::DisplayCrs::WebMercator, error);
    return error->isEmpty() ? overlay : nullptr;
}

// The window's own frames (geo/render/tiled_renderer.h, the code app/gui/map_view.cpp runs), at VIEW (the home
// view when none) with a date chosen: a pan frame composed from cached tiles (the overlay of the view before, moved,
// as while the hand is on the mouse), the tiles each pan step uncovers (drawn on the window's pool meanwhile), the
// labels then placed for the panned view, a zoom frame stood in by the level before and the tiles of the new level,
// and a redraw after a date change (tiles kept).
ExitCode benchTiles(const std::shared_ptr<const geo::MapData>& shared, QSize size, int frames,
                    std::optional<geo::Viewport> view = std::nullopt,
                    const QString& where = QStringLiteral("home view"))
{
    QString error;
    const QVector<geo::Place> places = geo::loadBundledPlaces(&error);
    const auto catalog = places.isEmpty() ? std::nullopt : geo::EntityCatalog::loadBundled(places, &error);
    if (!catalog) {
        err() << "frontline-cli bench: " << error << "\n";
        return ExitCode::Failure;
    }
    QList<geo::Article> articles;
    for (const QString& path : geo::bundledArticlePaths()) {
        const geo::ArticleReadResult read = geo::ArticleReader::read(path, {});
        if (read.ok())
            articles.append(*read.article);
    }
    const geo::ControlTimeline timeline(articles);
    std::shared_ptr<const geo::ControlOverlay> dates[2];
    const QDate days[2] = {QDate(2020, 2, 8), QDate(2020, 3, 5)};
    for (int i = 0; i < 2; ++i)
        if (!(dates[i] = bundledOverlayAt(timeline, *catalog, days[i], &error))) {
            err() << "frontline-cli bench: " << error << "\n";
            return ExitCode::Failure;
        }
    const auto vp = view ? view : viewportFor(QString(), size, *shared, &error);
    if (!vp) {
        err() << "frontline-cli bench: " << error << "\n";
        return ExitCode::Failure;
    }
    geo::RenderSettings settings;
    settings.viewport = *vp;
    settings.control = dates[0];
    geo::TiledRenderer tiles;
    tiles.setBase(settings, shared);
    auto elapsed = [](QElapsedTimer& t) { return t.nsecsElapsed() / 1e6; };

    QElapsedTimer t;
    t.start();
    int drawn = 0;
    geo::FrameOverlay overlay;
    tiles.renderFrame(settings, &overlay, &drawn);
    const double firstMs = elapsed(t);

    // The pan: steps of 1/40 of the width (a drag), east then back west; the tiles each step uncovers drawn first
    // (timed apart: the window draws them on its pool while it shows the frame), so a pan frame is timed from the
    // cache.
    const double step = size.width() / 40.0;
    QVector<geo::Viewport> path;
    QVector<double> newTiles;
    int uncovered = 0;
    geo::Viewport v = settings.viewport;
    for (int i = 0; i < frames; ++i) {
        v.panByPixels(QPointF(i < frames / 2 ? -step : step, 0));
        path.append(v);
        geo::RenderSettings s = settings;
        s.viewport = v;
        const QVector<geo::TileKey> missing = tiles.missingTiles(s);
        if (missing.isEmpty())
            continue;
        uncovered += int(missing.size());
        t.restart();
        tiles.insert(geo::TiledRenderer::renderTiles(s, *shared, missing));
        newTiles.append(elapsed(t));
    }
    QVector<double> pan, labels, panCpu, labelsCpu;
    int incomplete = 0;
    for (const geo::Viewport& at : std::as_const(path)) {
        geo::RenderSettings s = settings;
        s.viewport = at;
        t.restart();
        double cpu = threadCpuMs();
        bool complete = false;
        const QImage frame = tiles.composeImage(s, overlay, &complete);
        pan.append(elapsed(t));
        panCpu.append(threadCpuMs() - cpu);
        // Only the overlay is stale (drawn for the view before); every tile is there.
        incomplete += tiles.missingTiles(s).isEmpty() ? 0 : 1;
        t.restart();
        cpu = threadCpuMs();
        overlay = geo::TiledRenderer::renderOverlay(s, *shared);
        labels.append(elapsed(t));
        labelsCpu.append(threadCpuMs() - cpu);
    }
    // A zoom in by two about the centre: the frame stood in by the level before, scaled (as the window shows it at
    // once), then the new level's tiles (drawn on the pool meanwhile).
    QVector<double> zoomFrame, zoomTiles;
    {
        geo::RenderSettings s = settings;
        for (int i = 0; i < std::max(1, frames / 4); ++i) {
            s.viewport.zoomBy(i % 2 == 0 ? 2.0 : 0.5, QPointF(size.width() / 2.0, size.height() / 2.0));
            t.restart();
            bool complete = false;
            const QImage standIn = tiles.composeImage(s, overlay, &complete);
            zoomFrame.append(elapsed(t));
            t.restart();
            tiles.insert(geo::TiledRenderer::renderTiles(s, *shared, tiles.missingTiles(s)));
            zoomTiles.append(elapsed(t));
        }
    }
    // Date changes at the view: the tiles stay, the control areas, the dated layers and the labels are drawn
    // again and composed.
    const int tilesBefore = tiles.tilesDrawn();
    QVector<double> redraw, redrawCpu;
    for (int i = 0; i < frames; ++i) {
        settings.control = dates[(i + 1) % 2];
        t.restart();
        const double cpu = threadCpuMs();
        tiles.renderFrame(settings);
        redraw.append(elapsed(t));
        redrawCpu.append(threadCpuMs() - cpu);
    }
    out() << "The window's tiled frames, " << where << ", " << days[0].toString(Qt::ISODate) << " and "
          << days[1].toString(Qt::ISODate) << " by the bundled articles:\n";
    out() << QStringLiteral("%1  %2 ms  (%3 tiles of %4 px, %5 MB cached)\n")
                 .arg(QStringLiteral("first frame through tiles"), -34)
                 .arg(firstMs, 0, 'f', 1)
                 .arg(drawn)
                 .arg(geo::TileCache::kTileSize)
                 .arg(tiles.cache().bytes() / 1048576.0, 0, 'f', 1);
    auto withCpu = [](const QString& title, const QVector<double>& ms, const QVector<double>& cpu) {
        QString l = line(title, summarize(ms));
        l.chop(1);
        return l + QStringLiteral("  (processor %1 ms)\n").arg(summarize(cpu).median, 0, 'f', 1);
    };
    out() << withCpu(QStringLiteral("pan frame from tiles"), pan, panCpu);
    if (!newTiles.isEmpty()) {
        QString l = line(QStringLiteral("tiles a pan step uncovers"), summarize(newTiles));
        l.chop(1);
        out() << l
              << QStringLiteral("  (%1 tiles in %2 steps, on the pool in the window)\n")
                     .arg(uncovered)
                     .arg(newTiles.size());
    }
    out() << withCpu(QStringLiteral("labels placed after a pan step"), labels, labelsCpu)
          << line(QStringLiteral("zoom frame from the level before"), summarize(zoomFrame))
          << line(QStringLiteral("tiles of the zoomed level"), summarize(zoomTiles))
          << withCpu(QStringLiteral("redraw after a date change"), redraw, redrawCpu);
    if (incomplete > 0 || tiles.tilesDrawn() != tilesBefore)
        out() << "  (" << incomplete << " pan frames missed a tile; " << tiles.tilesDrawn() - tilesBefore
              << " tiles drawn again after a date change)\n";
    return ExitCode::Ok;
}

// bench --layer: opening a file as a layer, its first frame, N more frames of the same view, and a pan of N steps.
ExitCode benchLayer(const QString& path, const QString& extent, QSize size, int frames)
{
    QElapsedTimer total;
    total.start();
    const auto bundled = loadMapOrExplain(geo::DisplayCrs::WebMercator);
    if (!bundled)
        return ExitCode::Failure;
    const double bundledMs = total.nsecsElapsed() / 1e6;

    QElapsedTimer t;
    t.start();
    QString error;
    const auto layers = geo::loadUserLayers(path, geo::DisplayCrs::WebMercator, &error);
    if (layers.isEmpty()) {
        err() << "frontline-cli bench: " << error << "\n";
        return ExitCode::Failure;
    }
    const double openMs = t.nsecsElapsed() / 1e6;
    std::shared_ptr<const geo::MapData> data = bundled;
    QRectF layerBounds;
    int indexed = 0;
    for (const auto& l : layers) {
        data = data->withLayer(l);
        layerBounds = layerBounds.isNull() ? l->bounds : layerBounds.united(l->bounds);
        indexed += l->index ? 1 : 0;
    }
    std::optional<geo::Viewport> vp;
    if (extent.isEmpty()) {
        vp = geo::Viewport(QPointF(), 1000, size);
        vp->fit(layerBounds);
    } else {
        vp = viewportFor(extent, size, *data, &error);
        if (!vp) {
            err() << "frontline-cli bench: " << error << "\n";
            return ExitCode::Failure;
        }
    }
    geo::RenderSettings settings;
    settings.viewport = *vp;
    auto frame = [&](geo::MapRenderer::Result* result) {
        QElapsedTimer ft;
        ft.start();
        const QImage image = geo::MapRenderer::renderImage(settings, *data, result);
        return ft.nsecsElapsed() / 1e6;
    };
    geo::MapRenderer::Result result;
    const double firstMs = frame(&result);
    QVector<double> same;
    for (int i = 0; i < frames; ++i)
        same.append(frame(&result));
    // A pan: a tenth of the width per step, to the east then back west, as a hand on the mouse would.
    QVector<double> pan;
    for (int i = 0; i < frames; ++i) {
        const double step = size.width() / 10.0;
        settings.viewport.panByPixels(QPointF(i < frames / 2 ? -step : step, 0));
        pan.append(frame(nullptr));
    }
    size_t cached = 0;
    for (const auto& l : layers)
        if (l->index)
            cached += l->index->cachedBytes();

    out() << "Frontline bench: " << QFileInfo(path).fileName() << ", " << layers.size() << " layers (" << indexed
          << " read through the file's index); frame " << size.width() << "x" << size.height() << ", "
          << settings.viewport.unitsPerPixel() << " m per pixel\n";
    out() << QStringLiteral("%1  %2 ms\n").arg(QStringLiteral("load bundled map"), -34).arg(bundledMs, 0, 'f', 1);
    out() << QStringLiteral("%1  %2 ms\n").arg(QStringLiteral("open layer"), -34).arg(openMs, 0, 'f', 1);
    out() << QStringLiteral("%1  %2 ms  (%3 features drawn)\n")
                 .arg(QStringLiteral("first frame"), -34)
                 .arg(firstMs, 0, 'f', 1)
                 .arg(result.featuresDrawn);
    out() << line(QStringLiteral("same frame, %1 times").arg(frames), summarize(same));
    out() << line(QStringLiteral("pan, %1 steps of 1/10 width").arg(frames), summarize(pan));
    out() << QStringLiteral("%1  %2 MB\n").arg(QStringLiteral("layer cache"), -34).arg(cached / 1048576.0, 0, 'f', 1);
    out() << QStringLiteral("%1  %2 MB\n")
                 .arg(QStringLiteral("peak memory (ru_maxrss)"), -34)
                 .arg(peakMemoryMb(), 0, 'f', 1);
    out() << QStringLiteral("%1  %2 ms\n").arg(QStringLiteral("total"), -34).arg(total.nsecsElapsed() / 1e6, 0, 'f', 1);
    out().flush();
    // The window's path over the same view: tiles with the file's layers in them.
    return benchTiles(data, size, frames, *vp, QFileInfo(path).fileName());
}

} // namespace

ExitCode runBench(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measure loading the bundled map and rendering views with every bundled layer; with --layer, "
                       "opening a vector file as a layer, its first frame, N frames of one view and a pan of N "
                       "steps, and the peak memory."));
    parser.addOptions({
        {QStringLiteral("size"), QStringLiteral("Frame size (default 1920x1080)."), "WxH", "1920x1080"},
        {QStringLiteral("frames"), QStringLiteral("Frames per view (default 20)."), "N", "20"},
        {QStringLiteral("layer"), QStringLiteral("A vector file to open as a layer and measure."), "FILE"},
        {QStringLiteral("extent"),
         QStringLiteral("With --layer: minlon,minlat,maxlon,maxlat or a place (default: the layer's extent)."),
         "EXTENT"},
    });
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("bench"), args, &code))
        return code;
    QString error;
    const auto size = parseSize(parser.value(QStringLiteral("size")), &error);
    if (!size) {
        err() << "frontline-cli bench: " << error << "\n";
        return ExitCode::BadInput;
    }
    bool ok = false;
    const int frames = parser.value(QStringLiteral("frames")).toInt(&ok);
    if (!ok || frames < 1 || frames > 10000) {
        err() << "frontline-cli bench: --frames takes a whole number from 1 to 10000\n";
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("layer")))
        return benchLayer(parser.value(QStringLiteral("layer")), parser.value(QStringLiteral("extent")), *size, frames);

    QVector<double> loads;
    std::shared_ptr<const geo::MapData> data;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        data = loadMapOrExplain(geo::DisplayCrs::WebMercator);
        if (!data)
            return ExitCode::Failure;
        loads.append(t.nsecsElapsed() / 1e6);
    }
    int vertices = 0, features = 0;
    for (const auto& l : data->layers) {
        features += l->features.size();
        for (const auto& f : l->features)
            vertices += f.geometry.vertexCount();
    }
    const Timing load = summarize(loads);
    out() << "Frontline bench: " << features << " features, " << vertices << " vertices, " << data->layers.size()
          << " layers; frame " << size->width() << "x" << size->height() << ", " << frames << " frames per view\n";
    out() << QStringLiteral("%1  min %2 ms  median %3 ms  mean %4 ms\n")
                 .arg(QStringLiteral("load bundled map (3 runs)"), -34)
                 .arg(load.min, 0, 'f', 1)
                 .arg(load.median, 0, 'f', 1)
                 .arg(load.mean, 0, 'f', 1);

    const QList<QPair<QString, QString>> views{
        {QStringLiteral("Home view (Idleb and neighbours)"), QString()},
        {QStringLiteral("Saraqeb, 40 km across"), QStringLiteral("Saraqib")},
        {QStringLiteral("whole data box"), QStringLiteral("35.5,34.9,37.6,36.7")}};
    for (const auto& [title, extent] : views) {
        const auto vp = viewportFor(extent, *size, *data, &error);
        if (!vp) {
            err() << "frontline-cli bench: " << error << "\n";
            return ExitCode::Failure;
        }
        geo::RenderSettings settings;
        settings.viewport = *vp;
        QVector<double> ms;
        geo::MapRenderer::Result result;
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer t;
            t.start();
            const QImage image = geo::MapRenderer::renderImage(settings, *data, &result);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        const Timing r = summarize(ms);
        out() << QStringLiteral("%1  min %2 ms  median %3 ms  mean %4 ms  (%5 features, %6 labels)\n")
                     .arg(QStringLiteral("render ") + title, -34)
                     .arg(r.min, 0, 'f', 1)
                     .arg(r.median, 0, 'f', 1)
                     .arg(r.mean, 0, 'f', 1)
                     .arg(result.featuresDrawn)
                     .arg(result.labels.size());
    }
    const ExitCode tiled = benchTiles(data, *size, frames);
    out().flush();
    return tiled;
}

} // namespace cli
