#include "article_import.h"

#include "geo/store/article_store.h"

#include <QElapsedTimer>

ArticleImportDone importIntoStore(const geo::Article& candidate, const QString& storePath,
                                  const std::shared_ptr<const geo::EntityCatalog>& catalog, const QString& correcting,
                                  qint64 seenRevision)
{
    QElapsedTimer clock;
    clock.start();
    ArticleImportDone done;
    QString error;
    auto store = geo::ArticleStore::open(storePath, &error);
    if (!store) {
        done.message = error;
        return done;
    }
    const geo::ImportResult r =
        correcting.isEmpty()
            ? store->importArticle(candidate, QStringLiteral("workbench"), *catalog)
            : store->reviseArticle(correcting, candidate, QStringLiteral("workbench"), *catalog,
                                   seenRevision >= 0 ? std::optional<qint64>(seenRevision) : std::nullopt);
    done.ok = r.status == geo::ImportResult::Status::Imported || r.status == geo::ImportResult::Status::Revised;
    done.message = r.message;
    done.storedId = r.existingArticleId.isEmpty() ? r.articleId : r.existingArticleId;
    done.ms = clock.elapsed();
    return done;
}
