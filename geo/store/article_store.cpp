#include "geo/store/article_store.h"

#include "geo/articles/article_reader.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/store/control_states.h"
#include "geo/store/store_dataset.h"
#include "geo/store/store_layout.h"
#include "geo/store/store_location.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

namespace geo {

namespace {

const QString kSeededKey = QStringLiteral("bundled_seeded");
// The articles control_states were derived from: a digest of their ids and fingerprints, in store order.
const QString kControlBasisKey = QStringLiteral("control_states_basis");
const QString kArticleId = QStringLiteral("article_id");
// The change counter a window on a shared store polls, and who made the last change, when, and what it was.
const QString kRevisionKey = QStringLiteral("revision");
const QString kChangeByKey = QStringLiteral("last_change_by");
const QString kChangeAtKey = QStringLiteral("last_change_at");
const QString kChangeKey = QStringLiteral("last_change");

QString importedText(const QStringList& ids)
{
    const QString listed = ids.size() <= 5 ? ids.join(QStringLiteral(", "))
                                           : ids.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", ...");
    return ids.size() == 1 ? QStringLiteral("imported %1").arg(listed)
                           : QStringLiteral("imported %1 articles: %2").arg(ids.size()).arg(listed);
}

QString sameArticleMessage(const QString& id, const QString& existingId, bool sameText)
{
    return QStringLiteral("%1: the same article as %2 (%3); nothing added")
        .arg(id, existingId, sameText ? QStringLiteral("same text") : QStringLiteral("same text, re-flowed"));
}

} // namespace

struct ArticleStore::Impl {
    std::unique_ptr<StoreDataset> store;

    ImportResult insert(const Article& article, const QString& sourcePath, const EntityCatalog& catalog);
    bool importAll(const QStringList& paths, const EntityCatalog& catalog, QStringList* messages, bool markSeeded);
    QList<Article> readArticles(QString* error) const;
    std::optional<QString> articlesDigest(QString* error) const;
    // Inside the caller's transaction: the control_states table becomes ROWS, derived from the articles
    // whose digest is BASIS (none: rows that were not derived from the articles, so no basis is recorded).
    bool putControlStates(const QVector<ControlStateRow>& rows, const std::optional<QString>& basis, QString* error);
    // Inside the caller's transaction: control_states derived again from the articles as the transaction
    // leaves them.
    bool deriveControlStates(const EntityCatalog& catalog, QString* error);
    QString metaValue(const QString& key) const;
    // Inside the caller's transaction: the revision counter goes up by one, and the change is recorded.
    bool recordChange(const QString& what, QString* error);
};

ArticleStore::ArticleStore() = default;
ArticleStore::~ArticleStore() = default;

QString ArticleStore::path() const
{
    return d->store->path();
}

bool ArticleStore::canWrite(QString* why) const
{
    return d->store->canWrite(why);
}

QString ArticleStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("frontline.gpkg"));
}

std::unique_ptr<ArticleStore> ArticleStore::open(const QString& path, QString* error)
{
    if (StoreLocation(path).isDatabase())
        return fromDataset(StoreDataset::open(path, error), error); // one connection: creates, checks, opens
    QString problem;
    const bool exists = StoreDataset::exists(path, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    if (!exists && !StoreDataset::create(path, error))
        return nullptr;
    if (!StoreDataset::check(path, error))
        return nullptr;
    // A read-only file cannot even be opened by GDAL for update; a database role that may only read can browse.
    if (!StoreLocation(path).isDatabase() && !QFileInfo(path).isWritable()) {
        if (error)
            *error = QStringLiteral("%1: the store is read-only; make the file writable (chmod u+w) or choose "
                                    "another store location")
                         .arg(path);
        return nullptr;
    }
    return fromDataset(StoreDataset::open(path, error), error);
}

std::unique_ptr<ArticleStore> ArticleStore::fromDataset(std::unique_ptr<StoreDataset> dataset, QString* error)
{
    if (!dataset)
        return nullptr;
    // A store of an older schema is upgraded by the first writer to open it; a reader reads it as it is.
    if (dataset->schemaVersion() < StoreLayout::schemaVersion && dataset->canWrite() && !dataset->upgrade(error))
        return nullptr;
    std::unique_ptr<ArticleStore> store(new ArticleStore);
    store->d = std::make_unique<Impl>();
    store->d->store = std::move(dataset);
    return store;
}

ImportResult ArticleStore::Impl::insert(const Article& article, const QString& sourcePath, const EntityCatalog& catalog)
{
    ImportResult result;
    result.articleId = article.id;
    if (article.id.trimmed().isEmpty()) {
        result.message =
            QStringLiteral("%1: the article has no id; give it one (see docs/article-format.md)").arg(sourcePath);
        return result;
    }
    const QString fingerprint = Article::fingerprintOf(article.text);
    QList<StoreRow> found;
    QString error;
    if (!store->read(StoreLayout::articlesTable, kArticleId, article.id, &found, &error) ||
        (found.isEmpty() &&
         !store->read(StoreLayout::articlesTable, QStringLiteral("fingerprint"), fingerprint, &found, &error))) {
        result.message = error;
        return result;
    }
    if (!found.isEmpty()) {
        const StoreRow& stored = found.first();
        const QString storedId = stored.string(QStringLiteral("article_id"));
        if (stored.string(QStringLiteral("fingerprint")) != fingerprint) {
            result.message = QStringLiteral("%1: the store already has an article \"%1\" with a different text "
                                            "(imported from %2); nothing imported. Give this version its own id, "
                                            "or remove the stored article first")
                                 .arg(article.id, stored.string(QStringLiteral("source_path")));
            return result;
        }
        result.status = ImportResult::Status::AlreadyPresent;
        result.existingArticleId = storedId;
        result.message =
            sameArticleMessage(article.id, storedId, stored.string(QStringLiteral("text")) == article.text);
        return result;
    }

    ArticleRows rows = StoreLayout::rowsOf(article, sourcePath, QDateTime::currentDateTimeUtc(), catalog);
    rows.article.values.insert(QStringLiteral("imported_by"), store->userName());
    bool ok = store->write(StoreLayout::articlesTable, rows.article, &error);
    for (const StoreRow& row : rows.annotations)
        ok = ok && store->write(StoreLayout::annotationsTable, row, &error);
    for (const StoreRow& row : rows.claims)
        ok = ok && store->write(StoreLayout::claimsTable, row, &error);
    if (!ok) {
        result.message = QStringLiteral("%1: %2; nothing imported").arg(article.id, error);
        return result;
    }
    result.status = ImportResult::Status::Imported;
    result.message = QStringLiteral("%1: imported (%2 annotations, %3 claims)")
                         .arg(article.id)
                         .arg(rows.annotations.size())
                         .arg(rows.claims.size());
    return result;
}

ImportResult ArticleStore::importArticle(const Article& article, const QString& sourcePath,
                                         const EntityCatalog& catalog)
{
    ImportResult result;
    result.articleId = article.id;
    if (!d->store->canWrite(&result.message)) {
        result.message += QStringLiteral("; nothing imported");
        return result;
    }
    StoreTransaction transaction(*d->store);
    if (!transaction.begin(&result.message))
        return result;
    result = d->insert(article, sourcePath, catalog);
    if (result.status != ImportResult::Status::Imported)
        return result;
    QString error;
    if (!d->deriveControlStates(catalog, &error) || !d->recordChange(importedText({article.id}), &error) ||
        !transaction.commit(&error)) {
        result.status = ImportResult::Status::Failed;
        result.message = QStringLiteral("%1: %2; nothing imported").arg(article.id, error);
    }
    return result;
}

bool ArticleStore::Impl::importAll(const QStringList& paths, const EntityCatalog& catalog, QStringList* messages,
                                   bool markSeeded)
{
    QList<Article> read;
    bool problems = false;
    const auto isKnown = [&catalog](const QString& id) { return catalog.contains(id); };
    for (const QString& file : paths) {
        ArticleReadResult r = ArticleReader::read(file, isKnown);
        if (!r.ok()) {
            problems = true;
            if (messages)
                *messages << r.messages();
            continue;
        }
        read.append(std::move(*r.article));
    }
    if (problems) {
        if (messages)
            *messages << QStringLiteral("nothing imported: correct the problems above and import again");
        return false;
    }
    QString error;
    if (!store->canWrite(&error)) {
        if (messages)
            *messages << error + QStringLiteral("; nothing imported");
        return false;
    }
    StoreTransaction transaction(*store);
    if (!transaction.begin(&error)) {
        if (messages)
            *messages << error;
        return false;
    }
    QStringList added;
    for (qsizetype i = 0; i < read.size(); ++i) {
        const ImportResult result = insert(read.at(i), paths.at(i), catalog);
        if (result.status == ImportResult::Status::Imported)
            added << result.articleId;
        if (messages)
            *messages << QStringLiteral("%1: %2").arg(paths.at(i), result.message);
        if (!result.ok()) {
            if (messages)
                *messages << QStringLiteral("nothing imported: the import stopped at %1").arg(paths.at(i));
            return false;
        }
    }
    if (markSeeded) {
        StoreRow seeded;
        seeded.values = {{QStringLiteral("key"), kSeededKey},
                         {QStringLiteral("value"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        if (!store->write(StoreLayout::metaTable, seeded, &error)) {
            if (messages)
                *messages << QStringLiteral("%1; nothing imported").arg(error);
            return false;
        }
    }
    const QString change =
        markSeeded ? QStringLiteral("added the %1 bundled articles").arg(added.size()) : importedText(added);
    if ((!added.isEmpty() && (!deriveControlStates(catalog, &error) || !recordChange(change, &error))) ||
        !transaction.commit(&error)) {
        if (messages)
            *messages << QStringLiteral("%1; nothing imported").arg(error);
        return false;
    }
    return true;
}

bool ArticleStore::importFiles(const QStringList& paths, const EntityCatalog& catalog, QStringList* messages)
{
    return d->importAll(paths, catalog, messages, false);
}

bool ArticleStore::seedBundled(const QStringList& resourcePaths, const EntityCatalog& catalog, QStringList* messages)
{
    QList<StoreRow> seeded;
    QString error;
    if (!d->store->read(StoreLayout::metaTable, QStringLiteral("key"), kSeededKey, &seeded, &error)) {
        if (messages)
            *messages << error;
        return false;
    }
    if (!seeded.isEmpty()) {
        if (messages)
            *messages << QStringLiteral("%1: the bundled articles were added on %2; nothing added")
                             .arg(path(), seeded.first().string(QStringLiteral("value")));
        return true;
    }
    return d->importAll(resourcePaths, catalog, messages, true);
}

bool ArticleStore::removeArticle(const QString& articleId, const EntityCatalog& catalog, QString* error,
                                 std::optional<qint64> seenRevision)
{
    QList<StoreRow> found;
    if (!d->store->read(StoreLayout::articlesTable, kArticleId, articleId, &found, error))
        return false;
    if (found.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: no article \"%2\" in the store; nothing removed").arg(path(), articleId);
        return false;
    }
    if (!d->store->canWrite(error)) {
        if (error)
            *error += QStringLiteral("; nothing removed");
        return false;
    }
    StoreTransaction transaction(*d->store);
    if (!transaction.begin(error))
        return false;
    // Read inside the transaction, after the other writers: what this removal would act on is what is there now.
    if (seenRevision && lastChange().revision != *seenRevision) {
        const StoreChange change = lastChange();
        if (error)
            *error = QStringLiteral("%1: the store changed since you looked at it (%2 %3); nothing removed. Look at "
                                    "the articles again and remove it then")
                         .arg(path(), change.who, change.what);
        return false;
    }
    for (const QString& table : {StoreLayout::annotationsTable, StoreLayout::claimsTable,
                                 StoreLayout::controlStatesTable, StoreLayout::articlesTable}) {
        if (!d->store->remove(table, kArticleId, articleId, error))
            return false;
    }
    return d->deriveControlStates(catalog, error) &&
           d->recordChange(QStringLiteral("removed %1").arg(articleId), error) && transaction.commit(error);
}

QList<Article> ArticleStore::articles(QString* error) const
{
    return d->readArticles(error);
}

QList<Article> ArticleStore::Impl::readArticles(QString* error) const
{
    QList<StoreRow> articleRows, annotationRows, claimRows;
    if (!store->read(StoreLayout::articlesTable, {}, {}, &articleRows, error) ||
        !store->read(StoreLayout::annotationsTable, {}, {}, &annotationRows, error) ||
        !store->read(StoreLayout::claimsTable, {}, {}, &claimRows, error))
        return {};
    QHash<QString, QList<StoreRow>> annotationsOf, claimsOf;
    for (StoreRow& row : annotationRows)
        annotationsOf[row.string(QStringLiteral("article_id"))].append(std::move(row));
    for (StoreRow& row : claimRows)
        claimsOf[row.string(QStringLiteral("article_id"))].append(std::move(row));
    QList<Article> result;
    for (const StoreRow& row : articleRows) {
        const QString id = row.string(QStringLiteral("article_id"));
        QString problem;
        auto article = StoreLayout::articleFrom(row, annotationsOf.value(id), claimsOf.value(id), &problem);
        if (!article) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(store->path(), problem);
            return {};
        }
        result.append(std::move(*article));
    }
    return result;
}

QStringList ArticleStore::articleIds() const
{
    QList<StoreRow> rows;
    QStringList ids;
    if (d->store->read(StoreLayout::articlesTable, {}, {}, &rows, nullptr)) {
        for (const StoreRow& row : rows)
            ids << row.string(QStringLiteral("article_id"));
    }
    return ids;
}

bool ArticleStore::replaceControlStates(const QVector<ControlStateRow>& rows, QString* error)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ControlStateRow& r = rows.at(i);
        QString problem;
        if (r.placeId.isEmpty())
            problem = QStringLiteral("has no place id");
        else if (!r.validFrom.isValid())
            problem = QStringLiteral("(%1) has no valid_from date").arg(r.placeId);
        else if (r.validTo.isValid() && r.validTo < r.validFrom)
            problem = QStringLiteral("(%1) ends on %2, before it starts on %3")
                          .arg(r.placeId, r.validTo.toString(Qt::ISODate), r.validFrom.toString(Qt::ISODate));
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("control state %1 %2; the control states were left as they were")
                             .arg(i + 1)
                             .arg(problem);
            return false;
        }
    }
    StoreTransaction transaction(*d->store);
    return transaction.begin(error) && d->putControlStates(rows, std::nullopt, error) && transaction.commit(error);
}

bool ArticleStore::Impl::putControlStates(const QVector<ControlStateRow>& rows, const std::optional<QString>& basis,
                                          QString* error)
{
    if (!store->remove(StoreLayout::controlStatesTable, {}, {}, error) ||
        !store->remove(StoreLayout::metaTable, QStringLiteral("key"), kControlBasisKey, error))
        return false;
    for (const ControlStateRow& r : rows) {
        if (!store->write(StoreLayout::controlStatesTable, StoreLayout::rowOf(r), error))
            return false;
    }
    if (!basis)
        return true;
    StoreRow row;
    row.values = {{QStringLiteral("key"), kControlBasisKey}, {QStringLiteral("value"), *basis}};
    return store->write(StoreLayout::metaTable, row, error);
}

std::optional<QString> ArticleStore::Impl::articlesDigest(QString* error) const
{
    QList<StoreRow> rows;
    if (!store->read(StoreLayout::articlesTable, {}, {}, &rows, error))
        return std::nullopt;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const StoreRow& row : std::as_const(rows)) {
        digest.addData(row.string(kArticleId).toUtf8());
        digest.addData(QByteArrayView("\t"));
        digest.addData(row.string(QStringLiteral("fingerprint")).toUtf8());
        digest.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(digest.result().toHex());
}

bool ArticleStore::Impl::deriveControlStates(const EntityCatalog& catalog, QString* error)
{
    QString problem;
    const QList<Article> stored = readArticles(&problem);
    const std::optional<QString> basis = problem.isEmpty() ? articlesDigest(&problem) : std::nullopt;
    if (!basis) {
        if (error)
            *error = QStringLiteral("cannot derive the control states (%1)").arg(problem);
        return false;
    }
    const ControlTimeline timeline(stored);
    return putControlStates(controlStateRows(timeline, catalog), basis, error);
}

bool ArticleStore::Impl::recordChange(const QString& what, QString* error)
{
    const qint64 revision = metaValue(kRevisionKey).toLongLong() + 1;
    const QList<std::pair<QString, QString>> values = {
        {kRevisionKey, QString::number(revision)},
        {kChangeByKey, store->userName()},
        {kChangeAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {kChangeKey, what},
    };
    for (const auto& [key, value] : values) {
        StoreRow row;
        row.values = {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
        if (!store->remove(StoreLayout::metaTable, QStringLiteral("key"), key, error) ||
            !store->write(StoreLayout::metaTable, row, error))
            return false;
    }
    return true;
}

bool ArticleStore::copyFrom(const ArticleStore& source, const EntityCatalog& catalog, QString* error)
{
    if (!d->store->canWrite(error))
        return false;
    StoreTransaction transaction(*d->store);
    if (!transaction.begin(error))
        return false;
    if (const int held = d->store->count(StoreLayout::articlesTable); held != 0) {
        if (error)
            *error = QStringLiteral("%1 already holds %2 articles; copy into a new store").arg(path()).arg(held);
        return false;
    }
    qsizetype copied = 0;
    for (const QString& table : {StoreLayout::articlesTable, StoreLayout::annotationsTable, StoreLayout::claimsTable}) {
        QList<StoreRow> rows;
        if (!source.d->store->read(table, {}, {}, &rows, error))
            return false;
        for (StoreRow& row : rows) {
            row.fid = -1;
            if (!d->store->write(table, row, error))
                return false;
        }
        if (table == StoreLayout::articlesTable)
            copied = rows.size();
    }
    // Whether the bundled articles were once added travels with them, so that a removed one stays removed.
    if (const QString seeded = source.d->metaValue(kSeededKey); !seeded.isEmpty()) {
        StoreRow row;
        row.values = {{QStringLiteral("key"), kSeededKey}, {QStringLiteral("value"), seeded}};
        if (!d->store->remove(StoreLayout::metaTable, QStringLiteral("key"), kSeededKey, error) ||
            !d->store->write(StoreLayout::metaTable, row, error))
            return false;
    }
    return d->deriveControlStates(catalog, error) &&
           d->recordChange(QStringLiteral("copied %1 articles from %2").arg(copied).arg(source.path()), error) &&
           transaction.commit(error);
}

QString ArticleStore::kindName() const
{
    return d->store->isDatabase() ? QStringLiteral("PostgreSQL database") : QStringLiteral("GeoPackage file");
}

int ArticleStore::schemaVersion() const
{
    return d->store->schemaVersion();
}

StoreChange ArticleStore::lastChange(QString* error) const
{
    QList<StoreRow> rows;
    StoreChange change;
    if (!d->store->read(StoreLayout::metaTable, {}, {}, &rows, error))
        return change;
    for (const StoreRow& row : std::as_const(rows)) {
        const QString key = row.string(QStringLiteral("key"));
        const QString value = row.string(QStringLiteral("value"));
        if (key == kRevisionKey)
            change.revision = value.toLongLong();
        else if (key == kChangeByKey)
            change.who = value;
        else if (key == kChangeAtKey)
            change.when = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == kChangeKey)
            change.what = value;
    }
    return change;
}

QString ArticleStore::Impl::metaValue(const QString& key) const
{
    QList<StoreRow> rows;
    if (!store->read(StoreLayout::metaTable, QStringLiteral("key"), key, &rows, nullptr) || rows.isEmpty())
        return {};
    return rows.first().string(QStringLiteral("value"));
}

bool ArticleStore::controlStatesMatchArticles() const
{
    const std::optional<QString> digest = d->articlesDigest(nullptr);
    return digest && *digest == d->metaValue(kControlBasisKey);
}

bool ArticleStore::refreshControlStates(const EntityCatalog& catalog, QString* error, bool* changed)
{
    if (changed)
        *changed = false;
    QString problem;
    const QList<Article> stored = d->readArticles(&problem);
    const QVector<ControlStateRow> current = problem.isEmpty() ? controlStates(&problem) : QVector<ControlStateRow>{};
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const ControlTimeline timeline(stored);
    if (controlStatesMatchArticles() && controlStateRows(timeline, catalog) == current)
        return true;
    StoreTransaction transaction(*d->store);
    if (!transaction.begin(error) || !d->deriveControlStates(catalog, error) || !transaction.commit(error))
        return false;
    if (changed)
        *changed = true;
    return true;
}

QVector<ControlStateRow> ArticleStore::controlStates(QString* error) const
{
    QList<StoreRow> rows;
    QVector<ControlStateRow> states;
    if (d->store->read(StoreLayout::controlStatesTable, {}, {}, &rows, error)) {
        for (const StoreRow& row : rows)
            states.append(StoreLayout::controlStateFrom(row));
    }
    return states;
}

int ArticleStore::rowCount(const QString& table) const
{
    return d->store->count(table);
}

} // namespace geo
