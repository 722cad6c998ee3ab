// The control states: the timeline as runs with valid_from / valid_to, on a small history built here, then
// on the bundled history of Saraqib.
#include "geo/articles/article_reader.h"
#include "geo/store/bundled_articles.h"
#include "geo/store/control_states.h"
#include "geo/data/place_catalog.h"

#include "bundled_data.h"

#include <QTest>

using namespace geo;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct ClaimSpec {
    const char* id;
    const char* place;
    const char* eventDate;
    Controller controller;
    ClaimStatus status;
    std::optional<Controller> previous = std::nullopt;
};

// An article whose text is the quotes of its claims, each anchored on its own sentence.
Article articleOf(const QString& id, const QString& publisher, const QList<ClaimSpec>& specs)
{
    Article article;
    article.formatVersion = QStringLiteral("article/1");
    article.id = id;
    article.title = id;
    article.publisher = publisher;
    article.published = QDate(2020, 3, 31);
    article.language = QStringLiteral("en");
    for (const ClaimSpec& spec : specs) {
        Annotation a;
        a.id = QString::fromLatin1(spec.id);
        a.kind = AnnotationKind::Claim;
        a.place = QString::fromLatin1(spec.place);
        a.quote = QStringLiteral("%1 held by %2").arg(a.place, controllerName(spec.controller));
        a.eventDate = QString::fromLatin1(spec.eventDate);
        const DateSpan span = parseDateSpan(a.eventDate);
        if (!span.isValid())
            qFatal("bad test date %s", spec.eventDate);
        a.eventDateFrom = span.from;
        a.eventDateTo = span.to;
        a.approximateDate = !span.isSingleDay();
        a.controller = spec.controller;
        a.previousController = spec.previous;
        a.claimant = QStringLiteral("test claimant");
        a.claimStatus = spec.status;
        if (!article.text.isEmpty())
            article.text += QLatin1Char(' ');
        a.anchorStart = article.text.toUcs4().size();
        article.text += a.quote;
        a.anchorEnd = article.text.toUcs4().size();
        article.text += QLatin1Char('.');
        article.annotations.append(a);
    }
    article.fingerprint = Article::fingerprintOf(article.text);
    return article;
}

// A row as one line: "CONTROLLER STATUS FROM..TO ARTICLE#ANNOTATION", TO empty when open-ended.
QString describe(const ControlStateRow& r)
{
    return QStringLiteral("%1 %2 %3..%4 %5#%6")
        .arg(r.controller, r.claimStatus, r.validFrom.toString(Qt::ISODate), r.validTo.toString(Qt::ISODate),
             r.articleId, r.annotationId);
}

QStringList rowsOf(const QVector<ControlStateRow>& rows, const QString& placeId)
{
    QStringList lines;
    for (const ControlStateRow& r : rows) {
        if (r.placeId == placeId)
            lines << describe(r);
    }
    return lines;
}

} // namespace

class TestControlStates : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runsOfASmallHistory();
    void rowsCarryPlaceAndSource();
    void placeWithoutCountingClaimsHasNoRows();
    void emptyTimelineHasNoRows();
    void storeAcceptsTheRows();
    void bundledHistoryOfSaraqib();

private:
    QVector<ControlStateRow> smallHistoryRows() const;
    std::shared_ptr<const EntityCatalog> m_catalog;
};

void TestControlStates::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

// Saraqib: inferred opposition, contested, government (reported twice), opposition, government again;
// Maarat al-Numan: government from the end of an interval; Khan Shaykhun: a claim that does not count.
QVector<ControlStateRow> TestControlStates::smallHistoryRows() const
{
    const auto gov = Controller::Government;
    const auto opp = Controller::Opposition;
    const auto assessed = ClaimStatus::Assessed;
    const auto claimed = ClaimStatus::Claimed;
    const QList<Article> articles{
        articleOf("A", "Press A",
                  {{"1", "saraqib", "2020-02-05", Controller::Contested, claimed, opp},
                   {"2", "saraqib", "2020-02-08", gov, assessed},
                   {"3", "maarat_al_numan", "2020-01-21/2020-01-31", gov, claimed, opp}}),
        articleOf("B", "Press B",
                  {{"1", "saraqib", "2020-02-10", gov, assessed}, // the same run goes on
                   {"2", "saraqib", "2020-02-27", opp, assessed},
                   {"3", "khan_shaykhun", "2019-08-20", Controller::Unknown, claimed, opp}}),
        articleOf("C", "Press C", {{"1", "saraqib", "2020-03-02", gov, assessed}}),
    };
    return controlStateRows(ControlTimeline(articles), *m_catalog);
}

void TestControlStates::runsOfASmallHistory()
{
    const QVector<ControlStateRow> rows = smallHistoryRows();
    // Before its first claim Saraqib is inferred from that claim's previous controller, from the first day of
    // the timeline (31 January); each run ends the day before the next one starts; the last is open-ended.
    QCOMPARE(rowsOf(rows, "saraqib"), (QStringList{
                                          "opposition claimed 2020-01-31..2020-02-04 A#1",
                                          "contested claimed 2020-02-05..2020-02-07 A#1",
                                          "government assessed 2020-02-08..2020-02-26 A#2",
                                          "opposition assessed 2020-02-27..2020-03-01 B#2",
                                          "government assessed 2020-03-02.. C#1",
                                      }));
    // An interval counts from its end.
    QCOMPARE(rowsOf(rows, "maarat_al_numan"), QStringList{"government claimed 2020-01-31.. A#3"});
    // In place order, then date order.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const ControlStateRow& a = rows.at(i - 1);
        const ControlStateRow& b = rows.at(i);
        QVERIFY(a.placeId < b.placeId || (a.placeId == b.placeId && a.validTo.isValid() && a.validTo < b.validFrom));
    }
    // Consecutive runs of a place touch: no gap, no overlap.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i - 1).placeId == rows.at(i).placeId)
            QCOMPARE(rows.at(i - 1).validTo.addDays(1), rows.at(i).validFrom);
    }
}

void TestControlStates::rowsCarryPlaceAndSource()
{
    const QVector<ControlStateRow> rows = smallHistoryRows();
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [](const ControlStateRow& r) {
        return r.placeId == QLatin1String("saraqib") && r.validFrom == day("2020-02-27");
    });
    QVERIFY(it != rows.cend());
    QCOMPARE(it->name, QStringLiteral("Saraqib"));
    QVERIFY(it->lonLat.has_value());
    QCOMPARE(QString::number(it->lonLat->x(), 'f', 5), QStringLiteral("36.80591"));
    QCOMPARE(QString::number(it->lonLat->y(), 'f', 5), QStringLiteral("35.86447"));
    QCOMPARE(it->source, QStringLiteral("Press B, 2020-02-27"));
    const auto maarat = std::find_if(rows.cbegin(), rows.cend(), [](const ControlStateRow& r) {
        return r.placeId == QLatin1String("maarat_al_numan");
    });
    QVERIFY(maarat != rows.cend());
    QCOMPARE(maarat->source, QStringLiteral("Press A, 2020-01-21/2020-01-31")); // the date as written
}

void TestControlStates::placeWithoutCountingClaimsHasNoRows()
{
    const QVector<ControlStateRow> rows = smallHistoryRows();
    // Khan Shaykhun has a claim, but it names no controller; Idlib has none at all.
    QVERIFY(rowsOf(rows, "khan_shaykhun").isEmpty());
    QVERIFY(rowsOf(rows, "idlib").isEmpty());
    QStringList places;
    for (const ControlStateRow& r : rows)
        places << r.placeId;
    places.removeDuplicates();
    QCOMPARE(places, (QStringList{"maarat_al_numan", "saraqib"}));
}

void TestControlStates::emptyTimelineHasNoRows()
{
    QVERIFY(controlStateRows(ControlTimeline(), *m_catalog).isEmpty());
}

// Every row is one the store takes (a place, a start, no end before the start).
void TestControlStates::storeAcceptsTheRows()
{
    for (const ControlStateRow& r : smallHistoryRows()) {
        QVERIFY(!r.placeId.isEmpty());
        QVERIFY(r.validFrom.isValid());
        QVERIFY(!r.validTo.isValid() || r.validTo >= r.validFrom);
        QVERIFY(!r.articleId.isEmpty() && !r.annotationId.isEmpty());
    }
}

// The bundled articles: Saraqib changes hands between the government and the opposition three times (taken
// in February, retaken by the rebels on 27 February, taken again on 2 March), with a contested week between
// the opposition and the first government run.
void TestControlStates::bundledHistoryOfSaraqib()
{
    QList<Article> articles;
    const auto isKnown = [this](const QString& id) { return m_catalog->contains(id); };
    const QStringList paths = bundledArticlePaths();
    QVERIFY(paths.size() > 2);
    for (const QString& path : paths) {
        const ArticleReadResult r = ArticleReader::read(path, isKnown);
        QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
        articles.append(*r.article);
    }
    const QVector<ControlStateRow> rows = controlStateRows(ControlTimeline(articles), *m_catalog);
    QStringList sides;
    QVector<ControlStateRow> saraqib;
    for (const ControlStateRow& r : rows) {
        if (r.placeId != QLatin1String("saraqib"))
            continue;
        saraqib.append(r);
        if ((r.controller == QLatin1String("government") || r.controller == QLatin1String("opposition")) &&
            (sides.isEmpty() || sides.last() != r.controller))
            sides << r.controller;
    }
    QCOMPARE(sides, (QStringList{"opposition", "government", "opposition", "government"}));
    QCOMPARE(sides.size() - 1, 3); // three changes of hands
    QVERIFY(!saraqib.isEmpty());
    QVERIFY(!saraqib.last().validTo.isValid());
    QCOMPARE(saraqib.last().validFrom, day("2020-03-02"));
    QStringList runs;
    for (const ControlStateRow& r : std::as_const(saraqib))
        runs << r.controller + ' ' + r.validFrom.toString(Qt::ISODate);
    QVERIFY2(runs.contains("contested 2020-02-05"), qPrintable(runs.join(", ")));
    QVERIFY2(runs.contains("government 2020-02-06"), qPrintable(runs.join(", ")));
    QVERIFY2(runs.contains("opposition 2020-02-27"), qPrintable(runs.join(", ")));
}

QTEST_GUILESS_MAIN(TestControlStates)
#include "test_control_states.moc"
