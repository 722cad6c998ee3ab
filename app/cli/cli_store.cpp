#include "cli_store.h"

#include "cli_options.h"

#include "geo/store/bundled_articles.h"
#include "geo/data/place_catalog.h"
#include "geo/core/printable_text.h"

namespace cli {

namespace {

// Derives the store's control_states again from its articles. Prints why on failure.
bool refreshControlStatesOrExplain(const QString& command, geo::ArticleStore& store, const geo::EntityCatalog& catalog)
{
    QString error;
    if (store.refreshControlStates(catalog, &error))
        return true;
    err() << "frontline-cli " << command << ": cannot update the control states of " << store.path() << ": " << error
          << "\n";
    err().flush();
    return false;
}

} // namespace

QCommandLineOption storeOption()
{
    return {QStringLiteral("store"),
            QStringLiteral("The article store: a GeoPackage file (default: the store the window uses, frontline.gpkg "
                           "in your data folder) or a PostgreSQL database with PostGIS, as a libpq connection "
                           "(postgresql://user@host/database, or PG:dbname=... host=...; the password from "
                           "~/.pgpass or PGPASSWORD). A new store starts with the bundled articles."),
            QStringLiteral("STORE")};
}

std::optional<geo::EntityCatalog> loadCatalogOrExplain(const QString& command)
{
    QString error;
    const QVector<geo::Place> places = geo::loadBundledPlaces(&error);
    std::optional<geo::EntityCatalog> catalog;
    if (!places.isEmpty())
        catalog = geo::EntityCatalog::loadBundled(places, &error);
    if (!catalog) {
        err() << "frontline-cli " << command << ": cannot load the catalog of known places and actors: " << error
              << "\n";
        err().flush();
    }
    return catalog;
}

std::unique_ptr<geo::ArticleStore> openStoreOrExplain(const QString& command, const QCommandLineParser& parser,
                                                      const geo::EntityCatalog& catalog)
{
    const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                               : geo::ArticleStore::defaultPath();
    if (path.trimmed().isEmpty()) {
        err() << "frontline-cli " << command << ": --store needs a file name\n";
        err().flush();
        return nullptr;
    }
    if (const QString why = storePathProblem(path); !why.isEmpty()) {
        err() << "frontline-cli " << command << ": " << geo::printableText(why) << "\n";
        err().flush();
        return nullptr;
    }
    QString error;
    auto store = geo::ArticleStore::open(path, &error);
    if (!store) {
        err() << "frontline-cli " << command << ": cannot open the store: " << geo::printableText(error) << "\n";
        err().flush();
        return nullptr;
    }
    const bool wasEmpty = store->articleIds().isEmpty();
    QStringList messages;
    if (!geo::seedBundledOnFirstUse(*store, catalog, &messages)) {
        err() << "frontline-cli " << command << ": cannot add the bundled articles to " << geo::printableText(path)
              << ":\n";
        for (const QString& m : std::as_const(messages))
            err() << "  " << geo::printableText(m) << "\n";
        err().flush();
        return nullptr;
    }
    // A store whose control states were not derived from its articles (written by an older version, or by
    // another program) has them derived again before any command reads it.
    if (!store->controlStatesMatchArticles() && !refreshControlStatesOrExplain(command, *store, catalog))
        return nullptr;
    if (wasEmpty && !store->articleIds().isEmpty()) {
        // A new store: what the window would show on its first start, with its control states.
        err() << "frontline-cli " << command << ": " << geo::printableText(store->path()) << ": new store, with the "
              << store->articleIds().size() << " bundled articles\n";
        err().flush();
    }
    return store;
}

std::optional<CatalogAndStore> openCatalogAndStoreOrExplain(const QString& command, const QCommandLineParser& parser)
{
    auto catalog = loadCatalogOrExplain(command);
    if (!catalog)
        return std::nullopt;
    auto store = openStoreOrExplain(command, parser, *catalog);
    if (!store)
        return std::nullopt;
    return CatalogAndStore{std::move(*catalog), std::move(store)};
}

} // namespace cli
