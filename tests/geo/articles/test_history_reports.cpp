// The bundled history reports (resources/articles/history): every file reads cleanly with every entity known and
// every annotation anchored; Wikipedia reports hold verbatim excerpts and summaries the data set's own words; and
// together their claims tell the control history of May 2019 to November 2020, and their dated post annotations
// what happened to the Turkish observation posts.
#include "geo/articles/article_reader.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/place_catalog.h"

#include "bundled_data.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace geo;

namespace {

const QString kHistoryDir = QStringLiteral(":/articles/history");
const QString kDatasetPublisher = QStringLiteral("Frontline data set (compiled from cited sources)");
const QString kStableTownsId = QStringLiteral("summary-2019-05-01-stable-towns");

QJsonObject readJsonObject(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<QJsonObject> featureProperties(const QString& path)
{
    QList<QJsonObject> result;
    for (const QJsonValue& f : readJsonObject(path).value("features").toArray())
        result << f.toObject().value("properties").toObject();
    return result;
}

// Every paragraph and every table cell of the Wikipedia excerpts, as the excerpts file holds them.
QSet<QString> wikipediaTexts()
{
    QSet<QString> texts;
    QFile f(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/geodata/control/wikipedia_excerpts_CC-BY-SA.md"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return texts;
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n')) {
        if (line.startsWith('|')) {
            for (const QString& cell : line.split('|'))
                texts.insert(cell.trimmed());
        } else if (!line.trimmed().isEmpty() && !line.startsWith('#')) {
            texts.insert(line);
        }
    }
    return texts;
}

QString eventIdOf(const QString& articleId)
{
    static const QRegularExpression re(QStringLiteral("^summary-\\d{4}-\\d\\d-\\d\\d-(e\\d\\d)-"));
    const auto m = re.match(articleId);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

} // namespace

class TestHistoryReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFileIsBundled();
    void reads_data();
    void reads();
    void textIsItsSource_data();
    void textIsItsSource();
    void everyEventIsReported();
    void claimsCoverTheHistory_data();
    void claimsCoverTheHistory();
    void controlOnDate_data();
    void controlOnDate();
    void timelineSpan();
    void postEvents_data();
    void postEvents();
    void postEventsAreInTheText();

private:
    void addFileRows();
    const Article* article(const QString& file) const;
    QList<Claim> claims() const;

    std::shared_ptr<const EntityCatalog> m_catalog;
    QStringList m_files;                  // file names in :/articles/history
    QHash<QString, Article> m_articles;   // by file name, the ones that read
    QHash<QString, QJsonObject> m_events; // by event id, from the bundled control events
};

void TestHistoryReports::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));

    m_files = QDir(kHistoryDir).entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    QVERIFY2(m_files.size() >= 20, qPrintable(QString::number(m_files.size())));

    const auto isKnown = [this](const QString& id) { return m_catalog->contains(id); };
    for (const QString& file : std::as_const(m_files)) {
        const ArticleReadResult r = ArticleReader::read(kHistoryDir + '/' + file, isKnown);
        if (r.ok())
            m_articles.insert(file, *r.article);
    }

    for (const QJsonObject& e : featureProperties(QStringLiteral(":/geodata/control/control_events_2019_2020.geojson")))
        m_events.insert(e.value("event_id").toString(), e);
    QCOMPARE(m_events.size(), 17);
}

void TestHistoryReports::addFileRows()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : std::as_const(m_files))
        QTest::newRow(qPrintable(file)) << file;
}

const Article* TestHistoryReports::article(const QString& file) const
{
    const auto it = m_articles.constFind(file);
    return it == m_articles.constEnd() ? nullptr : &*it;
}

QList<Claim> TestHistoryReports::claims() const
{
    QList<Claim> all;
    for (const Article& a : m_articles)
        all << a.claims();
    return all;
}

// The files in the source tree and the bundled ones are the same (resources/CMakeLists.txt lists each).
void TestHistoryReports::everyFileIsBundled()
{
    const QStringList inTree = QDir(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/history"))
                                   .entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    QCOMPARE(m_files, inTree);
}

void TestHistoryReports::reads_data()
{
    addFileRows();
}

void TestHistoryReports::reads()
{
    QFETCH(QString, file);
    const auto isKnown = [this](const QString& id) { return m_catalog->contains(id); };
    const ArticleReadResult r = ArticleReader::read(kHistoryDir + '/' + file, isKnown);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.article->id + QStringLiteral(".geojson"), file);
    QVERIFY(!r.article->annotations.isEmpty());
    for (const Annotation& a : r.article->annotations) {
        QVERIFY2(a.isAnchored(), qPrintable(a.id));
        QCOMPARE(r.article->quotedText(a), a.quote);
        QCOMPARE(a.anchorStart, a.start); // the offsets the generator computed are the anchored range
    }
}

void TestHistoryReports::textIsItsSource_data()
{
    addFileRows();
}

// A Wikipedia report holds a verbatim excerpt and says so; a summary holds the data set's own words, says it is
// a summary, and none of its claims passes those words off as a source's.
void TestHistoryReports::textIsItsSource()
{
    QFETCH(QString, file);
    const Article* a = article(file);
    QVERIFY2(a, "does not read");
    QCOMPARE(a->language, QStringLiteral("en"));

    if (a->kind == ArticleKind::Article) {
        static const QSet<QString> excerpts = wikipediaTexts();
        QVERIFY(!excerpts.isEmpty());
        QVERIFY2(file.startsWith(QStringLiteral("wikipedia-")), qPrintable(file));
        QCOMPARE(a->publisher, QStringLiteral("Wikipedia contributors"));
        QVERIFY(a->licence.contains(QStringLiteral("CC BY-SA 4.0")));
        QVERIFY(a->url.startsWith(QStringLiteral("https://en.wikipedia.org/wiki/")));
        QVERIFY2(excerpts.contains(a->text), "not a verbatim paragraph or cell of the Wikipedia excerpts");
        for (const Claim& c : a->claims())
            QCOMPARE(c.claimant(), QStringLiteral("Wikipedia"));
        return;
    }

    QVERIFY2(file.startsWith(QStringLiteral("summary-")), qPrintable(file));
    QCOMPARE(a->publisher, kDatasetPublisher);
    QVERIFY(a->title.startsWith(QStringLiteral("[Summary]")));
    QVERIFY(a->notes.contains(QStringLiteral("not the words of any source")));
    for (const Claim& c : a->claims()) {
        QVERIFY2(c.annotation().notes.contains(QStringLiteral("not the words of a source")),
                 qPrintable(c.annotation().id));
        QVERIFY(c.claimant() != a->publisher);
    }

    if (a->id == kStableTownsId) {
        const auto towns = featureProperties(QStringLiteral(":/geodata/control/stable_towns_2019_2020.geojson"));
        QCOMPARE(a->claims().size(), towns.size());
        for (const QJsonObject& t : towns)
            QVERIFY2(a->text.contains(t.value("status_2019_2020").toString()),
                     qPrintable(t.value("place_key").toString()));
        return;
    }
    const QString eventId = eventIdOf(a->id);
    QVERIFY2(m_events.contains(eventId), qPrintable(a->id));
    const QJsonObject e = m_events.value(eventId);
    const QString note = e.value("date_note").toString().trimmed();
    QString expected = e.value("summary").toString().trimmed();
    if (!note.isEmpty())
        expected += QStringLiteral(" Date note: ") + note + '.';
    QCOMPARE(a->text, expected);
}

// Each event of the data set is told by its own summary or by the Wikipedia paragraphs that are its sources.
void TestHistoryReports::everyEventIsReported()
{
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        bool found = false;
        for (const Article& a : m_articles) {
            if (eventIdOf(a.id) == it.key() ||
                (a.kind == ArticleKind::Article &&
                 QRegularExpression(QStringLiteral("Data set events: [E0-9, ]*\\b%1\\b").arg(it.key()))
                     .match(a.notes)
                     .hasMatch()))
                found = true;
        }
        QVERIFY2(found, qPrintable(it.key()));
    }
}

void TestHistoryReports::claimsCoverTheHistory_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("controller");
    const auto row = [](const char* place, const char* date, Controller c) {
        QTest::addRow("%s %s %s", place, date, qPrintable(controllerName(c)))
            << QString::fromLatin1(place) << QDate::fromString(QString::fromLatin1(date), Qt::ISODate)
            << controllerName(c);
    };
    const auto gov = Controller::Government;
    const auto opp = Controller::Opposition;
    // Baseline: the towns with no change found.
    row("idlib", "2019-05-01", opp);
    row("ariha", "2019-05-01", opp);
    row("jisr_al_shughur", "2019-05-01", opp);
    row("aleppo", "2019-05-01", gov);
    row("hama", "2019-05-01", gov);
    row("latakia", "2019-05-01", gov);
    // The 2019 offensive.
    row("qalaat_al_madiq", "2019-05-09", gov);
    row("khan_shaykhun", "2019-08-21", gov);
    row("morek", "2019-08-23", gov);
    row("kafr_zita", "2019-08-23", gov);
    // The winter offensive.
    row("maarat_al_numan", "2020-01-28", gov);
    row("maarat_al_numan", "2020-01-29", gov);
    row("khan_tuman", "2020-01-29", gov);
    row("saraqib", "2020-02-05", Controller::Contested);
    row("saraqib", "2020-02-06", gov); // the army, per Al-Masdar News
    row("saraqib", "2020-02-07", gov); // SANA
    row("saraqib", "2020-02-08", gov); // state TV, and the data set's date
    row("anadan", "2020-02-16", gov);
    row("deir_sunbul", "2020-02-26", gov);
    row("saraqib", "2020-02-27", opp);
    row("saraqib", "2020-03-02", gov);
    // After the ceasefire: the Turkish post at Morek vacated, Syrian troops inside.
    row("morek", "2020-11-03", gov);
}

// A claim about PLACE counts from SINCE with CONTROLLER.
void TestHistoryReports::claimsCoverTheHistory()
{
    QFETCH(QString, place);
    QFETCH(QDate, since);
    QFETCH(QString, controller);
    QStringList seen;
    for (const Claim& c : claims()) {
        if (c.placeId() != place)
            continue;
        if (c.effectiveDate() == since && controllerName(c.controller()) == controller)
            return;
        seen << c.effectiveDate().toString(Qt::ISODate) + ' ' + controllerName(c.controller());
    }
    QFAIL(qPrintable(QStringLiteral("no such claim; claims about %1: %2").arg(place, seen.join(", "))));
}

void TestHistoryReports::controlOnDate_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("controller");
    const auto row = [](const char* place, const char* date, Controller c) {
        QTest::addRow("%s on %s", place, date)
            << QString::fromLatin1(place) << QDate::fromString(QString::fromLatin1(date), Qt::ISODate)
            << controllerName(c);
    };
    const auto gov = Controller::Government;
    const auto opp = Controller::Opposition;
    row("qalaat_al_madiq", "2019-06-01", gov);
    row("khan_shaykhun", "2019-08-22", gov);
    row("morek", "2019-09-01", gov);
    row("kafr_zita", "2019-09-01", gov);
    row("maarat_al_numan", "2020-01-31", gov);
    row("khan_tuman", "2020-02-01", gov);
    row("saraqib", "2020-02-05", Controller::Contested);
    row("saraqib", "2020-02-10", gov);
    row("anadan", "2020-02-20", gov);
    row("saraqib", "2020-02-28", opp);
    row("deir_sunbul", "2020-03-01", gov);
    row("saraqib", "2020-03-03", gov);
    row("idlib", "2020-10-31", opp);
    row("ariha", "2020-10-31", opp);
    row("aleppo", "2020-10-31", gov);
    row("morek", "2020-11-30", gov);
}

// The latest claims up to DATE (the assessed ones among them, if any) all give CONTROLLER.
void TestHistoryReports::controlOnDate()
{
    QFETCH(QString, place);
    QFETCH(QDate, date);
    QFETCH(QString, controller);
    QDate latest;
    QList<Claim> winners;
    for (const Claim& c : claims()) {
        if (c.placeId() != place || c.effectiveDate() > date)
            continue;
        if (c.effectiveDate() > latest) {
            latest = c.effectiveDate();
            winners.clear();
        }
        if (c.effectiveDate() == latest)
            winners << c;
    }
    QVERIFY2(!winners.isEmpty(), "no claim up to that date");
    const bool anyAssessed = std::any_of(winners.cbegin(), winners.cend(),
                                         [](const Claim& c) { return c.status() == ClaimStatus::Assessed; });
    for (const Claim& c : std::as_const(winners)) {
        if (anyAssessed && c.status() != ClaimStatus::Assessed)
            continue;
        QVERIFY2(controllerName(c.controller()) == controller,
                 qPrintable(c.article().id + '#' + c.annotation().id + ": " + controllerName(c.controller())));
    }
}

// The claims run from May 2019 to October-November 2020.
void TestHistoryReports::timelineSpan()
{
    const QList<Claim> all = claims();
    QVERIFY(!all.isEmpty());
    QDate first = all.first().effectiveDate(), last = first;
    for (const Claim& c : all) {
        QVERIFY(c.effectiveDate().isValid());
        first = std::min(first, c.effectiveDate());
        last = std::max(last, c.effectiveDate());
    }
    QCOMPARE(first.year(), 2019);
    QCOMPARE(first.month(), 5);
    QCOMPARE(last.year(), 2020);
    QVERIFY2(last.month() == 10 || last.month() == 11, qPrintable(last.toString(Qt::ISODate)));
}

void TestHistoryReports::postEvents_data()
{
    QTest::addColumn<int>("post");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("eventDate"); // as written
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<bool>("approximate");
    const auto row = [](int post, PostEvent event, const char* eventDate, const char* effective, bool approximate) {
        QTest::addRow("post %d %s %s", post, qPrintable(postEventName(event)), eventDate)
            << post << postEventName(event) << QString::fromLatin1(eventDate)
            << QDate::fromString(QString::fromLatin1(effective), Qt::ISODate) << approximate;
    };
    // Morek: encircled with the pocket (the data set, E03, and Wikipedia's "late August"), left in October
    // 2020.
    row(9, PostEvent::Encircled, "2019-08-23", "2019-08-23", false);
    row(9, PostEvent::Encircled, "2019-08-21/2019-08-31", "2019-08-31", true);
    row(9, PostEvent::Withdrawn, "2020-10-19", "2020-10-19", false);
    row(13, PostEvent::SetUp, "2019-08", "2019-08-31", true);
    row(6, PostEvent::Encircled, "2019-12-21/2019-12-31", "2019-12-31", true);
    row(10, PostEvent::Encircled, "2020-01-29", "2020-01-29", false);
    // Saraqib: north and south 2020-01-30, east 2020-02-01, west 2020-02-07; encircled with the town.
    row(16, PostEvent::SetUp, "2020-01-30", "2020-01-30", false);
    row(16, PostEvent::SetUp, "2020-02-01", "2020-02-01", false);
    row(16, PostEvent::Encircled, "2020-02-06", "2020-02-06", false);
    row(16, PostEvent::SetUp, "2020-02-07", "2020-02-07", false);
    row(13, PostEvent::Encircled, "2020-02-01", "2020-02-01", false);
    row(5, PostEvent::Encircled, "2020-02-05", "2020-02-05", false);
    row(22, PostEvent::SetUp, "2020-02-06", "2020-02-06", false);
    row(21, PostEvent::SetUp, "2020-02-07", "2020-02-07", false);
    row(4, PostEvent::Encircled, "2020-02-07/2020-02-08", "2020-02-08", true);
    row(29, PostEvent::SetUp, "2020-02-08", "2020-02-08", false);
    row(32, PostEvent::SetUp, "2020-02-15", "2020-02-15", false);
    row(11, PostEvent::Encircled, "2020-02-26", "2020-02-26", false);
}

// Some report has a post annotation saying that POST had EVENT on EVENTDATE.
void TestHistoryReports::postEvents()
{
    QFETCH(int, post);
    QFETCH(QString, event);
    QFETCH(QString, eventDate);
    QFETCH(QDate, effective);
    QFETCH(bool, approximate);
    const QString entity = QStringLiteral("post:%1").arg(post);
    QStringList seen;
    for (const Article& article : std::as_const(m_articles)) {
        for (const Annotation& a : article.annotations) {
            if (a.kind != AnnotationKind::Post || a.entity != entity || a.subEventType.isEmpty())
                continue;
            if (a.subEventType == event && a.eventDate == eventDate) {
                QCOMPARE(a.effectiveDate(), effective);
                QCOMPARE(a.approximateDate, approximate);
                return;
            }
            seen << a.subEventType + ' ' + a.eventDate;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no such post event; events of %1: %2").arg(entity, seen.join(", "))));
}

// Every dated post annotation has a post event from the vocabulary, and the sentence it quotes says so.
void TestHistoryReports::postEventsAreInTheText()
{
    const QHash<QString, QRegularExpression> words{
        {postEventName(PostEvent::SetUp),
         QRegularExpression(QStringLiteral("set up|establish|construct|creat|new post"))},
        {postEventName(PostEvent::Encircled), QRegularExpression(QStringLiteral("encircl|besieg|surrounded"))},
        {postEventName(PostEvent::Withdrawn), QRegularExpression(QStringLiteral("withdr"))},
    };
    int events = 0;
    for (const Article& article : std::as_const(m_articles)) {
        for (const Annotation& a : article.annotations) {
            if (a.kind != AnnotationKind::Post || (a.subEventType.isEmpty() && a.eventDate.isEmpty()))
                continue;
            const QString where = article.id + '#' + a.id;
            QVERIFY2(postEventFromName(a.subEventType), qPrintable(where));
            QVERIFY2(a.effectiveDate().isValid(), qPrintable(where));
            QVERIFY2(!a.dateNote.isEmpty(), qPrintable(where));
            const QString sentence = article.sentence(a);
            QVERIFY2(words.value(a.subEventType).match(sentence).hasMatch(), qPrintable(where + ": " + sentence));
            // The post's date lies within the period the reports cover.
            QVERIFY2(a.effectiveDate() >= QDate(2019, 5, 1) && a.effectiveDate() <= QDate(2020, 11, 30),
                     qPrintable(where));
            ++events;
        }
    }
    QCOMPARE(events, 20);
}

QTEST_GUILESS_MAIN(TestHistoryReports)
#include "test_history_reports.moc"
