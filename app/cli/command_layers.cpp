// frontline-cli layers [FILE]: what the bundled map holds, or what an OGR file holds.
#include "cli_commands.h"
#include "cli_options.h"

#include "geo/data/map_data_loader.h"
#include "geo/data/vector_source.h"

namespace cli {

namespace {

QString kindName(geo::GeometryKind kind)
{
    switch (kind) {
    case geo::GeometryKind::Point: return QStringLiteral("points");
    case geo::GeometryKind::Line: return QStringLiteral("lines");
    case geo::GeometryKind::Polygon: return QStringLiteral("polygons");
    case geo::GeometryKind::None: break;
    }
    return QStringLiteral("no geometry");
}

} // namespace

ExitCode runLayers(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the bundled map layers, or the layers of FILE."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Any vector file GDAL reads."), "[FILE]");
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("layers"), args, &code))
        return code;

    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().first();
        QString error;
        auto source = geo::VectorSource::open(path, &error);
        if (!source) {
            err() << "frontline-cli layers: " << error << "\n";
            return ExitCode::Failure;
        }
        out() << path << " (" << source->driverName() << ")\n";
        for (int i = 0; i < source->layerCount(); ++i) {
            const geo::LayerInfo info = source->layerInfo(i);
            out() << "  " << info.name << ": " << info.featureCount << " features, " << kindName(info.kind)
                  << (info.crs.isEmpty() ? QString() : QStringLiteral(", ") + info.crs) << "\n";
            for (const geo::FieldInfo& f : info.fields)
                out() << "    " << f.name << " (" << f.type << ")\n";
        }
        return ExitCode::Ok;
    }

    auto data = loadMapOrExplain(geo::DisplayCrs::WebMercator);
    if (!data)
        return ExitCode::Failure;
    for (const auto& layer : data->layers)
        out() << layer->id << "\t" << layer->features.size() << "\t" << layer->title << "\t" << layer->source << "\n";
    int unlocated = 0;
    for (const geo::ObservationPost& p : data->posts)
        unlocated += p.lonLat ? 0 : 1;
    out() << "posts without a location (listed, not drawn): " << unlocated << " of " << data->posts.size() << "\n";
    return ExitCode::Ok;
}

} // namespace cli
