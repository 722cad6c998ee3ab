#include "geo/control/control_areas.h"

#include "geo/core/resource_files.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <geos_c.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace geo {

namespace {

constexpr int kUtm37N = 32637;
constexpr double kSamePointMetres = 1.0;      // towns closer than this share one Voronoi cell
constexpr double kSharedBoundaryMetres = 1.0; // boundaries this close count as shared
constexpr int kDiscQuadrantSegments = 32;

// --- GEOS handles -----------------------------------------------------------------------------------------

// One GEOS context per call: the areas may be derived on several threads at once.
class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r())
    {
        GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, &m_lastError);
    }
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }
    QString lastError() const { return QString::fromStdString(m_lastError); }

private:
    static void onError(const char* message, void* userData)
    {
        *static_cast<std::string*>(userData) = message ? message : "";
    }
    GEOSContextHandle_t m_handle;
    std::string m_lastError;
};

struct GeomDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* g) const
    {
        if (g)
            GEOSGeom_destroy_r(context, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const
    {
        if (g)
            GEOSPreparedGeom_destroy_r(context, g);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

GeomPtr own(const GeosContext& ctx, GEOSGeometry* g)
{
    return GeomPtr(g, GeomDeleter{ctx.handle()});
}

// Hands a list of geometries to a new collection of TYPE (the collection owns them).
GeomPtr collection(const GeosContext& ctx, int type, std::vector<GeomPtr>& parts)
{
    std::vector<GEOSGeometry*> raw;
    raw.reserve(parts.size());
    for (GeomPtr& p : parts)
        raw.push_back(p.release());
    parts.clear();
    return own(ctx, GEOSGeom_createCollection_r(ctx.handle(), type, raw.data(), unsigned(raw.size())));
}

bool isEmpty(const GeosContext& ctx, const GEOSGeometry* g)
{
    return !g || GEOSisEmpty_r(ctx.handle(), g) != 0;
}

// Every line string inside G, copied.
void collectLines(const GeosContext& ctx, const GEOSGeometry* g, std::vector<GeomPtr>* out)
{
    switch (GEOSGeomTypeId_r(ctx.handle(), g)) {
    case GEOS_LINESTRING:
        out->push_back(own(ctx, GEOSGeom_clone_r(ctx.handle(), g)));
        return;
    case GEOS_MULTILINESTRING:
    case GEOS_GEOMETRYCOLLECTION:
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx.handle(), g); ++i)
            collectLines(ctx, GEOSGetGeometryN_r(ctx.handle(), g, i), out);
        return;
    default:
        return;
    }
}

// --- OGR ---------------------------------------------------------------------------------------------------

void registerGdalOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

struct SrsPair {
    OGRSpatialReference wgs84;
    OGRSpatialReference utm;
    SrsPair()
    {
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        utm.importFromEPSG(kUtm37N);
        utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
};

using TransformPtr = std::unique_ptr<OGRCoordinateTransformation>;

TransformPtr makeTransform(const OGRSpatialReference& from, const OGRSpatialReference& to)
{
    return TransformPtr(OGRCreateCoordinateTransformation(&from, &to));
}

void appendRing(const OGRLineString* ring, QVector<QVector<QPointF>>* parts)
{
    QVector<QPointF> points;
    points.reserve(ring->getNumPoints());
    for (int i = 0; i < ring->getNumPoints(); ++i)
        points.append(QPointF(ring->getX(i), ring->getY(i)));
    parts->append(std::move(points));
}

// Polygons as their rings (outer and inner), lines as their line strings.
void appendParts(const OGRGeometry* g, QVector<QVector<QPointF>>* parts)
{
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        for (const OGRLinearRing* ring : *g->toPolygon())
            appendRing(ring, parts);
        return;
    case wkbLineString:
        appendRing(g->toLineString(), parts);
        return;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const OGRGeometry* member : *g->toGeometryCollection())
            appendParts(member, parts);
        return;
    default:
        return;
    }
}

// A GEOS geometry in UTM as a Geometry in EPSG:4326.
std::optional<Geometry> toLonLat(const GeosContext& ctx, const GEOSGeometry* g, GeometryKind kind,
                                 OGRCoordinateTransformation* toWgs84)
{
    std::unique_ptr<OGRGeometry> ogr(OGRGeometryFactory::createFromGEOS(ctx.handle(), const_cast<GEOSGeometry*>(g)));
    if (!ogr || ogr->transform(toWgs84) != OGRERR_NONE)
        return std::nullopt;
    Geometry out;
    out.kind = kind;
    appendParts(ogr.get(), &out.parts);
    return out;
}

// Reads the features of PATH's first layer whose field FIELD is one of VALUES, as one OGR geometry each, in
// UTM zone 37N.
bool readUtmGeometries(const QString& path, const char* field, const QStringList& values,
                       std::vector<std::unique_ptr<OGRGeometry>>* out, QString* error)
{
    registerGdalOnce();
    const QString gdalPath = gdalPathFor(path);
    if (gdalPath.isEmpty()) {
        *error = QStringLiteral("%1: no such boundary file").arg(path);
        return false;
    }
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr ds(GDALDataset::Open(gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    CPLPopErrorHandler();
    OGRLayer* layer = ds ? ds->GetLayer(0) : nullptr;
    if (!layer) {
        *error = QStringLiteral("%1: cannot be read as a vector layer (%2)")
                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    const int fieldIndex = layer->GetLayerDefn()->GetFieldIndex(field);
    if (fieldIndex < 0) {
        *error = QStringLiteral("%1: has no field \"%2\"").arg(path, QString::fromLatin1(field));
        return false;
    }
    const SrsPair srs;
    OGRSpatialReference source = layer->GetSpatialRef() ? *layer->GetSpatialRef() : srs.wgs84;
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const TransformPtr toUtm = makeTransform(source, srs.utm);
    if (!toUtm) {
        *error = QStringLiteral("%1: no transformation to EPSG:%2").arg(path).arg(kUtm37N);
        return false;
    }
    layer->ResetReading();
    for (auto& feature : *layer) {
        const QString value = QString::fromUtf8(feature->GetFieldAsString(fieldIndex));
        const OGRGeometry* g = feature->GetGeometryRef();
        if (!g || !values.contains(value))
            continue;
        std::unique_ptr<OGRGeometry> copy(g->clone());
        if (copy->transform(toUtm.get()) != OGRERR_NONE) {
            *error = QStringLiteral("%1: feature %2 cannot be projected to EPSG:%3").arg(path, value).arg(kUtm37N);
            return false;
        }
        out->push_back(std::move(copy));
    }
    return true;
}

// The union of GEOMETRIES (converted to GEOS), made valid.
GeomPtr unionOf(const GeosContext& ctx, const std::vector<std::unique_ptr<OGRGeometry>>& geometries)
{
    std::vector<GeomPtr> parts;
    for (const auto& g : geometries) {
        GeomPtr part = own(ctx, g->exportToGEOS(ctx.handle()));
        if (!part)
            return GeomPtr(nullptr, GeomDeleter{ctx.handle()});
        if (GEOSisValid_r(ctx.handle(), part.get()) != 1)
            part = own(ctx, GEOSMakeValid_r(ctx.handle(), part.get()));
        if (!part)
            return GeomPtr(nullptr, GeomDeleter{ctx.handle()});
        parts.push_back(std::move(part));
    }
    GeomPtr all = collection(ctx, GEOS_GEOMETRYCOLLECTION, parts);
    return all ? own(ctx, GEOSUnaryUnion_r(ctx.handle(), all.get())) : std::move(all);
}

// The land of the governorates in focus, in UTM zone 37N, as WKB. Built once per set of options.
QByteArray clipMaskWkb(const AreaOptions& options, QString* error)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    QStringList governorates = options.governorates;
    governorates.sort();
    const QString key =
        QStringList{options.landPath, options.governoratesPath, governorates.join(QLatin1Char(','))}.join(
            QLatin1Char('\n'));
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;

    std::vector<std::unique_ptr<OGRGeometry>> land, provinces;
    if (!readUtmGeometries(options.landPath, "iso2", {QStringLiteral("SY")}, &land, error) ||
        !readUtmGeometries(options.governoratesPath, "ADM1_PCODE", options.governorates, &provinces, error))
        return {};
    if (land.empty()) {
        *error = QStringLiteral("%1: no land polygon with iso2 \"SY\"").arg(options.landPath);
        return {};
    }
    if (provinces.size() != size_t(options.governorates.size())) {
        *error = QStringLiteral("%1: found %2 of the governorates %3")
                     .arg(options.governoratesPath)
                     .arg(provinces.size())
                     .arg(options.governorates.join(QStringLiteral(", ")));
        return {};
    }
    const GeosContext ctx;
    const GeomPtr landUnion = unionOf(ctx, land);
    const GeomPtr provinceUnion = unionOf(ctx, provinces);
    if (!landUnion || !provinceUnion) {
        *error = QStringLiteral("cannot join the boundary polygons: %1").arg(ctx.lastError());
        return {};
    }
    const GeomPtr mask = own(ctx, GEOSIntersection_r(ctx.handle(), landUnion.get(), provinceUnion.get()));
    if (!mask) {
        *error = QStringLiteral("cannot clip the governorates to the land: %1").arg(ctx.lastError());
        return {};
    }
    size_t size = 0;
    unsigned char* wkb = GEOSGeomToWKB_buf_r(ctx.handle(), mask.get(), &size);
    if (!wkb) {
        *error = QStringLiteral("cannot store the clip polygon: %1").arg(ctx.lastError());
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(wkb), qsizetype(size));
    GEOSFree_r(ctx.handle(), wkb);
    cache.insert(key, bytes);
    return bytes;
}

// --- Towns ------------------------------------------------------------------------------------------------

struct Site {
    QPointF utm;
    Controller controller = Controller::Unknown;
    QStringList placeIds;
};

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

bool opposingSides(Controller a, Controller b)
{
    const auto against = [](Controller c) {
        return c == Controller::Opposition || c == Controller::Hts || c == Controller::Turkey;
    };
    return (a == Controller::Government && against(b)) || (b == Controller::Government && against(a));
}

QString controlAreasNote(int townCount, const AreaOptions& options)
{
    return QStringLiteral("Derived: Voronoi of %1 town%2, capped at %3 km; not a surveyed front line")
        .arg(townCount)
        .arg(townCount == 1 ? QString() : QStringLiteral("s"))
        .arg(options.maxRadiusKm);
}

std::optional<DerivedControl> deriveControl(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                            const AreaOptions& options, QString* error)
{
    QString message;
    const auto failed = [&](const QString& what) {
        setError(error, what);
        return std::optional<DerivedControl>();
    };
    if (!(options.maxRadiusKm > 0))
        return failed(QStringLiteral("the cap radius must be positive (got %1 km)").arg(options.maxRadiusKm));

    // The towns, by id so that the result does not depend on hash order.
    QStringList ids;
    for (auto it = snapshot.places.cbegin(); it != snapshot.places.cend(); ++it) {
        if (it->controller != Controller::Unknown && catalog.lonLat(it.key()))
            ids.append(it.key());
    }
    ids.sort();

    DerivedControl result;
    result.townCount = int(ids.size());
    result.note = controlAreasNote(result.townCount, options);
    if (ids.isEmpty())
        return result;

    const SrsPair srs;
    const TransformPtr toUtm = makeTransform(srs.wgs84, srs.utm);
    const TransformPtr toWgs84 = makeTransform(srs.utm, srs.wgs84);
    if (!toUtm || !toWgs84)
        return failed(QStringLiteral("no transformation between EPSG:4326 and EPSG:%1").arg(kUtm37N));

    std::vector<Site> sites;
    for (const QString& id : std::as_const(ids)) {
        const QPointF lonLat = *catalog.lonLat(id);
        double x = lonLat.x(), y = lonLat.y();
        if (!toUtm->Transform(1, &x, &y))
            return failed(QStringLiteral("%1: cannot project (%2, %3) to EPSG:%4")
                              .arg(id)
                              .arg(lonLat.x())
                              .arg(lonLat.y())
                              .arg(kUtm37N));
        const Controller controller = snapshot.places.value(id).controller;
        const auto same = std::find_if(sites.begin(), sites.end(), [&](const Site& s) {
            return std::hypot(s.utm.x() - x, s.utm.y() - y) < kSamePointMetres;
        });
        if (same != sites.end()) {
            if (same->controller != controller)
                same->controller = Controller::Contested;
            same->placeIds.append(id);
        } else {
            sites.push_back({QPointF(x, y), controller, {id}});
        }
    }

    const QByteArray maskBytes = clipMaskWkb(options, &message);
    if (maskBytes.isEmpty())
        return failed(message);

    const GeosContext ctx;
    GEOSContextHandle_t h = ctx.handle();
    const auto geosFailed = [&](const QString& what) {
        return failed(QStringLiteral("%1 failed: %2").arg(what, ctx.lastError()));
    };
    const GeomPtr mask =
        own(ctx, GEOSGeomFromWKB_buf_r(h, reinterpret_cast<const unsigned char*>(maskBytes.constData()),
                                       size_t(maskBytes.size())));
    if (!mask)
        return geosFailed(QStringLiteral("reading the clip polygon"));
    const PreparedPtr preparedMask(GEOSPrepare_r(h, mask.get()), PreparedDeleter{h});

    // Voronoi cells, each matched to the site inside it.
    const double radius = options.maxRadiusKm * 1000.0;
    double xmin = sites.front().utm.x(), xmax = xmin, ymin = sites.front().utm.y(), ymax = ymin;
    for (const Site& s : sites) {
        xmin = std::min(xmin, s.utm.x());
        xmax = std::max(xmax, s.utm.x());
        ymin = std::min(ymin, s.utm.y());
        ymax = std::max(ymax, s.utm.y());
    }
    const double margin = 2 * radius;
    const GeomPtr frame =
        own(ctx, GEOSGeom_createRectangle_r(h, xmin - margin, ymin - margin, xmax + margin, ymax + margin));
    std::vector<GeomPtr> cells(sites.size());
    if (sites.size() == 1) {
        cells[0] = own(ctx, GEOSGeom_clone_r(h, frame.get()));
    } else {
        std::vector<GeomPtr> points;
        for (const Site& s : sites)
            points.push_back(own(ctx, GEOSGeom_createPointFromXY_r(h, s.utm.x(), s.utm.y())));
        const GeomPtr multipoint = collection(ctx, GEOS_MULTIPOINT, points);
        const GeomPtr diagram = own(ctx, GEOSVoronoiDiagram_r(h, multipoint.get(), frame.get(), 0.0, 0));
        if (!diagram)
            return geosFailed(QStringLiteral("the Voronoi diagram"));
        // Sites sorted by x, to look only at those inside a cell's envelope.
        std::vector<size_t> byX(sites.size());
        for (size_t i = 0; i < byX.size(); ++i)
            byX[i] = i;
        std::sort(byX.begin(), byX.end(), [&](size_t a, size_t b) { return sites[a].utm.x() < sites[b].utm.x(); });
        for (int c = 0; c < GEOSGetNumGeometries_r(h, diagram.get()); ++c) {
            const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram.get(), c);
            double cx0 = 0, cx1 = 0, cy0 = 0, cy1 = 0;
            GEOSGeom_getXMin_r(h, cell, &cx0);
            GEOSGeom_getXMax_r(h, cell, &cx1);
            GEOSGeom_getYMin_r(h, cell, &cy0);
            GEOSGeom_getYMax_r(h, cell, &cy1);
            const PreparedPtr prepared(GEOSPrepare_r(h, cell), PreparedDeleter{h});
            auto it =
                std::lower_bound(byX.begin(), byX.end(), cx0, [&](size_t i, double x) { return sites[i].utm.x() < x; });
            for (; it != byX.end() && sites[*it].utm.x() <= cx1; ++it) {
                const Site& s = sites[*it];
                if (s.utm.y() < cy0 || s.utm.y() > cy1 || cells[*it])
                    continue;
                const GeomPtr point = own(ctx, GEOSGeom_createPointFromXY_r(h, s.utm.x(), s.utm.y()));
                if (GEOSPreparedContains_r(h, prepared.get(), point.get()) == 1) {
                    cells[*it] = own(ctx, GEOSGeom_clone_r(h, cell));
                    break;
                }
            }
        }
    }

    // Capped cells, grouped by controller (std::map: areas sorted by controller).
    std::map<Controller, std::vector<GeomPtr>> capped;
    std::map<Controller, QStringList> towns;
    for (size_t i = 0; i < sites.size(); ++i) {
        if (!cells[i])
            return failed(QStringLiteral("no Voronoi cell holds %1").arg(sites[i].placeIds.join(QStringLiteral(", "))));
        const GeomPtr point = own(ctx, GEOSGeom_createPointFromXY_r(h, sites[i].utm.x(), sites[i].utm.y()));
        const GeomPtr disc = own(ctx, GEOSBuffer_r(h, point.get(), radius, kDiscQuadrantSegments));
        GeomPtr cell = disc ? own(ctx, GEOSIntersection_r(h, cells[i].get(), disc.get())) : nullptr;
        if (!cell)
            return geosFailed(QStringLiteral("capping the cell of %1").arg(sites[i].placeIds.first()));
        if (isEmpty(ctx, cell.get()) || GEOSPreparedIntersects_r(h, preparedMask.get(), cell.get()) != 1)
            continue; // outside the land in focus
        capped[sites[i].controller].push_back(std::move(cell));
        towns[sites[i].controller] += sites[i].placeIds;
    }

    // Dissolved by controller, clipped to the land in focus.
    std::vector<std::pair<Controller, GeomPtr>> areas;
    for (auto& [controller, parts] : capped) {
        const GeomPtr all = collection(ctx, GEOS_GEOMETRYCOLLECTION, parts);
        const GeomPtr dissolved = all ? own(ctx, GEOSUnaryUnion_r(h, all.get())) : nullptr;
        GeomPtr clipped = dissolved ? own(ctx, GEOSIntersection_r(h, dissolved.get(), mask.get())) : nullptr;
        if (!clipped)
            return geosFailed(QStringLiteral("dissolving the %1 area").arg(controllerName(controller)));
        if (isEmpty(ctx, clipped.get()))
            continue;
        const auto lonLat = toLonLat(ctx, clipped.get(), GeometryKind::Polygon, toWgs84.get());
        if (!lonLat)
            return failed(
                QStringLiteral("cannot project the %1 area back to EPSG:4326").arg(controllerName(controller)));
        QStringList placeIds = towns[controller];
        placeIds.sort();
        result.areas.append({controller, *lonLat, placeIds});
        areas.emplace_back(controller, std::move(clipped));
    }

    // Front lines: a government boundary along an opposing area.
    const double minLength = options.minFrontLineKm * 1000.0;
    for (const auto& [government, governmentArea] : areas) {
        if (government != Controller::Government)
            continue;
        const GeomPtr boundary = own(ctx, GEOSBoundary_r(h, governmentArea.get()));
        if (!boundary)
            return geosFailed(QStringLiteral("the boundary of the government area"));
        std::vector<GeomPtr> shared;
        for (const auto& [other, otherArea] : areas) {
            if (!opposingSides(government, other))
                continue;
            const GeomPtr near = own(ctx, GEOSBuffer_r(h, otherArea.get(), kSharedBoundaryMetres, 2));
            const GeomPtr along = near ? own(ctx, GEOSIntersection_r(h, boundary.get(), near.get())) : nullptr;
            if (!along)
                return geosFailed(QStringLiteral("the front line with the %1 area").arg(controllerName(other)));
            collectLines(ctx, along.get(), &shared);
        }
        if (shared.empty())
            continue;
        const GeomPtr all = collection(ctx, GEOS_MULTILINESTRING, shared);
        const GeomPtr merged = all ? own(ctx, GEOSLineMerge_r(h, all.get())) : nullptr;
        if (!merged)
            return geosFailed(QStringLiteral("merging the front lines"));
        std::vector<GeomPtr> lines;
        collectLines(ctx, merged.get(), &lines);
        for (const GeomPtr& line : lines) {
            double length = 0;
            if (GEOSLength_r(h, line.get(), &length) != 1 || length < minLength)
                continue;
            const auto lonLat = toLonLat(ctx, line.get(), GeometryKind::Line, toWgs84.get());
            if (!lonLat)
                return failed(QStringLiteral("cannot project a front line back to EPSG:4326"));
            result.frontLines.append(*lonLat);
        }
    }
    return result;
}

QVector<ControlArea> deriveControlAreas(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                        const AreaOptions& options, QString* error)
{
    auto derived = deriveControl(snapshot, catalog, options, error);
    return derived ? derived->areas : QVector<ControlArea>();
}

bool addControlAreas(ControlSnapshot* snapshot, const EntityCatalog& catalog, const AreaOptions& options,
                     QString* error)
{
    snapshot->areas.clear();
    snapshot->frontLines.clear();
    snapshot->areasNote.clear();
    auto derived = deriveControl(*snapshot, catalog, options, error);
    if (!derived)
        return false;
    snapshot->areas = std::move(derived->areas);
    snapshot->frontLines = std::move(derived->frontLines);
    snapshot->areasNote = std::move(derived->note);
    return true;
}

} // namespace geo
