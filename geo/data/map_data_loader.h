#pragma once
// Builds MapData from the bundled geodata, and map layers from any file the user opens. Runs on a worker
// thread: it opens files, so never call it on the GUI thread.

#include "geo/data/map_data.h"

#include <QString>

namespace geo {

// The bundled Idleb map in CRS. Returns nullptr and sets *error if a bundled file cannot be read.
std::shared_ptr<const MapData> loadBundledMap(DisplayCrs crs, QString* error);

// Every layer with geometry in PATH, reprojected to CRS. Lines whose `ref` is M4 or M5 (a plain `ref` field, or
// the `other_tags` of GDAL's OSM driver) become a real-highway layer that replaces the schematic one. An
// OpenStreetMap extract is read for those highways only (a country extract holds millions of other ways).
// Returns an empty list and sets *error (naming the file and what to do) when nothing can be drawn.
QVector<std::shared_ptr<const MapLayer>> loadUserLayers(const QString& path, DisplayCrs crs, QString* error);

// The layer id of the bundled schematic highways, hidden when real geometry is loaded.
inline const QString kSchematicHighwaysId = QStringLiteral("highways-schematic");

// Map of the governorate in focus (Idleb, SY07) with its neighbours: the Home view.
QRectF homeExtent(const MapData& data);

} // namespace geo
