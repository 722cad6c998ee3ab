#pragma once
// The annotated articles bundled with Frontline (Qt resources ":/articles/..." and ":/articles/history/..."),
// and the rule that puts them into a store on its first use. The window and the command line share both, so
// that a store created by either starts with the same articles.

#include <QStringList>

namespace geo {

class ArticleStore;
class EntityCatalog;

// Every bundled article file, folder by folder, in name order.
QStringList bundledArticlePaths();

// Seeds STORE with the bundled articles when it has no article at all and has never been seeded (a store the
// user emptied stays empty). Returns false, with the problems in *messages, when seeding fails; true when the
// store already had articles or was seeded (*messages then says what was added).
bool seedBundledOnFirstUse(ArticleStore& store, const EntityCatalog& catalog, QStringList* messages);

} // namespace geo
