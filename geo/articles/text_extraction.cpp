#include "geo/articles/text_extraction.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextDocument>
#include <QVariant>

#include <map>

namespace geo {

namespace {

// A document that loads nothing: QTextDocument would otherwise read a local style sheet named by <link> or an
// image file named by <img> when it lays the page out.
class NoResourceDocument : public QTextDocument {
public:
    int refused = 0;

protected:
    QVariant loadResource(int, const QUrl&) override
    {
        ++refused;
        return {};
    }
};

// Elements whose content is no text of the page, removed with everything inside them. An element left open
// runs to the end of the page (as a browser would read it).
QString withoutActiveContent(QString html)
{
    static const QRegularExpression comments(QStringLiteral("<!--.*?(-->|$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    html.remove(comments);
    static const QRegularExpression containers(
        QStringLiteral("<(script|style|noscript|template|iframe|frame|frameset|object|embed|applet|svg|math|head|"
                       "audio|video|canvas|select|textarea|button)\\b[^>]*>.*?(</\\1\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    html.remove(containers);
    // Empty elements that name a resource.
    static const QRegularExpression resources(
        QStringLiteral("<(link|img|image|meta|base|source|track|input|param|picture)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    html.remove(resources);
    // Attributes that name a resource the parser asks for at once: inline styles (background-image: url(...)),
    // backgrounds of the body and of tables.
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z][^>]*>"));
    static const QRegularExpression attribute(
        QStringLiteral("\\s(style|background)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString cleaned;
    cleaned.reserve(html.size());
    qsizetype last = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        cleaned += QStringView(html).mid(last, m.capturedStart() - last);
        cleaned += m.captured().remove(attribute);
        last = m.capturedEnd();
    }
    cleaned += QStringView(html).mid(last);
    return cleaned;
}

QString decodeHtml(const QByteArray& html)
{
    QStringDecoder decoder = QStringDecoder::decoderForHtml(html);
    if (!decoder.isValid())
        return {};
    return decoder.decode(html);
}

bool startsWith(const QByteArray& bytes, const char* magic)
{
    return bytes.startsWith(QByteArray(magic));
}

// What a binary file is, for a message: "a PDF document" ... ; empty when it looks like text.
QString binaryKind(const QByteArray& bytes)
{
    if (startsWith(bytes, "%PDF"))
        return QStringLiteral("a PDF document");
    if (startsWith(bytes, "PK\x03\x04"))
        return QStringLiteral("a ZIP archive (or a Word, OpenDocument or EPUB file, which are ZIP archives)");
    if (startsWith(bytes, "\xD0\xCF\x11\xE0"))
        return QStringLiteral("an old Microsoft Office document");
    if (startsWith(bytes, "{\\rtf"))
        return QStringLiteral("an RTF document");
    if (startsWith(bytes, "\x89PNG") || startsWith(bytes, "GIF8") || startsWith(bytes, "\xFF\xD8\xFF") ||
        (startsWith(bytes, "RIFF") && bytes.mid(8, 4) == "WEBP"))
        return QStringLiteral("an image");
    if (startsWith(bytes, "\x1F\x8B") || startsWith(bytes, "BZh") ||
        startsWith(bytes, "\xFD"
                          "7zXZ"))
        return QStringLiteral("a compressed file");
    if (startsWith(bytes, "\x7F"
                          "ELF"))
        return QStringLiteral("a program");
    if (startsWith(bytes, "SQLite format 3"))
        return QStringLiteral("a database (SQLite or GeoPackage)");
    if (bytes.left(64 * 1024).contains('\0'))
        return QStringLiteral("a binary file (it holds NUL bytes)");
    return {};
}

// Control characters other than tab, line feed, carriage return and form feed.
qsizetype controlCharacters(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F)
            ++n;
    }
    return n;
}

// A few stray control characters are noise in a text; many of them (over 2%) make a binary file.
bool fullOfControlCharacters(QStringView text)
{
    const qsizetype n = controlCharacters(text);
    return n > 2 && n * 50 > text.size();
}

QString normalisedPlainText(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\f'), QLatin1Char('\n'));
    return text.trimmed();
}

QString scriptName(QChar::Script script)
{
    static const std::map<QChar::Script, const char*> names{
        {QChar::Script_Latin, "Latin"},       {QChar::Script_Arabic, "Arabic"},
        {QChar::Script_Cyrillic, "Cyrillic"}, {QChar::Script_Greek, "Greek"},
        {QChar::Script_Hebrew, "Hebrew"},     {QChar::Script_Han, "Chinese (Han)"},
        {QChar::Script_Hiragana, "Japanese"}, {QChar::Script_Katakana, "Japanese"},
        {QChar::Script_Hangul, "Korean"},     {QChar::Script_Devanagari, "Devanagari"},
        {QChar::Script_Thai, "Thai"},         {QChar::Script_Armenian, "Armenian"},
        {QChar::Script_Georgian, "Georgian"}, {QChar::Script_Syriac, "Syriac"},
        {QChar::Script_Thaana, "Thaana"},     {QChar::Script_Ethiopic, "Ethiopic"},
        {QChar::Script_Bengali, "Bengali"},   {QChar::Script_Tamil, "Tamil"},
    };
    const auto it = names.find(script);
    return it != names.end() ? QString::fromLatin1(it->second) : QStringLiteral("another");
}

} // namespace

QString plainTextFromHtml(const QByteArray& html, int* resourcesRefused)
{
    if (resourcesRefused)
        *resourcesRefused = 0;
    const QString decoded = decodeHtml(html);
    if (decoded.isNull() && !html.isEmpty())
        return {};
    NoResourceDocument document;
    document.setHtml(withoutActiveContent(decoded));
    // One paragraph per block, a blank line between them; a <br> inside a block stays a line break.
    QStringList paragraphs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::Nbsp, QLatin1Char(' '));
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        text.replace(QChar(0x2029), QLatin1Char('\n'));
        text.replace(QChar::ObjectReplacementCharacter, QString());
        text = text.trimmed();
        if (!text.isEmpty())
            paragraphs << text;
    }
    if (resourcesRefused)
        *resourcesRefused = document.refused;
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString htmlTitle(const QByteArray& html)
{
    const QString decoded = decodeHtml(html);
    static const QRegularExpression title(QStringLiteral("<title\\b[^>]*>(.*?)</title\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(decoded);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString inner = m.captured(1);
    inner.remove(tags);
    // The title holds text only now; the document decodes its character references.
    NoResourceDocument document;
    document.setHtml(inner);
    return document.toPlainText().simplified();
}

bool looksLikeHtml(const QByteArray& bytes)
{
    static const QRegularExpression start(QStringLiteral("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|"
                                                         "html|head|body)\\b"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    QString head = QString::fromLatin1(bytes.left(4096));
    if (head.startsWith(QStringLiteral("\xEF\xBB\xBF")))
        head.remove(0, 3);
    return start.match(head).hasMatch();
}

ArticleText readArticleFile(const QString& path, QString* error, qint64 maxBytes)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return ArticleText{};
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.isDir())
        return fail(QStringLiteral("is a folder; give the text file of one article (.txt or .html)"));
    if (!info.isFile())
        return fail(QStringLiteral("not a regular file (a pipe, a socket or a device); save the text to a file and "
                                   "give that"));
    const auto megabytes = [](qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); };
    if (info.size() > maxBytes)
        return fail(QStringLiteral("%1 MB, more than the %2 MB an article's file may have; give the text of one "
                                   "article (copy it into a .txt file)")
                        .arg(megabytes(info.size()), megabytes(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read it (%1)").arg(file.errorString()));
    // Never more than the limit, whatever the size the file system reported.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read it (%1)").arg(file.errorString()));
    if (qint64(bytes.size()) > maxBytes)
        return fail(QStringLiteral("more than the %1 MB an article's file may have; give the text of one article")
                        .arg(megabytes(maxBytes)));
    if (bytes.trimmed().isEmpty())
        return fail(QStringLiteral("the file is empty; give a file with the article's text"));

    const auto bom = QStringConverter::encodingForData(bytes);
    const bool utf16or32 = bom && *bom != QStringConverter::Utf8;
    if (!utf16or32) {
        if (const QString kind = binaryKind(bytes); !kind.isEmpty())
            return fail(QStringLiteral("%1, not text; copy the article's text into a .txt file (UTF-8) and give "
                                       "that")
                            .arg(kind));
    }

    const QString suffix = info.suffix().toLower();
    const bool html = !utf16or32 && (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
                                     suffix == QLatin1String("xhtml") || looksLikeHtml(bytes));
    ArticleText result;
    result.fromHtml = html;
    if (html) {
        QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
        if (!decoder.isValid())
            return fail(QStringLiteral("the page says its text is in an encoding this program cannot read; open it "
                                       "in a browser and save it as UTF-8, or copy its text into a .txt file"));
        const QString decoded = decoder.decode(bytes);
        if (decoder.hasError() || fullOfControlCharacters(decoded))
            return fail(QStringLiteral("not a readable page (its bytes do not match its encoding); open it in a "
                                       "browser and save it as UTF-8, or copy its text into a .txt file"));
        result.text = plainTextFromHtml(bytes);
        result.title = htmlTitle(bytes);
        if (result.text.trimmed().isEmpty())
            return fail(QStringLiteral("the page has no text outside its scripts, styles and head; copy the article's "
                                       "text into a .txt file and give that"));
    } else {
        QStringDecoder decoder(bom.value_or(QStringConverter::Utf8));
        const QString decoded = decoder.decode(bytes);
        if (decoder.hasError())
            return fail(QStringLiteral("not UTF-8 text (an older encoding such as Windows-1252 or Windows-1256?); "
                                       "save it as UTF-8 and give it again"));
        if (fullOfControlCharacters(decoded))
            return fail(QStringLiteral("a binary file (it is full of control characters), not text; copy the "
                                       "article's text into a .txt file (UTF-8) and give that"));
        result.text = normalisedPlainText(decoded);
        if (result.text.isEmpty())
            return fail(QStringLiteral("the file holds only spaces and line breaks; give a file with the article's "
                                       "text"));
    }
    // Stray control characters (a form feed, a vertical tab) would be refused in the article: spaces instead.
    for (QChar& c : result.text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F)
            c = QLatin1Char(' ');
    }
    if (result.text.size() > kMaxArticleTextLength)
        return fail(QStringLiteral("its text has %1 characters, more than the %2 an article may have; give the text "
                                   "of one article")
                        .arg(result.text.size())
                        .arg(kMaxArticleTextLength));
    if (error)
        error->clear();
    return result;
}

QString readArticleText(const QString& path, QString* error)
{
    return readArticleFile(path, error).text;
}

QString dominantScript(const QString& text)
{
    std::map<QChar::Script, qsizetype> counts;
    for (const char32_t ucs : QStringView(text).toUcs4()) {
        if (QChar::isLetter(ucs))
            ++counts[QChar::script(ucs)];
    }
    QChar::Script best = QChar::Script_Unknown;
    qsizetype bestCount = 0;
    for (const auto& [script, count] : counts)
        if (count > bestCount) {
            best = script;
            bestCount = count;
        }
    return bestCount > 0 ? scriptName(best) : QString();
}

QString articleTextProblem(const QString& text, Language language)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("the text is empty; give the article's text");
    if (text.size() > kMaxArticleTextLength)
        return QStringLiteral("the text has %1 characters, more than the %2 an article may have; give the text of "
                              "one article")
            .arg(text.size())
            .arg(kMaxArticleTextLength);
    qsizetype letters = 0, inScript = 0;
    const QChar::Script wanted = language == Language::Arabic ? QChar::Script_Arabic : QChar::Script_Latin;
    for (const char32_t ucs : QStringView(text).toUcs4()) {
        if (!QChar::isLetter(ucs))
            continue;
        ++letters;
        if (QChar::script(ucs) == wanted)
            ++inScript;
    }
    if (letters == 0)
        return QStringLiteral("the text has no words (no letter at all); give the article's text");
    // A dispatch quotes names in other scripts ("HTS" in Arabic, "سراقب" in English); most of it is in its own.
    if (inScript * 3 >= letters)
        return {};
    const QString script = dominantScript(text);
    const QString expected = wanted == QChar::Script_Arabic ? QStringLiteral("Arabic") : QStringLiteral("Latin");
    QString advice;
    if (script == QLatin1String("Arabic"))
        advice = QStringLiteral("if it is Arabic, annotate it as Arabic (ar)");
    else if (script == QLatin1String("Latin"))
        advice = QStringLiteral("if it is French or English, annotate it as such (fr, en)");
    else
        advice = QStringLiteral("suggestions are made for French, English and Arabic texts only: give a "
                                "translation in one of them");
    return QStringLiteral("the text is written mostly in %1 letters, not in the %2 script of \"%3\"; %4")
        .arg(script, expected, languageCode(language), advice);
    return {};
}

} // namespace geo
