#include "geo/data/vector_source.h"

#include "geo/core/gdal_support_p.h"
#include "geo/core/resource_files.h"
#include "geo/data/layer_cache.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cpl_minixml.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>
#include <vector>

namespace geo {

namespace {

GeometryKind kindOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint: return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve: return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface: return GeometryKind::Polygon;
    default: return GeometryKind::None;
    }
}

void appendLine(const OGRLineString* line, QVector<QVector<QPointF>>* parts)
{
    QVector<QPointF> pts;
    pts.reserve(line->getNumPoints());
    for (int i = 0; i < line->getNumPoints(); ++i)
        pts.append(QPointF(line->getX(i), line->getY(i)));
    if (!pts.isEmpty())
        parts->append(std::move(pts));
}

// Flattens any OGR geometry into parts; curves are linearised first. Returns the kind seen.
GeometryKind collect(const OGRGeometry* g, QVector<QVector<QPointF>>* parts)
{
    if (!g || g->IsEmpty())
        return GeometryKind::None;
    if (g->hasCurveGeometry()) {
        const OGRGeometryUniquePtr linear(g->getLinearGeometry());
        return collect(linear.get(), parts);
    }
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
        auto* p = g->toPoint();
        parts->append({QPointF(p->getX(), p->getY())});
        return GeometryKind::Point;
    }
    case wkbLineString:
    case wkbLinearRing: appendLine(g->toLineString(), parts); return GeometryKind::Line;
    case wkbPolygon: {
        for (const OGRLinearRing* ring : *g->toPolygon())
            appendLine(ring, parts);
        return GeometryKind::Polygon;
    }
    default: break;
    }
    if (auto* collection = dynamic_cast<const OGRGeometryCollection*>(g)) {
        GeometryKind kind = GeometryKind::None;
        for (const OGRGeometry* member : *collection) {
            const GeometryKind k = collect(member, parts);
            if (k != GeometryKind::None)
                kind = std::max(kind, k);
        }
        return kind;
    }
    return GeometryKind::None;
}

// G as little-endian ISO WKB, curves linearised (GEOS reads no curves).
QByteArray linearWkb(const OGRGeometry* g)
{
    const OGRGeometryUniquePtr linear(g->hasCurveGeometry() ? g->getLinearGeometry() : nullptr);
    const OGRGeometry* flat = linear ? linear.get() : g;
    QByteArray wkb(qsizetype(flat->WkbSize()), Qt::Uninitialized);
    if (flat->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso) != OGRERR_NONE)
        return {};
    return wkb;
}

QVariant fieldValue(OGRFeature* f, int i)
{
    if (!f->IsFieldSetAndNotNull(i))
        return {};
    const OGRFieldDefn* defn = f->GetFieldDefnRef(i);
    switch (defn->GetType()) {
    case OFTInteger:
        if (defn->GetSubType() == OFSTBoolean)
            return bool(f->GetFieldAsInteger(i));
        return f->GetFieldAsInteger(i);
    case OFTInteger64: return qlonglong(f->GetFieldAsInteger64(i));
    case OFTReal: return f->GetFieldAsDouble(i);
    default: return QString::fromUtf8(f->GetFieldAsString(i));
    }
}

QVariantMap attributesOf(OGRFeature* f)
{
    QVariantMap attributes;
    for (int i = 0; i < f->GetFieldCount(); ++i)
        attributes.insert(QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()), fieldValue(f, i));
    return attributes;
}

// The name of GDAL's OGR VRT driver.
constexpr char kVrtDriver[] = "OGR_VRT";

// The drivers a SourceKind allows, as GDALOpenEx's list of names.
class AllowedDrivers {
public:
    enum Vrt { WithVrt, WithoutVrt };
    explicit AllowedDrivers(SourceKind kind, Vrt vrt = WithVrt)
    {
        if (kind == SourceKind::Article) {
            m_names = {"GeoJSON"};
        } else {
            m_names = {"GPKG", "ESRI Shapefile", "GeoJSON",     "GeoJSONSeq", "FlatGeobuf", "KML", "LIBKML", "GPX",
                       "CSV",  "MapInfo File",   "OpenFileGDB", "SQLite",     "OSM",        "GML"};
            if (vrt == WithVrt)
                m_names.push_back(kVrtDriver);
        }
        m_names.push_back(nullptr);
    }
    const char* const* names() const { return m_names.data(); }

private:
    std::vector<const char*> m_names;
};

// A GDAL virtual file system path (/vsicurl/, /vsizip/, /vsistdin/ ...): never a file the user picked.
bool isVirtualPath(const QString& path)
{
    return path.startsWith(QLatin1String("/vsi"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("\\vsi"), Qt::CaseInsensitive);
}

// A URL ("http://...") or a driver's connection string ("WFS:http://...", "PG:dbname=...", "GPKG:x.gpkg:t").
bool looksLikeConnection(const QString& path)
{
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_ .+-]*:"));
    return path.contains(QLatin1String("://")) || prefix.match(path).hasMatch();
}

QString notAFile(const QString& path)
{
    return QStringLiteral("%1 is not a file; Frontline opens files on this computer only (no URL, GDAL virtual path "
                          "or connection string): download the data and open the file")
        .arg(path);
}

QString wantsTheNetwork(const QString& path, const QStringList& refused)
{
    return QStringLiteral("%1: the file asks for %2, which is not on this computer; Frontline opens files on this "
                          "computer only and does not use the network: remove that reference from the file (a "
                          "\"crs\" link, a remote schema or source) or replace it with the data itself")
        .arg(path, refused.first());
}

// Why the OGR VRT file at GDALPATH (absolute) may not be opened; empty when every source it names is a plain file
// in the VRT's folder (or below it) that the drivers of LAYERDRIVERS (no VRT) read, and no SQL reaches further.
// The VRT is read with GDAL's own XML parser, so what is checked here is what the VRT driver reads.
QString vrtRefusal(const QString& gdalPath, const AllowedDrivers& layerDrivers)
{
    const CPLXMLTreeCloser tree(CPLParseXMLFile(gdalPath.toUtf8().constData()));
    if (!tree)
        return QStringLiteral("not a well-formed VRT file (%1); fix the XML").arg(gdal::lastError());
    const QString vrtFolder = QFileInfo(gdalPath).absolutePath();
    const QString realFolder = QDir(vrtFolder).canonicalPath();

    QString refusal;
    std::function<void(const CPLXMLNode*)> visit = [&](const CPLXMLNode* node) {
        for (; node && refusal.isEmpty(); node = node->psNext) {
            if (node->eType != CXT_Element)
                continue;
            if (EQUAL(node->pszValue, "SrcSQL")) {
                refusal = QStringLiteral("a VRT with an SQL query (SrcSQL), which may read other data than the "
                                         "files beside it; Frontline does not open it: open the source file instead");
                return;
            }
            if (EQUAL(node->pszValue, "SrcDataSource")) {
                const QString name = QString::fromUtf8(CPLGetXMLValue(node, nullptr, ""));
                const bool relative = CPLTestBool(CPLGetXMLValue(node, "relativeToVRT", "0"));
                const QString resolved =
                    relative && QFileInfo(name).isRelative() ? vrtFolder + QLatin1Char('/') + name : name;
                const QFileInfo source(resolved);
                if (isVirtualPath(name) || (!source.exists() && looksLikeConnection(name))) {
                    refusal = QStringLiteral("the VRT names \"%1\", which is not a file; Frontline opens files on "
                                             "this computer only: download the data and open the file")
                                  .arg(name);
                } else if (!source.isFile()) {
                    refusal = QStringLiteral("the VRT names \"%1\", which is not a file beside it; put the source "
                                             "file in the VRT's folder and name it with relativeToVRT=\"1\"")
                                  .arg(name);
                } else if (!source.canonicalFilePath().startsWith(realFolder + QLatin1Char('/'))) {
                    refusal = QStringLiteral("the VRT names \"%1\", which is outside its folder; Frontline opens a "
                                             "VRT only when its sources are in the VRT's folder (or below it)")
                                  .arg(name);
                } else if (!GDALIdentifyDriverEx(resolved.toUtf8().constData(), GDAL_OF_VECTOR, layerDrivers.names(),
                                                 nullptr)) {
                    refusal = QStringLiteral("the VRT names \"%1\", which is not a vector file Frontline opens as a "
                                             "layer (a VRT may not name another VRT); open the file instead")
                                  .arg(name);
                }
                if (!refusal.isEmpty())
                    return;
            }
            visit(node->psChild);
        }
    };
    visit(tree.get());
    return refusal;
}

} // namespace

struct VectorSource::Impl {
    GDALDatasetUniquePtr dataset;
    // Read from the file's indexed copy (geo/data/layer_cache.h): its path, the file's driver, and what the copy's
    // feature ids add to the file's.
    QString copyPath;
    QString sourceDriver;
    qint64 fidOffset = 0;
};

VectorSource::~VectorSource() = default;

std::unique_ptr<VectorSource> VectorSource::open(const QString& path, QString* error, const QStringList& openOptions,
                                                 SourceKind kind, bool readCopy)
{
    gdal::registerOnce();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<VectorSource>();
    };

    // A file with a complete indexed copy in the cache folder is read from the copy: the same layers, fields and
    // features (ids given back as the file's), without parsing the whole file again. The copy was made from the
    // file as it is now (same size and modification time), opened with every check below.
    if (readCopy && kind == SourceKind::Layer && openOptions.isEmpty() && !path.startsWith(QLatin1String(":/"))) {
        if (const QString copy = LayerCache::find(path); !copy.isEmpty()) {
            QString copyError;
            auto source = open(copy, &copyError, {}, kind, /*readCopy=*/false);
            if (source && source->driverName() == QLatin1String("GPKG")) {
                const char* driver = source->d->dataset->GetMetadataItem(LayerCache::kDriverItem);
                const char* complete = source->d->dataset->GetMetadataItem(LayerCache::kCompleteItem);
                if (driver && *driver && complete && EQUAL(complete, "YES")) {
                    source->d->copyPath = copy;
                    source->d->sourceDriver = QString::fromUtf8(driver);
                    source->d->fidOffset = 1;
                    source->m_path = path;
                    return source;
                }
            }
        }
    }

    QString gdalPath;
    if (path.startsWith(QLatin1String(":/"))) {
        gdalPath = gdalPathFor(path);
        if (gdalPath.isEmpty())
            return fail(
                QStringLiteral("%1: no such bundled file (the build is incomplete; rebuild Frontline)").arg(path));
    } else {
        const QFileInfo info(path);
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        if (isVirtualPath(path) || isVirtualPath(absolute) || (!info.exists() && looksLikeConnection(path)))
            return fail(notAFile(path));
        if (!info.exists())
            return fail(QStringLiteral("%1: file not found; check the path").arg(path));
        if (info.isFile() && !info.isReadable())
            return fail(QStringLiteral("%1: permission denied; make the file readable or copy it elsewhere").arg(path));
        // Absolute, so that no driver reads a prefix of the name as a connection string ("GeoJSON:...", "CSV:...").
        gdalPath = absolute;
    }
    const QByteArray gdalPathBytes = gdalPath.toUtf8();
    const AllowedDrivers allowed(kind);

    QList<QByteArray> optionBytes;
    std::vector<const char*> options;
    for (const QString& o : openOptions)
        optionBytes.append(o.toUtf8());
    for (const QByteArray& b : optionBytes)
        options.push_back(b.constData());
    options.push_back(nullptr);

    GDALDatasetUniquePtr ds;
    QString gdalMessage;
    QStringList refused;
    bool vrtChecked = false;
    {
        const gdal::QuietErrors quiet;
        gdal::takeRefusedRequests();
        GDALDriverH identified =
            GDALIdentifyDriverEx(gdalPathBytes.constData(), GDAL_OF_VECTOR, allowed.names(), nullptr);
        if (identified && QLatin1String(GDALGetDriverShortName(identified)) == QLatin1String(kVrtDriver)) {
            const QString refusal = vrtRefusal(gdalPath, AllowedDrivers(kind, AllowedDrivers::WithoutVrt));
            if (!refusal.isEmpty())
                return fail(QStringLiteral("%1: %2").arg(path, refusal));
            vrtChecked = true;
        }
        ds.reset(GDALDataset::Open(gdalPathBytes.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                   allowed.names(), options.data(), nullptr));
        gdalMessage = gdal::lastError();
        refused = gdal::takeRefusedRequests();
    }
    if (!refused.isEmpty())
        return fail(wantsTheNetwork(path, refused));
    if (!ds) {
        QString message;
        if (kind == SourceKind::Article) {
            message = QStringLiteral("%1: not a GeoJSON file").arg(path);
            if (!gdalMessage.isEmpty())
                message += QStringLiteral(" (%1)").arg(gdalMessage);
            message += QStringLiteral("; an article is a GeoJSON FeatureCollection");
        } else {
            message = QStringLiteral("%1: not a vector dataset that GDAL can read").arg(path);
            if (!gdalMessage.isEmpty())
                message += QStringLiteral(" (%1)").arg(gdalMessage);
            message += QStringLiteral("; open a GeoPackage, GeoJSON, Shapefile, KML, GPX, FlatGeobuf, CSV with "
                                      "coordinates, MapInfo, FileGDB, GML or OSM file");
        }
        return fail(message);
    }
    // GDAL chose the VRT driver although it did not say so when asked first: its sources were not checked.
    if (!vrtChecked && QLatin1String(ds->GetDriver()->GetDescription()) == QLatin1String(kVrtDriver))
        return fail(
            QStringLiteral("%1: a VRT file Frontline could not check; open the files it names instead").arg(path));

    std::unique_ptr<VectorSource> source(new VectorSource);
    source->d = std::make_unique<Impl>();
    source->d->dataset = std::move(ds);
    source->m_path = path;
    source->m_gdalPath = gdalPath;
    return source;
}

QString VectorSource::driverName() const
{
    if (!d->sourceDriver.isEmpty())
        return d->sourceDriver;
    GDALDriver* driver = d->dataset->GetDriver();
    return driver ? QString::fromUtf8(driver->GetDescription()) : QString();
}

int VectorSource::layerCount() const
{
    return d->dataset->GetLayerCount();
}

std::optional<int> VectorSource::layerIndex(const QString& name) const
{
    for (int i = 0; i < layerCount(); ++i) {
        if (QString::fromUtf8(d->dataset->GetLayer(i)->GetName()) == name)
            return i;
    }
    return std::nullopt;
}

GDALDataset* VectorSource::dataset() const
{
    return d->dataset.get();
}

QString VectorSource::copyPath() const
{
    return d->copyPath;
}

qint64 VectorSource::countFeatures(int layerIndex, const QString& filter) const
{
    OGRLayer* layer = d->dataset->GetLayer(layerIndex);
    if (!layer)
        return -1;
    const gdal::QuietErrors quiet;
    if (layer->SetAttributeFilter(filter.toUtf8().constData()) != OGRERR_NONE) {
        layer->SetAttributeFilter(nullptr);
        return -1;
    }
    const qint64 n = layer->GetFeatureCount(TRUE);
    layer->SetAttributeFilter(nullptr);
    return n;
}

LayerInfo VectorSource::layerInfo(int index, bool exactCount) const
{
    LayerInfo info;
    OGRLayer* layer = d->dataset->GetLayer(index);
    if (!layer)
        return info;
    info.name = QString::fromUtf8(layer->GetName());
    info.kind = kindOf(layer->GetGeomType());
    info.featureCount = layer->GetFeatureCount(exactCount ? TRUE : FALSE);
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* f = defn->GetFieldDefn(i);
        info.fields.append(
            {QString::fromUtf8(f->GetNameRef()), QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(f->GetType()))});
    }
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        const char* auth = srs->GetAuthorityName(nullptr);
        const char* code = srs->GetAuthorityCode(nullptr);
        info.crs = (auth && code) ? QStringLiteral("%1:%2").arg(QString::fromUtf8(auth), QString::fromUtf8(code))
                                  : QString::fromUtf8(srs->GetName());
    }
    return info;
}

QVariantMap VectorSource::featureAttributes(int layerIndex, qint64 fid) const
{
    OGRLayer* layer = d->dataset ? d->dataset->GetLayer(layerIndex) : nullptr;
    if (!layer)
        return {};
    const gdal::QuietErrors quiet;
    const OGRFeatureUniquePtr f(layer->GetFeature(fid));
    if (!f)
        return {};
    return attributesOf(f.get());
}

QString VectorSource::layerMetadataItem(int layerIndex, const QString& name, const QString& domain) const
{
    OGRLayer* layer = d->dataset->GetLayer(layerIndex);
    if (!layer)
        return {};
    const QByteArray domainBytes = domain.toUtf8();
    const char* value =
        layer->GetMetadataItem(name.toUtf8().constData(), domain.isEmpty() ? nullptr : domainBytes.constData());
    return value ? QString::fromUtf8(value) : QString();
}

bool VectorSource::readFeatures(int layerIndex, const ReadOptions& options, QVector<Feature>* out, QString* error) const
{
    OGRLayer* layer = d->dataset->GetLayer(layerIndex);
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: no layer number %2").arg(m_path).arg(layerIndex);
        return false;
    }
    const QString layerName = QString::fromUtf8(layer->GetName());

    if (!options.attributeFilter.isEmpty()) {
        if (layer->SetAttributeFilter(options.attributeFilter.toUtf8().constData()) != OGRERR_NONE) {
            if (error)
                *error = QStringLiteral("%1, layer %2: invalid filter \"%3\" (%4)")
                             .arg(m_path, layerName, options.attributeFilter, gdal::lastError());
            return false;
        }
    } else {
        layer->SetAttributeFilter(nullptr);
    }

    // Everything leaves here as EPSG:4326, longitude first.
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!source.IsSame(&wgs84)) {
            toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
            if (!toWgs84) {
                if (error)
                    *error = QStringLiteral("%1, layer %2: cannot transform its CRS to WGS 84 (%3)")
                                 .arg(m_path, layerName, gdal::lastError());
                return false;
            }
        }
    }

    QVector<Feature> features;
    gdal::takeRefusedRequests();
    layer->ResetReading();
    CPLErrorReset();
    for (auto& f : *layer) {
        if (features.size() >= options.maxFeatures) {
            if (error)
                *error = QStringLiteral("%1, layer %2: more than %3 features; filter or split the file first")
                             .arg(m_path, layerName)
                             .arg(options.maxFeatures);
            return false;
        }
        Feature feature;
        feature.fid = f->GetFID() - d->fidOffset;
        feature.attributes = attributesOf(f.get());
        if (OGRGeometry* g = f->GetGeometryRef()) {
            if (toWgs84 && g->transform(toWgs84.get()) != OGRERR_NONE) {
                if (error)
                    *error = QStringLiteral("%1, layer %2, feature %3: coordinates cannot be transformed to WGS 84")
                                 .arg(m_path, layerName)
                                 .arg(feature.fid);
                return false;
            }
            // GEOS loops for ever on an infinite coordinate ("11e308" overflows a double) and on one near the
            // largest double ("1e308": its quadtree cannot size a cell that wide), and nothing could draw either:
            // refuse the layer before any GEOS call (a point goes to none: its reader judges it). Coordinates are
            // degrees here; kFarOutside leaves room for longitudes written past 180 and refuses only what is no
            // place at all.
            constexpr double kFarOutside = 1.0e9;
            OGREnvelope box;
            g->getEnvelope(&box);
            const auto nearby = [](double v) { return std::isfinite(v) && std::abs(v) <= kFarOutside; };
            if (!g->IsEmpty() && wkbFlatten(g->getGeometryType()) != wkbPoint &&
                !(nearby(box.MinX) && nearby(box.MinY) && nearby(box.MaxX) && nearby(box.MaxY))) {
                if (error)
                    *error = QStringLiteral("%1, layer %2, feature %3: a coordinate is not a finite number or lies "
                                            "far outside the Earth (beyond %4 degrees); fix or remove that feature")
                                 .arg(m_path, layerName)
                                 .arg(feature.fid)
                                 .arg(kFarOutside, 0, 'g');
                return false;
            }
            feature.geometry.kind = collect(g, &feature.geometry.parts);
            if (feature.geometry.kind == GeometryKind::Polygon) {
                // GEOS through OGR's C API, which accepts polygons and multipolygons alike.
                const OGRGeometryUniquePtr inside(
                    OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(g))));
                if (inside && !inside->IsEmpty() && wkbFlatten(inside->getGeometryType()) == wkbPoint)
                    feature.labelPoint = QPointF(inside->toPoint()->getX(), inside->toPoint()->getY());
            }
            if (feature.labelPoint.isNull() && !feature.geometry.parts.isEmpty() &&
                !feature.geometry.parts.first().isEmpty())
                feature.labelPoint = feature.geometry.parts.first().first();
            if (options.keepWkb)
                feature.wkb = linearWkb(g);
            if (options.simplifyTolerance > 0 && feature.geometry.kind != GeometryKind::Point) {
                // A curved geometry is simplified as the straight segments it is drawn with: GDAL's own
                // simplification of a curve turns the result back into curves and leaks on the way when the curve
                // is degenerate (found by the layer-opener fuzzer).
                const OGRGeometryUniquePtr linear(g->hasCurveGeometry() ? g->getLinearGeometry() : nullptr);
                const OGRGeometryUniquePtr simple(
                    (linear ? linear.get() : g)->SimplifyPreserveTopology(options.simplifyTolerance));
                if (simple)
                    feature.simplified.kind = collect(simple.get(), &feature.simplified.parts);
            }
        }
        features.append(std::move(feature));
    }
    if (const QStringList refused = gdal::takeRefusedRequests(); !refused.isEmpty()) {
        if (error)
            *error = wantsTheNetwork(QStringLiteral("%1, layer %2").arg(m_path, layerName), refused);
        return false;
    }
    if (CPLGetLastErrorType() >= CE_Failure) {
        if (error)
            *error = QStringLiteral("%1, layer %2: read error after %3 features (%4); the file may be corrupt")
                         .arg(m_path, layerName)
                         .arg(features.size())
                         .arg(gdal::lastError());
        return false;
    }
    *out = std::move(features);
    return true;
}

} // namespace geo
