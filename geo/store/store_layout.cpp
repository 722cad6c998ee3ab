#include "geo/store/store_layout.h"

#include "geo/store/article_store.h"
#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
#include "geo/data/entity_catalog.h"
#include "geo/core/place.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace geo {

namespace {

using T = StoreFieldType;

StoreField notNull(const QString& name, StoreFieldType type = T::String)
{
    return {name, type, true, false};
}

QList<StoreTable> makeTables()
{
    QList<StoreTable> tables;
    tables.append({StoreLayout::metaTable,
                   false,
                   QStringLiteral("Frontline store: schema version and bookkeeping"),
                   {{QStringLiteral("key"), T::String, true, true}, {QStringLiteral("value"), T::String}}});
    tables.append({StoreLayout::articlesTable,
                   false,
                   QStringLiteral("Annotated articles: one row per article, with its full text"),
                   {
                       {QStringLiteral("article_id"), T::String, true, true},
                       notNull(QStringLiteral("fingerprint")),
                       {QStringLiteral("format_version"), T::String},
                       {QStringLiteral("title"), T::String},
                       {QStringLiteral("publisher"), T::String},
                       {QStringLiteral("url"), T::String},
                       {QStringLiteral("published"), T::Date},
                       {QStringLiteral("language"), T::String},
                       {QStringLiteral("kind"), T::String},
                       {QStringLiteral("text"), T::String},
                       {QStringLiteral("licence"), T::String},
                       {QStringLiteral("notes"), T::String},
                       {QStringLiteral("source_path"), T::String},
                       {QStringLiteral("imported_at"), T::DateTime},
                       {QStringLiteral("imported_by"), T::String, false, false, 2},
                       // 1 for the first revision (and for an article stored before schema 3: NULL), then one
                       // more for each correction (ArticleStore::articleRevisions).
                       {QStringLiteral("revision"), T::Integer, false, false, 3},
                       // The whole article as its file (docs/article-format.md, as articleToGeoJson writes it):
                       // what the store gives back. NULL for an article stored before schema 4, then read from
                       // the rows.
                       {QStringLiteral("article_geojson"), T::String, false, false, 4},
                   }});
    tables.append({StoreLayout::annotationsTable,
                   true,
                   QStringLiteral("Annotations of the articles, at their entity when it is located (EPSG:4326); "
                                  "start/end: the anchored range in code points"),
                   {
                       notNull(QStringLiteral("article_id")),
                       notNull(QStringLiteral("annotation_id")),
                       notNull(QStringLiteral("kind")),
                       {QStringLiteral("quote"), T::String},
                       {QStringLiteral("prefix"), T::String},
                       {QStringLiteral("suffix"), T::String},
                       {QStringLiteral("start"), T::Integer},
                       {QStringLiteral("end"), T::Integer},
                       {QStringLiteral("selector_start"), T::Integer},
                       {QStringLiteral("selector_end"), T::Integer},
                       {QStringLiteral("entity"), T::String},
                       {QStringLiteral("value"), T::Real},
                       {QStringLiteral("unit"), T::String},
                       {QStringLiteral("geo_precision"), T::Integer},
                       {QStringLiteral("source"), T::String},
                       {QStringLiteral("notes"), T::String},
                       {QStringLiteral("article_geometry"), T::String},
                       // Provenance: "suggested" (proposed by the suggestion engine, not yet checked), "accepted"
                       // (a suggestion a person accepted), NULL: written by hand.
                       {QStringLiteral("origin"), T::String, false, false, 3},
                   }});
    tables.append({StoreLayout::claimsTable,
                   true,
                   QStringLiteral("Dated control claims, at their place (EPSG:4326), with their sentence and "
                                  "source"),
                   {
                       notNull(QStringLiteral("article_id")),
                       notNull(QStringLiteral("annotation_id")),
                       {QStringLiteral("place_id"), T::String},
                       {QStringLiteral("place_name"), T::String},
                       {QStringLiteral("event_date"), T::String},
                       {QStringLiteral("date_from"), T::Date},
                       {QStringLiteral("date_to"), T::Date},
                       {QStringLiteral("effective_date"), T::Date},
                       {QStringLiteral("approximate"), T::Boolean},
                       {QStringLiteral("time_precision"), T::Integer},
                       {QStringLiteral("date_note"), T::String},
                       {QStringLiteral("geo_precision"), T::Integer},
                       {QStringLiteral("sub_event_type"), T::String},
                       {QStringLiteral("controller"), T::String},
                       {QStringLiteral("previous_controller"), T::String},
                       {QStringLiteral("claimant"), T::String},
                       {QStringLiteral("claim_status"), T::String},
                       {QStringLiteral("quote"), T::String},
                       {QStringLiteral("sentence"), T::String},
                       {QStringLiteral("publisher"), T::String},
                       {QStringLiteral("published"), T::Date},
                       {QStringLiteral("notes"), T::String},
                   }});
    tables.append({StoreLayout::controlStatesTable,
                   true,
                   QStringLiteral("Who held each place from valid_from to valid_to (null: still valid), derived "
                                  "from the claims (EPSG:4326)"),
                   {
                       notNull(QStringLiteral("place_id")),
                       {QStringLiteral("name"), T::String},
                       {QStringLiteral("controller"), T::String},
                       {QStringLiteral("claim_status"), T::String},
                       notNull(QStringLiteral("valid_from"), T::Date),
                       {QStringLiteral("valid_to"), T::Date},
                       {QStringLiteral("article_id"), T::String},
                       {QStringLiteral("annotation_id"), T::String},
                       {QStringLiteral("source"), T::String},
                       {QStringLiteral("supporting"), T::String, false, false, 3},
                   }});
    tables.append({StoreLayout::revisionsTable,
                   false,
                   QStringLiteral("Earlier revisions of the articles, superseded by a correction: one row per "
                                  "revision, with who imported it and when, who replaced it and when, and its rows "
                                  "(content, JSON)"),
                   {
                       notNull(QStringLiteral("article_id")),
                       notNull(QStringLiteral("revision"), T::Integer),
                       {QStringLiteral("fingerprint"), T::String},
                       {QStringLiteral("source_path"), T::String},
                       {QStringLiteral("imported_at"), T::DateTime},
                       {QStringLiteral("imported_by"), T::String},
                       {QStringLiteral("superseded_at"), T::DateTime},
                       {QStringLiteral("superseded_by"), T::String},
                       {QStringLiteral("annotations"), T::Integer},
                       {QStringLiteral("claims"), T::Integer},
                       {QStringLiteral("content"), T::String},
                   },
                   3});
    return tables;
}

// Empty strings, invalid dates and absent numbers are stored as NULL.
void put(StoreRow* row, const QString& field, const QString& value)
{
    if (!value.isEmpty())
        row->values.insert(field, value);
}

void put(StoreRow* row, const QString& field, const QDate& value)
{
    if (value.isValid())
        row->values.insert(field, value);
}

void putCount(StoreRow* row, const QString& field, qint64 value, qint64 absent)
{
    if (value != absent)
        row->values.insert(field, value);
}

qint64 count(const StoreRow& row, const QString& field, qint64 absent)
{
    const QVariant v = row.values.value(field);
    return v.isValid() ? v.toLongLong() : absent;
}

// Whether an annotation carries the event fields of a claim (claims always do; the format allows them on
// other annotations too).
bool hasEventFields(const Annotation& a)
{
    return a.kind == AnnotationKind::Claim || !a.eventDate.isEmpty() || a.timePrecision != 0 || !a.dateNote.isEmpty() ||
           !a.subEventType.isEmpty() || !a.place.isEmpty() || a.controller || a.previousController ||
           !a.claimant.isEmpty() || a.claimStatus;
}

Language languageOf(const Article& article)
{
    if (article.language.startsWith(QLatin1String("fr")))
        return Language::French;
    if (article.language.startsWith(QLatin1String("ar")))
        return Language::Arabic;
    return Language::English;
}

std::optional<QPointF> ownPoint(const Geometry& g)
{
    if (g.kind == GeometryKind::Point && g.parts.size() == 1 && g.parts.first().size() == 1)
        return g.parts.first().first();
    return std::nullopt;
}

template <typename Enum>
bool readVocabulary(const StoreRow& row, const QString& table, const QString& field,
                    std::optional<Enum> (*fromName)(const QString&), std::optional<Enum>* out, QString* error)
{
    const QString name = row.string(field);
    if (name.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    *out = fromName(name);
    if (!*out && error)
        *error = QStringLiteral("table %1, row %2: %3 \"%4\" is not a known value; correct it in a GIS or "
                                "remove the article and import it again")
                     .arg(table)
                     .arg(row.fid)
                     .arg(field, name);
    return out->has_value();
}

QJsonArray jsonPoint(const QPointF& p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray jsonLine(const QVector<QPointF>& line)
{
    QJsonArray a;
    for (const QPointF& p : line)
        a.append(jsonPoint(p));
    return a;
}

std::optional<QPointF> pointFromJson(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return std::nullopt;
    return QPointF(a.at(0).toDouble(), a.at(1).toDouble());
}

std::optional<QVector<QPointF>> lineFromJson(const QJsonValue& v)
{
    if (!v.isArray())
        return std::nullopt;
    QVector<QPointF> line;
    for (const QJsonValue& p : v.toArray()) {
        const auto point = pointFromJson(p);
        if (!point)
            return std::nullopt;
        line.append(*point);
    }
    return line;
}

} // namespace

const StoreField* StoreTable::field(const QString& fieldName) const
{
    for (const StoreField& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const QList<StoreTable>& StoreLayout::tables()
{
    static const QList<StoreTable> all = makeTables();
    return all;
}

const StoreTable* StoreLayout::table(const QString& name)
{
    for (const StoreTable& t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

ArticleRows StoreLayout::rowsOf(const Article& article, const QString& sourcePath, const QDateTime& importedAt,
                                const EntityCatalog& catalog)
{
    ArticleRows rows;
    StoreRow& r = rows.article;
    put(&r, QStringLiteral("article_id"), article.id);
    put(&r, QStringLiteral("fingerprint"), Article::fingerprintOf(article.text));
    put(&r, QStringLiteral("format_version"), article.formatVersion);
    put(&r, QStringLiteral("title"), article.title);
    put(&r, QStringLiteral("publisher"), article.publisher);
    put(&r, QStringLiteral("url"), article.url);
    put(&r, QStringLiteral("published"), article.published);
    put(&r, QStringLiteral("language"), article.language);
    put(&r, QStringLiteral("kind"), articleKindName(article.kind));
    put(&r, QStringLiteral("text"), article.text);
    put(&r, QStringLiteral("licence"), article.licence);
    put(&r, QStringLiteral("notes"), article.notes);
    put(&r, QStringLiteral("source_path"), sourcePath);
    if (importedAt.isValid())
        r.values.insert(QStringLiteral("imported_at"), importedAt.toUTC());
    put(&r, QStringLiteral("article_geojson"), QString::fromUtf8(articleToGeoJson(article)));

    const Language language = languageOf(article);
    for (const Annotation& a : article.annotations) {
        StoreRow row;
        put(&row, QStringLiteral("article_id"), article.id);
        put(&row, QStringLiteral("annotation_id"), a.id);
        put(&row, QStringLiteral("kind"), annotationKindName(a.kind));
        put(&row, QStringLiteral("quote"), a.quote);
        put(&row, QStringLiteral("prefix"), a.prefix);
        put(&row, QStringLiteral("suffix"), a.suffix);
        putCount(&row, QStringLiteral("start"), a.anchorStart, -1);
        putCount(&row, QStringLiteral("end"), a.anchorEnd, -1);
        putCount(&row, QStringLiteral("selector_start"), a.start, -1);
        putCount(&row, QStringLiteral("selector_end"), a.end, -1);
        put(&row, QStringLiteral("entity"), a.entity);
        if (a.value)
            row.values.insert(QStringLiteral("value"), *a.value);
        put(&row, QStringLiteral("unit"), a.unit);
        putCount(&row, QStringLiteral("geo_precision"), a.geoPrecision, 0);
        put(&row, QStringLiteral("source"), a.source);
        put(&row, QStringLiteral("notes"), a.notes);
        put(&row, QStringLiteral("article_geometry"), geometryToJson(a.geometry));
        put(&row, QStringLiteral("origin"), a.origin);
        row.lonLat = catalog.lonLat(a.entity);
        if (!row.lonLat && !a.place.isEmpty())
            row.lonLat = catalog.lonLat(a.place);
        if (!row.lonLat)
            row.lonLat = ownPoint(a.geometry);
        rows.annotations.append(std::move(row));

        if (!hasEventFields(a))
            continue;
        StoreRow claim;
        put(&claim, QStringLiteral("article_id"), article.id);
        put(&claim, QStringLiteral("annotation_id"), a.id);
        put(&claim, QStringLiteral("place_id"), a.place);
        if (!a.place.isEmpty())
            put(&claim, QStringLiteral("place_name"), catalog.name(a.place, language));
        put(&claim, QStringLiteral("event_date"), a.eventDate);
        put(&claim, QStringLiteral("date_from"), a.eventDateFrom);
        put(&claim, QStringLiteral("date_to"), a.eventDateTo);
        put(&claim, QStringLiteral("effective_date"), a.effectiveDate());
        claim.values.insert(QStringLiteral("approximate"), a.approximateDate);
        putCount(&claim, QStringLiteral("time_precision"), a.timePrecision, 0);
        put(&claim, QStringLiteral("date_note"), a.dateNote);
        putCount(&claim, QStringLiteral("geo_precision"), a.geoPrecision, 0);
        put(&claim, QStringLiteral("sub_event_type"), a.subEventType);
        if (a.controller)
            put(&claim, QStringLiteral("controller"), controllerName(*a.controller));
        if (a.previousController)
            put(&claim, QStringLiteral("previous_controller"), controllerName(*a.previousController));
        put(&claim, QStringLiteral("claimant"), a.claimant);
        if (a.claimStatus)
            put(&claim, QStringLiteral("claim_status"), claimStatusName(*a.claimStatus));
        put(&claim, QStringLiteral("quote"), a.quote);
        put(&claim, QStringLiteral("sentence"), article.sentence(a));
        put(&claim, QStringLiteral("publisher"), article.publisher);
        put(&claim, QStringLiteral("published"), article.published);
        put(&claim, QStringLiteral("notes"), a.notes);
        claim.lonLat = a.place.isEmpty() ? std::nullopt : catalog.lonLat(a.place);
        if (!claim.lonLat)
            claim.lonLat = ownPoint(a.geometry);
        rows.claims.append(std::move(claim));
    }
    return rows;
}

std::optional<Article> StoreLayout::articleFrom(const StoreRow& row, const QList<StoreRow>& annotations,
                                                const QList<StoreRow>& claims, QString* error)
{
    Article article;
    article.id = row.string(QStringLiteral("article_id"));
    article.fingerprint = row.string(QStringLiteral("fingerprint"));
    article.formatVersion = row.string(QStringLiteral("format_version"));
    article.title = row.string(QStringLiteral("title"));
    article.publisher = row.string(QStringLiteral("publisher"));
    article.url = row.string(QStringLiteral("url"));
    article.published = row.values.value(QStringLiteral("published")).toDate();
    article.language = row.string(QStringLiteral("language"));
    article.text = row.string(QStringLiteral("text"));
    article.licence = row.string(QStringLiteral("licence"));
    article.notes = row.string(QStringLiteral("notes"));
    std::optional<ArticleKind> kind;
    if (!readVocabulary(row, articlesTable, QStringLiteral("kind"), articleKindFromName, &kind, error))
        return std::nullopt;
    article.kind = kind.value_or(ArticleKind::Article);

    QHash<QString, const StoreRow*> claimOf;
    for (const StoreRow& c : claims)
        claimOf.insert(c.string(QStringLiteral("annotation_id")), &c);

    for (const StoreRow& r : annotations) {
        Annotation a;
        a.id = r.string(QStringLiteral("annotation_id"));
        std::optional<AnnotationKind> annotationKind;
        if (!readVocabulary(r, annotationsTable, QStringLiteral("kind"), annotationKindFromName, &annotationKind,
                            error))
            return std::nullopt;
        if (!annotationKind) {
            if (error)
                *error = QStringLiteral("table %1, row %2: no kind; correct it in a GIS or remove the article "
                                        "and import it again")
                             .arg(annotationsTable)
                             .arg(r.fid);
            return std::nullopt;
        }
        a.kind = *annotationKind;
        a.quote = r.string(QStringLiteral("quote"));
        a.prefix = r.string(QStringLiteral("prefix"));
        a.suffix = r.string(QStringLiteral("suffix"));
        a.anchorStart = count(r, QStringLiteral("start"), -1);
        a.anchorEnd = count(r, QStringLiteral("end"), -1);
        a.start = count(r, QStringLiteral("selector_start"), -1);
        a.end = count(r, QStringLiteral("selector_end"), -1);
        a.entity = r.string(QStringLiteral("entity"));
        if (const QVariant v = r.values.value(QStringLiteral("value")); v.isValid())
            a.value = v.toDouble();
        a.unit = r.string(QStringLiteral("unit"));
        a.geoPrecision = int(count(r, QStringLiteral("geo_precision"), 0));
        a.source = r.string(QStringLiteral("source"));
        a.notes = r.string(QStringLiteral("notes"));
        a.origin = r.string(QStringLiteral("origin"));
        if (const QString json = r.string(QStringLiteral("article_geometry")); !json.isEmpty()) {
            const auto geometry = geometryFromJson(json);
            if (!geometry) {
                if (error)
                    *error = QStringLiteral("table %1, row %2: article_geometry is not a GeoJSON point, line or "
                                            "polygon; correct it or remove the article and import it again")
                                 .arg(annotationsTable)
                                 .arg(r.fid);
                return std::nullopt;
            }
            a.geometry = *geometry;
        }

        if (const StoreRow* c = claimOf.value(a.id)) {
            a.place = c->string(QStringLiteral("place_id"));
            a.eventDate = c->string(QStringLiteral("event_date"));
            a.eventDateFrom = c->values.value(QStringLiteral("date_from")).toDate();
            a.eventDateTo = c->values.value(QStringLiteral("date_to")).toDate();
            a.approximateDate = c->values.value(QStringLiteral("approximate")).toBool();
            a.timePrecision = int(count(*c, QStringLiteral("time_precision"), 0));
            a.dateNote = c->string(QStringLiteral("date_note"));
            a.subEventType = c->string(QStringLiteral("sub_event_type"));
            a.claimant = c->string(QStringLiteral("claimant"));
            if (!readVocabulary(*c, claimsTable, QStringLiteral("controller"), controllerFromName, &a.controller,
                                error) ||
                !readVocabulary(*c, claimsTable, QStringLiteral("previous_controller"), controllerFromName,
                                &a.previousController, error) ||
                !readVocabulary(*c, claimsTable, QStringLiteral("claim_status"), claimStatusFromName, &a.claimStatus,
                                error))
                return std::nullopt;
        }
        article.annotations.append(std::move(a));
    }
    // Since schema 4 the article is kept whole as its file, with what the rows do not hold (events, area claims,
    // entities, actors, qualified dates): it is what comes back, once the rows were found sound.
    if (const QString geojson = row.string(QStringLiteral("article_geojson")); !geojson.isEmpty()) {
        const ArticleReadResult read = ArticleReader::readBytes(
            geojson.toUtf8(), QStringLiteral("%1, article \"%2\"").arg(articlesTable, article.id), {});
        if (!read.ok() || read.article->id != article.id) {
            if (error)
                *error = QStringLiteral("table %1, row %2: article_geojson is not the article %3 (%4); remove the "
                                        "article and import it again")
                             .arg(articlesTable)
                             .arg(row.fid)
                             .arg(article.id,
                                  read.ok() ? QStringLiteral("another id") : read.messages().join(QLatin1String("; ")));
            return std::nullopt;
        }
        Article whole = *read.article;
        // As imported: the version it declared (not the one the writer declares) and the anchored ranges (the
        // reader anchors every quote again; an article made in memory may have left one unanchored).
        whole.formatVersion = article.formatVersion;
        whole.fingerprint = article.fingerprint;
        QHash<QString, const Annotation*> fromRows;
        for (const Annotation& a : std::as_const(article.annotations))
            fromRows.insert(a.id, &a);
        for (Annotation& a : whole.annotations) {
            if (const Annotation* r = fromRows.value(a.id)) {
                a.anchorStart = r->anchorStart;
                a.anchorEnd = r->anchorEnd;
            }
        }
        return whole;
    }
    return article;
}

namespace {

QJsonObject rowToJson(const StoreTable& table, const StoreRow& row)
{
    QJsonObject values;
    for (const StoreField& field : table.fields) {
        const QVariant v = row.values.value(field.name);
        if (!v.isValid())
            continue;
        switch (field.type) {
        case T::String: values.insert(field.name, v.toString()); break;
        case T::Integer: values.insert(field.name, v.toLongLong()); break;
        case T::Real: values.insert(field.name, v.toDouble()); break;
        case T::Boolean: values.insert(field.name, v.toBool()); break;
        case T::Date: values.insert(field.name, v.toDate().toString(Qt::ISODate)); break;
        case T::DateTime: values.insert(field.name, v.toDateTime().toUTC().toString(Qt::ISODateWithMs)); break;
        }
    }
    QJsonObject o{{QStringLiteral("values"), values}};
    if (row.lonLat)
        o.insert(QStringLiteral("point"), jsonPoint(*row.lonLat));
    return o;
}

std::optional<StoreRow> rowFromJson(const StoreTable& table, const QJsonValue& json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    const QJsonObject values = o.value(QLatin1String("values")).toObject();
    StoreRow row;
    for (const StoreField& field : table.fields) {
        const QJsonValue v = values.value(field.name);
        if (v.isUndefined() || v.isNull())
            continue;
        QVariant value;
        switch (field.type) {
        case T::String: value = v.toString(); break;
        case T::Integer: value = qint64(v.toDouble()); break;
        case T::Real: value = v.toDouble(); break;
        case T::Boolean: value = v.toBool(); break;
        case T::Date: value = QDate::fromString(v.toString(), Qt::ISODate); break;
        case T::DateTime: value = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); break;
        }
        row.values.insert(field.name, value);
    }
    if (o.contains(QLatin1String("point"))) {
        row.lonLat = pointFromJson(o.value(QLatin1String("point")));
        if (!row.lonLat)
            return std::nullopt;
    }
    return row;
}

} // namespace

QString StoreLayout::rowsToJson(const ArticleRows& rows)
{
    QJsonArray annotations, claims;
    for (const StoreRow& row : rows.annotations)
        annotations.append(rowToJson(*table(annotationsTable), row));
    for (const StoreRow& row : rows.claims)
        claims.append(rowToJson(*table(claimsTable), row));
    const QJsonObject o{{QStringLiteral("article"), rowToJson(*table(articlesTable), rows.article)},
                        {QStringLiteral("annotations"), annotations},
                        {QStringLiteral("claims"), claims}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ArticleRows> StoreLayout::rowsFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ArticleRows rows;
    const auto article = rowFromJson(*table(articlesTable), o.value(QLatin1String("article")));
    if (!article)
        return std::nullopt;
    rows.article = *article;
    for (const auto& [name, list] : {std::pair{annotationsTable, &rows.annotations}, {claimsTable, &rows.claims}}) {
        const QJsonValue array = o.value(name);
        if (!array.isArray())
            return std::nullopt;
        for (const QJsonValue& v : array.toArray()) {
            auto row = rowFromJson(*table(name), v);
            if (!row)
                return std::nullopt;
            list->append(std::move(*row));
        }
    }
    return rows;
}

StoreRow StoreLayout::rowOf(const ControlStateRow& state)
{
    StoreRow row;
    put(&row, QStringLiteral("place_id"), state.placeId);
    put(&row, QStringLiteral("name"), state.name);
    put(&row, QStringLiteral("controller"), state.controller);
    put(&row, QStringLiteral("claim_status"), state.claimStatus);
    put(&row, QStringLiteral("valid_from"), state.validFrom);
    put(&row, QStringLiteral("valid_to"), state.validTo);
    put(&row, QStringLiteral("article_id"), state.articleId);
    put(&row, QStringLiteral("annotation_id"), state.annotationId);
    put(&row, QStringLiteral("source"), state.source);
    put(&row, QStringLiteral("supporting"), state.supporting.join(QLatin1Char(';')));
    row.lonLat = state.lonLat;
    return row;
}

ControlStateRow StoreLayout::controlStateFrom(const StoreRow& row)
{
    ControlStateRow state;
    state.placeId = row.string(QStringLiteral("place_id"));
    state.name = row.string(QStringLiteral("name"));
    state.lonLat = row.lonLat;
    state.controller = row.string(QStringLiteral("controller"));
    state.claimStatus = row.string(QStringLiteral("claim_status"));
    state.validFrom = row.values.value(QStringLiteral("valid_from")).toDate();
    state.validTo = row.values.value(QStringLiteral("valid_to")).toDate();
    state.articleId = row.string(QStringLiteral("article_id"));
    state.annotationId = row.string(QStringLiteral("annotation_id"));
    state.source = row.string(QStringLiteral("source"));
    state.supporting = row.string(QStringLiteral("supporting")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return state;
}

QString StoreLayout::geometryToJson(const Geometry& g)
{
    if (g.isEmpty())
        return {};
    QJsonObject o;
    switch (g.kind) {
    case GeometryKind::None: return {};
    case GeometryKind::Point:
        if (g.parts.size() == 1 && g.parts.first().size() == 1) {
            o.insert(QStringLiteral("type"), QStringLiteral("Point"));
            o.insert(QStringLiteral("coordinates"), jsonPoint(g.parts.first().first()));
        } else {
            QJsonArray points;
            for (const auto& part : g.parts) {
                for (const QPointF& p : part)
                    points.append(jsonPoint(p));
            }
            o.insert(QStringLiteral("type"), QStringLiteral("MultiPoint"));
            o.insert(QStringLiteral("coordinates"), points);
        }
        break;
    case GeometryKind::Line:
        if (g.parts.size() == 1) {
            o.insert(QStringLiteral("type"), QStringLiteral("LineString"));
            o.insert(QStringLiteral("coordinates"), jsonLine(g.parts.first()));
        } else {
            QJsonArray lines;
            for (const auto& part : g.parts)
                lines.append(jsonLine(part));
            o.insert(QStringLiteral("type"), QStringLiteral("MultiLineString"));
            o.insert(QStringLiteral("coordinates"), lines);
        }
        break;
    case GeometryKind::Polygon: {
        // The rings as Geometry holds them (outer and inner alike, painted with the odd-even rule).
        QJsonArray rings;
        for (const auto& part : g.parts)
            rings.append(jsonLine(part));
        o.insert(QStringLiteral("type"), QStringLiteral("Polygon"));
        o.insert(QStringLiteral("coordinates"), rings);
        break;
    }
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Geometry> StoreLayout::geometryFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString type = o.value(QLatin1String("type")).toString();
    const QJsonValue coordinates = o.value(QLatin1String("coordinates"));
    Geometry g;
    if (type == QLatin1String("Point")) {
        const auto p = pointFromJson(coordinates);
        if (!p)
            return std::nullopt;
        g.kind = GeometryKind::Point;
        g.parts.append({*p});
        return g;
    }
    if (type == QLatin1String("MultiPoint") || type == QLatin1String("LineString")) {
        const auto points = lineFromJson(coordinates);
        if (!points)
            return std::nullopt;
        if (type == QLatin1String("LineString")) {
            g.kind = GeometryKind::Line;
            g.parts.append(*points);
        } else {
            g.kind = GeometryKind::Point;
            for (const QPointF& p : *points)
                g.parts.append({p});
        }
        return g;
    }
    if (type == QLatin1String("MultiLineString") || type == QLatin1String("Polygon")) {
        if (!coordinates.isArray())
            return std::nullopt;
        for (const QJsonValue& v : coordinates.toArray()) {
            const auto line = lineFromJson(v);
            if (!line)
                return std::nullopt;
            g.parts.append(*line);
        }
        g.kind = type == QLatin1String("Polygon") ? GeometryKind::Polygon : GeometryKind::Line;
        return g;
    }
    return std::nullopt;
}

} // namespace geo
