#pragma once
// The events of the annotated articles (format 1.1) that hold on a date, and the corridor along a road: the
// agreements and ceasefires from their effective date, the security corridors along a highway (the M4 corridor of
// the 5 March 2020 protocol, 6 km each side of the road), and the events at a place (joint patrols,
// reinforcements, shelling, air strikes) on the days their date covers. Plain values; the geometry of a corridor
// is computed from the road line the map data holds (schematic or real), never written by hand.

#include "geo/articles/article.h"
#include "geo/core/geometry.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace geo {

class EntityCatalog;
struct MapData;

// What the map draws for an event: its symbol and legend row.
enum class MapEventKind { Agreement, Ceasefire, Corridor, JointPatrol, Reinforcement, Shelling, AirStrike, Other };

struct DatedEvent {
    QString articleId;
    QString annotationId;
    MapEventKind kind = MapEventKind::Other;
    QString eventType;    // as written (ACLED's vocabulary where it fits): "Strategic developments"
    QString subEventType; // "Agreement", "Shelling/artillery/missile attack", "Air/drone strike" ...
    // The days it holds: from FROM to TO inclusive; an open TO (invalid) holds from FROM on. Agreements,
    // ceasefires and corridors hold from their effective date on; the others on the days their date covers.
    QDate from;
    QDate to;
    bool approximate = false;
    QString place; // the entity where it happened (events at a place)
    // Where to draw it (EPSG:4326): the annotation's own point, else its place's (a town, a located post, a local
    // entity with a point); none for an event "at" a whole governorate, which the articles panel lists undrawn.
    std::optional<QPointF> lonLat;
    QString road;               // "road:M4" for a corridor
    double halfWidthMetres = 0; // a corridor's width on each side of the road
    QString quote;              // the annotated words
    QString sentence;           // the sentence around them

    bool holdsOn(QDate date) const;
    // The highway's reference of a corridor: "M4" for "road:M4" (empty otherwise).
    QString roadRef() const;
};

// The map kind of an event from its ACLED event and sub-event types (case-insensitive): "Agreement" →
// Agreement, "ceasefire" → Ceasefire, "corridor" → Corridor, "joint patrol" → JointPatrol,
// "reinforcement"/"Headquarters or base established"/"Non-violent transfer of territory" → Reinforcement,
// "Shelling/artillery/missile attack" → Shelling, "Air/drone strike" → AirStrike.
MapEventKind mapEventKind(const QString& eventType, const QString& subEventType);
// A stable name for a kind: "agreement", "ceasefire", "corridor", "joint-patrol", "reinforcement",
// "shelling", "air-strike", "other".
QString mapEventKindName(MapEventKind kind);

// Every event annotation of ARTICLES (format 1.1, kind "event"), located with CATALOG or the article's own
// entities (an event at a place takes the place's point when the annotation has no point of its own). An
// "Agreement" whose annotated words or notes say cease-fire (cessez-le-feu, وقف إطلاق النار, truce) is a Ceasefire.
QList<DatedEvent> datedEvents(const QList<Article>& articles, const EntityCatalog& catalog);
// Those of EVENTS that hold on DATE, in the order given; of the agreements and ceasefires only the latest in force
// (a later one replaces it), of the corridors along one road only the latest.
QList<DatedEvent> eventsOn(const QList<DatedEvent>& events, QDate date);

// The line of highway REF (e.g. "M4") in DATA, EPSG:4326: the topmost highway layer that has it (a real line the
// user opened is above the bundled schematic one). Empty when no layer has it; *SCHEMATIC (when given) says
// whether the line is the schematic one through the towns the road serves.
Geometry roadLineLonLat(const MapData& data, const QString& ref, bool* schematic = nullptr);

// The band HALFWIDTHMETRES on each side of LINELONLAT (EPSG:4326), buffered with GEOS in metres (UTM zone 37N)
// and returned as polygons in EPSG:4326. Empty, with *ERROR set, when the line is empty or GEOS fails.
Geometry corridorAround(const Geometry& lineLonLat, double halfWidthMetres, QString* error = nullptr);

} // namespace geo
