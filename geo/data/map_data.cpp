#include "geo/data/map_data.h"

#include <algorithm>

namespace geo {

QString layerRoleName(LayerRole role)
{
    switch (role) {
    case LayerRole::Land: return QStringLiteral("land");
    case LayerRole::Governorates: return QStringLiteral("governorates");
    case LayerRole::Districts: return QStringLiteral("districts");
    case LayerRole::Rivers: return QStringLiteral("rivers");
    case LayerRole::Shoreline: return QStringLiteral("shoreline");
    case LayerRole::Border: return QStringLiteral("border");
    case LayerRole::Highways: return QStringLiteral("highways");
    case LayerRole::Places: return QStringLiteral("places");
    case LayerRole::Posts: return QStringLiteral("posts");
    case LayerRole::User: return QStringLiteral("user");
    }
    return {};
}

std::shared_ptr<const MapLayer> MapData::layer(const QString& id) const
{
    const auto it = std::find_if(layers.cbegin(), layers.cend(), [&id](const auto& l) { return l->id == id; });
    return it == layers.cend() ? nullptr : *it;
}

std::shared_ptr<const MapLayer> MapData::layerOf(LayerRole role) const
{
    const auto it = std::find_if(layers.cbegin(), layers.cend(), [role](const auto& l) { return l->role == role; });
    return it == layers.cend() ? nullptr : *it;
}

std::shared_ptr<const MapData> MapData::withLayer(std::shared_ptr<const MapLayer> newLayer) const
{
    auto copy = std::make_shared<MapData>(*this);
    for (auto& l : copy->layers) {
        if (l->id == newLayer->id) {
            l = std::move(newLayer);
            return copy;
        }
    }
    copy->layers.append(std::move(newLayer));
    return copy;
}

} // namespace geo
