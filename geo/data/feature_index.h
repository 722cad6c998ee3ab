#pragma once
// A line or polygon layer of a file, read a frame at a time instead of whole: the file's own spatial index (the
// GeoPackage R-tree, a shapefile's .qix, any driver's spatial filter) finds the features a frame reaches, and only
// those are read, projected and simplified to a fraction of a pixel. What a zoom band needs is kept in flat arrays
// of display-CRS coordinates, within a memory bound, so that a pan reads only the features that come into view.
// A file whose driver has no spatial index (a GeoJSON, a shapefile without .qix, CSV, KML ...) is read through an
// indexed copy kept in the cache folder (geo/data/layer_cache.h), built on its first open.
// Thread-safe: render threads share one index (the file is read under a lock).

#include "geo/core/geometry.h"
#include "geo/core/projector.h"
#include "geo/data/layer_cache.h"

#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace geo {

class VectorSource;

// One feature as one zoom band draws it: display CRS, simplified, all parts back to back.
struct CompactGeometry {
    GeometryKind kind = GeometryKind::None;
    qint64 fid = -1;
    std::vector<QPointF> points;     // display CRS
    std::vector<quint32> partEnds;   // one past the last point of each part
    std::vector<QRectF> chunkBounds; // bounds of each run of kChunk segments of each part, in order
    QRectF bounds;                   // display CRS, of the whole feature (not only the part kept)
    // For a very long part, only what reaches near the frame it was read for is kept: WINDOW (display CRS) is
    // where the geometry is whole; outside it, runs of vertices are replaced by their trace on its edge.
    QRectF window; // empty = the whole feature

    static constexpr int kChunk = 64;
    size_t bytes() const;
};

// What a frame shows of an indexed layer.
struct FrameFeatures {
    std::vector<std::shared_ptr<const CompactGeometry>> features; // in the file's feature order
    std::vector<QPointF> dots; // features smaller than a pixel: one point each, display CRS
    int read = 0;              // features read from the file for this frame (the rest came from the cache)
    bool cancelled = false;
    QString error; // the file could not be read (the frame shows what was read)
};

// A feature of an indexed layer found under a point (FeatureIndex::featureAt).
struct IndexedFeatureHit {
    qint64 fid = -1; // the file's own id
    GeometryKind kind = GeometryKind::None;
    QVariantMap attributes; // read from the file for this hit
};

struct IndexOpenOptions {
    // A layer whose file has no spatial index is read through its indexed copy in the cache folder, built now when
    // there is none for the file as it is (which reads the whole file once). False: the file itself, scanned by
    // every query.
    bool useCache = true;
    // Building the copy: how far it is, and a cancel (see LayerCache::Progress); without one, the thread's
    // LayerCache::ProgressScope.
    LayerCache::Progress progress;
};

class FeatureIndex {
public:
    // Layer LAYERINDEX of PATH (opened with the same driver allow-list and network rules as VectorSource), for
    // display in CRS. Reads the layer's extent (from the file's header where it has one) and nothing else, unless
    // an indexed copy has to be built (see IndexOpenOptions). Returns nullptr and sets *error when the file or
    // layer cannot be opened, its CRS cannot be shown in CRS, or the copy's build was cancelled (*cancelled true).
    // A copy that cannot be built (no cache folder, a full disk) is not an error: the file is read itself.
    static std::shared_ptr<FeatureIndex> open(const QString& path, int layerIndex, DisplayCrs crs, QString* error,
                                              const IndexOpenOptions& options = {}, bool* cancelled = nullptr);
    ~FeatureIndex();
    FeatureIndex(const FeatureIndex&) = delete;
    FeatureIndex& operator=(const FeatureIndex&) = delete;

    QString path() const;
    QString layerName() const;
    GeometryKind kind() const;
    DisplayCrs crs() const;
    QRectF bounds() const;       // display CRS
    qint64 featureCount() const; // -1 when the file does not say without a scan
    // The file's own spatial index answers the queries (else each query scans the layer).
    bool hasSpatialIndex() const;
    // The indexed copy the layer is read from (geo/data/layer_cache.h); empty when it is read from PATH itself.
    QString cachePath() const;

    // What a frame of MAPRECT (display CRS) at UNITSPERPIXEL needs: the features reaching into MAPRECT, each
    // simplified to a quarter of a pixel of its zoom band (a band spans a factor of two of unitsPerPixel), those
    // under a pixel as dots. Features already read for the band come from the cache. CANCELLED is checked between
    // features.
    FrameFeatures query(const QRectF& mapRect, double unitsPerPixel, const std::function<bool()>& cancelled = {}) const;

    // The feature a frame at UNITSPERPIXEL draws at MAPPOS (display CRS), as query() gives it: for a polygon layer
    // the last in the file's order (drawn on top) whose rings hold MAPPOS (even-odd, as drawn), for a line layer
    // the nearest within TOLERANCEPIXELS; with its attributes read from the file. Features drawn as dots (under a
    // pixel) are not found. Nothing when no feature is there.
    std::optional<IndexedFeatureHit> featureAt(QPointF mapPos, double unitsPerPixel, double tolerancePixels) const;

    // The ids of the features whose bounding box meets RECT (in the layer's own CRS), found through the spatial
    // index; and the same found by reading every feature of what the index reads (for tests and checks). Ids are
    // the file's own feature ids (CompactGeometry::fid too), also when read through a copy.
    QVector<qint64> indexedFeatureIds(const QRectF& layerRect) const;
    QVector<qint64> scannedFeatureIds(const QRectF& layerRect) const;

    // The cache of simplified features: its bound, and what it holds now.
    void setMemoryBound(size_t bytes);
    size_t memoryBound() const;
    size_t cachedBytes() const;
    void clearCache();

    // Parts with more vertices than this are cut to the frame (enlarged by a frame each way) before they are
    // projected and simplified.
    static constexpr int kCutAbove = 4096;
    static constexpr size_t kDefaultMemoryBound = size_t(64) << 20;

private:
    FeatureIndex();
    // Layer LAYERINDEX of SOURCE, opened for the file PATH.
    static std::shared_ptr<FeatureIndex> open(std::unique_ptr<VectorSource> source, int layerIndex, const QString& path,
                                              DisplayCrs crs, QString* error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace geo
