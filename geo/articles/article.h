#pragma once
// An annotated article: a news text with its annotations (places, roads, posts, areas, borders, actors,
// figures and dated control claims), each anchored to the words it comes from. Read from the GeoJSON format
// described in docs/article-format.md by ArticleReader. Plain values: copy them freely between threads.

#include "geo/core/geometry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace geo {

enum class AnnotationKind { Place, Road, Post, Area, Border, Actor, Figure, Claim };
enum class ClaimStatus { Claimed, Assessed, Disputed, Retracted };
enum class Controller { Government, Opposition, Hts, Turkey, Contested, Unknown };
enum class ArticleKind { Article, Summary };
// What happened to a Turkish observation post, as a post annotation's sub_event_type says ("post set up",
// "post encircled", "post withdrawn").
enum class PostEvent { SetUp, Encircled, Withdrawn };

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

// A date as the format writes it: a day "2020-02-08", a month "2020-01" or an interval "FROM/TO" of days or
// months. from/to are the first and last day covered (both invalid when the text is not such a date).
struct DateSpan {
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid(); }
    bool isSingleDay() const { return isValid() && from == to; }
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
    bool approximateDate = false; // a month or an interval, or time_precision 2 or 3
    int timePrecision = 0;        // 1 day, 2 week, 3 month; 0 when not given
    QString dateNote;
    QString subEventType;
    QString place;
    std::optional<Controller> controller;
    std::optional<Controller> previousController;
    QString claimant;
    std::optional<ClaimStatus> claimStatus;

    int geoPrecision = 0; // 1 exact place, 2 near it, 3 the region; 0 when not given
    QString source;
    QString notes;
    // Format 1.1: who wrote the annotation. Empty: a person; "suggested": the tool, not checked by a person;
    // "accepted": the tool, accepted by a person (see annotationOriginNames()).
    QString origin;

    bool isAnchored() const { return anchorStart >= 0; }
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
    QString url; // may be empty; notes then say why
    QDate published;
    QString language; // BCP 47 tag: "fr", "en", "ar"
    ArticleKind kind = ArticleKind::Article;
    QString text;
    QString licence;
    QString notes;
    QList<Annotation> annotations;
    QString fingerprint; // fingerprintOf(text)

    // SHA-256 (hex) of the NFC text with every whitespace character removed: the same article re-flowed or
    // with spaces lost has the same fingerprint.
    static QString fingerprintOf(const QString& text);

    const Annotation* annotation(const QString& annotationId) const;
    QList<Claim> claims() const;
    // The text of an anchored annotation (empty when it is orphaned).
    QString quotedText(const Annotation& annotation) const;
    // The sentence that holds an anchored annotation, trimmed (empty when it is orphaned).
    QString sentence(const Annotation& annotation) const;
};

// Parses the format's dates (see DateSpan). Returns an invalid span and sets *error (when given) otherwise.
DateSpan parseDateSpan(const QString& text, QString* error = nullptr);

} // namespace geo
