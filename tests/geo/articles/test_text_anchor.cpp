// Anchoring quotes in a text: the position fast path, whitespace-insensitive search across re-flowed and
// run-together forms, prefix/suffix disambiguation, orphans, and offsets in Unicode code points.
#include "geo/articles/text_anchor.h"

#include <QRegularExpression>
#include <QTest>

using namespace geo;

namespace {

// Two deliveries of the same sentences: in paragraphs, and run together with spaces lost between sentences.
const QString kParagraphs = QString::fromUtf8(
    "Saraqeb se trouve à la jonction de deux autoroutes clés, M5 et M4, que le régime cherche à reconquérir "
    "en vue de ressusciter une économie ravagée par près de neuf ans de guerre.\n\n"
    "La voie M5 relie Alep, deuxième plus grande ville du pays, à la capitale Damas, tandis que la M4 relie "
    "Alep à la ville côtière de Lattaquié, fief du régime.\n\n"
    "Fin janvier, les forces du régime avaient déjà reconquis la ville clé de Maaret al-Noomane, également "
    "traversée par la M5.");
const QString kRunTogether = QString::fromUtf8(
    "Saraqeb se trouve à la jonction de deux autoroutes clés, M5 et M4, que le régime cherche à reconquérir "
    "en vue de ressusciter une économie ravagée par près de neuf ans de guerre.La voie M5 relie Alep, "
    "deuxième "
    "plus grande ville du pays, à la capitale Damas, tandis que la M4 relie Alep à la ville côtière de "
    "Lattaquié, fief du régime. Fin janvier, les forces du régime avaient déjà reconquis la ville clé de "
    "Maaret "
    "al-Noomane, également traversée par la M5.");

// Code-point offset of the Nth occurrence of NEEDLE (exact) in HAYSTACK, computed independently of
// TextAnchor.
qsizetype codePointIndex(const QString& haystack, const QString& needle, int nth = 0)
{
    qsizetype from = -1;
    for (int i = 0; i <= nth; ++i)
        from = haystack.indexOf(needle, from + 1);
    return from < 0 ? -1 : haystack.left(from).toUcs4().size();
}

} // namespace

class TestTextAnchor : public QObject {
    Q_OBJECT
private slots:
    void anchors_data();
    void anchors();
    void orphans_data();
    void orphans();
    void bothFormsGiveTheSameWords();
    void codePointsNotUtf16();
    void selectorRoundTrip();
    void largeText();
};

void TestTextAnchor::anchors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<qsizetype>("givenStart");
    QTest::addColumn<qsizetype>("givenEnd");
    QTest::addColumn<qsizetype>("start"); // expected, code points
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<bool>("byPosition");

    const QString p = kParagraphs;
    const QString r = kRunTogether;
    auto at = [](const QString& t, const QString& q, int nth = 0) { return codePointIndex(t, q, nth); };
    const QString lattaquie = QString::fromUtf8("Lattaquié");

    QTest::newRow("exact, single occurrence") << p << lattaquie << QString() << QString() << qsizetype(-1)
                                              << qsizetype(-1) << at(p, lattaquie) << at(p, lattaquie) + 9 << false;
    QTest::newRow("position fast path picks the given one of three")
        << p << "M5" << QString() << QString() << at(p, "M5", 1) << at(p, "M5", 1) + 2 << at(p, "M5", 1)
        << at(p, "M5", 1) + 2 << true;
    QTest::newRow("stale position falls back to the search")
        << p << lattaquie << QString() << QString() << qsizetype(3) << qsizetype(12) << at(p, lattaquie)
        << at(p, lattaquie) + 9 << false;
    QTest::newRow("position out of range falls back to the search")
        << p << lattaquie << QString() << QString() << qsizetype(100000) << qsizetype(100009) << at(p, lattaquie)
        << at(p, lattaquie) + 9 << false;
    QTest::newRow("quote across a paragraph break, in the run-together form")
        << r << "guerre.\n\nLa voie" << QString() << QString() << qsizetype(-1) << qsizetype(-1)
        << at(r, "guerre.La voie") << at(r, "guerre.La voie") + 14 << false;
    QTest::newRow("run-together quote, in the paragraph form")
        << p << "guerre.La voie" << QString() << QString() << qsizetype(-1) << qsizetype(-1) << at(p, "guerre.")
        << at(p, "La voie") + 7 << false;
    QTest::newRow("prefix picks the second M5")
        << p << "M5"
        << "La voie " << QString() << qsizetype(-1) << qsizetype(-1) << at(p, "M5", 1) << at(p, "M5", 1) + 2 << false;
    QTest::newRow("suffix picks the last M5") << p << "M5" << QString() << "." << qsizetype(-1) << qsizetype(-1)
                                              << at(p, "M5", 2) << at(p, "M5", 2) + 2 << false;
    QTest::newRow("paragraph prefix, run-together text")
        << r << "La voie"
        << "de neuf ans de guerre.\n\n"
        << " M5 relie" << qsizetype(-1) << qsizetype(-1) << at(r, "La voie") << at(r, "La voie") + 7 << false;
    QTest::newRow("prefix and suffix agree on the second Alep")
        << p << "Alep"
        << "M4 relie " << QString::fromUtf8(" à la ville") << qsizetype(-1) << qsizetype(-1) << at(p, "Alep", 1)
        << at(p, "Alep", 1) + 4 << false;

    const QString arabic = QString::fromUtf8("سيطرت قوات النظام على مدينة معرة النعمان في ريف إدلب");
    QTest::newRow("Arabic") << arabic << QString::fromUtf8("معرة النعمان") << QString() << QString() << qsizetype(-1)
                            << qsizetype(-1) << qsizetype(28) << qsizetype(40) << false;
    QTest::newRow("Arabic with position") << arabic << QString::fromUtf8("معرة النعمان") << QString() << QString()
                                          << qsizetype(28) << qsizetype(40) << qsizetype(28) << qsizetype(40) << true;
    const QString vowelled = QString::fromUtf8("مدينة مَعَرَّة النُّعْمَان الكبيرة");
    QTest::newRow("Arabic with harakat, marks counted")
        << vowelled << QString::fromUtf8("مَعَرَّة النُّعْمَان") << QString() << QString() << qsizetype(-1) << qsizetype(-1)
        << qsizetype(6) << qsizetype(26) << false;
    const QString decomposed = QStringLiteral("De\u0301sormais Saraqeb est prise.");
    QTest::newRow("decomposed accents, offsets by code point")
        << decomposed << "Saraqeb" << QString() << QString() << qsizetype(-1) << qsizetype(-1) << qsizetype(11)
        << qsizetype(18) << false;
    QTest::newRow("precomposed quote in a decomposed text")
        << decomposed << QStringLiteral("D\u00E9sormais") << QString() << QString() << qsizetype(-1) << qsizetype(-1)
        << qsizetype(0) << qsizetype(10) << false;
    QTest::newRow("decomposed quote in a precomposed text")
        << QStringLiteral("la ville d\u00E9serte") << QStringLiteral("de\u0301serte") << QString() << QString()
        << qsizetype(-1) << qsizetype(-1) << qsizetype(9) << qsizetype(16) << false;
}

void TestTextAnchor::anchors()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(qsizetype, givenStart);
    QFETCH(qsizetype, givenEnd);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(bool, byPosition);

    QVERIFY(start >= 0);
    const TextAnchor anchor(text);
    const TextAnchorResult r = anchor.anchor({quote, prefix, suffix, givenStart, givenEnd});
    QVERIFY2(r.isAnchored(), qPrintable(r.reason));
    QVERIFY(r.reason.isEmpty());
    QCOMPARE(r.start, start);
    QCOMPARE(r.end, end);
    QCOMPARE(r.byPosition, byPosition);
    // The anchored range holds the quoted words, whitespace and composition aside.
    auto squeeze = [](QString s) {
        s = s.normalized(QString::NormalizationForm_C);
        s.remove(QRegularExpression(QStringLiteral("\\s")));
        return s;
    };
    QCOMPARE(squeeze(anchor.slice(r.start, r.end)), squeeze(quote));
}

void TestTextAnchor::orphans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("expected"); // words the reason must contain

    QTest::newRow("text edited: spelling changed")
        << QString(kParagraphs).replace("Saraqeb", "Saraqib") << "Saraqeb se trouve" << QString() << QString()
        << QStringList{"quote not found", QString::fromUtf8("«Saraqeb se trouve»")};
    QTest::newRow("text edited: word inserted")
        << QString(kParagraphs).replace("neuf ans de guerre", "neuf longues années de guerre") << "neuf ans de guerre"
        << QString() << QString() << QStringList{"quote not found"};
    QTest::newRow("no fuzzy match of a near miss") << kParagraphs << "Maaret al-Nouman"
                                                   << "de "
                                                   << "e," << QStringList{"quote not found"};
    QTest::newRow("ambiguous: three M5 and no context")
        << kParagraphs << "M5" << QString() << QString() << QStringList{"ambiguous: 3 occurrences", "«M5»"};
    QTest::newRow("whitespace-only context does not choose")
        << kParagraphs << "Alep" << QString() << " " << QStringList{"ambiguous: 2 occurrences"};
    QTest::newRow("partial character is no match")
        << QStringLiteral("De\u0301sormais") << "De" << QString() << QString() << QStringList{"quote not found"};
    QTest::newRow("empty quote") << kParagraphs << " \n " << QString() << QString() << QStringList{"empty quote"};
    QTest::newRow("case matters") << kParagraphs << "saraqeb" << QString() << QString()
                                  << QStringList{"quote not found"};
}

void TestTextAnchor::orphans()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(QStringList, expected);

    const TextAnchorResult r = TextAnchor::anchor(text, {quote, prefix, suffix, -1, -1});
    QVERIFY(!r.isAnchored());
    QCOMPARE(r.start, qsizetype(-1));
    for (const QString& word : expected)
        QVERIFY2(r.reason.contains(word), qPrintable(r.reason + " lacks " + word));
}

void TestTextAnchor::bothFormsGiveTheSameWords()
{
    // Every occurrence of these words in the paragraph form, with 12 code points of context, anchors in the
    // run-together form on the same words, and the context picks the right one of several.
    const TextAnchor paragraphs(kParagraphs);
    const TextAnchor runTogether(kRunTogether);
    QCOMPARE(kParagraphs.toUcs4().size(), kParagraphs.size()); // no surrogates: UTF-16 index = code point
    for (const QString& quote : {QStringLiteral("La voie M5"), QStringLiteral("Fin janvier"), QStringLiteral("M4"),
                                 QStringLiteral("M5"), QStringLiteral("Alep"), QStringLiteral("guerre.")}) {
        for (int nth = 0; codePointIndex(kParagraphs, quote, nth) >= 0; ++nth) {
            const qsizetype start = codePointIndex(kParagraphs, quote, nth);
            const TextQuote selector = paragraphs.selector(start, start + quote.size(), 12);
            TextQuote withoutPosition = selector;
            withoutPosition.start = withoutPosition.end = -1;
            const TextAnchorResult b = runTogether.anchor(withoutPosition);
            QVERIFY2(b.isAnchored(), qPrintable(quote + ": " + b.reason));
            QVERIFY(b.contextMatches);
            QCOMPARE(b.start, codePointIndex(kRunTogether, quote, nth));
            QCOMPARE(runTogether.slice(b.start, b.end), quote);
            // Given the paragraph offsets, which do not hold in the run-together text, the search is used.
            const TextAnchorResult c = runTogether.anchor(selector);
            QVERIFY(c.isAnchored());
            QCOMPARE(c.start, b.start);
            // And in the paragraph form itself the offsets are taken as they are.
            const TextAnchorResult d = paragraphs.anchor(selector);
            QVERIFY(d.byPosition);
            QCOMPARE(d.start, start);
        }
    }
}

void TestTextAnchor::codePointsNotUtf16()
{
    // U+1F6F0 (satellite) takes two UTF-16 units but is one code point.
    const QString text = QString::fromUtf8("\xF0\x9F\x9B\xB0 Saraqeb \xF0\x9F\x9B\xB0 Idleb");
    const TextAnchor anchor(text);
    const TextAnchorResult r = anchor.anchor({QStringLiteral("Idleb"), {}, {}, -1, -1});
    QVERIFY(r.isAnchored());
    QCOMPARE(r.start, qsizetype(12));
    QCOMPARE(anchor.length(), qsizetype(17));
    QCOMPARE(anchor.utf16Index(r.start), text.indexOf(QLatin1String("Idleb")));
    QCOMPARE(text.mid(anchor.utf16Index(r.start), anchor.utf16Index(r.end) - anchor.utf16Index(r.start)),
             QStringLiteral("Idleb"));
    // The position selector is read in code points too.
    const TextAnchorResult byPosition = anchor.anchor({QStringLiteral("Saraqeb"), {}, {}, 2, 9});
    QVERIFY(byPosition.byPosition);
    const TextAnchorResult utf16Offsets = anchor.anchor({QStringLiteral("Saraqeb"), {}, {}, 3, 10});
    QVERIFY(!utf16Offsets.byPosition);
    QCOMPARE(utf16Offsets.start, qsizetype(2));
}

void TestTextAnchor::selectorRoundTrip()
{
    const TextAnchor anchor(kParagraphs);
    const qsizetype start = codePointIndex(kParagraphs, "M5", 2);
    const TextQuote s = anchor.selector(start, start + 2, 16);
    QCOMPARE(s.quote, QStringLiteral("M5"));
    // The test text has no surrogate pairs, so its UTF-16 indexes are code points.
    QCOMPARE(kParagraphs.toUcs4().size(), kParagraphs.size());
    QCOMPARE(s.prefix, kParagraphs.mid(start - 16, 16));
    QCOMPARE(s.suffix, QStringLiteral("."));
    const TextAnchorResult r = anchor.anchor({s.quote, s.prefix, s.suffix, -1, -1});
    QCOMPARE(r.start, start);
    QVERIFY(r.contextMatches);
}

void TestTextAnchor::largeText()
{
    // About 1 MB: the run-together dispatch repeated, with one unique sentence near the end. Every repeated
    // quote is ambiguous; the unique one anchors, and the prefix picks one copy among thousands.
    QString text;
    const int copies = 1024 * 1024 / int(kRunTogether.toUtf8().size()) + 1;
    for (int i = 0; i < copies; ++i)
        text += kRunTogether + QLatin1Char('\n');
    const QString unique = QStringLiteral("Copie finale, unique.");
    text += unique;
    QVERIFY(text.toUtf8().size() > 1024 * 1024);
    const TextAnchor anchor(text);
    const qsizetype uniqueStart = codePointIndex(text, unique);
    const qsizetype lastCopy = codePointIndex(text, kRunTogether, copies - 1);
    TextAnchorResult unique1, ambiguous, last;
    QBENCHMARK
    {
        unique1 = anchor.anchor({unique, {}, {}, -1, -1});
        ambiguous = anchor.anchor({QStringLiteral("Maaret al-Noomane"), {}, {}, -1, -1});
        last = anchor.anchor(
            {QStringLiteral("Saraqeb"), QStringLiteral("la M5.\n"), QStringLiteral(" se trouve"), -1, -1});
    }
    QCOMPARE(unique1.start, uniqueStart);
    QVERIFY(!ambiguous.isAnchored());
    QCOMPARE(ambiguous.occurrences, copies);
    // Every copy but the first follows "la M5.\n"; the prefix cannot choose among them.
    QVERIFY(!last.isAnchored());
    QVERIFY(last.reason.contains(QStringLiteral("ambiguous")));
    const TextAnchorResult lastByContext = anchor.anchor(
        {QStringLiteral("la M5."), QStringLiteral("traversée par "), QStringLiteral("Copie finale"), -1, -1});
    QVERIFY2(lastByContext.isAnchored(), qPrintable(lastByContext.reason));
    QCOMPARE(lastByContext.end, uniqueStart - 1);
    QVERIFY(lastByContext.start > lastCopy);
}

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "test_text_anchor.moc"
