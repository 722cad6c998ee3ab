// Fuzz target: anchoring a quote in a text (geo/articles/text_anchor.h). An input is UTF-8 fields separated by
// the byte 0x1F (unit separator): text, quote, prefix, suffix, start, end (start and end as decimal numbers;
// missing fields are empty, a missing number is -1). Beyond not crashing: an anchored range lies inside the text,
// a selector built from a range of the text anchors back to exactly that range, and code-point and UTF-16
// offsets agree. (Its context need not agree: a range may split a letter from its combining marks, and context is
// compared by whole letters.)

#include "fuzz_support.h"

#include "geo/articles/text_anchor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace {

bool hasNonSpace(const QString& s)
{
    for (const char32_t c : s.toUcs4())
        if (!QChar::isSpace(c))
            return true;
    return false;
}

// A selector made of the range [START, END) of the text finds that range again, by position.
void checkRoundTrip(const geo::TextAnchor& anchor, qsizetype start, qsizetype end)
{
    const geo::TextQuote selector = anchor.selector(start, end);
    fuzz::check(selector.start >= 0 && selector.start <= selector.end && selector.end <= anchor.length(),
                "a selector's range is clamped to the text");
    const geo::TextAnchorResult back = anchor.anchor(selector);
    if (!hasNonSpace(selector.quote)) {
        fuzz::check(!back.isAnchored(), "a quote of whitespace only is never anchored");
        return;
    }
    fuzz::check(back.isAnchored() && back.byPosition && back.start == selector.start && back.end == selector.end,
                "a selector made from a range anchors to that range");
    const qsizetype from = anchor.utf16Index(selector.start);
    const qsizetype to = anchor.utf16Index(selector.end);
    fuzz::check(anchor.text().mid(from, to - from) == selector.quote, "UTF-16 indexes cut out the same quote");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> fields = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\x1f');
    auto field = [&](int i) { return i < fields.size() ? QString::fromUtf8(fields.at(i)) : QString(); };
    auto number = [&](int i) {
        bool ok = false;
        const qlonglong n = i < fields.size() ? fields.at(i).trimmed().toLongLong(&ok) : -1;
        return ok ? qsizetype(n) : qsizetype(-1);
    };

    const geo::TextAnchor anchor(field(0));
    geo::TextQuote quote;
    quote.quote = field(1);
    quote.prefix = field(2);
    quote.suffix = field(3);
    quote.start = number(4);
    quote.end = number(5);

    const geo::TextAnchorResult result = anchor.anchor(quote);
    fuzz::check(result.isAnchored() == result.reason.isEmpty(), "an orphaned annotation says why, an anchored not");
    if (result.isAnchored()) {
        fuzz::reached();
        fuzz::check(result.start < result.end && result.end <= anchor.length(), "an anchor lies inside the text");
        fuzz::check(result.byPosition || result.occurrences >= 1, "an anchor found by search was found at least once");
        if (result.byPosition)
            fuzz::check(anchor.slice(result.start, result.end) == quote.quote, "an anchor by position is the quote");
        checkRoundTrip(anchor, result.start, result.end);
    }
    // Any range of the text, from the numbers given.
    if (quote.start >= 0 && quote.end >= 0)
        checkRoundTrip(anchor, quote.start, quote.end);
    fuzz::check(geo::TextAnchor::quoted(quote.quote).size() <= 64, "a quote for messages stays short");
    return 0;
}
