// frontline-cli: the headless command line over the same library and renderer as the window.
#include "cli_commands.h"
#include "cli_options.h"

#include <QGuiApplication>

#include <cstdlib>

namespace {

using cli::ExitCode;

void printUsage(QTextStream& s)
{
    s << "Usage: frontline-cli COMMAND [OPTIONS]\n"
         "Frontline, a map of the Idleb frontline 2019-2020, without a display.\n\n"
         "Commands:\n"
         "  layers [FILE]     list the bundled map layers, or the layers and fields of any OGR file\n"
         "  search QUERY      find places by any spelling (French, English, Arabic)\n"
         "  render            draw the map to a PNG file\n"
         "  export            a publishable map: PNG, SVG or PDF page, GeoTIFF, PNG + world file\n"
         "  bench             measure loading and rendering\n"
         "  validate FILE...  check annotated-article files; writes nothing\n"
         "  annotate TEXT     suggest the annotations of a dispatch (.txt or .html), written as an article\n"
         "                    to check; --score ARTICLE... measures them against annotated articles\n"
         "  import FILE...    add annotated articles to the store, all or nothing\n"
         "  list              list the articles in the store\n"
         "  remove ID         remove an article from the store\n"
         "  store ACTION      make a store, say what it holds, copy one into another (init, info, copy)\n"
         "  control           who held each place on a day, with the claim behind it (CSV or GeoJSON)\n"
         "  timelapse         a map page per change (or every N days) between two dates; GIF with ffmpeg\n"
         "  changes           the places that changed hands between two dates, and the claims behind them\n\n"
         "The article commands use the window's store unless given --store STORE: a GeoPackage file, or a\n"
         "PostgreSQL database with PostGIS (postgresql://user@host/database).\n"
         "Run 'frontline-cli COMMAND --help' for a command's options.\n";
    s.flush();
}

struct Command {
    const char* name;
    ExitCode (*run)(const QStringList& args);
};

// In the order of the usage text.
constexpr Command kCommands[] = {
    {"layers", cli::runLayers},       {"search", cli::runSearch},   {"render", cli::runRender},
    {"export", cli::runExport},       {"bench", cli::runBench},     {"validate", cli::runValidate},
    {"annotate", cli::runAnnotate},   {"import", cli::runImport},   {"list", cli::runList},
    {"remove", cli::runRemove},       {"store", cli::runStore},     {"control", cli::runControl},
    {"timelapse", cli::runTimelapse}, {"changes", cli::runChanges},
};

ExitCode run(const QString& command, const QStringList& args)
{
    for (const Command& c : kCommands)
        if (command == QLatin1String(c.name))
            return c.run(args);
    cli::err() << "frontline-cli: unknown command \"" << command << "\"\n";
    printUsage(cli::err());
    return ExitCode::BadInput;
}

} // namespace

int main(int argc, char* argv[])
{
    // No display is needed: QPainter on QImage works with the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The same names as the window's, so that both find the same store in the user's data folder.
    QGuiApplication::setOrganizationName(QStringLiteral("Frontline"));
    QGuiApplication::setApplicationName(QStringLiteral("frontline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? cli::err() : cli::out());
        return int(args.isEmpty() ? ExitCode::BadInput : ExitCode::Ok);
    }
    if (args.first() == QLatin1String("--version")) {
        cli::out() << "frontline-cli " << FRONTLINE_VERSION << "\n";
        return int(ExitCode::Ok);
    }
    const QString command = args.takeFirst();
    return int(run(command, args));
}
