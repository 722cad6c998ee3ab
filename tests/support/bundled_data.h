// The bundled data (places, entity catalog, map), loaded once per test process and only read by the suites.
#pragma once

#include "geo/data/entity_catalog.h"
#include "geo/data/map_data.h"
#include "geo/data/map_data_loader.h"

#include <QString>
#include <QVector>

#include <memory>

namespace frontline::test {

// Each returns null (or an empty list) when the bundle does not load and says why in *ERROR; the caller
// QVERIFY2s the result, so a broken bundle fails the suite's initTestCase, never a later slot.
QVector<geo::Place> bundledPlaces(QString* error);
std::shared_ptr<const geo::EntityCatalog> bundledCatalog(QString* error);
std::shared_ptr<const geo::MapData> bundledMap(geo::DisplayCrs crs, QString* error);

} // namespace frontline::test
