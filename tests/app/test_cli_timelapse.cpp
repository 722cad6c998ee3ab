// frontline-cli timelapse and changes, run as a user runs them: no display, the store and every output in a
// temporary folder, the user's data folder never touched.
#include "geo/store/article_store.h"
#include "geo/control/control_timeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

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
    void gifOrMessage();
    void changesLists();
    void changesMap();
    void badArguments_data();
    void badArguments();

private:
    Run run(const QStringList& args) const;
    QTemporaryDir m_dir;
    QString m_store;
};

Run TestCliTimelapse::run(const QStringList& args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FRONTLINE_CLI), args);
    Run r;
    if (!p.waitForFinished(240000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliTimelapse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("store.gpkg"));
    // A first command seeds the store with the bundled articles.
    const Run r = run({QStringLiteral("list"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.code == 0, qPrintable(r.err));
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
    const Run r = run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-01"),
                       QStringLiteral("--to"), QStringLiteral("2020-03-10"), QStringLiteral("--out-dir"), outDir,
                       QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.code == 0, qPrintable(r.err));
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
    const Run s = run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-01"),
                       QStringLiteral("--to"), QStringLiteral("2020-03-10"), QStringLiteral("--out-dir"), stepDir,
                       QStringLiteral("--step"), QStringLiteral("10"), QStringLiteral("--size"),
                       QStringLiteral("800x500"), QStringLiteral("--store"), m_store});
    QVERIFY2(s.code == 0, qPrintable(s.err));
    QCOMPARE(QDir(stepDir).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 4);
}

void TestCliTimelapse::gifOrMessage()
{
    const QString outDir = m_dir.filePath(QStringLiteral("gif-frames"));
    const QString gif = m_dir.filePath(QStringLiteral("idleb.gif"));
    const Run r = run({QStringLiteral("timelapse"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                       QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--out-dir"), outDir,
                       QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--gif"), gif,
                       QStringLiteral("--store"), m_store});
    QVERIFY(!QDir(outDir).entryList({QStringLiteral("frame-*.png")}, QDir::Files).isEmpty());
    if (!QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(gif);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(6), QByteArray("GIF89a"));
    } else {
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("needs ffmpeg")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("apt-get install ffmpeg")), qPrintable(r.err));
        QVERIFY(!QFile::exists(gif));
    }
}

void TestCliTimelapse::changesLists()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("changes.csv"));
    const Run r =
        run({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2020-02-04"), QStringLiteral("--to"),
             QStringLiteral("2020-02-09"), QStringLiteral("--out"), csvPath, QStringLiteral("--store"), m_store});
    QVERIFY2(r.code == 0, qPrintable(r.err));
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

    const Run t = run({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                       QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--format"),
                       QStringLiteral("text"), QStringLiteral("--store"), m_store});
    QVERIFY2(t.code == 0, qPrintable(t.err));
    QVERIFY2(t.out.contains(QStringLiteral("(saraqib): opposition -> government")), qPrintable(t.out));
}

void TestCliTimelapse::changesMap()
{
    const QString png = m_dir.filePath(QStringLiteral("changes.png"));
    const Run r = run({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2020-02-04"),
                       QStringLiteral("--to"), QStringLiteral("2020-02-09"), QStringLiteral("--map"), png,
                       QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--store"), m_store});
    QVERIFY2(r.code == 0, qPrintable(r.err));
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
    const Run r = run(args + QStringList{QStringLiteral("--store"), m_store});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFileInfo::exists(outDir));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTimelapse)
#include "test_cli_timelapse.moc"
