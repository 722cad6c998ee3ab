#include "geo/store/article_store.h"

#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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

// "revised a (revision 2)", "revised 3 articles: a (revision 2), ...".
QString revisedText(const QList<std::pair<QString, int>>& revised)
{
    QStringList each;
    for (const auto& [id, revision] : revised)
        each << QStringLiteral("%1 (revision %2)").arg(id).arg(revision);
    const QString listed = each.size() <= 5 ? each.join(QStringLiteral(", "))
                                            : each.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", ...");
    return each.size() == 1 ? QStringLiteral("revised %1").arg(listed)
                            : QStringLiteral("revised %1 articles: %2").arg(each.size()).arg(listed);
}

QString sameArticleMessage(const QString& id, const QString& existingId, bool sameText)
{
    return QStringLiteral("%1: the same article as %2 (%3); nothing added")
        .arg(id, existingId, sameText ? QStringLiteral("same text") : QStringLiteral("same text, re-flowed"));
}

} // namespace

struct ArticleStore::Impl {
    std::unique_ptr<StoreDataset> store;

    // Inside the caller's transaction. REVISEDID: the stored article ARTICLE corrects (reviseArticle).
    ImportResult insert(const Article& article, const QString& sourcePath, const EntityCatalog& catalog,
                        const QString& revisedId = {});
    // Ends the transaction of a single import or revision: control states, the change, the commit.
    ImportResult finish(StoreTransaction& transaction, ImportResult result, const EntityCatalog& catalog);
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

namespace {

// The values of ROW that make an article what it is, for telling a correction from the same article delivered
// again: every column but those in IGNORED, numbers as 15 significant digits (a database keeps no more) and, when
// LOOSE (a re-flowed text), quotes without their white space.
QVariantHash essentials(const QString& tableName, const StoreRow& row, const QSet<QString>& ignored, bool loose)
{
    QVariantHash values;
    for (const StoreField& field : StoreLayout::table(tableName)->fields) {
        const QVariant v = row.values.value(field.name);
        if (!v.isValid() || ignored.contains(field.name))
            continue;
        if (field.type == StoreFieldType::Real)
            values.insert(field.name, QString::number(v.toDouble(), 'g', 15));
        else if (loose && field.name == QLatin1String("quote"))
            values.insert(field.name, v.toString().remove(QRegularExpression(QStringLiteral("\\s+"))));
        else
            values.insert(field.name, v);
    }
    return values;
}

// The whole article as kept in articles.article_geojson, without what sameContent ignores in the rows: its id,
// the version it declares and, for another delivery of the text, the text, its notes and where the quotes are.
QJsonObject comparableArticle(const StoreRow& row, bool sameText)
{
    QJsonObject root = QJsonDocument::fromJson(row.string(QStringLiteral("article_geojson")).toUtf8()).object();
    root.remove(QStringLiteral("frontline"));
    QJsonObject article = root.value(QLatin1String("article")).toObject();
    article.remove(QStringLiteral("id"));
    if (!sameText) {
        article.remove(QStringLiteral("text"));
        article.remove(QStringLiteral("notes"));
        QJsonArray features = root.value(QLatin1String("features")).toArray();
        for (QJsonValueRef feature : features) {
            QJsonObject f = feature.toObject();
            QJsonObject properties = f.value(QLatin1String("properties")).toObject();
            for (const char* member : {"start", "end", "prefix", "suffix"})
                properties.remove(QLatin1String(member));
            properties.insert(
                QStringLiteral("quote"),
                properties.value(QLatin1String("quote")).toString().remove(QRegularExpression(QStringLiteral("\\s+"))));
            f.insert(QStringLiteral("properties"), properties);
            feature = f;
        }
        root.insert(QStringLiteral("features"), features);
    }
    root.insert(QStringLiteral("article"), article);
    return root;
}

// Whether two versions of one article hold the same annotations and metadata. SAMETEXT: their texts are equal
// (otherwise only their fingerprints are, and the anchors, offsets and sentences that follow from the text's
// spacing are not compared, nor the article's notes, which may describe the delivery). Bookkeeping (where and when it
// was imported, by whom, the revision), the format version and what the catalog gives (points, place names) are not the
// article's content.
bool sameContent(const ArticleRows& a, const ArticleRows& b, bool sameText)
{
    // What the rows do not hold (format 1.1: events, area claims, entities, actors...) is compared in the whole
    // articles, when both are kept (an article stored before schema 4 has only its rows).
    const QString whole = QStringLiteral("article_geojson");
    if (a.article.values.contains(whole) && b.article.values.contains(whole) &&
        comparableArticle(a.article, sameText) != comparableArticle(b.article, sameText))
        return false;
    QSet<QString> ignoreArticle{QStringLiteral("article_id"),     QStringLiteral("fingerprint"),
                                QStringLiteral("source_path"),    QStringLiteral("imported_at"),
                                QStringLiteral("imported_by"),    QStringLiteral("revision"),
                                QStringLiteral("format_version"), whole};
    QSet<QString> ignoreAnnotation{QStringLiteral("article_id")};
    QSet<QString> ignoreClaim{QStringLiteral("article_id"), QStringLiteral("place_name")};
    if (!sameText) {
        // Another delivery of the text (a scraper's copy): what it says about itself in its notes may differ.
        ignoreArticle << QStringLiteral("text") << QStringLiteral("notes");
        for (const char* field : {"start", "end", "selector_start", "selector_end", "prefix", "suffix"})
            ignoreAnnotation << QLatin1String(field);
        ignoreClaim << QStringLiteral("sentence");
    }
    const auto same = [sameText](const QString& table, const QList<StoreRow>& x, const QList<StoreRow>& y,
                                 const QSet<QString>& ignored) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (essentials(table, x.at(i), ignored, !sameText) != essentials(table, y.at(i), ignored, !sameText))
                return false;
        }
        return true;
    };
    return same(StoreLayout::articlesTable, {a.article}, {b.article}, ignoreArticle) &&
           same(StoreLayout::annotationsTable, a.annotations, b.annotations, ignoreAnnotation) &&
           same(StoreLayout::claimsTable, a.claims, b.claims, ignoreClaim);
}

int revisionOf(const StoreRow& articleRow)
{
    const QVariant v = articleRow.values.value(QStringLiteral("revision"));
    return v.isValid() ? int(v.toLongLong()) : 1; // stored before the store counted revisions
}

} // namespace

ImportResult ArticleStore::Impl::insert(const Article& article, const QString& sourcePath, const EntityCatalog& catalog,
                                        const QString& revisedId)
{
    ImportResult result;
    result.articleId = article.id;
    if (article.id.trimmed().isEmpty()) {
        result.message =
            QStringLiteral("%1: the article has no id; give it one (see docs/article-format.md)").arg(sourcePath);
        return result;
    }
    const bool revising = !revisedId.isEmpty();
    if (revising && article.id != revisedId) {
        result.message = QStringLiteral("%1: a correction of the stored article \"%2\" must keep its id; nothing "
                                        "changed")
                             .arg(article.id, revisedId);
        return result;
    }
    const QString fingerprint = Article::fingerprintOf(article.text);
    QList<StoreRow> found, sameText;
    QString error;
    if (!store->read(StoreLayout::articlesTable, kArticleId, article.id, &found, &error) ||
        !store->read(StoreLayout::articlesTable, QStringLiteral("fingerprint"), fingerprint, &sameText, &error)) {
        result.message = error;
        return result;
    }
    if (revising) {
        if (found.isEmpty()) {
            result.message =
                QStringLiteral("%1: no article \"%2\" in the store; nothing changed").arg(store->path(), revisedId);
            return result;
        }
        for (const StoreRow& other : std::as_const(sameText)) {
            if (other.string(kArticleId) != revisedId) {
                result.message = QStringLiteral("%1: the corrected text is the text of the stored article \"%2\"; "
                                                "nothing changed")
                                     .arg(article.id, other.string(kArticleId));
                return result;
            }
        }
    } else if (found.isEmpty()) {
        found = sameText;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (found.isEmpty()) {
        ArticleRows rows = StoreLayout::rowsOf(article, sourcePath, now, catalog);
        rows.article.values.insert(QStringLiteral("imported_by"), store->userName());
        rows.article.values.insert(QStringLiteral("revision"), qint64(1));
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
        result.revision = 1;
        result.message = QStringLiteral("%1: imported (%2 annotations, %3 claims)")
                             .arg(article.id)
                             .arg(rows.annotations.size())
                             .arg(rows.claims.size());
        return result;
    }

    const StoreRow& stored = found.first();
    const QString storedId = stored.string(kArticleId);
    if (!revising && stored.string(QStringLiteral("fingerprint")) != fingerprint) {
        result.message = QStringLiteral("%1: the store already has an article \"%1\" with a different text "
                                        "(imported from %2); nothing imported. Give this version its own id, "
                                        "or remove the stored article first")
                             .arg(article.id, stored.string(QStringLiteral("source_path")));
        return result;
    }
    ArticleRows storedRows;
    storedRows.article = stored;
    if (!store->read(StoreLayout::annotationsTable, kArticleId, storedId, &storedRows.annotations, &error) ||
        !store->read(StoreLayout::claimsTable, kArticleId, storedId, &storedRows.claims, &error)) {
        result.message = error;
        return result;
    }
    Article offered = article;
    offered.id = storedId;
    ArticleRows rows = StoreLayout::rowsOf(offered, sourcePath, now, catalog);
    const bool textIsTheSame = stored.string(QStringLiteral("text")) == article.text;
    const int storedRevision = revisionOf(stored);
    result.existingArticleId = storedId;
    // An article stored before schema 4 kept only its rows: one that holds what format 1.1 adds lost it there, and
    // delivered again it is stored whole, as the next revision.
    const bool storedWithoutWhat11Adds = !stored.values.contains(QStringLiteral("article_geojson")) &&
                                         minimumFormatVersion(offered) != QLatin1String("article/1");
    if (!storedWithoutWhat11Adds && sameContent(storedRows, rows, textIsTheSame)) {
        result.status = ImportResult::Status::AlreadyPresent;
        result.revision = storedRevision;
        result.message = revising ? QStringLiteral("%1: the same as revision %2 of the stored article; nothing changed")
                                        .arg(article.id)
                                        .arg(storedRevision)
                                  : sameArticleMessage(article.id, storedId, textIsTheSame);
        return result;
    }

    // A correction: the stored revision goes whole into the history, the new one takes its place (the article
    // keeps its row, hence its place in the store's order, which the control rules read).
    StoreRow superseded;
    superseded.values = {
        {kArticleId, storedId},
        {QStringLiteral("revision"), qint64(storedRevision)},
        {QStringLiteral("superseded_at"), now},
        {QStringLiteral("superseded_by"), store->userName()},
        {QStringLiteral("annotations"), qint64(storedRows.annotations.size())},
        {QStringLiteral("claims"), qint64(storedRows.claims.size())},
        {QStringLiteral("content"), StoreLayout::rowsToJson(storedRows)},
    };
    for (const char* field : {"fingerprint", "source_path", "imported_at", "imported_by"}) {
        if (const QVariant v = stored.values.value(QLatin1String(field)); v.isValid())
            superseded.values.insert(QLatin1String(field), v);
    }
    rows.article.fid = stored.fid;
    rows.article.values.insert(QStringLiteral("imported_by"), store->userName());
    rows.article.values.insert(QStringLiteral("revision"), qint64(storedRevision + 1));
    bool ok = store->write(StoreLayout::revisionsTable, superseded, &error) &&
              store->remove(StoreLayout::annotationsTable, kArticleId, storedId, &error) &&
              store->remove(StoreLayout::claimsTable, kArticleId, storedId, &error) &&
              store->update(StoreLayout::articlesTable, rows.article, &error);
    for (const StoreRow& row : rows.annotations)
        ok = ok && store->write(StoreLayout::annotationsTable, row, &error);
    for (const StoreRow& row : rows.claims)
        ok = ok && store->write(StoreLayout::claimsTable, row, &error);
    if (!ok) {
        result.message = QStringLiteral("%1: %2; nothing imported").arg(article.id, error);
        return result;
    }
    result.status = ImportResult::Status::Revised;
    result.revision = storedRevision + 1;
    const QString what = QStringLiteral("revised (revision %1: %2 annotations, %3 claims; revision %4 is kept in the "
                                        "history)")
                             .arg(result.revision)
                             .arg(rows.annotations.size())
                             .arg(rows.claims.size())
                             .arg(storedRevision);
    result.message = storedId == article.id
                         ? QStringLiteral("%1: %2").arg(article.id, what)
                         : QStringLiteral("%1: the same text as the stored article %2, with other annotations: %2 %3")
                               .arg(article.id, storedId, what);
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
    return d->finish(transaction, result, catalog);
}

ImportResult ArticleStore::Impl::finish(StoreTransaction& transaction, ImportResult result,
                                        const EntityCatalog& catalog)
{
    if (result.status != ImportResult::Status::Imported && result.status != ImportResult::Status::Revised)
        return result;
    QString error;
    const QString what = result.status == ImportResult::Status::Imported
                             ? importedText({result.articleId})
                             : revisedText({{result.existingArticleId, result.revision}});
    if (!deriveControlStates(catalog, &error) || !recordChange(what, &error) || !transaction.commit(&error)) {
        result.status = ImportResult::Status::Failed;
        result.revision = 0;
        result.message = QStringLiteral("%1: %2; nothing imported").arg(result.articleId, error);
    }
    return result;
}

ImportResult ArticleStore::reviseArticle(const QString& articleId, const Article& article, const QString& sourcePath,
                                         const EntityCatalog& catalog, std::optional<qint64> seenRevision)
{
    ImportResult result;
    result.articleId = article.id;
    if (!d->store->canWrite(&result.message)) {
        result.message += QStringLiteral("; nothing changed");
        return result;
    }
    StoreTransaction transaction(*d->store);
    if (!transaction.begin(&result.message))
        return result;
    if (seenRevision && lastChange().revision != *seenRevision) {
        const StoreChange change = lastChange();
        result.message = QStringLiteral("%1: the store changed since you looked at it (%2 %3); nothing changed. Open "
                                        "the article again and correct it then")
                             .arg(path(), change.who, change.what);
        return result;
    }
    result = d->insert(article, sourcePath, catalog, articleId);
    return d->finish(transaction, result, catalog);
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
    QList<std::pair<QString, int>> revised;
    for (qsizetype i = 0; i < read.size(); ++i) {
        const ImportResult result = insert(read.at(i), paths.at(i), catalog);
        if (result.status == ImportResult::Status::Imported)
            added << result.articleId;
        else if (result.status == ImportResult::Status::Revised)
            revised.append({result.existingArticleId, result.revision});
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
    QStringList changes;
    if (markSeeded)
        changes << QStringLiteral("added the %1 bundled articles").arg(added.size());
    else if (!added.isEmpty())
        changes << importedText(added);
    if (!revised.isEmpty())
        changes << revisedText(revised);
    const QString change = changes.join(QStringLiteral("; "));
    const bool changed = !added.isEmpty() || !revised.isEmpty();
    if ((changed && (!deriveControlStates(catalog, &error) || !recordChange(change, &error))) ||
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
    for (const QString& table :
         {StoreLayout::annotationsTable, StoreLayout::claimsTable, StoreLayout::controlStatesTable,
          StoreLayout::revisionsTable, StoreLayout::articlesTable}) {
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
        // A correction keeps the text: its revision tells the states it was derived from (none for the first,
        // so that the digest of a store that never had one stays what it was).
        if (const int revision = revisionOf(row); revision > 1)
            digest.addData(QStringLiteral("\t%1").arg(revision).toUtf8());
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
    QStringList tables{StoreLayout::articlesTable, StoreLayout::annotationsTable, StoreLayout::claimsTable};
    if (source.schemaVersion() >= StoreLayout::table(StoreLayout::revisionsTable)->since)
        tables << StoreLayout::revisionsTable;
    for (const QString& table : std::as_const(tables)) {
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

QList<ArticleRevision> ArticleStore::articleRevisions(const QString& articleId, QString* error) const
{
    QList<StoreRow> found, annotations, claims, earlier;
    if (!d->store->read(StoreLayout::articlesTable, kArticleId, articleId, &found, error) || found.isEmpty() ||
        !d->store->read(StoreLayout::annotationsTable, kArticleId, articleId, &annotations, error) ||
        !d->store->read(StoreLayout::claimsTable, kArticleId, articleId, &claims, error))
        return {};
    // A store of an older schema, read as it is, has no history yet.
    if (schemaVersion() >= StoreLayout::table(StoreLayout::revisionsTable)->since &&
        !d->store->read(StoreLayout::revisionsTable, kArticleId, articleId, &earlier, error))
        return {};
    std::sort(earlier.begin(), earlier.end(), [](const StoreRow& a, const StoreRow& b) {
        return a.values.value(QStringLiteral("revision")).toLongLong() <
               b.values.value(QStringLiteral("revision")).toLongLong();
    });
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path(), why);
        return QList<ArticleRevision>();
    };
    const auto revisionFrom = [&](const ArticleRows& rows, ArticleRevision* r) {
        QString problem;
        auto article = StoreLayout::articleFrom(rows.article, rows.annotations, rows.claims, &problem);
        if (!article)
            return problem;
        r->articleId = articleId;
        r->fingerprint = rows.article.string(QStringLiteral("fingerprint"));
        r->sourcePath = rows.article.string(QStringLiteral("source_path"));
        r->importedAt = rows.article.values.value(QStringLiteral("imported_at")).toDateTime();
        r->importedBy = rows.article.string(QStringLiteral("imported_by"));
        r->annotationCount = int(rows.annotations.size());
        r->claimCount = int(rows.claims.size());
        r->article = std::move(*article);
        return QString();
    };
    QList<ArticleRevision> revisions;
    for (const StoreRow& row : std::as_const(earlier)) {
        const auto rows = StoreLayout::rowsFromJson(row.string(QStringLiteral("content")));
        if (!rows)
            return fail(QStringLiteral("table %1, row %2: the content of revision %3 of %4 cannot be read")
                            .arg(StoreLayout::revisionsTable)
                            .arg(row.fid)
                            .arg(row.string(QStringLiteral("revision")), articleId));
        ArticleRevision r;
        if (const QString problem = revisionFrom(*rows, &r); !problem.isEmpty())
            return fail(problem);
        r.revision = int(row.values.value(QStringLiteral("revision")).toLongLong());
        r.supersededAt = row.values.value(QStringLiteral("superseded_at")).toDateTime();
        r.supersededBy = row.string(QStringLiteral("superseded_by"));
        revisions.append(std::move(r));
    }
    ArticleRevision current;
    if (const QString problem = revisionFrom({found.first(), annotations, claims}, &current); !problem.isEmpty())
        return fail(problem);
    current.revision = revisionOf(found.first());
    current.current = true;
    revisions.append(std::move(current));
    return revisions;
}

QHash<QString, int> ArticleStore::currentRevisions(QString* error) const
{
    QList<StoreRow> rows;
    QHash<QString, int> revisions;
    if (d->store->read(StoreLayout::articlesTable, {}, {}, &rows, error)) {
        for (const StoreRow& row : std::as_const(rows))
            revisions.insert(row.string(kArticleId), revisionOf(row));
    }
    return revisions;
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
