// Where a requested file may be written: a new path or a regular file in a writable folder; never a folder, a
// missing folder, or a special file that the write-to-temporary-then-rename would replace with a regular one.

#include "geo/core/output_path.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestOutputPath : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile existing(m_dir.filePath(QStringLiteral("existing.csv")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
        QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(), 0600), 0);
    }

    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem"); // a word of the message; empty: writable
        QTest::newRow("a new file") << m_dir.filePath(QStringLiteral("new.csv")) << QString();
        QTest::newRow("an existing regular file") << m_dir.filePath(QStringLiteral("existing.csv")) << QString();
        QTest::newRow("a folder") << m_dir.filePath(QStringLiteral("folder")) << QStringLiteral("is a folder");
        QTest::newRow("a missing folder")
            << m_dir.filePath(QStringLiteral("nowhere/new.csv")) << QStringLiteral("does not exist");
        QTest::newRow("a pipe") << m_dir.filePath(QStringLiteral("pipe")) << QStringLiteral("not a regular file");
        QTest::newRow("a device") << QStringLiteral("/dev/null") << QStringLiteral("not a regular file");
        QTest::newRow("nothing given") << QString() << QStringLiteral("no output file");
    }
    void paths()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const QString why = geo::outputPathProblem(path);
        if (problem.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(problem), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestOutputPath)
#include "test_output_path.moc"
