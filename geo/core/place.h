#pragma once
// A gazetteer entry: one real place with its names. Coordinates come from the bundled gazetteers (GeoNames,
// OpenStreetMap), EPSG:4326, longitude first.

#include <QPointF>
#include <QString>
#include <QStringList>

namespace geo {

enum class PlaceKind { City, Town, Village, Hamlet, Post };

QString placeKindName(PlaceKind kind); // "city", "town", ...
int placeKindRank(PlaceKind kind);     // the bigger kind the higher: city 4, town 3, village 2, hamlet 1, post 0

enum class Language { French, English, Arabic };

QString languageCode(Language lang); // "fr", "en", "ar"
// The French, English or Arabic form, as LANG asks.
QString byLanguage(Language lang, const QString& fr, const QString& en, const QString& ar);

struct Place {
    QString id; // stable: a key-town key ("saraqib"), "osm:node/571193060" or "geonames:<lon>,<lat>"
    PlaceKind kind = PlaceKind::Village;
    QPointF lonLat; // EPSG:4326
    QString nameEn;
    QString nameFr; // empty when no French form is attested
    QString nameAr;
    QStringList variants; // other attested spellings, source tags removed
    QString source;       // where the point and names come from
    int population = 0;   // 0 = unknown
    bool keyTown = false; // in the curated key-town list (the 2019-2020 front, the highways, the posts)

    // The name to show in LANG, falling back to English, then to whatever name exists.
    QString name(Language lang) const;
    // Every name and variant, for search.
    QStringList allNames() const;
};

} // namespace geo
