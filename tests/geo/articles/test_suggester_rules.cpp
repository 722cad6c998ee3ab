// Rules of the annotation suggester (geo/articles/annotation_suggester.h) written after the held-out texts of
// tests/data/annotate-heldout/: "the town" after an agency's announcement takes the side of the claim made on
// that town before; posts named as a group ("the four Turkish observation posts around the town") are the post
// entry that holds them; nationality adjectives on words of forces or of the state ("Turkish artillery", "le
// gouvernement turc", "غارات سورية أو روسية") are actors; "السورية", "northwestern Syria" are no mention of
// the country; "Idlib" on a noun ("its Idlib posts") is the province. The texts restate facts of the bundled
// history reports; none is a gold or held-out text.
#include "geo/articles/annotation_suggester.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"

#include "bundled_data.h"

#include <QTest>

#include <memory>

using namespace geo;

namespace {

QString describe(const SuggestionResult& r)
{
    QStringList lines;
    for (const Suggestion& s : r.suggestions) {
        const Annotation& a = s.annotation;
        QString line = QStringLiteral("%1 «%2» %3").arg(annotationKindName(a.kind), a.quote, a.entity);
        if (a.kind == AnnotationKind::Claim)
            line +=
                QStringLiteral(" %1 %2 %3 by %4")
                    .arg(a.place, a.controller ? controllerName(*a.controller) : QString(), a.eventDate, a.claimant);
        lines << line;
    }
    return lines.join(u'\n');
}

QList<const Suggestion*> ofKind(const SuggestionResult& r, AnnotationKind kind, const QString& entity = {})
{
    QList<const Suggestion*> out;
    for (const Suggestion& s : r.suggestions)
        if (s.annotation.kind == kind && (entity.isEmpty() || s.annotation.entity == entity))
            out << &s;
    return out;
}

// The suggestion of KIND and ENTITY whose quote is QUOTE, or null.
const Suggestion* find(const SuggestionResult& r, AnnotationKind kind, const QString& entity, const QString& quote)
{
    for (const Suggestion* s : ofKind(r, kind, entity))
        if (s->annotation.quote == quote)
            return s;
    return nullptr;
}

} // namespace

class TestSuggesterRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void townAfterAnAnnouncement_data();
    void townAfterAnAnnouncement();
    void withdrawalLendsNoSide();
    void postsNamedAsAGroup_data();
    void postsNamedAsAGroup();
    void nationalityAdjectives_data();
    void nationalityAdjectives();
    void adjectiveOnOtherWordsIsNoActor();
    void noCountryFalseAlarms_data();
    void noCountryFalseAlarms();
    void idlibOnANounIsTheProvince();

private:
    SuggestionResult suggest(const QString& text, QDate published = QDate(2020, 2, 8))
    {
        return suggestAnnotations({text, {}, published, QStringLiteral("Frontline tests")}, *m_gazetteer, *m_catalog);
    }

    std::shared_ptr<const EntityCatalog> m_catalog;
    std::unique_ptr<Gazetteer> m_gazetteer;
};

void TestSuggesterRules::initTestCase()
{
    QString error;
    const QVector<Place> places = frontline::test::bundledPlaces(&error);
    QVERIFY2(!places.isEmpty(), qPrintable(error));
    m_gazetteer = std::make_unique<Gazetteer>(places);
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestSuggesterRules::townAfterAnAnnouncement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("date");     // the claim the second sentence makes: its day
    QTest::addColumn<QString>("claimant"); // and who makes it
    // summary-2020-02-08-e09-saraqib: state TV on Saturday, SANA on Friday. The agency names no side.
    QTest::newRow("fr") << QStringLiteral("L'armée syrienne contrôle la totalité de Saraqeb, a annoncé samedi la "
                                          "télévision d'Etat. L'agence officielle Sana avait annoncé vendredi la "
                                          "prise de la ville.")
                        << QDate(2020, 2, 8) << QStringLiteral("2020-02-07") << QStringLiteral("SANA");
    QTest::newRow("en") << QStringLiteral("The army now holds all of Saraqib, state TV said on Saturday. SANA had "
                                          "reported the capture of the town on Friday.")
                        << QDate(2020, 2, 8) << QStringLiteral("2020-02-07") << QStringLiteral("SANA");
    QTest::newRow("ar") << QStringLiteral("أعلن التلفزيون الرسمي يوم السبت أن الجيش يسيطر على مدينة سراقب. وكانت "
                                          "وكالة سانا قد أعلنت السيطرة على المدينة يوم الجمعة.")
                        << QDate(2020, 2, 8) << QStringLiteral("2020-02-07") << QStringLiteral("SANA");
    // summary-2020-01-28-e05-maarat-al-numan: "its control of the town", with a possessive pronoun.
    QTest::newRow("ar possessive") << QStringLiteral("دخلت قوات النظام مدينة معرة النعمان يوم الثلاثاء. وأعلن الجيش "
                                                     "يوم الأربعاء سيطرته على المدينة.")
                                   << QDate(2020, 1, 30) << QStringLiteral("2020-01-29")
                                   << QStringLiteral("Frontline tests");
}

void TestSuggesterRules::townAfterAnAnnouncement()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, date);
    QFETCH(QString, claimant);
    const SuggestionResult r = suggest(text, published);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const Suggestion* found = nullptr;
    for (const Suggestion* s : ofKind(r, AnnotationKind::Claim))
        if (s->annotation.eventDate == date)
            found = s;
    QVERIFY2(found, qPrintable(describe(r)));
    const Annotation& a = found->annotation;
    QVERIFY(a.place == QLatin1String("saraqib") || a.place == QLatin1String("maarat_al_numan"));
    QCOMPARE(a.controller, Controller::Government);
    QCOMPARE(a.claimant, claimant);
}

void TestSuggesterRules::withdrawalLendsNoSide()
{
    // summary-2019-08-21-e02-khan-shaykhun: the rebels' withdrawal says who left, not who took the town, so the
    // announcement after it, with no side named, gives no claim for the rebels.
    const SuggestionResult r = suggest(QStringLiteral("Rebels withdrew from Khan Shaykhun on Tuesday. SOHR reported "
                                                      "the capture of the town on Wednesday."),
                                       QDate(2019, 8, 22));
    for (const Suggestion* s : ofKind(r, AnnotationKind::Claim))
        QVERIFY2(s->annotation.controller != Controller::Opposition, qPrintable(describe(r)));
}

void TestSuggesterRules::postsNamedAsAGroup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("event");
    // wikipedia-tmoig-2020-02-06-taftanaz-saraqib and -2020-02-27-saraqeb: the posts around Saraqib (post 16
    // holds the four installations around the town).
    QTest::newRow("en, the town") << QStringLiteral("The Syrian army encircled Saraqib on Thursday. The four Turkish "
                                                    "observation posts around the town are now surrounded.")
                                  << QStringLiteral("four Turkish observation posts around the town")
                                  << QStringLiteral("post encircled");
    QTest::newRow("en, named") << QStringLiteral("Rebels lifted the siege of three of the four observation posts "
                                                 "around Saraqib on Thursday.")
                               << QStringLiteral("three of the four observation posts around Saraqib") << QString();
    QTest::newRow("fr") << QStringLiteral("L'armée syrienne a encerclé jeudi Saraqeb. Les quatre postes d'observation "
                                          "turcs autour de la ville sont désormais encerclés.")
                        << QStringLiteral("quatre postes d'observation turcs autour de la ville")
                        << QStringLiteral("post encircled");
    QTest::newRow("ar") << QStringLiteral("حاصر الجيش السوري مدينة سراقب يوم الخميس. وباتت نقاط المراقبة التركية "
                                          "الأربع المحيطة بالمدينة محاصرة.")
                        << QStringLiteral("نقاط المراقبة التركية الأربع المحيطة بالمدينة")
                        << QStringLiteral("post encircled");
}

void TestSuggesterRules::postsNamedAsAGroup()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, event);
    const SuggestionResult r = suggest(text, QDate(2020, 2, 7));
    const Suggestion* post = find(r, AnnotationKind::Post, QStringLiteral("post:16"), quote);
    QVERIFY2(post, qPrintable(describe(r)));
    QCOMPARE(post->annotation.subEventType, event);
}

void TestSuggesterRules::nationalityAdjectives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("actor");
    // summary-2020-02-27-e13-saraqib, wikipedia-tmoig-2020-02-27-saraqeb, wikipedia-tmoig-2019-08-late-morek.
    const QString en = QStringLiteral("Rebels advanced on Saraqib under the cover of Turkish artillery. At least 33 "
                                      "soldiers were killed by Syrian or Russian air strikes.");
    QTest::newRow("en Turkish artillery") << en << QStringLiteral("Turkish") << QStringLiteral("actor:turkey");
    QTest::newRow("en Syrian or Russian") << en << QStringLiteral("Syrian") << QStringLiteral("actor:syrian-army");
    const QString fr = QStringLiteral("Les rebelles ont avancé sous le couvert de l'artillerie turque. Le "
                                      "gouvernement turc a dit qu'il ne déplacerait pas le poste. Des frappes "
                                      "syriennes ou russes ont tué 33 soldats.");
    QTest::newRow("fr turque") << fr << QStringLiteral("turque") << QStringLiteral("actor:turkey");
    QTest::newRow("fr gouvernement turc") << fr << QStringLiteral("turc") << QStringLiteral("actor:turkey");
    QTest::newRow("fr syriennes ou russes") << fr << QStringLiteral("syriennes") << QStringLiteral("actor:syrian-army");
    const QString ar = QStringLiteral("تقدمت الفصائل نحو سراقب تحت غطاء من المدفعية التركية. وقتل 33 جنديا بغارات "
                                      "سورية أو روسية.");
    QTest::newRow("ar التركية") << ar << QStringLiteral("التركية") << QStringLiteral("actor:turkey");
    QTest::newRow("ar سورية") << ar << QStringLiteral("سورية") << QStringLiteral("actor:syrian-army");
    // The state, not its forces (wikipedia-dmz-2019-08-truces).
    QTest::newRow("en Syrian authorities")
        << QStringLiteral("On 1 August 2019, the Syrian authorities announced a unilateral truce.")
        << QStringLiteral("Syrian") << QStringLiteral("actor:syrian-government");
}

void TestSuggesterRules::nationalityAdjectives()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, actor);
    const SuggestionResult r = suggest(text, QDate(2020, 2, 28));
    QVERIFY2(find(r, AnnotationKind::Actor, actor, quote), qPrintable(describe(r)));
    // An adjective is never taken as the country.
    QVERIFY2(!find(r, AnnotationKind::Area, QStringLiteral("area:SY"), quote), qPrintable(describe(r)));
}

void TestSuggesterRules::adjectiveOnOtherWordsIsNoActor()
{
    // Only forces and the state: "the Syrian conflict", "la province syrienne" name no actor, and the words of a
    // post keep its adjective.
    const SuggestionResult en = suggest(QStringLiteral("The Syrian conflict has displaced millions."));
    QVERIFY2(ofKind(en, AnnotationKind::Actor).isEmpty(), qPrintable(describe(en)));
    const SuggestionResult fr = suggest(QStringLiteral("Les combats continuent dans la province syrienne d'Idleb."));
    QVERIFY2(ofKind(fr, AnnotationKind::Actor).isEmpty(), qPrintable(describe(fr)));
    const SuggestionResult post =
        suggest(QStringLiteral("Le poste d'observation turc de Morek est encerclé depuis hier."), QDate(2019, 8, 24));
    QVERIFY2(ofKind(post, AnnotationKind::Actor, QStringLiteral("actor:turkey")).isEmpty(), qPrintable(describe(post)));
    // An adjective that qualifies forces but names no subject that takes a place leaves the claim to the subject.
    const SuggestionResult claim = suggest(QStringLiteral("استعادت فصائل المعارضة يوم الخميس السيطرة على مدينة "
                                                          "سراقب تحت غطاء من المدفعية التركية."),
                                           QDate(2020, 2, 28));
    const QList<const Suggestion*> claims = ofKind(claim, AnnotationKind::Claim);
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first()->annotation.controller, Controller::Opposition);
}

void TestSuggesterRules::noCountryFalseAlarms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("country"); // whether the text names the country
    // wikipedia-dmz-2020-02-m5: a region of the country, in its three forms.
    QTest::newRow("en region") << QStringLiteral("The Northwestern Syria offensive went on.") << false;
    QTest::newRow("fr region") << QStringLiteral("L'offensive se poursuit dans le nord-ouest de la Syrie.") << false;
    QTest::newRow("ar region") << QStringLiteral("تتواصل المعارك في شمال غرب سوريا.") << false;
    // The agency's name: "Syrian", not Syria.
    QTest::newRow("ar agency") << QStringLiteral("أعلنت الوكالة العربية السورية للأنباء السيطرة على سراقب.") << false;
    // The country itself stays.
    QTest::newRow("fr country") << QStringLiteral("Le conflit en Syrie a fait plus de 380.000 morts.") << true;
    QTest::newRow("ar country") << QStringLiteral("تدخل الحرب في سوريا عامها العاشر.") << true;
}

void TestSuggesterRules::noCountryFalseAlarms()
{
    QFETCH(QString, text);
    QFETCH(bool, country);
    const SuggestionResult r = suggest(text);
    QCOMPARE(!ofKind(r, AnnotationKind::Area, QStringLiteral("area:SY")).isEmpty(), country);
}

void TestSuggesterRules::idlibOnANounIsTheProvince()
{
    // summary-2020-02-07-e10-saraqib: Turkey's posts in Idlib are in the province, not in the city.
    const SuggestionResult posts =
        suggest(QStringLiteral("Turkey reinforced its Idlib posts with about 150 vehicles on Friday."));
    QVERIFY2(find(posts, AnnotationKind::Area, QStringLiteral("area:SY07"), QStringLiteral("Idlib")),
             qPrintable(describe(posts)));
    QVERIFY2(ofKind(posts, AnnotationKind::Place, QStringLiteral("idlib")).isEmpty(), qPrintable(describe(posts)));
    // The city stays the city.
    const SuggestionResult city = suggest(QStringLiteral("Idlib City lies west of Saraqib."));
    QVERIFY2(!ofKind(city, AnnotationKind::Place, QStringLiteral("idlib")).isEmpty(), qPrintable(describe(city)));
}

QTEST_GUILESS_MAIN(TestSuggesterRules)
#include "test_suggester_rules.moc"
