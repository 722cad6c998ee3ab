#pragma once
// The features of a bundled file, as VectorSource::readFeatures gives them, kept between runs in the user's cache
// folder: parsing the bundled GeoJSON and simplifying it (GEOS) is most of the work of loading the bundled map, and
// its result only changes with the file, the simplification tolerance, and the GDAL and GEOS that computed it.

#include "geo/data/vector_source.h"

#include <QString>
#include <QVector>

namespace geo {

// Reads the first layer of the bundled file PATH (":/geodata/...") with a simplified copy at SIMPLIFY degrees
// (0: none) into *OUT: from the cache when it holds this very file, tolerance, GDAL and GEOS; else from the file,
// then kept for next time (a cache that cannot be written is no error). False, with *error, only when the file
// itself cannot be read. CACHEFOLDER: where the cache lives; empty = the application's cache location.
bool readBundledFeatures(const QString& path, double simplify, QVector<Feature>* out, QString* error,
                         const QString& cacheFolder = {});

// The cache file readBundledFeatures uses for PATH and SIMPLIFY in CACHEFOLDER (empty: the application's cache
// location); empty when PATH cannot be read.
QString bundledCacheFile(const QString& path, double simplify, const QString& cacheFolder = {});

} // namespace geo
