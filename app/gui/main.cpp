// frontline: the map window, opened on the bundled Idleb data.
#include "interface_language.h"
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
    // Before anything says a word: the help below and the window speak the chosen language.
    applyInterfaceLanguage(chosenInterfaceLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Frontline: the Idleb frontline 2019-2020, on a map."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"),
                      QCoreApplication::translate(
                          "main", "The article store to use instead of the one chosen in File > Store (or the one "
                                  "in the user's data folder): a GeoPackage file, or a PostgreSQL connection such "
                                  "as postgresql://user@host/database (the password from ~/.pgpass or "
                                  "PGPASSWORD)."),
                      QCoreApplication::translate("main", "STORE")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Annotated articles to import, or vector "
                                                                     "layers to open."),
                                 QCoreApplication::translate("main", "[FILE...]"));
    parser.process(app);
    // On the heap: View > Interface language replaces the window with one built in the new language.
    auto* window = new MainWindow(parser.value(QStringLiteral("store")));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // Files named on the command line: articles are imported, anything else opens as a layer.
    for (const QString& path : parser.positionalArguments())
        window->openFile(path);
    const int status = QApplication::exec();
    // The window closed last deletes itself once its deferred delete is delivered: now, so that its sessions wait
    // for their own work before the global pool does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // A cancelled export returns at once and leaves its last feature to finish on the pool (map_exporter.cpp);
    // it paints with Qt Gui, so it must end before the application object goes.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
