#pragma once
// Hands Qt resources (":/geodata/...") to GDAL through its in-memory file system, once per file.

#include <QString>

namespace geo {

// Returns the path GDAL should open for PATH: PATH itself for an ordinary file, a "/vsimem/" copy of the
// resource for a ":/..." path. Empty when the resource does not exist. Thread-safe.
QString gdalPathFor(const QString& path);

} // namespace geo
