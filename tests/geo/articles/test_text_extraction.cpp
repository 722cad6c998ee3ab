// The text of a dispatch from a .txt file or a saved page (geo/articles/text_extraction.h): the page's words
// without its scripts and styles, nothing loaded, and a clear refusal of what is no article text.
#include "geo/articles/text_extraction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTextExtraction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void pageTextWithoutScripts();
    void pageLoadsNothing();
    void pageEncoding();
    void pageTitle();
    void recognisesPages();
    void plainTextFile();
    void utf16WithByteOrderMark();
    void refusesWhatIsNoText_data();
    void refusesWhatIsNoText();
    void refusesLargeFiles();
    void scriptOfTheText();

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QTemporaryDir m_dir;
};

void TestTextExtraction::pageTextWithoutScripts()
{
    const QByteArray html = "<!DOCTYPE html><html><head><title>Syrie</title>"
                            "<script>var leak = 'SCRIPT-IN-HEAD';</script>"
                            "<style>p { color: red } /* STYLE-TEXT */</style></head><body>"
                            "<script type=\"text/javascript\">document.write('SCRIPT-IN-BODY')</script>"
                            "<noscript>NOSCRIPT-TEXT</noscript>"
                            "<p>L&#39;arm&eacute;e contr&ocirc;le <b>Saraqeb</b>.</p>"
                            "<!-- COMMENT-TEXT -->"
                            "<p>Vendredi,&nbsp;350 v\xC3\xA9hicules<br>ont franchi la fronti\xC3\xA8re.</p>"
                            "<SCRIPT>UPPER-CASE-SCRIPT</SCRIPT><iframe src=\"x\">IFRAME-TEXT</iframe>"
                            "<script>never closed: UNCLOSED-SCRIPT";
    const QString text = geo::plainTextFromHtml(html);
    QCOMPARE(text, QStringLiteral("L'armée contrôle Saraqeb.\n\nVendredi, 350 véhicules\nont franchi la frontière."));
    for (const char* leak : {"SCRIPT", "STYLE", "NOSCRIPT", "COMMENT", "IFRAME", "Syrie"})
        QVERIFY2(!text.contains(QLatin1String(leak)), leak);
}

void TestTextExtraction::pageLoadsNothing()
{
    // A style sheet and an image beside the page, which QTextDocument would read if they reached it.
    const QString css = write(QStringLiteral("page.css"), "p { font-weight: bold }");
    const QString png = write(QStringLiteral("photo.png"), "\x89PNG\r\n\x1a\n");
    QVERIFY(!css.isEmpty() && !png.isEmpty());
    const QByteArray html = "<html><head><link rel=\"stylesheet\" href=\"" + QUrl::fromLocalFile(css).toEncoded() +
                            "\"></head><body background=\"" + png.toUtf8() + "\"><LINK REL=stylesheet HREF=\"" +
                            css.toUtf8() + "\">" + "<p>Texte <img src=\"" + png.toUtf8() +
                            "\" width=10> et <img src=\"https://example.org/x.png\">"
                            "image.</p><div style=\"background-image: url(" +
                            png.toUtf8() +
                            ")\">Fin.</div>"
                            "<table background='" +
                            png.toUtf8() +
                            "'><tr><td>Cellule.</td></tr></table>"
                            "<object data=\"" +
                            png.toUtf8() + "\">OBJECT</object></body></html>";
    int refused = -1;
    const QString text = geo::plainTextFromHtml(html, &refused);
    QCOMPARE(text, QStringLiteral("Texte et image.\n\nFin.\n\nCellule."));
    QCOMPARE(refused, 0);
}

void TestTextExtraction::pageEncoding()
{
    // The page's own charset: Latin-1 bytes for "é".
    const QByteArray latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>arm\xE9"
                              "e</p></body></html>";
    QCOMPARE(geo::plainTextFromHtml(latin1), QStringLiteral("armée"));
    // None said: UTF-8.
    QCOMPARE(geo::plainTextFromHtml("<p>\xD8\xB3\xD8\xB1\xD8\xA7\xD9\x82\xD8\xA8</p>"), QStringLiteral("سراقب"));
}

void TestTextExtraction::pageTitle()
{
    QCOMPARE(geo::htmlTitle("<html><head><title>\n Syrie&nbsp;: l'arm&eacute;e <b>reprend</b> Saraqeb </title>"),
             QStringLiteral("Syrie : l'armée reprend Saraqeb"));
    QCOMPARE(geo::htmlTitle("<p>no title</p>"), QString());
}

void TestTextExtraction::recognisesPages()
{
    QVERIFY(geo::looksLikeHtml("<!DOCTYPE html>\n<html>"));
    QVERIFY(geo::looksLikeHtml("\xEF\xBB\xBF  <html lang=\"fr\">"));
    QVERIFY(geo::looksLikeHtml("<!-- saved from url -->\n<HTML>"));
    QVERIFY(!geo::looksLikeHtml("Des unités de l'armée <contrôlent> Saraqeb"));
    QVERIFY(!geo::looksLikeHtml("The <html> tag is not at the start."));
}

void TestTextExtraction::plainTextFile()
{
    const QString path =
        write(QStringLiteral("dispatch.txt"), "\xEF\xBB\xBF  Ligne un.\r\n\r\nLigne <deux> & trois.\x0B\r\n");
    QString error = QStringLiteral("stale");
    const geo::ArticleText t = geo::readArticleFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!t.fromHtml);
    // Not parsed as HTML; CRLF made LF; a vertical tab (refused by the format) made a space.
    QCOMPARE(t.text, QStringLiteral("Ligne un.\n\nLigne <deux> & trois."));
    QCOMPARE(geo::readArticleText(path, &error), t.text);

    const QString page = write(QStringLiteral("page.htm"), "<title>T</title><p>Un.</p><p>Deux.</p>");
    const geo::ArticleText p = geo::readArticleFile(page, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(p.fromHtml);
    QCOMPARE(p.text, QStringLiteral("Un.\n\nDeux."));
    QCOMPARE(p.title, QStringLiteral("T"));
    // A page saved as .txt is still a page.
    const QString disguised = write(QStringLiteral("page.txt"), "<!doctype html><body><script>x()</script>Mot.</body>");
    QCOMPARE(geo::readArticleText(disguised, &error), QStringLiteral("Mot."));
}

void TestTextExtraction::utf16WithByteOrderMark()
{
    const QString text = QStringLiteral("Saraqeb سراقب");
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    QString error;
    QCOMPARE(geo::readArticleText(write(QStringLiteral("utf16.txt"), bytes), &error), text);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTextExtraction::refusesWhatIsNoText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "empty.txt" << QByteArray() << "the file is empty";
    QTest::newRow("blank") << "blank.txt" << QByteArray(" \r\n\t\n") << "the file is empty";
    QTest::newRow("pdf") << "report.txt" << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << "a PDF document, not text";
    QTest::newRow("docx") << "report.txt" << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << "a ZIP archive";
    QTest::newRow("png") << "photo.html" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "an image";
    QTest::newRow("nul") << "data.txt" << QByteArray("text\0with\0nul", 13) << "a binary file";
    QTest::newRow("controls") << "data.txt" << QByteArray("\x01\x02\x03\x04\x05 abc") << "control characters";
    QTest::newRow("latin1") << "latin1.txt"
                            << QByteArray("L'arm\xE9"
                                          "e contr\xF4le Saraqeb")
                            << "not UTF-8 text";
    QTest::newRow("scripts only") << "page.html"
                                  << QByteArray("<html><head><title>T</title></head><body><script>only()</script>"
                                                "<style>p{}</style></body></html>")
                                  << "the page has no text outside its scripts";
}

void TestTextExtraction::refusesWhatIsNoText()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = write(name, bytes);
    QVERIFY(!path.isEmpty());
    QString error;
    const geo::ArticleText t = geo::readArticleFile(path, &error);
    QVERIFY(t.text.isNull());
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    QVERIFY(geo::readArticleText(m_dir.filePath(QStringLiteral("missing.txt")), &error).isNull());
    QVERIFY2(error.endsWith(QStringLiteral("missing.txt: no such file")), qPrintable(error));
    QVERIFY(geo::readArticleText(m_dir.path(), &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
}

void TestTextExtraction::refusesLargeFiles()
{
    const QByteArray sentence = "Des unités de l'armée contrôlent désormais la ville de Saraqeb. ";
    QByteArray big;
    while (big.size() < 2 * 1024 * 1024)
        big += sentence;
    const QString path = write(QStringLiteral("big.txt"), big);
    QString error;
    QVERIFY(geo::readArticleFile(path, &error, 1024 * 1024).text.isNull());
    QVERIFY2(error.contains(QStringLiteral("2.0 MB, more than the 1.0 MB")), qPrintable(error));
    // Under the file limit but over the text limit: refused by the length of the text.
    QVERIFY(geo::readArticleFile(path, &error).text.isNull());
    QVERIFY2(error.contains(QStringLiteral("more than the 1000000 an article may have")), qPrintable(error));
    QVERIFY(!geo::articleTextProblem(QString(geo::kMaxArticleTextLength + 1, QLatin1Char('a')), geo::Language::French)
                 .isEmpty());
}

void TestTextExtraction::scriptOfTheText()
{
    const QString french = QStringLiteral("Des unités de l'armée contrôlent Saraqeb, selon la TV d'Etat.");
    const QString arabic = QStringLiteral("سيطرت قوات النظام على مدينة سراقب وطريق M5 بعد انسحاب HTS");
    const QString russian = QStringLiteral("Сирийская армия заняла город Саракеб в провинции Идлиб.");
    QCOMPARE(geo::dominantScript(french), QStringLiteral("Latin"));
    QCOMPARE(geo::dominantScript(arabic), QStringLiteral("Arabic"));
    QCOMPARE(geo::dominantScript(russian), QStringLiteral("Cyrillic"));
    QCOMPARE(geo::dominantScript(QStringLiteral("2020 - 350")), QString());

    QVERIFY(geo::articleTextProblem(french, geo::Language::French).isEmpty());
    QVERIFY(geo::articleTextProblem(french, geo::Language::English).isEmpty()); // same script: not told apart here
    QVERIFY(geo::articleTextProblem(arabic, geo::Language::Arabic).isEmpty());  // a few Latin letters are fine
    const QString cyrillic = geo::articleTextProblem(russian, geo::Language::French);
    QVERIFY2(cyrillic.contains(QStringLiteral("Cyrillic letters, not in the Latin script of \"fr\"")),
             qPrintable(cyrillic));
    QVERIFY2(cyrillic.contains(QStringLiteral("French, English and Arabic")), qPrintable(cyrillic));
    const QString wrongLanguage = geo::articleTextProblem(arabic, geo::Language::English);
    QVERIFY2(wrongLanguage.contains(QStringLiteral("annotate it as Arabic (ar)")), qPrintable(wrongLanguage));
    QVERIFY2(geo::articleTextProblem(french, geo::Language::Arabic).contains(QStringLiteral("(fr, en)")),
             qPrintable(geo::articleTextProblem(french, geo::Language::Arabic)));
    QVERIFY(geo::articleTextProblem(QStringLiteral("  \n"), geo::Language::French).contains(QStringLiteral("empty")));
    QVERIFY(geo::articleTextProblem(QStringLiteral("2020-02-08 350"), geo::Language::French)
                .contains(QStringLiteral("no letter")));
}

QTEST_MAIN(TestTextExtraction)
#include "test_text_extraction.moc"
