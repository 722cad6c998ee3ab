#pragma once
// Turns the bundled place files (resources/geodata/places) into one list of places for the gazetteer.
//
// Order: the 31 curated key towns first, then OpenStreetMap settlements, then GeoNames places.
// - Key town: id = its key, keyTown = true, names from name_en / name_fr / name_ar, name_tr and the attested
//   variants (source tags in parentheses removed), source = its coord_source. Kind: city for a governorate
//   seat (Aleppo, Damascus, Homs, Hama, Latakia, Idlib) or a population of 100,000 or more, else town.
// - OSM settlement: id "osm:<osm_id>" ("osm:node/571193060"); nameAr from `name` (when it is in Arabic
// script),
//   nameEn from `name_en`, `name_latin` as a variant when different; kind from `place`.
// - GeoNames place: id "geonames:<geonameid>", or "geonames:<lon>,<lat>" when the geonameid is null; kind
// from
//   the population (>= 100,000 city, >= 10,000 town, else village).
// Merges, so that one settlement is listed once:
// - an OSM or GeoNames place within mergeDistanceMetres of a key town and either sharing a name key with it
//   (folded name or consonant skeleton, see name_folding.h), or named by the key town itself (its
//   coord_source names that OSM node, its geonameid is that GeoNames id), is merged into the key town: its
//   names become variants, its population fills the key town's;
// - a GeoNames place within mergeDistanceMetres of an OSM settlement sharing a name key is merged into it:
// the
//   OSM id and point are kept, the GeoNames population and names are added, and the kind is raised when the
//   population says the place is bigger than its OSM place tag does.
// Coordinates are never computed: every point is the point of one feature of the files.
// Arabic names added by Frontline (resources/geodata/names, see its SOURCES.md): loadBundledPlaces() then gives
// a place with no Arabic name that stands on the point of a row of that table (the GeoNames record it comes
// from, within arabicNamePointTolerance degrees) the row's name_ar, and its ar_variants as variants (see
// addArabicNames). A place that already has an Arabic name keeps it.

#include "geo/core/place.h"

#include <QString>
#include <QVector>

namespace geo {

inline constexpr double mergeDistanceMetres = 1500.0;
inline constexpr double arabicNamePointTolerance = 0.00002; // degrees: the same GeoNames point, written to 5 places

struct PlaceFiles {
    QString keyTowns;
    QString osm;
    QString geonames;

    // The Qt resources built into the application.
    static PlaceFiles bundled();
};

// Reads the three files of FILES and merges them as described above. On failure returns an empty list and
// sets *error (when given) to a message naming the file at fault.
QVector<Place> loadPlaces(const PlaceFiles& files, QString* error);

// Fills the empty Arabic names of PLACES from the table at PATH (CSV: lon, lat, name_ar, ar_variants), as
// described above. False, with *error naming the file, when it cannot be read or a row lacks its point or an
// Arabic name_ar.
bool addArabicNames(QVector<Place>* places, const QString& path, QString* error);

// The bundled table of Arabic names (resources/geodata/names/arabic_names_geonames.csv).
QString bundledArabicNamesFile();

// loadPlaces(PlaceFiles::bundled(), error), then addArabicNames(bundledArabicNamesFile()).
QVector<Place> loadBundledPlaces(QString* error);

} // namespace geo
