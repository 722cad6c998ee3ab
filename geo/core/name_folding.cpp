#include "geo/core/name_folding.h"

#include <QStringList>

#include <array>
#include <utility>

namespace geo {

namespace {

// Signs that stand for ayn, hamza or an elided vowel: removed without leaving a space.
bool isElisionSign(char16_t u)
{
    switch (u) {
    case u'\'':     // apostrophe
    case u'`':      // grave accent
    case u'\u00B4': // acute accent
    case u'\u2018': // left single quotation mark
    case u'\u2019': // right single quotation mark
    case u'\u201B': // single high-reversed-9 quotation mark
    case u'\u2032': // prime
    case u'\u02B9': // modifier letter prime
    case u'\u02BB': // modifier letter turned comma
    case u'\u02BC': // modifier letter apostrophe
    case u'\u02BD': // modifier letter reversed comma
    case u'\u02BE': // modifier letter right half ring (hamza, ʾ)
    case u'\u02BF': // modifier letter left half ring (ayn, ʿ)
    case u'\uFF07': // fullwidth apostrophe
        return true;
    default: return false;
    }
}

bool isArabicCodePoint(char16_t u)
{
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0x08A0 && u <= 0x08FF) ||
           (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF);
}

// Appends the folded form of one letter or digit (already decomposed, marks removed).
void appendFolded(QChar c, QString* out)
{
    const char16_t u = c.toCaseFolded().unicode();
    switch (u) {
    // Latin letters that have no canonical decomposition.
    case u'\u0131': // dotless i
        out->append(u'i');
        return;
    case u'\u00F8': // ø
        out->append(u'o');
        return;
    case u'\u0142': // ł
        out->append(u'l');
        return;
    case u'\u0111': // đ
    case u'\u00F0': // ð
        out->append(u'd');
        return;
    case u'\u0127': // ħ
        out->append(u'h');
        return;
    case u'\u0167': // ŧ
        out->append(u't');
        return;
    case u'\u00FE': // þ
        out->append(u"th");
        return;
    case u'\u00DF': // ß
        out->append(u"ss");
        return;
    case u'\u00E6': // æ
        out->append(u"ae");
        return;
    case u'\u0153': // œ
        out->append(u"oe");
        return;
    // Arabic letter forms.
    case u'\u0671': // alef wasla
    case u'\u0672': // alef with wavy hamza above
    case u'\u0673': // alef with wavy hamza below
    case u'\u0675': // high hamza alef
        out->append(QChar(0x0627));
        return;
    case u'\u0629': // ta marbuta
    case u'\u06C1': // heh goal
    case u'\u06D5': // ae
        out->append(QChar(0x0647));
        return;
    case u'\u0649': // alef maqsura
    case u'\u06CC': // Persian yeh
        out->append(QChar(0x064A));
        return;
    case u'\u06A9': // keheh (Persian kaf)
        out->append(QChar(0x0643));
        return;
    default: break;
    }
    if (u >= 0x0660 && u <= 0x0669) { // Arabic-Indic digits
        out->append(QChar(u'0' + (u - 0x0660)));
        return;
    }
    if (u >= 0x06F0 && u <= 0x06F9) { // extended Arabic-Indic digits
        out->append(QChar(u'0' + (u - 0x06F0)));
        return;
    }
    out->append(QChar(u));
}

bool startsWithArabic(const QString& word)
{
    return !word.isEmpty() && isArabicCodePoint(word.at(0).unicode());
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u': return true;
    default: return false;
    }
}

QString latinWordSkeleton(QString w)
{
    // Transliteration digraphs first (longest first), then single letters.
    w.replace(QStringLiteral("tch"), QStringLiteral("ch"));
    w.replace(QStringLiteral("dj"), QStringLiteral("j"));
    w.replace(QStringLiteral("ch"), QStringLiteral("sh"));
    w.replace(QStringLiteral("ck"), QStringLiteral("k"));
    w.replace(QStringLiteral("ph"), QStringLiteral("f"));
    w.replace(QStringLiteral("gh"), QStringLiteral("g"));
    w.replace(QStringLiteral("th"), QStringLiteral("t"));
    w.replace(QStringLiteral("dh"), QStringLiteral("d"));
    w.replace(QLatin1Char('x'), QStringLiteral("ks"));
    w.replace(QLatin1Char('q'), QLatin1Char('k'));
    w.replace(QLatin1Char('c'), QLatin1Char('k'));
    if (w.size() > 2 && w.startsWith(QLatin1String("ou")) && isVowel(w.at(2)))
        w = QLatin1Char('w') + w.mid(2);

    // Gemination is written or not.
    QString single;
    single.reserve(w.size());
    for (QChar c : std::as_const(w))
        if (single.isEmpty() || single.back() != c)
            single.append(c);

    // Ta marbuta: "-ah" / "-a".
    if (single.size() >= 3 && single.back() == u'h' && isVowel(single.at(single.size() - 2)))
        single.chop(1);

    QString out;
    out.reserve(single.size());
    for (qsizetype i = 0; i < single.size(); ++i) {
        const QChar c = single.at(i);
        if (isVowel(c)) {
            if (i == 0)
                out.append(u'a');
            continue;
        }
        if (c == u'y' || c == u'w') {
            const bool beforeVowel = i + 1 < single.size() && isVowel(single.at(i + 1));
            if (i == 0 || beforeVowel)
                out.append(c);
            continue;
        }
        out.append(c);
    }
    return out;
}

QString arabicWordSkeleton(QString w)
{
    w.remove(QChar(0x0621));                       // hamza on the line
    if (w.size() > 2 && w.back() == QChar(0x0627)) // a final alef is often written for ta marbuta
        w.back() = QChar(0x0647);
    return w;
}

} // namespace

// The article written as a separate Latin word, with its sun-letter assimilations and French spellings.
bool isLatinArticle(const QString& word)
{
    static const std::array<const char16_t*, 20> articles = {u"al", u"el", u"an",  u"ash", u"as",  u"ad",  u"at",
                                                             u"az", u"ar", u"ath", u"adh", u"ech", u"esh", u"es",
                                                             u"et", u"ed", u"en",  u"er",  u"ez",  u"eth"};
    if (word.size() < 2 || word.size() > 3)
        return false;
    for (const char16_t* a : articles)
        if (word == QStringView(a))
            return true;
    return false;
}

bool hasArabicLetters(const QString& name)
{
    for (QChar c : name)
        if (c.isLetter() && isArabicCodePoint(c.unicode()))
            return true;
    return false;
}

QString foldName(const QString& name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (QChar c : name)
        if (!isElisionSign(c.unicode()))
            cleaned.append(c);
    const QString decomposed = cleaned.normalized(QString::NormalizationForm_KD);

    QString flat;
    flat.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing: continue;
        default: break;
        }
        if (isElisionSign(c.unicode()) || c.unicode() == 0x0640) // tatweel
            continue;
        if (c.isLetterOrNumber())
            appendFolded(c, &flat);
        else
            flat.append(u' ');
    }

    const QStringList words = flat.split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    kept.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        const bool last = i + 1 == words.size();
        if (!last && isLatinArticle(w))
            continue;
        if (startsWithArabic(w) && w.size() >= 4 && w.at(0) == QChar(0x0627) && w.at(1) == QChar(0x0644))
            kept.append(w.mid(2));
        else
            kept.append(w);
    }
    return kept.join(u' ');
}

QString skeletonOfFolded(const QString& folded)
{
    QString out;
    for (const QString& w : folded.split(u' ', Qt::SkipEmptyParts))
        out += startsWithArabic(w) ? arabicWordSkeleton(w) : latinWordSkeleton(w);
    return out;
}

QString skeletonKey(const QString& name)
{
    return skeletonOfFolded(foldName(name));
}

} // namespace geo
