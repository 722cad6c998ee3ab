#pragma once
// Claims about an area rather than a town (format 1.1): "more than half of the province is dominated by HTS" is
// a claim about the Idleb governorate (OCHA pcode SY07), or about a polygon the article draws. They are less
// precise than a town's claim: the map shows them under the town-level control, lighter, and says so.
// Which one holds on a date follows the town rules' core: the latest effective date on or before the day wins,
// a retracted or "unknown" claim does not count, and the strongest status decides among claims of that day.

#include "geo/articles/article.h"
#include "geo/core/geometry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace geo {

struct MapData;

struct AreaClaim {
    QString articleId;
    QString annotationId;
    QString pcode;          // OCHA pcode of a governorate ("SY07") or a district ("SY0700"); empty for a polygon
    Geometry polygonLonLat; // the article's own polygon (EPSG:4326) when it draws one
    Controller controller = Controller::Unknown;
    ClaimStatus status = ClaimStatus::Claimed;
    QDate date; // effective date (the end of its month or interval)
    bool approximate = false;
    QString claimant;
    QString quote;
    QString sentence;

    // What the claim is about, for grouping: "pcode:SY07" or "polygon:ARTICLE#ANNOTATION".
    QString areaKey() const;
    bool isGovernorate() const { return pcode.size() == 4; }
};

// Every claim of ARTICLES that is about an area (a pcode or a polygon) rather than a place.
QList<AreaClaim> areaClaims(const QList<Article>& articles);
// Per area, the claim that holds on DATE (see the header comment); areas with none are left out.
QList<AreaClaim> areaClaimsOn(const QList<AreaClaim>& claims, QDate date);

// The area's outline in DATA's display CRS: the governorate or district feature of that pcode, or the claim's own
// polygon projected. Empty when the pcode is not in the data.
Geometry areaGeometry(const AreaClaim& claim, const MapData& data);

} // namespace geo
