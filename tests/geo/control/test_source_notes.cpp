// The source notes under a map (geo::sourceNotesFor): which claim a page cites for each place. An article's own
// sentence comes before a summary that stands for a data set, on the bundled articles (Saraqeb on 8 February 2020)
// and on small hand-made cases.
#include "geo/articles/article_reader.h"
#include "geo/control/control_timeline.h"
#include "geo/control/dated_control.h"

#include "bundled_data.h"

#include <QDir>
#include <QTest>

using namespace geo;

namespace {

// One claim of PLACE, anchored on its own quote, in an article of its own kind.
Article oneClaim(const QString& id, ArticleKind kind, const QString& place, const QString& day, Controller controller,
                 ClaimStatus status, const QString& quote)
{
    Article article;
    article.formatVersion = QStringLiteral("article/1");
    article.id = id;
    article.publisher = kind == ArticleKind::Summary ? QStringLiteral("Frontline data set") : QStringLiteral("AFP");
    article.published = QDate::fromString(day, Qt::ISODate);
    article.language = QStringLiteral("en");
    article.kind = kind;
    article.text = quote + QLatin1Char('.');
    Annotation a;
    a.id = QStringLiteral("a1");
    a.kind = AnnotationKind::Claim;
    a.quote = quote;
    a.anchorStart = 0;
    a.anchorEnd = quote.size();
    a.eventDate = day;
    a.eventDateFrom = a.eventDateTo = article.published;
    a.place = place;
    a.controller = controller;
    a.claimant = QStringLiteral("test source");
    a.claimStatus = status;
    article.annotations = {a};
    article.fingerprint = Article::fingerprintOf(article.text);
    return article;
}

} // namespace

class TestSourceNotes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void anArticleBeforeASummary_data();
    void anArticleBeforeASummary();
    void saraqebOn8February2020_data();
    void saraqebOn8February2020();

private:
    QList<SourceNote> notesOn(const QList<Article>& articles, const QString& day, Language lang) const;
    std::shared_ptr<const EntityCatalog> m_catalog;
};

void TestSourceNotes::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

QList<SourceNote> TestSourceNotes::notesOn(const QList<Article>& articles, const QString& day, Language lang) const
{
    const ControlTimeline timeline(articles);
    const ControlSnapshot snapshot = timeline.snapshotAt(QDate::fromString(day, Qt::ISODate));
    // North-western Syria, around Idleb.
    return sourceNotesFor(timeline, snapshot, articles, *m_catalog, QRectF(QPointF(35.5, 35.0), QPointF(37.5, 36.5)),
                          {}, lang);
}

void TestSourceNotes::anArticleBeforeASummary_data()
{
    QTest::addColumn<QList<Article>>("articles");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("cited");
    const Article summary = oneClaim("S", ArticleKind::Summary, "saraqib", "2020-02-08", Controller::Government,
                                     ClaimStatus::Assessed, "Summary says government");
    const Article article = oneClaim("A", ArticleKind::Article, "saraqib", "2020-02-08", Controller::Government,
                                     ClaimStatus::Claimed, "Article says government");
    const Article earlier = oneClaim("E", ArticleKind::Article, "saraqib", "2020-02-06", Controller::Government,
                                     ClaimStatus::Claimed, "Earlier article says government");
    const Article against = oneClaim("O", ArticleKind::Article, "saraqib", "2020-02-08", Controller::Opposition,
                                     ClaimStatus::Disputed, "Article says opposition");
    QTest::newRow("the summary wins the day, the article agrees: the article")
        << QList<Article>{summary, article} << "2020-02-08"
        << "Article says government";
    QTest::newRow("the summary alone: the summary") << QList<Article>{summary} << "2020-02-08"
                                                    << "Summary says government";
    QTest::newRow("an article winning: the article") << QList<Article>{article, summary} << "2020-02-08"
                                                     << "Article says government";
    QTest::newRow("an article of an earlier day of the run") << QList<Article>{earlier, summary} << "2020-02-09"
                                                             << "Earlier article says government";
    QTest::newRow("an article that disagrees is not cited") << QList<Article>{summary, against} << "2020-02-08"
                                                            << "Summary says government";
}

void TestSourceNotes::anArticleBeforeASummary()
{
    QFETCH(QList<Article>, articles);
    QFETCH(QString, day);
    QFETCH(QString, cited);
    const QList<SourceNote> notes = notesOn(articles, day, Language::English);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().quote, cited + '.');
    QCOMPARE(notes.first().publisher, QString(cited.startsWith("Summary") ? "Frontline data set" : "AFP"));
}

void TestSourceNotes::saraqebOn8February2020_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("claimant");
    QTest::newRow("fr") << Language::French << QString::fromUtf8("télévision d'Etat syrienne");
    QTest::newRow("en") << Language::English << QString("state TV");
}

// The export of 8 February 2020 cited the data set's summary ("Government declares full control of Saraqib") for
// Saraqeb, and not the dispatch the map exists to trace.
void TestSourceNotes::saraqebOn8February2020()
{
    QFETCH(Language, lang);
    QFETCH(QString, claimant);
    QList<Article> articles;
    QStringList files{":/articles/afp-2020-02-08-saraqeb.geojson"};
    for (const QString& name : QDir(":/articles/history").entryList({"*.geojson"}, QDir::Files, QDir::Name))
        files << ":/articles/history/" + name;
    for (const QString& file : std::as_const(files)) {
        const ArticleReadResult read =
            ArticleReader::read(file, [this](const QString& id) { return m_catalog->contains(id); });
        QVERIFY2(read.ok(), qPrintable(read.messages().join('\n')));
        articles.append(*read.article);
    }
    // The data set's summary decides the day (assessed, read first); the dispatch agrees.
    const ControlTimeline timeline(articles);
    const PlaceControl saraqib = timeline.controlOf("saraqib", QDate(2020, 2, 8));
    QCOMPARE(saraqib.articleId, QString("summary-2020-02-08-e09-saraqib"));
    QVERIFY(saraqib.supporting.contains("afp-2020-02-08-saraqeb#a1"));

    const QList<SourceNote> notes = notesOn(articles, "2020-02-08", lang);
    const SourceNote* note = nullptr;
    for (const SourceNote& n : notes) {
        if (n.placeName == m_catalog->name("saraqib", lang))
            note = &n;
    }
    QVERIFY2(note, qPrintable(QString::number(notes.size())));
    QVERIFY2(note->quote.startsWith(QString::fromUtf8("\"Des unités de l'armée contrôlent désormais la totalité de "
                                                      "la ville de Saraqeb\"")),
             qPrintable(note->quote));
    QCOMPARE(note->language, QString("fr"));
    QCOMPARE(note->publisher, QString("AFP"));
    QCOMPARE(note->claimant, claimant);
    QCOMPARE(note->date, QDate(2020, 2, 8));
}

QTEST_GUILESS_MAIN(TestSourceNotes)
#include "test_source_notes.moc"
