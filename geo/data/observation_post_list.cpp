#include "geo/data/observation_post_list.h"

#include "geo/data/vector_source.h"

#include <algorithm>

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

} // namespace geo
