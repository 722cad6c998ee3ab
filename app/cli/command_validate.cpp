// frontline-cli validate FILE...: checks annotated-article files as an import would, writing nothing.
#include "cli_commands.h"
#include "cli_options.h"
#include "cli_store.h"

#include "geo/articles/article_reader.h"
#include "geo/core/printable_text.h"

namespace cli {

ExitCode runValidate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check annotated-article files (docs/article-format.md): the format, every annotation anchored in "
        "the "
        "text, every entity known. Prints each problem as FILE:LINE:COLUMN: MESSAGE. Nothing is written."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Article files (.geojson)."),
                                 QStringLiteral("FILE..."));
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("validate"), args, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << "frontline-cli validate: give one or more article files to check\n";
        return ExitCode::BadInput;
    }
    const auto catalog = loadCatalogOrExplain(QStringLiteral("validate"));
    if (!catalog)
        return ExitCode::Failure;
    const auto isKnown = [&catalog](const QString& id) { return catalog->contains(id); };

    int failed = 0;
    for (const QString& file : files) {
        const geo::ArticleReadResult r = geo::ArticleReader::read(file, isKnown);
        if (r.ok()) {
            out() << geo::printableText(file) << ": ok: " << geo::printableText(r.article->id) << ", "
                  << r.article->annotations.size() << " annotations, " << r.article->claims().size() << " claims\n";
            continue;
        }
        ++failed;
        for (const geo::ArticleProblem& problem : r.problems)
            out() << geo::printableText(problem.toString()) << "\n";
    }
    out().flush();
    if (failed > 0) {
        err() << "frontline-cli validate: " << failed << " of " << files.size() << " files "
              << (failed == 1 ? "has" : "have") << " problems\n";
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

} // namespace cli
