// Format 1.1 in the panels: the articles panel lists an article's events (each linked to its words) and the
// entities it defines; the identify panel says that a claim about a whole governorate is less precise than a
// town's.
#include "app/gui/articles_panel.h"
#include "app/gui/identify_panel.h"

#include "bundled_data.h"

#include <QTest>
#include <QTextBrowser>

using namespace geo;

class TestEventPanels : public QObject {
    Q_OBJECT
private slots:
    void articlesPanelListsEventsAndEntities();
    void anArticleWithoutEventsListsNone();
    void identifySaysAnAreaClaimIsLessPrecise();
};

namespace {

// The first sentence of resources/articles/history/wikipedia-dmz-2020-03-05-ceasefire.geojson.
const QString kText = QStringLiteral(
    "On 5 March 2020, Russia and Turkey came to a new cease-fire agreement, which included joint Russian and "
    "Turkish patrols of a 12 km wide corridor alongside the M4 Motorway that runs through Idlib to Latakia.");

Annotation anchored(const QString& id, const QString& quote)
{
    Annotation a;
    a.id = id;
    a.quote = quote;
    a.anchorStart = kText.indexOf(quote);
    a.anchorEnd = a.anchorStart + quote.size();
    return a;
}

Article ceasefireArticle()
{
    Article article;
    article.id = QStringLiteral("test-ceasefire");
    article.title = QStringLiteral("Ceasefire");
    article.language = QStringLiteral("en");
    article.published = QDate(2023, 8, 5);
    article.text = kText;
    Annotation corridor =
        anchored(QStringLiteral("e2"), QStringLiteral("12 km wide corridor alongside the M4 Motorway"));
    corridor.kind = AnnotationKind::Event;
    corridor.eventType = QStringLiteral("Strategic developments");
    corridor.subEventType = QStringLiteral("Security corridor");
    corridor.eventDate = QStringLiteral("2020-03-05");
    corridor.road = QStringLiteral("road:M4");
    corridor.widthKm = 12;
    article.annotations.append(corridor);
    LocalEntity moscow;
    moscow.id = QStringLiteral("local:protocol");
    moscow.kind = EntityKind::Other;
    moscow.names.insert(QStringLiteral("en"), QStringLiteral("cease-fire agreement"));
    article.entities.append(moscow);
    return article;
}

} // namespace

void TestEventPanels::articlesPanelListsEventsAndEntities()
{
    ArticlesPanel panel;
    panel.setArticles({ceasefireArticle()});
    panel.showArticle(QStringLiteral("test-ceasefire"));
    const QString text = panel.reader()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Security corridor")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("road:M4")));
    QVERIFY(text.contains(QStringLiteral("12 km wide")));
    QVERIFY(text.contains(QStringLiteral("on 2020-03-05")));
    QVERIFY(text.contains(QStringLiteral("cease-fire agreement")));
    QVERIFY(text.contains(QStringLiteral("not drawn"))); // the entity has no point
    // The event is a link to its words, as the highlights are.
    const QString link = ArticlesPanel::annotationLink(QStringLiteral("test-ceasefire"), QStringLiteral("e2"));
    QVERIFY(panel.reader()->toHtml().contains(link.toHtmlEscaped()) || panel.reader()->toHtml().contains(link));
}

void TestEventPanels::anArticleWithoutEventsListsNone()
{
    Article article = ceasefireArticle();
    article.annotations.clear();
    article.entities.clear();
    QVERIFY(ArticlesPanel::eventsHtml(article).isEmpty());
    QVERIFY(ArticlesPanel::entitiesHtml(article).isEmpty());
    QVERIFY(!ArticlesPanel::eventsHtml(ceasefireArticle()).isEmpty());
}

void TestEventPanels::identifySaysAnAreaClaimIsLessPrecise()
{
    QString error;
    const auto data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(data, qPrintable(error));
    const auto governorates = data->layerOf(LayerRole::Governorates);
    QVERIFY(governorates);
    int idleb = -1;
    for (int i = 0; i < governorates->features.size(); ++i)
        if (governorates->features[i].attributes.value(QStringLiteral("ADM1_PCODE")).toString() ==
            QLatin1String("SY07"))
            idleb = i;
    QVERIFY(idleb >= 0);
    PickedFeature picked(governorates, idleb);
    AreaClaim claim;
    claim.articleId = QStringLiteral("afp");
    claim.annotationId = QStringLiteral("c");
    claim.pcode = QStringLiteral("SY07");
    claim.controller = Controller::Hts;
    claim.date = QDate(2020, 2, 8);
    claim.claimant = QStringLiteral("AFP");
    claim.quote = QStringLiteral("Plus de la moitié de cette province");
    picked.areaClaims = {claim};
    IdentifyPanel panel;
    panel.showFeature(picked);
    const QString text = panel.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("whole governorate (P-code SY07)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Lower precision")));
    QVERIFY(text.contains(QStringLiteral("Hayat Tahrir al-Sham (HTS)")));
    QVERIFY(text.contains(QStringLiteral("2020-02-08")));
    // Without an area claim under the click, no such block.
    picked.areaClaims.clear();
    panel.showFeature(picked);
    QVERIFY(!panel.toPlainText().contains(QStringLiteral("Lower precision")));
}

QTEST_MAIN(TestEventPanels)
#include "test_event_panels.moc"
