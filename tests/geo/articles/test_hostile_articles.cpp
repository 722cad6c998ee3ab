// Article files that arrive from outside and are built to hurt: nesting deep enough to exhaust a recursive
// parser's stack, endless or blocking files, a line holding thousands of problems. Each is refused with a
// message naming the file (and the place in it where there is one), and none crashes or hangs the reader.

#include "geo/articles/article_reader.h"
#include "geo/articles/json_locator.h"
#include "geo/articles/text_anchor.h"

#include <ctime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// This thread's processor time in milliseconds: the bounds below are on the work done, which other processes on a
// shared machine do not stretch as they stretch the wall clock.
static qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

class TestHostileArticles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void deepNestingIsRefusedWithItsPlace_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<int>("depth");
        QTest::newRow("arrays 50,000 deep at the top") << QByteArray() << 50000;
        QTest::newRow("objects 20,000 deep in a property")
            << QByteArray("{\"type\": \"FeatureCollection\",\n \"x\": ") << 20000;
    }
    void deepNestingIsRefusedWithItsPlace()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(int, depth);
        const bool objects = !prefix.isEmpty();
        QByteArray json = prefix;
        for (int i = 0; i < depth; ++i)
            json += objects ? "{\"a\":" : "[";
        const QString path = write(QStringLiteral("deep.geojson"), json);

        const geo::ArticleReadResult result = geo::ArticleReader::read(path, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        const geo::ArticleProblem& p = result.problems.first();
        QVERIFY2(p.message.contains(QStringLiteral("nested more than")), qPrintable(p.message));
        QCOMPARE(p.file, path);
        // The place is the first value past the limit, on the line where the nesting runs.
        QCOMPARE(p.line, objects ? 2 : 1);
        QVERIFY(p.column > geo::JsonLocator::kMaxNesting);
    }

    void nestingWithinTheLimitIsLocated()
    {
        QByteArray json;
        const int depth = geo::JsonLocator::kMaxNesting;
        json += QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
        const geo::JsonLocator locator(json);
        QCOMPARE(locator.tooDeepOffset(), qsizetype(-1));
        QVERIFY(locator.position(QStringLiteral("/0/0")).isValid());
    }

    void columnsOfAVeryLongLineAreExact()
    {
        // One line of 20,000 values, with two-byte characters before each: columns count code points.
        QByteArray json = "{\"v\": [";
        for (int i = 0; i < 20000; ++i)
            json += (i ? ", " : "") + QByteArray("\"\xC3\xA9\"");
        json += "]}\n";
        const geo::JsonLocator locator(json);
        const qint64 started = threadCpuMs();
        qint64 sum = 0;
        for (int i = 0; i < 20000; ++i) {
            const qsizetype offset = 7 + qsizetype(i) * 6;
            const geo::JsonPosition p = locator.positionOfOffset(offset);
            sum += p.column;
            if (i == 0 || i == 19999) {
                QCOMPARE(p.line, 1);
                // Before value i: 7 one-byte characters, then i values of 5 code points ("é" plus quotes and
                // ", ") in 6 bytes each.
                QCOMPARE(p.column, 8 + i * 5);
            }
        }
        QVERIFY(sum > 0);
        // Linear, not quadratic: each of the 20,000 look-ups on this 120 KB line used to scan the line from its
        // start. The bound is the 5 seconds a hostile input may take at most, far above the milliseconds it takes.
        QVERIFY2(threadCpuMs() - started < 5000, qPrintable(QString::number(threadCpuMs() - started)));
    }

    void aLongRepetitiveQuoteAnchorsInLinearTime()
    {
        // 1,000,000 characters of "ab", and a quote of 200,000 of them: every second position is a candidate, and
        // a searcher that compares the quote again at each one does 10^11 comparisons.
        const QString text = QStringLiteral("ab").repeated(500000) + QStringLiteral(" end");
        const geo::TextAnchor index(text);
        const qint64 started = threadCpuMs();
        geo::TextQuote unique{QStringLiteral("ab").repeated(100000) + QStringLiteral(" en"), {}, {}};
        const geo::TextAnchorResult r = index.anchor(unique);
        QVERIFY2(r.isAnchored(), qPrintable(r.reason));
        QCOMPARE(r.start, qsizetype(800000));
        QCOMPARE(r.occurrences, 1);
        const geo::TextAnchorResult many = index.anchor({QStringLiteral("ab").repeated(100000), {}, {}});
        QVERIFY(!many.isAnchored());
        QCOMPARE(many.occurrences, 400001);
        QVERIFY2(many.reason.startsWith(QStringLiteral("ambiguous")), qPrintable(many.reason));
        // The bound is the 5 seconds a hostile input may take at most; this takes milliseconds.
        QVERIFY2(threadCpuMs() - started < 5000, qPrintable(QString::number(threadCpuMs() - started)));
    }

    void geometriesAreCheckedBeforeTheyAreStored_data()
    {
        QTest::addColumn<QByteArray>("geometry");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("a point in Saraqeb")
            << QByteArray(R"({"type": "Point", "coordinates": [36.8, 35.86]})") << QString();
        QTest::newRow("a string") << QByteArray(R"("Banana")") << QStringLiteral("must be null or a GeoJSON");
        QTest::newRow("an unknown type") << QByteArray(R"({"type": "Banana", "coordinates": [1, 2]})")
                                         << QStringLiteral("must be null or a GeoJSON");
        QTest::newRow("latitude out of range") << QByteArray(R"({"type": "Point", "coordinates": [500, -200]})")
                                               << QStringLiteral("not a longitude and latitude");
        QTest::newRow("a huge number") << QByteArray(R"({"type": "Point", "coordinates": [1e308, 35]})")
                                       << QStringLiteral("not a longitude and latitude");
    }
    void geometriesAreCheckedBeforeTheyAreStored()
    {
        QFETCH(QByteArray, geometry);
        QFETCH(QString, expected);
        QFile minimal(QStringLiteral(FRONTLINE_TEST_DATA_DIR "/articles/minimal.geojson"));
        QVERIFY(minimal.open(QIODevice::ReadOnly));
        QByteArray json = minimal.readAll();
        const QByteArray first = R"("id": "a1", "geometry": null)";
        QVERIFY(json.contains(first));
        json.replace(first, R"("id": "a1", "geometry": )" + geometry);
        const QString path = write(QStringLiteral("geometry.geojson"), json);

        const geo::ArticleReadResult result = geo::ArticleReader::read(path, {});
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.messages().join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY(!result.ok());
        const QString all = result.messages().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(expected), qPrintable(all));
        // The message points at the first feature's line.
        QVERIFY2(all.contains(path + QStringLiteral(":15:")), qPrintable(all));
    }

    void specialFilesAreRefusedWithoutReading_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a folder") << QStringLiteral("<dir>") << QStringLiteral("is a folder, not an article file");
        QTest::newRow("a pipe (would block)") << QStringLiteral("<fifo>") << QStringLiteral("not a regular file");
        QTest::newRow("an endless device") << QStringLiteral("/dev/zero") << QStringLiteral("not a regular file");
    }
    void specialFilesAreRefusedWithoutReading()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        if (path == QLatin1String("<dir>")) {
            path = m_dir.filePath(QStringLiteral("folder.geojson"));
            QVERIFY(QDir().mkpath(path));
        } else if (path == QLatin1String("<fifo>")) {
            path = m_dir.filePath(QStringLiteral("pipe.geojson"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const geo::ArticleReadResult result = geo::ArticleReader::read(path, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(expected), qPrintable(result.problems.first().message));
    }

    void refusedBeforeGdalReadsTheFile_data()
    {
        QTest::addColumn<QByteArray>("from"); // in minimal.geojson
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QStringList>("places"); // "line:column" of each problem, in order
        QTest::addColumn<QString>("expected");   // in every message
        // A NUL byte: Qt's parser takes it inside a string, GDAL stops there and said to "keep type before article".
        QTest::newRow("a NUL byte in the title")
            << QByteArray("\"title\": \"Saraqeb\"") << QByteArray("\"title\": \"Sara") + '\0' + "qeb\""
            << QStringList{QStringLiteral("6:17")} << QStringLiteral("the file holds a NUL byte (0x00) here");
        QTest::newRow("UTF-16 text") << QByteArray() << QByteArray("\xff\xfe{\0\"\0", 6)
                                     << QStringList{QStringLiteral("1:4")} << QStringLiteral("text saved as UTF-16");
        // RFC 7946 removed "crs"; GDAL would reproject from it (and fetch a URL one names).
        QTest::newRow("a crs member at the top")
            << QByteArray("\"frontline\": \"article/1\",")
            << QByteArray("\"frontline\": \"article/1\",\n \"crs\": {\"type\": \"name\", \"properties\": "
                          "{\"name\": \"EPSG:3857\"}},")
            << QStringList{QStringLiteral("4:9")} << QStringLiteral("a \"crs\" member, which RFC 7946 removed");
        QTest::newRow("a crs member in a feature and in its geometry")
            << QByteArray("\"id\": \"a2\", \"geometry\": null")
            << QByteArray("\"id\": \"a2\", \"crs\": null, \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                          "[4e6, 4.2e6], \"crs\": {}}")
            << QStringList{QStringLiteral("17:42"), QStringLiteral("17:114")}
            << QStringLiteral("a \"crs\" member, which RFC 7946 removed");
    }
    void refusedBeforeGdalReadsTheFile()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QStringList, places);
        QFETCH(QString, expected);
        QFile minimal(QStringLiteral(FRONTLINE_TEST_DATA_DIR "/articles/minimal.geojson"));
        QVERIFY(minimal.open(QIODevice::ReadOnly));
        QByteArray json = minimal.readAll();
        if (from.isEmpty()) {
            json = to;
        } else {
            QVERIFY(json.contains(from));
            json.replace(json.indexOf(from), from.size(), to);
        }
        const QString path = write(QStringLiteral("refused.geojson"), json);
        const geo::ArticleReadResult result = geo::ArticleReader::read(path, {});
        QVERIFY(!result.ok());
        const QString all = result.messages().join(QLatin1Char('\n'));
        QCOMPARE(result.problems.size(), places.size());
        for (qsizetype i = 0; i < places.size(); ++i) {
            const geo::ArticleProblem& p = result.problems.at(i);
            QCOMPARE(QStringLiteral("%1:%2").arg(p.line).arg(p.column), places.at(i));
            QVERIFY2(p.message.contains(expected), qPrintable(all));
            QVERIFY2(!p.message.contains(QStringLiteral("GDAL")), qPrintable(all));
        }
    }

    void idsWithControlCharactersAreRefused()
    {
        QFile minimal(QStringLiteral(FRONTLINE_TEST_DATA_DIR "/articles/minimal.geojson"));
        QVERIFY(minimal.open(QIODevice::ReadOnly));
        QByteArray json = minimal.readAll();
        json.replace("\"id\": \"test-2020-02-08\"", "\"id\": \"\x1b[31mtest\\u202e\"");
        json.replace("\"id\": \"a2\"", "\"id\": \"a\\r2\"");
        const QString path = write(QStringLiteral("ids.geojson"), json);
        const geo::ArticleReadResult result = geo::ArticleReader::read(path, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.messages(),
                 QStringList({path + QStringLiteral(":5:9: article: \"id\" \"\\x1b[31mtest\\u202e\" holds control "
                                                    "characters (shown as \\x.. or \\u....), which a terminal or a "
                                                    "list would act on; write the id in plain letters, digits and "
                                                    "hyphens"),
                              path + QStringLiteral(":17:29: annotation \"a\r2\": \"id\" \"a\\x0d2\" holds control "
                                                    "characters (shown as \\x.. or \\u....); write the id in plain "
                                                    "letters and digits")}));
    }

    void theSizeLimitHoldsOnTheBytesRead()
    {
        // /proc files report a size of 0; the limit must hold on what is read.
        const geo::ArticleReadResult result = geo::ArticleReader::read(QStringLiteral("/proc/self/maps"), {}, 16);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(QStringLiteral("over the limit")),
                 qPrintable(result.problems.first().message));
    }
};

QTEST_GUILESS_MAIN(TestHostileArticles)
#include "test_hostile_articles.moc"
