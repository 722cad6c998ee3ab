#pragma once
// Builds MapData from the bundled geodata, and map layers from any file the user opens. Runs on a worker
// thread: it opens files, so never call it on the GUI thread.

#include "geo/data/map_data.h"

#include <QString>

#include <functional>

namespace geo {

// The bundled Idleb map in CRS. Returns nullptr and sets *error if a bundled file cannot be read.
std::shared_ptr<const MapData> loadBundledMap(DisplayCrs crs, QString* error);

// Every layer with geometry in PATH, reprojected to CRS. Lines whose `ref` is M4 or M5 (a plain `ref` field, or
// the `other_tags` of GDAL's OSM driver) become a real-highway layer that replaces the schematic one. An
// OpenStreetMap extract is read for those highways only (a country extract holds millions of other ways).
// Returns an empty list and sets *error (naming the file and what to do) when nothing can be drawn.
//
// How a line or polygon layer is held: Automatic reads a small one whole into memory (every feature's geometry
// and attributes, for the legend and the feature picker) and indexes a big one (MapLayer::index: read a frame at a
// time through the file's spatial index, nothing kept but the extent and a bounded cache). Points, OpenStreetMap
// files and M4/M5 highway layers are always read whole.
//
// CANCELLED, when given, is asked between layers (and before a layer read whole is built): once it says yes the
// load stops and returns an empty list with *error saying it was cancelled. PROGRESS, when given, is told after
// each layer how many of the file's layers are done (on the loading thread).
enum class UserLayerLoading { Automatic, Indexed, InMemory };
QVector<std::shared_ptr<const MapLayer>> loadUserLayers(const QString& path, DisplayCrs crs, QString* error,
                                                        UserLayerLoading loading = UserLayerLoading::Automatic,
                                                        const std::function<bool()>& cancelled = {},
                                                        const std::function<void(int done, int total)>& progress = {});

// Automatic indexes a layer with more features than this, or one in a file larger than kIndexFileBytes.
inline constexpr qint64 kIndexAboveFeatures = 20000;
inline constexpr qint64 kIndexFileBytes = 16 << 20;

// The layer id of the bundled schematic highways, hidden when real geometry is loaded.
inline const QString kSchematicHighwaysId = QStringLiteral("highways-schematic");

// Map of the governorate in focus (Idleb, SY07) with its neighbours: the Home view.
QRectF homeExtent(const MapData& data);

} // namespace geo
