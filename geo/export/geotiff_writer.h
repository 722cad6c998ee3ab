#pragma once
// Writes a rendered map frame as a GeoTIFF through GDAL: RGB, DEFLATE-compressed, tiled, with its geotransform
// and CRS, and its resolution in the TIFF tags. GDAL stays behind this header.

#include <QImage>
#include <QString>

#include <array>
#include <functional>

namespace geo {

struct GeoTiffOptions {
    std::array<double, 6> geoTransform{}; // GDAL order: x0, pixel width, 0, y0, 0, -pixel height
    QString crs;                          // an authority code: "EPSG:3857", "EPSG:32637"
    int dpi = 96;
};

// Writes IMAGE to PATH, first under a temporary name beside it (FileWriter), synced and renamed once complete.
// PROGRESS (may be empty) gets 0-1 and returns false to cancel. On an error or a cancel nothing is left behind and
// an existing PATH is untouched; *cancelled tells which, and *error gives the system's reason when there is one
// ("No space left on device").
bool writeGeoTiff(const QImage& image, const GeoTiffOptions& options, const QString& path,
                  const std::function<bool(double)>& progress, QString* error, bool* cancelled);

} // namespace geo
