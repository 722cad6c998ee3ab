#include "geo/articles/article_reader.h"

#include "geo/articles/json_locator.h"
#include "geo/articles/json_members.h"
#include "geo/articles/text_anchor.h"
#include "geo/core/printable_text.h"
#include "geo/data/vector_source.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <system_error>

// Why the file is read twice, through OGR and as JSON:
//  - OGR's GeoJSON driver is what QGIS, ogr2ogr and the GeoPackage store read the file with. Opening it there
//    proves that a GIS tool sees the same collection (GDAL recognises GeoJSON only by the first few kilobytes
//    of a file, so a valid JSON file can still be refused), that the "frontline" and "article" foreign
//    members come through unchanged (layer metadata domain NATIVE_DATA), and it turns the feature geometries,
//    when there are any, into lon/lat values the way every other layer of the application is read.
//  - QJsonDocument keeps each feature's own JSON types, which OGR cannot: OGR gives a property one field type
//    for the whole layer, so a "start" written as a string in one feature turns the whole column into strings
//    and the mistake disappears. It also reports syntax errors with an offset, and with the raw text
//    (JsonLocator) every problem is given the line and column of the member it concerns.

namespace geo {

namespace {

const QStringList kArticleMembers = {QStringLiteral("id"),   QStringLiteral("title"),     QStringLiteral("publisher"),
                                     QStringLiteral("url"),  QStringLiteral("published"), QStringLiteral("language"),
                                     QStringLiteral("kind"), QStringLiteral("text"),      QStringLiteral("licence"),
                                     QStringLiteral("notes")};
const QStringList kRequiredArticleMembers = {
    QStringLiteral("id"),       QStringLiteral("title"), QStringLiteral("publisher"), QStringLiteral("published"),
    QStringLiteral("language"), QStringLiteral("kind"),  QStringLiteral("text")};
const QStringList kAnnotationProperties = {
    QStringLiteral("kind"), QStringLiteral("quote"), QStringLiteral("prefix"), QStringLiteral("suffix"),
    QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("entity"), QStringLiteral("value"),
    QStringLiteral("unit"), QStringLiteral("event_date"), QStringLiteral("time_precision"), QStringLiteral("date_note"),
    QStringLiteral("sub_event_type"), QStringLiteral("place"), QStringLiteral("controller"),
    QStringLiteral("previous_controller"), QStringLiteral("claimant"), QStringLiteral("claim_status"),
    QStringLiteral("geo_precision"), QStringLiteral("source"), QStringLiteral("notes"),
    // 1.1
    QStringLiteral("origin"), QStringLiteral("claim_scope"), QStringLiteral("area_share"),
    QStringLiteral("claimant_actor"), QStringLiteral("event_type"), QStringLiteral("effective_date"),
    QStringLiteral("road"), QStringLiteral("width_km"), QStringLiteral("from_place"), QStringLiteral("to_place"),
    QStringLiteral("actors")};
const QStringList kEntityMembers = {QStringLiteral("id"),    QStringLiteral("kind"),   QStringLiteral("names"),
                                    QStringLiteral("point"), QStringLiteral("source"), QStringLiteral("notes")};
const QStringList kActorMembers = {QStringLiteral("id"),       QStringLiteral("kind"), QStringLiteral("names"),
                                   QStringLiteral("variants"), QStringLiteral("role"), QStringLiteral("controller"),
                                   QStringLiteral("notes")};

const QString kVersion1 = QStringLiteral("article/1");
const QString kVersion11 = QStringLiteral("article/1.1");

// What the reading of one file needs besides the JSON: the entity check, what the file's version allows, and the
// entities and actors the article defines (read before the annotations that point at them).
struct ReadContext {
    ArticleReader::EntityCheck isKnown;
    // False when the file declares "article/1": a 1.1 member is then a problem (docs/article-format.md,
    // "Versions"). True for "article/1.1", and when the version is missing or wrong (already a problem).
    bool allows11 = true;
    QHash<QString, EntityKind> localEntities; // "local:..." -> kind
    QSet<QString> localActors;                // "actor:..."

    // Whether ID is known: to the application (gazetteer, roads, posts, areas, borders, actors.json) or to the
    // article ("local:..." entities, its own actors).
    bool knows(const QString& id) const
    {
        return localEntities.contains(id) || localActors.contains(id) || !isKnown || isKnown(id);
    }
    bool isLocalPlace(const QString& id) const
    {
        return localEntities.value(id, EntityKind::Other) == EntityKind::Place && localEntities.contains(id);
    }
};

// A 1.1 member KEY in a file that declares article/1: one problem at the member, saying what to write instead.
bool refuse11In10(const JsonMembers& m, const QString& key, const ReadContext& c)
{
    if (c.allows11 || !m.has(key))
        return false;
    m.problem(key, QCoreApplication::translate(
                       "geo::ArticleReader",
                       "\"%1\" is new in format %2, and this file declares \"%3\"; write \"frontline\": "
                       "\"%2\" at the top of the file")
                       .arg(key, kVersion11, kVersion1));
    return true;
}

// Whether a date is written in a form of format 1.0 (a day, a month, or an interval of them).
bool isDateForm10(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?(/\\d{4}-\\d{2}(-\\d{2})?)?$"));
    return form.match(text).hasMatch();
}

QString entityPrefix(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Road: return QStringLiteral("road:");
    case AnnotationKind::Post: return QStringLiteral("post:");
    case AnnotationKind::Area: return QStringLiteral("area:");
    case AnnotationKind::Border: return QStringLiteral("border:");
    case AnnotationKind::Actor: return QStringLiteral("actor:");
    case AnnotationKind::Event: return QStringLiteral("local:");
    case AnnotationKind::Place:
    case AnnotationKind::Figure:
    case AnnotationKind::Claim: break;
    }
    return {};
}

const QString kPlaceIdForm = QCoreApplication::translate(
    "geo::ArticleReader", "a place id (a key-town key such as \"saraqib\", \"osm:node/...\", or a "
                          "\"local:...\" place of the article's \"entities\")");

// Whether ENTITY has the form its annotation KIND asks for; else says what form it needs.
bool entityFitsKind(const QString& entity, AnnotationKind kind, QString* expected)
{
    static const QStringList prefixes = {QStringLiteral("road:"), QStringLiteral("post:"), QStringLiteral("area:"),
                                         QStringLiteral("border:"), QStringLiteral("actor:")};
    const QString prefix = entityPrefix(kind);
    if (!prefix.isEmpty()) {
        *expected =
            kind == AnnotationKind::Event
                ? QCoreApplication::translate("geo::ArticleReader",
                                              "a \"local:...\" entity of the article's \"entities\" (the event's name)")
                : QStringLiteral("\"%1...\"").arg(prefix);
        return entity.startsWith(prefix) && entity.size() > prefix.size();
    }
    if (kind == AnnotationKind::Figure)
        return true;
    *expected = kPlaceIdForm;
    return entity != QLatin1String("figure") &&
           std::none_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& p) { return entity.startsWith(p); });
}

void readArticleMembers(const QJsonObject& root, ArticleProblems* problems, ReadContext* context, Article* article)
{
    const JsonMembers top(root, QString(), QCoreApplication::translate("geo::ArticleReader", "the collection"),
                          problems);
    if (const auto version =
            top.string(QStringLiteral("frontline"), true,
                       QCoreApplication::translate("geo::ArticleReader",
                                                   "add \"frontline\": \"%1\" next to \"type\" to declare the "
                                                   "format")
                           .arg(ArticleReader::formatVersion()))) {
        article->formatVersion = *version;
        if (!ArticleReader::formatVersions().contains(*version))
            top.problem(
                QStringLiteral("frontline"),
                QCoreApplication::translate("geo::ArticleReader",
                                            "unsupported format version \"%1\"; this version of Frontline reads %2")
                    .arg(*version, JsonMembers::quotedList(ArticleReader::formatVersions())));
        context->allows11 = *version != kVersion1;
    }
    const QJsonValue value = root.value(QLatin1String("article"));
    if (!value.isObject()) {
        if (value.isUndefined() || value.isNull())
            top.missing(
                QStringLiteral("article"),
                QCoreApplication::translate("geo::ArticleReader",
                                            "the article (id, title, publisher, published, language, kind, text) goes "
                                            "in an \"article\" object at the top level"));
        else
            top.problem(QStringLiteral("article"),
                        QCoreApplication::translate("geo::ArticleReader", "\"article\" must be an object, not %1")
                            .arg(JsonMembers::typeName(value)));
        return;
    }
    const JsonMembers m(value.toObject(), QStringLiteral("/article"),
                        QCoreApplication::translate("geo::ArticleReader", "article"), problems);
    m.unknownMembers(kArticleMembers, QCoreApplication::translate("geo::ArticleReader", "article member"));
    article->id = m.string(QStringLiteral("id"), true,
                           QCoreApplication::translate("geo::ArticleReader", "give the article a stable id such as "
                                                                             "\"afp-2020-02-08-saraqeb\""))
                      .value_or(QString());
    if (hasUnprintable(article->id))
        m.problem(QStringLiteral("id"),
                  QCoreApplication::translate("geo::ArticleReader",
                                              "\"id\" \"%1\" holds control characters (shown as \\x.. or "
                                              "\\u....), which a terminal or a list would act on; write the "
                                              "id in plain letters, digits and hyphens")
                      .arg(printableText(article->id)));
    article->title = m.string(QStringLiteral("title"), true).value_or(QString());
    article->publisher = m.string(QStringLiteral("publisher"), true,
                                  QCoreApplication::translate("geo::ArticleReader", "name the publisher, e.g. \"AFP\""))
                             .value_or(QString());
    article->text =
        m.string(QStringLiteral("text"), true,
                 QCoreApplication::translate("geo::ArticleReader", "the full plain text of the article goes here"))
            .value_or(QString());
    article->licence = m.string(QStringLiteral("licence"), false).value_or(QString());
    article->notes = m.string(QStringLiteral("notes"), false).value_or(QString());
    if (const auto published =
            m.string(QStringLiteral("published"), true,
                     QCoreApplication::translate("geo::ArticleReader", "write the publication day as "
                                                                       "YYYY-MM-DD"))) {
        QString error;
        const DateSpan span = parseDateSpan(*published, &error);
        static const QRegularExpression monthForm(QStringLiteral("^\\d{4}-\\d{2}$"));
        const bool month = monthForm.match(*published).hasMatch();
        if (!span.isValid())
            m.problem(QStringLiteral("published"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"published\": %1; write the publication day as YYYY-MM-DD")
                          .arg(error));
        else if (month && !context->allows11)
            m.problem(QStringLiteral("published"),
                      QCoreApplication::translate(
                          "geo::ArticleReader",
                          "\"published\" \"%1\" is a month, which is new in format %2, and this file "
                          "declares \"%3\"; write \"frontline\": \"%2\" at the top of the file, or the "
                          "day as YYYY-MM-DD")
                          .arg(*published, kVersion11, kVersion1));
        else if (month) {
            article->published = span.from;
            article->publishedPrecision = 3;
        } else if (!span.isSingleDay() || published->size() != 10)
            m.problem(QStringLiteral("published"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"published\" must be one day (YYYY-MM-DD), or (format 1.1) a month "
                                                  "(YYYY-MM) when only the month is known, not \"%1\"")
                          .arg(*published));
        else
            article->published = span.from;
    }
    if (const auto language =
            m.string(QStringLiteral("language"), true,
                     QCoreApplication::translate("geo::ArticleReader", "give the language as a BCP 47 tag "
                                                                       "such as \"fr\""))) {
        static const QRegularExpression bcp47(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
        if (!bcp47.match(*language).hasMatch())
            m.problem(QStringLiteral("language"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"language\" \"%1\" is not a BCP 47 tag; write \"fr\", \"en\", "
                                                  "\"ar\"...")
                          .arg(*language));
        article->language = *language;
    }
    if (const auto kind =
            m.vocabulary<ArticleKind>(QStringLiteral("kind"), true, articleKindFromName, articleKindNames()))
        article->kind = *kind;
    const std::optional<QString> url = m.string(QStringLiteral("url"), false);
    article->url = url.value_or(QString());
    if (!article->url.isEmpty()) {
        const QUrl parsed(article->url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
            parsed.host().isEmpty())
            m.problem(QStringLiteral("url"),
                      QCoreApplication::translate(
                          "geo::ArticleReader", "\"url\" \"%1\" is not an http(s) address; give the page's address or "
                                                "leave it empty and say why in \"notes\"")
                          .arg(article->url));
    } else if (article->notes.trimmed().isEmpty()) {
        m.problem(
            m.has(QStringLiteral("url")) ? QStringLiteral("url") : QString(),
            QCoreApplication::translate("geo::ArticleReader",
                                        "no \"url\": give the address the text was taken from, or say in \"notes\" why "
                                        "there is none"));
    }
}

// Names by language: an object of BCP 47 tag -> non-empty string, at least one.
QMap<QString, QString> readNames(const JsonMembers& m)
{
    QMap<QString, QString> names;
    const std::optional<QJsonObject> object =
        m.object(QStringLiteral("names"), true,
                 QCoreApplication::translate(
                     "geo::ArticleReader",
                     "give its names by language, e.g. \"names\": {\"en\": \"Moscow\", \"fr\": \"Moscou\"}"));
    if (!object)
        return names;
    static const QRegularExpression bcp47(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    const JsonMembers n = m.child(*object, QStringLiteral("/names"), QStringLiteral("\"names\""));
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!bcp47.match(it.key()).hasMatch()) {
            n.problem(it.key(),
                      QCoreApplication::translate(
                          "geo::ArticleReader", "\"%1\" is not a BCP 47 language tag; write \"fr\", \"en\", \"ar\"...")
                          .arg(it.key()));
            continue;
        }
        if (const auto name = n.string(
                it.key(), true,
                QCoreApplication::translate("geo::ArticleReader", "write the name, or leave the language out")))
            names.insert(it.key(), *name);
    }
    if (object->isEmpty())
        m.problem(QStringLiteral("names"),
                  QCoreApplication::translate("geo::ArticleReader",
                                              "\"names\" is empty; give at least one name, e.g. {\"en\": "
                                              "\"...\"}"));
    return names;
}

// The top-level "entities" (1.1): places and other things outside the gazetteer.
void readEntities(const JsonMembers& top, ReadContext* c, Article* article)
{
    if (refuse11In10(top, QStringLiteral("entities"), *c))
        return;
    const std::optional<QJsonArray> list = top.array(QStringLiteral("entities"), false);
    if (!list)
        return;
    static const QRegularExpression idForm(QStringLiteral("^local:[a-z0-9][a-z0-9._-]*$"));
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString tail = QStringLiteral("/entities/%1").arg(i);
        const QJsonObject o = list->at(i).toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const JsonMembers m =
            top.child(o, tail,
                      id.isEmpty() ? QCoreApplication::translate("geo::ArticleReader", "entity %1").arg(i)
                                   : QCoreApplication::translate("geo::ArticleReader", "entity \"%1\"").arg(id));
        if (!list->at(i).isObject()) {
            m.problem(QString(), QCoreApplication::translate(
                                     "geo::ArticleReader",
                                     "an entity must be an object with \"id\", \"kind\" and \"names\", not %1")
                                     .arg(JsonMembers::typeName(list->at(i))));
            continue;
        }
        m.unknownMembers(kEntityMembers, QCoreApplication::translate("geo::ArticleReader", "entity member"));
        LocalEntity e;
        if (const auto written =
                m.string(QStringLiteral("id"), true,
                         QCoreApplication::translate("geo::ArticleReader", "give it an id such as \"local:moscow\""))) {
            if (!idForm.match(*written).hasMatch())
                m.problem(QStringLiteral("id"),
                          QCoreApplication::translate(
                              "geo::ArticleReader",
                              "entity id \"%1\" must be \"local:\" followed by lower-case letters, digits, "
                              "\".\", \"_\" or \"-\", e.g. \"local:moscow\"")
                              .arg(*written));
            else if (c->localEntities.contains(*written))
                m.problem(
                    QStringLiteral("id"),
                    QCoreApplication::translate("geo::ArticleReader", "duplicate entity id \"%1\"").arg(*written));
            e.id = *written;
        }
        if (const auto kind = m.string(QStringLiteral("kind"), true,
                                       QCoreApplication::translate("geo::ArticleReader", "use one of %1")
                                           .arg(JsonMembers::quotedList(entityKindNames())))) {
            if (*kind == QLatin1String("actor"))
                m.problem(QStringLiteral("kind"),
                          QCoreApplication::translate(
                              "geo::ArticleReader",
                              "an actor goes in the top-level \"actors\" list (with its kind, role and "
                              "side), and annotations point at it as \"actor:<id>\"; \"entities\" holds "
                              "places and other named things"));
            else if (const auto k = entityKindFromName(*kind))
                e.kind = *k;
            else
                m.problem(QStringLiteral("kind"),
                          QCoreApplication::translate("geo::ArticleReader", "unknown kind \"%1\"; use one of %2")
                              .arg(*kind, JsonMembers::quotedList(entityKindNames())));
        }
        e.names = readNames(m);
        if (const auto point = m.array(QStringLiteral("point"), false)) {
            const bool numbers = point->size() == 2 && point->at(0).isDouble() && point->at(1).isDouble();
            const double lon = point->at(0).toDouble(), lat = point->at(1).toDouble();
            if (!numbers)
                m.problem(QStringLiteral("point"),
                          QCoreApplication::translate(
                              "geo::ArticleReader", "\"point\" must be [longitude, latitude], two numbers in degrees"));
            else if (std::abs(lon) > 180.0 || std::abs(lat) > 90.0)
                m.problem(QStringLiteral("point"),
                          QCoreApplication::translate(
                              "geo::ArticleReader",
                              "\"point\" [%1, %2] is not a longitude and latitude in degrees (longitude "
                              "-180 to 180 first, then latitude -90 to 90)")
                              .arg(lon, 0, 'g', 10)
                              .arg(lat, 0, 'g', 10));
            else if (e.kind != EntityKind::Place)
                m.problem(QStringLiteral("point"),
                          QCoreApplication::translate("geo::ArticleReader", "only a place has a \"point\""));
            else
                e.point = QPointF(lon, lat);
        }
        e.source = m.string(QStringLiteral("source"), false).value_or(QString());
        e.notes = m.string(QStringLiteral("notes"), false).value_or(QString());
        if (!e.id.isEmpty())
            c->localEntities.insert(e.id, e.kind);
        article->entities.append(e);
    }
}

// The top-level "actors" (1.1): actors the article adds to actors.json.
void readActors(const JsonMembers& top, ReadContext* c, Article* article)
{
    if (refuse11In10(top, QStringLiteral("actors"), *c))
        return;
    const std::optional<QJsonArray> list = top.array(QStringLiteral("actors"), false);
    if (!list)
        return;
    static const QRegularExpression idForm(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString tail = QStringLiteral("/actors/%1").arg(i);
        const QJsonObject o = list->at(i).toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const JsonMembers m =
            top.child(o, tail,
                      id.isEmpty() ? QCoreApplication::translate("geo::ArticleReader", "actor %1").arg(i)
                                   : QCoreApplication::translate("geo::ArticleReader", "actor \"%1\"").arg(id));
        if (!list->at(i).isObject()) {
            m.problem(QString(), QCoreApplication::translate(
                                     "geo::ArticleReader",
                                     "an actor must be an object with \"id\", \"kind\" and \"names\", not %1")
                                     .arg(JsonMembers::typeName(list->at(i))));
            continue;
        }
        m.unknownMembers(kActorMembers, QCoreApplication::translate("geo::ArticleReader", "actor member"));
        ArticleActor a;
        if (const auto written =
                m.string(QStringLiteral("id"), true,
                         QCoreApplication::translate("geo::ArticleReader", "give it an id such as \"reuters\""))) {
            const QString entityId = QStringLiteral("actor:") + *written;
            if (written->startsWith(QLatin1String("actor:")))
                m.problem(QStringLiteral("id"),
                          QCoreApplication::translate("geo::ArticleReader",
                                                      "write the id without \"actor:\" (\"%1\"), as in "
                                                      "actors.json; annotations add \"actor:\"")
                              .arg(written->mid(6)));
            else if (!idForm.match(*written).hasMatch())
                m.problem(QStringLiteral("id"),
                          QCoreApplication::translate("geo::ArticleReader",
                                                      "actor id \"%1\" must be lower-case letters, digits and "
                                                      "hyphens, e.g. \"reuters\"")
                              .arg(*written));
            else if (c->localActors.contains(entityId))
                m.problem(QStringLiteral("id"),
                          QCoreApplication::translate("geo::ArticleReader", "duplicate actor id \"%1\"").arg(*written));
            else if (c->isKnown && c->isKnown(entityId))
                m.problem(QStringLiteral("id"),
                          QCoreApplication::translate(
                              "geo::ArticleReader",
                              "\"%1\" is already an actor of actors.json; point at it as \"%2\" without "
                              "defining it here")
                              .arg(*written, entityId));
            a.id = *written;
        }
        if (const auto kind =
                m.vocabulary<ActorKind>(QStringLiteral("kind"), true, actorKindFromName, actorKindNames()))
            a.kind = *kind;
        a.names = readNames(m);
        a.variants = m.stringList(QStringLiteral("variants"), false).value_or(QStringList());
        a.role = m.string(QStringLiteral("role"), false).value_or(QString());
        a.controller =
            m.vocabulary<Controller>(QStringLiteral("controller"), false, controllerFromName, controllerNames());
        a.notes = m.string(QStringLiteral("notes"), false).value_or(QString());
        if (!a.id.isEmpty())
            c->localActors.insert(a.entityId());
        article->actors.append(a);
    }
}

void readDates(const JsonMembers& m, const ReadContext& c, Annotation* a)
{
    const bool required = a->kind == AnnotationKind::Claim || a->kind == AnnotationKind::Event;
    if (const auto date = m.string(
            QStringLiteral("event_date"), required,
            QCoreApplication::translate(
                "geo::ArticleReader", "date it: YYYY-MM-DD, YYYY-MM, FROM/TO, or (format 1.1) YYYY, a date followed by "
                                      "\"~\" (about) or preceded by \"../\" (on or before)"))) {
        a->eventDate = *date;
        QString error;
        const DateSpan span = parseDateSpan(*date, &error);
        if (!span.isValid()) {
            m.problem(QStringLiteral("event_date"),
                      QCoreApplication::translate("geo::ArticleReader", "\"event_date\": %1").arg(error));
        } else if (!c.allows11 && !isDateForm10(*date)) {
            m.problem(QStringLiteral("event_date"),
                      QCoreApplication::translate(
                          "geo::ArticleReader",
                          "\"event_date\" \"%1\" is written in a form new in format %2 (a year, \"~\" "
                          "or \"../\"), and this file declares \"%3\"; write \"frontline\": \"%2\" at "
                          "the top of the file")
                          .arg(*date, kVersion11, kVersion1));
        } else {
            a->eventDateFrom = span.from;
            a->eventDateTo = span.to;
            a->dateQualifier = span.qualifier;
        }
    }
    a->timePrecision = int(m.integer(QStringLiteral("time_precision"), 1, 3,
                                     QCoreApplication::translate("geo::ArticleReader", "1 day, 2 week, 3 month"))
                               .value_or(0));
    a->geoPrecision = int(m.integer(QStringLiteral("geo_precision"), 1, 3,
                                    QCoreApplication::translate("geo::ArticleReader", "1 place, 2 near it, 3 region"))
                              .value_or(0));
    if (a->eventDateFrom.isValid() && a->eventDateFrom != a->eventDateTo && a->timePrecision == 1)
        m.problem(QStringLiteral("time_precision"),
                  QCoreApplication::translate("geo::ArticleReader",
                                              "\"time_precision\" 1 (an exact day) contradicts \"event_date\" "
                                              "\"%1\", which spans several days; use 2 (week) or 3 (month)")
                      .arg(a->eventDate));
    else if (a->dateQualifier != DateQualifier::None && a->timePrecision == 1)
        m.problem(QStringLiteral("time_precision"),
                  QCoreApplication::translate(
                      "geo::ArticleReader",
                      "\"time_precision\" 1 (an exact day) contradicts \"event_date\" \"%1\", which is "
                      "%2; use 2 (week) or 3 (month), or leave it out")
                      .arg(a->eventDate, a->dateQualifier == DateQualifier::About
                                             ? QCoreApplication::translate("geo::ArticleReader", "approximate (~)")
                                             : QCoreApplication::translate("geo::ArticleReader", "open (../)")));
    a->approximateDate = (a->eventDateFrom.isValid() && a->eventDateFrom != a->eventDateTo) ||
                         a->dateQualifier != DateQualifier::None || a->timePrecision >= 2;
    a->dateNote = m.string(QStringLiteral("date_note"), false).value_or(QString());
}

// A member naming a place (KEY): a place id, a local place, and where ALSO says so an area or a post. Checks its
// form and that it is known; returns it (empty when absent).
QString readPlaceRef(const JsonMembers& m, const ReadContext& c, const QString& key, bool required, bool areasAndPosts,
                     const QString& hint)
{
    const std::optional<QString> place = m.string(key, required, hint);
    if (!place)
        return {};
    const bool areaOrPost = place->startsWith(QLatin1String("area:")) || place->startsWith(QLatin1String("post:"));
    QString expected;
    if (areasAndPosts && areaOrPost) {
        if (!c.knows(*place))
            m.problem(key, QCoreApplication::translate("geo::ArticleReader",
                                                       "unknown %1 \"%2\": not in the bundled areas or posts")
                               .arg(place->startsWith(QLatin1String("area:")) ? QStringLiteral("area")
                                                                              : QStringLiteral("post"),
                                    *place));
    } else if (!entityFitsKind(*place, AnnotationKind::Place, &expected)) {
        m.problem(key, QCoreApplication::translate("geo::ArticleReader", "\"%1\" \"%2\" must be %3%4")
                           .arg(key, *place, expected,
                                areasAndPosts ? QCoreApplication::translate("geo::ArticleReader",
                                                                            ", an \"area:...\" or a \"post:...\"")
                                              : QString()));
    } else if (place->startsWith(QLatin1String("local:"))) {
        if (!c.localEntities.contains(*place))
            m.problem(
                key, QCoreApplication::translate("geo::ArticleReader",
                                                 "unknown local entity \"%1\": define it in the top-level \"entities\"")
                         .arg(*place));
        else if (!c.isLocalPlace(*place))
            m.problem(key, QCoreApplication::translate("geo::ArticleReader",
                                                       "\"%1\" is an entity of kind \"other\", not a place")
                               .arg(*place));
    } else if (!c.knows(*place)) {
        m.problem(key, QCoreApplication::translate(
                           "geo::ArticleReader",
                           "unknown place \"%1\": not in the gazetteer; use a known place id, or define "
                           "it in the top-level \"entities\" as \"local:...\" (format 1.1)")
                           .arg(*place));
    }
    return *place;
}

void readEntity(const JsonMembers& m, const ReadContext& c, Annotation* a)
{
    const bool required =
        a->kind != AnnotationKind::Figure && a->kind != AnnotationKind::Claim && a->kind != AnnotationKind::Event;
    const std::optional<QString> entity = m.string(
        QStringLiteral("entity"), required,
        QCoreApplication::translate("geo::ArticleReader",
                                    "say what the words refer to (a place id, \"road:M5\", "
                                    "\"post:7\", \"area:SY07\", \"border:SY-TR\", \"actor:sana\", \"local:...\")"));
    a->entity = entity.value_or(a->kind == AnnotationKind::Figure ? QStringLiteral("figure") : QString());
    if (entity) {
        QString expected;
        if (!entityFitsKind(*entity, a->kind, &expected))
            m.problem(
                QStringLiteral("entity"),
                QCoreApplication::translate("geo::ArticleReader", "entity \"%1\" does not fit kind \"%2\"; it needs %3")
                    .arg(*entity, annotationKindName(a->kind), expected));
        else if (entity->startsWith(QLatin1String("local:")) && !c.localEntities.contains(*entity))
            m.problem(QStringLiteral("entity"),
                      QCoreApplication::translate(
                          "geo::ArticleReader",
                          "unknown local entity \"%1\": define it in the top-level \"entities\" (format "
                          "1.1)")
                          .arg(*entity));
        else if (entity->startsWith(QLatin1String("local:")) && a->kind == AnnotationKind::Place &&
                 !c.isLocalPlace(*entity))
            m.problem(
                QStringLiteral("entity"),
                QCoreApplication::translate(
                    "geo::ArticleReader", "\"%1\" is an entity of kind \"other\"; a place annotation points at a place")
                    .arg(*entity));
        else if (*entity != QLatin1String("figure") && !c.knows(*entity))
            m.problem(QStringLiteral("entity"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "unknown entity \"%1\": not in the gazetteer, roads, posts, areas, "
                                                  "borders or actors; use a known id (see docs/article-format.md)")
                          .arg(*entity));
    }
}

// The place of a claim: a town, or (1.1) an area by its pcode or a drawn polygon.
void readClaimPlace(const JsonMembers& m, const ReadContext& c, Annotation* a)
{
    if (const auto scope =
            m.vocabulary<ClaimScope>(QStringLiteral("claim_scope"), false, claimScopeFromName, claimScopeNames());
        scope)
        a->claimScope = *scope;
    const bool polygon = a->geometry.kind == GeometryKind::Polygon && !a->geometry.isEmpty();
    if (a->claimScope == ClaimScope::Place) {
        if (m.has(QStringLiteral("area_share")))
            m.problem(QStringLiteral("area_share"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "only an area claim (\"claim_scope\": \"area\") has \"area_share\""));
        const bool area =
            m.string(QStringLiteral("place"), false).value_or(QString()).startsWith(QLatin1String("area:"));
        if (area) {
            a->place = m.string(QStringLiteral("place"), false).value_or(QString());
            m.problem(
                QStringLiteral("place"),
                QCoreApplication::translate("geo::ArticleReader",
                                            "\"place\" \"%1\" is an area: a claim about an area says \"claim_scope\": "
                                            "\"area\" (format 1.1)")
                    .arg(a->place));
            return;
        }
        a->place =
            readPlaceRef(m, c, QStringLiteral("place"), true, false,
                         QCoreApplication::translate("geo::ArticleReader",
                                                     "name the place the claim is about by its id, e.g. \"saraqib\""));
        return;
    }
    // An area claim: an "area:<pcode>" id, or a polygon drawn in the feature's geometry; one of the two.
    const std::optional<QString> place = m.string(QStringLiteral("place"), false);
    if (place && polygon) {
        m.problem(QStringLiteral("place"),
                  QCoreApplication::translate("geo::ArticleReader",
                                              "an area claim names its area either by \"place\" or by a "
                                              "Polygon geometry, not both; remove one"));
    } else if (place) {
        a->place = *place;
        if (!place->startsWith(QLatin1String("area:")))
            m.problem(QStringLiteral("place"),
                      QCoreApplication::translate(
                          "geo::ArticleReader",
                          "\"place\" \"%1\" of an area claim must be a governorate or district by its "
                          "OCHA pcode, e.g. \"area:SY07\" (Idleb) or \"area:SY0700\" (Idleb district)")
                          .arg(*place));
        else if (!c.knows(*place))
            m.problem(QStringLiteral("place"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "unknown area \"%1\": not a pcode of the bundled boundaries")
                          .arg(*place));
    } else if (!polygon) {
        m.missing(QStringLiteral("place"),
                  QCoreApplication::translate("geo::ArticleReader",
                                              "an area claim needs \"place\": \"area:<pcode>\" (e.g. "
                                              "\"area:SY07\") or a Polygon geometry"));
    }
    if (const auto share =
            m.number(QStringLiteral("area_share"), false,
                     QCoreApplication::translate("geo::ArticleReader",
                                                 "the percentage of the area the controller holds, 0 to 100"))) {
        if (!(*share > 0.0 && *share <= 100.0))
            m.problem(QStringLiteral("area_share"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"area_share\" %1 must be a percentage above 0 and at most 100")
                          .arg(*share));
        else
            a->areaShare = share;
    }
}

// The members new in 1.1 that only some kinds may have: one problem for each that KIND may not.
void refuseMembersOfOtherKinds(const JsonMembers& m, AnnotationKind kind)
{
    static const QStringList claimOnly = {QStringLiteral("claim_scope"), QStringLiteral("area_share")};
    static const QStringList eventOnly = {QStringLiteral("event_type"), QStringLiteral("effective_date"),
                                          QStringLiteral("road"),       QStringLiteral("width_km"),
                                          QStringLiteral("from_place"), QStringLiteral("to_place"),
                                          QStringLiteral("actors")};
    for (const QString& key : claimOnly) {
        if (kind != AnnotationKind::Claim && m.has(key))
            m.problem(key, QCoreApplication::translate("geo::ArticleReader", "only a claim has \"%1\"").arg(key));
    }
    for (const QString& key : eventOnly) {
        if (kind != AnnotationKind::Event && m.has(key))
            m.problem(
                key, QCoreApplication::translate("geo::ArticleReader", "only an event (\"kind\": \"event\") has \"%1\"")
                         .arg(key));
    }
    if (kind != AnnotationKind::Claim && kind != AnnotationKind::Event && m.has(QStringLiteral("claimant_actor")))
        m.problem(QStringLiteral("claimant_actor"),
                  QCoreApplication::translate("geo::ArticleReader", "only a claim or an event has \"claimant_actor\""));
}

// An actor reference ("actor:<id>", of actors.json or the article's "actors") at KEY, or item INDEX of it.
bool checkActorRef(const JsonMembers& m, const ReadContext& c, const QString& key, const QString& id)
{
    if (!id.startsWith(QLatin1String("actor:")) || id.size() <= 6) {
        m.problem(key, QCoreApplication::translate("geo::ArticleReader",
                                                   "\"%1\" must be an actor id such as \"actor:state-tv\", not \"%2\"")
                           .arg(key, id));
        return false;
    }
    if (!c.knows(id)) {
        m.problem(
            key, QCoreApplication::translate("geo::ArticleReader",
                                             "unknown actor \"%1\": not in actors.json nor in the article's \"actors\"")
                     .arg(id));
        return false;
    }
    return true;
}

// An event (1.1): ACLED type and sub-type, dates, where, along which road, who.
void readEvent(const JsonMembers& m, const ReadContext& c, Annotation* a)
{
    if (const auto type = m.string(QStringLiteral("event_type"), true,
                                   QCoreApplication::translate("geo::ArticleReader", "use one of %1")
                                       .arg(JsonMembers::quotedList(eventTypeNames())))) {
        if (eventTypeNames().contains(*type))
            a->eventType = *type;
        else
            m.problem(
                QStringLiteral("event_type"),
                QCoreApplication::translate("geo::ArticleReader", "unknown event_type \"%1\"; use one of ACLED's %2%3")
                    .arg(*type, JsonMembers::quotedList(eventTypeNames()),
                         eventTypeOfSubType(*type).isEmpty()
                             ? QString()
                             : QCoreApplication::translate("geo::ArticleReader",
                                                           " (\"%1\" is a sub_event_type of \"%2\")")
                                   .arg(*type, eventTypeOfSubType(*type))));
    }
    const QString& sub = a->subEventType;
    if (sub.isEmpty() && !m.has(QStringLiteral("sub_event_type")))
        m.missing(QStringLiteral("sub_event_type"),
                  QCoreApplication::translate(
                      "geo::ArticleReader",
                      "say what happened, e.g. \"Agreement\", \"Security corridor\", \"Joint patrol\", "
                      "\"Reinforcement\", \"Shelling/artillery/missile attack\", \"Air/drone strike\""));
    else if (!a->eventType.isEmpty() && !sub.isEmpty() && !eventSubTypeNames(a->eventType).contains(sub))
        m.problem(QStringLiteral("sub_event_type"),
                  QCoreApplication::translate("geo::ArticleReader", "sub_event_type \"%1\" is not one of \"%2\": %3")
                      .arg(sub, a->eventType, JsonMembers::quotedList(eventSubTypeNames(a->eventType))));

    const bool agreement = sub == QLatin1String("Agreement");
    const bool corridor = sub == QLatin1String("Security corridor");
    const bool patrol = sub == QLatin1String("Joint patrol");
    if (const auto effective = m.string(QStringLiteral("effective_date"), false)) {
        a->effectiveDateText = *effective;
        QString error;
        const DateSpan span = parseDateSpan(*effective, &error);
        if (a->eventType != QLatin1String("Strategic developments"))
            m.problem(QStringLiteral("effective_date"),
                      QCoreApplication::translate(
                          "geo::ArticleReader", "only an agreement, a corridor or another strategic development has an "
                                                "\"effective_date\""));
        else if (!span.isValid())
            m.problem(QStringLiteral("effective_date"),
                      QCoreApplication::translate("geo::ArticleReader", "\"effective_date\": %1").arg(error));
        else if (a->eventDateFrom.isValid() && span.to < a->eventDateFrom)
            m.problem(
                QStringLiteral("effective_date"),
                QCoreApplication::translate("geo::ArticleReader",
                                            "\"effective_date\" \"%1\" is before \"event_date\" \"%2\": an agreement "
                                            "takes effect on or after the day it is made")
                    .arg(*effective, a->eventDate));
        else
            a->effectiveSpan = span;
    }

    if (const auto road = m.string(
            QStringLiteral("road"), corridor,
            QCoreApplication::translate("geo::ArticleReader", "a corridor runs along a road: \"road\": \"road:M4\""))) {
        a->road = *road;
        if (!road->startsWith(QLatin1String("road:")) || road->size() <= 5)
            m.problem(QStringLiteral("road"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"road\" must be a road id such as \"road:M4\", not "
                                                  "\"%1\"")
                          .arg(*road));
        else if (!c.knows(*road))
            m.problem(QStringLiteral("road"),
                      QCoreApplication::translate("geo::ArticleReader", "unknown road \"%1\"").arg(*road));
    }
    if (const auto width =
            m.number(QStringLiteral("width_km"), corridor,
                     QCoreApplication::translate("geo::ArticleReader",
                                                 "give the corridor's whole width across the road in km, e.g. 12 "
                                                 "for 6 km on each side"))) {
        if (!corridor)
            m.problem(
                QStringLiteral("width_km"),
                QCoreApplication::translate("geo::ArticleReader", "only a \"Security corridor\" has \"width_km\""));
        else if (!(*width > 0.0 && *width <= 200.0))
            m.problem(QStringLiteral("width_km"),
                      QCoreApplication::translate(
                          "geo::ArticleReader", "\"width_km\" %1 must be above 0 and at most 200 (km across the road)")
                          .arg(*width));
        else
            a->widthKm = width;
    }
    for (const QString& key : {QStringLiteral("from_place"), QStringLiteral("to_place")}) {
        const QString place = readPlaceRef(m, c, key, false, false, QString());
        if (!place.isEmpty() && a->road.isEmpty())
            m.problem(key, QCoreApplication::translate(
                               "geo::ArticleReader",
                               "\"%1\" is an end of the stretch of \"road\" the event runs along; give "
                               "\"road\" too")
                               .arg(key));
        (key == QLatin1String("from_place") ? a->fromPlace : a->toPlace) = place;
    }
    if (const auto actors = m.stringList(QStringLiteral("actors"), false)) {
        for (qsizetype i = 0; i < actors->size(); ++i) {
            if (checkActorRef(m, c, QStringLiteral("actors"), actors->at(i)))
                a->actors << actors->at(i);
        }
    }
    // Where: a place (a town, a local place, an area, a post) or a geometry; an agreement and an event along a
    // road need neither.
    a->place = readPlaceRef(m, c, QStringLiteral("place"), false, true, QString());
    if (a->place.isEmpty() && a->geometry.isEmpty() && !agreement && !corridor && !(patrol && !a->road.isEmpty()))
        m.missing(
            QStringLiteral("place"),
            QCoreApplication::translate("geo::ArticleReader",
                                        "say where it happened: \"place\" (a place id, \"local:...\", \"area:...\" or "
                                        "\"post:...\") or a geometry"));
}

void readAnnotation(const JsonMembers& m, const ReadContext& c, Annotation* a)
{
    m.unknownMembers(kAnnotationProperties, QStringLiteral("property"));
    if (const auto kind =
            m.vocabulary<AnnotationKind>(QStringLiteral("kind"), true, annotationKindFromName, annotationKindNames()))
        a->kind = *kind;
    else
        return; // the other checks depend on the kind
    for (qsizetype i = kAnnotationProperties.indexOf(QStringLiteral("origin")); i < kAnnotationProperties.size(); ++i)
        refuse11In10(m, kAnnotationProperties.at(i), c);
    if (a->kind == AnnotationKind::Event && !c.allows11)
        m.problem(QStringLiteral("kind"),
                  QCoreApplication::translate("geo::ArticleReader",
                                              "kind \"event\" is new in format %1, and this file declares "
                                              "\"%2\"; write \"frontline\": \"%1\" at the top of the file")
                      .arg(kVersion11, kVersion1));
    refuseMembersOfOtherKinds(m, a->kind);
    a->quote = m.string(QStringLiteral("quote"), true,
                        QCoreApplication::translate("geo::ArticleReader", "give the exact words of the text"))
                   .value_or(QString());
    a->prefix = m.string(QStringLiteral("prefix"), false).value_or(QString());
    a->suffix = m.string(QStringLiteral("suffix"), false).value_or(QString());
    const QString offsets = QCoreApplication::translate("geo::ArticleReader", "code points from the start of the text");
    a->start = m.integer(QStringLiteral("start"), 0, std::numeric_limits<qint32>::max(), offsets).value_or(-1);
    a->end = m.integer(QStringLiteral("end"), 0, std::numeric_limits<qint32>::max(), offsets).value_or(-1);
    if (m.has(QStringLiteral("start")) != m.has(QStringLiteral("end")))
        m.problem(m.has(QStringLiteral("start")) ? QStringLiteral("start") : QStringLiteral("end"),
                  QCoreApplication::translate("geo::ArticleReader", "give both \"start\" and \"end\", or neither"));
    else if (a->start >= 0 && a->end >= 0 && a->start > a->end)
        m.problem(QStringLiteral("start"),
                  QCoreApplication::translate("geo::ArticleReader", "\"start\" %1 is after \"end\" %2")
                      .arg(a->start)
                      .arg(a->end));

    readEntity(m, c, a);

    const bool figure = a->kind == AnnotationKind::Figure;
    a->value = m.number(QStringLiteral("value"), figure,
                        QCoreApplication::translate("geo::ArticleReader", "give the figure as a number, e.g. 350"));
    a->unit =
        m.string(QStringLiteral("unit"), figure,
                 QCoreApplication::translate("geo::ArticleReader", "say what the figure counts, e.g. \"vehicles\""))
            .value_or(QString());

    const bool claim = a->kind == AnnotationKind::Claim;
    readDates(m, c, a);
    const std::optional<QString> subEventType = m.string(QStringLiteral("sub_event_type"), false);
    a->subEventType = subEventType.value_or(QString());
    if (a->kind == AnnotationKind::Post && subEventType) {
        // A post's sub_event_type is what happened to it, from a closed vocabulary, and needs a date.
        if (!postEventFromName(a->subEventType))
            m.problem(QStringLiteral("sub_event_type"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "unknown sub_event_type \"%1\" for a post; use one of %2")
                          .arg(a->subEventType, JsonMembers::quotedList(postEventNames())));
        else if (!m.has(QStringLiteral("event_date")))
            m.problem(QStringLiteral("sub_event_type"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"%1\" needs an \"event_date\": say when it happened")
                          .arg(a->subEventType));
    }
    if (claim)
        readClaimPlace(m, c, a);
    else if (a->kind == AnnotationKind::Event)
        readEvent(m, c, a);
    else
        a->place = readPlaceRef(m, c, QStringLiteral("place"), false, false, QString());
    a->controller =
        m.vocabulary<Controller>(QStringLiteral("controller"), claim, controllerFromName, controllerNames());
    a->previousController =
        m.vocabulary<Controller>(QStringLiteral("previous_controller"), false, controllerFromName, controllerNames());
    a->claimant =
        m.string(QStringLiteral("claimant"), claim,
                 QCoreApplication::translate("geo::ArticleReader", "say who makes the claim, e.g. \"state TV\""))
            .value_or(QString());
    if (const auto actor = m.string(QStringLiteral("claimant_actor"), false);
        actor && checkActorRef(m, c, QStringLiteral("claimant_actor"), *actor))
        a->claimantActor = *actor;
    a->claimStatus =
        m.vocabulary<ClaimStatus>(QStringLiteral("claim_status"), claim, claimStatusFromName, claimStatusNames());
    a->source = m.string(QStringLiteral("source"), false).value_or(QString());
    a->notes = m.string(QStringLiteral("notes"), false).value_or(QString());
    if (const auto origin = m.string(QStringLiteral("origin"), false)) {
        if (annotationOriginNames().contains(*origin))
            a->origin = *origin;
        else
            m.problem(QStringLiteral("origin"),
                      QCoreApplication::translate(
                          "geo::ArticleReader",
                          "unknown origin \"%1\"; use \"suggested\" (proposed by the tool, not checked "
                          "by a person) or \"accepted\" (proposed by the tool and accepted by a person), "
                          "or leave \"origin\" out for an annotation written by a person")
                          .arg(*origin));
    }
}

// The OGR side of the reading (see the comment at the top): returns the geometries by feature index.
QList<Geometry> readThroughOgr(const QString& path, const QJsonObject& root, qsizetype featureCount,
                               ArticleProblems* problems)
{
    QString error;
    const auto source = VectorSource::open(path, &error, {QStringLiteral("NATIVE_DATA=YES")}, SourceKind::Article);
    if (!source) {
        problems->at(QString(),
                     QCoreApplication::translate("geo::ArticleReader",
                                                 "GDAL's GeoJSON driver cannot read the file (%1); keep \"type\": "
                                                 "\"FeatureCollection\" and \"frontline\" before \"article\", at the "
                                                 "start of the file, where GDAL looks for them")
                         .arg(error));
        return {};
    }
    if (source->driverName() != QLatin1String("GeoJSON") || source->layerCount() != 1) {
        problems->at(QString(), QCoreApplication::translate(
                                    "geo::ArticleReader", "GDAL reads the file with its %1 driver, not as one GeoJSON "
                                                          "FeatureCollection; write a single FeatureCollection")
                                    .arg(source->driverName()));
        return {};
    }
    const QJsonObject native =
        QJsonDocument::fromJson(
            source->layerMetadataItem(0, QStringLiteral("NATIVE_DATA"), QStringLiteral("NATIVE_DATA")).toUtf8())
            .object();
    for (const QString& member : {QStringLiteral("frontline"), QStringLiteral("article")}) {
        if (native.value(member) != root.value(member))
            problems->at(QStringLiteral("/") + member,
                         QCoreApplication::translate(
                             "geo::ArticleReader", "GDAL does not pass the \"%1\" member on as written; check its JSON")
                             .arg(member));
    }
    QVector<Feature> features;
    if (!source->readFeatures(0, {}, &features, &error)) {
        problems->at(QStringLiteral("/features"), error);
        return {};
    }
    if (features.size() != featureCount) {
        problems->at(QStringLiteral("/features"),
                     QCoreApplication::translate("geo::ArticleReader", "GDAL reads %1 features where the JSON has %2; "
                                                                       "check the features array")
                         .arg(features.size())
                         .arg(featureCount));
        return {};
    }
    QList<Geometry> geometries;
    for (const Feature& f : features)
        geometries.append(f.geometry);
    return geometries;
}

// Flattens an OGR geometry into the parts VectorSource gives (a point, a line, the rings of a polygon, the members
// of a collection). Returns the kind seen.
GeometryKind collectOgr(const OGRGeometry* g, QVector<QVector<QPointF>>* parts)
{
    if (!g || g->IsEmpty())
        return GeometryKind::None;
    const auto appendLine = [parts](const OGRLineString* line) {
        QVector<QPointF> points;
        for (int i = 0; i < line->getNumPoints(); ++i)
            points.append(QPointF(line->getX(i), line->getY(i)));
        if (!points.isEmpty())
            parts->append(std::move(points));
    };
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: parts->append({QPointF(g->toPoint()->getX(), g->toPoint()->getY())}); return GeometryKind::Point;
    case wkbLineString: appendLine(g->toLineString()); return GeometryKind::Line;
    case wkbPolygon:
        for (const OGRLinearRing* ring : *g->toPolygon())
            appendLine(ring);
        return GeometryKind::Polygon;
    default: break;
    }
    GeometryKind kind = GeometryKind::None;
    if (const auto* collection = dynamic_cast<const OGRGeometryCollection*>(g)) {
        for (const OGRGeometry* member : *collection)
            kind = std::max(kind, collectOgr(member, parts));
    }
    return kind;
}

// The geometries of FEATURES as OGR reads them, without a file (ArticleReader::readBytes): each one from its JSON.
QList<Geometry> geometriesThroughOgr(const QJsonArray& features, ArticleProblems* problems)
{
    QList<Geometry> geometries;
    for (qsizetype i = 0; i < features.size(); ++i) {
        Geometry geometry;
        const QJsonValue value = features.at(i).toObject().value(QLatin1String("geometry"));
        if (value.isObject()) {
            const QByteArray json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            const OGRGeometryUniquePtr g(OGRGeometryFactory::createFromGeoJson(json.constData()));
            if (!g) {
                problems->at(
                    QStringLiteral("/features/%1/geometry").arg(i),
                    QCoreApplication::translate("geo::ArticleReader",
                                                "OGR cannot read this geometry; write a GeoJSON geometry object"));
                return {};
            }
            geometry.kind = collectOgr(g.get(), &geometry.parts);
        }
        geometries.append(geometry);
    }
    return geometries;
}

// Why an annotation's geometry cannot be stored, or empty when it can: null, or a GeoJSON geometry object whose
// coordinates are finite longitudes and latitudes (RFC 7946: WGS 84), within a vertex budget.
// READ is the geometry as GDAL read it; none when GDAL could not read the file (already a problem of its own).
QString geometryProblem(const QJsonValue& value, const Geometry* read)
{
    constexpr int kMaxVertices = 100000; // an annotation locates one place, road or area, not a coastline
    if (value.isNull())
        return {};
    static const QStringList types{QStringLiteral("Point"),      QStringLiteral("MultiPoint"),
                                   QStringLiteral("LineString"), QStringLiteral("MultiLineString"),
                                   QStringLiteral("Polygon"),    QStringLiteral("MultiPolygon")};
    const QString type = value.toObject().value(QLatin1String("type")).toString();
    if (!value.isObject() || !types.contains(type))
        return QCoreApplication::translate(
                   "geo::ArticleReader",
                   "\"geometry\" must be null or a GeoJSON geometry object with \"type\" one of %1, not %2")
            .arg(types.join(QStringLiteral(", ")), JsonMembers::typeName(value));
    if (!read)
        return {};
    if (read->isEmpty())
        return QCoreApplication::translate(
                   "geo::ArticleReader",
                   "this %1 has no coordinates GDAL can read; write \"coordinates\" as RFC 7946 says, "
                   "or \"geometry\": null")
            .arg(type);
    if (read->vertexCount() > kMaxVertices)
        return QCoreApplication::translate("geo::ArticleReader",
                                           "%1 vertices, over the limit of %2 for an annotation; simplify the geometry")
            .arg(read->vertexCount())
            .arg(kMaxVertices);
    for (const auto& part : read->parts) {
        for (const QPointF& p : part) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 180.0 || std::abs(p.y()) > 90.0)
                return QCoreApplication::translate(
                           "geo::ArticleReader",
                           "coordinate [%1, %2] is not a longitude and latitude in degrees (RFC 7946: "
                           "longitude -180 to 180 first, then latitude -90 to 90)")
                    .arg(p.x(), 0, 'g', 10)
                    .arg(p.y(), 0, 'g', 10);
        }
    }
    return {};
}

// RFC 7946 removed the "crs" member of GeoJSON 2008: coordinates are WGS 84 longitudes and latitudes, always. A
// file that names another CRS was written for a reader that reprojects, and its numbers mean something else here;
// a link in it may have GDAL fetch a definition from the network. One problem at each "crs" member, at the top
// level, in a feature or in its geometry; true when there is any.
bool refuseCrsMembers(const QJsonObject& root, const QJsonArray& features, ArticleProblems* problems)
{
    const QString why = QCoreApplication::translate(
        "geo::ArticleReader",
        "a \"crs\" member, which RFC 7946 removed: article coordinates are longitude and latitude in degrees (WGS "
        "84) and no other CRS is read; remove \"crs\" and give the coordinates in degrees");
    bool any = false;
    const auto check = [&](const QJsonObject& object, const QString& pointer) {
        if (!object.contains(QLatin1String("crs")))
            return;
        problems->at(pointer + QLatin1String("/crs"), why);
        any = true;
    };
    check(root, QString());
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QString pointer = QStringLiteral("/features/%1").arg(i);
        check(feature, pointer);
        check(feature.value(QLatin1String("geometry")).toObject(), pointer + QLatin1String("/geometry"));
    }
    return any;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("geo::ArticleReader", "%1 bytes").arg(bytes);
    return QCoreApplication::translate("geo::ArticleReader", "%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace

QStringList ArticleReadResult::messages() const
{
    QStringList list;
    for (const ArticleProblem& p : problems)
        list << p.toString();
    return list;
}

QString ArticleReader::formatVersion()
{
    return kVersion11;
}
QStringList ArticleReader::formatVersions()
{
    return {kVersion1, kVersion11};
}
QStringList ArticleReader::articleMembers()
{
    return kArticleMembers;
}
QStringList ArticleReader::requiredArticleMembers()
{
    return kRequiredArticleMembers;
}
QStringList ArticleReader::annotationProperties()
{
    return kAnnotationProperties;
}

namespace {
// The checks of read() on the bytes of an article: NAME names it in the messages, GDAL reads PATH (empty: OGR
// reads each geometry from its JSON).
ArticleReadResult readArticleBytes(const QByteArray& bytes, const QString& name, const QString& path,
                                   const ArticleReader::EntityCheck& isKnownEntity);
} // namespace

ArticleReadResult ArticleReader::read(const QString& path, const EntityCheck& isKnownEntity, qint64 maxBytes)
{
    ArticleReadResult result;
    ArticleProblems problems(path, &result.problems);

    // Only a regular file is read: a FIFO would block for ever, a device never end, a folder is no article.
    std::error_code statError;
    const auto type = std::filesystem::status(QFile::encodeName(path).toStdString(), statError).type();
    if (!statError && type != std::filesystem::file_type::regular) {
        problems.atFile(
            type == std::filesystem::file_type::directory
                ? QCoreApplication::translate("geo::ArticleReader",
                                              "is a folder, not an article file; give the path of an article file "
                                              "(.geojson) in it")
                : QCoreApplication::translate("geo::ArticleReader",
                                              "not a regular file (a pipe, a socket or a device); save the article "
                                              "to a file and give that file's path"));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool exists = QFileInfo::exists(path);
        problems.atFile(QCoreApplication::translate("geo::ArticleReader", "cannot read the file (%1); %2")
                            .arg(file.errorString(),
                                 exists || file.error() != QFileDevice::OpenError
                                     ? QCoreApplication::translate(
                                           "geo::ArticleReader", "check that you may read it and the folders it is in "
                                                                 "(permission denied?)")
                                     : QCoreApplication::translate("geo::ArticleReader", "check the path")));
        return result;
    }
    if (file.size() > maxBytes) {
        problems.atFile(
            QCoreApplication::translate("geo::ArticleReader",
                                        "the file is %1, over the limit of %2 for an article; an article file holds "
                                        "one text and its annotations, so check that this is the right file")
                .arg(sizeText(file.size()), sizeText(maxBytes)));
        return result;
    }
    // The limit holds on the bytes actually read too: the size a file system reports can be 0 (/proc files). Read
    // in pieces no larger than what the file says it holds plus one byte (which shows a file that grew), so that a
    // small file costs its own size, not a buffer as large as the limit or a megabyte.
    QByteArray bytes;
    bytes.reserve(qMin(file.size(), maxBytes) + 1);
    const qint64 pieceSize = file.size() > 0 ? qMin<qint64>(file.size() + 1, qint64(1) << 20) : qint64(64) << 10;
    while (bytes.size() <= maxBytes) {
        const QByteArray piece = file.read(qMin<qint64>(pieceSize, maxBytes + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError) {
        problems.atFile(QCoreApplication::translate("geo::ArticleReader", "read error (%1)").arg(file.errorString()));
        return result;
    }
    if (bytes.size() > maxBytes) {
        problems.atFile(
            QCoreApplication::translate("geo::ArticleReader",
                                        "the file is over the limit of %1 for an article; an article file holds "
                                        "one text and its annotations, so check that this is the right file")
                .arg(sizeText(maxBytes)));
        return result;
    }
    file.close();
    return readArticleBytes(bytes, path, path, isKnownEntity);
}

ArticleReadResult ArticleReader::readBytes(const QByteArray& bytes, const QString& name,
                                           const EntityCheck& isKnownEntity, qint64 maxBytes)
{
    ArticleReadResult result;
    ArticleProblems problems(name, &result.problems);
    if (bytes.size() > maxBytes) {
        problems.atFile(
            QCoreApplication::translate("geo::ArticleReader", "the article is %1, over the limit of %2 for an article")
                .arg(sizeText(bytes.size()), sizeText(maxBytes)));
        return result;
    }
    // No file to give GDAL's GeoJSON driver: OGR reads each geometry from its JSON (nothing is written anywhere, so
    // that a store is read on a full disk too).
    return readArticleBytes(bytes, name, QString(), isKnownEntity);
}

namespace {

ArticleReadResult readArticleBytes(const QByteArray& bytes, const QString& name, const QString& path,
                                   const ArticleReader::EntityCheck& isKnownEntity)
{
    ArticleReadResult result;
    ArticleProblems problems(name, &result.problems);
    const JsonLocator locator(bytes);
    problems.setLocator(&locator);
    // JSON text never holds a NUL byte (RFC 8259 has it escaped as \u0000 in a string), but QJsonDocument takes
    // one inside a string, and GDAL then stops there with a message about something else. A NUL is the mark of
    // a binary file, or of text saved as UTF-16.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        problems.atOffset(
            nul, QCoreApplication::translate("geo::ArticleReader",
                                             "the file holds a NUL byte (0x00) here, which JSON text never does: this "
                                             "is a binary file, or text saved as UTF-16; save the article as UTF-8 "
                                             "text, or write the character as \\u0000 if it belongs in a string"));
        return result;
    }
    if (locator.tooDeepOffset() >= 0) {
        problems.atOffset(
            locator.tooDeepOffset(),
            QCoreApplication::translate("geo::ArticleReader",
                                        "JSON nested more than %1 levels deep here; an article is a few levels "
                                        "deep, so check that this is an article file")
                .arg(JsonLocator::kMaxNesting));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.atOffset(parseError.offset,
                          QCoreApplication::translate("geo::ArticleReader",
                                                      "not JSON: %1 here; an article file is a GeoJSON "
                                                      "FeatureCollection (JSON text), fix its syntax")
                              .arg(parseError.errorString()));
        return result;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")) {
        const QString what =
            doc.isObject()
                ? QCoreApplication::translate("geo::ArticleReader", "its \"type\" is %1")
                      .arg(root.contains(QLatin1String("type"))
                               ? QLatin1Char('"') + root.value(QStringLiteral("type")).toString() + QLatin1Char('"')
                               : QStringLiteral("missing"))
                : QCoreApplication::translate("geo::ArticleReader", "the top level is an array");
        problems.at(doc.isObject() && root.contains(QLatin1String("type")) ? QStringLiteral("/type") : QString(),
                    QCoreApplication::translate(
                        "geo::ArticleReader", "JSON, but not a GeoJSON FeatureCollection (%1); an article file is one "
                                              "{\"type\": \"FeatureCollection\", ...}")
                        .arg(what));
        return result;
    }

    Article article;
    ReadContext context;
    context.isKnown = isKnownEntity;
    readArticleMembers(root, &problems, &context, &article);
    // The entities and actors the article defines, before the annotations that point at them.
    const JsonMembers top(root, QString(), QCoreApplication::translate("geo::ArticleReader", "the collection"),
                          &problems);
    readEntities(top, &context, &article);
    readActors(top, &context, &article);

    const QJsonValue featuresValue = root.value(QLatin1String("features"));
    if (!featuresValue.isArray()) {
        problems.at(
            featuresValue.isUndefined() ? QString() : QStringLiteral("/features"),
            QCoreApplication::translate("geo::ArticleReader", "\"features\" must be an array of annotations, not %1")
                .arg(JsonMembers::typeName(featuresValue)));
        return result;
    }
    const QJsonArray features = featuresValue.toArray();
    // GDAL reads a "crs" member and reprojects from it; refused here, before GDAL opens the file.
    const bool crs = refuseCrsMembers(root, features, &problems);
    const QList<Geometry> geometries = crs              ? QList<Geometry>()
                                       : path.isEmpty() ? geometriesThroughOgr(features, &problems)
                                                        : readThroughOgr(path, root, features.size(), &problems);

    QHash<QString, int> lineOfId;
    QList<qsizetype> featureIndex; // feature index in the file of each annotation
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString pointer = QStringLiteral("/features/%1").arg(i);
        const QJsonValue fv = features.at(i);
        if (!fv.isObject()) {
            problems.at(pointer, QCoreApplication::translate("geo::ArticleReader",
                                                             "feature %1 must be a GeoJSON Feature object, not %2")
                                     .arg(i)
                                     .arg(JsonMembers::typeName(fv)));
            continue;
        }
        const QJsonObject fo = fv.toObject();
        Annotation a;
        const QJsonValue idValue = fo.value(QLatin1String("id"));
        a.id = idValue.toString();
        const QString owner = a.id.isEmpty()
                                  ? QCoreApplication::translate("geo::ArticleReader", "feature %1").arg(i)
                                  : QCoreApplication::translate("geo::ArticleReader", "annotation \"%1\"").arg(a.id);
        const JsonMembers f(fo, pointer, owner, &problems);
        if (fo.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
            f.problem(QStringLiteral("type"),
                      QCoreApplication::translate("geo::ArticleReader", "\"type\" must be \"Feature\""));
        if (!idValue.isString() || a.id.trimmed().isEmpty()) {
            f.problem(QStringLiteral("id"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "needs an \"id\" string, unique in the file (e.g. \"a12\")"));
        } else if (hasUnprintable(a.id)) {
            f.problem(QStringLiteral("id"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "\"id\" \"%1\" holds control characters (shown as \\x.. or "
                                                  "\\u....); write the id in plain letters and digits")
                          .arg(printableText(a.id)));
        } else if (lineOfId.contains(a.id)) {
            f.problem(QStringLiteral("id"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "duplicate id \"%1\" (first used on line %2); ids must be unique")
                          .arg(a.id)
                          .arg(lineOfId.value(a.id)));
        } else {
            lineOfId.insert(a.id, locator.position(pointer + QLatin1String("/id")).line);
        }
        if (!fo.contains(QLatin1String("geometry")))
            f.missing(QStringLiteral("geometry"),
                      QCoreApplication::translate("geo::ArticleReader",
                                                  "write \"geometry\": null when the gazetteer locates the entity"));
        else if (const QString why = geometryProblem(fo.value(QLatin1String("geometry")),
                                                     i < geometries.size() ? &geometries.at(i) : nullptr);
                 !why.isEmpty())
            f.problem(QStringLiteral("geometry"), why);
        else if (i < geometries.size())
            a.geometry = geometries.at(i);
        const QJsonValue props = fo.value(QLatin1String("properties"));
        if (!props.isObject()) {
            f.problem(QStringLiteral("properties"),
                      QCoreApplication::translate("geo::ArticleReader", "\"properties\" must be an object, not %1")
                          .arg(JsonMembers::typeName(props)));
            continue;
        }
        readAnnotation(JsonMembers(props.toObject(), pointer + QLatin1String("/properties"), owner, &problems), context,
                       &a);
        article.annotations.append(a);
        featureIndex.append(i);
    }

    // Anchoring, once the text is known to be there.
    if (!article.text.isEmpty()) {
        const TextAnchor anchor(article.text);
        for (qsizetype i = 0; i < article.annotations.size(); ++i) {
            Annotation& a = article.annotations[i];
            if (a.quote.isEmpty())
                continue;
            const TextAnchorResult r = anchor.anchor({a.quote, a.prefix, a.suffix, a.start, a.end});
            if (!r.isAnchored()) {
                const QString advice =
                    r.occurrences == 0
                        ? QCoreApplication::translate("geo::ArticleReader", "; the quote must be the exact words of "
                                                                            "the text (whitespace aside)")
                        : QString();
                problems.at(
                    QStringLiteral("/features/%1/properties/quote").arg(featureIndex.at(i)),
                    QCoreApplication::translate(
                        "geo::ArticleReader", "annotation \"%1\": the quote does not anchor in the article text: %2%3")
                        .arg(a.id, r.reason, advice));
                continue;
            }
            a.anchorStart = r.start;
            a.anchorEnd = r.end;
        }
    }
    if (problems.any())
        return result;
    article.fingerprint = Article::fingerprintOf(article.text);
    result.article = std::move(article);
    return result;
}

} // namespace

} // namespace geo
