// `frontline-cli import` killed with SIGKILL at several moments (while it reads the files, as its write
// transaction starts, in its middle, near its end, after it), then any command on the store: the store opens,
// holds every article it held before, holds all or none of the batch, and its control_states are what the
// articles it holds derive. The kill points inside the transaction are found by watching for SQLite's journal
// beside the store, so they do not depend on the machine's speed.

#include "geo/control/control_timeline.h"
#include "geo/store/article_store.h"
#include "geo/store/control_states.h"

#include "article_copies.h"
#include "bundled_data.h"
#include "cli_runner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using frontline::test::CliRunner;

namespace {
const QString kSeedId = QStringLiteral("afp-2020-02-08-saraqeb");
} // namespace

class TestCliImportKilled : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportLeavesAllOrNothing_data();
    void killedImportLeavesAllOrNothing();
    void someKillsLandedInsideTheTransaction();

private:
    QStringList storedIds(const QString& path, QString* error) const;

    QTemporaryDir m_dir;
    CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dir.filePath(QStringLiteral("data"))};
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    QString m_base; // a store seeded with the bundled articles
    QStringList m_batch, m_batchIds;
    QSet<QString> m_before;
    int m_killsInsideTransaction = 0;
};

QStringList TestCliImportKilled::storedIds(const QString& path, QString* error) const
{
    auto store = geo::ArticleStore::open(path, error);
    return store ? store->articleIds() : QStringList();
}

void TestCliImportKilled::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));

    m_base = m_dir.filePath(QStringLiteral("base.gpkg"));
    const auto seeded = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), m_base});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    const QStringList before = storedIds(m_base, &error);
    QVERIFY2(before.size() > 20, qPrintable(error));
    m_before = QSet<QString>(before.begin(), before.end());

    const QString folder = m_dir.filePath(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(folder));
    m_batch = frontline::test::writeArticleCopies(folder, QStringLiteral("batch"), &error);
    QVERIFY2(m_batch.size() > 20, qPrintable(error));
    // And a correction of a stored article: its next revision, with its history row, lands with the batch or not.
    QFile seed(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/afp-2020-02-08-saraqeb.geojson"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray corrected = seed.readAll();
    QVERIFY(corrected.contains("\"claim_status\": \"claimed\""));
    corrected.replace(corrected.indexOf("\"claim_status\": \"claimed\""), 25, "\"claim_status\": \"assessed\"");
    QFile correction(QDir(folder).filePath(QStringLiteral("corrected-seed.geojson")));
    QVERIFY(correction.open(QIODevice::WriteOnly) && correction.write(corrected) == corrected.size());
    correction.close();
    m_batch << correction.fileName();

    // The whole batch, not killed: what "all of the batch" is.
    const QString whole = m_dir.filePath(QStringLiteral("whole.gpkg"));
    QVERIFY(QFile::copy(m_base, whole));
    const auto imported = m_cli.run(QStringList{QStringLiteral("import"), QStringLiteral("--store"), whole} + m_batch);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    for (const QString& id : storedIds(whole, &error)) {
        if (!m_before.contains(id))
            m_batchIds << id;
    }
    QCOMPARE(m_batchIds.size(), m_batch.size() - 1);
    auto store = geo::ArticleStore::open(whole, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->currentRevisions().value(kSeedId), 2);
}

void TestCliImportKilled::killedImportLeavesAllOrNothing_data()
{
    // When to kill: a delay after the start, or a delay after the journal appears (the transaction's first write).
    QTest::addColumn<int>("afterStartMs");
    QTest::addColumn<int>("afterJournalMs");
    QTest::newRow("while reading the files") << 30 << -1;
    QTest::newRow("as the transaction writes its first page") << 0 << 0;
    QTest::newRow("5 ms into the transaction") << 0 << 5;
    QTest::newRow("20 ms into the transaction") << 0 << 20;
    QTest::newRow("60 ms into the transaction") << 0 << 60;
    QTest::newRow("150 ms into the transaction") << 0 << 150;
    QTest::newRow("400 ms into the transaction") << 0 << 400;
    QTest::newRow("after 4 s (done or nearly)") << 4000 << -1;
}

void TestCliImportKilled::killedImportLeavesAllOrNothing()
{
    QFETCH(int, afterStartMs);
    QFETCH(int, afterJournalMs);
    const QString path = m_dir.filePath(QStringLiteral("%1.gpkg").arg(QTest::currentDataTag()).replace(' ', '-'));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_base, path));
    const QString journal = path + QStringLiteral("-journal");

    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(FRONTLINE_CLI),
                 QStringList{QStringLiteral("import"), QStringLiteral("--store"), path} + m_batch);
    QVERIFY(import.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    bool journalSeen = false;
    if (afterJournalMs >= 0) {
        while (import.state() == QProcess::Running && !QFileInfo::exists(journal) && clock.elapsed() < 60000)
            QThread::usleep(200);
        journalSeen = QFileInfo::exists(journal);
        QThread::msleep(afterJournalMs);
    } else {
        QThread::msleep(afterStartMs);
    }
    const bool stillRunning = import.state() == QProcess::Running;
    import.kill(); // SIGKILL
    QVERIFY(import.waitForFinished(10000));
    if (journalSeen && stillRunning && QFileInfo::exists(journal))
        ++m_killsInsideTransaction;
    qInfo("killed %s, journal %s", stillRunning ? "while running" : "after it ended",
          QFileInfo::exists(journal) ? "left beside the store" : "absent");

    // Any command next: the store opens.
    const auto listed = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), path});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));

    QString error;
    auto store = geo::ArticleStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const QStringList ids = store->articleIds();
    const QSet<QString> now(ids.begin(), ids.end());
    QVERIFY2(now.contains(m_before), "an article held before the import is gone");
    const QSet<QString> added = now - m_before;
    QVERIFY2(added.isEmpty() || added == QSet<QString>(m_batchIds.begin(), m_batchIds.end()),
             qPrintable(
                 QStringLiteral("%1 of the %2 articles of the batch landed").arg(added.size()).arg(m_batchIds.size())));

    // The correction of the batch: landed with it (revision 2 and its history row) or not at all.
    QCOMPARE(store->currentRevisions().value(kSeedId), added.isEmpty() ? 1 : 2);
    QCOMPARE(store->rowCount(QStringLiteral("article_revisions")), added.isEmpty() ? 0 : 1);

    const QList<geo::Article> articles = store->articles(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(store->controlStates(), geo::controlStateRows(geo::ControlTimeline(articles), *m_catalog));
    QVERIFY(store->controlStatesMatchArticles());
}

void TestCliImportKilled::someKillsLandedInsideTheTransaction()
{
    // Evidence that the rows above tested what they say: at least one kill found the transaction under way.
    QVERIFY2(m_killsInsideTransaction >= 1,
             qPrintable(QStringLiteral("%1 kills inside the transaction").arg(m_killsInsideTransaction)));
}

QTEST_GUILESS_MAIN(TestCliImportKilled)
#include "test_cli_import_killed.moc"
