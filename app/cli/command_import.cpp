// frontline-cli import FILE...: adds annotated articles to the store, all of them or none.
#include "cli_commands.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/core/printable_text.h"

namespace cli {

ExitCode runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import annotated-article files into the store, all or nothing: when any file has a problem, none is "
        "imported and every problem is listed. An article the store already has (same id, or same text) is "
        "reported, not added twice; with other annotations or metadata it is a correction, stored as the "
        "article's next revision (\"revised (revision 2)\"), the earlier ones kept ('frontline-cli list --history "
        "ID'). The store's control states are brought up to date in the same transaction."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Article files (.geojson)."),
                                 QStringLiteral("FILE..."));
    parser.addOption(storeOption());
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("import"), args, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << "frontline-cli import: give one or more article files to import\n";
        return ExitCode::BadInput;
    }
    const QString command = QStringLiteral("import");
    auto opened = openCatalogAndStoreOrExplain(command, parser);
    if (!opened)
        return ExitCode::Failure;
    const geo::EntityCatalog& catalog = opened->catalog;
    auto& store = opened->store;
    QStringList messages;
    if (!store->importFiles(files, catalog, &messages)) {
        for (const QString& m : std::as_const(messages))
            err() << geo::printableText(m) << "\n";
        return ExitCode::Failure;
    }
    for (const QString& m : std::as_const(messages))
        out() << geo::printableText(m) << "\n";
    out().flush();
    return ExitCode::Ok;
}

} // namespace cli
