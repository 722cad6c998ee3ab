#pragma once
// Anchors a quoted passage in an article's text, with the semantics of the W3C Web Annotation selectors:
// TextQuoteSelector (quote, prefix, suffix) and TextPositionSelector (start, end). Offsets are Unicode code
// points, end exclusive, never UTF-16 units, so an Arabic or accented text gives the same numbers in every
// language and tool.
//
// Rules, in order:
//  1. start/end given and the text there is exactly the quote: that range.
//  2. Otherwise the quote is searched with all whitespace ignored and canonically equivalent forms of a
//     character treated as one (a precomposed "é" matches "e" + combining acute), so a quote anchors in the
//     paragraph form of a dispatch and in the run-together form a scraper delivered.
//  3. Several occurrences: the one whose surrounding text agrees best with prefix and suffix (compared the
//     same way) wins. A tie at the top leaves the annotation orphaned ("ambiguous"), as does a quote that is
//     not in the text ("quote not found"). Nothing is ever moved by a guess (no edit-distance matching).

#include <QString>

#include <vector>

namespace geo {

struct TextQuote {
    QString quote;
    QString prefix;
    QString suffix;
    qsizetype start = -1; // optional position, code points; -1 when not given
    qsizetype end = -1;   // exclusive
};

struct TextAnchorResult {
    qsizetype start = -1;        // code points in the anchored text; -1 when orphaned
    qsizetype end = -1;          // exclusive
    QString reason;              // why the annotation is orphaned; empty when anchored
    int occurrences = 0;         // occurrences of the quote (whitespace ignored); 0 when found by position
    bool byPosition = false;     // the given start/end were used as they are
    bool contextMatches = false; // prefix and suffix agree in full with the text around the range

    bool isAnchored() const { return start >= 0; }
};

class TextAnchor {
public:
    explicit TextAnchor(const QString& text);

    TextAnchorResult anchor(const TextQuote& selector) const;
    static TextAnchorResult anchor(const QString& text, const TextQuote& selector);

    const QString& text() const { return m_text; }
    qsizetype length() const { return qsizetype(m_codePoints.size()); } // in code points
    // The text of a code-point range (clamped to the text).
    QString slice(qsizetype start, qsizetype end) const;
    // The UTF-16 index (QString index) of a code-point offset, for highlighting in Qt text widgets.
    qsizetype utf16Index(qsizetype codePoint) const;
    // A selector for a code-point range: the quote, CONTEXT code points either side, and the position.
    TextQuote selector(qsizetype start, qsizetype end, int context = 32) const;

    // The quote shortened for messages: «...», elided in the middle past MAXLENGTH characters.
    static QString quoted(const QString& quote, int maxLength = 60);

private:
    QString m_text;
    std::vector<char32_t> m_codePoints;
    std::vector<qint32> m_utf16;   // code point -> UTF-16 index; empty when the text has no surrogate pairs
    std::vector<char32_t> m_keys;  // the text without whitespace, each character in its composed form
    std::vector<qint32> m_keyFrom; // code-point range in the text that each key comes from
    std::vector<qint32> m_keyTo;
};

} // namespace geo
