#pragma once
// The table layout of the article store (geo/store/article_store.h) and the conversion between articles and table
// rows. Plain Qt values only: the store writes and reads these rows through GDAL, and nothing here knows
// about GDAL. Every point is EPSG:4326, longitude first.

#include "geo/articles/article.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <optional>

namespace geo {

class EntityCatalog;

// One row of the control timeline: who held a place from validFrom to validTo (invalid: still valid), and
// the claim it rests on.
struct ControlStateRow {
    QString placeId, name;
    std::optional<QPointF> lonLat; // EPSG:4326
    QString controller, claimStatus;
    QDate validFrom, validTo;
    QString articleId, annotationId, source; // source: publisher and date, e.g. "AFP, 2020-02-08"
    // The other claims that name the same controller for the place during the row ("articleId#annotationId"):
    // a second source confirming a change shows here.
    QStringList supporting;

    bool operator==(const ControlStateRow&) const = default;
};

enum class StoreFieldType { String, Integer, Real, Boolean, Date, DateTime };

struct StoreField {
    QString name;
    StoreFieldType type = StoreFieldType::String;
    bool notNull = false;
    bool unique = false;
    int since = 1; // the store schema version that added the column (StoreLayout::schemaVersion)
};

struct StoreTable {
    QString name;
    bool hasPoint = false; // a Point geometry column "geom", EPSG:4326; else an attribute table
    QString description;   // shown by GIS tools (gpkg_contents.description)
    QList<StoreField> fields;
    int since = 1; // the store schema version that added the table

    const StoreField* field(const QString& fieldName) const;
};

// One row: its values by field name (a missing value is NULL) and its point, if any.
struct StoreRow {
    qint64 fid = -1; // set when read from the store
    QVariantHash values;
    std::optional<QPointF> lonLat;

    QString string(const QString& field) const { return values.value(field).toString(); }
};

// One article as the rows it takes: one in "articles", one per annotation in "annotations", and one in "claims"
// per claim (and per other annotation carrying claim fields, which the format allows: they come back too).
struct ArticleRows {
    StoreRow article;
    QList<StoreRow> annotations;
    QList<StoreRow> claims;
};

class StoreLayout {
public:
    // 1: the first store. 2: articles.imported_by (who imported each article: the PostgreSQL role, or the local
    // user). 3: revisions (articles.revision, the article_revisions table keeping the revisions a correction
    // superseded), annotations.origin (suggested, accepted, or by hand) and control_states.supporting.
    // 4: articles.article_geojson, the whole article as its file (format 1.1 holds more than the rows: events,
    // area claims, entities, actors, qualified dates); an article stored before keeps NULL there and is read
    // from its rows.
    // A store of an older schema is brought up to this one when a writer opens it (ArticleStore::open).
    static constexpr int schemaVersion = 4;

    static inline const QString metaTable = QStringLiteral("frontline_meta");
    static inline const QString articlesTable = QStringLiteral("articles");
    static inline const QString annotationsTable = QStringLiteral("annotations");
    static inline const QString claimsTable = QStringLiteral("claims");
    static inline const QString controlStatesTable = QStringLiteral("control_states");
    static inline const QString revisionsTable = QStringLiteral("article_revisions");

    // Every table, the meta table first.
    static const QList<StoreTable>& tables();
    static const StoreTable* table(const QString& name);

    // The rows of ARTICLE. Points come from CATALOG (an annotation at its entity, a claim at its place), or
    // from the annotation's own point geometry when the catalog has no location; otherwise they stay null.
    static ArticleRows rowsOf(const Article& article, const QString& sourcePath, const QDateTime& importedAt,
                              const EntityCatalog& catalog);

    // The article back from its rows (annotations in the order given). Returns nothing and sets *error when
    // a stored value is outside its vocabulary.
    static std::optional<Article> articleFrom(const StoreRow& article, const QList<StoreRow>& annotations,
                                              const QList<StoreRow>& claims, QString* error);

    // The rows of one article as JSON text (every value typed as its table says, points as [lon, lat]), and
    // back: how article_revisions keeps a superseded revision whole.
    static QString rowsToJson(const ArticleRows& rows);
    static std::optional<ArticleRows> rowsFromJson(const QString& json);

    static StoreRow rowOf(const ControlStateRow& state);
    static ControlStateRow controlStateFrom(const StoreRow& row);

    // An annotation's own geometry as GeoJSON geometry text (empty for none), and back. Exact for doubles.
    static QString geometryToJson(const Geometry& geometry);
    static std::optional<Geometry> geometryFromJson(const QString& json);
};

} // namespace geo
