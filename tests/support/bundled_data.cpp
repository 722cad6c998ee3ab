#include "bundled_data.h"

#include "geo/data/place_catalog.h"

#include <QHash>

namespace frontline::test {

// Test processes run their slots on one thread, so plain function-local caches suffice.

QVector<geo::Place> bundledPlaces(QString* error)
{
    static QVector<geo::Place> places;
    static QString failure;
    if (places.isEmpty() && failure.isEmpty()) {
        places = geo::loadBundledPlaces(&failure);
        if (places.isEmpty() && failure.isEmpty())
            failure = QStringLiteral("the bundled place files hold no place");
    }
    *error = failure;
    return places;
}

std::shared_ptr<const geo::EntityCatalog> bundledCatalog(QString* error)
{
    static std::shared_ptr<const geo::EntityCatalog> catalog;
    if (catalog)
        return catalog;
    const QVector<geo::Place> places = bundledPlaces(error);
    if (places.isEmpty())
        return nullptr;
    auto loaded = geo::EntityCatalog::loadBundled(places, error);
    if (!loaded)
        return nullptr;
    catalog = std::make_shared<const geo::EntityCatalog>(std::move(*loaded));
    return catalog;
}

std::shared_ptr<const geo::MapData> bundledMap(geo::DisplayCrs crs, QString* error)
{
    static QHash<int, std::shared_ptr<const geo::MapData>> maps; // by CRS
    auto& map = maps[int(crs)];
    if (!map)
        map = geo::loadBundledMap(crs, error);
    return map;
}

} // namespace frontline::test
