#include "geo/data/feature_index.h"

#include "geo/core/gdal_support_p.h"
#include "geo/data/vector_source.h"

#include <QFile>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <unordered_map>

namespace geo {

namespace {

// Web Mercator's latitude limit: points beyond it are drawn on it (the poles are at infinity).
constexpr double kMercatorMaxLat = 85.0511287798;
// Rows per "fid IN (...)" query when reading the features a frame needs.
constexpr int kFetchBatch = 400;
// Simplification: a quarter of a pixel of the band's finest scale.
constexpr double kTolerancePixels = 0.25;

// Whether the rings of G hold P, even-odd as they are filled (each ring closed, as drawn).
bool holds(const CompactGeometry& g, QPointF p)
{
    bool inside = false;
    quint32 start = 0;
    for (const quint32 end : g.partEnds) {
        for (quint32 k = start; k < end; ++k) {
            const QPointF a = g.points[k], b = g.points[k + 1 < end ? k + 1 : start];
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()))
                inside = !inside;
        }
        start = end;
    }
    return inside;
}

// The distance from P to the nearest segment of G's parts.
double distanceTo(const CompactGeometry& g, QPointF p)
{
    double nearest = std::numeric_limits<double>::infinity();
    quint32 start = 0;
    for (const quint32 end : g.partEnds) {
        for (quint32 k = start; k + 1 < end; ++k) {
            nearest = std::min(nearest, distanceToSegment(p, g.points[k], g.points[k + 1]));
        }
        start = end;
    }
    return nearest;
}

struct Box {
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    void add(double x, double y)
    {
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    bool isValid() const { return minX <= maxX && minY <= maxY; }
    // Closed boxes: a point or a horizontal line meets what touches it (QRectF::intersects says no for them).
    bool meets(const Box& o) const { return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY; }
    bool contains(const Box& o) const { return minX <= o.minX && o.maxX <= maxX && minY <= o.minY && o.maxY <= maxY; }
    QRectF rect() const { return isValid() ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF(); }
    static Box of(const QRectF& r)
    {
        Box b;
        if (!r.isNull())
            b = {r.left(), r.top(), r.right(), r.bottom()};
        return b;
    }
};

QByteArray quoted(const char* identifier)
{
    QByteArray q(identifier);
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

// Every simple curve of G (line strings and rings), curves linearised into OWNED.
void curvesOf(const OGRGeometry* g, std::vector<const OGRSimpleCurve*>* curves,
              std::vector<OGRGeometryUniquePtr>* owned)
{
    if (!g || g->IsEmpty())
        return;
    if (g->hasCurveGeometry()) {
        owned->emplace_back(g->getLinearGeometry());
        curvesOf(owned->back().get(), curves, owned);
        return;
    }
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbLineString:
    case wkbLinearRing: curves->push_back(g->toSimpleCurve()); return;
    case wkbPolygon:
        for (const OGRLinearRing* ring : *g->toPolygon())
            curves->push_back(ring);
        return;
    default: break;
    }
    if (auto* collection = dynamic_cast<const OGRGeometryCollection*>(g))
        for (const OGRGeometry* member : *collection)
            curvesOf(member, curves, owned);
}

// Keeps a vertex only when it is farther than TOL (on either axis) from the last one kept; the first and last
// vertices stay. Vertices are never moved, so a part is at most TOL off its full-detail self.
void thin(std::vector<double>* xs, std::vector<double>* ys, double tol)
{
    const size_t n = xs->size();
    if (n <= 2 || tol <= 0)
        return;
    size_t kept = 1;
    for (size_t i = 1; i + 1 < n; ++i) {
        if (std::abs((*xs)[i] - (*xs)[kept - 1]) > tol || std::abs((*ys)[i] - (*ys)[kept - 1]) > tol) {
            (*xs)[kept] = (*xs)[i];
            (*ys)[kept] = (*ys)[i];
            ++kept;
        }
    }
    (*xs)[kept] = xs->back();
    (*ys)[kept] = ys->back();
    xs->resize(kept + 1);
    ys->resize(kept + 1);
}

// Cuts a long part to WINDOW: runs of vertices wholly outside it are dropped (a line is split there) or, for a
// ring, replaced by their ends pulled onto the window's edge. A run wholly outside lies on one side of the window,
// so the ring it is replaced by goes round the window's inside exactly as often: the fill inside is unchanged.
// Appends the pieces to OUT (one for a ring, any number for a line).
void cutToWindow(const std::vector<double>& xs, const std::vector<double>& ys, bool ring, const Box& window,
                 std::vector<std::pair<std::vector<double>, std::vector<double>>>* out)
{
    constexpr size_t kRun = 256;
    const size_t n = xs.size();
    std::vector<double> px, py;
    auto put = [&](double x, double y) {
        if (px.empty() || px.back() != x || py.back() != y) {
            px.push_back(x);
            py.push_back(y);
        }
    };
    auto flush = [&] {
        if (px.size() >= 2)
            out->emplace_back(std::move(px), std::move(py));
        px.clear();
        py.clear();
    };
    for (size_t s = 0; s + 1 < n; s += kRun) {
        const size_t e = std::min(s + kRun, n - 1);
        Box b;
        for (size_t i = s; i <= e; ++i)
            b.add(xs[i], ys[i]);
        if (b.meets(window)) {
            for (size_t i = s; i <= e; ++i)
                put(xs[i], ys[i]);
        } else if (ring) {
            put(std::clamp(xs[s], window.minX, window.maxX), std::clamp(ys[s], window.minY, window.maxY));
            put(std::clamp(xs[e], window.minX, window.maxX), std::clamp(ys[e], window.minY, window.maxY));
        } else {
            flush();
        }
    }
    flush();
}

} // namespace

size_t CompactGeometry::bytes() const
{
    return sizeof(CompactGeometry) + points.capacity() * sizeof(QPointF) + partEnds.capacity() * sizeof(quint32) +
           chunkBounds.capacity() * sizeof(QRectF);
}

struct FeatureIndex::Impl {
    std::unique_ptr<VectorSource> source;
    OGRLayer* layer = nullptr;
    QString path, layerName;
    int layerIndex = 0;
    CPLStringList ignoredFields; // all of them: frames read geometries only
    GeometryKind kind = GeometryKind::None;
    DisplayCrs crs = DisplayCrs::WebMercator;
    QRectF bounds;
    Box layerExtent;
    qint64 featureCount = -1;
    bool clampLatitude = false; // geographic coordinates shown in Web Mercator
    std::unique_ptr<OGRCoordinateTransformation> toDisplay, toLayer;

    // The GeoPackage R-tree, read with SQL: the ids and boxes of the features a frame reaches, without their
    // geometries, so that features under a pixel are dots without being read.
    QByteArray rtree, table, fidColumn, geomColumn;
    // Read through an indexed copy (geo/data/layer_cache.h): its path, and what its ids add to the file's.
    QString cachePath;
    qint64 fidOffset = 0;

    mutable std::mutex mutex; // the dataset, the transformations and the cache
    struct Entry {
        std::shared_ptr<const CompactGeometry> geometry;
        quint64 lastUse = 0;
    };
    mutable std::unordered_map<quint64, Entry> cache; // (band, fid)
    mutable size_t cachedBytes = 0;
    mutable quint64 serial = 0;
    size_t bound = kDefaultMemoryBound;

    struct Candidate {
        qint64 fid;
        Box box; // layer CRS
    };

    static quint64 key(int band, qint64 fid) { return (quint64(band + 128) << 56) ^ quint64(fid); }

    // Layer CRS to display CRS, in place; points that cannot be shown become NaN.
    void project(std::vector<double>* xs, std::vector<double>* ys) const
    {
        if (xs->empty())
            return;
        if (clampLatitude)
            for (double& y : *ys)
                y = std::clamp(y, -kMercatorMaxLat, kMercatorMaxLat);
        std::vector<int> ok(xs->size());
        toDisplay->Transform(xs->size(), xs->data(), ys->data(), nullptr, ok.data());
        for (size_t i = 0; i < xs->size(); ++i)
            if (!ok[i] || !std::isfinite((*xs)[i]) || !std::isfinite((*ys)[i]))
                (*xs)[i] = (*ys)[i] = std::numeric_limits<double>::quiet_NaN();
    }

    // A display-CRS rectangle in the layer's CRS (its edges densified), or an invalid box.
    Box toLayerBox(const Box& display) const
    {
        double x0, y0, x1, y1;
        if (!toLayer->TransformBounds(display.minX, display.minY, display.maxX, display.maxY, &x0, &y0, &x1, &y1, 21))
            return {};
        Box b{x0, y0, x1, y1};
        return b.isValid() ? b : Box();
    }

    // The features whose box meets LAYERBOX, by the R-tree; when there is none, the driver's spatial filter
    // (which uses a shapefile's .qix and the like) reads them, and VISIT gets each one's geometry at once.
    bool candidates(const Box& layerBox, std::vector<Candidate>* out,
                    const std::function<void(qint64, const OGRGeometry*, const Box&)>& visit) const
    {
        if (!rtree.isEmpty()) {
            const QByteArray sql = "SELECT id, minx, maxx, miny, maxy FROM " + rtree +
                                   " WHERE minx <= " + number(layerBox.maxX) + " AND maxx >= " + number(layerBox.minX) +
                                   " AND miny <= " + number(layerBox.maxY) + " AND maxy >= " + number(layerBox.minY);
            const gdal::QuietErrors quiet;
            OGRLayer* rows = source->dataset()->ExecuteSQL(sql.constData(), nullptr, nullptr);
            if (rows) {
                for (auto& row : *rows)
                    out->push_back(
                        {row->GetFieldAsInteger64(0), Box{row->GetFieldAsDouble(1), row->GetFieldAsDouble(3),
                                                          row->GetFieldAsDouble(2), row->GetFieldAsDouble(4)}});
                source->dataset()->ReleaseResultSet(rows);
                return true;
            }
        }
        const gdal::QuietErrors quiet;
        layer->SetSpatialFilterRect(layerBox.minX, layerBox.minY, layerBox.maxX, layerBox.maxY);
        layer->ResetReading();
        CPLErrorReset();
        for (auto& f : *layer) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g || g->IsEmpty())
                continue;
            OGREnvelope e;
            g->getEnvelope(&e);
            const Box box{e.MinX, e.MinY, e.MaxX, e.MaxY};
            if (visit)
                visit(f->GetFID(), g, box);
            else
                out->push_back({f->GetFID(), box});
        }
        layer->SetSpatialFilter(nullptr);
        return CPLGetLastErrorType() < CE_Failure;
    }

    // Reads the geometries of FIDS (ascending batches of "fid IN (...)"), handing each to VISIT.
    bool fetch(const std::vector<qint64>& fids, const std::function<bool()>& cancelled,
               const std::function<void(qint64, const OGRGeometry*)>& visit) const
    {
        const gdal::QuietErrors quiet;
        for (size_t s = 0; s < fids.size(); s += kFetchBatch) {
            if (cancelled && cancelled())
                return true;
            const size_t e = std::min(fids.size(), s + kFetchBatch);
            bool done = false;
            if (!table.isEmpty()) {
                QByteArray sql =
                    "SELECT " + fidColumn + ", " + geomColumn + " FROM " + table + " WHERE " + fidColumn + " IN (";
                for (size_t i = s; i < e; ++i) {
                    if (i > s)
                        sql += ',';
                    sql += QByteArray::number(fids[i]);
                }
                sql += ')';
                if (OGRLayer* rows = source->dataset()->ExecuteSQL(sql.constData(), nullptr, nullptr)) {
                    for (auto& row : *rows) {
                        const qint64 fid =
                            row->GetFieldCount() > 0 ? row->GetFieldAsInteger64(0) : qint64(row->GetFID());
                        visit(fid, row->GetGeometryRef());
                    }
                    source->dataset()->ReleaseResultSet(rows);
                    done = true;
                }
            }
            if (!done) {
                for (size_t i = s; i < e; ++i) {
                    const OGRFeatureUniquePtr f(layer->GetFeature(fids[i]));
                    if (f)
                        visit(fids[i], f->GetGeometryRef());
                }
            }
        }
        return true;
    }

    // The most display units one layer unit makes anywhere in BOX (a 3x3 grid of probes): a tolerance in display
    // units divided by it is one in layer units that is nowhere coarser.
    double maxScale(const Box& box) const
    {
        const double h = std::max({box.maxX - box.minX, box.maxY - box.minY, 1e-9}) * 1e-3;
        std::vector<double> xs, ys;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                const double x = box.minX + (box.maxX - box.minX) * i / 2, y = box.minY + (box.maxY - box.minY) * j / 2;
                xs.insert(xs.end(), {x, x + h, x});
                ys.insert(ys.end(), {y, y, y + h});
            }
        project(&xs, &ys);
        double scale = 0;
        for (size_t p = 0; p < xs.size(); p += 3) {
            for (size_t q : {p + 1, p + 2}) {
                const double d = std::hypot(xs[q] - xs[p], ys[q] - ys[p]) / h;
                if (std::isfinite(d))
                    scale = std::max(scale, d);
            }
        }
        return scale;
    }

    // One feature for one band: cut to the window when it is long, thinned in layer units (a tolerance that is
    // nowhere coarser than the display one), projected, thinned again in display units.
    std::shared_ptr<CompactGeometry> build(qint64 fid, const OGRGeometry* g, double tolerance, const Box& layerWindow,
                                           const Box& displayWindow) const
    {
        auto out = std::make_shared<CompactGeometry>();
        out->fid = fid - fidOffset;
        out->kind = kind;
        std::vector<const OGRSimpleCurve*> curves;
        std::vector<OGRGeometryUniquePtr> owned;
        curvesOf(g, &curves, &owned);
        OGREnvelope env;
        if (g)
            g->getEnvelope(&env);
        const Box featureBox{env.MinX, env.MinY, env.MaxX, env.MaxY};
        const bool ring = kind == GeometryKind::Polygon;
        bool cut = false;
        double layerTolerance = -1;
        Box displayBox;
        for (const OGRSimpleCurve* c : curves) {
            const int n = c->getNumPoints();
            if (n == 0)
                continue;
            std::vector<double> xs(n), ys(n);
            c->getPoints(xs.data(), sizeof(double), ys.data(), sizeof(double));
            std::vector<std::pair<std::vector<double>, std::vector<double>>> pieces;
            if (n > kCutAbove && layerWindow.isValid() && !layerWindow.contains(featureBox)) {
                cutToWindow(xs, ys, ring, layerWindow, &pieces);
                cut = true;
            } else {
                pieces.emplace_back(std::move(xs), std::move(ys));
            }
            for (auto& [px, py] : pieces) {
                if (px.size() > 64) {
                    if (layerTolerance < 0) {
                        Box probe = featureBox;
                        if (cut || !layerWindow.contains(featureBox))
                            probe = Box{std::max(featureBox.minX, layerWindow.minX),
                                        std::max(featureBox.minY, layerWindow.minY),
                                        std::min(featureBox.maxX, layerWindow.maxX),
                                        std::min(featureBox.maxY, layerWindow.maxY)};
                        const double scale = probe.isValid() ? maxScale(probe) : 0;
                        layerTolerance = scale > 0 ? tolerance / scale : 0;
                    }
                    thin(&px, &py, layerTolerance);
                }
                project(&px, &py);
                // Points PROJ could not place are left out.
                size_t k = 0;
                for (size_t i = 0; i < px.size(); ++i)
                    if (!std::isnan(px[i])) {
                        px[k] = px[i];
                        py[k] = py[i];
                        ++k;
                    }
                px.resize(k);
                py.resize(k);
                thin(&px, &py, tolerance);
                if (px.empty())
                    continue;
                for (size_t i = 0; i < px.size(); ++i) {
                    out->points.emplace_back(px[i], py[i]);
                    displayBox.add(px[i], py[i]);
                }
                out->partEnds.push_back(quint32(out->points.size()));
            }
        }
        // Bounds of each run of kChunk segments, for cutting parts to a frame when drawing.
        quint32 start = 0;
        for (quint32 end : out->partEnds) {
            for (quint32 s = start; s + 1 < end; s += CompactGeometry::kChunk) {
                const quint32 e = std::min<quint32>(s + CompactGeometry::kChunk, end - 1);
                Box b;
                for (quint32 i = s; i <= e; ++i)
                    b.add(out->points[i].x(), out->points[i].y());
                out->chunkBounds.push_back(b.rect());
            }
            if (end - start == 1)
                out->chunkBounds.push_back(QRectF(out->points[start], QSizeF(0, 0)));
            start = end;
        }
        out->bounds = displayBox.rect();
        if (cut)
            out->window = displayWindow.rect();
        out->points.shrink_to_fit();
        return out;
    }

    void evict(quint64 keepSerial) const
    {
        if (cachedBytes <= bound)
            return;
        std::vector<std::pair<quint64, quint64>> byAge; // lastUse, key
        for (const auto& [k, e] : cache)
            if (e.lastUse != keepSerial)
                byAge.emplace_back(e.lastUse, k);
        std::sort(byAge.begin(), byAge.end());
        const size_t target = bound / 4 * 3;
        for (const auto& [use, k] : byAge) {
            if (cachedBytes <= target)
                break;
            auto it = cache.find(k);
            cachedBytes -= it->second.geometry->bytes();
            cache.erase(it);
        }
    }
};

FeatureIndex::FeatureIndex() : d(std::make_unique<Impl>()) {}
FeatureIndex::~FeatureIndex() = default;

std::shared_ptr<FeatureIndex> FeatureIndex::open(const QString& path, int layerIndex, DisplayCrs crs, QString* error,
                                                 const IndexOpenOptions& options, bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    // The file's indexed copy, when it has one. The copy was made from the file as it is now (same size and
    // modification time), after the file had been opened with every check: the file is not opened again.
    auto fromCopy = [&](const QString& copy) -> std::shared_ptr<FeatureIndex> {
        QString copyError;
        auto source = VectorSource::open(copy, &copyError, {}, SourceKind::Layer, /*readCopy=*/false);
        if (!source || source->driverName() != QLatin1String("GPKG"))
            return nullptr;
        auto index = open(std::move(source), layerIndex, path, crs, &copyError);
        if (!index || index->d->rtree.isEmpty())
            return nullptr;
        index->d->cachePath = copy;
        index->d->fidOffset = 1;
        return index;
    };
    if (options.useCache) {
        if (const QString copy = LayerCache::find(path); !copy.isEmpty()) {
            if (auto index = fromCopy(copy))
                return index;
            QFile::remove(copy); // damaged: built again below
        }
    }
    auto source = VectorSource::open(path, error, {}, SourceKind::Layer, options.useCache);
    if (!source)
        return nullptr;
    if (options.useCache && source->dataset()->GetLayer(layerIndex) && LayerCache::wanted(*source, layerIndex)) {
        const LayerCache::Result built = LayerCache::build(*source, options.progress);
        if (built.cancelled) {
            if (cancelled)
                *cancelled = true;
            if (error)
                *error = QStringLiteral("%1: opening cancelled").arg(path);
            return nullptr;
        }
        if (!built.path.isEmpty()) {
            if (auto index = fromCopy(built.path))
                return index;
        } else if (!built.error.isEmpty()) {
            qWarning("%s; reading the file itself", qUtf8Printable(built.error));
        }
    }
    const QString copy = source->copyPath();
    auto index = open(std::move(source), layerIndex, path, crs, error);
    if (index && !copy.isEmpty()) {
        index->d->cachePath = copy;
        index->d->fidOffset = 1;
    }
    return index;
}

std::shared_ptr<FeatureIndex> FeatureIndex::open(std::unique_ptr<VectorSource> source, int layerIndex,
                                                 const QString& path, DisplayCrs crs, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::shared_ptr<FeatureIndex>();
    };
    OGRLayer* layer = source->dataset()->GetLayer(layerIndex);
    if (!layer)
        return fail(QStringLiteral("%1: no layer number %2").arg(path).arg(layerIndex));
    std::shared_ptr<FeatureIndex> index(new FeatureIndex);
    Impl& d = *index->d;
    d.path = path;
    d.layer = layer;
    d.layerIndex = layerIndex;
    d.layerName = QString::fromUtf8(layer->GetName());
    d.crs = crs;
    const LayerInfo info = source->layerInfo(layerIndex, /*exactCount=*/false);
    d.kind = info.kind;
    d.featureCount = info.featureCount;

    // Layer CRS to display CRS and back; a layer without a CRS is taken as longitude/latitude.
    OGRSpatialReference layerSrs, displaySrs;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef())
        layerSrs = *srs;
    else
        layerSrs.importFromEPSG(4326);
    layerSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    displaySrs.SetFromUserInput(crsCode(crs).toUtf8().constData());
    displaySrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    {
        const gdal::QuietErrors quiet;
        d.toDisplay.reset(OGRCreateCoordinateTransformation(&layerSrs, &displaySrs));
        d.toLayer.reset(OGRCreateCoordinateTransformation(&displaySrs, &layerSrs));
    }
    if (!d.toDisplay || !d.toLayer)
        return fail(QStringLiteral("%1, layer %2: its CRS cannot be shown in %3 (%4)")
                        .arg(path, d.layerName, crsCode(crs), gdal::lastError()));
    d.clampLatitude = layerSrs.IsGeographic() && crs == DisplayCrs::WebMercator;

    // The extent the file keeps (GeoPackage contents, shapefile header), else one scan.
    OGREnvelope e;
    {
        const gdal::QuietErrors quiet;
        if (layer->GetExtent(&e, FALSE) != OGRERR_NONE && layer->GetExtent(&e, TRUE) != OGRERR_NONE)
            return fail(QStringLiteral("%1, layer %2: no extent (no geometry?)").arg(path, d.layerName));
    }
    d.layerExtent = Box{e.MinX, e.MinY, e.MaxX, e.MaxY};
    Box extent = d.layerExtent;
    if (d.clampLatitude) {
        extent.minY = std::clamp(extent.minY, -kMercatorMaxLat, kMercatorMaxLat);
        extent.maxY = std::clamp(extent.maxY, -kMercatorMaxLat, kMercatorMaxLat);
    }
    double x0, y0, x1, y1;
    if (!extent.isValid() ||
        !d.toDisplay->TransformBounds(extent.minX, extent.minY, extent.maxX, extent.maxY, &x0, &y0, &x1, &y1, 21) ||
        !std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1))
        return fail(
            QStringLiteral("%1, layer %2: coordinates outside what %3 can show").arg(path, d.layerName, crsCode(crs)));
    d.bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));

    const bool gpkg = source->driverName() == QLatin1String("GPKG") || !source->copyPath().isEmpty();
    if (gpkg && layer->TestCapability(OLCFastSpatialFilter) && layer->GetGeometryColumn() &&
        *layer->GetGeometryColumn()) {
        const QByteArray rtree = quoted(QByteArray("rtree_") + layer->GetName() + '_' + layer->GetGeometryColumn());
        const gdal::QuietErrors quiet;
        if (OGRLayer* probe =
                source->dataset()->ExecuteSQL(("SELECT id FROM " + rtree + " LIMIT 1").constData(), nullptr, nullptr)) {
            source->dataset()->ReleaseResultSet(probe);
            d.rtree = rtree;
            d.table = quoted(layer->GetName());
            d.geomColumn = quoted(layer->GetGeometryColumn());
            d.fidColumn = quoted(*layer->GetFIDColumn() ? layer->GetFIDColumn() : "fid");
        }
    }
    // Only the geometry is read: every attribute and the style are left in the file (but for a click's feature).
    {
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            d.ignoredFields.AddString(defn->GetFieldDefn(i)->GetNameRef());
        d.ignoredFields.AddString("OGR_STYLE");
        layer->SetIgnoredFields(const_cast<const char**>(d.ignoredFields.List()));
    }
    if (const QStringList refused = gdal::takeRefusedRequests(); !refused.isEmpty())
        return fail(
            QStringLiteral("%1: the file asks for %2, which is not on this computer").arg(path, refused.first()));
    d.source = std::move(source);
    return index;
}

QString FeatureIndex::path() const
{
    return d->path;
}
QString FeatureIndex::layerName() const
{
    return d->layerName;
}
GeometryKind FeatureIndex::kind() const
{
    return d->kind;
}
DisplayCrs FeatureIndex::crs() const
{
    return d->crs;
}
QRectF FeatureIndex::bounds() const
{
    return d->bounds;
}
qint64 FeatureIndex::featureCount() const
{
    return d->featureCount;
}
bool FeatureIndex::hasSpatialIndex() const
{
    return !d->rtree.isEmpty() || d->layer->TestCapability(OLCFastSpatialFilter);
}
QString FeatureIndex::cachePath() const
{
    return d->cachePath;
}

void FeatureIndex::setMemoryBound(size_t bytes)
{
    const std::lock_guard lock(d->mutex);
    d->bound = bytes;
    d->evict(0);
}
size_t FeatureIndex::memoryBound() const
{
    const std::lock_guard lock(d->mutex);
    return d->bound;
}
size_t FeatureIndex::cachedBytes() const
{
    const std::lock_guard lock(d->mutex);
    return d->cachedBytes;
}
void FeatureIndex::clearCache()
{
    const std::lock_guard lock(d->mutex);
    d->cache.clear();
    d->cachedBytes = 0;
}

FrameFeatures FeatureIndex::query(const QRectF& mapRect, double unitsPerPixel,
                                  const std::function<bool()>& cancelled) const
{
    FrameFeatures frame;
    if (!(unitsPerPixel > 0) || mapRect.isEmpty())
        return frame;
    const Box bounds = Box::of(d->bounds);
    const Box wanted = Box::of(mapRect.normalized());
    if (!bounds.meets(wanted))
        return frame;
    // Only the part of the frame the layer covers is turned into layer coordinates (a frame wider than the world
    // would wrap round it).
    const Box frameBox{std::max(wanted.minX, bounds.minX), std::max(wanted.minY, bounds.minY),
                       std::min(wanted.maxX, bounds.maxX), std::min(wanted.maxY, bounds.maxY)};
    // Long parts are cut to the frame enlarged by a frame each way: a pan within it needs no new read.
    const double w = frameBox.maxX - frameBox.minX, h = frameBox.maxY - frameBox.minY;
    const Box windowBox{std::max(frameBox.minX - w, bounds.minX), std::max(frameBox.minY - h, bounds.minY),
                        std::min(frameBox.maxX + w, bounds.maxX), std::min(frameBox.maxY + h, bounds.maxY)};
    const int band = int(std::floor(std::log2(unitsPerPixel)));
    const double tolerance = kTolerancePixels * std::ldexp(1.0, band);

    const std::lock_guard lock(d->mutex);
    const quint64 use = ++d->serial;
    const Box layerBox = d->toLayerBox(frameBox);
    const Box layerWindow = d->toLayerBox(windowBox);
    if (!layerBox.isValid()) {
        frame.error =
            QStringLiteral("%1, layer %2: the frame has no place in the layer's CRS").arg(d->path, d->layerName);
        return frame;
    }

    std::vector<std::pair<qint64, std::shared_ptr<const CompactGeometry>>> found;
    std::vector<qint64> toRead;
    auto usable = [&](const Impl::Entry& e) {
        return e.geometry->window.isNull() || Box::of(e.geometry->window).contains(frameBox);
    };
    auto store = [&](qint64 fid, std::shared_ptr<CompactGeometry> g) {
        auto& e = d->cache[Impl::key(band, fid)];
        if (e.geometry)
            d->cachedBytes -= e.geometry->bytes();
        d->cachedBytes += g->bytes();
        e.geometry = g;
        e.lastUse = use;
        found.emplace_back(fid, std::move(g));
        ++frame.read;
    };
    // Features under a pixel are a dot at their box's centre; the rest come from the cache or the file.
    auto dotOrLookUp = [&](qint64 fid, const Box& displayBox) -> bool {
        if (displayBox.maxX - displayBox.minX < unitsPerPixel && displayBox.maxY - displayBox.minY < unitsPerPixel) {
            frame.dots.emplace_back((displayBox.minX + displayBox.maxX) / 2, (displayBox.minY + displayBox.maxY) / 2);
            return true;
        }
        const auto it = d->cache.find(Impl::key(band, fid));
        if (it != d->cache.end() && usable(it->second)) {
            it->second.lastUse = use;
            found.emplace_back(fid, it->second.geometry);
            return true;
        }
        return false;
    };
    auto displayBoxOf = [&](const Box& b) {
        std::vector<double> xs{b.minX, b.maxX, b.minX, b.maxX}, ys{b.minY, b.maxY, b.maxY, b.minY};
        d->project(&xs, &ys);
        Box out;
        for (size_t i = 0; i < xs.size(); ++i)
            if (!std::isnan(xs[i]))
                out.add(xs[i], ys[i]);
        return out;
    };

    std::vector<Impl::Candidate> candidates;
    const bool ok = d->candidates(layerBox, &candidates, [&](qint64 fid, const OGRGeometry* g, const Box& box) {
        if (cancelled && cancelled())
            return;
        if (!dotOrLookUp(fid, displayBoxOf(box)))
            store(fid, d->build(fid, g, tolerance, layerWindow, windowBox));
    });
    if (!ok)
        frame.error = QStringLiteral("%1, layer %2: read error (%3)").arg(d->path, d->layerName, gdal::lastError());
    if (!candidates.empty()) {
        // All the candidates' boxes in one batch of projections.
        std::vector<double> xs, ys;
        xs.reserve(candidates.size() * 2);
        ys.reserve(candidates.size() * 2);
        for (const auto& c : candidates) {
            xs.insert(xs.end(), {c.box.minX, c.box.maxX});
            ys.insert(ys.end(), {c.box.minY, c.box.maxY});
        }
        d->project(&xs, &ys);
        for (size_t i = 0; i < candidates.size(); ++i) {
            Box b;
            b.add(xs[2 * i], ys[2 * i]);
            b.add(xs[2 * i + 1], ys[2 * i + 1]);
            if (!b.isValid() || std::isnan(b.minX) || std::isnan(b.minY))
                b = displayBoxOf(candidates[i].box);
            if (!b.isValid())
                continue;
            if (!dotOrLookUp(candidates[i].fid, b))
                toRead.push_back(candidates[i].fid);
        }
        std::sort(toRead.begin(), toRead.end());
        d->fetch(toRead, cancelled, [&](qint64 fid, const OGRGeometry* g) {
            store(fid, d->build(fid, g, tolerance, layerWindow, windowBox));
        });
    }
    frame.cancelled = cancelled && cancelled();
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    frame.features.reserve(found.size());
    for (auto& [fid, g] : found)
        frame.features.push_back(std::move(g));
    d->evict(use);
    return frame;
}

std::optional<IndexedFeatureHit> FeatureIndex::featureAt(QPointF mapPos, double unitsPerPixel,
                                                         double tolerancePixels) const
{
    const double reach = tolerancePixels * unitsPerPixel;
    if (!(reach > 0))
        return std::nullopt;
    const QRectF probe(mapPos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    const FrameFeatures frame = query(probe, unitsPerPixel);
    const CompactGeometry* found = nullptr;
    double nearest = reach;
    // Drawn in the file's order: the last one is on top, and wins a tie.
    for (auto it = frame.features.crbegin(); it != frame.features.crend(); ++it) {
        const CompactGeometry& g = **it;
        if (!g.bounds.adjusted(-reach, -reach, reach, reach).contains(mapPos))
            continue;
        if (g.kind == GeometryKind::Polygon) {
            if (holds(g, mapPos)) {
                found = &g;
                break;
            }
        } else if (const double distance = distanceTo(g, mapPos);
                   distance <= nearest && (!found || distance < nearest)) {
            nearest = distance;
            found = &g;
        }
    }
    if (!found)
        return std::nullopt;
    IndexedFeatureHit hit;
    hit.fid = found->fid;
    hit.kind = found->kind;
    const std::lock_guard lock(d->mutex);
    d->layer->SetIgnoredFields(nullptr);
    hit.attributes = d->source->featureAttributes(d->layerIndex, found->fid + d->fidOffset);
    d->layer->SetIgnoredFields(const_cast<const char**>(d->ignoredFields.List()));
    return hit;
}

QVector<qint64> FeatureIndex::indexedFeatureIds(const QRectF& layerRect) const
{
    const Box rect = Box::of(layerRect.normalized());
    const std::lock_guard lock(d->mutex);
    QVector<qint64> ids;
    std::vector<Impl::Candidate> candidates;
    d->candidates(rect, &candidates, [&](qint64 fid, const OGRGeometry*, const Box& box) {
        if (box.meets(rect))
            ids.append(fid - d->fidOffset);
    });
    // The R-tree keeps boxes rounded outwards: each candidate's own box decides.
    std::vector<qint64> fids;
    for (const auto& c : candidates)
        fids.push_back(c.fid);
    std::sort(fids.begin(), fids.end());
    d->fetch(fids, {}, [&](qint64 fid, const OGRGeometry* g) {
        if (!g || g->IsEmpty())
            return;
        OGREnvelope e;
        g->getEnvelope(&e);
        if (Box{e.MinX, e.MinY, e.MaxX, e.MaxY}.meets(rect))
            ids.append(fid - d->fidOffset);
    });
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVector<qint64> FeatureIndex::scannedFeatureIds(const QRectF& layerRect) const
{
    const Box rect = Box::of(layerRect.normalized());
    const std::lock_guard lock(d->mutex);
    QVector<qint64> ids;
    d->layer->SetSpatialFilter(nullptr);
    d->layer->ResetReading();
    for (auto& f : *d->layer) {
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        OGREnvelope e;
        g->getEnvelope(&e);
        if (Box{e.MinX, e.MinY, e.MaxX, e.MaxY}.meets(rect))
            ids.append(f->GetFID() - d->fidOffset);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace geo
