#include "geo/data/place_catalog.h"

#include "geo/core/name_folding.h"
#include "geo/core/projector.h"
#include "geo/data/vector_source.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {

namespace {

const QString osmCredit = QStringLiteral("© OpenStreetMap contributors (ODbL)");
const QString geonamesCredit = QStringLiteral("© GeoNames (CC BY 4.0)");

// A place on its way into the catalog, with what the merge step needs to know about it.
struct Pending {
    Place place;
    QSet<QString> keys;   // folded names and skeletons of its names
    qint64 geonameid = 0; // 0 = unknown
    QString namedOsmId;   // key towns: the OSM place their coord_source names ("osm:node/..."), if any
    bool absorbed = false;
};

QSet<QString> nameKeysOf(const Place& place)
{
    QSet<QString> keys;
    for (const QString& name : place.allNames()) {
        const QString folded = foldName(name);
        if (folded.isEmpty())
            continue;
        keys.insert(QStringLiteral("f:") + folded);
        const QString skeleton = skeletonOfFolded(folded);
        if (skeleton.size() >= 2)
            keys.insert(QStringLiteral("s:") + skeleton);
    }
    return keys;
}

QString text(const Feature& f, const QString& field)
{
    return f.attributes.value(field).toString().trimmed();
}

qint64 integer(const Feature& f, const QString& field)
{
    const QVariant v = f.attributes.value(field);
    return v.isValid() && !v.isNull() ? v.toLongLong() : 0;
}

bool readLayer(const QString& path, const QStringList& requiredFields, QVector<Feature>* out, QString* error)
{
    auto source = VectorSource::open(path, error);
    if (!source)
        return false;
    if (source->layerCount() < 1) {
        if (error)
            *error = QStringLiteral("%1: the file holds no layer").arg(path);
        return false;
    }
    QStringList fields;
    for (const FieldInfo& f : source->layerInfo(0).fields)
        fields.append(f.name);
    for (const QString& required : requiredFields) {
        if (!fields.contains(required)) {
            if (error)
                *error = QStringLiteral("%1: field \"%2\" is missing (fields: %3); is this the right place file?")
                             .arg(path, required, fields.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (!source->readFeatures(0, {}, out, error))
        return false;
    for (const Feature& f : std::as_const(*out)) {
        if (f.geometry.kind != GeometryKind::Point || f.geometry.parts.isEmpty() ||
            f.geometry.parts.first().isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: feature %2 has no point geometry; every place needs its point")
                             .arg(path)
                             .arg(f.fid);
            return false;
        }
    }
    return true;
}

QPointF pointOf(const Feature& f)
{
    return f.geometry.parts.first().first();
}

// "Saraqib (GN; OSM) | Sarāqib (GN-lib)" -> {"Saraqib", "Sarāqib"}
QStringList parseVariants(const QString& field)
{
    static const QRegularExpression tags(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
    QStringList variants;
    for (QString v : field.split(u'|', Qt::SkipEmptyParts)) {
        v.remove(tags);
        v = v.trimmed();
        if (!v.isEmpty() && !variants.contains(v))
            variants.append(v);
    }
    return variants;
}

void addVariant(Place* place, const QString& name)
{
    if (!name.isEmpty() && !place->allNames().contains(name))
        place->variants.append(name);
}

PlaceKind kindFromPopulation(int population)
{
    if (population >= 100'000)
        return PlaceKind::City;
    if (population >= 10'000)
        return PlaceKind::Town;
    return PlaceKind::Village;
}

PlaceKind kindFromOsmTag(const QString& tag)
{
    if (tag == QLatin1String("city"))
        return PlaceKind::City;
    if (tag == QLatin1String("town"))
        return PlaceKind::Town;
    if (tag == QLatin1String("hamlet"))
        return PlaceKind::Hamlet;
    return PlaceKind::Village;
}

int kindOrder(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::City: return 3;
    case PlaceKind::Town: return 2;
    case PlaceKind::Village: return 1;
    case PlaceKind::Hamlet:
    case PlaceKind::Post: return 0;
    }
    return 0;
}

QString coordinateText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

bool readKeyTowns(const QString& path, QVector<Pending>* out, QString* error)
{
    QVector<Feature> features;
    if (!readLayer(path, {QStringLiteral("key"), QStringLiteral("name_en"), QStringLiteral("coord_source")}, &features,
                   error))
        return false;
    static const QRegularExpression osmRef(QStringLiteral("OpenStreetMap\\s+((?:node|way|relation)/\\d+)"));
    for (const Feature& f : std::as_const(features)) {
        Pending p;
        p.place.id = text(f, QStringLiteral("key"));
        if (p.place.id.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: feature %2 has no key").arg(path).arg(f.fid);
            return false;
        }
        p.place.keyTown = true;
        p.place.kind = PlaceKind::Town;
        p.place.lonLat = pointOf(f);
        p.place.nameEn = text(f, QStringLiteral("name_en"));
        p.place.nameFr = text(f, QStringLiteral("name_fr"));
        p.place.nameAr = text(f, QStringLiteral("name_ar"));
        p.place.source = text(f, QStringLiteral("coord_source"));
        addVariant(&p.place, text(f, QStringLiteral("name_tr")));
        for (const QString& v : parseVariants(text(f, QStringLiteral("variants"))))
            addVariant(&p.place, v);
        p.geonameid = integer(f, QStringLiteral("geonameid"));
        if (const auto m = osmRef.match(p.place.source); m.hasMatch())
            p.namedOsmId = QStringLiteral("osm:") + m.captured(1);
        out->append(std::move(p));
    }
    return true;
}

bool readOsm(const QString& path, QVector<Pending>* out, QString* error)
{
    QVector<Feature> features;
    if (!readLayer(path, {QStringLiteral("osm_id"), QStringLiteral("name"), QStringLiteral("place")}, &features, error))
        return false;
    for (const Feature& f : std::as_const(features)) {
        Pending p;
        const QString osmId = text(f, QStringLiteral("osm_id"));
        if (osmId.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: feature %2 has no osm_id").arg(path).arg(f.fid);
            return false;
        }
        p.place.id = QStringLiteral("osm:") + osmId;
        p.place.kind = kindFromOsmTag(text(f, QStringLiteral("place")));
        p.place.lonLat = pointOf(f);
        p.place.source = osmCredit;
        p.place.nameEn = text(f, QStringLiteral("name_en"));
        const QString name = text(f, QStringLiteral("name"));
        const QString latin = text(f, QStringLiteral("name_latin"));
        if (hasArabicLetters(name))
            p.place.nameAr = name;
        else if (p.place.nameEn.isEmpty())
            p.place.nameEn = name;
        else
            addVariant(&p.place, name);
        if (p.place.nameEn.isEmpty())
            p.place.nameEn = latin;
        else
            addVariant(&p.place, latin);
        out->append(std::move(p));
    }
    return true;
}

bool readGeoNames(const QString& path, QVector<Pending>* out, QString* error)
{
    QVector<Feature> features;
    if (!readLayer(path, {QStringLiteral("name"), QStringLiteral("population")}, &features, error))
        return false;
    for (const Feature& f : std::as_const(features)) {
        Pending p;
        p.geonameid = integer(f, QStringLiteral("geonameid"));
        p.place.lonLat = pointOf(f);
        p.place.id = p.geonameid > 0 ? QStringLiteral("geonames:%1").arg(p.geonameid)
                                     : QStringLiteral("geonames:%1,%2")
                                           .arg(coordinateText(p.place.lonLat.x()), coordinateText(p.place.lonLat.y()));
        p.place.population =
            int(std::clamp<qint64>(integer(f, QStringLiteral("population")), 0, std::numeric_limits<int>::max()));
        p.place.kind = kindFromPopulation(p.place.population);
        p.place.source = geonamesCredit;
        p.place.nameEn = text(f, QStringLiteral("name"));
        p.place.nameFr = text(f, QStringLiteral("name_fr"));
        const QString arabic = text(f, QStringLiteral("name_ar"));
        if (hasArabicLetters(arabic))
            p.place.nameAr = arabic;
        addVariant(&p.place, text(f, QStringLiteral("name_tr")));
        out->append(std::move(p));
    }
    return true;
}

// Geodesic distance, or infinity without asking PROJ when the points are obviously far apart.
double distanceIfNear(QPointF a, QPointF b)
{
    if (std::abs(a.y() - b.y()) > 0.05 || std::abs(a.x() - b.x()) > 0.06)
        return std::numeric_limits<double>::infinity();
    return Projector::geodesicDistance(a, b);
}

// Moves the names and population of FROM into INTO. Curated key towns only gain variants; other places also
// get their empty name fields filled.
void absorb(Place* into, const Place& from)
{
    if (!into->keyTown) {
        if (into->nameEn.isEmpty())
            into->nameEn = from.nameEn;
        if (into->nameFr.isEmpty())
            into->nameFr = from.nameFr;
        if (into->nameAr.isEmpty())
            into->nameAr = from.nameAr;
    }
    for (const QString& name : from.allNames())
        addVariant(into, name);
    if (into->population == 0)
        into->population = from.population;
}

// The key towns that are governorate seats: cities whatever population the files give (Homs and Damascus lie
// outside the GeoNames box).
bool isGovernorateSeat(const QString& key)
{
    static const QSet<QString> seats = {QStringLiteral("aleppo"), QStringLiteral("damascus"), QStringLiteral("homs"),
                                        QStringLiteral("hama"),   QStringLiteral("latakia"),  QStringLiteral("idlib")};
    return seats.contains(key);
}

// Merges each place of CANDIDATES into the nearest key town that is the same settlement.
void mergeIntoKeyTowns(QVector<Pending>* keyTowns, QVector<Pending>* candidates)
{
    for (Pending& c : *candidates) {
        Pending* best = nullptr;
        double bestDistance = mergeDistanceMetres;
        for (Pending& k : *keyTowns) {
            const double d = distanceIfNear(k.place.lonLat, c.place.lonLat);
            if (d > bestDistance)
                continue;
            const bool named = (!k.namedOsmId.isEmpty() && k.namedOsmId == c.place.id) ||
                               (k.geonameid > 0 && k.geonameid == c.geonameid);
            if (named || k.keys.intersects(c.keys)) {
                best = &k;
                bestDistance = d;
            }
        }
        if (best) {
            absorb(&best->place, c.place);
            c.absorbed = true;
        }
    }
}

// Merges each GeoNames place into the nearest OSM settlement of the same name keys.
void mergeGeoNamesIntoOsm(QVector<Pending>* osm, QVector<Pending>* geonames)
{
    for (Pending& g : *geonames) {
        if (g.absorbed)
            continue;
        Pending* best = nullptr;
        double bestDistance = mergeDistanceMetres;
        for (Pending& o : *osm) {
            if (o.absorbed)
                continue;
            const double d = distanceIfNear(o.place.lonLat, g.place.lonLat);
            if (d <= bestDistance && o.keys.intersects(g.keys)) {
                best = &o;
                bestDistance = d;
            }
        }
        if (best) {
            absorb(&best->place, g.place);
            // The OSM place tag is kept unless the GeoNames population says the place is bigger.
            const PlaceKind byPopulation = kindFromPopulation(best->place.population);
            if (best->place.population > 0 && kindOrder(byPopulation) > kindOrder(best->place.kind))
                best->place.kind = byPopulation;
            if (!best->place.source.contains(geonamesCredit))
                best->place.source += QStringLiteral("; ") + geonamesCredit;
            g.absorbed = true;
        }
    }
}

} // namespace

PlaceFiles PlaceFiles::bundled()
{
    return {QStringLiteral(":/geodata/places/key_towns.geojson"),
            QStringLiteral(":/geodata/places/places_osm_hot_nw.geojson"),
            QStringLiteral(":/geodata/places/places_geonames_nw.geojson")};
}

QVector<Place> loadPlaces(const PlaceFiles& files, QString* error)
{
    QVector<Pending> keyTowns, osm, geonames;
    if (!readKeyTowns(files.keyTowns, &keyTowns, error) || !readOsm(files.osm, &osm, error) ||
        !readGeoNames(files.geonames, &geonames, error))
        return {};
    for (QVector<Pending>* list : {&keyTowns, &osm, &geonames})
        for (Pending& p : *list)
            p.keys = nameKeysOf(p.place);

    mergeIntoKeyTowns(&keyTowns, &osm);
    mergeIntoKeyTowns(&keyTowns, &geonames);
    mergeGeoNamesIntoOsm(&osm, &geonames);

    QVector<Place> places;
    places.reserve(keyTowns.size() + osm.size() + geonames.size());
    for (Pending& k : keyTowns) {
        const bool city = isGovernorateSeat(k.place.id) || k.place.population >= 100'000;
        k.place.kind = city ? PlaceKind::City : PlaceKind::Town;
        places.append(std::move(k.place));
    }
    for (QVector<Pending>* list : {&osm, &geonames})
        for (Pending& p : *list)
            if (!p.absorbed)
                places.append(std::move(p.place));
    if (error)
        error->clear();
    return places;
}

bool addArabicNames(QVector<Place>* places, const QString& path, QString* error)
{
    auto source = VectorSource::open(path, error);
    if (!source)
        return false;
    QVector<Feature> rows;
    if (!source->readFeatures(0, {}, &rows, error))
        return false;
    for (const Feature& row : std::as_const(rows)) {
        bool okLon = false, okLat = false;
        const QPointF at(text(row, QStringLiteral("lon")).toDouble(&okLon),
                         text(row, QStringLiteral("lat")).toDouble(&okLat));
        const QString arabic = text(row, QStringLiteral("name_ar"));
        if (!okLon || !okLat || !hasArabicLetters(arabic)) {
            if (error)
                *error = QStringLiteral("%1: row %2 needs lon, lat and an Arabic name_ar").arg(path).arg(row.fid);
            return false;
        }
        for (Place& place : *places) {
            if (!place.nameAr.isEmpty() || std::abs(place.lonLat.x() - at.x()) > arabicNamePointTolerance ||
                std::abs(place.lonLat.y() - at.y()) > arabicNamePointTolerance)
                continue;
            place.nameAr = arabic;
            for (const QString& v : text(row, QStringLiteral("ar_variants")).split(u'|', Qt::SkipEmptyParts))
                addVariant(&place, v.trimmed());
        }
    }
    return true;
}

QString bundledArabicNamesFile()
{
    return QStringLiteral(":/geodata/names/arabic_names_geonames.csv");
}

QVector<Place> loadBundledPlaces(QString* error)
{
    QVector<Place> places = loadPlaces(PlaceFiles::bundled(), error);
    if (places.isEmpty() || !addArabicNames(&places, bundledArabicNamesFile(), error))
        return {};
    return places;
}

} // namespace geo
