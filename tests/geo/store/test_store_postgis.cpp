// The store on a real PostgreSQL + PostGIS server (the throwaway cluster CTest starts with
// scripts/pg_cluster.sh): the same articles and control states as a GeoPackage, two analysts importing at once,
// a role that may only read, and a connection lost in the middle of an import. Each case has its own database,
// made from the cluster's template database (which has PostGIS).

#include "geo/store/article_store.h"
#include "geo/store/store_dataset.h"
#include "geo/store/store_layout.h"

#include "article_copies.h"
#include "bundled_data.h"
#include "cli_runner.h"
#include "postgis_cluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using frontline::test::CliRun;
using frontline::test::CliRunner;

namespace {

// Every row of every table of the store, without what differs by design between two stores holding the same
// articles (fids, the meta rows of each store, and unless WITHIMPORTTIMES, when and by whom each was imported).
QStringList storeRows(const QString& location, QString* error, bool withImportTimes = false)
{
    auto store = geo::StoreDataset::open(location, error);
    if (!store)
        return {};
    QStringList out;
    for (const geo::StoreTable& table : geo::StoreLayout::tables()) {
        if (table.name == geo::StoreLayout::metaTable)
            continue;
        QList<geo::StoreRow> rows;
        if (!store->read(table.name, {}, {}, &rows, error))
            return {};
        for (const geo::StoreRow& row : std::as_const(rows)) {
            QStringList fields;
            for (const geo::StoreField& field : table.fields) {
                if (withImportTimes || !field.name.startsWith(QLatin1String("imported_")))
                    fields << field.name + QLatin1Char('=') + row.values.value(field.name).toString();
            }
            if (row.lonLat)
                fields << QStringLiteral("point=%1,%2").arg(row.lonLat->x(), 0, 'f', 7).arg(row.lonLat->y(), 0, 'f', 7);
            out << table.name + QLatin1Char(' ') + fields.join(QLatin1Char(' '));
        }
    }
    return out;
}

} // namespace

class TestStorePostgis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRowsAsAGeoPackage();
    void twoImportsAtOnceBothLand();
    void theSameArticleFromTwoAnalysts();
    void aReadOnlyRoleBrowsesAndIsToldItCannotImport();
    void aConnectionLostMidImportChangesNothing();
    void passwordsAreNeverShown();
    void copyToPostgisAndBackKeepsEveryRow();

private:
    QString newDatabase() { return m_cluster.newDatabase(QStringLiteral("store")); }
    QString connectionTo(const QString& name, const QString& user = QStringLiteral("frontline_admin")) const
    {
        return m_cluster.connectionTo(name, user);
    }
    bool sql(const QString& database, const QString& statement, QString* error = nullptr)
    {
        return m_cluster.run(database, statement, error);
    }
    QString sqlValue(const QString& database, const QString& statement) { return m_cluster.value(database, statement); }
    QStringList idsIn(const QString& location);

    QTemporaryDir m_dir;
    CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dir.filePath(QStringLiteral("data"))};
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    QStringList m_batch; // bundled articles under new ids: new to a seeded store
    frontline::test::PostgisCluster m_cluster{QStringLiteral(FRONTLINE_TEST_PG)};
};

QStringList TestStorePostgis::idsIn(const QString& location)
{
    QString error;
    auto store = geo::ArticleStore::open(location, &error);
    return store ? store->articleIds() : QStringList{QStringLiteral("<%1>").arg(error)};
}

void TestStorePostgis::initTestCase()
{
    GDALAllRegister();
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY2(!sqlValue(QStringLiteral("frontline_test"), QStringLiteral("SELECT postgis_version()")).isEmpty(),
             "the test cluster is not running or has no PostGIS (CTest starts it: scripts/pg_cluster.sh)");
    m_batch =
        frontline::test::writeArticleCopies(m_dir.filePath(QStringLiteral("batch")), QStringLiteral("desk"), &error);
    QVERIFY2(m_batch.size() > 20, qPrintable(error));
}

void TestStorePostgis::sameRowsAsAGeoPackage()
{
    const QString database = connectionTo(newDatabase());
    const QString file = m_dir.filePath(QStringLiteral("same.gpkg"));
    for (const QString& store : {database, file}) {
        const CliRun seeded = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), store});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        const CliRun imported =
            m_cli.run(QStringList{QStringLiteral("import"), QStringLiteral("--store"), store} + m_batch.mid(0, 6));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    QString error;
    const QStringList inDatabase = storeRows(database, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList inFile = storeRows(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(inFile.size() > 300, qPrintable(QString::number(inFile.size())));
    QCOMPARE(inDatabase, inFile);

    // The command line's answers are the same on both.
    for (const QStringList& args :
         {QStringList{QStringLiteral("control"), QStringLiteral("--date"), QStringLiteral("2020-02-08")},
          QStringList{QStringLiteral("list")}}) {
        const CliRun a = m_cli.run(args + QStringList{QStringLiteral("--store"), database});
        const CliRun b = m_cli.run(args + QStringList{QStringLiteral("--store"), file});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        QVERIFY(!a.out.isEmpty());
        QCOMPARE(a.out, b.out);
    }
    // QGIS reads control_states as it reads the GeoPackage's: dates as dates, points in EPSG:4326.
    const QString name = database.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    QCOMPARE(sqlValue(name, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                           "table_name = 'control_states' AND column_name = 'valid_from'")),
             QStringLiteral("date"));
    QCOMPARE(sqlValue(name, QStringLiteral("SELECT srid FROM geometry_columns WHERE f_table_name = 'control_states'")),
             QStringLiteral("4326"));
}

void TestStorePostgis::twoImportsAtOnceBothLand()
{
    const QString database = connectionTo(newDatabase());
    const CliRun seeded = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), database});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    const QStringList before = idsIn(database);

    const qsizetype half = m_batch.size() / 2;
    QProcess first, second;
    for (auto [process, files] : {std::pair{&first, m_batch.mid(0, half)}, std::pair{&second, m_batch.mid(half)}}) {
        process->start(QStringLiteral(FRONTLINE_CLI),
                       QStringList{QStringLiteral("import"), QStringLiteral("--store"), database} + files);
        QVERIFY(process->waitForStarted());
    }
    for (QProcess* p : {&first, &second}) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const QStringList after = idsIn(database);
    QCOMPARE(after.size(), before.size() + m_batch.size());

    QString error;
    auto store = geo::ArticleStore::open(database, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->controlStatesMatchArticles());
    bool changed = true;
    QVERIFY2(store->refreshControlStates(*m_catalog, &error, &changed), qPrintable(error));
    QVERIFY2(!changed, "the control states left by the two imports were not those of all the articles");
}

void TestStorePostgis::theSameArticleFromTwoAnalysts()
{
    const QString database = connectionTo(newDatabase());
    const CliRun seeded = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), database});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    const QStringList before = idsIn(database);

    const QStringList files = m_batch.mid(0, 8);
    QProcess first, second;
    for (QProcess* p : {&first, &second}) {
        p->start(QStringLiteral(FRONTLINE_CLI),
                 QStringList{QStringLiteral("import"), QStringLiteral("--store"), database} + files);
        QVERIFY(p->waitForStarted());
    }
    QStringList said;
    for (QProcess* p : {&first, &second}) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        said << QString::fromUtf8(p->readAllStandardOutput());
    }
    // One added them, the other was told they were there: never twice, never an error.
    const int added = int(said.first().count(QStringLiteral(": imported ("))) +
                      int(said.last().count(QStringLiteral(": imported (")));
    const int told = int(said.first().count(QStringLiteral("nothing added"))) +
                     int(said.last().count(QStringLiteral("nothing added")));
    QCOMPARE(added, files.size());
    QCOMPARE(told, files.size());
    QCOMPARE(idsIn(database).size(), before.size() + files.size());
}

void TestStorePostgis::aReadOnlyRoleBrowsesAndIsToldItCannotImport()
{
    const QString name = newDatabase();
    const QString database = connectionTo(name);
    const CliRun seeded = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), database});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    // The two roles exactly as docs/shared-store.md sets them up: its SQL file, run with psql by the owner, and a
    // login in each role.
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-f"), QStringLiteral(FRONTLINE_SOURCE_DIR "/docs/desk_roles.sql"), database});
    QVERIFY2(psql.waitForFinished(60000) && psql.exitCode() == 0, psql.readAllStandardError().constData());
    const QString writer = QStringLiteral("alice_%1").arg(name), reader = QStringLiteral("bob_%1").arg(name);
    QString error;
    QVERIFY2(sql(QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frontline_writer").arg(writer), &error),
             qPrintable(error));
    QVERIFY2(sql(QStringLiteral("postgres"),
                 QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE frontline_reader").arg(reader), &error),
             qPrintable(error));
    const QString asReader = connectionTo(name, reader);
    QString rowsError;
    const QStringList rowsBefore = storeRows(database, &rowsError);
    QVERIFY2(rowsError.isEmpty(), qPrintable(rowsError));

    const CliRun listed = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), asReader});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const CliRun control = m_cli.run({QStringLiteral("control"), QStringLiteral("--date"), QStringLiteral("2020-02-08"),
                                      QStringLiteral("--store"), asReader});
    QVERIFY2(control.exitCode == 0 && !control.out.isEmpty(), qPrintable(control.err));

    const CliRun imported =
        m_cli.run(QStringList{QStringLiteral("import"), QStringLiteral("--store"), asReader} + m_batch.mid(0, 3));
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("your PostgreSQL role \"%1\" may read this store but not "
                                                  "change it")
                                       .arg(reader)) &&
                 imported.err.contains(QStringLiteral("nothing imported")),
             qPrintable(imported.err));
    const CliRun removed =
        m_cli.run({QStringLiteral("remove"), QStringLiteral("--store"), asReader, idsIn(database).first()});
    QCOMPARE(removed.exitCode, 1);
    QVERIFY2(removed.err.contains(QStringLiteral("may read this store but not change it")), qPrintable(removed.err));
    QCOMPARE(storeRows(database, &rowsError), rowsBefore);

    // The writer role of the same file imports and removes.
    const QString asWriter = connectionTo(name, writer);
    const CliRun added =
        m_cli.run(QStringList{QStringLiteral("import"), QStringLiteral("--store"), asWriter} + m_batch.mid(0, 3));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString firstAdded = m_batch.isEmpty() ? QString() : idsIn(database).last();
    // ... corrects one (a new revision: its row changed, the earlier one kept), which the reader's history shows.
    QFile original(m_batch.first());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    QVERIFY(bytes.contains("\"title\": \""));
    bytes.replace("\"title\": \"", "\"title\": \"Corrected: ");
    QTemporaryDir folder;
    QFile correction(folder.filePath(QStringLiteral("corrected.geojson")));
    QVERIFY(correction.open(QIODevice::WriteOnly) && correction.write(bytes) == bytes.size());
    correction.close();
    const CliRun revised =
        m_cli.run({QStringLiteral("import"), QStringLiteral("--store"), asWriter, correction.fileName()});
    QVERIFY2(revised.exitCode == 0 && revised.out.contains(QStringLiteral(": revised (revision 2")),
             qPrintable(revised.err + revised.out));
    const QString revisedId = revised.out.section(QStringLiteral(": "), 1, 1);
    const CliRun history = m_cli.run(
        {QStringLiteral("list"), QStringLiteral("--store"), asReader, QStringLiteral("--history"), revisedId});
    QVERIFY2(history.exitCode == 0 && history.out.count(QLatin1Char('\n')) == 2 &&
                 history.out.section(QLatin1Char('\t'), 2, 2) == writer,
             qPrintable(history.err + history.out));
    const CliRun gone = m_cli.run({QStringLiteral("remove"), QStringLiteral("--store"), asWriter, firstAdded});
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    const CliRun info = m_cli.run({QStringLiteral("store"), QStringLiteral("info"), asReader});
    QVERIFY2(info.out.contains(QStringLiteral("last: %1 removed %2").arg(writer, firstAdded)), qPrintable(info.out));
}

void TestStorePostgis::aConnectionLostMidImportChangesNothing()
{
    const QString name = newDatabase();
    const QString database = connectionTo(name);
    const CliRun seeded = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), database});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    QString error;
    const QStringList before = storeRows(database, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The import names itself, so that its server process can be found and ended as a lost connection would.
    const QString tagged = database + QStringLiteral("&application_name=frontline_killed_import");
    QProcess import;
    import.start(QStringLiteral(FRONTLINE_CLI),
                 QStringList{QStringLiteral("import"), QStringLiteral("--store"), tagged} + m_batch);
    QVERIFY(import.waitForStarted());
    // Inside its write transaction: it holds the writers' advisory lock.
    const QString inTransaction =
        QStringLiteral(
            "SELECT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid WHERE l.locktype = 'advisory' AND "
            "a.application_name = 'frontline_killed_import' AND a.datname = '%1' LIMIT 1")
            .arg(name);
    QString pid;
    QElapsedTimer clock;
    clock.start();
    while (pid.isEmpty() && import.state() == QProcess::Running && clock.elapsed() < 60000)
        pid = sqlValue(QStringLiteral("postgres"), inTransaction);
    QVERIFY2(!pid.isEmpty(), "the import ended before its transaction could be seen");
    QVERIFY(sql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 1);
    const QString said = QString::fromUtf8(import.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("nothing imported")) || said.contains(QStringLiteral("nothing was changed")),
             qPrintable(said));

    QCOMPARE(storeRows(database, &error), before);
    const CliRun listed = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), database});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
}

void TestStorePostgis::passwordsAreNeverShown()
{
    // A wrong password given in the connection: the message names the store without it.
    const QString withPassword = QStringLiteral("postgresql://frontline_admin:s3cr3t-word@127.0.0.1:1/nowhere");
    const CliRun r = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), withPassword});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("postgresql://frontline_admin@127.0.0.1:1/nowhere")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("cannot connect")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("s3cr3t")) && !r.out.contains(QStringLiteral("s3cr3t")), qPrintable(r.err));
    const QString keyValue = QStringLiteral("PG:dbname=nowhere host=127.0.0.1 port=1 password='s3cr3t word'");
    const CliRun k = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), keyValue});
    QCOMPARE(k.exitCode, 1);
    QVERIFY2(!k.err.contains(QStringLiteral("s3cr3t")), qPrintable(k.err));
}

void TestStorePostgis::copyToPostgisAndBackKeepsEveryRow()
{
    const QString first = m_dir.filePath(QStringLiteral("round-trip-1.gpkg"));
    const QString back = m_dir.filePath(QStringLiteral("round-trip-2.gpkg"));
    const QString database = connectionTo(newDatabase());
    const CliRun made = m_cli.run({QStringLiteral("store"), QStringLiteral("init"), first});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const CliRun imported =
        m_cli.run(QStringList{QStringLiteral("import"), QStringLiteral("--store"), first} + m_batch.mid(0, 5));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CliRun there = m_cli.run({QStringLiteral("store"), QStringLiteral("copy"), first, database});
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    const CliRun again = m_cli.run({QStringLiteral("store"), QStringLiteral("copy"), database, back});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));

    QString error;
    const QStringList original = storeRows(first, &error, true);
    QVERIFY2(error.isEmpty() && original.size() > 300, qPrintable(error));
    QCOMPARE(storeRows(database, &error, true), original);
    QCOMPARE(storeRows(back, &error, true), original);
    // Article by article, as the window and the command line read them.
    auto a = geo::ArticleStore::open(first, &error);
    auto b = geo::ArticleStore::open(back, &error);
    QVERIFY2(a && b, qPrintable(error));
    const QList<geo::Article> before = a->articles(&error);
    const QList<geo::Article> after = b->articles(&error);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).text, before.at(i).text);
        QCOMPARE(after.at(i).annotations.size(), before.at(i).annotations.size());
    }
    QCOMPARE(b->controlStates(), a->controlStates());

    // A store that holds articles is never copied into.
    const CliRun refused = m_cli.run({QStringLiteral("store"), QStringLiteral("copy"), first, back});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("already holds")) &&
                 refused.err.contains(QStringLiteral("nothing copied")),
             qPrintable(refused.err));
    QCOMPARE(storeRows(back, &error, true), original);
    const CliRun info = m_cli.run({QStringLiteral("store"), QStringLiteral("info"), database});
    QVERIFY2(info.exitCode == 0 && info.out.contains(QStringLiteral("kind: PostgreSQL database")) &&
                 info.out.contains(QStringLiteral("articles: %1").arg(before.size())),
             qPrintable(info.out + info.err));
}

QTEST_GUILESS_MAIN(TestStorePostgis)
#include "test_store_postgis.moc"
