// frontline-cli store init|info|copy: make a store, say what it holds, copy one store into another (a
// GeoPackage into a desk's PostGIS database and back).
#include "cli_commands.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/core/printable_text.h"
#include "geo/store/article_store.h"
#include "geo/store/bundled_articles.h"
#include "geo/store/store_dataset.h"
#include "geo/store/store_layout.h"
#include "geo/store/store_location.h"

namespace cli {

namespace {

const QString kUsage = QStringLiteral("give init STORE, info STORE or copy SOURCE DESTINATION (see --help)");

ExitCode runInit(const QString& location, bool empty)
{
    const QString command = QStringLiteral("store init");
    QString error;
    if (geo::StoreDataset::exists(location, &error))
        return stop(command, ExitCode::Failure,
                    QStringLiteral("%1: there is already a store there; nothing changed (see 'frontline-cli store "
                                   "info')")
                        .arg(geo::StoreLocation(location).display()));
    if (!error.isEmpty())
        return stop(command, ExitCode::Failure, error);
    auto catalog = loadCatalogOrExplain(command);
    if (!catalog)
        return ExitCode::Failure;
    auto store = geo::ArticleStore::open(location, &error);
    if (!store)
        return stop(command, ExitCode::Failure, error);
    QStringList messages;
    if (!empty && !geo::seedBundledOnFirstUse(*store, *catalog, &messages))
        return stop(command, ExitCode::Failure, messages.join(QStringLiteral("; ")));
    out() << geo::printableText(store->path()) << ": new store (" << store->kindName() << ", schema "
          << store->schemaVersion() << "), " << store->articleIds().size() << " articles\n";
    return ExitCode::Ok;
}

ExitCode runInfo(const QString& location)
{
    const QString command = QStringLiteral("store info");
    QString error;
    if (!geo::StoreDataset::exists(location, &error))
        return stop(command, ExitCode::Failure,
                    error.isEmpty() ? QStringLiteral("%1: no store there (make one with 'frontline-cli store init')")
                                          .arg(geo::StoreLocation(location).display())
                                    : error);
    auto store = geo::ArticleStore::open(location, &error);
    if (!store)
        return stop(command, ExitCode::Failure, error);
    const geo::StoreChange change = store->lastChange();
    QString why;
    const bool writable = store->canWrite(&why);
    out() << "store: " << geo::printableText(store->path()) << "\n"
          << "kind: " << store->kindName() << "\n"
          << "schema version: " << store->schemaVersion() << " (this Frontline reads "
          << geo::StoreLayout::schemaVersion << ")\n"
          << "articles: " << store->rowCount(geo::StoreLayout::articlesTable) << "\n"
          << "annotations: " << store->rowCount(geo::StoreLayout::annotationsTable) << "\n"
          << "claims: " << store->rowCount(geo::StoreLayout::claimsTable) << "\n"
          << "control states: " << store->rowCount(geo::StoreLayout::controlStatesTable)
          << (store->controlStatesMatchArticles() ? "" : " (not derived from the articles yet)") << "\n"
          << "changes: " << change.revision;
    if (change.revision > 0)
        out() << " (last: " << geo::printableText(change.who) << " " << geo::printableText(change.what) << ", "
              << change.when.toString(Qt::ISODate) << ")";
    out() << "\n"
          << "you: " << (writable ? QStringLiteral("can import and remove articles") : geo::printableText(why)) << "\n";
    return ExitCode::Ok;
}

ExitCode runCopy(const QString& from, const QString& to)
{
    const QString command = QStringLiteral("store copy");
    QString error;
    if (!geo::StoreDataset::exists(from, &error))
        return stop(command, ExitCode::Failure,
                    error.isEmpty()
                        ? QStringLiteral("%1: no store there; nothing copied").arg(geo::StoreLocation(from).display())
                        : error);
    auto catalog = loadCatalogOrExplain(command);
    if (!catalog)
        return ExitCode::Failure;
    auto source = geo::ArticleStore::open(from, &error);
    if (!source)
        return stop(command, ExitCode::Failure, error);
    // The destination is made (or opened) without the bundled articles: it takes the source's.
    auto destination = geo::ArticleStore::open(to, &error);
    if (!destination)
        return stop(command, ExitCode::Failure, error);
    if (!destination->copyFrom(*source, *catalog, &error))
        return stop(command, ExitCode::Failure, error + QStringLiteral("; nothing copied"));
    out() << geo::printableText(destination->path()) << ": " << destination->articleIds().size()
          << " articles copied from " << geo::printableText(source->path()) << "\n";
    return ExitCode::Ok;
}

} // namespace

ExitCode runStore(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage stores. A store is a GeoPackage file or a PostgreSQL database with PostGIS, given as a libpq "
        "connection (postgresql://user@host/database, or PG:dbname=... host=...; the password from ~/.pgpass or "
        "PGPASSWORD, never on the command line).\n"
        "  init STORE          make a new store, with the bundled articles (--empty: without them)\n"
        "  info STORE          what the store holds, its schema version, its last change, and whether you may "
        "change it\n"
        "  copy SOURCE DEST    copy every article of SOURCE into DEST (a new or empty store), in one "
        "transaction; GeoPackage to PostGIS and back"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, info or copy."),
                                 QStringLiteral("ACTION STORE..."));
    parser.addOption({QStringLiteral("empty"), QStringLiteral("init: a store without the bundled articles.")});
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("store"), args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("init") && positional.size() == 2)
        return runInit(positional.at(1), parser.isSet(QStringLiteral("empty")));
    if (action == QLatin1String("info") && positional.size() == 2)
        return runInfo(positional.at(1));
    if (action == QLatin1String("copy") && positional.size() == 3)
        return runCopy(positional.at(1), positional.at(2));
    return stop(QStringLiteral("store"), ExitCode::BadInput, kUsage);
}

} // namespace cli
