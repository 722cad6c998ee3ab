#pragma once
// What the article subcommands share: the catalog of known entities, and the store named by --store (by
// default the one the window uses), seeded with the bundled articles on its first use as the window does.

#include "geo/store/article_store.h"
#include "geo/data/entity_catalog.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace cli {

// --store PATH, for import, list, remove and control.
QCommandLineOption storeOption();

// The bundled places, roads, posts, areas and actors; prints a message naming COMMAND on failure.
std::optional<geo::EntityCatalog> loadCatalogOrExplain(const QString& command);

// Opens the store given by --store, or geo::ArticleStore::defaultPath(), and seeds a new store with the
// bundled articles. Prints why and returns nullptr when it cannot.
std::unique_ptr<geo::ArticleStore> openStoreOrExplain(const QString& command, const QCommandLineParser& parser,
                                                      const geo::EntityCatalog& catalog);

// The catalog and the store together, as every command that reads or writes articles needs them.
struct CatalogAndStore {
    geo::EntityCatalog catalog;
    std::unique_ptr<geo::ArticleStore> store;
};
std::optional<CatalogAndStore> openCatalogAndStoreOrExplain(const QString& command, const QCommandLineParser& parser);

} // namespace cli
