// frontline-cli timelapse and changes, run as a user runs them: no display, the store and every output in a
// temporary folder, the user's data folder never touched.
#include "geo/store/article_store.h"
#include "geo/control/control_timeline.h"

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using frontline::test::CliRun;

namespace {

// An RFC 4180 reader for the test (records end with CRLF; quoted fields may hold commas, quotes, breaks).
QList<QStringList> parseCsv(const QString& text, bool* ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            *ok = false;
            return {};
        } else {
            field += c;
        }
    }
    *ok = !quoted && field.isEmpty() && record.isEmpty();
    return records;
}

} // namespace

class TestCliTimelapse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void framePerChange();
    void gif_data();
    void gif();
    void changesLists();
    void changesMap();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_store;
    frontline::test::CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dir.filePath(QStringLiteral("xdg"))};
};

void TestCliTimelapse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli.setTimeoutMs(240000); // a page per frame
    m_store = m_dir.filePath(QStringLiteral("store.gpkg"));
    // A first command seeds the store with the bundled articles.
    const CliRun r = m_cli.run({QStringLiteral("list"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(m_store));
}

void TestCliTimelapse::framePerChange()
{
    QString error;
    const auto store = geo::ArticleStore::open(m_store, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<geo::Article> articles = store->articles(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QDate from(2020, 2, 1), to(2020, 3, 10);
    QList<QDate> expected{from};
    for (const QDate& d : geo::ControlTimeline(articles).changeDates())
        if (d > from && d <= to)
            expected << d;
    // The frame showing a day is the one of the latest frame date up to it.
    const auto frameOf = [&expected](QDate day) {
        int i = 0;
        while (i + 1 < expected.size() && expected[i + 1] <= day)
            ++i;
        return i;
    };

    const QString outDir = m_dir.filePath(QStringLiteral("frames"));
    const CliRun r = m_cli.run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-01"),
                                QStringLiteral("--to"), QStringLiteral("2020-03-10"), QStringLiteral("--out-dir"),
                                outDir, QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList frames = QDir(outDir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(frames.size(), expected.size());
    for (int i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames[i], QStringLiteral("frame-%1.png").arg(i + 1, 4, 10, QLatin1Char('0')));
        const QImage image(QDir(outDir).filePath(frames[i]));
        QCOMPARE(image.size(), QSize(800, 500));
        // Each line of the output names the frame and its date.
        QVERIFY2(r.out.contains(frames[i] + QLatin1Char('\t') + expected[i].toString(Qt::ISODate)), qPrintable(r.out));
    }
    const QImage feb4(QDir(outDir).filePath(frames[frameOf(QDate(2020, 2, 4))]));
    const QImage feb9(QDir(outDir).filePath(frames[frameOf(QDate(2020, 2, 9))]));
    QVERIFY(frameOf(QDate(2020, 2, 4)) != frameOf(QDate(2020, 2, 9)));
    QVERIFY(feb4 != feb9);

    // Every 10 days: 02-01, 02-11, 02-21, 03-02.
    const QString stepDir = m_dir.filePath(QStringLiteral("step"));
    const CliRun s = m_cli.run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-01"),
                                QStringLiteral("--to"), QStringLiteral("2020-03-10"), QStringLiteral("--out-dir"),
                                stepDir, QStringLiteral("--step"), QStringLiteral("10"), QStringLiteral("--size"),
                                QStringLiteral("800x500"), QStringLiteral("--store"), m_store});
    QVERIFY2(s.exitCode == 0, qPrintable(s.err));
    QCOMPARE(QDir(stepDir).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 4);
}

// The GIF is made by ffmpeg when it is on PATH. Each branch is run on purpose: PATH without ffmpeg, PATH with a
// stand-in that writes a GIF header (what the command line hands ffmpeg and how it reports success), a stand-in
// that fails, and the installed ffmpeg. ffmpeg is optional (Debian package ffmpeg), so that row alone skips when it
// is not installed.
void TestCliTimelapse::gif_data()
{
    QTest::addColumn<QString>("ffmpeg"); // "none", the stand-in's script, or "installed"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("ffmpeg missing: says how to install it") << "none" << 1 << "apt-get install ffmpeg";
    QTest::newRow("ffmpeg present: the GIF is written")
        << "#!/bin/sh\nfor last; do :; done\nprintf GIF89a > \"$last\"\n"
        << 0 << "";
    QTest::newRow("ffmpeg failing: its message is shown") << "#!/bin/sh\necho 'palettegen: out of memory'\nexit 1\n"
                                                          << 1 << "ffmpeg failed: palettegen: out of memory";
    QTest::newRow("installed ffmpeg") << "installed" << 0 << "";
}

void TestCliTimelapse::gif()
{
    QFETCH(QString, ffmpeg);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    frontline::test::CliRunner cli(QStringLiteral(FRONTLINE_CLI), m_dir.filePath(QStringLiteral("xdg")));
    cli.setTimeoutMs(240000);
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    if (ffmpeg == QLatin1String("installed")) {
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
            QSKIP("ffmpeg is not installed (optional; apt-get install ffmpeg); the other rows test the command "
                  "line's side");
    } else {
        // PATH holds only BIN: no ffmpeg, or the stand-in.
        cli.setEnvironment(QStringLiteral("PATH"), bin);
        if (ffmpeg != QLatin1String("none")) {
            QFile script(QDir(bin).filePath(QStringLiteral("ffmpeg")));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(ffmpeg.toUtf8());
            script.close();
            QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
    }
    const QString outDir = dir.filePath(QStringLiteral("frames"));
    const QString gif = dir.filePath(QStringLiteral("idleb.gif"));
    const CliRun r = cli.run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                              QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--out-dir"), outDir,
                              QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--gif"), gif,
                              QStringLiteral("--store"), m_store});
    QCOMPARE(r.exitCode, exitCode);
    // The frames are written whatever becomes of the GIF.
    QVERIFY(!QDir(outDir).entryList({QStringLiteral("frame-*.png")}, QDir::Files).isEmpty());
    if (exitCode == 0) {
        QFile f(gif);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(6), QByteArray("GIF89a"));
        QVERIFY2(r.out.contains(gif), qPrintable(r.out));
    } else {
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(gif));
    }
}

void TestCliTimelapse::changesLists()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("changes.csv"));
    const CliRun r = m_cli.run({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                                QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--out"), csvPath,
                                QStringLiteral("--store"), m_store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(f.readAll()), &ok);
    QVERIFY(ok);
    QVERIFY(records.size() >= 2);
    QCOMPARE(records.first(), (QStringList{"place_id", "name", "before", "after", "date", "claimant", "publisher",
                                           "article_id", "annotation_id", "quote"}));
    bool saraqib = false;
    for (const QStringList& rec : records.mid(1)) {
        QCOMPARE(rec.size(), 10);
        if (rec[0] == QLatin1String("saraqib")) {
            QCOMPARE(rec[2], QStringLiteral("opposition"));
            QCOMPARE(rec[3], QStringLiteral("government"));
            QVERIFY(QDate::fromString(rec[4], Qt::ISODate).isValid());
            QVERIFY(!rec[7].isEmpty());
            saraqib = true;
        }
    }
    QVERIFY(saraqib);

    const CliRun t = m_cli.run({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                                QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--format"),
                                QStringLiteral("text"), QStringLiteral("--store"), m_store});
    QVERIFY2(t.exitCode == 0, qPrintable(t.err));
    QVERIFY2(t.out.contains(QStringLiteral("(saraqib): opposition -> government")), qPrintable(t.out));
}

void TestCliTimelapse::changesMap()
{
    const QString png = m_dir.filePath(QStringLiteral("changes.png"));
    const CliRun r =
        m_cli.run({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                   QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--map"), png,
                   QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QImage(png).size(), QSize(800, 500));
}

void TestCliTimelapse::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("timelapse from after to")
        << QStringList{"timelapse", "--from", "2020-03-01", "--to", "2020-02-01", "--out-dir", "OUT"};
    QTest::newRow("timelapse impossible date")
        << QStringList{"timelapse", "--from", "2020-02-30", "--to", "2020-03-01", "--out-dir", "OUT"};
    QTest::newRow("timelapse bad step") << QStringList{"timelapse", "--from", "2020-02-01", "--to", "2020-03-01",
                                                       "--out-dir", "OUT",    "--step",     "0"};
    QTest::newRow("changes from after to")
        << QStringList{"changes", "--from", "2020-03-01", "--to", "2020-02-01", "--out", "OUT/c.csv"};
    QTest::newRow("changes impossible date")
        << QStringList{"changes", "--from", "2020-02-01", "--to", "2020-13-01", "--out", "OUT/c.csv"};
}

void TestCliTimelapse::badArguments()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outDir = dir.filePath(QStringLiteral("out"));
    for (QString& a : args)
        a.replace(QLatin1String("OUT"), outDir);
    const CliRun r = m_cli.run(args + QStringList{QStringLiteral("--store"), m_store});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFileInfo::exists(outDir));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTimelapse)
#include "test_cli_timelapse.moc"
