// frontline: the map window, opened on the bundled Idleb data.
#include "interface_language.h"
#include "main_window.h"
#include "map_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds between the start of this process (the kernel's record, before the dynamic linker ran) and now;
// -1 where /proc says nothing. Resolution: one clock tick (10 ms).
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22, counted after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(19).toLongLong(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
}

// --measure-startup: says on standard error how long the process took to put its first map on screen (the
// first frame of the map painted in the view, not the "Loading" text), then quits.
class StartupMeter : public QObject {
public:
    StartupMeter(MapView* view, qint64 startMs) : QObject(view), m_view(view), m_startMs(startMs)
    {
        m_clock.start();
        connect(
            view, &MapView::frameReady, this, [this] { m_frameReady = true; }, Qt::SingleShotConnection);
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::Paint && m_frameReady && !m_reported) {
            m_reported = true;
            // Reported once the paint event has been handled: the frame is on screen.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "frontline: first map on screen %lld ms after the process started\n",
                             static_cast<long long>(m_startMs + m_clock.elapsed()));
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QPointer<MapView> m_view;
    qint64 m_startMs;
    QElapsedTimer m_clock;
    bool m_frameReady = false;
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[])
{
    const qint64 startMs = msSinceProcessStart();
    QElapsedTimer sinceMain;
    sinceMain.start();
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
    parser.addOption({QStringLiteral("measure-startup"),
                      QCoreApplication::translate("main", "Say on standard error how long the first map took to "
                                                          "appear after the program started, then quit.")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Annotated articles to import, or vector "
                                                                     "layers to open."),
                                 QCoreApplication::translate("main", "[FILE...]"));
    parser.process(app);
    // On the heap: View > Interface language replaces the window with one built in the new language.
    auto* window = new MainWindow(parser.value(QStringLiteral("store")));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (parser.isSet(QStringLiteral("measure-startup")))
        new StartupMeter(window->mapView(), std::max<qint64>(startMs, 0) + sinceMain.elapsed());
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
