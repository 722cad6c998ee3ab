// frontline-cli annotate, run as a user runs it: a dispatch's suggested annotations written as an article that
// validate accepts, --score against annotated articles, and every kind of bad input refused with a message that
// names the file and what to do, the right exit code and no file half-written.
#include "cli_runner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using frontline::test::CliRun;

namespace {

const QString kSeed = QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/afp-2020-02-08-saraqeb.geojson");
const QString kSaraqibRetaken =
    QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/articles/history/summary-2020-03-02-e14-saraqib.geojson");

// Exit codes of app/cli/exit_code.h.
constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kBadInput = 2;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// The row of KIND in the score table that follows the line starting with HEADING: gold, suggested, hits.
QList<int> scoreRow(const QString& output, const QString& heading, const QString& kind)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    bool inside = false;
    for (const QString& line : lines) {
        if (line.startsWith(heading)) {
            inside = true;
            continue;
        }
        if (!inside)
            continue;
        if (!line.startsWith(QLatin1Char(' ')))
            break;
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        if (cells.size() == 6 && cells.first() == kind)
            return {cells.at(1).toInt(), cells.at(2).toInt(), cells.at(3).toInt()};
    }
    return {};
}

} // namespace

class TestCliAnnotate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void suggestedArticleValidates();
    void pageWithScripts();
    void languageDetectedWhenNotGiven();
    void scorePerKind();
    void scoreSeveralArticles();
    void scoreRefusesBrokenGold();
    void badArguments_data();
    void badArguments();
    void badText_data();
    void badText();
    void hugeTextIsRefusedQuickly();
    void failureLeavesOutputAsItWas();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList annotate(const QString& text, const QString& out) const
    {
        return {"annotate", text, "--lang", "fr", "--published", "2020-02-08", "--publisher", "AFP", "--out", out};
    }

    QTemporaryDir m_dir;
    frontline::test::CliRunner m_cli{QStringLiteral(FRONTLINE_CLI), m_dir.filePath("data-home")};
    QString m_seedText; // the seed dispatch's text, as a .txt file
};

void TestCliAnnotate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath("data-home")));
    const QString text = readJson(kSeed).value("article").toObject().value("text").toString();
    QVERIFY(text.contains("Saraqeb"));
    m_seedText = path("seed.txt");
    QVERIFY(writeFile(m_seedText, text.toUtf8()));
}

void TestCliAnnotate::suggestedArticleValidates()
{
    const QString out = path("seed-suggested.geojson");
    const CliRun r = m_cli.run(annotate(m_seedText, out) << "--url"
                                                         << "https://example.org/depeche"
                                                         << "--title"
                                                         << "Saraqeb");
    QVERIFY2(r.exitCode == kOk, qPrintable(r.err));
    QVERIFY2(r.err.contains("suggested annotations") && r.err.contains("check them before importing"),
             qPrintable(r.err));

    const CliRun v = m_cli.run({"validate", out});
    QVERIFY2(v.exitCode == kOk, qPrintable(v.out + v.err));

    const QJsonObject doc = readJson(out);
    const QJsonObject article = doc.value("article").toObject();
    QCOMPARE(article.value("id").toString(), QStringLiteral("afp-2020-02-08-seed"));
    QCOMPARE(article.value("title").toString(), QStringLiteral("Saraqeb"));
    QCOMPARE(article.value("publisher").toString(), QStringLiteral("AFP"));
    QCOMPARE(article.value("url").toString(), QStringLiteral("https://example.org/depeche"));
    QCOMPARE(article.value("published").toString(), QStringLiteral("2020-02-08"));
    QCOMPARE(article.value("language").toString(), QStringLiteral("fr"));
    QCOMPARE(article.value("text").toString(), QString::fromUtf8(readAll(m_seedText)));
    QVERIFY(article.value("notes").toString().contains("none was checked by a person"));
    // Every annotation is marked suggested and says why; among them the town the dispatch is about.
    const QJsonArray features = doc.value("features").toArray();
    QVERIFY(features.size() > 10);
    bool saraqeb = false, claim = false;
    for (const QJsonValue& f : features) {
        const QJsonObject p = f.toObject().value("properties").toObject();
        QCOMPARE(p.value("origin").toString(), QStringLiteral("suggested"));
        QVERIFY2(p.value("notes").toString().contains("suggested: "), qPrintable(p.value("notes").toString()));
        saraqeb |= p.value("kind") == "place" && p.value("entity") == "saraqib";
        claim |= p.value("kind") == "claim" && p.value("place") == "saraqib";
    }
    QVERIFY(saraqeb);
    QVERIFY(claim);

    // Standard output when --out is not given: the same article.
    QStringList args = annotate(m_seedText, QString());
    args.removeLast();
    args.removeLast();
    const CliRun s = m_cli.run(args);
    QCOMPARE(s.exitCode, kOk);
    QCOMPARE(QJsonDocument::fromJson(s.out.toUtf8()).object().value("features").toArray().size(), features.size());
}

void TestCliAnnotate::pageWithScripts()
{
    const QString seed = QString::fromUtf8(readAll(m_seedText));
    QString body;
    for (const QString& paragraph : seed.split("\n\n"))
        body += "<p>" + paragraph.toHtmlEscaped() + "</p>\n";
    const QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Syrie : l'armée contrôle "
                            "Saraqeb</title><script>var town = 'Alep SCRIPTWORD';</script>"
                            "<link rel=\"stylesheet\" href=\"/etc/page.css\"></head><body>"
                            "<script>document.write('Lattaquié SCRIPTWORD')</script>" +
                            body.toUtf8() + "<style>p{}/* STYLEWORD Damas */</style></body></html>";
    const QString html = path("page.html");
    QVERIFY(writeFile(html, page));
    const QString out = path("page.geojson");
    const CliRun r = m_cli.run(annotate(html, out));
    QVERIFY2(r.exitCode == kOk, qPrintable(r.err));
    QCOMPARE(m_cli.run({"validate", out}).exitCode, kOk);
    const QJsonObject article = readJson(out).value("article").toObject();
    const QString text = article.value("text").toString();
    QVERIFY(!text.contains("SCRIPTWORD"));
    QVERIFY(!text.contains("STYLEWORD"));
    QVERIFY(!text.contains("<p>"));
    QCOMPARE(text, seed);
    QCOMPARE(article.value("title").toString(), QStringLiteral("Syrie : l'armée contrôle Saraqeb"));
    // No suggestion points into the scripts' words: they are not in the text at all.
    for (const QJsonValue& f : readJson(out).value("features").toArray())
        QVERIFY(!f.toObject().value("properties").toObject().value("quote").toString().contains("SCRIPT"));
}

void TestCliAnnotate::languageDetectedWhenNotGiven()
{
    const QString arabic = path("arabic.txt");
    QVERIFY(writeFile(arabic, QStringLiteral("أعلن التلفزيون السوري الرسمي يوم السبت أن الجيش يسيطر بالكامل على "
                                             "مدينة سراقب في محافظة إدلب.")
                                  .toUtf8()));
    const QString out = path("arabic.geojson");
    const CliRun r = m_cli.run({"annotate", arabic, "--published", "2020-02-08", "--publisher", "Test", "--out", out});
    QVERIFY2(r.exitCode == kOk, qPrintable(r.err));
    QVERIFY2(r.err.contains("language ar (detected"), qPrintable(r.err));
    QCOMPARE(readJson(out).value("article").toObject().value("language").toString(), QStringLiteral("ar"));
    QCOMPARE(m_cli.run({"validate", out}).exitCode, kOk);
}

void TestCliAnnotate::scorePerKind()
{
    const CliRun r = m_cli.run({"annotate", "--score", kSeed});
    QVERIFY2(r.exitCode == kOk, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(kSeed + " (fr, "), qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression("kind +gold +suggested +hits +precision +recall")));

    // The gold column is the article's own count of each kind.
    QHash<QString, int> goldCounts;
    const QJsonArray features = readJson(kSeed).value("features").toArray();
    for (const QJsonValue& f : features)
        ++goldCounts[f.toObject().value("properties").toObject().value("kind").toString()];
    for (auto it = goldCounts.cbegin(); it != goldCounts.cend(); ++it) {
        const QList<int> row = scoreRow(r.out, kSeed, it.key());
        QVERIFY2(row.size() == 3, qPrintable(it.key() + "\n" + r.out));
        QCOMPARE(row.at(0), it.value());
        QVERIFY(row.at(2) <= std::min(row.at(0), row.at(1)));
    }
    QCOMPARE(scoreRow(r.out, kSeed, "all").value(0), int(features.size()));
    const QList<int> places = scoreRow(r.out, kSeed, "place");
    QVERIFY2(places.value(2) > 0, qPrintable(r.out));

    // The same gold with its first Saraqeb pointed at another town: exactly one place hit fewer.
    QJsonObject doc = readJson(kSeed);
    QJsonArray changed = doc.value("features").toArray();
    for (qsizetype i = 0; i < changed.size(); ++i) {
        QJsonObject f = changed.at(i).toObject();
        QJsonObject p = f.value("properties").toObject();
        if (p.value("kind") == "place" && p.value("entity") == "saraqib") {
            p.insert("entity", "damascus");
            f.insert("properties", p);
            changed.replace(i, f);
            break;
        }
    }
    doc.insert("features", changed);
    const QString wrong = path("seed-wrong-place.geojson");
    QVERIFY(writeFile(wrong, QJsonDocument(doc).toJson()));
    const CliRun w = m_cli.run({"annotate", "--score", "--details", wrong});
    QVERIFY2(w.exitCode == kOk, qPrintable(w.err));
    const QList<int> wrongPlaces = scoreRow(w.out, wrong, "place");
    QCOMPARE(wrongPlaces.value(0), places.value(0));
    QCOMPARE(wrongPlaces.value(2), places.value(2) - 1);
    // --details names the gold annotation missed and the suggestion left over.
    QVERIFY2(w.out.contains("missed     place damascus «Saraqeb»"), qPrintable(w.out));
    QVERIFY2(w.out.contains("not in gold place saraqib «Saraqeb»"), qPrintable(w.out));
}

void TestCliAnnotate::scoreSeveralArticles()
{
    const CliRun r = m_cli.run({"annotate", "--score", kSeed, kSaraqibRetaken});
    QVERIFY2(r.exitCode == kOk, qPrintable(r.err));
    QVERIFY(r.out.contains(kSaraqibRetaken + " (en, "));
    QVERIFY2(r.out.contains("total fr (1 article)") && r.out.contains("total en (1 article)"), qPrintable(r.out));
    QVERIFY(r.out.contains("total (2 articles)"));
    // The total is the sum of the files.
    const QList<int> fr = scoreRow(r.out, kSeed, "all");
    const QList<int> en = scoreRow(r.out, kSaraqibRetaken, "all");
    const QList<int> all = scoreRow(r.out, "total (2 articles)", "all");
    QCOMPARE(all.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(all.at(i), fr.at(i) + en.at(i));
    QCOMPARE(scoreRow(r.out, "total fr", "all"), fr);
}

void TestCliAnnotate::scoreRefusesBrokenGold()
{
    const QString broken = path("broken.geojson");
    QVERIFY(writeFile(broken, "{\"type\": \"FeatureCollection\"}"));
    const CliRun r = m_cli.run({"annotate", "--score", kSeed, broken});
    QCOMPARE(r.exitCode, kFailure);
    QVERIFY(r.out.contains(kSeed + " (fr, ")); // the good one is still scored
    QVERIFY2(r.err.contains(broken + ": not scored; correct the article"), qPrintable(r.err));
    QVERIFY(r.err.contains("1 of 2 articles not scored"));

    const CliRun none = m_cli.run({"annotate", "--score"});
    QCOMPARE(none.exitCode, kBadInput);
    QVERIFY2(none.err.contains("--score needs one or more annotated articles"), qPrintable(none.err));
    const CliRun mixed = m_cli.run({"annotate", "--score", kSeed, "--lang", "fr"});
    QCOMPARE(mixed.exitCode, kBadInput);
    QVERIFY2(mixed.err.contains("--lang does not go with --score"), qPrintable(mixed.err));
}

void TestCliAnnotate::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString seed = m_dir.filePath("seed.txt");
    const QString out = m_dir.filePath("never.geojson");
    QTest::newRow("no text") << QStringList{"annotate"} << "give the text to annotate";
    QTest::newRow("missing published") << QStringList{"annotate",    seed,  "--lang", "fr",
                                                      "--publisher", "AFP", "--out",  out}
                                       << "give --published YYYY-MM-DD, the day " + seed + " was published";
    QTest::newRow("bad published") << QStringList{"annotate",   seed,          "--lang", "fr",    "--published",
                                                  "08/02/2020", "--publisher", "AFP",    "--out", out}
                                   << "--published \"08/02/2020\": expected the day of publication as YYYY-MM-DD";
    QTest::newRow("no such day") << QStringList{"annotate",   seed,          "--lang", "fr",    "--published",
                                                "2020-02-30", "--publisher", "AFP",    "--out", out}
                                 << "--published \"2020-02-30\"";
    QTest::newRow("unknown lang") << QStringList{"annotate",   seed,          "--lang", "de",    "--published",
                                                 "2020-02-08", "--publisher", "AFP",    "--out", out}
                                  << "--lang language \"de\": expected fr, en or ar";
    QTest::newRow("missing publisher") << QStringList{"annotate",    seed,         "--lang", "fr",
                                                      "--published", "2020-02-08", "--out",  out}
                                       << "give --publisher NAME";
    QTest::newRow("bad url") << QStringList{"annotate",    seed,  "--lang", "fr",          "--published", "2020-02-08",
                                            "--publisher", "AFP", "--url",  "www.afp.com", "--out",       out}
                             << "--url \"www.afp.com\": expected the http(s) address";
    QTest::newRow("missing file") << QStringList{"annotate",    m_dir.filePath("nowhere.txt"),
                                                 "--lang",      "fr",
                                                 "--published", "2020-02-08",
                                                 "--publisher", "AFP",
                                                 "--out",       out}
                                  << m_dir.filePath("nowhere.txt") + ": no such file";
    QTest::newRow("two texts") << QStringList{"annotate", seed, seed, "--published", "2020-02-08", "--publisher", "AFP"}
                               << "one text at a time";
    QTest::newRow("details without score")
        << QStringList{"annotate", seed, "--details"} << "--details goes with --score";
}

void TestCliAnnotate::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun r = m_cli.run(args);
    QCOMPARE(r.exitCode, kBadInput);
    QVERIFY2(r.err.contains("frontline-cli annotate: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path("never.geojson")));
}

void TestCliAnnotate::badText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "empty.txt" << QByteArray() << "fr"
                           << "the file is empty; give a file with the article's text";
    QTest::newRow("blank") << "blank.txt" << QByteArray("\n \n") << "fr"
                           << "the file is empty";
    QTest::newRow("binary") << "photo.txt" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << "fr"
                            << "an image, not text; copy the article's text into a .txt file";
    QTest::newRow("pdf") << "report.html" << QByteArray("%PDF-1.4\n1 0 obj\n") << "en"
                         << "a PDF document, not text";
    QTest::newRow("not utf-8") << "latin1.txt"
                               << QByteArray("L'arm\xE9"
                                             "e contr\xF4le Saraqeb.")
                               << "fr"
                               << "not UTF-8 text";
    QTest::newRow("cyrillic") << "russian.txt"
                              << QStringLiteral("Сирийская армия заняла город Саракеб в провинции Идлиб.").toUtf8()
                              << "fr"
                              << "the text is written mostly in Cyrillic letters, not in the Latin script of \"fr\"";
    QTest::newRow("arabic as english") << "arabic.txt" << QStringLiteral("سيطرت قوات النظام على مدينة سراقب.").toUtf8()
                                       << "en"
                                       << "annotate it as Arabic (ar)";
    QTest::newRow("script only page") << "scripts.html"
                                      << QByteArray("<html><body><script>alert('Saraqeb')</script></body></html>")
                                      << "fr"
                                      << "the page has no text outside its scripts";
    QTest::newRow("digits only") << "digits.txt" << QByteArray("2020-02-08 350 586.000") << "fr"
                                 << "no letter";
}

void TestCliAnnotate::badText()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const QString file = path(name);
    QVERIFY(writeFile(file, bytes));
    const QString out = path("bad-" + name + ".geojson");
    const CliRun r =
        m_cli.run({"annotate", file, "--lang", lang, "--published", "2020-02-08", "--publisher", "AFP", "--out", out});
    QCOMPARE(r.exitCode, kFailure);
    QVERIFY2(r.err.contains("frontline-cli annotate: " + file + ": "), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliAnnotate::hugeTextIsRefusedQuickly()
{
    // 10 MB of real words: refused at once with the limit said, not worked on for minutes.
    const QByteArray seed = readAll(m_seedText) + "\n\n";
    QByteArray huge;
    huge.reserve(10 * 1024 * 1024 + seed.size());
    while (huge.size() < 10 * 1024 * 1024)
        huge += seed;
    const QString file = path("huge.txt");
    QVERIFY(writeFile(file, huge));
    QElapsedTimer timer;
    timer.start();
    const CliRun r = m_cli.run(annotate(file, path("huge.geojson")));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.exitCode, kFailure);
    QVERIFY2(r.err.contains(file + ": 10.0 MB, more than the 8.0 MB an article's file may have"), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("huge.geojson")));

    // Under the file limit, over the text limit (about 100 pages): refused by its length.
    const QString long1 = path("long.txt");
    QVERIFY(writeFile(long1, huge.left(2 * 1024 * 1024)));
    const CliRun l = m_cli.run(annotate(long1, path("long.geojson")));
    QCOMPARE(l.exitCode, kFailure);
    QVERIFY2(l.err.contains("more than the 300000 an article may have"), qPrintable(l.err));
}

void TestCliAnnotate::failureLeavesOutputAsItWas()
{
    const QString out = path("kept.geojson");
    QVERIFY(writeFile(out, "the earlier file"));
    const QString binary = path("binary.txt");
    QVERIFY(writeFile(binary, QByteArray("abc\0def\0ghi", 11)));
    QCOMPARE(m_cli.run(annotate(binary, out)).exitCode, kFailure);
    QCOMPARE(readAll(out), QByteArray("the earlier file"));
    // A folder as --out: refused before anything is read.
    const CliRun folder = m_cli.run(annotate(m_seedText, m_dir.path()));
    QCOMPARE(folder.exitCode, kBadInput);
    QVERIFY2(folder.err.contains("nothing written"), qPrintable(folder.err));
    // No temporary left beside the target.
    const QStringList left =
        QDir(m_dir.path()).entryList(QStringList{"kept.geojson*", ".kept.geojson*"}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{"kept.geojson"});
}

QTEST_GUILESS_MAIN(TestCliAnnotate)
#include "test_cli_annotate.moc"
