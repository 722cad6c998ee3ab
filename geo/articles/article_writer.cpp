#include "geo/articles/article_writer.h"

#include "geo/articles/article_reader.h"
#include "geo/core/file_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QPolygonF>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace geo {

namespace {

using Members = QList<std::pair<QString, QJsonValue>>;

// One JSON value, compact, as QJsonDocument writes it (strings escaped, UTF-8, numbers that read back equal).
QByteArray jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// An object with its members in the order given (QJsonObject would sort them).
QByteArray objectText(const Members& members)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += jsonText(members.at(i).first) + ": " + jsonText(members.at(i).second);
    }
    return out + '}';
}

void addString(Members* members, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        members->append({key, value});
}

QJsonArray position(const QPointF& p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray line(const QVector<QPointF>& points)
{
    QJsonArray a;
    for (const QPointF& p : points)
        a.append(position(p));
    return a;
}

// A Geometry as GeoJSON. Polygon parts are rings, outer and inner alike: a ring inside the outer ring of the
// polygon being built is one of its holes, any other ring starts a new polygon (the order OGR reads them in).
QJsonValue geometryJson(const Geometry& g)
{
    if (g.isEmpty())
        return QJsonValue::Null;
    QJsonObject o;
    switch (g.kind) {
    case GeometryKind::None: return QJsonValue::Null;
    case GeometryKind::Point: {
        QJsonArray points;
        for (const auto& part : g.parts) {
            for (const QPointF& p : part)
                points.append(position(p));
        }
        if (points.size() == 1) {
            o.insert(QStringLiteral("type"), QStringLiteral("Point"));
            o.insert(QStringLiteral("coordinates"), points.at(0));
        } else {
            o.insert(QStringLiteral("type"), QStringLiteral("MultiPoint"));
            o.insert(QStringLiteral("coordinates"), points);
        }
        return o;
    }
    case GeometryKind::Line: {
        if (g.parts.size() == 1) {
            o.insert(QStringLiteral("type"), QStringLiteral("LineString"));
            o.insert(QStringLiteral("coordinates"), line(g.parts.at(0)));
        } else {
            QJsonArray lines;
            for (const auto& part : g.parts)
                lines.append(line(part));
            o.insert(QStringLiteral("type"), QStringLiteral("MultiLineString"));
            o.insert(QStringLiteral("coordinates"), lines);
        }
        return o;
    }
    case GeometryKind::Polygon: {
        QJsonArray polygons;
        QJsonArray current;
        QPolygonF outer;
        for (const auto& ring : g.parts) {
            if (!current.isEmpty() && !ring.isEmpty() && outer.containsPoint(ring.first(), Qt::OddEvenFill)) {
                current.append(line(ring));
                continue;
            }
            if (!current.isEmpty())
                polygons.append(current);
            current = QJsonArray{line(ring)};
            outer = QPolygonF(ring);
        }
        if (!current.isEmpty())
            polygons.append(current);
        if (polygons.size() == 1) {
            o.insert(QStringLiteral("type"), QStringLiteral("Polygon"));
            o.insert(QStringLiteral("coordinates"), polygons.at(0));
        } else {
            o.insert(QStringLiteral("type"), QStringLiteral("MultiPolygon"));
            o.insert(QStringLiteral("coordinates"), polygons);
        }
        return o;
    }
    }
    return QJsonValue::Null;
}

Members annotationProperties(const Annotation& a)
{
    Members p;
    p.append({QStringLiteral("kind"), annotationKindName(a.kind)});
    p.append({QStringLiteral("quote"), a.quote});
    addString(&p, QStringLiteral("prefix"), a.prefix);
    addString(&p, QStringLiteral("suffix"), a.suffix);
    if (a.start >= 0 && a.end >= 0) {
        p.append({QStringLiteral("start"), double(a.start)});
        p.append({QStringLiteral("end"), double(a.end)});
    }
    addString(&p, QStringLiteral("entity"), a.entity);
    if (a.value && std::isfinite(*a.value))
        p.append({QStringLiteral("value"), *a.value});
    addString(&p, QStringLiteral("unit"), a.unit);
    addString(&p, QStringLiteral("event_date"), a.eventDate);
    if (a.timePrecision > 0)
        p.append({QStringLiteral("time_precision"), a.timePrecision});
    addString(&p, QStringLiteral("date_note"), a.dateNote);
    addString(&p, QStringLiteral("sub_event_type"), a.subEventType);
    addString(&p, QStringLiteral("place"), a.place);
    if (a.controller)
        p.append({QStringLiteral("controller"), controllerName(*a.controller)});
    if (a.previousController)
        p.append({QStringLiteral("previous_controller"), controllerName(*a.previousController)});
    addString(&p, QStringLiteral("claimant"), a.claimant);
    addString(&p, QStringLiteral("claimant_actor"), a.claimantActor);
    if (a.claimStatus)
        p.append({QStringLiteral("claim_status"), claimStatusName(*a.claimStatus)});
    if (a.claimScope != ClaimScope::Place)
        p.append({QStringLiteral("claim_scope"), claimScopeName(a.claimScope)});
    if (a.areaShare)
        p.append({QStringLiteral("area_share"), *a.areaShare});
    addString(&p, QStringLiteral("event_type"), a.eventType);
    addString(&p, QStringLiteral("effective_date"), a.effectiveDateText);
    addString(&p, QStringLiteral("road"), a.road);
    if (a.widthKm)
        p.append({QStringLiteral("width_km"), *a.widthKm});
    addString(&p, QStringLiteral("from_place"), a.fromPlace);
    addString(&p, QStringLiteral("to_place"), a.toPlace);
    if (!a.actors.isEmpty())
        p.append({QStringLiteral("actors"), QJsonArray::fromStringList(a.actors)});
    if (a.geoPrecision > 0)
        p.append({QStringLiteral("geo_precision"), a.geoPrecision});
    addString(&p, QStringLiteral("source"), a.source);
    addString(&p, QStringLiteral("notes"), a.notes);
    addString(&p, QStringLiteral("origin"), a.origin);
    return p;
}

bool uses11(const Annotation& a)
{
    static const QRegularExpression form10(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?(/\\d{4}-\\d{2}(-\\d{2})?)?$"));
    return !a.origin.isEmpty() || a.kind == AnnotationKind::Event || a.claimScope != ClaimScope::Place || a.areaShare ||
           !a.claimantActor.isEmpty() || !a.eventType.isEmpty() || !a.effectiveDateText.isEmpty() ||
           !a.road.isEmpty() || a.widthKm || !a.fromPlace.isEmpty() || !a.toPlace.isEmpty() || !a.actors.isEmpty() ||
           (!a.eventDate.isEmpty() && !form10.match(a.eventDate).hasMatch());
}

QJsonObject namesJson(const QMap<QString, QString>& names)
{
    QJsonObject o;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QByteArray entityText(const LocalEntity& e)
{
    Members m;
    m.append({QStringLiteral("id"), e.id});
    m.append({QStringLiteral("kind"), entityKindName(e.kind)});
    m.append({QStringLiteral("names"), namesJson(e.names)});
    if (e.point)
        m.append({QStringLiteral("point"), position(*e.point)});
    addString(&m, QStringLiteral("source"), e.source);
    addString(&m, QStringLiteral("notes"), e.notes);
    return objectText(m);
}

QByteArray actorText(const ArticleActor& a)
{
    Members m;
    m.append({QStringLiteral("id"), a.id});
    m.append({QStringLiteral("kind"), actorKindName(a.kind)});
    m.append({QStringLiteral("names"), namesJson(a.names)});
    if (!a.variants.isEmpty())
        m.append({QStringLiteral("variants"), QJsonArray::fromStringList(a.variants)});
    addString(&m, QStringLiteral("role"), a.role);
    if (a.controller)
        m.append({QStringLiteral("controller"), controllerName(*a.controller)});
    addString(&m, QStringLiteral("notes"), a.notes);
    return objectText(m);
}

// A list of objects, one a line.
template <typename T, typename F> QByteArray listText(const QList<T>& items, F text)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i > 0 ? ",\n  " : "\n  ") + text(items.at(i));
    return out + "\n ]";
}

} // namespace

QString minimumFormatVersion(const Article& article)
{
    const bool needs11 = std::any_of(article.annotations.cbegin(), article.annotations.cend(), uses11) ||
                         !article.entities.isEmpty() || !article.actors.isEmpty() || article.publishedPrecision == 3;
    return ArticleReader::formatVersions().at(needs11 ? 1 : 0);
}

QString formatVersionToWrite(const Article& article)
{
    const QStringList versions = ArticleReader::formatVersions();
    const QString minimum = minimumFormatVersion(article);
    const qsizetype own = versions.indexOf(article.formatVersion);
    return own >= versions.indexOf(minimum) ? article.formatVersion : minimum;
}

QByteArray articleToGeoJson(const Article& article)
{
    Members members;
    members.append({QStringLiteral("id"), article.id});
    members.append({QStringLiteral("title"), article.title});
    members.append({QStringLiteral("publisher"), article.publisher});
    members.append({QStringLiteral("url"), article.url});
    members.append({QStringLiteral("published"), article.publishedPrecision == 3
                                                     ? article.published.toString(QStringLiteral("yyyy-MM"))
                                                     : article.published.toString(Qt::ISODate)});
    members.append({QStringLiteral("language"), article.language});
    members.append({QStringLiteral("kind"), articleKindName(article.kind)});
    addString(&members, QStringLiteral("licence"), article.licence);
    addString(&members, QStringLiteral("notes"), article.notes);
    members.append({QStringLiteral("text"), article.text});

    QByteArray out =
        "{\n \"type\": \"FeatureCollection\",\n \"frontline\": " + jsonText(formatVersionToWrite(article)) +
        ",\n \"article\": {";
    for (qsizetype i = 0; i < members.size(); ++i)
        out += (i > 0 ? ",\n  " : "\n  ") + jsonText(members.at(i).first) + ": " + jsonText(members.at(i).second);
    out += "\n },\n";
    if (!article.actors.isEmpty())
        out += " \"actors\": " + listText(article.actors, actorText) + ",\n";
    if (!article.entities.isEmpty())
        out += " \"entities\": " + listText(article.entities, entityText) + ",\n";
    out += " \"features\": [";
    for (qsizetype i = 0; i < article.annotations.size(); ++i) {
        const Annotation& a = article.annotations.at(i);
        out += (i > 0 ? ",\n  " : "\n  ");
        out += "{\"type\": \"Feature\", \"id\": " + jsonText(a.id) +
               ", \"geometry\": " + jsonText(geometryJson(a.geometry)) +
               ",\n   \"properties\": " + objectText(annotationProperties(a)) + '}';
    }
    out += "\n ]\n}\n";
    return out;
}

bool saveArticle(const Article& article, const QString& path, QString* error)
{
    FileWriter writer(path);
    if (!writer.open() || !writer.write(articleToGeoJson(article)) || !writer.commit()) {
        if (error)
            *error = writer.error();
        return false;
    }
    return true;
}

void setSelectorsFromAnchor(const QString& text, Annotation* annotation, int context)
{
    if (!annotation->isAnchored())
        return;
    const QList<uint> cps = text.toUcs4();
    const qsizetype from = annotation->anchorStart;
    const qsizetype to = annotation->anchorEnd;
    if (from > to || to > cps.size())
        return;
    const auto slice = [&cps](qsizetype a, qsizetype b) {
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()) + a, b - a);
    };
    annotation->quote = slice(from, to);
    annotation->prefix = slice(std::max<qsizetype>(0, from - context), from);
    annotation->suffix = slice(to, std::min<qsizetype>(cps.size(), to + context));
    annotation->start = from;
    annotation->end = to;
}

} // namespace geo
