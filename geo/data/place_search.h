#pragma once
// Suggestions for the place search box: every place whose name starts with what was typed (or has a word that
// does), the important places first, each with its district and governorate.
//
// Ranking, in this order:
//  1. how the name matches: the whole folded name > the start of the name > the start of one of its words >
//     a loose match of the gazetteer (consonant skeleton, from four letters on);
//  2. cities first, wherever they are;
//  3. then places in the focus governorate (Idleb, SY07) before places elsewhere;
//  4. then the bigger kind (town > village > hamlet), key towns before others, the bigger population, and the
//     name in alphabetical order.
// Districts and governorates come from the administrative boundaries (the map's Districts layer, OCHA): a place
// lies in the district whose polygon holds its point; places outside every polygon have none.
// A built PlaceSearch is immutable; its const functions may run on several threads.

#include "geo/core/place.h"
#include "geo/core/projector.h"
#include "geo/data/gazetteer.h"

#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QVector>

#include <memory>

namespace geo {

struct MapData;

// An administrative area: a district and the governorate it belongs to.
struct AdminArea {
    QString districtEn, districtAr;
    QString governorateEn, governorateAr;
    QString districtPcode;    // "SY0700"
    QString governoratePcode; // "SY07"
    QPainterPath path;        // the district's outline, in the CRS the search was built with

    bool isEmpty() const { return districtEn.isEmpty() && governorateEn.isEmpty(); }
};

enum class SuggestionTier { Loose = 1, WordPrefix = 2, Prefix = 3, Exact = 4 };

struct PlaceSuggestion {
    const Place* place = nullptr; // owned by the gazetteer the search was built on
    QString matchedName;          // the name or variant that matched, as written in the source
    SuggestionTier tier = SuggestionTier::Loose;
    const AdminArea* area = nullptr; // null when the place lies in no known district
};

class PlaceSearch {
public:
    // The governorate whose places come first (Idleb).
    static inline const QString focusGovernoratePcode = QStringLiteral("SY07");

    PlaceSearch() = default;
    // AREAS: outlines in CRS; the places' points are projected to CRS to find their district.
    PlaceSearch(std::shared_ptr<const Gazetteer> gazetteer, QVector<AdminArea> areas, DisplayCrs crs);
    // The districts of DATA's Districts layer (names and pcodes from its OCHA attributes), in DATA's CRS.
    static QVector<AdminArea> districtsOf(const MapData& data);

    // Up to LIMIT places for QUERY, best first, one per place. Empty for an empty query.
    QVector<PlaceSuggestion> suggest(const QString& query, int limit = 12) const;
    // The district of the place with ID, or null.
    const AdminArea* areaOf(const QString& placeId) const;
    const Gazetteer* gazetteer() const { return m_gazetteer.get(); }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    QVector<AdminArea> m_areas;
    QVector<int> m_areaOfPlace;         // per gazetteer index: index in m_areas, or -1
    QVector<QStringList> m_foldedNames; // per gazetteer index: folded allNames(), same order
    QHash<QString, int> m_indexById;
};

} // namespace geo
