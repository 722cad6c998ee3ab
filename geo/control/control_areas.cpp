#include "geo/control/control_areas.h"

#include "geo/core/geos_support_p.h"
#include "geo/core/projector.h"
#include "geo/data/vector_source.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace geo {

namespace {

constexpr DisplayCrs kMetric = DisplayCrs::Utm37N; // distances in metres, not degrees
constexpr double kSamePointMetres = 1.0;           // towns closer than this share one Voronoi cell
// A town with no claim this close to a claimed place is the same settlement under another point (an article may
// cite a merged OpenStreetMap id beside the key town): it takes no cell of its own.
constexpr double kSameSettlementMetres = 1000.0;
constexpr double kSharedBoundaryMetres = 1.0; // boundaries this close count as shared
constexpr int kDiscQuadrantSegments = 32;
constexpr double kMinNoClaimSquareMetres = 10000.0; // smaller pieces of land with no claim are slivers

// --- GEOS handles (geo/core/geos_support_p.h) -----------------------------------------------------------------

// One GEOS context per call: the areas may be derived on several threads at once.
using GeosContext = geos::Context;
using geos::GeomDeleter;
using geos::GeomPtr;
using geos::own;
using geos::PreparedDeleter;
using geos::PreparedPtr;

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
    case GEOS_LINESTRING: out->push_back(own(ctx, GEOSGeom_clone_r(ctx.handle(), g))); return;
    case GEOS_MULTILINESTRING:
    case GEOS_GEOMETRYCOLLECTION:
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx.handle(), g); ++i)
            collectLines(ctx, GEOSGetGeometryN_r(ctx.handle(), g, i), out);
        return;
    default: return;
    }
}

// --- Between lon/lat and UTM --------------------------------------------------------------------------------

// A GEOS geometry in EPSG:4326 moved to UTM zone 37N, point by point; null when a point cannot be projected.
GeomPtr toUtm(const GeosContext& ctx, const GEOSGeometry* lonLat, const Projector& utm)
{
    const auto forward = [](double* x, double* y, void* projector) {
        const QPointF p = static_cast<const Projector*>(projector)->forward(QPointF(*x, *y));
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return 0;
        *x = p.x();
        *y = p.y();
        return 1;
    };
    return own(ctx, GEOSGeom_transformXY_r(ctx.handle(), lonLat, forward, const_cast<Projector*>(&utm)));
}

// Polygons as their rings (outer, then inner), lines as their line strings.
void appendParts(const GeosContext& ctx, const GEOSGeometry* g, QVector<QVector<QPointF>>* parts)
{
    GEOSContextHandle_t h = ctx.handle();
    switch (GEOSGeomTypeId_r(h, g)) {
    case GEOS_POLYGON:
        parts->append(geos::points(ctx, GEOSGetExteriorRing_r(h, g)));
        for (int i = 0; i < GEOSGetNumInteriorRings_r(h, g); ++i)
            parts->append(geos::points(ctx, GEOSGetInteriorRingN_r(h, g, i)));
        return;
    case GEOS_LINESTRING: parts->append(geos::points(ctx, g)); return;
    case GEOS_MULTIPOLYGON:
    case GEOS_MULTILINESTRING:
    case GEOS_GEOMETRYCOLLECTION:
        for (int i = 0; i < GEOSGetNumGeometries_r(h, g); ++i)
            appendParts(ctx, GEOSGetGeometryN_r(h, g, i), parts);
        return;
    default: return;
    }
}

// A GEOS geometry in UTM as a Geometry in EPSG:4326.
std::optional<Geometry> toLonLat(const GeosContext& ctx, const GEOSGeometry* g, GeometryKind kind, const Projector& utm)
{
    Geometry out;
    out.kind = kind;
    appendParts(ctx, g, &out.parts);
    for (QVector<QPointF>& part : out.parts) {
        if (!utm.inverse(&part))
            return std::nullopt;
    }
    return out;
}

// --- The land in focus ----------------------------------------------------------------------------------------

// The features of PATH's first layer whose field FIELD is one of VALUES, one GEOS geometry each, in UTM zone 37N.
bool readUtmGeometries(const GeosContext& ctx, const Projector& utm, const QString& path, const QString& field,
                       const QStringList& values, std::vector<GeomPtr>* out, QString* error)
{
    const auto source = VectorSource::open(path, error);
    if (!source)
        return false;
    if (source->layerCount() < 1) {
        *error = QStringLiteral("%1: has no layer").arg(path);
        return false;
    }
    const QVector<FieldInfo> fields = source->layerInfo(0).fields;
    if (std::none_of(fields.cbegin(), fields.cend(), [&](const FieldInfo& f) { return f.name == field; })) {
        *error = QStringLiteral("%1: has no field \"%2\"").arg(path, field);
        return false;
    }
    ReadOptions options;
    options.keepWkb = true; // the rings grouped into polygons, as GEOS needs them
    QVector<Feature> features;
    if (!source->readFeatures(0, options, &features, error))
        return false;
    for (const Feature& feature : std::as_const(features)) {
        const QString value = feature.attributes.value(field).toString();
        if (feature.wkb.isEmpty() || !values.contains(value))
            continue;
        const GeomPtr lonLat = own(
            ctx, GEOSGeomFromWKB_buf_r(ctx.handle(), reinterpret_cast<const unsigned char*>(feature.wkb.constData()),
                                       size_t(feature.wkb.size())));
        GeomPtr projected = lonLat ? toUtm(ctx, lonLat.get(), utm) : nullptr;
        if (!projected) {
            *error = QStringLiteral("%1: feature %2 cannot be projected to %3").arg(path, value, utm.targetCrs());
            return false;
        }
        out->push_back(std::move(projected));
    }
    return true;
}

// The union of GEOMETRIES, each made valid first.
GeomPtr unionOf(const GeosContext& ctx, std::vector<GeomPtr> geometries)
{
    for (GeomPtr& part : geometries) {
        if (GEOSisValid_r(ctx.handle(), part.get()) != 1)
            part = own(ctx, GEOSMakeValid_r(ctx.handle(), part.get()));
        if (!part)
            return GeomPtr(nullptr, GeomDeleter{ctx.handle()});
    }
    GeomPtr all = collection(ctx, GEOS_GEOMETRYCOLLECTION, geometries);
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

    const GeosContext ctx;
    const Projector utm(kMetric);
    if (!utm.isValid()) {
        *error = utm.errorString();
        return {};
    }
    std::vector<GeomPtr> land, provinces;
    if (!readUtmGeometries(ctx, utm, options.landPath, QStringLiteral("iso2"), {QStringLiteral("SY")}, &land, error) ||
        !readUtmGeometries(ctx, utm, options.governoratesPath, QStringLiteral("ADM1_PCODE"), options.governorates,
                           &provinces, error))
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
    const GeomPtr landUnion = unionOf(ctx, std::move(land));
    const GeomPtr provinceUnion = unionOf(ctx, std::move(provinces));
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

// --- The steps of deriveControl -------------------------------------------------------------------------------

struct Site {
    QPointF utm;
    Controller controller = Controller::Unknown; // Unknown: a town with no claim on the date
    QStringList placeIds;
    bool claimed() const { return controller != Controller::Unknown; }
};

using AreasByController = std::vector<std::pair<Controller, GeomPtr>>;

QString geosFailure(const GeosContext& ctx, const QString& what)
{
    return QStringLiteral("%1 failed: %2").arg(what, ctx.lastError());
}

// The ids of the places with a known controller that the catalog locates, sorted: the result does not depend on
// hash order.
QStringList townsTakingPart(const ControlSnapshot& snapshot, const EntityCatalog& catalog)
{
    QStringList ids;
    for (auto it = snapshot.places.cbegin(); it != snapshot.places.cend(); ++it) {
        if (it->controller != Controller::Unknown && catalog.lonLat(it.key()))
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

// The towns IDS in UTM, those at one point (within 1 m) merged into one site, contested when their controllers
// differ.
bool projectSites(const QStringList& ids, const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                  const Projector& utm, std::vector<Site>* sites, QString* error)
{
    for (const QString& id : ids) {
        const QPointF lonLat = *catalog.lonLat(id);
        const QPointF xy = utm.forward(lonLat);
        if (!std::isfinite(xy.x()) || !std::isfinite(xy.y())) {
            *error = QStringLiteral("%1: cannot project (%2, %3) to %4")
                         .arg(id)
                         .arg(lonLat.x())
                         .arg(lonLat.y())
                         .arg(utm.targetCrs());
            return false;
        }
        const Controller controller = snapshot.places.value(id).controller;
        const auto same = std::find_if(sites->begin(), sites->end(), [&](const Site& s) {
            return std::hypot(s.utm.x() - xy.x(), s.utm.y() - xy.y()) < kSamePointMetres;
        });
        if (same != sites->end()) {
            if (same->controller != controller)
                same->controller = Controller::Contested;
            same->placeIds.append(id);
        } else {
            sites->push_back({xy, controller, {id}});
        }
    }
    return true;
}

// Whether P is a settlement the map names at the province's scale: a key town, a city or a town (villages and
// hamlets lie in the cell of their nearest town).
bool isTownSite(const Place& p)
{
    return p.keyTown || p.kind == PlaceKind::City || p.kind == PlaceKind::Town;
}

// The towns of the catalog's gazetteer with no claim on the date (not in CLAIMED), inside the extent EXTENT (UTM)
// and farther than kSameSettlementMetres from every claimed site, appended to SITES as unclaimed sites; their ids
// go to *IDS, sorted.
void addUnclaimedTowns(const EntityCatalog& catalog, const QStringList& claimed, const Projector& utm,
                       const QRectF& extent, std::vector<Site>* sites, QStringList* ids)
{
    const size_t claimedSites = sites->size();
    QVector<const Place*> towns;
    for (const Place& p : catalog.places()) {
        if (isTownSite(p) && !claimed.contains(p.id))
            towns.append(&p);
    }
    std::sort(towns.begin(), towns.end(), [](const Place* a, const Place* b) { return a->id < b->id; });
    for (const Place* p : std::as_const(towns)) {
        const QPointF xy = utm.forward(p->lonLat);
        if (!std::isfinite(xy.x()) || !std::isfinite(xy.y()) || !extent.contains(xy))
            continue;
        const bool sameAsClaimed =
            std::any_of(sites->begin(), sites->begin() + qsizetype(claimedSites), [&](const Site& s) {
                return std::hypot(s.utm.x() - xy.x(), s.utm.y() - xy.y()) < kSameSettlementMetres;
            });
        if (sameAsClaimed)
            continue;
        const auto same = std::find_if(sites->begin() + qsizetype(claimedSites), sites->end(), [&](const Site& s) {
            return std::hypot(s.utm.x() - xy.x(), s.utm.y() - xy.y()) < kSamePointMetres;
        });
        if (same != sites->end())
            same->placeIds.append(p->id);
        else
            sites->push_back({xy, Controller::Unknown, {p->id}});
        ids->append(p->id);
    }
}

// The extent of GEOMETRY (UTM).
QRectF extentOf(const GeosContext& ctx, const GEOSGeometry* geometry)
{
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (!GEOSGeom_getExtent_r(ctx.handle(), geometry, &xmin, &ymin, &xmax, &ymax))
        return {};
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

// The clip polygon of OPTIONS (the land of the governorates in focus) in UTM, from the cache.
GeomPtr readMask(const GeosContext& ctx, const AreaOptions& options, QString* error)
{
    const QByteArray bytes = clipMaskWkb(options, error);
    if (bytes.isEmpty())
        return GeomPtr(nullptr, GeomDeleter{ctx.handle()});
    GeomPtr mask =
        own(ctx, GEOSGeomFromWKB_buf_r(ctx.handle(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                                       size_t(bytes.size())));
    if (!mask)
        *error = geosFailure(ctx, QStringLiteral("reading the clip polygon"));
    return mask;
}

// The Voronoi cell of each claimed site, in the order of SITES (unclaimed sites shape the diagram but keep a null
// cell), within a frame two cap radii beyond them.
bool voronoiCells(const GeosContext& ctx, const std::vector<Site>& sites, double radius, std::vector<GeomPtr>* cells,
                  QString* error)
{
    GEOSContextHandle_t h = ctx.handle();
    std::vector<GeomPtr> points;
    for (const Site& s : sites)
        points.push_back(own(ctx, GEOSGeom_createPointFromXY_r(h, s.utm.x(), s.utm.y())));
    const GeomPtr multipoint = collection(ctx, GEOS_MULTIPOINT, points);
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (!multipoint || !GEOSGeom_getExtent_r(h, multipoint.get(), &xmin, &ymin, &xmax, &ymax)) {
        *error = geosFailure(ctx, QStringLiteral("the extent of the towns"));
        return false;
    }
    const double margin = 2 * radius;
    const GeomPtr frame =
        own(ctx, GEOSGeom_createRectangle_r(h, xmin - margin, ymin - margin, xmax + margin, ymax + margin));
    cells->clear();
    cells->resize(sites.size());
    if (sites.size() == 1) {
        (*cells)[0] = own(ctx, GEOSGeom_clone_r(h, frame.get()));
        return true;
    }
    const GeomPtr diagram = own(ctx, GEOSVoronoiDiagram_r(h, multipoint.get(), frame.get(), 0.0, 0));
    if (!diagram) {
        *error = geosFailure(ctx, QStringLiteral("the Voronoi diagram"));
        return false;
    }
    // GEOS hands the cells in its own order; GEOS 3.12's GEOS_VORONOI_PRESERVE_ORDER would give them in the
    // sites' order, but Debian 12 has GEOS 3.11, so each cell is matched to the site inside it here. Sites sorted
    // by x, to look only at those inside a cell's envelope.
    std::vector<size_t> byX(sites.size());
    for (size_t i = 0; i < byX.size(); ++i)
        byX[i] = i;
    std::sort(byX.begin(), byX.end(), [&](size_t a, size_t b) { return sites[a].utm.x() < sites[b].utm.x(); });
    const bool anyClaimed = std::any_of(sites.begin(), sites.end(), [](const Site& s) { return s.claimed(); });
    for (int c = 0; anyClaimed && c < GEOSGetNumGeometries_r(h, diagram.get()); ++c) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram.get(), c);
        double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
        GEOSGeom_getExtent_r(h, cell, &cx0, &cy0, &cx1, &cy1);
        const PreparedPtr prepared(GEOSPrepare_r(h, cell), PreparedDeleter{h});
        auto it =
            std::lower_bound(byX.begin(), byX.end(), cx0, [&](size_t i, double x) { return sites[i].utm.x() < x; });
        for (; it != byX.end() && sites[*it].utm.x() <= cx1; ++it) {
            const Site& s = sites[*it];
            if (!s.claimed() || s.utm.y() < cy0 || s.utm.y() > cy1 || (*cells)[*it])
                continue;
            const GeomPtr point = own(ctx, GEOSGeom_createPointFromXY_r(h, s.utm.x(), s.utm.y()));
            if (GEOSPreparedContains_r(h, prepared.get(), point.get()) == 1) {
                (*cells)[*it] = own(ctx, GEOSGeom_clone_r(h, cell));
                break;
            }
        }
    }
    for (size_t i = 0; i < sites.size(); ++i) {
        if (sites[i].claimed() && !(*cells)[i]) {
            *error = QStringLiteral("no Voronoi cell holds %1").arg(sites[i].placeIds.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

// Each cell capped to the disc of RADIUS around its site, grouped by controller with the towns behind it (std::map:
// sorted by controller); cells wholly off the land in focus are left out.
bool capCells(const GeosContext& ctx, const std::vector<Site>& sites, const std::vector<GeomPtr>& cells, double radius,
              const GEOSGeometry* mask, std::map<Controller, std::vector<GeomPtr>>* capped,
              std::map<Controller, QStringList>* towns, QString* error)
{
    GEOSContextHandle_t h = ctx.handle();
    const PreparedPtr preparedMask(GEOSPrepare_r(h, mask), PreparedDeleter{h});
    for (size_t i = 0; i < sites.size(); ++i) {
        if (!sites[i].claimed())
            continue;
        const GeomPtr point = own(ctx, GEOSGeom_createPointFromXY_r(h, sites[i].utm.x(), sites[i].utm.y()));
        const GeomPtr disc = own(ctx, GEOSBuffer_r(h, point.get(), radius, kDiscQuadrantSegments));
        GeomPtr cell = disc ? own(ctx, GEOSIntersection_r(h, cells[i].get(), disc.get())) : nullptr;
        if (!cell) {
            *error = geosFailure(ctx, QStringLiteral("capping the cell of %1").arg(sites[i].placeIds.first()));
            return false;
        }
        if (isEmpty(ctx, cell.get()) || GEOSPreparedIntersects_r(h, preparedMask.get(), cell.get()) != 1)
            continue; // outside the land in focus
        (*capped)[sites[i].controller].push_back(std::move(cell));
        (*towns)[sites[i].controller] += sites[i].placeIds;
    }
    return true;
}

// The CAPPED cells (taken) dissolved by controller and clipped to MASK: the areas in lon/lat (AREAS) and in UTM
// (UTMAREAS).
bool dissolveAreas(const GeosContext& ctx, const Projector& utm, std::map<Controller, std::vector<GeomPtr>>* capped,
                   const std::map<Controller, QStringList>& towns, const GEOSGeometry* mask,
                   QVector<ControlArea>* areas, AreasByController* utmAreas, QString* error)
{
    GEOSContextHandle_t h = ctx.handle();
    for (auto& [controller, parts] : *capped) {
        const GeomPtr all = collection(ctx, GEOS_GEOMETRYCOLLECTION, parts);
        const GeomPtr dissolved = all ? own(ctx, GEOSUnaryUnion_r(h, all.get())) : nullptr;
        GeomPtr clipped = dissolved ? own(ctx, GEOSIntersection_r(h, dissolved.get(), mask)) : nullptr;
        if (!clipped) {
            *error = geosFailure(ctx, QStringLiteral("dissolving the %1 area").arg(controllerName(controller)));
            return false;
        }
        if (isEmpty(ctx, clipped.get()))
            continue;
        const auto lonLat = toLonLat(ctx, clipped.get(), GeometryKind::Polygon, utm);
        if (!lonLat) {
            *error = QStringLiteral("cannot project the %1 area back to EPSG:4326").arg(controllerName(controller));
            return false;
        }
        QStringList placeIds = towns.at(controller);
        placeIds.sort();
        areas->append({controller, *lonLat, placeIds});
        utmAreas->emplace_back(controller, std::move(clipped));
    }
    return true;
}

// The land of MASK that no side's area covers (UTMAREAS), as the area of Controller::Unknown ("no claim on this
// date") listing the towns with no claim (UNCLAIMED), in lon/lat. Nothing is added when every bit is covered.
bool noClaimArea(const GeosContext& ctx, const Projector& utm, const AreasByController& utmAreas,
                 const GEOSGeometry* mask, const QStringList& unclaimed, QVector<ControlArea>* areas, QString* error)
{
    GEOSContextHandle_t h = ctx.handle();
    std::vector<GeomPtr> sides;
    for (const auto& [controller, area] : utmAreas)
        sides.push_back(own(ctx, GEOSGeom_clone_r(h, area.get())));
    GeomPtr rest;
    if (sides.empty()) {
        rest = own(ctx, GEOSGeom_clone_r(h, mask));
    } else {
        const GeomPtr all = collection(ctx, GEOS_GEOMETRYCOLLECTION, sides);
        const GeomPtr covered = all ? own(ctx, GEOSUnaryUnion_r(h, all.get())) : nullptr;
        rest = covered ? own(ctx, GEOSDifference_r(h, mask, covered.get())) : nullptr;
    }
    if (!rest) {
        *error = geosFailure(ctx, QStringLiteral("the land with no claim"));
        return false;
    }
    // Slivers left along the shared edges by floating point are not land with no claim.
    std::vector<GeomPtr> polygons;
    for (int i = 0; i < GEOSGetNumGeometries_r(h, rest.get()); ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, rest.get(), i);
        double area = 0;
        const int type = GEOSGeomTypeId_r(h, part);
        if ((type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) && GEOSArea_r(h, part, &area) == 1 &&
            area >= kMinNoClaimSquareMetres)
            polygons.push_back(own(ctx, GEOSGeom_clone_r(h, part)));
    }
    if (polygons.empty())
        return true;
    const GeomPtr kept = collection(ctx, GEOS_MULTIPOLYGON, polygons);
    const auto lonLat = kept ? toLonLat(ctx, kept.get(), GeometryKind::Polygon, utm) : std::nullopt;
    if (!lonLat) {
        *error = QStringLiteral("cannot project the land with no claim back to EPSG:4326");
        return false;
    }
    areas->append({Controller::Unknown, *lonLat, unclaimed});
    return true;
}

// The front lines in lon/lat: a government area's boundary along an opposing area (within 1 m), merged into
// lines, those shorter than MINLENGTH metres left out.
bool frontLines(const GeosContext& ctx, const Projector& utm, const AreasByController& areas, double minLength,
                QVector<Geometry>* out, QString* error)
{
    GEOSContextHandle_t h = ctx.handle();
    for (const auto& [government, governmentArea] : areas) {
        if (government != Controller::Government)
            continue;
        const GeomPtr boundary = own(ctx, GEOSBoundary_r(h, governmentArea.get()));
        if (!boundary) {
            *error = geosFailure(ctx, QStringLiteral("the boundary of the government area"));
            return false;
        }
        std::vector<GeomPtr> shared;
        for (const auto& [other, otherArea] : areas) {
            if (!opposingSides(government, other))
                continue;
            const GeomPtr near = own(ctx, GEOSBuffer_r(h, otherArea.get(), kSharedBoundaryMetres, 2));
            const GeomPtr along = near ? own(ctx, GEOSIntersection_r(h, boundary.get(), near.get())) : nullptr;
            if (!along) {
                *error = geosFailure(ctx, QStringLiteral("the front line with the %1 area").arg(controllerName(other)));
                return false;
            }
            collectLines(ctx, along.get(), &shared);
        }
        if (shared.empty())
            continue;
        const GeomPtr all = collection(ctx, GEOS_MULTILINESTRING, shared);
        const GeomPtr merged = all ? own(ctx, GEOSLineMerge_r(h, all.get())) : nullptr;
        if (!merged) {
            *error = geosFailure(ctx, QStringLiteral("merging the front lines"));
            return false;
        }
        std::vector<GeomPtr> lines;
        collectLines(ctx, merged.get(), &lines);
        for (const GeomPtr& line : lines) {
            double length = 0;
            if (GEOSLength_r(h, line.get(), &length) != 1 || length < minLength)
                continue;
            const auto lonLat = toLonLat(ctx, line.get(), GeometryKind::Line, utm);
            if (!lonLat) {
                *error = QStringLiteral("cannot project a front line back to EPSG:4326");
                return false;
            }
            out->append(*lonLat);
        }
    }
    return true;
}

} // namespace

bool opposingSides(Controller a, Controller b)
{
    const auto against = [](Controller c) {
        return c == Controller::Opposition || c == Controller::Hts || c == Controller::Turkey;
    };
    return (a == Controller::Government && against(b)) || (b == Controller::Government && against(a));
}

QString controlAreasNote(int townCount, const AreaOptions& options, int unclaimedCount)
{
    const QString claimed = QStringLiteral("Derived: Voronoi of %1 claimed town%2")
                                .arg(townCount)
                                .arg(townCount == 1 ? QString() : QStringLiteral("s"));
    const QString others = unclaimedCount > 0 ? QStringLiteral(" and %1 town%2 with no claim")
                                                    .arg(unclaimedCount)
                                                    .arg(unclaimedCount == 1 ? QString() : QStringLiteral("s"))
                                              : QString();
    return QStringLiteral("%1%2, claims capped at %3 km; not a surveyed front line")
        .arg(claimed, others)
        .arg(options.maxRadiusKm);
}

std::optional<DerivedControl> deriveControl(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                            const AreaOptions& options, QString* error)
{
    QString message;
    const auto failed = [&] {
        if (error)
            *error = message;
        return std::optional<DerivedControl>();
    };
    if (!(options.maxRadiusKm > 0)) {
        message = QStringLiteral("the cap radius must be positive (got %1 km)").arg(options.maxRadiusKm);
        return failed();
    }
    const QStringList ids = townsTakingPart(snapshot, catalog);
    DerivedControl result;
    result.townCount = int(ids.size());
    result.note = controlAreasNote(result.townCount, options);
    if (ids.isEmpty())
        return result;

    const Projector utm(kMetric);
    if (!utm.isValid()) {
        message = utm.errorString();
        return failed();
    }
    std::vector<Site> sites;
    if (!projectSites(ids, snapshot, catalog, utm, &sites, &message))
        return failed();
    const GeosContext ctx;
    const GeomPtr mask = readMask(ctx, options, &message);
    if (!mask)
        return failed();
    QStringList unclaimed;
    addUnclaimedTowns(catalog, ids, utm, extentOf(ctx, mask.get()), &sites, &unclaimed);
    result.unclaimedCount = int(unclaimed.size());
    result.note = controlAreasNote(result.townCount, options, result.unclaimedCount);
    const double radius = options.maxRadiusKm * 1000.0;
    std::vector<GeomPtr> cells;
    std::map<Controller, std::vector<GeomPtr>> capped;
    std::map<Controller, QStringList> towns;
    AreasByController utmAreas;
    if (!voronoiCells(ctx, sites, radius, &cells, &message) ||
        !capCells(ctx, sites, cells, radius, mask.get(), &capped, &towns, &message) ||
        !dissolveAreas(ctx, utm, &capped, towns, mask.get(), &result.areas, &utmAreas, &message) ||
        !noClaimArea(ctx, utm, utmAreas, mask.get(), unclaimed, &result.areas, &message) ||
        !frontLines(ctx, utm, utmAreas, options.minFrontLineKm * 1000.0, &result.frontLines, &message))
        return failed();
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
