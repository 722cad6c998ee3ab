#pragma once
// The store: a GeoPackage in the user's data folder holding the imported annotated articles, their
// annotations and claims, and the control states derived from them. GIS tools open it as it is: "articles"
// (a table), "annotations" and "claims" (points at their place, EPSG:4326) and "control_states" (points with
// valid_from/valid_to dates, ready for QGIS's temporal controller). StoreLayout (geo/store/store_layout.h) lists
// every column.
//
// Every change is one transaction, and the same transaction brings control_states up to date with the articles
// it leaves: an import or a removal lands whole or not at all, with its control states, whenever the process is
// killed (SQLite's rollback journal, beside the file, undoes an unfinished one on the next open). A file that is
// not a Frontline store is reported and never written to.
//
// The same article (same id, or the same text, re-flowed or not: the same fingerprint) is stored once. Delivered
// again with the same annotations and metadata, it adds nothing. Delivered with other annotations or metadata (a
// correction), it replaces the stored one as its next revision, under the stored id: the revision it supersedes
// is kept whole in article_revisions (who imported it and when, who replaced it and when), readable with
// articleRevisions(), and the control states follow in the same transaction. docs/shared-store.md says more.
//
// Threads: an ArticleStore and its GDAL handles belong to the thread that opened it; use one ArticleStore per
// thread (several may open the same file: SQLite serialises their writes).

#include "geo/articles/article.h"
#include "geo/store/store_layout.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace geo {

class EntityCatalog;
class StoreDataset;

struct ImportResult {
    // Imported: a new article. AlreadyPresent: the same article with the same annotations and metadata; nothing
    // changed. Revised: a correction of a stored article, stored as its next revision.
    enum class Status { Imported, AlreadyPresent, Revised, Failed };
    Status status = Status::Failed;
    QString articleId;         // the id of the article offered
    QString existingArticleId; // AlreadyPresent, Revised: the stored article it is the same as (its id stays)
    int revision = 0;          // the stored article's revision afterwards: 1 when Imported; 0 when Failed
    QString message;           // one line for the user

    bool ok() const { return status != Status::Failed; }
};

// One revision of a stored article: the current one, or one that a correction superseded.
struct ArticleRevision {
    QString articleId;
    int revision = 1; // 1, 2, ...
    bool current = false;
    QString fingerprint;
    QString sourcePath;     // the file it was imported from
    QDateTime importedAt;   // when and by whom this revision was stored (invalid / empty for an article
    QString importedBy;     // imported before the store kept them)
    QDateTime supersededAt; // when and by whom the next revision replaced it; invalid / empty for the current one
    QString supersededBy;
    int annotationCount = 0;
    int claimCount = 0;
    Article article; // as it was in this revision (annotations with their anchors, claims with all their fields)
};

// The last change made to a store, by whoever made it: what a window on a shared store polls for.
struct StoreChange {
    qint64 revision = 0; // counts the changes to the articles; 0 for a store never changed since it was made
    QString who;         // the PostgreSQL role, or the local user for a file
    QDateTime when;      // UTC
    QString what;        // e.g. "imported 3 articles: a, b, c"
};

class ArticleStore {
public:
    // Opens the store at PATH (a GeoPackage file, or a PostgreSQL connection: see StoreLocation), creating it when
    // there is none. A file that is not a Frontline store
    // (another format, a damaged file, a GeoPackage of another application, a store of a newer Frontline) is
    // left untouched: returns nullptr and sets *error to a message naming the file and what to do.
    static std::unique_ptr<ArticleStore> open(const QString& path, QString* error);
    // <application data folder>/frontline.gpkg; creates the folder.
    static QString defaultPath();

    ~ArticleStore();
    ArticleStore(const ArticleStore&) = delete;
    ArticleStore& operator=(const ArticleStore&) = delete;

    // The file path, or the database connection without its password.
    QString path() const;
    // Whether this user may change the store; *why (optional) says why not and what to do. Every change below
    // checks it first and changes nothing when not.
    bool canWrite(QString* why = nullptr) const;

    // Stores ARTICLE (read from SOURCEPATH), locating its annotations and claims with CATALOG (null points
    // where the catalog has no location). When the store already has the article (same id and fingerprint, or
    // the same fingerprint under another id): nothing is added if its annotations and metadata are the same
    // (AlreadyPresent), and it becomes the stored article's next revision, under the stored id, if they differ
    // (Revised). An article with a stored id but another text is refused (two articles given one id is the likelier
    // mistake; reviseArticle corrects a text). Each change below derives the control states with CATALOG in its
    // own transaction.
    ImportResult importArticle(const Article& article, const QString& sourcePath, const EntityCatalog& catalog);

    // Stores ARTICLE as the next revision of the stored article ARTICLEID (ARTICLE must have that id), text
    // corrections included: what a window that opened the stored article to correct it calls. Refused when the
    // store has no such article, when the new text is another stored article's, and, with SEENREVISION (see
    // removeArticle), when anyone changed the store since. The same annotations, metadata and text change nothing
    // (AlreadyPresent).
    ImportResult reviseArticle(const QString& articleId, const Article& article, const QString& sourcePath,
                               const EntityCatalog& catalog, std::optional<qint64> seenRevision = std::nullopt);

    // Every revision of the stored article ARTICLEID, oldest first, the current one last. Empty when the store has
    // no such article, or with *error set when the store cannot be read.
    QList<ArticleRevision> articleRevisions(const QString& articleId, QString* error = nullptr) const;
    // The current revision of each stored article, by id (1 for an article never corrected).
    QHash<QString, int> currentRevisions(QString* error = nullptr) const;

    // Reads every file with ArticleReader, checking its entities against CATALOG. When any file has a
    // problem, nothing is imported and *messages lists every problem ("file:line:column: message"); otherwise
    // all the articles are imported in one transaction and *messages says what became of each file.
    bool importFiles(const QStringList& paths, const EntityCatalog& catalog, QStringList* messages);

    // Imports the bundled articles (Qt resources ":/articles/...") the first time it runs on a store; later
    // runs add nothing, even when the user has removed a bundled article since.
    bool seedBundled(const QStringList& resourcePaths, const EntityCatalog& catalog, QStringList* messages);

    // Deletes the article with its annotations, claims and earlier revisions, and derives the control states
    // again, in one transaction. With SEENREVISION (the revision a window loaded, lastChange().revision), the removal
    // is refused when anyone changed the store since: a stale window never acts on articles it has not seen.
    bool removeArticle(const QString& articleId, const EntityCatalog& catalog, QString* error,
                       std::optional<qint64> seenRevision = std::nullopt);

    // Every stored article, in import order, as it was imported (annotations with their anchors, claims with
    // all their fields). Empty with *error set when the store cannot be read.
    QList<Article> articles(QString* error) const;
    QStringList articleIds() const;

    // Replaces the whole control_states table in one transaction. Refuses rows without a place id or a
    // valid_from, or ending before they start (the table is then left as it was).
    bool replaceControlStates(const QVector<ControlStateRow>& rows, QString* error = nullptr);
    // Derives the control states from the stored articles with CATALOG and writes them, in one transaction, when
    // they differ from the stored ones (a store from an older version, a catalog that changed); writes nothing
    // otherwise. *changed (optional) says whether it wrote.
    bool refreshControlStates(const EntityCatalog& catalog, QString* error, bool* changed = nullptr);
    // Whether control_states were derived from exactly the stored articles (their ids and texts), as every
    // change of this version leaves them. Cheap: it reads no article.
    bool controlStatesMatchArticles() const;
    QVector<ControlStateRow> controlStates(QString* error = nullptr) const;

    // The last change to the articles (an import or a removal, by anyone). Cheap: reads a few meta rows, so a
    // window may poll it every few seconds.
    StoreChange lastChange(QString* error = nullptr) const;

    // Copies every article of SOURCE (the rows as they are stored: ids, texts, anchors, claims, import dates,
    // earlier revisions) into this store, which must hold none, and derives the control states, in one transaction.
    bool copyFrom(const ArticleStore& source, const EntityCatalog& catalog, QString* error);
    // "GeoPackage file" or "PostgreSQL database"; and the store's schema version.
    QString kindName() const;
    int schemaVersion() const;

    // The number of rows of one table; -1 for a table the store does not have.
    int rowCount(const QString& table) const;

private:
    ArticleStore();
    static std::unique_ptr<ArticleStore> fromDataset(std::unique_ptr<StoreDataset> dataset, QString* error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace geo
