// Fuzz target: opening a layer the user chose (geo/data/vector_source.h, geo/data/map_data_loader.h). The first
// byte of an input picks the file name's extension (GDAL recognises CSV, among others, by it) and the path
// taken; the rest is the file, written to a folder of its own in the scratch folder (on /dev/shm), since Frontline
// opens files on this computer only and refuses GDAL's virtual paths such as /vsimem/. Beyond not crashing: loading a
// user layer either gives layers or says why not, and every feature read has a geometry whose parts are not empty.

#include "fuzz_support.h"

#include "geo/data/map_data_loader.h"
#include "geo/data/vector_source.h"

#include <QString>

#include <filesystem>

namespace {

const char* const kExtensions[] = {"geojson", "csv", "kml", "gpkg", "gpx", "gml", "fgb", "osm"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t selector = data[0];
    // Anything a driver writes next to the file (an index, a journal) goes with the folder.
    static const std::filesystem::path folder = fuzz::scratchPath("layer");
    std::filesystem::create_directories(folder);
    const std::string path = (folder / (std::string("layer.") + kExtensions[selector & 7])).string();
    fuzz::writeFile(path, data + 1, size - 1);

    const QString qpath = QString::fromStdString(path);
    if (selector & 8) {
        // The reader underneath: every layer, with its WKB, as the control areas read theirs.
        QString error;
        const auto source = geo::VectorSource::open(qpath, &error);
        fuzz::check(source || !error.isEmpty(), "a source that does not open says why");
        for (int i = 0; source && i < source->layerCount(); ++i) {
            const geo::LayerInfo info = source->layerInfo(i);
            geo::ReadOptions options;
            options.keepWkb = true;
            options.simplifyTolerance = 0.001;
            options.maxFeatures = 10'000;
            QVector<geo::Feature> features;
            QString layerError;
            if (!source->readFeatures(i, options, &features, &layerError)) {
                fuzz::check(!layerError.isEmpty() && features.isEmpty(), "a layer not read says why, half-read never");
                continue;
            }
            fuzz::reached();
            for (const geo::Feature& f : features)
                for (const auto& part : f.geometry.parts)
                    fuzz::check(!part.isEmpty(), "a geometry part has points");
        }
    } else {
        QString error;
        const auto layers = geo::loadUserLayers(qpath, geo::DisplayCrs(selector >> 4 & 1), &error);
        fuzz::check(!layers.isEmpty() || !error.isEmpty(), "a file with nothing to draw says why");
        if (!layers.isEmpty())
            fuzz::reached();
        for (const auto& layer : layers)
            fuzz::check(layer != nullptr && !layer->id.isEmpty(), "a loaded layer has an id");
    }
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return 0;
}
