// The members format 1.1 adds to annotated articles (docs/article-format.md, "Changes in 1.1"): each read from a
// good file into the model, each refused in a bad file with a message at its line, and none of them accepted in a
// file that declares "article/1".
#include "geo/articles/article_reader.h"

#include "bundled_data.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace geo;

namespace {

const QByteArray kText = "L'armée contrôle Saraqeb, selon la télévision d'Etat. Saraqeb est sur la M5.";

// An article file of format VERSION, with FEATURES (the inside of the "features" array, one per line) and
// TOPLEVEL members (written after "features", each line starting with ",").
QByteArray articleFile(const QByteArray& version, const QByteArray& features, const QByteArray& topLevel = {},
                       const QByteArray& articleExtra = {})
{
    return "{\"type\": \"FeatureCollection\", \"frontline\": \"" + version +
           "\",\n"
           " \"article\": {\"id\": \"test-1-1\", \"title\": \"Saraqeb\", \"publisher\": \"Test\", "
           "\"url\": \"https://example.org/saraqeb\", \"published\": \"2020-02-08\", \"language\": \"fr\", "
           "\"kind\": \"article\"" +
           articleExtra + ", \"text\": \"" + kText + "\"},\n \"features\": [\n" + features + "\n ]" + topLevel +
           "\n}\n";
}

QByteArray placeFeature(const QByteArray& extraProperties)
{
    return "  {\"type\": \"Feature\", \"id\": \"a1\", \"geometry\": null, \"properties\": {\"kind\": \"place\", "
           "\"quote\": \"Saraqeb\", \"prefix\": \"contrôle \", \"entity\": \"saraqib\"" +
           extraProperties + "}}";
}

int lineOf(const QByteArray& content, const QByteArray& marker)
{
    const qsizetype at = content.indexOf(marker);
    return at < 0 ? -1 : int(content.left(at).count('\n')) + 1;
}

} // namespace

class TestArticleFormat11 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void versions_data();
    void versions();
    void origin_data();
    void origin();

private:
    ArticleReadResult read(const QByteArray& content);
    // Checks that CONTENT is refused with one message holding every word of WORDS, on the line of MARKER.
    void expectProblem(const QByteArray& content, const QStringList& words, const QByteArray& marker);

    std::shared_ptr<const EntityCatalog> m_catalog;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestArticleFormat11::initTestCase()
{
    QString error;
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY(m_dir.isValid());
}

ArticleReadResult TestArticleFormat11::read(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("article-%1.geojson").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    const auto catalog = m_catalog;
    return ArticleReader::read(path, [catalog](const QString& id) { return catalog->contains(id); });
}

void TestArticleFormat11::expectProblem(const QByteArray& content, const QStringList& words, const QByteArray& marker)
{
    const ArticleReadResult r = read(content);
    QVERIFY2(!r.ok(), "the file was accepted");
    const int line = lineOf(content, marker);
    QVERIFY2(line > 0, marker.constData());
    for (const QString& m : r.messages()) {
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return m.contains(w); }))
            continue;
        QVERIFY2(
            QRegularExpression(QStringLiteral("^.+/article-\\d+\\.geojson:%1:\\d+: ").arg(line)).match(m).hasMatch(),
            qPrintable(QStringLiteral("expected line %1: %2").arg(line).arg(m)));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no message with %1 in:\n%2").arg(words.join(" + "), r.messages().join('\n'))));
}

void TestArticleFormat11::versions_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1.0") << QByteArray("article/1") << true;
    QTest::newRow("1.1") << QByteArray("article/1.1") << true;
    QTest::newRow("1.0 spelt 1.0") << QByteArray("article/1.0") << false;
    QTest::newRow("1.2") << QByteArray("article/1.2") << false;
}

void TestArticleFormat11::versions()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, accepted);
    const QByteArray content = articleFile(version, placeFeature({}));
    if (!accepted) {
        expectProblem(content, {"unsupported format version", "\"article/1\", \"article/1.1\""}, "\"frontline\"");
        return;
    }
    const ArticleReadResult r = read(content);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->formatVersion, QString::fromLatin1(version));
    QCOMPARE(ArticleReader::formatVersions(), (QStringList{"article/1", "article/1.1"}));
    QCOMPARE(ArticleReader::formatVersion(), QStringLiteral("article/1.1"));
}

void TestArticleFormat11::origin_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("property"); // added to the place annotation
    QTest::addColumn<QString>("origin");      // read; empty with WORDS: refused
    QTest::addColumn<QStringList>("words");

    QTest::newRow("written by a person") << QByteArray("article/1.1") << QByteArray() << QString() << QStringList();
    QTest::newRow("null is absent") << QByteArray("article/1.1") << QByteArray(", \"origin\": null") << QString()
                                    << QStringList();
    QTest::newRow("suggested") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"suggested\"")
                               << QStringLiteral("suggested") << QStringList();
    QTest::newRow("accepted") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"accepted\"")
                              << QStringLiteral("accepted") << QStringList();
    QTest::newRow("unknown origin") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"machine\"") << QString()
                                    << QStringList{"annotation \"a1\"", "unknown origin \"machine\"", "\"suggested\"",
                                                   "\"accepted\""};
    QTest::newRow("case matters") << QByteArray("article/1.1") << QByteArray(", \"origin\": \"Suggested\"") << QString()
                                  << QStringList{"unknown origin \"Suggested\""};
    QTest::newRow("not a string") << QByteArray("article/1.1") << QByteArray(", \"origin\": true") << QString()
                                  << QStringList{"\"origin\" must be a string"};
    QTest::newRow("origin in a 1.0 file")
        << QByteArray("article/1") << QByteArray(", \"origin\": \"suggested\"") << QString()
        << QStringList{"\"origin\" is new in format article/1.1", "\"frontline\": \"article/1.1\""};
}

void TestArticleFormat11::origin()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, property);
    QFETCH(QString, origin);
    QFETCH(QStringList, words);
    const QByteArray content = articleFile(version, placeFeature(property));
    if (!words.isEmpty()) {
        expectProblem(content, words, "\"origin\"");
        return;
    }
    const ArticleReadResult r = read(content);
    QVERIFY2(r.ok(), qPrintable(r.messages().join('\n')));
    QCOMPARE(r.article->annotations.size(), 1);
    QCOMPARE(r.article->annotations.at(0).origin, origin);
}

QTEST_GUILESS_MAIN(TestArticleFormat11)
#include "test_article_format_1_1.moc"
