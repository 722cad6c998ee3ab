// frontline-cli writing onto a disk that refuses the bytes: a real full disk (a tiny tmpfs, mounted here when the
// test runs as root and may mount), and, everywhere, a file size limit that makes the system refuse writes the same
// way (RLIMIT_FSIZE, EFBIG). Each command must fail (exit 1) in the system's words with the file's name, leave an
// existing good file byte for byte, and leave no temporary behind.
#include "geo/core/file_writer.h"

#include "cli_runner.h"
#include "disk_limits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <functional>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

using frontline::test::CliRun;
using frontline::test::FileSizeLimit;
using frontline::test::TinyDisk;

namespace {

const QByteArray kGood = "a good file written before\n";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Every entry of DIR, hidden ones (where a temporary would be) included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Fills the file system of DIR up to the last block, or up to LEAVE bytes.
bool fill(const QString& dir, qint64 leave = 0)
{
    QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, '\0');
    if (leave > 0) {
        struct statvfs fs {};
        if (::statvfs(QFile::encodeName(dir).constData(), &fs) != 0)
            return false;
        const qint64 blocks = (qint64(fs.f_bavail) * qint64(fs.f_frsize) - leave) / block.size();
        for (qint64 i = 0; i < blocks; ++i)
            if (filler.write(block) != block.size())
                return false;
        return true;
    }
    while (filler.write(block) == block.size()) {
    }
    const QByteArray byte(1, '\0');
    while (filler.write(byte) == 1) {
    }
    return filler.error() != QFileDevice::NoError;
}

} // namespace

class TestCliFullDisk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDisk_data() { writers(); }
    void fullDisk();
    void refusedWrite_data() { writers(); }
    void refusedWrite();
    void lastBytesRefused_data() { writers(); }
    void lastBytesRefused();
    void worldFileOnFullDisk();
    void failedGifKeepsTheOldOne();

private:
    void writers();
    // Runs the row's command writing into DIR over good files; checks it fails with REASON and changes nothing.
    void failsAndKeeps(const QString& dir, const QString& reason, const std::function<CliRun(const QStringList&)>& run);

    QTemporaryDir m_dir;
    QString m_store;
    frontline::test::CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dir.filePath(QStringLiteral("xdg"))};
};

void TestCliFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("store.gpkg"));
    const CliRun r = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliFullDisk::writers()
{
    QTest::addColumn<QStringList>("args");  // "OUT" stands for the output file
    QTest::addColumn<QStringList>("files"); // what is written: the output, and any file beside it
    const QString date = QStringLiteral("2020-02-08");
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--date"), date, QStringLiteral("--out"),
                                 QStringLiteral("OUT")};
    QTest::newRow("control csv") << QStringList{QStringLiteral("control"), QStringLiteral("--date"), date,
                                                QStringLiteral("--out"), QStringLiteral("OUT")}
                                 << QStringList{QStringLiteral("control.csv")};
    QTest::newRow("changes csv") << QStringList{QStringLiteral("changes"),
                                                QStringLiteral("--from"),
                                                QStringLiteral("2020-01-01"),
                                                QStringLiteral("--to"),
                                                date,
                                                QStringLiteral("--out"),
                                                QStringLiteral("OUT")}
                                 << QStringList{QStringLiteral("changes.csv")};
    QTest::newRow("png page") << exportArgs << QStringList{QStringLiteral("map.png")};
    QTest::newRow("png with world file") << exportArgs + QStringList{QStringLiteral("--world-file")}
                                         << QStringList{QStringLiteral("map.png"), QStringLiteral("map.pgw")};
    QTest::newRow("svg") << exportArgs << QStringList{QStringLiteral("map.svg")};
    QTest::newRow("pdf") << exportArgs << QStringList{QStringLiteral("map.pdf")};
    QTest::newRow("geotiff") << exportArgs << QStringList{QStringLiteral("map.tif")};
}

void TestCliFullDisk::failsAndKeeps(const QString& dir, const QString& reason,
                                    const std::function<CliRun(const QStringList&)>& run)
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, files);
    const QString out = QDir(dir).filePath(files.first());
    args.replaceInStrings(QStringLiteral("OUT"), out);
    args << QStringLiteral("--store") << m_store;
    const QStringList before = entries(dir);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    for (const QString& file : files)
        QCOMPARE(readAll(QDir(dir).filePath(file)), kGood);
    QCOMPARE(entries(dir), before); // no temporary left, nothing else either
}

void TestCliFullDisk::fullDisk()
{
    QFETCH(QStringList, files);
    const QString disk = m_dir.filePath(
        QStringLiteral("disk-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    const TinyDisk tiny(disk);
    if (!tiny.problem().isEmpty())
        QSKIP(qPrintable(tiny.problem() + QStringLiteral(" (needs root and a mount namespace that permits it); "
                                                         "refusedWrite covers the same failure")));
    for (const QString& file : files) {
        QFile good(QDir(disk).filePath(file));
        QVERIFY(good.open(QIODevice::WriteOnly) && good.write(kGood) == kGood.size());
    }
    QVERIFY(fill(disk));
    failsAndKeeps(disk, geo::systemErrorText(ENOSPC), [this](const QStringList& args) { return m_cli.run(args); });
}

void TestCliFullDisk::refusedWrite()
{
    QFETCH(QStringList, files);
    const QString dir = m_dir.filePath(
        QStringLiteral("limited-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(dir));
    for (const QString& file : files) {
        QFile good(QDir(dir).filePath(file));
        QVERIFY(good.open(QIODevice::WriteOnly) && good.write(kGood) == kGood.size());
    }
    failsAndKeeps(dir, geo::systemErrorText(EFBIG), [this](const QStringList& args) {
        // Every output here is larger than 1 kB; the store is only read.
        const FileSizeLimit limit(1024);
        if (!limit.active())
            return CliRun{-1, {}, QStringLiteral("setrlimit RLIMIT_FSIZE refused")};
        return m_cli.run(args);
    });
}

// The disk takes all but the last byte: the part written last (Qt's buffered files hold it until the final flush,
// whose failure QSaveFile::commit() missed) is refused, and still nothing replaces the good file.
void TestCliFullDisk::lastBytesRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, files);
    const QString probeDir = m_dir.filePath(QStringLiteral("probe-%1").arg(QTest::currentDataTag()))
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
    QVERIFY(QDir().mkpath(probeDir));
    QStringList probeArgs = args;
    probeArgs.replaceInStrings(QStringLiteral("OUT"), QDir(probeDir).filePath(files.first()));
    const CliRun probe = m_cli.run(probeArgs + QStringList{QStringLiteral("--store"), m_store});
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.err));
    qint64 largest = 0;
    for (const QString& file : files)
        largest = std::max(largest, QFileInfo(QDir(probeDir).filePath(file)).size());

    const QString dir = m_dir.filePath(QStringLiteral("short-%1").arg(QTest::currentDataTag()))
                            .replace(QLatin1Char(' '), QLatin1Char('-'));
    QVERIFY(QDir().mkpath(dir));
    for (const QString& file : files) {
        QFile good(QDir(dir).filePath(file));
        QVERIFY(good.open(QIODevice::WriteOnly) && good.write(kGood) == kGood.size());
    }
    failsAndKeeps(dir, geo::systemErrorText(EFBIG), [this, largest](const QStringList& runArgs) {
        const FileSizeLimit limit(rlim_t(largest - 1));
        if (!limit.active())
            return CliRun{-1, {}, QStringLiteral("setrlimit RLIMIT_FSIZE refused")};
        return m_cli.run(runArgs);
    });
}

// Room for the PNG and not for its world file: the world file's failure (GDAL says nothing of its own there) is
// reported in the system's words, and the old pair stays.
void TestCliFullDisk::worldFileOnFullDisk()
{
    const QStringList args{QStringLiteral("export"),     QStringLiteral("--date"),
                           QStringLiteral("2020-02-08"), QStringLiteral("--world-file"),
                           QStringLiteral("--size"),     QStringLiteral("300x200"),
                           QStringLiteral("--store"),    m_store,
                           QStringLiteral("--out")};
    const QString probe = m_dir.filePath(QStringLiteral("probe.png"));
    const CliRun first = m_cli.run(args + QStringList{probe});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const qint64 pngBlocks = (QFileInfo(probe).size() + 4095) / 4096;

    const QString disk = m_dir.filePath(QStringLiteral("disk-world"));
    const TinyDisk tiny(disk);
    if (!tiny.problem().isEmpty())
        QSKIP(qPrintable(tiny.problem() + QStringLiteral(" (needs root and a mount namespace that permits it)")));
    const QString png = QDir(disk).filePath(QStringLiteral("map.png")),
                  world = QDir(disk).filePath(QStringLiteral("map.pgw"));
    for (const QString& file : {png, world}) {
        QFile good(file);
        QVERIFY(good.open(QIODevice::WriteOnly) && good.write(kGood) == kGood.size());
    }
    QVERIFY(fill(disk, pngBlocks * 4096)); // the new PNG fits, to the block; its world file does not
    const QStringList before = entries(disk);
    const CliRun r = m_cli.run(args + QStringList{png});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(world + QStringLiteral(": cannot write (") + geo::systemErrorText(ENOSPC)),
             qPrintable(r.err));
    QCOMPARE(readAll(png), kGood);
    QCOMPARE(readAll(world), kGood);
    QCOMPARE(entries(disk), before);
}

// ffmpeg writes the GIF by name: given the GIF's own path, one that failed half way (a full disk, a crash) left a
// broken GIF where a good one was. It writes a temporary now, which only a finished run puts in place.
void TestCliFullDisk::failedGifKeepsTheOldOne()
{
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    {
        // A stand-in that writes half a GIF to the path it is given, then fails as ffmpeg does on a full disk.
        QFile script(QDir(bin).filePath(QStringLiteral("ffmpeg")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nfor last; do :; done\nprintf GIF89a > \"$last\"\n"
                     "echo \"$last: No space left on device\"\nexit 1\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    frontline::test::CliRunner cli(QStringLiteral(FRONTLINE_CLI), m_dir.filePath(QStringLiteral("xdg")));
    cli.setEnvironment(QStringLiteral("PATH"), bin);
    const QString gifDir = m_dir.filePath(QStringLiteral("gif"));
    QVERIFY(QDir().mkpath(gifDir));
    const QString gif = QDir(gifDir).filePath(QStringLiteral("idleb.gif"));
    {
        QFile good(gif);
        QVERIFY(good.open(QIODevice::WriteOnly) && good.write(kGood) == kGood.size());
    }
    const CliRun r = cli.run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                              QStringLiteral("--to"), QStringLiteral("2020-02-04"), QStringLiteral("--out-dir"),
                              m_dir.filePath(QStringLiteral("gif-frames")), QStringLiteral("--gif"), gif,
                              QStringLiteral("--store"), m_store});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(gif) && r.err.contains(geo::systemErrorText(ENOSPC)), qPrintable(r.err));
    QCOMPARE(readAll(gif), kGood);
    QCOMPARE(entries(gifDir), QStringList{QStringLiteral("idleb.gif")});
}

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "test_cli_full_disk.moc"
