#pragma once
// What is under a screen point: the topmost visible feature, as drawn by MapRenderer with the same settings.

#include "geo/control/area_claims.h"
#include "geo/data/map_data.h"
#include "geo/render/render_settings.h"

#include <optional>

namespace geo {

struct PickedFeature {
    PickedFeature() = default;
    PickedFeature(std::shared_ptr<const MapLayer> pickedLayer, int index)
        : layer(std::move(pickedLayer)), featureIndex(index)
    {
    }
    std::shared_ptr<const MapLayer> layer;
    int featureIndex = -1; // in LAYER's features; -1 with READFEATURE
    // A feature of an indexed layer (MapLayer::index, whose FEATURES is empty), read from its file for this pick:
    // its attributes and kind, its "name" as its labels.
    std::shared_ptr<const MapFeature> readFeature;
    // The claims about a whole area (format 1.1) drawn under the point on the settings' date, if any.
    QList<AreaClaim> areaClaims;
    const MapFeature& feature() const { return readFeature ? *readFeature : layer->features.at(featureIndex); }
};

// Whether a pick may read the files of indexed layers (a click) or keeps to the layers in memory (a hover, which
// comes with every move of the pointer).
enum class PickReach { WithFiles, InMemory };

// The point marker within TOLERANCE pixels of SCREENPOS where it is drawn (a post beside its village), else the
// line within TOLERANCE, else the polygon containing it; top layer first within each. With it, the area claims
// drawn under SCREENPOS.
std::optional<PickedFeature> pickFeature(const MapData& data, const RenderSettings& settings, QPointF screenPos,
                                         double tolerance = 6.0, PickReach reach = PickReach::WithFiles);

} // namespace geo
