#pragma once
// Control areas and front lines DERIVED from the controllers of towns on one date (docs/control-rules.md).
// They are a reading aid, not a surveyed front line: nothing in them is known beyond the towns they come
// from. Together the areas cover all the land in focus: every bit of it belongs to a side, is contested, or
// has no claim on the date (an area of Controller::Unknown).
//
// Method:
//  1. the sites are the places of the snapshot with a known controller (not `unknown`) that the entity catalog
//     locates (the claimed towns), and the key towns, cities and towns of the catalog's gazetteer with no claim
//     on the date (villages and hamlets are no sites: they lie in the cell of their nearest town); a town with
//     no claim within 1 km of a claimed place is the same settlement and no site;
//  2. the sites are projected to UTM zone 37N (EPSG:32637), so that distances are metres, not degrees;
//  3. the Voronoi diagram of all the sites (GEOS) gives each site the cell of land nearer to it than to any other
//     site; claimed towns at the same point (within 1 m) share one cell, contested when their controllers differ;
//  4. each claimed cell is capped to a disc of AreaOptions::maxRadiusKm around its town (a claim says nothing
//     about land farther away);
//  5. the capped claimed cells are dissolved (union) by controller, and clipped to the land (the Syria polygon of
//     the Digital Chart of the World) and to the governorates in focus (OCHA ADM1: Idleb SY07, Aleppo SY02, Hama
//     SY05, Lattakia SY06);
//  6. the rest of that land (the cells of the towns with no claim, and what lies beyond the caps) is the area
//     with no claim on the date;
//  7. the areas go back to EPSG:4326 (longitude, latitude).
// Front lines are the shared boundaries between a government area and an opposition, HTS or Turkish area
// (contested areas and the land with no claim have none): the government area's boundary within 1 m of the other
// area, merged into lines, keeping the lines longer than AreaOptions::minFrontLineKm.

#include "geo/control/control_snapshot.h"
#include "geo/data/entity_catalog.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace geo {

struct AreaOptions {
    double maxRadiusKm = 15.0;   // cap of each claimed town's cell
    double minFrontLineKm = 0.1; // shorter pieces of shared boundary are dropped
    QStringList governorates{QStringLiteral("SY07"), QStringLiteral("SY02"), QStringLiteral("SY05"),
                             QStringLiteral("SY06")}; // OCHA ADM1 pcodes in focus
    // The land polygons (the feature with iso2 "SY" is used) and the governorates (by ADM1_PCODE).
    QString landPath = QStringLiteral(":/geodata/boundaries/dcw_countries_nw.geojson");
    QString governoratesPath = QStringLiteral(":/geodata/boundaries/syr_adm1_ocha.geojson");
};

struct DerivedControl {
    // At most one per controller, sorted by controller; the last, Controller::Unknown, is the land with no claim
    // (its placeIds are the towns with no claim).
    QVector<ControlArea> areas;
    QVector<Geometry> frontLines; // line strings, EPSG:4326
    int townCount = 0;            // claimed towns that took part (known controller, located)
    int unclaimedCount = 0;       // towns with no claim that took part
    QString note;                 // controlAreasNote(townCount, options, unclaimedCount)
};

// Derives the areas and front lines of SNAPSHOT. A snapshot with no claimed town gives no areas. Returns nothing and
// sets *error when the boundary files cannot be read or the geometry operations fail.
std::optional<DerivedControl> deriveControl(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                            const AreaOptions& options, QString* error);

// The areas of deriveControl (empty, with *error set, on failure).
QVector<ControlArea> deriveControlAreas(const ControlSnapshot& snapshot, const EntityCatalog& catalog,
                                        const AreaOptions& options, QString* error);

// Fills snapshot->areas, frontLines and areasNote. On failure they are left empty and *error is set.
bool addControlAreas(ControlSnapshot* snapshot, const EntityCatalog& catalog, const AreaOptions& options,
                     QString* error);

// What the areas are and are not, for a legend: "Derived: Voronoi of 12 claimed towns and 80 towns with no
// claim, claims capped at 15 km; not a surveyed front line".
QString controlAreasNote(int townCount, const AreaOptions& options, int unclaimedCount = 0);

// Whether a front line runs between areas of these controllers: government against opposition, HTS or Turkey.
bool opposingSides(Controller a, Controller b);

} // namespace geo
