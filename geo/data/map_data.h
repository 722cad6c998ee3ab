#pragma once
// Everything the renderer draws, reprojected once to one display CRS. Built on a worker thread, then shared
// read-only (std::shared_ptr<const MapData>) with the GUI and render threads.

#include "geo/data/map_layer.h"
#include "geo/data/observation_post.h"
#include "geo/core/place.h"
#include "geo/core/projector.h"

#include <memory>

namespace geo {

struct MapData {
    DisplayCrs crs = DisplayCrs::WebMercator;
    QVector<std::shared_ptr<const MapLayer>> layers; // bottom to top
    QVector<Place> places;                           // the gazetteer's places
    QVector<ObservationPost> posts;                  // all posts, located or not
    QRectF extent;                                   // display CRS, union of the bundled layers
    QString attribution;

    std::shared_ptr<const MapLayer> layer(const QString& id) const;
    // The lowest layer of ROLE: the bundled one, since opened layers go on top. Null when there is none.
    std::shared_ptr<const MapLayer> layerOf(LayerRole role) const;
    // A copy with LAYER added on top (or replacing the layer with the same id).
    std::shared_ptr<const MapData> withLayer(std::shared_ptr<const MapLayer> layer) const;
};

} // namespace geo
