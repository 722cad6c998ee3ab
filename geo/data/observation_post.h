#pragma once
// A Turkish observation post as listed by the sources. Many have no known location: they are listed, never
// drawn.

#include <QPointF>
#include <QString>

#include <optional>

namespace geo {

struct ObservationPost {
    int number = 0; // SOHR numbering, 1-12 = the original Astana posts
    QString name;
    bool originalTwelve = false;
    QString established;           // as the sources give it ("2017-10", "before 2018-02-15")
    std::optional<QPointF> lonLat; // the settlement point it is named after (approximate), if any
    QString geometryQuality;       // what the point means, from the data
    QString notes;
    QString sources; // source keys and URLs
};

} // namespace geo
