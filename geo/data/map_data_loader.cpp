#include "geo/data/map_data_loader.h"

#include "geo/data/bundled_cache.h"
#include "geo/data/feature_index.h"
#include "geo/data/observation_post_list.h"
#include "geo/data/place_catalog.h"
#include "geo/data/vector_source.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <iterator>
#include <map>
#include <vector>

namespace geo {

namespace {

constexpr double kSimplifyDegrees = 0.004; // ~400 m: invisible below Style::kSimplifyAbove

const QString kAttribution = QStringLiteral(
    "Boundaries: UN OCHA / UNCS via HDX (CC BY 3.0 IGO). GSHHG and DCW-GMT (LGPL). Places: © GeoNames (CC BY 4.0); "
    "© OpenStreetMap contributors (ODbL). M4/M5 schematic (through the towns they serve, not the road's course). "
    "Observation posts placed approximately on the villages they are named after.");

// Projects every vertex of GEOMETRIES in one batched PROJ call.
bool projectAll(const Projector& projector, QVector<Geometry*> geometries, QVector<QPointF*> extraPoints)
{
    QVector<QPointF> all;
    for (const Geometry* g : geometries)
        for (const auto& part : g->parts)
            all += part;
    for (const QPointF* p : extraPoints)
        all.append(*p);
    if (!projector.forward(&all))
        return false;
    qsizetype i = 0;
    for (Geometry* g : geometries)
        for (auto& part : g->parts)
            for (QPointF& p : part)
                p = all[i++];
    for (QPointF* p : extraPoints)
        *p = all[i++];
    return true;
}

// Turns lon/lat features into a display-CRS layer: one batched projection, paths built once.
bool buildFeatures(const QVector<Feature>& features, const Projector& projector, MapLayer* layer,
                   const std::function<void(const Feature&, MapFeature&)>& decorate, QString* error)
{
    layer->features.reserve(features.size());
    QVector<Geometry*> geometries;
    QVector<QPointF*> points;
    for (const Feature& f : features) {
        if (f.geometry.isEmpty())
            continue;
        MapFeature mf;
        mf.geometry = f.geometry;
        mf.attributes = f.attributes;
        mf.labelPoint = f.labelPoint;
        mf.lonLat = f.labelPoint;
        if (decorate)
            decorate(f, mf);
        layer->features.append(std::move(mf));
    }
    // Simplified copies ride in the same batch.
    QVector<Geometry> simplified(layer->features.size());
    {
        int i = 0;
        for (const Feature& f : features) {
            if (f.geometry.isEmpty())
                continue;
            simplified[i++] = f.simplified;
        }
    }
    for (int i = 0; i < layer->features.size(); ++i) {
        geometries.append(&layer->features[i].geometry);
        geometries.append(&simplified[i]);
        points.append(&layer->features[i].labelPoint);
    }
    if (!projectAll(projector, geometries, points)) {
        if (error)
            *error = QStringLiteral("%1: coordinates outside what %2 can show")
                         .arg(layer->sourcePath, projector.targetCrs());
        return false;
    }
    QRectF bounds;
    for (int i = 0; i < layer->features.size(); ++i) {
        MapFeature& mf = layer->features[i];
        mf.bounds = mf.geometry.bounds();
        if (mf.geometry.kind != GeometryKind::Point) {
            mf.path = toPainterPath(mf.geometry);
            if (!simplified[i].isEmpty())
                mf.simplePath = toPainterPath(simplified[i]);
        }
        bounds = bounds.isNull() ? mf.bounds : bounds.united(mf.bounds);
    }
    layer->bounds = bounds;
    return true;
}

bool readFile(const QString& path, double simplify, QVector<Feature>* out, QString* error)
{
    auto source = VectorSource::open(path, error);
    if (!source)
        return false;
    ReadOptions options;
    options.simplifyTolerance = simplify;
    return source->readFeatures(0, options, out, error);
}

// One bundled file: its layer's id, title, role, file under :/geodata/ and the source said in the legend.
struct BundledFile {
    QString id;
    QString title;
    LayerRole role;
    QString file;
    QString source;
};

// What reading one bundled file gave.
struct FileRead {
    QVector<Feature> features;
    QString error;
    bool ok = false;
};

// Runs every job, on the calling thread and on as many idle threads of the global pool as help: a job is taken
// by whichever thread is free first. Returns once all are done. Waits only for the threads it got (tryStart),
// and the calling thread works too, so that it never waits on a pool busy with other work (or with its caller).
void runShared(const std::vector<std::function<void()>>& jobs)
{
    std::atomic<size_t> next{0};
    auto drain = [&] {
        for (size_t i = next.fetch_add(1); i < jobs.size(); i = next.fetch_add(1))
            jobs[i]();
    };
    QSemaphore finished;
    int helpers = 0;
    const int wanted = std::min(int(jobs.size()), QThread::idealThreadCount()) - 1;
    for (int i = 0; i < wanted; ++i) {
        if (!QThreadPool::globalInstance()->tryStart([&] {
                drain();
                finished.release();
            }))
            break;
        ++helpers;
    }
    drain();
    finished.acquire(helpers);
}

std::shared_ptr<MapLayer> bundledLayer(const BundledFile& file, const QVector<Feature>& features,
                                       const Projector& projector, QString* error,
                                       const std::function<void(const Feature&, MapFeature&)>& decorate = {})
{
    auto layer = std::make_shared<MapLayer>();
    layer->id = file.id;
    layer->title = file.title;
    layer->role = file.role;
    layer->source = file.source;
    layer->sourcePath = QStringLiteral(":/geodata/") + file.file;
    if (!features.isEmpty())
        layer->kind = features.first().geometry.kind;
    if (!buildFeatures(features, projector, layer.get(), decorate, error))
        return nullptr;
    return layer;
}

// Governorates are named after their capitals; the capitals' French names are attested in the key towns.
QString governorateFrench(const QString& pcode, const QVector<Place>& places)
{
    static const QHash<QString, QString> capital{
        {QStringLiteral("SY01"), QStringLiteral("damascus")}, {QStringLiteral("SY02"), QStringLiteral("aleppo")},
        {QStringLiteral("SY04"), QStringLiteral("homs")},     {QStringLiteral("SY05"), QStringLiteral("hama")},
        {QStringLiteral("SY06"), QStringLiteral("latakia")},  {QStringLiteral("SY07"), QStringLiteral("idlib")}};
    const QString key = capital.value(pcode);
    for (const Place& p : places)
        if (p.id == key && !p.nameFr.isEmpty())
            return p.nameFr;
    return {};
}

// Label priority: cities, then towns, then villages; key towns above their class, and the key towns on the M4/M5
// (the ones the 2019-2020 fighting was about) above the other key towns.
int placeRank(const Place& p, bool onHighway)
{
    int rank = 0;
    switch (p.kind) {
    case PlaceKind::City: rank = 800; break;
    case PlaceKind::Town: rank = 600; break;
    case PlaceKind::Village: rank = 300; break;
    case PlaceKind::Hamlet:
    case PlaceKind::Post: rank = 100; break;
    }
    if (p.keyTown)
        rank += 300;
    if (onHighway)
        rank += 150;
    return rank + std::min(99, p.population / 10000);
}

std::shared_ptr<MapLayer> placesLayer(const QVector<Place>& places, const QSet<QString>& onHighway,
                                      const Projector& projector, QString* error)
{
    QVector<Feature> features;
    features.reserve(places.size());
    for (const Place& p : places) {
        Feature f;
        f.geometry.kind = GeometryKind::Point;
        f.geometry.parts = {{p.lonLat}};
        f.labelPoint = p.lonLat;
        f.attributes = {{QStringLiteral("id"), p.id},
                        {QStringLiteral("kind"), placeKindName(p.kind)},
                        {QStringLiteral("key_town"), p.keyTown},
                        {QStringLiteral("name_en"), p.nameEn},
                        {QStringLiteral("name_fr"), p.nameFr},
                        {QStringLiteral("name_ar"), p.nameAr},
                        {QStringLiteral("population"), p.population},
                        {QStringLiteral("source"), p.source}};
        features.append(std::move(f));
    }
    auto layer = std::make_shared<MapLayer>();
    layer->id = QStringLiteral("places");
    layer->title = QStringLiteral("Towns and villages");
    layer->role = LayerRole::Places;
    layer->kind = GeometryKind::Point;
    layer->source = QStringLiteral("© GeoNames (CC BY 4.0); © OpenStreetMap contributors (ODbL)");
    layer->sourcePath = QStringLiteral(":/geodata/places");
    int i = 0;
    if (!buildFeatures(
            features, projector, layer.get(),
            [&](const Feature&, MapFeature& mf) {
                const Place& p = places[i++];
                mf.labelEn = p.name(Language::English);
                mf.labelFr = p.name(Language::French);
                mf.labelAr = p.nameAr;
                mf.rank = placeRank(p, onHighway.contains(p.id));
            },
            error))
        return nullptr;
    return layer;
}

std::shared_ptr<MapLayer> schematicHighways(const QVector<Feature>& rows, const QVector<Place>& places,
                                            const Projector& projector, QSet<QString>* townsOnHighways, QString* error)
{
    // highway -> seq -> row; the CSV's own lon/lat are the key towns' points.
    std::map<QString, std::map<int, Feature>> byRoad;
    for (const Feature& r : rows)
        byRoad[r.attributes.value(QStringLiteral("highway")).toString()]
              [r.attributes.value(QStringLiteral("seq")).toInt()] = r;
    QHash<QString, QString> names;
    for (const Place& p : places)
        if (p.keyTown)
            names.insert(p.id, p.nameEn);
    QVector<Feature> lines;
    for (const auto& [ref, towns] : byRoad) {
        Feature line;
        line.geometry.kind = GeometryKind::Line;
        QVector<QPointF> pts;
        QStringList through, attest;
        for (const auto& [seq, row] : towns) {
            pts.append(QPointF(row.attributes.value(QStringLiteral("lon")).toDouble(),
                               row.attributes.value(QStringLiteral("lat")).toDouble()));
            const QString key = row.attributes.value(QStringLiteral("place_key")).toString();
            townsOnHighways->insert(key);
            through << names.value(key, key);
            attest << row.attributes.value(QStringLiteral("attestation")).toString();
        }
        line.geometry.parts = {pts};
        line.labelPoint = pts.value(pts.size() / 2);
        line.attributes = {
            {QStringLiteral("ref"), ref},
            {QStringLiteral("schematic"), true},
            {QStringLiteral("through"), through.join(QStringLiteral(" – "))},
            {QStringLiteral("attestation"), attest.join(QStringLiteral("; "))},
            {QStringLiteral("note"), QStringLiteral("Schematic: a line through the towns the road serves, in order; "
                                                    "not the course of the road.")}};
        lines.append(std::move(line));
    }
    // Draw the M4 first so that the M5 shows on top where they meet at Saraqeb.
    std::sort(lines.begin(), lines.end(), [](const Feature& a, const Feature& b) {
        return a.attributes.value(QStringLiteral("ref")).toString() <
               b.attributes.value(QStringLiteral("ref")).toString();
    });
    auto layer = std::make_shared<MapLayer>();
    layer->id = kSchematicHighwaysId;
    layer->title = QStringLiteral("M4 / M5 highways (schematic)");
    layer->role = LayerRole::Highways;
    layer->kind = GeometryKind::Line;
    layer->schematic = true;
    layer->source = QStringLiteral("Towns along each highway, cited in highway_towns_order.csv; no road geometry");
    layer->sourcePath = QStringLiteral(":/geodata/roads/highway_towns_order.csv");
    if (!buildFeatures(
            lines, projector, layer.get(),
            [](const Feature& f, MapFeature& mf) {
                const QString ref = f.attributes.value(QStringLiteral("ref")).toString();
                mf.labelEn = mf.labelFr = mf.labelAr = ref;
                mf.rank = 1000;
            },
            error))
        return nullptr;
    return layer;
}

} // namespace

std::shared_ptr<const MapData> loadBundledMap(DisplayCrs crs, QString* error)
{
    const Projector& projector = Projector::forThread(crs);
    if (!projector.isValid()) {
        if (error)
            *error = projector.errorString();
        return nullptr;
    }
    const QString ocha = QStringLiteral("UN OCHA / UNCS via HDX (CC BY 3.0 IGO)");
    const QString gshhg = QStringLiteral("GSHHG 2.3.7 (LGPL)");
    const QString postsSource =
        QStringLiteral("SOHR, Wikipedia (CC BY-SA 4.0), Anadolu, Al-Akhbar; points GeoNames / OSM");
    // The bundled files, in drawing order; the places and posts layers come between the highways and the posts.
    const BundledFile files[] = {
        {QStringLiteral("land"), QStringLiteral("Land (Syria, Turkey)"), LayerRole::Land,
         QStringLiteral("boundaries/dcw_countries_nw.geojson"), QStringLiteral("DCW-GMT 2.1.1 (LGPL)")},
        {QStringLiteral("governorates"), QStringLiteral("Governorates"), LayerRole::Governorates,
         QStringLiteral("boundaries/syr_adm1_ocha.geojson"), ocha},
        {QStringLiteral("districts"), QStringLiteral("Districts"), LayerRole::Districts,
         QStringLiteral("boundaries/syr_adm2_ocha_nw.geojson"), ocha},
        {QStringLiteral("rivers"), QStringLiteral("Rivers (Orontes)"), LayerRole::Rivers,
         QStringLiteral("boundaries/gshhg_rivers_nw.geojson"), gshhg},
        {QStringLiteral("shoreline"), QStringLiteral("Coastline"), LayerRole::Shoreline,
         QStringLiteral("boundaries/gshhg_shoreline_nw.geojson"), gshhg},
        {QStringLiteral("border"), QStringLiteral("Syria–Turkey border"), LayerRole::Border,
         QStringLiteral("boundaries/gshhg_national_borders_nw.geojson"), gshhg},
        {QStringLiteral("posts"), QStringLiteral("Turkish observation posts (approximate)"), LayerRole::Posts,
         QStringLiteral("observation_posts/turkish_posts_idlib_located.geojson"), postsSource},
    };
    constexpr int fileCount = int(std::size(files));

    // Reading and simplifying the files is most of the work and needs no projection: every file is read at
    // once, on this thread and whatever idle threads the pool has; the layers are then built here, in order.
    FileRead reads[fileCount];
    FileRead highwayRows;
    QVector<Place> places;
    QString placesError;
    QVector<ObservationPost> posts;
    QString postsError;
    std::vector<std::function<void()>> jobs;
    // The two biggest files (the governorates and the districts) first, so that two threads share them.
    for (const int i : {2, 1, 0, 3, 4, 5, 6})
        jobs.emplace_back([&, i] {
            const bool polygonsOrLines = files[i].role != LayerRole::Places && files[i].role != LayerRole::Posts;
            reads[i].ok =
                readBundledFeatures(QStringLiteral(":/geodata/") + files[i].file,
                                    polygonsOrLines ? kSimplifyDegrees : 0.0, &reads[i].features, &reads[i].error);
        });
    jobs.emplace_back([&] { places = loadBundledPlaces(&placesError); });
    jobs.emplace_back([&] {
        posts =
            loadObservationPosts(QStringLiteral(":/geodata/observation_posts/turkish_posts_idlib.csv"), &postsError);
    });
    jobs.emplace_back([&] {
        highwayRows.ok = readFile(QStringLiteral(":/geodata/roads/highway_towns_order.csv"), 0, &highwayRows.features,
                                  &highwayRows.error);
    });
    runShared(jobs);

    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (places.isEmpty())
        return fail(placesError);
    if (posts.isEmpty())
        return fail(postsError);
    for (const FileRead& r : reads)
        if (!r.ok)
            return fail(r.error);
    if (!highwayRows.ok)
        return fail(highwayRows.error);

    auto data = std::make_shared<MapData>();
    data->crs = crs;
    data->attribution = kAttribution;
    data->places = std::move(places);
    data->posts = std::move(posts);

    const QVector<Place>& placeList = data->places;
    const std::function<void(const Feature&, MapFeature&)> decorations[fileCount] = {
        {},
        [&](const Feature& f, MapFeature& mf) {
            mf.labelEn = f.attributes.value(QStringLiteral("ADM1_EN")).toString();
            mf.labelAr = f.attributes.value(QStringLiteral("ADM1_AR")).toString();
            mf.labelFr = governorateFrench(f.attributes.value(QStringLiteral("ADM1_PCODE")).toString(), placeList);
            mf.rank = 500;
        },
        [](const Feature& f, MapFeature& mf) {
            mf.labelEn = mf.labelFr = f.attributes.value(QStringLiteral("ADM2_EN")).toString();
            mf.labelAr = f.attributes.value(QStringLiteral("ADM2_AR")).toString();
            mf.rank = 150;
        },
        {},
        {},
        {},
        [&](const Feature& f, MapFeature& mf) {
            const PostLabels labels = postMapLabels(f.attributes, f.labelPoint, placeList);
            mf.labelEn = labels.en;
            mf.labelFr = labels.fr;
            mf.labelAr = labels.ar;
            mf.rank = 700;
        },
    };
    QString buildError;
    QVector<std::shared_ptr<MapLayer>> layers;
    for (int i = 0; i < fileCount - 1; ++i)
        layers.append(bundledLayer(files[i], reads[i].features, projector, &buildError, decorations[i]));
    QSet<QString> townsOnHighways;
    layers.append(schematicHighways(highwayRows.features, placeList, projector, &townsOnHighways, &buildError));
    layers.append(placesLayer(placeList, townsOnHighways, projector, &buildError));
    auto postsLayer = bundledLayer(files[fileCount - 1], reads[fileCount - 1].features, projector, &buildError,
                                   decorations[fileCount - 1]);
    if (postsLayer)
        postsLayer->approximate = true; // each post stands on its village's point
    layers.append(postsLayer);
    for (const auto& l : layers)
        if (!l)
            return fail(buildError);

    QRectF extent;
    for (const auto& l : layers) {
        if (l->role != LayerRole::Governorates) // the whole of Syria is context, not the data's focus
            extent = extent.isNull() ? l->bounds : extent.united(l->bounds);
        data->layers.append(l);
    }
    data->extent = extent;
    return data;
}

QRectF homeExtent(const MapData& data)
{
    if (auto gov = data.layerOf(LayerRole::Governorates)) {
        for (const MapFeature& f : gov->features)
            if (f.attributes.value(QStringLiteral("ADM1_PCODE")).toString() == QLatin1String("SY07")) {
                const QRectF b = f.bounds;
                return b.adjusted(-b.width() * 0.25, -b.height() * 0.15, b.width() * 0.25, b.height() * 0.15);
            }
    }
    return data.extent;
}

namespace {

// Whether layer I of SOURCE is read a frame at a time rather than whole.
bool indexed(const VectorSource& source, int i, const LayerInfo& info, UserLayerLoading loading)
{
    if (loading == UserLayerLoading::InMemory)
        return false;
    if (info.kind != GeometryKind::Line && info.kind != GeometryKind::Polygon)
        return false;
    // A layer with M4/M5 highways replaces the schematic ones: read whole (see below).
    if (std::any_of(info.fields.cbegin(), info.fields.cend(),
                    [](const FieldInfo& f) { return f.name == QLatin1String("ref"); }) &&
        source.countFeatures(i, QStringLiteral("ref IN ('M4','M5')")) != 0)
        return false;
    if (loading == UserLayerLoading::Indexed)
        return true;
    if (QFileInfo(source.path()).size() > kIndexFileBytes)
        return true;
    const qint64 count = info.featureCount >= 0 ? info.featureCount : source.layerInfo(i).featureCount;
    return count > kIndexAboveFeatures;
}

} // namespace

QVector<std::shared_ptr<const MapLayer>> loadUserLayers(const QString& path, DisplayCrs crs, QString* error,
                                                        UserLayerLoading loading,
                                                        const std::function<bool()>& cancelled,
                                                        const std::function<void(int done, int total)>& progress)
{
    QVector<std::shared_ptr<const MapLayer>> result;
    auto source = VectorSource::open(path, error);
    if (!source)
        return result;
    const Projector& projector = Projector::forThread(crs);
    const bool osm = source->driverName() == QLatin1String("OSM");
    const QString fileName = QFileInfo(path).fileName();
    QStringList problems;
    auto stop = [&] {
        if (!cancelled || !cancelled())
            return false;
        if (error)
            *error = QStringLiteral("%1: opening cancelled").arg(path);
        return true;
    };
    const int layerCount = source->layerCount();
    for (int i = 0; i < layerCount; ++i) {
        if (stop())
            return {};
        if (i > 0 && progress)
            progress(i, layerCount);
        const LayerInfo info = source->layerInfo(i, /*exactCount=*/false);
        if (osm && info.name != QLatin1String("lines"))
            continue;
        if (!osm && indexed(*source, i, info, loading)) {
            QString layerError;
            auto index = FeatureIndex::open(path, i, crs, &layerError);
            if (!index) {
                problems << layerError;
                continue;
            }
            auto layer = std::make_shared<MapLayer>();
            layer->id = QStringLiteral("user:%1#%2").arg(path, info.name);
            layer->title = source->layerCount() > 1 ? QStringLiteral("%1 — %2").arg(fileName, info.name) : fileName;
            layer->role = LayerRole::User;
            layer->kind = info.kind;
            layer->source = QStringLiteral("Opened by the user: %1").arg(path);
            layer->sourcePath = path;
            layer->bounds = index->bounds();
            layer->index = std::move(index);
            result.append(layer);
            continue;
        }
        ReadOptions options;
        options.simplifyTolerance = info.kind == GeometryKind::Point ? 0.0 : kSimplifyDegrees;
        if (osm)
            options.attributeFilter = QStringLiteral("other_tags LIKE '%\"ref\"=>\"M4\"%' OR "
                                                     "other_tags LIKE '%\"ref\"=>\"M5\"%'");
        QVector<Feature> features;
        QString layerError;
        if (!source->readFeatures(i, options, &features, &layerError)) {
            problems << layerError;
            continue;
        }
        if (stop())
            return {};
        const bool hasGeometry =
            std::any_of(features.cbegin(), features.cend(), [](const Feature& f) { return !f.geometry.isEmpty(); });
        if (!hasGeometry)
            continue;

        // A highway ref, from a plain field or from the OSM driver's other_tags.
        auto refOf = [](const Feature& f) -> QString {
            QString ref = f.attributes.value(QStringLiteral("ref")).toString().trimmed();
            if (ref.isEmpty()) {
                const QString tags = f.attributes.value(QStringLiteral("other_tags")).toString();
                for (const QString& r : {QStringLiteral("M4"), QStringLiteral("M5")})
                    if (tags.contains(QStringLiteral("\"ref\"=>\"%1\"").arg(r)))
                        ref = r;
            }
            return ref;
        };
        const bool highways = std::any_of(features.cbegin(), features.cend(), [&](const Feature& f) {
            const QString r = refOf(f);
            return f.geometry.kind == GeometryKind::Line && (r == QLatin1String("M4") || r == QLatin1String("M5"));
        });

        auto layer = std::make_shared<MapLayer>();
        layer->id = QStringLiteral("user:%1#%2").arg(path, info.name);
        layer->title = source->layerCount() > 1 ? QStringLiteral("%1 — %2").arg(fileName, info.name) : fileName;
        layer->role = highways ? LayerRole::Highways : LayerRole::User;
        layer->kind = info.kind != GeometryKind::None ? info.kind : features.first().geometry.kind;
        layer->source = QStringLiteral("Opened by the user: %1").arg(path);
        layer->sourcePath = path;
        if (highways)
            layer->title = QStringLiteral("M4 / M5 highways (%1)").arg(fileName);
        if (!buildFeatures(
                features, projector, layer.get(),
                [&](const Feature& f, MapFeature& mf) {
                    const QString name = f.attributes.value(QStringLiteral("name")).toString();
                    mf.labelEn = mf.labelFr = mf.labelAr = name;
                    if (highways)
                        mf.attributes.insert(QStringLiteral("ref"), refOf(f));
                    mf.rank = highways ? 1200 : 200;
                },
                &layerError)) {
            problems << layerError;
            continue;
        }
        if (layer->kind == GeometryKind::None && !layer->features.isEmpty())
            layer->kind = layer->features.first().geometry.kind;
        result.append(layer);
    }
    if (stop())
        return {};
    if (progress)
        progress(layerCount, layerCount);
    if (result.isEmpty() && error) {
        *error = problems.isEmpty()
                     ? QStringLiteral("%1: no layer with geometry (nothing to draw); open a file with points, lines "
                                      "or polygons%2")
                           .arg(path, osm ? QStringLiteral(" — in an OpenStreetMap file Frontline reads the ways "
                                                           "tagged ref=M4 or ref=M5")
                                          : QString())
                     : problems.join(QLatin1Char('\n'));
    }
    return result;
}

} // namespace geo
