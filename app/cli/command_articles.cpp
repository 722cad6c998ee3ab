// frontline-cli list and remove: the articles of the store.
#include "cli_commands.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/core/printable_text.h"

namespace cli {

namespace {

// One field of a tab-separated line: no tab or line break inside, and no other control character a terminal
// would act on (geo::printableText).
QString field(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return geo::printableText(text);
}

} // namespace

ExitCode runList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the articles in the store, one a line in import order: id, date published, publisher, title, "
        "language, revision (1, then one more for each correction imported), separated by tabs. With --history "
        "ID: the revisions of one article, oldest first, one a line: revision, imported at, imported by, file, "
        "annotations, claims, superseded at, superseded by (the last two empty for the current revision)."));
    parser.addOption(storeOption());
    parser.addOption(
        {QStringLiteral("history"), QStringLiteral("The revisions of the article ID."), QStringLiteral("ID")});
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("list"), args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err() << "frontline-cli list: takes no arguments, only options (see --help)\n";
        return ExitCode::BadInput;
    }
    const QString command = QStringLiteral("list");
    auto opened = openCatalogAndStoreOrExplain(command, parser);
    if (!opened)
        return ExitCode::Failure;
    auto& store = opened->store;
    QString error;
    if (parser.isSet(QStringLiteral("history"))) {
        const QString id = parser.value(QStringLiteral("history"));
        const QList<geo::ArticleRevision> revisions = store->articleRevisions(id, &error);
        if (revisions.isEmpty()) {
            err() << "frontline-cli list: "
                  << geo::printableText(error.isEmpty() ? QStringLiteral("%1: no article \"%2\" in the store; see "
                                                                         "'frontline-cli list'")
                                                              .arg(store->path(), id)
                                                        : error)
                  << "\n";
            return ExitCode::Failure;
        }
        const auto time = [](const QDateTime& t) { return t.isValid() ? t.toString(Qt::ISODate) : QString(); };
        for (const geo::ArticleRevision& r : revisions) {
            out() << r.revision << "\t" << time(r.importedAt) << "\t" << field(r.importedBy) << "\t"
                  << field(r.sourcePath) << "\t" << r.annotationCount << "\t" << r.claimCount << "\t"
                  << time(r.supersededAt) << "\t" << field(r.supersededBy) << "\n";
        }
        return ExitCode::Ok;
    }
    const QList<geo::Article> articles = store->articles(&error);
    const QHash<QString, int> revisions = error.isEmpty() ? store->currentRevisions(&error) : QHash<QString, int>();
    if (!error.isEmpty()) {
        err() << "frontline-cli list: " << geo::printableText(error) << "\n";
        return ExitCode::Failure;
    }
    for (const geo::Article& a : articles) {
        out() << field(a.id) << "\t" << a.published.toString(Qt::ISODate) << "\t" << field(a.publisher) << "\t"
              << field(a.title) << "\t" << field(a.language) << "\t" << revisions.value(a.id, 1) << "\n";
    }
    return ExitCode::Ok;
}

ExitCode runRemove(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove one article from the store, with its annotations "
                                                    "and claims; the control states are brought up "
                                                    "to date. The ids are those of 'frontline-cli list'."));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The article id."), QStringLiteral("ID"));
    parser.addOption(storeOption());
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("remove"), args, &code))
        return code;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        err() << "frontline-cli remove: give the id of one article (see 'frontline-cli list')\n";
        return ExitCode::BadInput;
    }
    const QString command = QStringLiteral("remove");
    auto opened = openCatalogAndStoreOrExplain(command, parser);
    if (!opened)
        return ExitCode::Failure;
    const geo::EntityCatalog& catalog = opened->catalog;
    auto& store = opened->store;
    QString error;
    if (!store->removeArticle(ids.first(), catalog, &error)) {
        err() << "frontline-cli remove: " << geo::printableText(error) << "\n";
        return ExitCode::Failure;
    }
    out() << geo::printableText(ids.first()) << ": removed from " << geo::printableText(store->path()) << "\n";
    out().flush();
    return ExitCode::Ok;
}

} // namespace cli
