#include "geo/data/observation_post_list.h"

#include "geo/data/vector_source.h"

#include <algorithm>
#include <cmath>

namespace geo {

QVector<ObservationPost> loadObservationPosts(const QString& path, QString* error)
{
    QVector<ObservationPost> posts;
    auto source = VectorSource::open(path, error);
    if (!source)
        return posts;
    QVector<Feature> rows;
    if (!source->readFeatures(0, {}, &rows, error))
        return posts;
    for (const Feature& r : rows) {
        const QVariantMap& a = r.attributes;
        ObservationPost post;
        bool ok = false;
        post.number = a.value(QStringLiteral("sohr_no")).toString().toInt(&ok);
        if (!ok) {
            if (error)
                *error = QStringLiteral("%1, row %2: sohr_no \"%3\" is not a number")
                             .arg(path)
                             .arg(r.fid)
                             .arg(a.value(QStringLiteral("sohr_no")).toString());
            return {};
        }
        post.name = a.value(QStringLiteral("name")).toString();
        post.originalTwelve = a.value(QStringLiteral("original_astana_12"))
                                  .toString()
                                  .compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
        post.established = a.value(QStringLiteral("established")).toString();
        bool okLon = false, okLat = false;
        const double lon = a.value(QStringLiteral("lon")).toString().toDouble(&okLon);
        const double lat = a.value(QStringLiteral("lat")).toString().toDouble(&okLat);
        if (okLon && okLat)
            post.lonLat = QPointF(lon, lat);
        post.geometryQuality = a.value(QStringLiteral("geometry_quality")).toString();
        post.notes = a.value(QStringLiteral("notes")).toString();
        post.sources = a.value(QStringLiteral("sources")).toString();
        posts.append(post);
    }
    std::sort(posts.begin(), posts.end(), [](const auto& x, const auto& y) { return x.number < y.number; });
    return posts;
}

QString postAbbreviation(Language lang)
{
    return byLanguage(lang, QStringLiteral("PO"), QStringLiteral("OP"), QStringLiteral("نقطة"));
}

namespace {

// The place PLACES holds for the settlement a post is named after: the key town of LOCATIONKEY, else the place
// standing on the post's point (GeoNames and OSM points are written to 6 decimals; 1e-5 degrees is about a metre).
const Place* settlementOf(const QString& locationKey, QPointF lonLat, const QVector<Place>& places)
{
    if (!locationKey.isEmpty())
        for (const Place& p : places)
            if (p.id == locationKey)
                return &p;
    for (const Place& p : places)
        if (std::abs(p.lonLat.x() - lonLat.x()) < 1e-5 && std::abs(p.lonLat.y() - lonLat.y()) < 1e-5)
            return &p;
    return nullptr;
}

} // namespace

PostLabels postMapLabels(const QVariantMap& row, QPointF lonLat, const QVector<Place>& places)
{
    const QString number = row.value(QStringLiteral("sohr_no")).toString();
    // "Saraqib (4 installations N, S, E, W of the town)" -> "Saraqib"
    const QString ownName = row.value(QStringLiteral("name")).toString().section(QLatin1String(" ("), 0, 0);
    const Place* settlement = settlementOf(row.value(QStringLiteral("location_key")).toString(), lonLat, places);
    auto label = [&](Language lang, const QString& name) {
        return QStringLiteral("%1 %2 %3").arg(postAbbreviation(lang), number, name);
    };
    PostLabels labels;
    labels.en = label(Language::English, ownName);
    if (!settlement) {
        labels.fr = label(Language::French, ownName);
        labels.ar = label(Language::Arabic, ownName);
        return labels;
    }
    labels.fr = label(Language::French, settlement->name(Language::French));
    labels.ar = label(Language::Arabic, settlement->name(Language::Arabic));
    return labels;
}

} // namespace geo
