// frontline-cli render: the map as a PNG, with no display, through the same renderer as the window.
#include "cli_commands.h"
#include "cli_options.h"

#include "geo/core/file_writer.h"
#include "geo/data/map_data_loader.h"
#include "geo/data/gazetteer.h"
#include "geo/export/png_writer.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <future>

namespace cli {

ExitCode runRender(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draw the bundled map (and any extra layers) to a PNG file."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("out")}, QStringLiteral("The PNG file to write."), "FILE"},
        {QStringLiteral("size"), QStringLiteral("Picture size in pixels (default 1600x1000)."), "WxH", "1600x1000"},
        {QStringLiteral("extent"), QStringLiteral("A place name or minlon,minlat,maxlon,maxlat (default: Idleb)."),
         "EXTENT"},
        {QStringLiteral("lang"), QStringLiteral("Label language: fr, en or ar (default fr)."), "LANG", "fr"},
        {QStringLiteral("crs"), QStringLiteral("EPSG:3857 (default) or EPSG:32637."), "CRS", "EPSG:3857"},
        {QStringLiteral("hide"), QStringLiteral("Layer ids to hide, comma-separated (see 'layers')."), "IDS"},
        {QStringLiteral("layer"),
         QStringLiteral("An extra vector file to draw on top (repeatable); M4/M5 lines "
                        "replace the schematic highways."),
         "FILE"},
        {QStringLiteral("highlight"), QStringLiteral("A place to ring."), "PLACE"},
        {QStringLiteral("no-map"),
         QStringLiteral("Draw the --layer files alone, without Frontline's own map (land, boundaries, places, labels); "
                        "the default extent is then the files' own.")},
    });
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("render"), args, &code))
        return code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err() << "frontline-cli render: --out FILE.png is required\n";
        return ExitCode::BadInput;
    }
    if (QFileInfo(outPath).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0) {
        err() << "frontline-cli render: " << outPath << ": only PNG is written here; name the file .png\n";
        return ExitCode::BadInput;
    }
    const bool noMap = parser.isSet(QStringLiteral("no-map"));
    if (noMap && parser.values(QStringLiteral("layer")).isEmpty()) {
        err() << "frontline-cli render: --no-map draws only the --layer files; give at least one --layer FILE\n";
        return ExitCode::BadInput;
    }
    if (noMap && parser.isSet(QStringLiteral("highlight"))) {
        err() << "frontline-cli render: --highlight rings a place of Frontline's map, which --no-map leaves out\n";
        return ExitCode::BadInput;
    }
    QString error;
    const auto size = parseSize(parser.value(QStringLiteral("size")), &error);
    const auto lang = size ? parseLanguage(parser.value(QStringLiteral("lang")), &error) : std::nullopt;
    const auto crs = lang ? parseCrs(parser.value(QStringLiteral("crs")), &error) : std::nullopt;
    if (!crs) {
        err() << "frontline-cli render: " << error << "\n";
        return ExitCode::BadInput;
    }
    // What the frame needs besides the bundled map, prepared while it loads: the fonts of the labels (the font
    // database's first use reads the system's font configuration), and each extra layer (its own file, its own
    // thread). Errors are still reported in the order of the command line, after the bundled map's.
    auto fonts = std::async(std::launch::async, [] {
        geo::Style::registerBundledFonts();
        return QFontMetricsF(geo::Style::labelFont(10)).height();
    });
    struct Opened {
        QVector<std::shared_ptr<const geo::MapLayer>> layers;
        QString error;
    };
    std::vector<std::future<Opened>> opening;
    for (const QString& path : parser.values(QStringLiteral("layer")))
        opening.push_back(std::async(std::launch::async, [path, crs = *crs] {
            Opened opened;
            opened.layers = geo::loadUserLayers(path, crs, &opened.error);
            return opened;
        }));
    // Without the map, an empty one in the display CRS: the files' layers alone, framed on them by default.
    std::shared_ptr<const geo::MapData> data;
    if (noMap) {
        auto none = std::make_shared<geo::MapData>();
        none->crs = *crs;
        data = none;
    } else {
        data = loadMapOrExplain(*crs);
    }
    if (!data)
        return ExitCode::Failure;
    geo::RenderSettings settings;
    for (auto& future : opening) {
        const Opened opened = future.get();
        const auto& layers = opened.layers;
        if (layers.isEmpty()) {
            err() << "frontline-cli render: " << opened.error << "\n";
            return ExitCode::Failure;
        }
        for (const auto& l : layers) {
            data = data->withLayer(l);
            if (l->role == geo::LayerRole::Highways)
                settings.hiddenLayers.insert(geo::kSchematicHighwaysId);
        }
    }
    if (noMap) { // framed by default on the files' layers, as the bundled map's extent frames it otherwise
        auto framed = std::make_shared<geo::MapData>(*data);
        for (const auto& l : framed->layers)
            framed->extent = framed->extent.isEmpty() ? l->bounds : framed->extent.united(l->bounds);
        data = framed;
    }
    const auto viewport = viewportFor(parser.value(QStringLiteral("extent")), *size, *data, &error);
    if (!viewport) {
        err() << "frontline-cli render: " << error << "\n";
        return ExitCode::BadInput;
    }
    settings.viewport = *viewport;
    settings.labelLanguage = *lang;
    for (const QString& id : parser.value(QStringLiteral("hide")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!data->layer(id.trimmed())) {
            err() << "frontline-cli render: no layer \"" << id << "\"; see 'frontline-cli layers'\n";
            return ExitCode::BadInput;
        }
        settings.hiddenLayers.insert(id.trimmed());
    }
    if (parser.isSet(QStringLiteral("highlight"))) {
        const geo::Gazetteer gazetteer(data->places);
        const geo::Place* p = gazetteer.find(parser.value(QStringLiteral("highlight")));
        if (!p) {
            err() << "frontline-cli render: no place \"" << parser.value(QStringLiteral("highlight")) << "\"\n";
            return ExitCode::BadInput;
        }
        settings.highlightPlaceId = p->id;
    }
    fonts.wait();
    QImage image = geo::MapRenderer::renderImage(settings, *data);
    {
        QPainter painter(&image);
        geo::MapRenderer::drawScaleBar(painter, settings.viewport, data->crs,
                                       QPointF(12, settings.viewport.size().height() - 12), settings.labelLanguage);
    }
    // Written whole or not at all, every write checked.
    geo::FileWriter file(outPath);
    if (file.open()) {
        QString pngError;
        if (!geo::writePng(image, file.device(), &pngError))
            file.fail(pngError);
    }
    if (!file.commit()) {
        err() << "frontline-cli render: " << file.error() << "; nothing written\n";
        return ExitCode::Failure;
    }
    out() << outPath << ": " << image.width() << "x" << image.height() << "\n";
    return ExitCode::Ok;
}

} // namespace cli
