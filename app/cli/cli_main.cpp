// frontline-cli: the headless command line over the same library and renderer as the window.
#include "cli_commands.h"
#include "cli_options.h"

#include <QGuiApplication>

#include <cstdlib>

namespace {

void printUsage(QTextStream& s)
{
    s << "Usage: frontline-cli COMMAND [OPTIONS]\n"
         "Frontline, a map of the Idleb frontline 2019-2020, without a display.\n\n"
         "Commands:\n"
         "  layers [FILE]     list the bundled map layers, or the layers and fields of any OGR file\n"
         "  search QUERY      find places by any spelling (French, English, Arabic)\n"
         "  render            draw the map to a PNG file\n"
         "  export            a publishable map: PNG, SVG or PDF page, GeoTIFF, PNG + world file\n"
         "  bench             measure loading and rendering\n\n"
         "Run 'frontline-cli COMMAND --help' for a command's options.\n";
    s.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // No display is needed: QPainter on QImage works with the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("frontline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? cli::err() : cli::out());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        cli::out() << "frontline-cli " << FRONTLINE_VERSION << "\n";
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("layers"))
        return cli::runLayers(args);
    if (command == QLatin1String("search"))
        return cli::runSearch(args);
    if (command == QLatin1String("render"))
        return cli::runRender(args);
    if (command == QLatin1String("export"))
        return cli::runExport(args);
    if (command == QLatin1String("bench"))
        return cli::runBench(args);
    cli::err() << "frontline-cli: unknown command \"" << command << "\"\n";
    printUsage(cli::err());
    return 2;
}
