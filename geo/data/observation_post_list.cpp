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
        post.number = a.value("sohr_no").toString().toInt(&ok);
        if (!ok) {
            if (error)
                *error = QStringLiteral("%1, row %2: sohr_no \"%3\" is not a number")
                             .arg(path)
                             .arg(r.fid)
                             .arg(a.value("sohr_no").toString());
            return {};
        }
        post.name = a.value("name").toString();
        post.originalTwelve = a.value("original_astana_12").toString().compare("true", Qt::CaseInsensitive) == 0;
        post.established = a.value("established").toString();
        bool okLon = false, okLat = false;
        const double lon = a.value("lon").toString().toDouble(&okLon);
        const double lat = a.value("lat").toString().toDouble(&okLat);
        if (okLon && okLat)
            post.lonLat = QPointF(lon, lat);
        post.geometryQuality = a.value("geometry_quality").toString();
        post.notes = a.value("notes").toString();
        post.sources = a.value("sources").toString();
        posts.append(post);
    }
    std::sort(posts.begin(), posts.end(), [](const auto& x, const auto& y) { return x.number < y.number; });
    return posts;
}

} // namespace geo
