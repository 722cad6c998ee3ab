// File > Open layer… on a big file: the window keeps answering while the file is read (the open runs on a worker
// and the call returns at once), shows its progress and a Cancel button in the status bar, and Cancel leaves the
// map exactly as it was.
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "geo/data/layer_cache.h"
#include "geo/data/map_data_loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

class TestLayerOpen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openingKeepsTheWindowAnsweringAndShowsProgress();
    void cancelLeavesTheMapAsBefore();
    void anUnindexedFileIsCopiedWithProgressAndCancelKeepsNoCopy();

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bigLayer;
};

void TestLayerOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-test");
}

void TestLayerOpen::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    // A layer read whole (fewer features than the indexing threshold, a file under its size): 3,000 rings of 100
    // vertices around NW Syria, 300,000 vertices to read, simplify, project and build.
    m_bigLayer = m_dir->filePath("rings.geojson");
    QFile file(m_bigLayer);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[)");
    for (int f = 0; f < 3000; ++f) {
        const double cx = 35.6 + (f % 60) * 0.03, cy = 35.0 + (f / 60) * 0.03;
        QByteArray ring;
        for (int v = 0; v <= 100; ++v) {
            const double a = 2 * M_PI * (v % 100) / 100.0;
            ring += QByteArray(v ? "," : "") + "[" + QByteArray::number(cx + 0.01 * std::cos(a), 'f', 6) + "," +
                    QByteArray::number(cy + 0.01 * std::sin(a), 'f', 6) + "]";
        }
        file.write(QByteArray(f ? "," : "") + R"({"type":"Feature","properties":{"n":)" + QByteArray::number(f) +
                   R"(},"geometry":{"type":"Polygon","coordinates":[[)" + ring + "]]}}");
    }
    file.write("]}");
    file.close();

    m_window = std::make_unique<MainWindow>(m_dir->filePath("store.gpkg"));
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!m_window->session()->data()) {
        QSignalSpy loaded(m_window->session(), &MapSession::dataChanged);
        QVERIFY(loaded.wait(60000));
    }
    QVERIFY(!m_window->layerOpenProgress()->isVisible());
    QVERIFY(!m_window->layerOpenCancel()->isVisible());
}

void TestLayerOpen::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestLayerOpen::openingKeepsTheWindowAnsweringAndShowsProgress()
{
    MapSession* session = m_window->session();
    QSignalSpy opened(session, &MapSession::layersOpened);
    QSignalSpy failed(session, &MapSession::loadFailed);

    // The event loop's heartbeat while the file opens: a timer every 10 ms, and the longest wait between two.
    QElapsedTimer sinceLastTick;
    qint64 longestGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceLastTick.restart()); });

    QElapsedTimer openTime;
    openTime.start();
    m_window->openLayerFile(m_bigLayer);
    const qint64 callTime = openTime.elapsed();
    sinceLastTick.start();
    heartbeat.start();
    // Back at once, the file still opening, its progress and Cancel in the status bar.
    QVERIFY(session->isOpeningLayer());
    QVERIFY(m_window->layerOpenProgress()->isVisible());
    QVERIFY(m_window->layerOpenCancel()->isVisible());
    QVERIFY(m_window->layerOpenCancel()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!session->isOpeningLayer(), 120000);
    const qint64 loadTime = openTime.elapsed();
    heartbeat.stop();
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QCOMPARE(opened.size(), 1);
    QVERIFY(session->data()->layer(opened.first().first().toStringList().value(0)));
    // The progress went away with the open.
    QVERIFY(!m_window->layerOpenProgress()->isVisible());
    QVERIFY(!m_window->layerOpenCancel()->isVisible());
    qInfo("opening returned after %lld ms, the layer came after %lld ms, the longest wait between heartbeats was "
          "%lld ms",
          static_cast<long long>(callTime), static_cast<long long>(loadTime), static_cast<long long>(longestGap));
    // The call returned in a small part of the load, and the window answered all along: no wait between two
    // heartbeats near what the load took (on the GUI thread one wait would be all of it).
    QVERIFY2(callTime * 10 < loadTime,
             qPrintable(QStringLiteral("call %1 ms, load %2 ms").arg(callTime).arg(loadTime)));
    QVERIFY2(longestGap * 2 < loadTime,
             qPrintable(QStringLiteral("longest wait %1 ms, load %2 ms").arg(longestGap).arg(loadTime)));
}

void TestLayerOpen::cancelLeavesTheMapAsBefore()
{
    MapSession* session = m_window->session();
    const auto before = session->data();
    const QStringList pathsBefore = session->userPaths();
    QSignalSpy opened(session, &MapSession::layersOpened);
    QSignalSpy changed(session, &MapSession::dataChanged);
    QSignalSpy failed(session, &MapSession::loadFailed);

    m_window->openLayerFile(m_bigLayer);
    QVERIFY(m_window->layerOpenCancel()->isVisible());
    QTest::mouseClick(m_window->layerOpenCancel(), Qt::LeftButton);
    // Given up at once: the status bar says so, nothing is opening any more.
    QVERIFY(!session->isOpeningLayer());
    QVERIFY(!m_window->layerOpenProgress()->isVisible());
    QVERIFY(!m_window->layerOpenCancel()->isVisible());

    // Whatever the worker still did, once it is done the map is the same map, with the same layers.
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 120000);
    QTest::qWait(50); // anything still posted
    QCOMPARE(session->data(), before);
    QCOMPARE(session->userPaths(), pathsBefore);
    QVERIFY(opened.isEmpty());
    QVERIFY(changed.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(m_window->lastError().isEmpty());

    // And the same file opens afterwards, as if nothing had happened.
    m_window->openLayerFile(m_bigLayer);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOpeningLayer(), 120000);
    QCOMPARE(opened.size(), 1);
    QVERIFY(session->data() != before);
}

void TestLayerOpen::anUnindexedFileIsCopiedWithProgressAndCancelKeepsNoCopy()
{
    // A GeoJSON has no spatial index: with more features than the indexing threshold, its first open copies it
    // into an indexed GeoPackage in the cache folder. The window shows that copy's progress on the same bar, and
    // Cancel stops it with no copy kept and the map as it was.
    const QString cache = m_dir->filePath("cache");
    geo::LayerCache::setDirectory(cache);
    const auto defaultFolder = qScopeGuard([] { geo::LayerCache::setDirectory({}); });
    auto writeSquares = [](const QString& path, int count) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(R"({"type":"FeatureCollection","features":[)");
        for (int f = 0; f < count; ++f) {
            const double x = 35.6 + (f % 200) * 0.01, y = 35.0 + (f / 200) * 0.01;
            file.write(QByteArray(f ? "," : "") + R"({"type":"Feature","properties":{"n":)" + QByteArray::number(f) +
                       R"(},"geometry":{"type":"Polygon","coordinates":[[)" +
                       QStringLiteral("[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]")
                           .arg(x)
                           .arg(y)
                           .arg(x + 0.005)
                           .arg(y + 0.005)
                           .toLatin1() +
                       "]]}}");
        }
        file.write("]}");
        return file.error() == QFile::NoError;
    };
    const int count = int(geo::kIndexAboveFeatures) + 5000;
    const QString squares = m_dir->filePath("squares.geojson");
    QVERIFY(writeSquares(squares, count));
    MapSession* session = m_window->session();
    auto copies = [&] { return QDir(cache).entryList({QStringLiteral("*.gpkg")}, QDir::Files); };

    // Cancelled during the copy: nothing kept, the map unchanged.
    {
        const auto before = session->data();
        QSignalSpy copying(session, &MapSession::layerCopyProgress);
        QSignalSpy opened(session, &MapSession::layersOpened);
        m_window->openLayerFile(squares);
        QVERIFY(copying.wait(60000));
        QCOMPARE(m_window->layerOpenProgress()->maximum(), 1000);
        QVERIFY(m_window->layerOpenProgress()->isVisible());
        QTest::mouseClick(m_window->layerOpenCancel(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 120000);
        QTest::qWait(50);
        QCOMPARE(session->data(), before);
        QVERIFY(opened.isEmpty());
        QVERIFY2(copies().isEmpty(), qPrintable(copies().join(QLatin1Char(' '))));
        QVERIFY2(QDir(cache).entryList(QDir::Files).isEmpty() || !QDir(cache).exists(),
                 qPrintable(QDir(cache).entryList(QDir::Files).join(QLatin1Char(' '))));
    }
    // Opened to the end: the progress rose to the whole file, one copy is kept, and the layer is on the map.
    {
        QSignalSpy copying(session, &MapSession::layerCopyProgress);
        QSignalSpy opened(session, &MapSession::layersOpened);
        m_window->openLayerFile(squares);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isOpeningLayer(), 120000);
        QCOMPARE(opened.size(), 1);
        QVERIFY(copying.size() >= 2);
        double last = -1;
        for (const QList<QVariant>& report : copying) {
            const double done = report.at(1).toDouble();
            QVERIFY(done >= last && done <= 1.0);
            last = done;
        }
        QVERIFY(last > 0.5);
        QCOMPARE(copies().size(), 1);
        QVERIFY(!m_window->layerOpenProgress()->isVisible());
    }
}

QTEST_MAIN(TestLayerOpen)
#include "test_layer_open.moc"
