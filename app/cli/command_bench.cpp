// frontline-cli bench: how long loading and rendering take, measured the same way on every machine.
#include "cli_commands.h"
#include "cli_options.h"

#include "geo/data/map_data_loader.h"
#include "geo/render/map_renderer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace cli {

namespace {

struct Timing {
    double min = 0, median = 0, mean = 0;
};

Timing summarize(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.min = ms.first();
    t.median = ms[ms.size() / 2];
    t.mean = std::accumulate(ms.cbegin(), ms.cend(), 0.0) / ms.size();
    return t;
}

} // namespace

ExitCode runBench(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measure loading the bundled map and rendering views with every bundled layer."));
    parser.addOptions({
        {QStringLiteral("size"), QStringLiteral("Frame size (default 1920x1080)."), "WxH", "1920x1080"},
        {QStringLiteral("frames"), QStringLiteral("Frames per view (default 20)."), "N", "20"},
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
    out().flush();
    return ExitCode::Ok;
}

} // namespace cli
