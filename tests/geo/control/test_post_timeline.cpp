// The observation-post timeline: the reading of the posts table's `established` texts, every rule of
// docs/control-rules.md ("Observation posts") on posts and articles made here, then the real bundled posts
// and history reports (Morek, Sarman, Rashidin, Saraqib ...).
#include "geo/articles/article_reader.h"
#include "geo/data/observation_post_list.h"
#include "geo/control/post_timeline.h"

#include <QDir>
#include <QTest>

using namespace geo;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ObservationPost makePost(int number, const QString& established)
{
    ObservationPost post;
    post.number = number;
    post.name = QStringLiteral("post %1").arg(number);
    post.established = established;
    return post;
}

// An annotation from a spec "ENTITY SUB_EVENT_TYPE... DATE", e.g. "post:7 post encircled
// 2019-12-21/2019-12-31"; DATE "-" gives no event date. An entity that is not "post:<n>" makes a place
// annotation.
Annotation makeAnnotation(const QString& id, const QString& spec)
{
    QStringList t = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Annotation a;
    a.id = id;
    a.entity = t.takeFirst();
    a.kind = a.entity.startsWith(QLatin1String("post:")) ? AnnotationKind::Post : AnnotationKind::Place;
    const QString date = t.takeLast();
    a.subEventType = t.join(QLatin1Char(' '));
    a.quote = a.entity + QLatin1Char(' ') + a.subEventType;
    if (date != QLatin1String("-")) {
        QString error;
        const DateSpan span = parseDateSpan(date, &error);
        if (!span.isValid())
            qFatal("bad test date %s: %s", qPrintable(date), qPrintable(error));
        a.eventDate = date;
        a.eventDateFrom = span.from;
        a.eventDateTo = span.to;
        a.approximateDate = !span.isSingleDay();
    }
    return a;
}

// Articles from specs "ARTICLE#ANNOTATION ENTITY SUB_EVENT_TYPE... DATE". Consecutive specs of one article id
// go into one article; an id met again after another one starts a new copy of that article.
QList<Article> articlesFromSpecs(const QStringList& specs)
{
    QList<Article> articles;
    for (const QString& spec : specs) {
        const qsizetype space = spec.indexOf(QLatin1Char(' '));
        const QStringList ref = spec.left(space).split(QLatin1Char('#'));
        if (articles.isEmpty() || articles.last().id != ref.value(0)) {
            Article article;
            article.formatVersion = QStringLiteral("article/1");
            article.id = ref.value(0);
            articles.append(article);
        }
        articles.last().annotations.append(makeAnnotation(ref.value(1), spec.mid(space + 1)));
    }
    return articles;
}

QString stateName(const PostStatus& status)
{
    return postStateName(status.state);
}

QString citedBy(const PostStatus& status)
{
    return status.articleId.isEmpty() ? QString() : status.articleId + QLatin1Char('#') + status.annotationId;
}

} // namespace

class TestPostTimeline : public QObject {
    Q_OBJECT
private slots:
    void parseEstablished_data();
    void parseEstablished();
    void rules_data();
    void rules();
    void statesAtEveryPost();
    void changeDates();
    void bundledEstablishments();
    void bundledHistory_data();
    void bundledHistory();
    void bundledChangeDates();

private:
    void loadBundled();

    QVector<ObservationPost> m_posts;
    QList<Article> m_history;
};

void TestPostTimeline::parseEstablished_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("exactDay");
    QTest::newRow("month: its last day") << "2017-10" << day("2017-10-31") << false;
    QTest::newRow("month of a leap year") << "2020-02" << day("2020-02-29") << false;
    QTest::newRow("interval: the last day of its end") << "2017-10/2018-02" << day("2018-02-28") << false;
    QTest::newRow("interval of days") << "2020-01-30/2020-02-07" << day("2020-02-07") << false;
    QTest::newRow("before a day: that day") << "before 2018-02-15" << day("2018-02-15") << false;
    QTest::newRow("before a month: its first day") << "before 2018-02" << day("2018-02-01") << false;
    QTest::newRow("a day") << "2020-02-06" << day("2020-02-06") << true;
    QTest::newRow("a year: its last day") << "2018" << day("2018-12-31") << false;
    // The texts of the bundled table: the date at the start counts, the words after it are comments.
    QTest::newRow("day with a comment") << "2018-02-15 (convoy entered)" << day("2018-02-15") << true;
    QTest::newRow("month with a comment") << "2018-04 (convoy), date not confirmed" << day("2018-04-30") << false;
    QTest::newRow("year with a comment") << "2018 (date not confirmed here)" << day("2018-12-31") << false;
    QTest::newRow("several dates: the first")
        << "2020-01-30 (N and S), 2020-02-01 (E), 2020-02-07 (W)" << day("2020-01-30") << true;
    QTest::newRow("month, then a long comment")
        << "2018-05 (AA report says 'Wednesday'; WP-TMOIG says 22 May 2018) - exact day uncertain" << day("2018-05-31")
        << false;
    // No date: unknown.
    QTest::newRow("empty") << "" << QDate() << false;
    QTest::newRow("words") << "date not known" << QDate() << false;
    QTest::newRow("month 13") << "2020-13" << QDate() << false;
    QTest::newRow("30 February") << "2020-02-30" << QDate() << false;
    QTest::newRow("digits run together") << "20200206" << QDate() << false;
    QTest::newRow("date glued to a word") << "2020-02-06x" << QDate() << false;
    QTest::newRow("interval running backwards") << "2018-03/2018-01" << QDate() << false;
    QTest::newRow("date not at the start") << "mid-2018" << QDate() << false;
}

void TestPostTimeline::parseEstablished()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(bool, exactDay);
    const PostEstablishment e = PostTimeline::parseEstablished(text);
    QCOMPARE(e.date, date);
    QCOMPARE(e.isKnown(), date.isValid());
    QCOMPARE(e.exactDay, exactDay);
}

void TestPostTimeline::rules_data()
{
    QTest::addColumn<QString>("established"); // of post 7
    QTest::addColumn<QStringList>("events");  // articlesFromSpecs
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("cited"); // "article#annotation", empty for the table or nothing

    const QString notYet = postStateName(PostState::NotYetSetUp);
    const QString setUp = postStateName(PostState::SetUp);
    const QString encircled = postStateName(PostState::Encircled);
    const QString withdrawn = postStateName(PostState::Withdrawn);
    const QStringList none;

    // Rule 1, establishment from the table.
    QTest::newRow("1 month: not yet set up before its last day")
        << "2017-10" << none << day("2017-10-30") << notYet << QDate() << "";
    QTest::newRow("1 month: set up from its last day, no since")
        << "2017-10" << none << day("2017-10-31") << setUp << QDate() << "";
    QTest::newRow("1 interval: not yet set up before the end of B")
        << "2017-10/2018-02" << none << day("2018-02-27") << notYet << QDate() << "";
    QTest::newRow("1 interval: set up from the end of B")
        << "2017-10/2018-02" << none << day("2018-02-28") << setUp << QDate() << "";
    QTest::newRow("1 before: not yet set up the day before")
        << "before 2018-02-15" << none << day("2018-02-14") << notYet << QDate() << "";
    QTest::newRow("1 before: set up on that day, no since")
        << "before 2018-02-15" << none << day("2018-02-15") << setUp << QDate() << "";
    QTest::newRow("1 day: set up with since")
        << "2020-02-06" << none << day("2020-02-06") << setUp << day("2020-02-06") << "";
    QTest::newRow("1 day: not yet set up the day before")
        << "2020-02-06" << none << day("2020-02-05") << notYet << QDate() << "";

    // Rule 2, what counts.
    QTest::newRow("2 encircled from the end of its interval")
        << "2018-02-15" << QStringList{"A#a1 post:7 post encircled 2019-12-21/2019-12-31"} << day("2019-12-31")
        << encircled << day("2019-12-31") << "A#a1";
    QTest::newRow("2 not before the end of its interval")
        << "2018-02-15" << QStringList{"A#a1 post:7 post encircled 2019-12-21/2019-12-31"} << day("2019-12-30") << setUp
        << day("2018-02-15") << "";
    QTest::newRow("2 an undated post event does not count")
        << "2018-02-15" << QStringList{"A#a1 post:7 post withdrawn -"} << day("2020-12-31") << setUp
        << day("2018-02-15") << "";
    QTest::newRow("2 a place annotation does not count")
        << "2018-02-15" << QStringList{"A#a1 morek post withdrawn 2020-10-19"} << day("2020-12-31") << setUp
        << day("2018-02-15") << "";
    QTest::newRow("2 another post's event does not count")
        << "2018-02-15" << QStringList{"A#a1 post:8 post withdrawn 2020-10-19"} << day("2020-12-31") << setUp
        << day("2018-02-15") << "";
    QTest::newRow("2 a claim's sub-event type does not count")
        << "2018-02-15" << QStringList{"A#a1 post:7 Government regains territory 2020-10-19"} << day("2020-12-31")
        << setUp << day("2018-02-15") << "";
    QTest::newRow("2 a second copy of an annotation does not count")
        << "2018-02-15"
        << QStringList{"A#a1 post:7 post encircled 2020-03-01", "B#a1 post:7 post set up 2020-03-02",
                       "A#a1 post:7 post withdrawn 2020-03-05"}
        << day("2020-03-10") << encircled << day("2020-03-01") << "A#a1";

    // Rule 3, before the first event.
    QTest::newRow("3 unknown establishment: set up from the start")
        << "not known" << none << day("1900-01-01") << setUp << QDate() << "";
    QTest::newRow("3 unknown establishment, first event set up: not yet set up before it")
        << "not known" << QStringList{"A#a1 post:7 post set up 2020-01-30"} << day("2020-01-29") << notYet << QDate()
        << "";
    QTest::newRow("3 unknown establishment, first event set up: set up from it")
        << "not known" << QStringList{"A#a1 post:7 post set up 2020-01-30"} << day("2020-01-30") << setUp
        << day("2020-01-30") << "A#a1";
    QTest::newRow("3 unknown establishment, first event encircled: set up before it")
        << "" << QStringList{"A#a1 post:7 post encircled 2020-01-29"} << day("2020-01-28") << setUp << QDate() << "";
    QTest::newRow("3 an annotation earlier than the table sets the post up")
        << "2020-02" << QStringList{"A#a1 post:7 post set up 2020-02-07"} << day("2020-02-10") << setUp
        << day("2020-02-07") << "A#a1";
    QTest::newRow("3 not yet set up before an annotation earlier than the table")
        << "2020-02" << QStringList{"A#a1 post:7 post set up 2020-02-07"} << day("2020-02-06") << notYet << QDate()
        << "";
    QTest::newRow("3 encircled before the table's date")
        << "2020-02" << QStringList{"A#a1 post:7 post encircled 2020-02-05"} << day("2020-02-05") << encircled
        << day("2020-02-05") << "A#a1";
    QTest::newRow("3 the table's later set up does not lift it")
        << "2020-02" << QStringList{"A#a1 post:7 post encircled 2020-02-05"} << day("2020-02-29") << encircled
        << day("2020-02-05") << "A#a1";

    // Rule 4, changes.
    const QStringList morek{"A#a1 post:7 post encircled 2019-08-23", "B#a1 post:7 post withdrawn 2020-10-19"};
    QTest::newRow("4 encircled") << "2018-04" << morek << day("2020-10-18") << encircled << day("2019-08-23") << "A#a1";
    QTest::newRow("4 withdrawn") << "2018-04" << morek << day("2020-10-19") << withdrawn << day("2020-10-19") << "B#a1";
    QTest::newRow("4 still withdrawn") << "2018-04" << morek << day("2021-06-01") << withdrawn << day("2020-10-19")
                                       << "B#a1";
    const QStringList again{"A#a1 post:7 post withdrawn 2020-03-01", "A#a2 post:7 post set up 2020-04-01"};
    QTest::newRow("4 withdrawn until set up again")
        << "2018-04" << again << day("2020-03-31") << withdrawn << day("2020-03-01") << "A#a1";
    QTest::newRow("4 set up again after a withdrawal")
        << "2018-04" << again << day("2020-04-01") << setUp << day("2020-04-01") << "A#a2";
    QTest::newRow("4 set up does not lift an encirclement")
        << "2020-01-30" << QStringList{"A#a1 post:7 post encircled 2020-02-06", "B#a1 post:7 post set up 2020-02-07"}
        << day("2020-02-10") << encircled << day("2020-02-06") << "A#a1";
    QTest::newRow("4 set up on a set-up post keeps since")
        << "2020-01-30" << QStringList{"A#a1 post:7 post set up 2020-02-01"} << day("2020-02-10") << setUp
        << day("2020-01-30") << "";
    QTest::newRow("4 a later encirclement keeps since")
        << "2018-04"
        << QStringList{"A#a1 post:7 post encircled 2019-08-23", "B#a1 post:7 post encircled 2019-08-21/2019-08-31"}
        << day("2019-09-01") << encircled << day("2019-08-23") << "A#a1";
    QTest::newRow("4 encircled after a withdrawal")
        << "2018-04" << QStringList{"A#a1 post:7 post withdrawn 2020-03-01", "A#a2 post:7 post encircled 2020-03-05"}
        << day("2020-03-05") << encircled << day("2020-03-05") << "A#a2";

    // Rule 5, one day.
    QTest::newRow("5 withdrawn beats encircled")
        << "2018-04" << QStringList{"A#a1 post:7 post encircled 2020-03-01", "A#a2 post:7 post withdrawn 2020-03-01"}
        << day("2020-03-01") << withdrawn << day("2020-03-01") << "A#a2";
    QTest::newRow("5 withdrawn beats encircled, read first")
        << "2018-04" << QStringList{"A#a1 post:7 post withdrawn 2020-03-01", "A#a2 post:7 post encircled 2020-03-01"}
        << day("2020-03-01") << withdrawn << day("2020-03-01") << "A#a1";
    QTest::newRow("5 encircled beats set up")
        << "not known" << QStringList{"A#a1 post:7 post set up 2020-03-01", "B#a1 post:7 post encircled 2020-03-01"}
        << day("2020-03-01") << encircled << day("2020-03-01") << "B#a1";
    QTest::newRow("5 withdrawn beats set up after a withdrawal")
        << "2018-04"
        << QStringList{"A#a1 post:7 post withdrawn 2020-03-01", "B#a1 post:7 post set up 2020-04-01",
                       "C#a1 post:7 post withdrawn 2020-04-01"}
        << day("2020-04-01") << withdrawn << day("2020-03-01") << "A#a1";
    QTest::newRow("5 the first annotation of the day is cited")
        << "2018-04" << QStringList{"A#a1 post:7 post encircled 2020-03-01", "B#a1 post:7 post encircled 2020-03-01"}
        << day("2020-03-01") << encircled << day("2020-03-01") << "A#a1";
    QTest::newRow("5 an annotation is cited before the table")
        << "2020-01-30" << QStringList{"A#a1 post:7 post set up 2020-01-30"} << day("2020-01-30") << setUp
        << day("2020-01-30") << "A#a1";

    // Rule 6, since.
    QTest::newRow("6 since from an annotation on the table's month end")
        << "2020-01" << QStringList{"A#a1 post:7 post set up 2020-01-31"} << day("2020-02-01") << setUp
        << day("2020-01-31") << "A#a1";
}

void TestPostTimeline::rules()
{
    QFETCH(QString, established);
    QFETCH(QStringList, events);
    QFETCH(QDate, date);
    QFETCH(QString, state);
    QFETCH(QDate, since);
    QFETCH(QString, cited);
    const PostTimeline timeline({makePost(7, established), makePost(8, QStringLiteral("2017-10"))},
                                articlesFromSpecs(events));
    const PostStatus status = timeline.statusOf(7, date);
    QCOMPARE(stateName(status), state);
    QCOMPARE(status.since, since);
    QCOMPARE(citedBy(status), cited);
    // statesAt agrees with statusOf.
    const QHash<int, PostStatus> all = timeline.statesAt(date);
    QVERIFY(all.contains(7));
    QCOMPARE(stateName(all.value(7)), state);
    QCOMPARE(all.value(7).since, since);
    QCOMPARE(citedBy(all.value(7)), cited);
}

void TestPostTimeline::statesAtEveryPost()
{
    const PostTimeline timeline({makePost(3, "2017-10"), makePost(1, "2020-02-06"), makePost(2, "unknown")},
                                articlesFromSpecs({"A#a1 post:99 post withdrawn 2020-03-01"}));
    QCOMPARE(timeline.postNumbers(), (QList<int>{1, 2, 3}));
    const QHash<int, PostStatus> states = timeline.statesAt(day("2020-01-01"));
    QCOMPARE(states.size(), 3); // every post of the table, and no other
    QCOMPARE(states.value(1).state, PostState::NotYetSetUp);
    QCOMPARE(states.value(2).state, PostState::SetUp);
    QCOMPARE(states.value(3).state, PostState::SetUp);
    QVERIFY(timeline.statesAt(QDate()).isEmpty());
    QCOMPARE(timeline.statusOf(99, day("2020-03-02")).state, PostState::NotYetSetUp);
    QCOMPARE(timeline.statusOf(3, QDate()).state, PostState::NotYetSetUp);
    QVERIFY(PostTimeline().statesAt(day("2020-01-01")).isEmpty());
}

void TestPostTimeline::changeDates()
{
    const PostTimeline timeline({makePost(1, "2017-10"), makePost(2, "2020-02-06"), makePost(3, "unknown")},
                                articlesFromSpecs({
                                    "A#a1 post:1 post encircled 2020-02-06", // the day post 2 is set up
                                    "A#a2 post:1 post encircled 2020-02-10", // no change
                                    "A#a3 post:2 post set up 2020-02-12",    // no change
                                    "A#a4 post:2 post withdrawn 2020-03-01",
                                    "A#a5 post:3 post encircled 2020-01-05/2020-01-11",
                                }));
    QCOMPARE(timeline.changeDates(),
             (QList<QDate>{day("2017-10-31"), day("2020-01-11"), day("2020-02-06"), day("2020-03-01")}));
    QVERIFY(PostTimeline().changeDates().isEmpty());
}

void TestPostTimeline::loadBundled()
{
    if (!m_posts.isEmpty())
        return;
    QString error;
    m_posts = loadObservationPosts(QStringLiteral(":/geodata/observation_posts/turkish_posts_idlib.csv"), &error);
    QVERIFY2(m_posts.size() == 32, qPrintable(error));
    const QString dir = QStringLiteral(":/articles/history");
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.geojson")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString& file : files) {
        const ArticleReadResult r = ArticleReader::read(dir + QLatin1Char('/') + file, {});
        QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
        m_history.append(*r.article);
    }
}

// Every `established` text of the bundled table gives a date (docs/control-rules.md says so); the two posts
// dated "2020" only count from the end of that year.
void TestPostTimeline::bundledEstablishments()
{
    loadBundled();
    for (const ObservationPost& post : std::as_const(m_posts))
        QVERIFY2(PostTimeline::parseEstablished(post.established).isKnown(),
                 qPrintable(QStringLiteral("post %1: %2").arg(post.number).arg(post.established)));
    for (const ObservationPost& post : std::as_const(m_posts)) {
        if (post.number == 14 || post.number == 15)
            QCOMPARE(PostTimeline::parseEstablished(post.established).date, day("2020-12-31"));
    }
}

void TestPostTimeline::bundledHistory_data()
{
    QTest::addColumn<int>("post");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("cited");
    const auto row = [](int post, const char* date, PostState state, const char* since, const char* cited) {
        QTest::addRow("post %d on %s", post, date) << post << day(date) << postStateName(state)
                                                   << (since ? day(since) : QDate()) << QString::fromLatin1(cited);
    };
    const auto notYet = PostState::NotYetSetUp;
    const auto setUp = PostState::SetUp;
    const auto encircled = PostState::Encircled;
    const auto withdrawn = PostState::Withdrawn;
    // Morek: set up 2018 ("2018-04 (convoy)"), encircled with the pocket 2019-08-23, left 2020-10-19.
    row(9, "2019-08-22", setUp, nullptr, "");
    row(9, "2019-08-23", encircled, "2019-08-23", "summary-2019-08-23-e03-morek#a5");
    row(9, "2020-10-18", encircled, "2019-08-23", "summary-2019-08-23-e03-morek#a5");
    row(9, "2020-10-19", withdrawn, "2020-10-19", "summary-2020-10-19-e17-morek#a2");
    row(9, "2020-11-30", withdrawn, "2020-10-19", "summary-2020-10-19-e17-morek#a2");
    // Sarman: encircled "in late December 2019"; no withdrawal among the reports.
    row(6, "2019-12-30", setUp, "2018-02-15", "");
    row(6, "2019-12-31", encircled, "2019-12-31", "wikipedia-tmoig-2019-12-late-sarman-post#a1");
    row(6, "2020-11-30", encircled, "2019-12-31", "wikipedia-tmoig-2019-12-late-sarman-post#a1");
    // Rashidin.
    row(10, "2020-01-28", setUp, nullptr, "");
    row(10, "2020-01-29", encircled, "2020-01-29", "wikipedia-tmoig-2020-01-29-rashidin-post#a2");
    // Maar Hattat: built in August 2019, encircled 2020-02-01.
    row(13, "2019-08-30", notYet, nullptr, "");
    row(13, "2019-08-31", setUp, "2019-08-31", "wikipedia-tmoig-2019-08-maar-hattat-post#a2");
    row(13, "2020-02-01", encircled, "2020-02-01", "wikipedia-tmoig-2020-02-01-maar-hattat-post#a2");
    // Saraqib: set up 2020-01-30, inside the town the army encircled on 2020-02-06; the western installation
    // of 2020-02-07 and the lifted siege of three installations on 2020-02-27 leave it encircled.
    row(16, "2020-01-01", notYet, nullptr, "");
    row(16, "2020-01-29", notYet, nullptr, "");
    row(16, "2020-01-30", setUp, "2020-01-30", "wikipedia-tmoig-2020-01-30-saraqib-posts#a5");
    row(16, "2020-02-05", setUp, "2020-01-30", "wikipedia-tmoig-2020-01-30-saraqib-posts#a5");
    row(16, "2020-02-06", encircled, "2020-02-06", "wikipedia-tmoig-2020-02-06-taftanaz-saraqib#a7");
    row(16, "2020-02-10", encircled, "2020-02-06", "wikipedia-tmoig-2020-02-06-taftanaz-saraqib#a7");
    row(16, "2020-03-01", encircled, "2020-02-06", "wikipedia-tmoig-2020-02-06-taftanaz-saraqib#a7");
    // Tell Tuqan, Al-Eis, Shir Maghar.
    row(5, "2020-02-05", encircled, "2020-02-05", "wikipedia-tmoig-2020-02-05-tell-touqan-post#a2");
    row(4, "2020-02-07", setUp, nullptr, "");
    row(4, "2020-02-08", encircled, "2020-02-08", "wikipedia-tmoig-2020-02-08-mastumah-al-eis#a6");
    row(11, "2020-02-25", setUp, nullptr, "");
    row(11, "2020-02-26", encircled, "2020-02-26", "wikipedia-tmoig-2020-02-26-deir-sunbul#a6");
    // Posts of February 2020, set up by the table and a report of the same day.
    row(21, "2020-02-06", notYet, nullptr, "");
    row(21, "2020-02-07", setUp, "2020-02-07", "summary-2020-02-07-e10-saraqib#a4");
    row(22, "2020-02-06", setUp, "2020-02-06", "wikipedia-tmoig-2020-02-06-taftanaz-saraqib#a2");
    row(32, "2020-02-14", notYet, nullptr, "");
    row(32, "2020-02-15", setUp, "2020-02-15", "wikipedia-tmoig-2020-02-15-darat-izza-posts#a2");
    // From the table alone: the first posts (October 2017), a post of "February 2020", and the second Anadan
    // post, dated "2020" only, which counts from the end of 2020.
    row(1, "2019-05-01", setUp, nullptr, "");
    row(17, "2020-02-28", notYet, nullptr, "");
    row(17, "2020-02-29", setUp, nullptr, "");
    row(14, "2020-06-01", notYet, nullptr, "");
}

void TestPostTimeline::bundledHistory()
{
    loadBundled();
    QFETCH(int, post);
    QFETCH(QDate, date);
    QFETCH(QString, state);
    QFETCH(QDate, since);
    QFETCH(QString, cited);
    const PostTimeline timeline(m_posts, m_history);
    const PostStatus status = timeline.statusOf(post, date);
    QCOMPARE(stateName(status), state);
    QCOMPARE(status.since, since);
    QCOMPARE(citedBy(status), cited);
    QCOMPARE(timeline.statesAt(date).size(), 32);
}

void TestPostTimeline::bundledChangeDates()
{
    loadBundled();
    const PostTimeline timeline(m_posts, m_history);
    const QList<QDate> dates = timeline.changeDates();
    QVERIFY(!dates.isEmpty());
    for (qsizetype i = 1; i < dates.size(); ++i)
        QVERIFY2(dates.at(i - 1) < dates.at(i),
                 qPrintable(dates.at(i).toString(Qt::ISODate))); // sorted, unique
    QCOMPARE(dates.first(), day("2017-10-31"));                  // post 1, "2017-10"
    for (const char* d : {"2019-08-23", "2019-12-31", "2020-01-29", "2020-01-30", "2020-02-06", "2020-10-19"})
        QVERIFY2(dates.contains(day(d)), d);
    // Every change date changes some post (a report that changes nothing, like the second encirclement of
    // Morek, is no tick of its own).
    for (const QDate& d : dates) {
        const QHash<int, PostStatus> before = timeline.statesAt(d.addDays(-1));
        const QHash<int, PostStatus> on = timeline.statesAt(d);
        bool changed = false;
        for (auto it = on.cbegin(); it != on.cend(); ++it)
            changed = changed || it->state != before.value(it.key()).state;
        QVERIFY2(changed, qPrintable(d.toString(Qt::ISODate)));
    }
}

QTEST_GUILESS_MAIN(TestPostTimeline)
#include "test_post_timeline.moc"
