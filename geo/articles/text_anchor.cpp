#include "geo/articles/text_anchor.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace geo {

namespace {

// The text reduced to comparison keys: whitespace dropped, and each character (a base code point with the
// combining marks that follow it) brought to its composed form (NFC) on its own, so canonically equivalent
// spellings give the same keys. Each key remembers the code-point range of the character it comes from.
// Normalising character by character keeps the mapping back to the original offsets exact; it differs from
// whole-string NFC only for scripts that compose two base letters (Hangul jamo), which are treated alike on
// both sides of a comparison anyway.
void buildKeys(const char32_t* cps, qsizetype n, std::vector<char32_t>* keys, std::vector<qint32>* from,
               std::vector<qint32>* to)
{
    keys->reserve(size_t(n));
    if (from) {
        from->reserve(size_t(n));
        to->reserve(size_t(n));
    }
    qsizetype i = 0;
    while (i < n) {
        const char32_t c = cps[i];
        if (QChar::isSpace(c)) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && QChar::combiningClass(cps[j]) != 0 && !QChar::isSpace(cps[j]))
            ++j;
        auto push = [&](char32_t key) {
            keys->push_back(key);
            if (from) {
                from->push_back(qint32(i));
                to->push_back(qint32(j));
            }
        };
        // A lone code point below U+0300 or without decomposition is already composed.
        if (j == i + 1 && (c < 0x300 || QChar::decompositionTag(c) == QChar::NoDecomposition)) {
            push(c);
        } else {
            const QString composed = QString::fromUcs4(cps + i, j - i).normalized(QString::NormalizationForm_C);
            for (char32_t k : composed.toUcs4())
                push(k);
        }
        i = j;
    }
}

std::vector<char32_t> keysOf(const QString& s)
{
    const QList<uint> cps = s.toUcs4();
    std::vector<char32_t> keys;
    buildKeys(reinterpret_cast<const char32_t*>(cps.constData()), cps.size(), &keys, nullptr, nullptr);
    return keys;
}

// Every start of NEEDLE in HAYSTACK, overlapping ones included, in O(n + m) (Knuth-Morris-Pratt): a searcher
// that compares again from each candidate (Boyer-Moore-Horspool) costs n x m on a repetitive text, which a
// hostile article uses to stall the reader.
std::vector<qsizetype> occurrencesOf(const std::vector<char32_t>& needle, const std::vector<char32_t>& haystack)
{
    std::vector<qsizetype> found;
    const qsizetype m = qsizetype(needle.size());
    if (m == 0 || m > qsizetype(haystack.size()))
        return found;
    std::vector<qsizetype> border(size_t(m), 0); // longest proper border of needle[0..i]
    for (qsizetype i = 1, k = 0; i < m; ++i) {
        while (k > 0 && needle[size_t(i)] != needle[size_t(k)])
            k = border[size_t(k - 1)];
        if (needle[size_t(i)] == needle[size_t(k)])
            ++k;
        border[size_t(i)] = k;
    }
    for (qsizetype i = 0, k = 0; i < qsizetype(haystack.size()); ++i) {
        while (k > 0 && haystack[size_t(i)] != needle[size_t(k)])
            k = border[size_t(k - 1)];
        if (haystack[size_t(i)] == needle[size_t(k)])
            ++k;
        if (k == m) {
            found.push_back(i - m + 1);
            k = border[size_t(k - 1)];
        }
    }
    return found;
}

} // namespace

TextAnchor::TextAnchor(const QString& text) : m_text(text)
{
    m_codePoints.reserve(size_t(text.size()));
    bool surrogates = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            m_codePoints.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            surrogates = true;
            ++i;
        } else {
            m_codePoints.push_back(c.unicode());
        }
    }
    if (surrogates) {
        m_utf16.reserve(m_codePoints.size() + 1);
        qint32 u = 0;
        for (char32_t cp : m_codePoints) {
            m_utf16.push_back(u);
            u += QChar::requiresSurrogates(cp) ? 2 : 1;
        }
        m_utf16.push_back(u);
    }
    buildKeys(m_codePoints.data(), qsizetype(m_codePoints.size()), &m_keys, &m_keyFrom, &m_keyTo);
}

TextAnchorResult TextAnchor::anchor(const QString& text, const TextQuote& selector)
{
    return TextAnchor(text).anchor(selector);
}

QString TextAnchor::quoted(const QString& quote, int maxLength)
{
    QString q = quote.simplified();
    if (q.size() > maxLength) {
        const int half = (maxLength - 1) / 2;
        q = q.left(half) + QChar(0x2026) + q.right(half);
    }
    return QStringLiteral("\u00AB%1\u00BB").arg(q);
}

TextAnchorResult TextAnchor::anchor(const TextQuote& selector) const
{
    TextAnchorResult result;
    const QList<uint> quoteCps = selector.quote.toUcs4();

    // 1. The given position, when the text there is the quote exactly.
    const qsizetype n = length();
    if (selector.start >= 0 && selector.end >= selector.start && selector.end <= n && !quoteCps.isEmpty() &&
        selector.end - selector.start == quoteCps.size() &&
        std::equal(quoteCps.cbegin(), quoteCps.cend(), m_codePoints.cbegin() + selector.start,
                   [](uint a, char32_t b) { return a == b; })) {
        result.start = selector.start;
        result.end = selector.end;
        result.byPosition = true;
        // Context agreement is reported the same way as for a search (see below).
    }

    const std::vector<char32_t> quoteKeys = keysOf(selector.quote);
    if (quoteKeys.empty()) {
        result = {};
        result.reason = QCoreApplication::translate("geo::TextAnchor", "empty quote: give the exact words of the text");
        return result;
    }
    const std::vector<char32_t> prefixKeys = keysOf(selector.prefix);
    const std::vector<char32_t> suffixKeys = keysOf(selector.suffix);
    const qsizetype m = qsizetype(quoteKeys.size());
    const qsizetype nk = qsizetype(m_keys.size());

    // How far the text before/after keys [pos, pos + m) agrees with the prefix/suffix.
    auto prefixAgreement = [&](qsizetype pos) {
        qsizetype p = 0;
        const qsizetype np = qsizetype(prefixKeys.size());
        while (p < np && pos - 1 - p >= 0 && m_keys[size_t(pos - 1 - p)] == prefixKeys[size_t(np - 1 - p)])
            ++p;
        return p;
    };
    auto suffixAgreement = [&](qsizetype pos) {
        qsizetype s = 0;
        const qsizetype ns = qsizetype(suffixKeys.size());
        while (s < ns && pos + m + s < nk && m_keys[size_t(pos + m + s)] == suffixKeys[size_t(s)])
            ++s;
        return s;
    };
    auto contextMatches = [&](qsizetype pos) {
        return prefixAgreement(pos) == qsizetype(prefixKeys.size()) &&
               suffixAgreement(pos) == qsizetype(suffixKeys.size());
    };

    if (result.byPosition) {
        // Find the key where the position starts to report the context; the range itself stays as given.
        const auto it = std::lower_bound(m_keyFrom.cbegin(), m_keyFrom.cend(), qint32(result.start));
        if (it != m_keyFrom.cend())
            result.contextMatches = contextMatches(qsizetype(it - m_keyFrom.cbegin()));
        return result;
    }

    // 2. Search every occurrence, whitespace ignored. An occurrence must start and end on whole characters.
    std::vector<qsizetype> hits;
    for (qsizetype pos : occurrencesOf(quoteKeys, m_keys)) {
        const bool startsWhole = pos == 0 || m_keyFrom[size_t(pos)] != m_keyFrom[size_t(pos - 1)];
        const bool endsWhole = pos + m == nk || m_keyFrom[size_t(pos + m)] != m_keyFrom[size_t(pos + m - 1)];
        if (startsWhole && endsWhole)
            hits.push_back(pos);
    }
    result.occurrences = int(hits.size());
    if (hits.empty()) {
        result.reason =
            QCoreApplication::translate("geo::TextAnchor", "quote not found: %1").arg(quoted(selector.quote));
        return result;
    }

    // 3. Choose by agreement with prefix and suffix.
    qsizetype best = -1;
    qsizetype bestScore = -1;
    int tied = 0;
    for (qsizetype pos : hits) {
        const qsizetype score = prefixAgreement(pos) + suffixAgreement(pos);
        if (score > bestScore) {
            bestScore = score;
            best = pos;
            tied = 1;
        } else if (score == bestScore) {
            ++tied;
        }
    }
    if (tied > 1) {
        result.reason =
            QCoreApplication::translate("geo::TextAnchor",
                                        "ambiguous: %1 occurrences of %2, and prefix/suffix do not single one out "
                                        "(%3 agree equally); give a longer prefix or suffix")
                .arg(hits.size())
                .arg(quoted(selector.quote))
                .arg(tied);
        return result;
    }
    result.start = m_keyFrom[size_t(best)];
    result.end = m_keyTo[size_t(best + m - 1)];
    result.contextMatches = contextMatches(best);
    return result;
}

QString TextAnchor::slice(qsizetype start, qsizetype end) const
{
    start = std::clamp<qsizetype>(start, 0, length());
    end = std::clamp<qsizetype>(end, start, length());
    return QString::fromUcs4(m_codePoints.data() + start, end - start);
}

qsizetype TextAnchor::utf16Index(qsizetype codePoint) const
{
    codePoint = std::clamp<qsizetype>(codePoint, 0, length());
    return m_utf16.empty() ? codePoint : m_utf16[size_t(codePoint)];
}

TextQuote TextAnchor::selector(qsizetype start, qsizetype end, int context) const
{
    start = std::clamp<qsizetype>(start, 0, length());
    end = std::clamp<qsizetype>(end, start, length());
    TextQuote q;
    q.quote = slice(start, end);
    q.prefix = slice(std::max<qsizetype>(0, start - context), start);
    q.suffix = slice(end, std::min(length(), end + context));
    q.start = start;
    q.end = end;
    return q;
}

} // namespace geo
