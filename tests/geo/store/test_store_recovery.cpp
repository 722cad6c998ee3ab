// A store whose writer was killed in the middle of a transaction (kill -9, a power cut) keeps SQLite's rollback
// journal beside it. The next check must let SQLite roll it back and find the store as it was before the
// transaction, and no message may ever advise moving the file without its journal.

#include "geo/store/article_store.h"
#include "geo/store/bundled_articles.h"
#include "geo/store/store_dataset.h"
#include "geo/store/store_layout.h"

#include "bundled_data.h"
#include "disk_limits.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

class TestStoreRecovery : public QObject {
    Q_OBJECT

private:
    // Writes ROWS annotation rows in a transaction and is killed (SIGKILL) before the commit: enough rows that
    // SQLite spills changed pages into the file, with the original pages in the journal.
    static void writeAndDie(const QString& path, int rows)
    {
        QString error;
        auto store = geo::StoreDataset::open(path, &error);
        if (!store || !store->begin(&error))
            ::_exit(2);
        const QString quote =
            QStringLiteral("Des unités de l'armée contrôlent désormais la totalité de la ville. ").repeated(8);
        for (int i = 0; i < rows; ++i) {
            geo::StoreRow row;
            row.values.insert(QStringLiteral("article_id"), QStringLiteral("killed-import"));
            row.values.insert(QStringLiteral("annotation_id"), QStringLiteral("a%1").arg(i));
            row.values.insert(QStringLiteral("kind"), QStringLiteral("place"));
            row.values.insert(QStringLiteral("quote"), quote);
            if (!store->write(geo::StoreLayout::annotationsTable, row, &error))
                ::_exit(3);
        }
        ::kill(::getpid(), SIGKILL);
        ::_exit(4); // not reached
    }

private slots:
    void aKilledTransactionIsRolledBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("frontline.gpkg"));
        QString error;
        QVERIFY2(geo::StoreDataset::create(path, &error), qPrintable(error));
        {
            auto store = geo::StoreDataset::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->count(geo::StoreLayout::annotationsTable), 0);
        }

        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0)
            writeAndDie(path, 20000);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 qPrintable(QStringLiteral("the writer ended with status %1, not killed mid-transaction").arg(status)));
        // The state this test is about: a journal left beside the store.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);

        QVERIFY2(geo::StoreDataset::check(path, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")) ||
                QFileInfo(path + QStringLiteral("-journal")).size() == 0);
        auto store = geo::StoreDataset::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->count(geo::StoreLayout::annotationsTable), 0); // none of the killed batch
    }

    void aFullDiskImportChangesNothingAndSaysSo()
    {
        // A real full disk: a small tmpfs, filled. Needs the right to mount (root, as in CI's container).
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small-disk"));
        const frontline::test::TinyDisk disk(mountPoint, QStringLiteral("4m"));
        if (!disk.problem().isEmpty())
            QSKIP(
                qPrintable(disk.problem() + QStringLiteral("; the full-disk path of the store is not exercised here")));

        QString error;
        const auto catalog = frontline::test::bundledCatalog(&error);
        QVERIFY2(catalog, qPrintable(error));
        const QString path = QDir(mountPoint).filePath(QStringLiteral("frontline.gpkg"));
        QStringList batch;
        for (const QString& name : QDir(QStringLiteral(":/articles/history")).entryList({QStringLiteral("*.geojson")}))
            batch << QStringLiteral(":/articles/history/") + name;
        QVERIFY(batch.size() > 20);
        QStringList messages;
        QStringList idsBefore;
        {
            auto store = geo::ArticleStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->importFiles(batch.mid(0, 5), *catalog, &messages), qPrintable(messages.join('\n')));
            idsBefore = store->articleIds();
        }
        const QByteArray storeBefore = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!storeBefore.isEmpty());

        // Fill the disk to the last byte.
        QFile filler(QDir(mountPoint).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        filler.close();

        messages.clear();
        {
            auto store = geo::ArticleStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(!store->importFiles(batch.mid(5), *catalog, &messages));
            const QString said = messages.join('\n');
            QVERIFY2(said.contains(QStringLiteral("disk is full")) &&
                         said.contains(QStringLiteral("free some space")) &&
                         said.contains(QStringLiteral("nothing imported")),
                     qPrintable(said));
            QVERIFY2(!said.contains(QStringLiteral(": imported (")), qPrintable(said));
            QCOMPARE(store->articleIds(), idsBefore);
        }
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == storeBefore);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")) ||
                QFileInfo(path + QStringLiteral("-journal")).size() == 0);

        // Room again: the same import lands whole.
        QVERIFY(QFile::remove(filler.fileName()));
        messages.clear();
        auto store = geo::ArticleStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->importFiles(batch.mid(5), *catalog, &messages), qPrintable(messages.join('\n')));
        QCOMPARE(store->articleIds().size(), idsBefore.size() + batch.size() - 5);
        QVERIFY(store->controlStatesMatchArticles());
    }

    void aDamagedStoreWithAJournalIsNeverToBeMovedAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("frontline.gpkg"));
        for (const QString& name : {path, path + QStringLiteral("-journal")}) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        QString error;
        QVERIFY(!geo::StoreDataset::check(path, &error));
        QVERIFY2(error.contains(QStringLiteral("frontline.gpkg-journal")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("never move or delete one without the other")), qPrintable(error));
        // Both files are left exactly as they were.
        QCOMPARE(QFileInfo(path).size(), 4096);
        QCOMPARE(QFileInfo(path + QStringLiteral("-journal")).size(), 4096);
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "test_store_recovery.moc"
