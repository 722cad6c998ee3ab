#pragma once
// Read-only access to any OGR vector source (GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, CSV, OSM ...).
// GDAL types stay behind this header; one VectorSource belongs to the thread that opened it.

#include "geo/core/geometry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

class GDALDataset;

namespace geo {

struct FieldInfo {
    QString name;
    QString type; // OGR field type name: "String", "Integer", "Real", "Date" ...
};

struct LayerInfo {
    QString name;
    GeometryKind kind = GeometryKind::None;
    qint64 featureCount = -1;
    QVector<FieldInfo> fields;
    QString crs; // authority code ("EPSG:4326") or name; empty when the layer has no CRS
};

struct Feature {
    qint64 fid = -1;
    QVariantMap attributes;
    Geometry geometry;   // EPSG:4326, longitude first
    Geometry simplified; // same, simplified when ReadOptions asks for it (else empty)
    QPointF labelPoint;  // a point inside a polygon (GEOS PointOnSurface), else the first vertex
    // The geometry as little-endian ISO WKB in EPSG:4326, curves linearised, when ReadOptions::keepWkb asks for it
    // (else empty): for GEOS, which needs to know which rings make one polygon.
    QByteArray wkb;
};

struct ReadOptions {
    // Tolerance in degrees for a simplified copy (GEOS through OGR, topology preserved); 0 = none.
    double simplifyTolerance = 0.0;
    // OGR attribute filter (SQL WHERE clause), e.g. "ref IN ('M4','M5')"; empty = all features.
    QString attributeFilter;
    // Refuse more features than this (a huge file fails cleanly instead of eating memory).
    qint64 maxFeatures = 2'000'000;
    // Also hand each geometry out as WKB (Feature::wkb).
    bool keepWkb = false;
};

// What the caller expects a file to be. Only the GDAL drivers of that kind may open it, so a file cannot steer GDAL
// to a driver that talks to a server or a database.
enum class SourceKind {
    // A vector file a user opens as a layer (and the bundled data): GeoPackage, Shapefile, GeoJSON, GeoJSON lines,
    // FlatGeobuf, KML, GPX, CSV, MapInfo, FileGDB, SQLite, OSM, GML, and an OGR VRT whose sources are plain files
    // in the VRT's own folder (or below it).
    Layer,
    // An article: GeoJSON only.
    Article,
};

class VectorSource {
public:
    // Opens PATH read-only with the drivers of KIND. PATH is a file on this computer: a GDAL virtual path (/vsi...),
    // a URL or a connection string ("WFS:...", "PG:...") is refused, and a file that asks GDAL for the network (a
    // remote "crs" link, schema or source) is refused too (GDAL is kept off the network, see gdal_support_p.h).
    // Qt resource paths (":/...") are served to GDAL from memory. On failure returns nullptr and sets *error to a
    // message naming the file and what to do.
    // A Layer opened without open options is read from the file's indexed copy when there is one (see copyPath());
    // READCOPY false reads the file itself.
    static std::unique_ptr<VectorSource> open(const QString& path, QString* error, const QStringList& openOptions = {},
                                              SourceKind kind = SourceKind::Layer, bool readCopy = true);
    ~VectorSource();
    VectorSource(const VectorSource&) = delete;
    VectorSource& operator=(const VectorSource&) = delete;

    QString path() const { return m_path; }
    QString driverName() const;
    int layerCount() const;
    std::optional<int> layerIndex(const QString& name) const;
    // EXACTCOUNT false: featureCount is -1 where the driver would have to scan the layer to count.
    LayerInfo layerInfo(int index, bool exactCount = true) const;
    // How many features of a layer pass the OGR attribute filter FILTER (SQL WHERE clause); -1 when the filter
    // does not apply (an unknown field, a syntax error).
    qint64 countFeatures(int layerIndex, const QString& filter) const;

    // Reads every feature of a layer, transformed to EPSG:4326 lon/lat when the layer has another CRS.
    // Returns false with *error set when the layer cannot be read (nothing is returned half-read).
    bool readFeatures(int layerIndex, const ReadOptions& options, QVector<Feature>* out, QString* error) const;

    // The attributes of the feature with id FID (the dataset's own: for a copy, the copy's) of a layer, as
    // readFeatures gives them; empty when the layer has no such feature.
    QVariantMap featureAttributes(int layerIndex, qint64 fid) const;

    // One metadata item of a layer in a metadata domain (empty domain = the default one), e.g. the GeoJSON
    // driver's "NATIVE_DATA" item in the "NATIVE_DATA" domain when opened with NATIVE_DATA=YES: the JSON of the
    // collection's foreign members. Empty when the item does not exist.
    QString layerMetadataItem(int layerIndex, const QString& name, const QString& domain = QString()) const;

    // The GDAL path of the open dataset (for a Qt resource, its in-memory copy; for a file read from its indexed
    // copy, the copy).
    QString gdalPath() const { return m_gdalPath; }

    // The open dataset, for geo's own readers that go further than whole layers (feature_index.cpp). For a file
    // read from its indexed copy, the copy: its feature ids are the file's plus one.
    GDALDataset* dataset() const;
    // The file's indexed copy in the cache folder (geo/data/layer_cache.h) when the file is read from it (a Layer
    // opened without open options, once the copy exists), else empty. driverName() stays the file's driver.
    QString copyPath() const;

private:
    VectorSource() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
    QString m_gdalPath;
};

} // namespace geo
