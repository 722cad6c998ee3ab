// frontline: the map window, opened on the bundled Idleb data.
#include "main_window.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("frontline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Frontline"));
    QApplication::setDesktopFileName(QStringLiteral("org.frontline.Frontline"));
    MainWindow window;
    window.show();
    // Files named on the command line open as extra layers.
    for (const QString& path : QApplication::arguments().mid(1))
        window.openLayerFile(path);
    return QApplication::exec();
}
