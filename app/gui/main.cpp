// frontline: the map window, opened on the bundled Idleb data.
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QThreadPool>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("frontline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Frontline"));
    QApplication::setDesktopFileName(QStringLiteral("org.frontline.Frontline"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Frontline: the Idleb frontline 2019-2020, on a map."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("store"),
         QStringLiteral("The article store to use instead of the one chosen in File > Store (or the one in the "
                        "user's data folder): a GeoPackage file, or a PostgreSQL connection such as "
                        "postgresql://user@host/database (the password from ~/.pgpass or PGPASSWORD)."),
         QStringLiteral("STORE")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Annotated articles to import, or vector layers to open."),
                                 "[FILE...]");
    parser.process(app);
    MainWindow window(parser.value(QStringLiteral("store")));
    window.show();
    // Files named on the command line: articles are imported, anything else opens as a layer.
    for (const QString& path : parser.positionalArguments())
        window.openFile(path);
    const int status = QApplication::exec();
    // A cancelled export returns at once and leaves its last feature to finish on the pool (map_exporter.cpp);
    // it paints with Qt Gui, so it must end before the application object goes.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
