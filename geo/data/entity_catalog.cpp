#include "geo/data/entity_catalog.h"

#include "geo/data/observation_post_list.h"
#include "geo/data/vector_source.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace geo {

namespace {

bool readAll(const QString& path, QVector<Feature>* features, QString* error)
{
    auto source = VectorSource::open(path, error);
    return source && source->readFeatures(0, {}, features, error);
}

QPointF firstPoint(const Feature& f)
{
    return f.geometry.parts.value(0).value(0);
}

} // namespace

void EntityCatalog::insert(Entry entry)
{
    // The first source of an id wins: the gazetteer's merged places come first.
    if (!m_entries.contains(entry.id))
        m_entries.insert(entry.id, std::move(entry));
}

const EntityCatalog::Entry* EntityCatalog::entry(const QString& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

QString EntityCatalog::name(const QString& id, Language lang) const
{
    const Entry* e = entry(id);
    if (!e)
        return id;
    const QString& preferred = lang == Language::French ? e->nameFr : lang == Language::Arabic ? e->nameAr : e->nameEn;
    if (!preferred.isEmpty())
        return preferred;
    return e->nameEn.isEmpty() ? id : e->nameEn;
}

std::optional<QPointF> EntityCatalog::lonLat(const QString& id) const
{
    const Entry* e = entry(id);
    return e ? e->lonLat : std::nullopt;
}

std::optional<EntityCatalog> EntityCatalog::loadBundled(const QVector<Place>& places, QString* error)
{
    EntityCatalog catalog;
    catalog.m_places = places;
    for (const Place& p : places)
        catalog.insert({p.id, p.name(Language::English), p.name(Language::French), p.nameAr, p.lonLat, {}});

    // Places merged into a key town keep their own ids, so an article may cite either.
    QVector<Feature> features;
    if (!readAll(QStringLiteral(":/geodata/places/places_osm_hot_nw.geojson"), &features, error))
        return std::nullopt;
    for (const Feature& f : features)
        catalog.insert({QStringLiteral("osm:") + f.attributes.value(QStringLiteral("osm_id")).toString(),
                        f.attributes.value(QStringLiteral("name_en")).toString(),
                        f.attributes.value(QStringLiteral("name_en")).toString(),
                        f.attributes.value(QStringLiteral("name")).toString(),
                        firstPoint(f),
                        {}});

    if (!readAll(QStringLiteral(":/geodata/roads/highway_towns_order.csv"), &features, error))
        return std::nullopt;
    for (const Feature& f : features) {
        const QString ref = f.attributes.value(QStringLiteral("highway")).toString();
        catalog.insert({QStringLiteral("road:") + ref, ref, ref, ref, std::nullopt, {}});
    }

    for (const ObservationPost& post :
         loadObservationPosts(QStringLiteral(":/geodata/observation_posts/turkish_posts_idlib.csv"), error)) {
        const QString name = QStringLiteral("Observation post %1 (%2)").arg(post.number).arg(post.name);
        catalog.insert({QStringLiteral("post:%1").arg(post.number),
                        name,
                        QStringLiteral("Poste d'observation %1 (%2)").arg(post.number).arg(post.name),
                        name,
                        post.lonLat,
                        {}});
    }
    if (!catalog.contains(QStringLiteral("post:1")))
        return std::nullopt;

    for (const QString& file : {QStringLiteral(":/geodata/boundaries/syr_adm1_ocha.geojson"),
                                QStringLiteral(":/geodata/boundaries/syr_adm0_ocha.geojson")}) {
        if (!readAll(file, &features, error))
            return std::nullopt;
        for (const Feature& f : features) {
            const bool adm1 = f.attributes.contains(QStringLiteral("ADM1_PCODE"));
            const QString pcode =
                f.attributes.value(adm1 ? QStringLiteral("ADM1_PCODE") : QStringLiteral("ADM0_PCODE")).toString();
            const QString en =
                f.attributes.value(adm1 ? QStringLiteral("ADM1_EN") : QStringLiteral("ADM0_EN")).toString();
            catalog.insert({QStringLiteral("area:") + pcode,
                            en,
                            en,
                            f.attributes.value(adm1 ? QStringLiteral("ADM1_AR") : QStringLiteral("ADM0_AR")).toString(),
                            f.labelPoint,
                            {}});
        }
    }
    // Districts (OCHA adm2, the north-west), for the area claims of article format 1.1 ("area:SY0700").
    if (!readAll(QStringLiteral(":/geodata/boundaries/syr_adm2_ocha_nw.geojson"), &features, error))
        return std::nullopt;
    for (const Feature& f : features) {
        const QString en = f.attributes.value(QStringLiteral("ADM2_EN")).toString();
        catalog.insert({QStringLiteral("area:") + f.attributes.value(QStringLiteral("ADM2_PCODE")).toString(),
                        en,
                        en,
                        f.attributes.value(QStringLiteral("ADM2_AR")).toString(),
                        f.labelPoint,
                        {}});
    }
    catalog.insert({QStringLiteral("border:SY-TR"),
                    QStringLiteral("Syrian-Turkish border"),
                    QStringLiteral("frontière syro-turque"),
                    QStringLiteral("الحدود السورية التركية"),
                    std::nullopt,
                    {}});

    QFile actorsFile(QStringLiteral(":/articles/actors.json"));
    if (!actorsFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral(":/articles/actors.json: missing from the build; rebuild Frontline");
        return std::nullopt;
    }
    const QJsonArray actors =
        QJsonDocument::fromJson(actorsFile.readAll()).object().value(QStringLiteral("actors")).toArray();
    for (const QJsonValue& v : actors) {
        const QJsonObject a = v.toObject();
        const QJsonObject names = a.value(QStringLiteral("names")).toObject();
        catalog.insert({QStringLiteral("actor:") + a.value(QStringLiteral("id")).toString(),
                        names.value(QStringLiteral("en")).toString(), names.value(QStringLiteral("fr")).toString(),
                        names.value(QStringLiteral("ar")).toString(), std::nullopt,
                        a.value(QStringLiteral("controller")).toString()});
    }
    catalog.insert({QStringLiteral("figure"),
                    QStringLiteral("figure"),
                    QStringLiteral("chiffre"),
                    QStringLiteral("رقم"),
                    std::nullopt,
                    {}});
    return catalog;
}

} // namespace geo
