// The entity catalog knows every id the bundled articles use, and nothing made up.
#include "geo/articles/article_reader.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/place_catalog.h"

#include "bundled_data.h"

#include <QTest>

using namespace geo;

class TestEntityCatalog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void knownAndUnknown_data();
    void knownAndUnknown();
    void seedArticleEntitiesAreAllKnown();
    void locations();

private:
    std::shared_ptr<const EntityCatalog> m_catalog;
};

void TestEntityCatalog::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestEntityCatalog::knownAndUnknown_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("english");
    QTest::newRow("key town") << "saraqib" << true << "Saraqib";
    QTest::newRow("osm village") << "osm:node/571193060" << true << "";
    QTest::newRow("road") << "road:M5" << true << "M5";
    QTest::newRow("post") << "post:9" << true << "";
    QTest::newRow("governorate") << "area:SY07" << true << "Idleb";
    QTest::newRow("country") << "area:SY" << true << "";
    QTest::newRow("border") << "border:SY-TR" << true << "Syrian-Turkish border";
    QTest::newRow("actor") << "actor:sana" << true << "";
    QTest::newRow("unknown town") << "atlantis" << false << "";
    QTest::newRow("unknown road") << "road:M6" << false << "";
    QTest::newRow("unknown post") << "post:99" << false << "";
    QTest::newRow("unknown actor") << "actor:nobody" << false << "";
    QTest::newRow("case matters") << "Saraqib" << false << "";
}

void TestEntityCatalog::knownAndUnknown()
{
    QFETCH(QString, id);
    QFETCH(bool, known);
    QFETCH(QString, english);
    QCOMPARE(m_catalog->contains(id), known);
    if (!english.isEmpty())
        QCOMPARE(m_catalog->name(id, Language::English), english);
}

void TestEntityCatalog::seedArticleEntitiesAreAllKnown()
{
    const auto check = [this](const QString& id) { return m_catalog->contains(id); };
    for (const char* path :
         {":/articles/afp-2020-02-08-saraqeb.geojson", ":/articles/afp-2020-02-08-saraqeb-scraped.geojson"}) {
        const ArticleReadResult r = ArticleReader::read(QString::fromLatin1(path), check);
        QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    }
}

void TestEntityCatalog::locations()
{
    QCOMPARE(m_catalog->lonLat("saraqib"), std::optional<QPointF>(QPointF(36.80591, 35.86447)));
    QVERIFY(m_catalog->lonLat("post:9").has_value());  // Morek, by proxy
    QVERIFY(!m_catalog->lonLat("post:1").has_value()); // Salwah: not located, never drawn
    QVERIFY(!m_catalog->lonLat("actor:sana").has_value());
    QCOMPARE(m_catalog->name("saraqib", Language::French), QString("Saraqeb"));
    QCOMPARE(m_catalog->name("saraqib", Language::Arabic), QString::fromUtf8("سراقب"));
}

QTEST_GUILESS_MAIN(TestEntityCatalog)
#include "test_entity_catalog.moc"
