#include "geo/articles/suggest_text.h"

#include "geo/core/name_folding.h"

namespace geo::suggest {

namespace {

bool isApostrophe(char32_t u)
{
    switch (u) {
    case U'\'':
    case U'\u2019':
    case U'\u2018':
    case U'\u02BC':
    case U'\u02BB':
    case U'`':
    case U'\u00B4':
    case U'\uFF07': return true;
    default: return false;
    }
}

bool isHyphen(char32_t u)
{
    return u == U'-' || u == U'\u2010' || u == U'\u2011' || u == U'\u2012' || u == U'\u2013' || u == U'/';
}

// Quotation marks inside a phrase ("opérations de \"ratissage\"") do not cut it.
bool isQuote(char32_t u)
{
    return u == U'"' || u == U'\u00AB' || u == U'\u00BB' || u == U'\u201C' || u == U'\u201D' || u == U'\u201E';
}

bool isWordChar(char32_t u)
{
    if (u < 0x80)
        return (u >= U'a' && u <= U'z') || (u >= U'A' && u <= U'Z') || (u >= U'0' && u <= U'9');
    if (u == 0x0640) // tatweel
        return true;
    if (QChar::isLetterOrNumber(u))
        return true;
    switch (QChar::category(u)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing: return true;
    default: return false;
    }
}

bool isArabicChar(char32_t u)
{
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0x08A0 && u <= 0x08FF) ||
           (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
}

bool isSentenceEnd(char32_t u)
{
    return u == U'.' || u == U'!' || u == U'?' || u == U'\u061F' || u == U'\n' || u == U'\u2029' || u == U'\u06D4' ||
           u == U'\u2026';
}

// French words that elide before a vowel: "d'Idleb", "l'armée", "qu'il".
bool isElidedWord(const QString& lower)
{
    static const QStringList words = {QStringLiteral("d"),      QStringLiteral("l"),      QStringLiteral("j"),
                                      QStringLiteral("m"),      QStringLiteral("n"),      QStringLiteral("s"),
                                      QStringLiteral("t"),      QStringLiteral("c"),      QStringLiteral("qu"),
                                      QStringLiteral("jusqu"),  QStringLiteral("lorsqu"), QStringLiteral("puisqu"),
                                      QStringLiteral("quoiqu"), QStringLiteral("presqu")};
    return words.contains(lower);
}

char32_t codePointAt(const QString& text, qsizetype i, int* width)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

} // namespace

QString Tokenizer::keyOf(const QString& word)
{
    auto it = m_keys.constFind(word);
    if (it != m_keys.constEnd())
        return *it;
    const QString key = foldName(word);
    if (m_keys.size() < 500000)
        m_keys.insert(word, key);
    return key;
}

const QVector<QPair<int, QString>>& Tokenizer::arabicVariants(const QString& word)
{
    auto it = m_variants.constFind(word);
    if (it != m_variants.constEnd())
        return *it;
    QVector<QPair<int, QString>> out;
    out.append({0, keyOf(word)});
    // Conjunctions و ف, then prepositions ب ل ك, then the article (which foldName drops); "لل" is ل + ال.
    auto addVariant = [&](int skip, const QString& rest) {
        if (rest.size() < 2)
            return;
        const QString key = keyOf(rest);
        if (key.size() >= 2)
            out.append({skip, key});
    };
    int skip = 0;
    QString rest = word;
    if (rest.size() > 3 && (rest.at(0) == QChar(0x0648) || rest.at(0) == QChar(0x0641))) {
        skip = 1;
        rest = rest.mid(1);
        addVariant(skip, rest);
    }
    if (rest.size() > 3 &&
        (rest.at(0) == QChar(0x0628) || rest.at(0) == QChar(0x0644) || rest.at(0) == QChar(0x0643))) {
        if (rest.at(0) == QChar(0x0644) && rest.at(1) == QChar(0x0644)) // لل = ل + ال
            addVariant(skip + 1, QStringLiteral("\u0627") + rest.mid(1));
        addVariant(skip + 1, rest.mid(1));
    }
    if (m_variants.size() < 200000)
        it = m_variants.insert(word, out);
    else {
        static thread_local QVector<QPair<int, QString>> last;
        last = out;
        return last;
    }
    return *it;
}

QVector<Token> Tokenizer::tokenize(const QString& text, const std::function<bool(qsizetype)>& keepGoing)
{
    QVector<Token> tokens;
    tokens.reserve(text.size() / 6 + 1);
    int sentence = 0;
    bool sentenceBreak = false; // since the previous token
    bool hardGap = false;       // punctuation other than spaces, hyphens and apostrophes since the previous token
    qsizetype i = 0;
    const qsizetype n = text.size();
    qsizetype nextPoll = 65536;
    auto push = [&](qsizetype from, qsizetype to) {
        Token t;
        t.from = from;
        t.to = to;
        const QString word = text.mid(from, to - from);
        t.key = keyOf(word);
        if (sentenceBreak && !tokens.isEmpty())
            ++sentence;
        t.sentence = sentence;
        t.joined = !tokens.isEmpty() && !sentenceBreak && !hardGap;
        bool letters = false, allCaps = true, digits = true;
        for (qsizetype k = 0; k < word.size(); ++k) {
            const QChar c = word.at(k);
            if (c.isLetter()) {
                letters = true;
                if (!c.isUpper())
                    allCaps = false;
            }
            if (!c.isDigit())
                digits = false;
            if (isArabicChar(c.unicode()))
                t.arabic = true;
        }
        t.upper = !word.isEmpty() && word.at(0).isUpper();
        t.allCaps = letters && allCaps;
        t.digits = digits && !word.isEmpty();
        tokens.append(t);
        sentenceBreak = false;
        hardGap = false;
    };
    while (i < n) {
        if (i >= nextPoll) {
            nextPoll = i + 65536;
            if (keepGoing && !keepGoing(i))
                return tokens;
        }
        int w = 1;
        const char32_t u = codePointAt(text, i, &w);
        if (!isWordChar(u)) {
            if (isSentenceEnd(u)) {
                // A dot between digits ("586.000") or after one capital ("U.S.") ends no sentence.
                const bool betweenDigits =
                    u == U'.' && i > 0 && i + 1 < n && text.at(i - 1).isDigit() && text.at(i + 1).isDigit();
                const bool initial = u == U'.' && !tokens.isEmpty() && tokens.last().to == i &&
                                     tokens.last().to - tokens.last().from == 1 && tokens.last().upper;
                if (!betweenDigits && !initial)
                    sentenceBreak = true;
                else
                    hardGap = true;
            } else if (!(QChar::isSpace(u) || isHyphen(u) || isApostrophe(u) || isQuote(u))) {
                hardGap = true;
            }
            i += w;
            continue;
        }
        // A word: word characters, with apostrophes between letters.
        const qsizetype start = i;
        qsizetype end = i;
        qsizetype firstApostrophe = -1;
        while (end < n) {
            int cw = 1;
            const char32_t c = codePointAt(text, end, &cw);
            if (isWordChar(c)) {
                end += cw;
                continue;
            }
            if (isApostrophe(c) && end + 1 < n && end > start) {
                int nw = 1;
                const char32_t next = codePointAt(text, end + 1, &nw);
                if (isWordChar(next)) {
                    if (firstApostrophe < 0)
                        firstApostrophe = end;
                    end += cw;
                    continue;
                }
            }
            break;
        }
        i = end;
        qsizetype wordEnd = end;
        // English possessive: "Saraqib's" -> "Saraqib".
        if (wordEnd - start > 2 && (text.at(wordEnd - 1) == u's' || text.at(wordEnd - 1) == u'S') &&
            isApostrophe(text.at(wordEnd - 2).unicode()))
            wordEnd -= 2;
        if (firstApostrophe > start && firstApostrophe < wordEnd) {
            const QString head = text.mid(start, firstApostrophe - start).toLower();
            if (isElidedWord(head)) {
                push(start, firstApostrophe);
                push(firstApostrophe + 1, wordEnd);
                continue;
            }
        }
        push(start, wordEnd);
    }
    return tokens;
}

QStringList phraseKeys(Tokenizer& tokenizer, const QString& phrase)
{
    QStringList keys;
    for (const Token& t : tokenizer.tokenize(phrase))
        if (!t.key.isEmpty())
            keys.append(t.key);
    return keys;
}

void PhraseIndex::add(Tokenizer& tokenizer, const QString& phrase, int payload)
{
    const QStringList keys = phraseKeys(tokenizer, phrase);
    bool capsOnly = false;
    if (phrase.size() <= 5 && !hasArabicLetters(phrase)) {
        bool letters = false, caps = true;
        for (QChar c : phrase)
            if (c.isLetter()) {
                letters = true;
                caps = caps && c.isUpper();
            }
        capsOnly = letters && caps;
    }
    addKeys(keys, payload, capsOnly);
}

void PhraseIndex::addKeys(const QStringList& keys, int payload, bool capsOnly)
{
    if (keys.isEmpty())
        return;
    const QString joined = keys.join(QChar(0x1F)) + (capsOnly ? QStringLiteral("\x1E") : QString());
    auto it = m_byKeys.constFind(joined);
    if (it != m_byKeys.constEnd()) {
        Entry& e = m_entries[*it];
        if (!e.payloads.contains(payload))
            e.payloads.append(payload);
        return;
    }
    m_byKeys.insert(joined, int(m_entries.size()));
    m_byFirst[keys.first()].append(int(m_entries.size()));
    m_entries.append({keys, {payload}, capsOnly});
}

PhraseMatch PhraseIndex::matchAt(const QString& text, const QVector<Token>& tokens, int i, Tokenizer& tokenizer,
                                 bool clitics, bool skipArticles) const
{
    PhraseMatch best;
    const Token& first = tokens.at(i);
    if (first.key.isEmpty())
        return best;
    QVector<QPair<int, QString>> single{{0, first.key}};
    const QVector<QPair<int, QString>>& variants =
        clitics && first.arabic ? tokenizer.arabicVariants(text.mid(first.from, first.to - first.from)) : single;
    for (const auto& [skip, key] : variants) {
        const auto it = m_byFirst.constFind(key);
        if (it == m_byFirst.constEnd())
            continue;
        for (int entryIndex : *it) {
            const Entry& e = m_entries.at(entryIndex);
            if (e.capsOnly && !first.allCaps)
                continue;
            int j = i;
            bool ok = true;
            for (qsizetype k = 1; k < e.keys.size(); ++k) {
                int next = j + 1;
                while (next < tokens.size() && skipArticles && tokens.at(next).joined &&
                       tokens.at(next).key != e.keys.at(k) && isLatinArticle(tokens.at(next).key) &&
                       next + 1 < tokens.size())
                    ++next;
                if (next >= tokens.size() || !tokens.at(next).joined || tokens.at(next).key != e.keys.at(k) ||
                    (e.capsOnly && !tokens.at(next).allCaps)) {
                    ok = false;
                    break;
                }
                j = next;
            }
            if (!ok)
                continue;
            const qsizetype from = first.from + skip;
            const qsizetype to = tokens.at(j).to;
            if (!best.isValid() || to - from > best.to - best.from) {
                best.first = i;
                best.last = j;
                best.from = from;
                best.to = to;
                best.payloads = e.payloads;
            } else if (to - from == best.to - best.from && from == best.from) {
                for (int p : e.payloads)
                    if (!best.payloads.contains(p))
                        best.payloads.append(p);
            }
        }
    }
    return best;
}

} // namespace geo::suggest
