#include "geo/store/bundled_articles.h"

#include "geo/store/article_store.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace geo {

QStringList bundledArticlePaths()
{
    QStringList paths;
    for (const QString& dir : {QStringLiteral(":/articles"), QStringLiteral(":/articles/history")}) {
        QStringList names = QDir(dir).entryList({QStringLiteral("*.geojson")}, QDir::Files);
        // By name without the extension: a dispatch comes before its copies ("x.geojson" before
        // "x-scraped.geojson"), so that the store keeps the copy in paragraphs and reports the other as the
        // same article.
        std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
            return QFileInfo(a).completeBaseName() < QFileInfo(b).completeBaseName();
        });
        for (const QString& name : std::as_const(names))
            paths << dir + QLatin1Char('/') + name;
    }
    return paths;
}

bool seedBundledOnFirstUse(ArticleStore& store, const EntityCatalog& catalog, QStringList* messages)
{
    if (!store.articleIds().isEmpty())
        return true;
    return store.seedBundled(bundledArticlePaths(), catalog, messages);
}

} // namespace geo
