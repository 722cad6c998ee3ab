// FileWriter: a file written whole or not at all. The failures are real ones: the file size limit
// (RLIMIT_FSIZE, with SIGXFSZ ignored) makes the system refuse writes past it with EFBIG, as a full disk refuses
// them with ENOSPC, on any machine and without root.
#include "geo/core/file_writer.h"

#include "disk_limits.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

#include <sys/resource.h>

using frontline::test::FileSizeLimit;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

// Every entry of DIR, hidden ones (the temporaries) included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QByteArray kGood = "good old content\n";
const QString kTooLarge = geo::systemErrorText(EFBIG); // "File too large"

} // namespace

class TestFileWriter : public QObject {
    Q_OBJECT

private slots:
    void writesWholeAndLeavesNoTemporary();
    void keepsThePermissionsOfTheFileReplaced();
    void refusedWriteKeepsTheOldFile_data();
    void refusedWriteKeepsTheOldFile();
    void refusedWriteByAWriterThatDoesNotLook();
    void pathForALibrary();
    void libraryFailureKeepsTheOldFile();
    void commitAllPutsNothingInPlaceWhenOneFails();
    void commitAllReplacesBoth();
    void folderInTheWayIsKept();
};

void TestFileWriter::writesWholeAndLeavesNoTemporary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeFile(target, kGood));
    const QByteArray bytes = QByteArray("a,b\r\n").repeated(5000);
    {
        geo::FileWriter file(target);
        QVERIFY(file.open());
        QVERIFY(file.write(bytes.left(7)));
        QVERIFY(file.write(bytes.mid(7)));
        QCOMPARE(readAll(target), kGood);        // nothing in place before the commit
        QCOMPARE(entries(dir.path()).size(), 2); // the target and the temporary beside it
        QVERIFY2(file.commit(), qPrintable(file.error()));
        QVERIFY(file.error().isEmpty());
    }
    QCOMPARE(readAll(target), bytes);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});

    // Not committed: the temporary goes, the target stays.
    {
        geo::FileWriter file(target);
        QVERIFY(file.open());
        QVERIFY(file.write("half"));
    }
    QCOMPARE(readAll(target), bytes);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
}

void TestFileWriter::keepsThePermissionsOfTheFileReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("shared.csv"));
    QVERIFY(writeFile(target, kGood));
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(target, permissions));
    geo::FileWriter file(target);
    QVERIFY(file.open() && file.write("new\n") && file.commit());
    QCOMPARE(QFile::permissions(target) & 0x7077, permissions); // owner, group, others
}

void TestFileWriter::refusedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<int>("chunk");
    // One small write: Qt's buffered files hold it until the flush, whose failure QSaveFile::commit() missed.
    QTest::newRow("small writes") << 100;
    QTest::newRow("one large write") << 20000;
}

void TestFileWriter::refusedWriteKeepsTheOldFile()
{
    QFETCH(int, chunk);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("control.csv"));
    QVERIFY(writeFile(target, kGood));
    QString error;
    bool committed = false;
    {
        const FileSizeLimit limit(4096);
        if (!limit.active())
            QSKIP("cannot lower the file size limit (setrlimit RLIMIT_FSIZE refused)");
        geo::FileWriter file(target);
        QVERIFY(file.open());
        const QByteArray piece(chunk, 'x');
        for (int written = 0; written < 20000; written += chunk)
            file.write(piece);
        committed = file.commit();
        error = file.error();
    }
    QVERIFY(!committed);
    QVERIFY2(error.contains(kTooLarge), qPrintable(error));
    QVERIFY2(error.startsWith(target + QStringLiteral(": ")), qPrintable(error));
    QCOMPARE(readAll(target), kGood);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("control.csv")});
}

// QPdfWriter does not look at what its writes return; the refusal is still seen, and nothing replaces the file.
void TestFileWriter::refusedWriteByAWriterThatDoesNotLook()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("page.pdf"));
    QVERIFY(writeFile(target, kGood));
    QString error;
    bool committed = false;
    {
        const FileSizeLimit limit(2048);
        if (!limit.active())
            QSKIP("cannot lower the file size limit (setrlimit RLIMIT_FSIZE refused)");
        geo::FileWriter file(target);
        QVERIFY(file.open());
        {
            QPdfWriter writer(file.device());
            QPainter painter(&writer);
            for (int i = 0; i < 400; ++i)
                painter.drawText(QPointF(10, 10 + i), QStringLiteral("line %1 of a page too large to fit").arg(i));
        }
        committed = file.commit();
        error = file.error();
    }
    QVERIFY(!committed);
    QVERIFY2(error.contains(kTooLarge) && error.contains(target), qPrintable(error));
    QCOMPARE(readAll(target), kGood);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("page.pdf")});
}

void TestFileWriter::pathForALibrary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("frame.tif"));
    QVERIFY(writeFile(target, kGood));
    geo::FileWriter file(target);
    const QString staged = file.openPath(QStringLiteral("tif"));
    QVERIFY2(!staged.isEmpty(), qPrintable(file.error()));
    QVERIFY(staged.endsWith(QStringLiteral(".tif")));
    QCOMPARE(QFileInfo(staged).absolutePath(), QFileInfo(target).absolutePath()); // beside it: one rename
    QVERIFY(QFile::exists(staged));                                               // the name is taken
    QVERIFY(writeFile(staged, "written by name"));
    QCOMPARE(readAll(target), kGood);
    QVERIFY2(file.commit(), qPrintable(file.error()));
    QCOMPARE(readAll(target), QByteArray("written by name"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("frame.tif")});
}

void TestFileWriter::libraryFailureKeepsTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("map.pgw"));
    QVERIFY(writeFile(target, kGood));
    geo::FileWriter file(target);
    const QString staged = file.openPath();
    QVERIFY(!staged.isEmpty());
    QVERIFY(writeFile(staged, "half"));
    file.failWithSystemError(ENOSPC, QStringLiteral("the library's words"));
    QVERIFY(!file.commit());
    QCOMPARE(file.error(),
             target + QStringLiteral(": cannot write (%1); free some space on that disk or write elsewhere")
                          .arg(geo::systemErrorText(ENOSPC)));
    QCOMPARE(readAll(target), kGood);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("map.pgw")});

    geo::FileWriter other(target);
    QVERIFY(!other.openPath().isEmpty());
    other.failWithSystemError(0, QStringLiteral("the library's words")); // no system error: the library's
    QVERIFY(!other.commit());
    QVERIFY2(other.error().endsWith(QStringLiteral("(the library's words)")), qPrintable(other.error()));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("map.pgw")});
}

// A PNG and its world file: when the PNG cannot be written, the old pair stays, the world file too.
void TestFileWriter::commitAllPutsNothingInPlaceWhenOneFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("map.png")), world = dir.filePath(QStringLiteral("map.pgw"));
    QVERIFY(writeFile(png, kGood));
    QVERIFY(writeFile(world, kGood));
    QString error;
    bool committed = false;
    {
        const FileSizeLimit limit(4096);
        if (!limit.active())
            QSKIP("cannot lower the file size limit (setrlimit RLIMIT_FSIZE refused)");
        geo::FileWriter worldFile(world);
        QVERIFY(worldFile.open() && worldFile.write("1\n0\n0\n-1\n0\n0\n")); // small: fits
        geo::FileWriter pngFile(png);
        QVERIFY(pngFile.open());
        QImage image(200, 200, QImage::Format_RGB32);
        QRandomGenerator noise(7); // noise does not compress: far more than the limit
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, noise.generate() | 0xff000000);
        QImageWriter(pngFile.device(), "png").write(image);
        committed = geo::FileWriter::commitAll({&worldFile, &pngFile}, &error);
    }
    QVERIFY(!committed);
    QVERIFY2(error.startsWith(png + QStringLiteral(": cannot write (") + kTooLarge), qPrintable(error));
    QCOMPARE(readAll(png), kGood);
    QCOMPARE(readAll(world), kGood);
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("map.pgw"), QStringLiteral("map.png")}));
}

void TestFileWriter::commitAllReplacesBoth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("map.png")), world = dir.filePath(QStringLiteral("map.pgw"));
    QVERIFY(writeFile(png, kGood)); // an old PNG, no world file yet
    geo::FileWriter pngFile(png), worldFile(world);
    QVERIFY(pngFile.open() && pngFile.write("new png"));
    const QString staged = worldFile.openPath(QStringLiteral("pgw"));
    QVERIFY(writeFile(staged, "new world"));
    QString error;
    QVERIFY2(geo::FileWriter::commitAll({&pngFile, &worldFile}, &error), qPrintable(error));
    QCOMPARE(readAll(png), QByteArray("new png"));
    QCOMPARE(readAll(world), QByteArray("new world"));
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("map.pgw"), QStringLiteral("map.png")}));
}

// A folder where the world file goes: the export fails, the folder and the old PNG stay where they are.
void TestFileWriter::folderInTheWayIsKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("map.png")), world = dir.filePath(QStringLiteral("map.pgw"));
    QVERIFY(writeFile(png, kGood));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("map.pgw")));
    geo::FileWriter pngFile(png), worldFile(world);
    QVERIFY(pngFile.open() && pngFile.write("new png"));
    QVERIFY(worldFile.open() && worldFile.write("new world"));
    QString error;
    QVERIFY(!geo::FileWriter::commitAll({&pngFile, &worldFile}, &error));
    QCOMPARE(error, world + QStringLiteral(": cannot write (a folder has that name)"));
    QCOMPARE(readAll(png), kGood);
    QVERIFY(QFileInfo(world).isDir());
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("map.pgw"), QStringLiteral("map.png")}));
}

QTEST_MAIN(TestFileWriter)
#include "test_file_writer.moc"
