// frontline-cli search QUERY: the gazetteer from the command line.
#include "cli_commands.h"
#include "cli_options.h"

#include "geo/data/gazetteer.h"
#include "geo/data/place_catalog.h"

namespace cli {

ExitCode runSearch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Find places by any of their names: French, English, Arabic and transliterations."));
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("A place name, e.g. Saraqib or سراقب."));
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (default 5)."), "N", "5"});
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, QStringLiteral("search"), args, &code))
        return code;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        err() << "frontline-cli search: give a place name to look for\n";
        return ExitCode::BadInput;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        err() << "frontline-cli search: --limit takes a positive whole number\n";
        return ExitCode::BadInput;
    }
    QString error;
    const QVector<geo::Place> places = geo::loadBundledPlaces(&error);
    if (places.isEmpty()) {
        err() << "frontline-cli search: " << error << "\n";
        return ExitCode::Failure;
    }
    const geo::Gazetteer gazetteer(places);
    const auto matches = gazetteer.search(query, limit);
    if (matches.isEmpty()) {
        err() << "frontline-cli search: no place matches \"" << query << "\"\n";
        return ExitCode::Failure;
    }
    for (const geo::GazetteerMatch& m : matches) {
        const geo::Place& p = *m.place;
        out() << p.id << "\t" << p.name(geo::Language::English) << "\t" << p.nameFr << "\t" << p.nameAr << "\t"
              << QString::number(p.lonLat.x(), 'f', 5) << "," << QString::number(p.lonLat.y(), 'f', 5) << "\t"
              << geo::placeKindName(p.kind) << "\tmatched: " << m.matchedName << "\n";
    }
    return ExitCode::Ok;
}

} // namespace cli
