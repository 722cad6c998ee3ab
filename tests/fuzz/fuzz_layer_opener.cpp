// Fuzz target: opening a layer the user chose (geo/data/vector_source.h, geo/data/map_data_loader.h). The first
// byte of an input picks the file name's extension (GDAL recognises CSV, among others, by it) and the path
// taken; the rest is the file, served to GDAL from memory (/vsimem/). Beyond not crashing: loading a user layer
// either gives layers or says why not, and every feature read has a geometry whose parts are not empty.

#include "fuzz_support.h"

#include "geo/data/map_data_loader.h"
#include "geo/data/vector_source.h"

#include <cpl_vsi.h>

#include <QString>

namespace {

const char* const kExtensions[] = {"geojson", "csv", "kml", "gpkg", "gpx", "gml", "fgb", "osm"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t selector = data[0];
    const std::string folder = "/vsimem/frontline-fuzz";
    const std::string path = folder + "/layer." + kExtensions[selector & 7];
    // GDAL reads the input's own bytes (no copy); anything a driver writes next to it goes with the folder.
    VSILFILE* file = VSIFileFromMemBuffer(path.c_str(), const_cast<GByte*>(data + 1), vsi_l_offset(size - 1), FALSE);
    fuzz::check(file != nullptr, "/vsimem/ takes the input");
    VSIFCloseL(file);

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
            for (const geo::Feature& f : features)
                for (const auto& part : f.geometry.parts)
                    fuzz::check(!part.isEmpty(), "a geometry part has points");
        }
    } else {
        QString error;
        const auto layers = geo::loadUserLayers(qpath, geo::DisplayCrs(selector >> 4 & 1), &error);
        fuzz::check(!layers.isEmpty() || !error.isEmpty(), "a file with nothing to draw says why");
        for (const auto& layer : layers)
            fuzz::check(layer != nullptr && !layer->id.isEmpty(), "a loaded layer has an id");
    }
    VSIRmdirRecursive(folder.c_str());
    return 0;
}
