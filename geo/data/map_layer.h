#pragma once
// One drawable layer, already in the display CRS. Immutable once built; shared between threads.

#include "geo/core/geometry.h"

#include <QPainterPath>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <memory>

namespace geo {

class FeatureIndex;

// What a layer is, which decides its style. A handful of kinds: an enum, not a class hierarchy.
enum class LayerRole {
    Land,         // country polygons under everything (Syria, Turkey)
    Governorates, // Syrian governorates, Idleb in focus
    Districts,
    Rivers,
    Shoreline,
    Border,   // international border
    Highways, // M4/M5, schematic or real
    Places,   // towns and villages
    Posts,    // Turkish observation posts (located ones only)
    User,     // a layer the user opened
};

QString layerRoleName(LayerRole role);

struct MapFeature {
    Geometry geometry;       // display CRS
    QPainterPath path;       // full detail, display CRS (lines and polygons)
    QPainterPath simplePath; // simplified copy for small scales (empty = use path)
    QRectF bounds;           // display CRS
    QPointF labelPoint;      // display CRS
    QPointF lonLat;          // a representative point in EPSG:4326 (for points: the point itself)
    QVariantMap attributes;
    QString labelFr, labelEn, labelAr;
    int rank = 0; // label priority and visibility class: higher wins, see Style::minRankVisible
};

struct MapLayer {
    QString id;    // stable key, e.g. "governorates" or "user:/path/file.gpkg#roads"
    QString title; // shown in the layers panel and the legend
    LayerRole role = LayerRole::User;
    GeometryKind kind = GeometryKind::None;
    QVector<MapFeature> features;
    // A big line or polygon layer of a file is not held here but read a frame at a time through the file's own
    // spatial index: then FEATURES is empty and the renderer asks INDEX for what a frame shows.
    std::shared_ptr<const FeatureIndex> index;
    QRectF bounds;            // display CRS
    QString source;           // attribution and licence
    QString sourcePath;       // the file it came from
    bool schematic = false;   // drawn through towns, not real geometry
    bool approximate = false; // positions are proxies (e.g. posts on their village's point)
    bool visibleByDefault = true;
};

} // namespace geo
