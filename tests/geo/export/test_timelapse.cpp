// What the window and the command line share for "what changed since…" and the time-lapse: the rows, CSV and
// text of the places that changed hands, the frame dates, the frame names, the page of a date, and the frames
// written whole, in order, with a cancel or a bad folder leaving no half-written frame.
#include "geo/export/timelapse.h"

#include "geo/articles/article_reader.h"
#include "geo/control/changes_report.h"
#include "geo/control/control_timeline.h"
#include "geo/control/post_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/map_data_loader.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

class TestTimelapse : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void changeRowsOnePerClaim();
    void changesCsvQuotesWhatItMust();
    void changesTextSaysHowMany();

    void datesPerChange();
    void datesEveryNDays();
    void frameNames();
    void pageOfADate();
    void framesWrittenInOrder();
    void cancelLeavesWholeFramesOnly();
    void folderThatCannotBeMade();

private:
    DatedMapSources sources() const;
    TimelapseRequest request(const QList<QDate>& dates, const QString& outDir) const;

    std::shared_ptr<const MapData> m_data;
    QList<Article> m_articles;
    std::shared_ptr<const EntityCatalog> m_catalog;
    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const PostTimeline> m_posts;
};

void TestTimelapse::initTestCase()
{
    QString error;
    m_data = loadBundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
    auto catalog = EntityCatalog::loadBundled(m_data->places, &error);
    QVERIFY2(catalog, qPrintable(error));
    m_catalog = std::make_shared<const EntityCatalog>(std::move(*catalog));
    for (const QString& folder : {QStringLiteral(":/articles"), QStringLiteral(":/articles/history")}) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.geojson")}, QDir::Files)) {
            const auto read = ArticleReader::read(dir.filePath(name), {});
            QVERIFY2(read.ok(), qPrintable(dir.filePath(name)));
            m_articles.append(*read.article);
        }
    }
    QVERIFY(!m_articles.isEmpty());
    m_timeline = std::make_shared<const ControlTimeline>(m_articles);
    m_posts = std::make_shared<const PostTimeline>(m_data->posts, m_articles);
}

DatedMapSources TestTimelapse::sources() const
{
    return {m_data, m_data->crs, m_timeline.get(), m_posts.get(), m_catalog.get(), &m_articles};
}

TimelapseRequest TestTimelapse::request(const QList<QDate>& dates, const QString& outDir) const
{
    TimelapseRequest r;
    r.page = newExportRequest(ExportFormat::Png, Language::English);
    QString error;
    if (!setExportPixelSize(r.page, QSize(800, 500), 96, &error))
        qFatal("%s", qPrintable(error));
    r.extent = *parseExportExtent(QString(), *m_data, &error);
    r.dates = dates;
    r.outDir = outDir;
    return r;
}

void TestTimelapse::changeRowsOnePerClaim()
{
    const QDate from(2020, 1, 1), to(2020, 2, 8);
    const QList<ControlChange> changes = m_timeline->changesBetween(from, to);
    QVERIFY(!changes.isEmpty());
    const QList<ChangeRow> rows = changeRows(changes, *m_catalog, Language::French);
    qsizetype expected = 0;
    for (const ControlChange& c : changes)
        expected += std::max<qsizetype>(1, c.claims.size());
    QCOMPARE(rows.size(), expected);
    int i = 0;
    for (const ControlChange& c : changes) {
        const qsizetype n = std::max<qsizetype>(1, c.claims.size());
        for (qsizetype k = 0; k < n; ++k, ++i) {
            const ChangeRow& r = rows[i];
            QCOMPARE(r.placeId, c.placeId);
            QCOMPARE(r.name, m_catalog->name(c.placeId, Language::French));
            QCOMPARE(r.before, controllerName(c.before.controller));
            QCOMPARE(r.after, controllerName(c.after.controller));
            QVERIFY(r.before != r.after);
            if (c.claims.isEmpty()) {
                QVERIFY(!r.date.isValid());
                QVERIFY(r.articleId.isEmpty());
            } else {
                QCOMPARE(r.date, c.claims[k].date);
                QVERIFY(r.date > from && r.date <= to);
                QCOMPARE(r.claimant, c.claims[k].claimant);
                QCOMPARE(r.quote, c.claims[k].quote);
                QCOMPARE(r.articleId, c.claims[k].articleId);
            }
        }
    }
}

void TestTimelapse::changesCsvQuotesWhatItMust()
{
    ChangeRow row;
    row.placeId = QStringLiteral("p");
    row.name = QStringLiteral("Ma'arrat, \"al\" Nu'man");
    row.before = QStringLiteral("opposition");
    row.after = QStringLiteral("government");
    row.date = QDate(2020, 1, 28);
    row.quote = QStringLiteral("two\nlines");
    ChangeRow noClaim = row;
    noClaim.date = QDate();
    noClaim.quote.clear();
    const QByteArray csv = changesCsv({row, noClaim});
    QCOMPARE(csv, QByteArray("place_id,name,before,after,date,claimant,publisher,article_id,annotation_id,quote\r\n"
                             "p,\"Ma'arrat, \"\"al\"\" Nu'man\",opposition,government,2020-01-28,,,,,\"two\nlines\"\r\n"
                             "p,\"Ma'arrat, \"\"al\"\" Nu'man\",opposition,government,,,,,,\r\n"));
    QCOMPARE(changesCsvHeader().size(), row.fields().size());
}

void TestTimelapse::changesTextSaysHowMany()
{
    const QDate from(2020, 1, 1), to(2020, 2, 8);
    const QList<ControlChange> changes = m_timeline->changesBetween(from, to);
    const QString text = QString::fromUtf8(changesText(changes, *m_catalog, Language::English, from, to));
    QVERIFY2(text.startsWith(
                 QStringLiteral("%1 places changed hands between 2020-01-01 and 2020-02-08\n").arg(changes.size())),
             qPrintable(text));
    for (const ControlChange& c : changes)
        QVERIFY2(
            text.contains(QStringLiteral("(%1): %2 -> %3")
                              .arg(c.placeId, controllerName(c.before.controller), controllerName(c.after.controller))),
            qPrintable(c.placeId));
}

void TestTimelapse::datesPerChange()
{
    const QDate from(2020, 2, 1), to(2020, 3, 10);
    const QList<QDate> dates = timelapseDates(*m_timeline, from, to, 0);
    QVERIFY(dates.size() > 2);
    QCOMPARE(dates.first(), from);
    QList<QDate> changes;
    for (const QDate& d : m_timeline->changeDates())
        if (d > from && d <= to)
            changes << d;
    QCOMPARE(dates.mid(1), changes);
    QVERIFY(timelapseDates(*m_timeline, to, from, 0).isEmpty());
    QCOMPARE(timelapseDates(*m_timeline, from, from, 0), QList<QDate>{from});
}

void TestTimelapse::datesEveryNDays()
{
    const QDate from(2020, 2, 1), to(2020, 3, 10);
    QCOMPARE(timelapseDates(*m_timeline, from, to, 10),
             (QList<QDate>{from, QDate(2020, 2, 11), QDate(2020, 2, 21), QDate(2020, 3, 2)}));
    QCOMPARE(timelapseDates(*m_timeline, from, to, 1).size(), from.daysTo(to) + 1);
    QCOMPARE(timelapseDates(*m_timeline, from, to, 100), QList<QDate>{from});
}

void TestTimelapse::frameNames()
{
    QCOMPARE(timelapseFrameName(0), QStringLiteral("frame-0001.png"));
    QCOMPARE(timelapseFrameName(41), QStringLiteral("frame-0042.png"));
    QCOMPARE(timelapseFrameName(9998), QStringLiteral("frame-9999.png"));
}

void TestTimelapse::pageOfADate()
{
    TimelapseRequest r = request({}, {});
    const QDate date(2020, 2, 8);
    QString error;
    QVERIFY2(fillDatedExportRequest(r.page, sources(), date, QDate(), r.extent, &error), qPrintable(error));
    QCOMPARE(r.page.asOf, date);
    QVERIFY(r.page.data == m_data);
    QVERIFY(r.page.settings.control);
    QCOMPARE(r.page.settings.control->snapshot.date, date);
    QCOMPARE(r.page.settings.control->snapshot.places.value(QStringLiteral("saraqib")).controller,
             m_timeline->controlOf(QStringLiteral("saraqib"), date).controller);
    QVERIFY(!r.page.notes.isEmpty()); // the claims behind what the frame shows
}

void TestTimelapse::framesWrittenInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("made/on/the/way"));
    const QList<QDate> dates{QDate(2020, 2, 4), QDate(2020, 2, 9), QDate(2020, 3, 6)};
    QList<TimelapseFrame> seen;
    QList<int> percents;
    const TimelapseResult result = writeTimelapse(
        request(dates, out), sources(), [&seen](const TimelapseFrame& f) { seen << f; },
        [&percents](int p) {
            percents << p;
            return true;
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.frames.size(), 3);
    QCOMPARE(seen.size(), 3);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QCOMPARE(percents.last(), 100);
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(seen[i].date, dates[i]);
        QCOMPARE(seen[i].path, QDir(out).filePath(timelapseFrameName(i)));
        QCOMPARE(QImageReader(seen[i].path).size(), QSize(800, 500));
        names << timelapseFrameName(i);
    }
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name), names);
    // Saraqeb changed sides between the 4th and the 9th: not the same picture.
    QVERIFY(QImage(seen[0].path) != QImage(seen[1].path));
}

void TestTimelapse::cancelLeavesWholeFramesOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QDate> dates = timelapseDates(*m_timeline, QDate(2020, 1, 1), QDate(2020, 1, 10), 1);
    int written = 0;
    bool cancelled = false;
    // Cancelled in the middle of the second frame, once its page is under way.
    const TimelapseResult result = writeTimelapse(
        request(dates, dir.path()), sources(), [&written](const TimelapseFrame&) { ++written; },
        [&](int percent) {
            if (written == 1 && percent > 100 / int(dates.size()) + 1)
                cancelled = true;
            return !cancelled;
        });
    QVERIFY(cancelled);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QCOMPARE(result.frames.size(), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{timelapseFrameName(0)});

    // The cancel flag of the page stops it too, before any frame.
    TimelapseRequest flagged = request(dates, dir.filePath(QStringLiteral("flag")));
    flagged.page.settings.cancel = std::make_shared<std::atomic_bool>(true);
    const TimelapseResult stopped = writeTimelapse(flagged, sources());
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.frames.isEmpty());
    QVERIFY(QDir(dir.filePath(QStringLiteral("flag"))).isEmpty());
}

void TestTimelapse::folderThatCannotBeMade()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString out = file + QStringLiteral("/frames");
    const TimelapseResult result = writeTimelapse(request({QDate(2020, 2, 8)}, out), sources());
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, TimelapseResult::Failure::Folder);
    QCOMPARE(result.error, QStringLiteral("%1: cannot make the folder").arg(out));
    QVERIFY(result.frames.isEmpty());
}

QTEST_MAIN(TestTimelapse)
#include "test_timelapse.moc"
