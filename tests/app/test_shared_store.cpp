// The window on a store the desk shares: an import made elsewhere (the command line, another window) shows up in
// every window within seconds and the status bar says who did what; a role that may only read sees Import and
// Remove disabled and why, and nothing fails half way; File > Store tests a connection without changing anything
// and never keeps a password. The PostgreSQL cases run on the throwaway PostGIS cluster CTest starts.

#include "app/gui/article_session.h"
#include "app/gui/articles_panel.h"
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "app/gui/store_dialog.h"
#include "app/gui/timeline_bar.h"

#include "article_copies.h"
#include "cli_runner.h"
#include "postgis_cluster.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using frontline::test::CliRun;
using frontline::test::CliRunner;

namespace {

constexpr int kPollMs = 2000; // what the window uses: the 5 s promise holds with it

frontline::test::PostgisCluster& cluster()
{
    static frontline::test::PostgisCluster theCluster{QStringLiteral(FRONTLINE_TEST_PG)};
    return theCluster;
}

QString connectionTo(const QString& name, const QString& user = QStringLiteral("frontline_admin"))
{
    return cluster().connectionTo(name, user);
}

bool sql(const QString& database, const QString& statement, QString* error = nullptr)
{
    return cluster().run(database, statement, error);
}

// The reader role of docs/shared-store.md (roles belong to the cluster: it may be there already).
void createReaderRole()
{
    QString error;
    if (!sql(QStringLiteral("postgres"),
             QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_reader') THEN "
                            "CREATE ROLE desk_reader LOGIN; END IF; END $$"),
             &error))
        qWarning("cannot create the role desk_reader: %s", qPrintable(error));
}

} // namespace

class TestSharedStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anImportFromTheCommandLineShowsInBothWindows_data();
    void anImportFromTheCommandLineShowsInBothWindows();
    void anImportInOneWindowIsAnnouncedInTheOtherOnly();
    void aReaderWindowCannotImportAndSaysWhy();
    void testingABadConnectionShowsTheErrorAndChangesNothing();
    void testingAStoreSaysWhatItHoldsAndWhoMayImport();
    void theSavedStoreNeverHoldsAPassword();
    void theChosenStoreOpensAtTheNextStart();

private:
    QString newDatabase();
    // A bundled article under a new id, with a line added to its text: new to any store. Its id in *ID.
    QString articleCopy(const QString& tag, QString* id);
    // A window on STORE, its map and its articles loaded.
    std::unique_ptr<MainWindow> openWindow(const QString& store);
    // The store at LOCATION, seeded with the bundled articles as a desk's administrator would.
    void seed(const QString& location);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestSharedStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-shared-store-test");
    GDALAllRegister();
    QString error;
    QVERIFY2(sql(QStringLiteral("frontline_test"), QStringLiteral("SELECT postgis_version()"), &error),
             qPrintable("the test cluster is not running or has no PostGIS (CTest starts it: scripts/pg_cluster.sh): " +
                        error));
}

void TestSharedStore::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(QStringLiteral(FRONTLINE_CLI), m_dir->filePath(QStringLiteral("data")));
    m_cli->setEnvironment(QStringLiteral("USER"), QStringLiteral("desk_writer")); // who changes a GeoPackage
}

void TestSharedStore::cleanup()
{
    m_cli.reset();
    m_dir.reset();
    QSettings().clear();
}

QString TestSharedStore::newDatabase()
{
    QString error;
    const QString name = cluster().newDatabase(QStringLiteral("window"), &error);
    if (name.isEmpty())
        qWarning("cannot create a database: %s", qPrintable(error));
    return name;
}

QString TestSharedStore::articleCopy(const QString& tag, QString* id)
{
    QString error;
    QStringList ids;
    const QStringList files = frontline::test::writeArticleCopies(m_dir->filePath(tag), tag, &error, 1, &ids);
    if (files.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    *id = ids.first();
    return files.first();
}

void TestSharedStore::seed(const QString& location)
{
    const CliRun seeded = m_cli->run({QStringLiteral("list"), QStringLiteral("--store"), location});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
}

std::unique_ptr<MainWindow> TestSharedStore::openWindow(const QString& store)
{
    auto window = std::make_unique<MainWindow>(store);
    window->articleSession()->setPollInterval(kPollMs);
    window->resize(1100, 750);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    ArticleSession* session = window->articleSession();
    for (int i = 0; i < 1200; ++i) {
        if (session->loadedRevision() >= 0 && !session->articles().isEmpty() && !session->isBusy())
            return window;
        QTest::qWait(50);
    }
    qWarning("the window did not load %s: %s", qPrintable(store), qPrintable(window->lastError()));
    return nullptr;
}

void TestSharedStore::anImportFromTheCommandLineShowsInBothWindows_data()
{
    QTest::addColumn<bool>("database");
    QTest::addColumn<QString>("who");
    QTest::newRow("PostGIS") << true << "frontline_admin";
    QTest::newRow("GeoPackage") << false << "desk_writer";
}

void TestSharedStore::anImportFromTheCommandLineShowsInBothWindows()
{
    QFETCH(bool, database);
    QFETCH(QString, who);
    const QString store = database ? connectionTo(newDatabase()) : m_dir->filePath(QStringLiteral("desk.gpkg"));
    seed(store);
    auto first = openWindow(store);
    auto second = openWindow(store);
    QVERIFY(first && second);
    const qsizetype before = first->articleSession()->articles().size();
    QCOMPARE(second->articleSession()->articles().size(), before);
    const auto timelines = std::pair{first->articleSession()->timeline(), second->articleSession()->timeline()};

    QString id;
    const QString file = articleCopy(QStringLiteral("cli"), &id);
    QVERIFY(!file.isEmpty());
    const CliRun imported = m_cli->run({QStringLiteral("import"), QStringLiteral("--store"), store, file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    QElapsedTimer clock;
    clock.start();
    for (MainWindow* window : {first.get(), second.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(window->articlesPanel()->list()->topLevelItemCount(), int(before + 1),
                                  int(qMax<qint64>(0, 5000 - clock.elapsed())));
        const QString status = window->statusBar()->currentMessage();
        QVERIFY2(status.startsWith(who + QStringLiteral(" imported ") + id + QStringLiteral(" at ")),
                 qPrintable(status));
    }
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // The timeline was built again from the articles with the new one.
    QVERIFY(first->articleSession()->timeline() != timelines.first);
    QVERIFY(second->articleSession()->timeline() != timelines.second);
}

void TestSharedStore::anImportInOneWindowIsAnnouncedInTheOtherOnly()
{
    const QString store = m_dir->filePath(QStringLiteral("two-windows.gpkg"));
    seed(store);
    auto importing = openWindow(store);
    auto watching = openWindow(store);
    QVERIFY(importing && watching);
    const qsizetype before = importing->articleSession()->articles().size();
    QSignalSpy ownAnnounced(importing->articleSession(), &ArticleSession::changedElsewhere);
    QSignalSpy otherAnnounced(watching->articleSession(), &ArticleSession::changedElsewhere);

    QString id;
    const QString file = articleCopy(QStringLiteral("window"), &id);
    QSignalSpy finished(importing->articleSession(), &ArticleSession::importFinished);
    importing->openArticleFiles({file});
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toStringList().join('\n')));
    QCOMPARE(importing->articleSession()->articles().size(), before + 1);

    QTRY_COMPARE_WITH_TIMEOUT(watching->articleSession()->articles().size(), before + 1, 5000);
    QCOMPARE(otherAnnounced.size(), 1);
    QVERIFY2(watching->statusBar()->currentMessage().contains(QStringLiteral(" imported ") + id),
             qPrintable(watching->statusBar()->currentMessage()));
    // Its own import is no news to the window that made it, however many polls go by.
    QTest::qWait(2 * kPollMs + 500);
    QCOMPARE(ownAnnounced.size(), 0);
    QCOMPARE(otherAnnounced.size(), 1);
}

void TestSharedStore::aReaderWindowCannotImportAndSaysWhy()
{
    const QString name = newDatabase();
    seed(connectionTo(name));
    createReaderRole();
    QString error;
    QVERIFY2(sql(name, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_reader"), &error),
             qPrintable(error));
    const QString asReader = connectionTo(name, QStringLiteral("desk_reader"));
    auto window = openWindow(asReader);
    QVERIFY(window);
    const qsizetype stored = window->articleSession()->articles().size();
    QVERIFY(stored > 0); // browsing works

    QVERIFY(!window->articleSession()->canWrite());
    QVERIFY(!window->importAction()->isEnabled());
    QVERIFY2(window->importAction()->toolTip().contains(QStringLiteral("role \"desk_reader\" may read this store")),
             qPrintable(window->importAction()->toolTip()));
    QVERIFY(!window->articlesPanel()->removeAction()->isEnabled());
    QVERIFY(window->articlesPanel()->removeAction()->toolTip().contains(QStringLiteral("desk_reader")));
    QLabel* label = window->readOnlyLabel();
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Read-only store: your PostgreSQL role \"desk_reader\"")),
             qPrintable(label->text()));
    QVERIFY2(!label->text().contains(QStringLiteral("postgresql://")), "the store is named once, elsewhere");
    QVERIFY(label->toolTip().contains(QStringLiteral("administrator"))); // and what to do about it
    QVERIFY(window->storeLabel()->toolTip().contains(QStringLiteral("user=desk_reader")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("user=desk_reader")));

    // A file dropped on the window is refused at once, with the reason, and the store is not touched.
    QString id;
    const QString file = articleCopy(QStringLiteral("reader"), &id);
    QSignalSpy errors(window.get(), &MainWindow::errorShown);
    window->openArticleFiles({file});
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("Nothing was imported: read-only store")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!window->articleSession()->isBusy());
    QTest::qWait(kPollMs + 500);
    QCOMPARE(window->articleSession()->articles().size(), stored);

    // The map still shows who held what on the timeline's date: the reader browses (and so exports) as anyone.
    QTRY_VERIFY_WITH_TIMEOUT(window->mapView()->settings().control &&
                                 window->mapView()->settings().control->snapshot.date == window->timelineBar()->date(),
                             30000);

    // The same store opened as its writer: everything is enabled again, the label is gone.
    auto writer = openWindow(connectionTo(name));
    QVERIFY(writer);
    QVERIFY(writer->importAction()->isEnabled());
    QVERIFY(writer->articlesPanel()->removeAction()->isEnabled());
    QVERIFY(!writer->readOnlyLabel()->isVisible());
}

void TestSharedStore::testingABadConnectionShowsTheErrorAndChangesNothing()
{
    const QString gpkg = m_dir->filePath(QStringLiteral("mine.gpkg"));
    auto window = openWindow(gpkg);
    QVERIFY(window);
    const qsizetype articles = window->articleSession()->articles().size();

    StoreDialog dialog(window->articleSession()->storePath(), window.get());
    QVERIFY(dialog.fileChoice()->isChecked());
    QCOMPARE(dialog.fileEdit()->text(), gpkg);
    dialog.databaseChoice()->setChecked(true);
    const QString bad = connectionTo(QStringLiteral("no_such_database"));
    dialog.connectionEdit()->setText(bad);
    QSignalSpy tested(&dialog, &StoreDialog::tested);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    const QString said = dialog.testResult();
    QVERIFY2(said.startsWith(QStringLiteral("Cannot open this store:")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("no_such_database")), qPrintable(said)); // the error in full
    QCOMPARE(dialog.location(), bad);

    dialog.reject();
    QCOMPARE(window->articleSession()->storePath(), gpkg);
    QVERIFY(!QSettings().contains(QStringLiteral("store/location")));
    QTest::qWait(500);
    QCOMPARE(window->articleSession()->articles().size(), articles);
    QVERIFY(window->lastError().isEmpty());
}

void TestSharedStore::testingAStoreSaysWhatItHoldsAndWhoMayImport()
{
    const QString name = newDatabase();
    seed(connectionTo(name));
    createReaderRole();
    QVERIFY(sql(name, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_reader")));
    const CliRun listed = m_cli->run({QStringLiteral("list"), QStringLiteral("--store"), connectionTo(name)});
    const int count = int(listed.out.trimmed().split('\n').size());
    QVERIFY(count > 20);

    StoreDialog dialog(connectionTo(name));
    QVERIFY(dialog.databaseChoice()->isChecked());
    QSignalSpy tested(&dialog, &StoreDialog::tested);
    dialog.test();
    QVERIFY(tested.wait(30000));
    QCOMPARE(dialog.testResult(), QStringLiteral("It holds %1 articles. You can import.").arg(count));

    dialog.connectionEdit()->setText(connectionTo(name, QStringLiteral("desk_reader")));
    dialog.test();
    QVERIFY(tested.wait(30000));
    QVERIFY2(dialog.testResult().startsWith(
                 QStringLiteral("It holds %1 articles. Read only: you may browse and export, not import.\n"
                                "Your PostgreSQL role \"desk_reader\" may read")
                     .arg(count)),
             qPrintable(dialog.testResult()));

    // A file not there yet is not created by a test.
    dialog.fileChoice()->setChecked(true);
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.gpkg"));
    dialog.fileEdit()->setText(fresh);
    dialog.test();
    QVERIFY(dialog.testResult().contains(QStringLiteral("new store")));
    QVERIFY(!QFile::exists(fresh));
}

void TestSharedStore::theSavedStoreNeverHoldsAPassword()
{
    const QString name = newDatabase();
    seed(connectionTo(name));
    auto window = openWindow(m_dir->filePath(QStringLiteral("start.gpkg")));
    QVERIFY(window);
    // The test cluster trusts its socket: the password is accepted and ignored, as a .pgpass one would be used.
    QString withPassword = connectionTo(name);
    withPassword.replace(QStringLiteral("postgresql://"), QStringLiteral("postgresql://frontline_admin:s3cr3t-pw@"));
    withPassword.replace(QStringLiteral("&user=frontline_admin"), QString());
    const QStringList forms = {
        withPassword,
        QStringLiteral("PG:dbname=%1 host=%2 port=5433 user=frontline_admin "
                       "password=s3cr3t-pw")
            .arg(
                name,
                QStringLiteral(FRONTLINE_TEST_PG).section(QStringLiteral("host="), 1).section(QLatin1Char('&'), 0, 0))};
    for (const QString& location : forms) {
        StoreDialog dialog(location);
        QVERIFY(StoreDialog::holdsPassword(dialog.location()));
        QVERIFY(!StoreDialog::holdsPassword(connectionTo(name)));
        QVERIFY(dialog.findChildren<QLabel*>().size() > 0);
        bool warned = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            warned = warned || (label->text().contains(QStringLiteral("will not be kept")) && !label->isHidden());
        QVERIFY(warned);

        window->switchStore(dialog.location());
        QTRY_VERIFY_WITH_TIMEOUT(window->articleSession()->loadedRevision() > 0 && !window->articleSession()->isBusy(),
                                 30000);
        QVERIFY2(window->lastError().isEmpty(), qPrintable(window->lastError()));
        QVERIFY(window->articleSession()->articles().size() > 20); // the window did move to the database

        QSettings settings;
        settings.sync();
        const QString saved = settings.value(QStringLiteral("store/location")).toString();
        QVERIFY2(saved.contains(name), qPrintable(saved));
        QVERIFY2(!saved.contains(QStringLiteral("s3cr3t")), qPrintable(saved));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cr3t"));
        QVERIFY(!window->storeLabel()->toolTip().contains(QStringLiteral("s3cr3t")));
        QVERIFY(window->storeLabel()->toolTip().contains(name));
        QVERIFY(!window->windowTitle().contains(QStringLiteral("s3cr3t")));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("not kept")));
    }
}

void TestSharedStore::theChosenStoreOpensAtTheNextStart()
{
    const QString chosen = m_dir->filePath(QStringLiteral("chosen.gpkg"));
    {
        auto window = openWindow(m_dir->filePath(QStringLiteral("first.gpkg")));
        QVERIFY(window);
        window->switchStore(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(chosen) && !window->articleSession()->isBusy(), 30000);
        QVERIFY(window->storeLabel()->toolTip().contains(chosen));
    }
    {
        MainWindow restored; // no store named: the one chosen last
        QCOMPARE(restored.articleSession()->storePath(), chosen);
        QVERIFY(restored.windowTitle().endsWith(chosen));
    }
    const QString named = m_dir->filePath(QStringLiteral("named.gpkg"));
    MainWindow withArgument(named); // the command line wins
    QCOMPARE(withArgument.articleSession()->storePath(), named);
}

QTEST_MAIN(TestSharedStore)
#include "test_shared_store.moc"
