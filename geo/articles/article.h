#pragma once
// An annotated article: a news text with its annotations (places, roads, posts, areas, borders, actors,
// figures and dated control claims), each anchored to the words it comes from. Read from the GeoJSON format
// described in docs/article-format.md by ArticleReader. Plain values: copy them freely between threads.

#include "geo/core/geometry.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace geo {

enum class AnnotationKind { Place, Road, Post, Area, Border, Actor, Figure, Claim, Event /* 1.1 */ };
enum class ClaimStatus { Claimed, Assessed, Disputed, Retracted };
enum class Controller { Government, Opposition, Hts, Turkey, Contested, Unknown };
enum class ArticleKind { Article, Summary };
// What happened to a Turkish observation post, as a post annotation's sub_event_type says ("post set up",
// "post encircled", "post withdrawn").
enum class PostEvent { SetUp, Encircled, Withdrawn };
// Format 1.1. What a claim is about ("claim_scope"): a place (a town: the default), or an area (a governorate or
// district by its pcode, or a drawn polygon), which the map shows with a lower precision.
enum class ClaimScope { Place, Area };
// Format 1.1. How a date is known besides its span ("~" and ".." in the written form, see DateSpan).
enum class DateQualifier { None, About, OnOrBefore };
// Format 1.1. The kind of an entity the article defines ("entities"): a place outside the gazetteer, or
// something else with a name (an agreement, an operation) that an event annotation may name.
enum class EntityKind { Place, Other };
// Format 1.1. The kind of an actor the article defines ("actors"), after ACLED's actor types.
enum class ActorKind { Media, State, StateForces, ArmedGroup, Organisation, Person, Other };

// Names as written in the file ("place", "claimed", "government", "article"); parsing is exact (lower case).
QString annotationKindName(AnnotationKind kind);
std::optional<AnnotationKind> annotationKindFromName(const QString& name);
QStringList annotationKindNames();
QString claimStatusName(ClaimStatus status);
std::optional<ClaimStatus> claimStatusFromName(const QString& name);
QStringList claimStatusNames();
QString controllerName(Controller controller);
std::optional<Controller> controllerFromName(const QString& name);
QStringList controllerNames();
QString articleKindName(ArticleKind kind);
std::optional<ArticleKind> articleKindFromName(const QString& name);
QStringList articleKindNames();
QString postEventName(PostEvent event);
std::optional<PostEvent> postEventFromName(const QString& name);
QStringList postEventNames();
// The values of an annotation's "origin" (format 1.1): "suggested" (proposed by the tool, not checked by a
// person) and "accepted" (proposed by the tool and accepted by a person). No origin: written by a person.
QStringList annotationOriginNames();
QString claimScopeName(ClaimScope scope);
std::optional<ClaimScope> claimScopeFromName(const QString& name);
QStringList claimScopeNames();
QString entityKindName(EntityKind kind);
std::optional<EntityKind> entityKindFromName(const QString& name);
QStringList entityKindNames();
QString actorKindName(ActorKind kind);
std::optional<ActorKind> actorKindFromName(const QString& name);
QStringList actorKindNames();
// Format 1.1: the event types of an event annotation ("event_type"): ACLED's six.
QStringList eventTypeNames();
// The sub-event types an event of EVENTTYPE may have: ACLED's, and for "Strategic developments" Frontline's
// additions "Security corridor", "Joint patrol" and "Reinforcement" (empty for an unknown event type).
QStringList eventSubTypeNames(const QString& eventType);
// The event type a sub-event type belongs to; empty when it is none of eventSubTypeNames.
QString eventTypeOfSubType(const QString& subEventType);

// A date as the format writes it: a day "2020-02-08", a month "2020-01" or an interval "FROM/TO" of days or
// months; format 1.1 adds a year "2012" (also as an end of an interval), "about" a day, month or year with a
// trailing "~" ("2020-02-06~", ISO 8601-2 approximate) and "on or before" a day, month or year with an open start
// "../2020-02-08" (ISO 8601-2 open interval). from/to are the first and last day covered (both invalid when the
// text is not such a date); for an open start, from is the same as to and the qualifier says it is open.
struct DateSpan {
    QDate from;
    QDate to;
    DateQualifier qualifier = DateQualifier::None;
    bool isValid() const { return from.isValid() && to.isValid(); }
    bool isSingleDay() const { return isValid() && from == to && qualifier == DateQualifier::None; }
    // Several days, or a qualified date: shown as approximate.
    bool isApproximate() const { return isValid() && (from != to || qualifier != DateQualifier::None); }
};

// Format 1.1: an entity outside the gazetteer, defined in the article's top-level "entities" list.
struct LocalEntity {
    QString id; // "local:moscow"
    EntityKind kind = EntityKind::Place;
    QMap<QString, QString> names; // language tag ("fr", "en", "ar") -> name; at least one
    std::optional<QPointF> point; // lon/lat (EPSG:4326); drawn only when given
    QString source;
    QString notes;
    // The name in LANGUAGE, else in English, else the first one.
    QString name(const QString& language) const;
};

// Format 1.1: an actor the article adds to resources/articles/actors.json, from its top-level "actors" list.
// Annotations point at it as "actor:<id>", as at the actors of actors.json.
struct ArticleActor {
    QString id; // "reuters", written without "actor:" as in actors.json
    ActorKind kind = ActorKind::Other;
    QMap<QString, QString> names; // language tag -> name; at least one
    QStringList variants;
    QString role;
    std::optional<Controller> controller; // the side its forces count for, where that applies
    QString notes;
    QString entityId() const { return QStringLiteral("actor:") + id; }
    QString name(const QString& language) const;
};

struct Annotation {
    QString id;
    AnnotationKind kind = AnnotationKind::Place;

    // Where it is in the text: the selector as written, and the range it anchored to (code points).
    QString quote;
    QString prefix;
    QString suffix;
    qsizetype start = -1; // as written; -1 when absent
    qsizetype end = -1;
    qsizetype anchorStart = -1;
    qsizetype anchorEnd = -1;

    QString entity;    // "saraqib", "road:M5", "post:7", "area:SY07", "border:SY-TR", "actor:sana", "figure"
    Geometry geometry; // usually empty: the gazetteer locates the entity

    // Figures.
    std::optional<double> value;
    QString unit;

    // Claims (ACLED-style event fields). Posts may carry the dates and a sub_event_type of PostEvent too.
    QString eventDate; // as written
    QDate eventDateFrom;
    QDate eventDateTo;
    bool approximateDate = false; // a month, an interval or a qualified date, or time_precision 2 or 3
    DateQualifier dateQualifier = DateQualifier::None; // 1.1: "~" (about) or ".." (on or before) in event_date
    int timePrecision = 0;                             // 1 day, 2 week, 3 month; 0 when not given
    QString dateNote;
    QString subEventType;
    QString place;
    std::optional<Controller> controller;
    std::optional<Controller> previousController;
    QString claimant;
    std::optional<ClaimStatus> claimStatus;

    // Format 1.1, claims: what the claim is about ("claim_scope"; Area: "place" is an "area:<pcode>" id or the
    // geometry is a polygon), the share of the area the controller holds ("area_share", percent), and the
    // claimant as an actor id ("claimant_actor": "actor:state-tv"), on claims and events.
    ClaimScope claimScope = ClaimScope::Place;
    std::optional<double> areaShare;
    QString claimantActor;

    // Format 1.1, events (kind Event): the ACLED event type ("event_type"; the sub-event type is subEventType),
    // the day an agreement takes effect ("effective_date", as written and parsed), a corridor or patrol along a
    // road ("road": "road:M4", "width_km": the whole width across the road, "from_place"/"to_place": its ends),
    // and the actors involved ("actors": "actor:..." ids). An event's place is "place".
    QString eventType;
    QString effectiveDateText;
    DateSpan effectiveSpan;
    QString road;
    std::optional<double> widthKm;
    QString fromPlace;
    QString toPlace;
    QStringList actors;

    int geoPrecision = 0; // 1 exact place, 2 near it, 3 the region; 0 when not given
    QString source;
    QString notes;
    // Format 1.1: who wrote the annotation. Empty: a person; "suggested": the tool, not checked by a person;
    // "accepted": the tool, accepted by a person (see annotationOriginNames()).
    QString origin;

    bool isAnchored() const { return anchorStart >= 0; }
    bool isAreaClaim() const { return kind == AnnotationKind::Claim && claimScope == ClaimScope::Area; }
    // The day from which a dated annotation applies: the end of its month or interval ("retaken at the end of
    // January" counts from 31 January). Invalid when there is no event date.
    QDate effectiveDate() const { return eventDateTo; }
};

struct Article;

// A read-only view of one claim annotation with the article it comes from.
class Claim {
public:
    Claim(const Article& article, const Annotation& annotation) : m_article(&article), m_annotation(&annotation) {}

    const Article& article() const { return *m_article; }
    const Annotation& annotation() const { return *m_annotation; }
    QString placeId() const { return m_annotation->place; }
    Controller controller() const { return m_annotation->controller.value_or(Controller::Unknown); }
    std::optional<Controller> previousController() const { return m_annotation->previousController; }
    ClaimStatus status() const { return m_annotation->claimStatus.value_or(ClaimStatus::Claimed); }
    QString claimant() const { return m_annotation->claimant; }
    QDate effectiveDate() const { return m_annotation->effectiveDate(); }
    bool isApproximate() const { return m_annotation->approximateDate; }
    // Format 1.1: a claim about an area (placeId() is then an "area:<pcode>" id, or empty for a drawn polygon,
    // which is the annotation's geometry).
    bool isAreaClaim() const { return m_annotation->isAreaClaim(); }
    // The quoted words and the whole sentence around them, from the article text.
    QString quotedText() const;
    QString sentence() const;

private:
    const Article* m_article;
    const Annotation* m_annotation;
};

struct Article {
    QString formatVersion; // as the file says: "article/1" or "article/1.1"
    QString id;
    QString title;
    QString publisher;
    QString url;                // may be empty; notes then say why
    QDate published;            // for a month (1.1), its first day
    int publishedPrecision = 1; // 1: the day is known; 3 (1.1): only the month ("published": "2020-02")
    QString language;           // BCP 47 tag: "fr", "en", "ar"
    ArticleKind kind = ArticleKind::Article;
    QString text;
    QString licence;
    QString notes;
    QList<Annotation> annotations;
    QList<LocalEntity> entities; // 1.1: "entities"
    QList<ArticleActor> actors;  // 1.1: "actors"
    QString fingerprint;         // fingerprintOf(text)

    // SHA-256 (hex) of the NFC text with every whitespace character removed: the same article re-flowed or
    // with spaces lost has the same fingerprint.
    static QString fingerprintOf(const QString& text);

    const Annotation* annotation(const QString& annotationId) const;
    const LocalEntity* entity(const QString& entityId) const; // "local:..."
    const ArticleActor* actor(const QString& entityId) const; // "actor:...", of this article's own list
    QList<Claim> claims() const;
    // The text of an anchored annotation (empty when it is orphaned).
    QString quotedText(const Annotation& annotation) const;
    // The sentence that holds an anchored annotation, trimmed (empty when it is orphaned).
    QString sentence(const Annotation& annotation) const;
};

// Parses the format's dates (see DateSpan). Returns an invalid span and sets *error (when given) otherwise.
DateSpan parseDateSpan(const QString& text, QString* error = nullptr);

} // namespace geo
