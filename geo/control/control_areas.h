#pragma once
// Control areas and front lines DERIVED from the controllers of towns on one date (docs/control-rules.md).
// They are a reading aid, not a surveyed front line: nothing in them is known beyond the towns they come
// from.
//
// Method, for the places of a snapshot whose controller is known (not `unknown`) and that the entity catalog
// can locate:
//  1. the towns are projected to UTM zone 37N (EPSG:32637), so that distances are metres, not degrees;
//  2. the Voronoi diagram of the towns (GEOS) gives each town the cell of land nearer to it than to any other
//     town; towns at the same point (within 1 m) share one cell, contested when their controllers differ;
//  3. each cell is capped to a disc of AreaOptions::maxRadiusKm around its town (a town says nothing about
//     land farther away);
//  4. the capped cells are dissolved (union) by controller, and clipped to the land (the Syria polygon of the
//     Digital Chart of the World) and to the governorates in focus (OCHA ADM1: Idleb SY07, Aleppo SY02, Hama
//     SY05, Lattakia SY06);
//  5. the areas go back to EPSG:4326 (longitude, latitude).
// Front lines are the shared boundaries between a government area and an opposition, HTS or Turkish area
// (contested areas have none): the government area's boundary within 1 m of the other area, merged into
// lines, keeping the lines longer than AreaOptions::minFrontLineKm.

#include "geo/control/control_snapshot.h"
#include "geo/data/entity_catalog.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace geo {

struct AreaOptions {
    double maxRadiusKm = 15.0;   // cap of each town's cell
    double minFrontLineKm = 0.1; // shorter pieces of shared boundary are dropped
    QStringList governorates{QStringLiteral("SY07"), QStringLiteral("SY02"), QStringLiteral("SY05"),
                             QStringLiteral("SY06")}; // OCHA ADM1 pcodes in focus
    // The land polygons (the feature with iso2 "SY" is used) and the governorates (by ADM1_PCODE).
    QString landPath = QStringLiteral(":/geodata/boundaries/dcw_countries_nw.geojson");
    QString governoratesPath = QStringLiteral(":/geodata/boundaries/syr_adm1_ocha.geojson");
};

struct DerivedControl {
    QVector<ControlArea> areas;   // at most one per controller, sorted by controller
    QVector<Geometry> frontLines; // line strings, EPSG:4326
    int townCount = 0;            // towns that took part (known controller, located)
    QString note;                 // controlAreasNote(townCount, options)
};

// Derives the areas and front lines of SNAPSHOT. An empty snapshot gives no areas. Returns nothing and sets
// *error when the boundary files cannot be read or the geometry operations fail.
std::optional<DerivedControl> deriveControl(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                            const AreaOptions& options, QString* error);

// The areas of deriveControl (empty, with *error set, on failure).
QVector<ControlArea> deriveControlAreas(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                        const AreaOptions& options, QString* error);

// Fills snapshot->areas, frontLines and areasNote. On failure they are left empty and *error is set.
bool addControlAreas(ControlSnapshot* snapshot, const EntityCatalog& catalog, const AreaOptions& options,
                     QString* error);

// What the areas are and are not, for a legend: "Derived: Voronoi of 12 towns, capped at 15 km; not a
// surveyed front line".
QString controlAreasNote(int townCount, const AreaOptions& options);

// Whether a front line runs between areas of these controllers: government against opposition, HTS or Turkey.
bool opposingSides(Controller a, Controller b);

} // namespace geo
