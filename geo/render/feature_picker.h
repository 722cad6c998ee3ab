#pragma once
// What is under a screen point: the topmost visible feature, as drawn by MapRenderer with the same settings.

#include "geo/data/map_data.h"
#include "geo/render/render_settings.h"

#include <optional>

namespace geo {

struct PickedFeature {
    std::shared_ptr<const MapLayer> layer;
    int featureIndex = -1;
    const MapFeature& feature() const { return layer->features.at(featureIndex); }
};

// The point marker within TOLERANCE pixels of SCREENPOS where it is drawn (a post beside its village), else the
// line within TOLERANCE, else the polygon containing it; top layer first within each.
std::optional<PickedFeature> pickFeature(const MapData& data, const RenderSettings& settings, QPointF screenPos,
                                         double tolerance = 6.0);

} // namespace geo
