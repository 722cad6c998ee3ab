// Writing annotated articles: every bundled article, read, written and read again, is the same article with the
// same anchors; what the writer writes is the documented format (member order, version, geometry), and a save goes
// to the disk whole or not at all.
#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"

#include "bundled_data.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace geo;

namespace {

QStringList bundledArticles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/articles"), {QStringLiteral("*.geojson")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Compares every field of the model, so that a field the writer forgets fails here.
bool sameGeometry(const Geometry& a, const Geometry& b)
{
    return a.kind == b.kind && a.parts == b.parts;
}

void compareAnnotations(const Annotation& a, const Annotation& b)
{
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.kind, a.kind);
    QCOMPARE(b.quote, a.quote);
    QCOMPARE(b.prefix, a.prefix);
    QCOMPARE(b.suffix, a.suffix);
    QCOMPARE(b.start, a.start);
    QCOMPARE(b.end, a.end);
    QCOMPARE(b.anchorStart, a.anchorStart);
    QCOMPARE(b.anchorEnd, a.anchorEnd);
    QCOMPARE(b.entity, a.entity);
    QVERIFY2(sameGeometry(a.geometry, b.geometry), qPrintable(a.id));
    QCOMPARE(b.value, a.value);
    QCOMPARE(b.unit, a.unit);
    QCOMPARE(b.eventDate, a.eventDate);
    QCOMPARE(b.eventDateFrom, a.eventDateFrom);
    QCOMPARE(b.eventDateTo, a.eventDateTo);
    QCOMPARE(b.approximateDate, a.approximateDate);
    QCOMPARE(b.timePrecision, a.timePrecision);
    QCOMPARE(b.dateNote, a.dateNote);
    QCOMPARE(b.subEventType, a.subEventType);
    QCOMPARE(b.place, a.place);
    QCOMPARE(b.controller, a.controller);
    QCOMPARE(b.previousController, a.previousController);
    QCOMPARE(b.claimant, a.claimant);
    QCOMPARE(b.claimStatus, a.claimStatus);
    QCOMPARE(b.geoPrecision, a.geoPrecision);
    QCOMPARE(b.source, a.source);
    QCOMPARE(b.notes, a.notes);
    QCOMPARE(b.origin, a.origin);
    QCOMPARE(b.dateQualifier, a.dateQualifier);
    QCOMPARE(b.claimScope, a.claimScope);
    QCOMPARE(b.areaShare, a.areaShare);
    QCOMPARE(b.claimantActor, a.claimantActor);
    QCOMPARE(b.eventType, a.eventType);
    QCOMPARE(b.effectiveDateText, a.effectiveDateText);
    QCOMPARE(b.effectiveSpan.from, a.effectiveSpan.from);
    QCOMPARE(b.effectiveSpan.to, a.effectiveSpan.to);
    QCOMPARE(b.effectiveSpan.qualifier, a.effectiveSpan.qualifier);
    QCOMPARE(b.road, a.road);
    QCOMPARE(b.widthKm, a.widthKm);
    QCOMPARE(b.fromPlace, a.fromPlace);
    QCOMPARE(b.toPlace, a.toPlace);
    QCOMPARE(b.actors, a.actors);
}

void compareArticles(const Article& a, const Article& b)
{
    QCOMPARE(b.formatVersion, a.formatVersion);
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.publisher, a.publisher);
    QCOMPARE(b.url, a.url);
    QCOMPARE(b.published, a.published);
    QCOMPARE(b.publishedPrecision, a.publishedPrecision);
    QCOMPARE(b.entities.size(), a.entities.size());
    for (qsizetype i = 0; i < a.entities.size(); ++i) {
        const LocalEntity& x = a.entities.at(i);
        const LocalEntity& y = b.entities.at(i);
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.kind, x.kind);
        QCOMPARE(y.names, x.names);
        QCOMPARE(y.point, x.point);
        QCOMPARE(y.source, x.source);
        QCOMPARE(y.notes, x.notes);
    }
    QCOMPARE(b.actors.size(), a.actors.size());
    for (qsizetype i = 0; i < a.actors.size(); ++i) {
        const ArticleActor& x = a.actors.at(i);
        const ArticleActor& y = b.actors.at(i);
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.kind, x.kind);
        QCOMPARE(y.names, x.names);
        QCOMPARE(y.variants, x.variants);
        QCOMPARE(y.role, x.role);
        QCOMPARE(y.controller, x.controller);
        QCOMPARE(y.notes, x.notes);
    }
    QCOMPARE(b.language, a.language);
    QCOMPARE(b.kind, a.kind);
    QCOMPARE(b.text, a.text);
    QCOMPARE(b.licence, a.licence);
    QCOMPARE(b.notes, a.notes);
    QCOMPARE(b.fingerprint, a.fingerprint);
    QCOMPARE(b.annotations.size(), a.annotations.size());
    for (qsizetype i = 0; i < a.annotations.size(); ++i) {
        compareAnnotations(a.annotations.at(i), b.annotations.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

class TestArticleWriter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void documentedLayout();
    void version();
    void geometries_data();
    void geometries();
    void selectorsFromAnchor();
    void saveFailsWhole();

private:
    ArticleReadResult read(const QString& path) const;
    ArticleReadResult readBytes(const QByteArray& bytes, const QString& name) const;

    std::shared_ptr<const EntityCatalog> m_catalog;
    QTemporaryDir m_dir;
};

void TestArticleWriter::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY(m_dir.isValid());
}

ArticleReadResult TestArticleWriter::read(const QString& path) const
{
    const auto catalog = m_catalog;
    return ArticleReader::read(path, [catalog](const QString& id) { return catalog->contains(id); });
}

ArticleReadResult TestArticleWriter::readBytes(const QByteArray& bytes, const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    return read(path);
}

void TestArticleWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = bundledArticles();
    QVERIFY(files.size() >= 40);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file.mid(11))) << file;
}

void TestArticleWriter::roundTrip()
{
    QFETCH(QString, path);
    const ArticleReadResult first = read(path);
    QVERIFY2(first.ok(), qPrintable(first.messages().join('\n')));
    const QString copy = m_dir.filePath(QFileInfo(path).fileName());
    QString error;
    QVERIFY2(saveArticle(*first.article, copy, &error), qPrintable(error));
    const ArticleReadResult second = read(copy);
    QVERIFY2(second.ok(), qPrintable(second.messages().join('\n')));
    compareArticles(*first.article, *second.article);
    if (QTest::currentTestFailed())
        return;
    // Written again, the bytes are the same: nothing drifts from one save to the next.
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(articleToGeoJson(*second.article), f.readAll());
}

// "type" and "frontline" come first, where GDAL looks for them, then the article, then the features; the JSON is
// the article file's, member for member.
void TestArticleWriter::documentedLayout()
{
    const ArticleReadResult r = read(QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson"));
    QVERIFY(r.ok());
    const QByteArray bytes = articleToGeoJson(*r.article);
    QVERIFY2(bytes.startsWith("{\n \"type\": \"FeatureCollection\",\n \"frontline\": \"article/1\",\n \"article\": {"),
             bytes.left(100).constData());
    QVERIFY(bytes.indexOf("\"features\"") > bytes.indexOf("\"text\""));
    QFile original(QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QJsonObject a = QJsonDocument::fromJson(original.readAll()).object();
    const QJsonObject b = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(b.value("article"), a.value("article"));
    QCOMPARE(b.value("features"), a.value("features"));
    // One annotation a line (with its properties on the next), as the bundled files are laid out.
    QCOMPARE(bytes.count("\n  {\"type\": \"Feature\""), qsizetype(r.article->annotations.size()));
}

// The version written: the lowest that holds the article, or the article's own when it is higher.
void TestArticleWriter::version()
{
    const ArticleReadResult r = read(QStringLiteral(":/articles/history/wikipedia-tmoig-2020-03-18-m4.geojson"));
    QVERIFY(r.ok());
    Article article = *r.article;
    QCOMPARE(article.formatVersion, QStringLiteral("article/1"));
    QCOMPARE(minimumFormatVersion(article), QStringLiteral("article/1"));
    QVERIFY(articleToGeoJson(article).contains("\"frontline\": \"article/1\","));

    article.annotations[0].origin = QStringLiteral("suggested");
    QCOMPARE(minimumFormatVersion(article), QStringLiteral("article/1.1"));
    const QByteArray bytes = articleToGeoJson(article);
    QVERIFY(bytes.contains("\"frontline\": \"article/1.1\","));
    QVERIFY(bytes.contains("\"origin\": \"suggested\""));
    const ArticleReadResult back = readBytes(bytes, QStringLiteral("suggested.geojson"));
    QVERIFY2(back.ok(), qPrintable(back.messages().join('\n')));
    QCOMPARE(back.article->annotations.at(0).origin, QStringLiteral("suggested"));
    QCOMPARE(back.article->formatVersion, QStringLiteral("article/1.1"));

    // A 1.1 file stays 1.1; a new article (no version yet) gets the lowest.
    Article plain = *r.article;
    plain.formatVersion = QStringLiteral("article/1.1");
    QVERIFY(articleToGeoJson(plain).contains("\"frontline\": \"article/1.1\","));
    plain.formatVersion.clear();
    QCOMPARE(formatVersionToWrite(plain), QStringLiteral("article/1"));
}

void TestArticleWriter::geometries_data()
{
    QTest::addColumn<QByteArray>("geometry");
    QTest::newRow("point") << QByteArray(R"({"type": "Point", "coordinates": [36.80591, 35.86447]})");
    QTest::newRow("multipoint") << QByteArray(R"({"type": "MultiPoint", "coordinates": [[36.8, 35.8], [36.9, 35.9]]})");
    QTest::newRow("line") << QByteArray(R"({"type": "LineString", "coordinates": [[36.8, 35.8], [36.9, 35.9]]})");
    QTest::newRow("multiline") << QByteArray(
        R"({"type": "MultiLineString", "coordinates": [[[36.8, 35.8], [36.9, 35.9]], [[36.0, 35.0], [36.1, 35.1]]]})");
    QTest::newRow("polygon with a hole") << QByteArray(
        R"({"type": "Polygon", "coordinates": [[[36.0, 35.0], [37.0, 35.0], [37.0, 36.0], [36.0, 35.0]],)"
        R"( [[36.6, 35.2], [36.9, 35.2], [36.9, 35.5], [36.6, 35.2]]]})");
    QTest::newRow("two polygons, one with a hole") << QByteArray(
        R"({"type": "MultiPolygon", "coordinates": [[[[36.0, 35.0], [37.0, 35.0], [37.0, 36.0], [36.0, 35.0]],)"
        R"( [[36.6, 35.2], [36.9, 35.2], [36.9, 35.5], [36.6, 35.2]]], [[[38.0, 35.0], [39.0, 35.0], [39.0, 36.0],)"
        R"( [38.0, 35.0]]]]})");
}

// A geometry read from a file is written as the same GeoJSON geometry (holes stay holes of their polygon).
void TestArticleWriter::geometries()
{
    QFETCH(QByteArray, geometry);
    QFile tpl(QStringLiteral(FRONTLINE_TEST_DATA_DIR "/articles/minimal.geojson"));
    QVERIFY(tpl.open(QIODevice::ReadOnly));
    QByteArray content = tpl.readAll();
    content.replace("\"id\": \"a1\", \"geometry\": null", "\"id\": \"a1\", \"geometry\": " + geometry);
    const ArticleReadResult first = readBytes(content, QStringLiteral("geometry.geojson"));
    QVERIFY2(first.ok(), qPrintable(first.messages().join('\n')));
    QVERIFY(!first.article->annotations.at(0).geometry.isEmpty());
    const QByteArray written = articleToGeoJson(*first.article);
    QCOMPARE(QJsonDocument::fromJson(written).object().value("features").toArray().at(0).toObject().value("geometry"),
             QJsonDocument::fromJson(geometry).object());
    const ArticleReadResult second = readBytes(written, QStringLiteral("geometry-copy.geojson"));
    QVERIFY2(second.ok(), qPrintable(second.messages().join('\n')));
    compareArticles(*first.article, *second.article);
}

// An annotation made from a range of the text (a selection, a suggestion) gets selectors that anchor back to
// that very range, in code points, also past a character outside the BMP.
void TestArticleWriter::selectorsFromAnchor()
{
    const ArticleReadResult r = read(QStringLiteral(":/articles/afp-2020-02-08-saraqeb-scraped.geojson"));
    QVERIFY(r.ok());
    Article article = *r.article;
    article.text.prepend(QString::fromUcs4(U"\U0001F4F0 ")); // a newspaper sign: two UTF-16 units, one code point
    for (Annotation& a : article.annotations) {
        a.anchorStart += 2;
        a.anchorEnd += 2;
        a.quote.clear();
        a.prefix.clear();
        a.suffix.clear();
        setSelectorsFromAnchor(article.text, &a);
        QCOMPARE(a.start, a.anchorStart);
        QVERIFY(a.prefix.toUcs4().size() <= 32);
        QVERIFY(!a.quote.isEmpty());
    }
    QCOMPARE(article.annotations.at(0).prefix.left(3), QString::fromUcs4(U"\U0001F4F0 "));
    const ArticleReadResult back = readBytes(articleToGeoJson(article), QStringLiteral("selected.geojson"));
    QVERIFY2(back.ok(), qPrintable(back.messages().join('\n')));
    for (qsizetype i = 0; i < article.annotations.size(); ++i) {
        QCOMPARE(back.article->annotations.at(i).anchorStart, article.annotations.at(i).anchorStart);
        QCOMPARE(back.article->quotedText(back.article->annotations.at(i)),
                 r.article->quotedText(r.article->annotations.at(i)));
    }

    Annotation orphan;
    orphan.quote = QStringLiteral("kept");
    setSelectorsFromAnchor(article.text, &orphan);
    QCOMPARE(orphan.quote, QStringLiteral("kept"));
    QCOMPARE(orphan.start, qsizetype(-1));
}

// A save that cannot be made says where and why, and leaves an existing file as it was.
void TestArticleWriter::saveFailsWhole()
{
    const ArticleReadResult r = read(QStringLiteral(":/articles/afp-2020-02-08-saraqeb.geojson"));
    QVERIFY(r.ok());
    QString error;
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/article.geojson"));
    QVERIFY(!saveArticle(*r.article, nowhere, &error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));

    const QString existing = m_dir.filePath(QStringLiteral("existing.geojson"));
    QVERIFY(saveArticle(*r.article, existing, &error));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), articleToGeoJson(*r.article));
}

QTEST_GUILESS_MAIN(TestArticleWriter)
#include "test_article_writer.moc"
