#pragma once
// The text of a dispatch to annotate, from a plain-text file or a saved web page. Nothing in a page is run or
// fetched: scripts, styles, frames, objects, images and links to style sheets are dropped before the page is
// parsed, and the parser is refused every resource it asks for (a style sheet, an image), local or remote.
// A file that is not text (a PDF, an image, a word-processor file, anything with NUL bytes), not UTF-8, empty
// or too large for an article is refused with a sentence that says so and what to do.

#include "geo/core/place.h"

#include <QByteArray>
#include <QString>

namespace geo {

// A file larger than this is refused before its text is decoded (a saved news page is rarely over 2 MB).
constexpr qint64 kMaxArticleFileBytes = 8LL * 1024 * 1024;
// An article text longer than this (in UTF-16 units, about 300 pages) is refused: it is no dispatch.
constexpr qsizetype kMaxArticleTextLength = 1000000;

// The readable text of an HTML page: paragraphs separated by a blank line, line breaks kept, no-break spaces
// made spaces, without the text of scripts, styles and the page's head. The encoding is the page's own
// (byte-order mark or <meta charset>), UTF-8 when it says none; a null string when it names one this build
// cannot decode. RESOURCESREFUSED, when given, receives how many resources the parser asked for (and was
// refused): 0 for a page whose images and style sheets were all dropped beforehand.
QString plainTextFromHtml(const QByteArray& html, int* resourcesRefused = nullptr);
// The page's <title>, as plain text (empty when it has none).
QString htmlTitle(const QByteArray& html);
// True when BYTES look like an HTML page (a doctype, an <html>, <head> or <body> tag near the start).
bool looksLikeHtml(const QByteArray& bytes);

struct ArticleText {
    QString text;  // trimmed, line breaks as "\n"
    QString title; // the page's title for an HTML file; empty for plain text
    bool fromHtml = false;
};

// Reads PATH: HTML when its name ends in .html, .htm or .xhtml or its bytes look like a page, plain UTF-8 (or
// UTF-16 with a byte-order mark) text otherwise. On failure returns a null text and sets *ERROR to a sentence
// naming the file, what is wrong and what to do ("PATH: a PDF document, not text; copy its text into a .txt
// file and give that").
ArticleText readArticleFile(const QString& path, QString* error, qint64 maxBytes = kMaxArticleFileBytes);
// readArticleFile() for those who need the text only.
QString readArticleText(const QString& path, QString* error);

// Why TEXT cannot be annotated as LANGUAGE, or empty when it can: empty or too long, or written mostly in another
// script than the language's (Latin for French and English, Arabic for Arabic), e.g. "the text is written in
// Cyrillic letters, not in the Arabic script of ar". Names no file: the caller prefixes it.
QString articleTextProblem(const QString& text, Language language);
// The script most of TEXT's letters are in, as a name for messages ("Latin", "Arabic", "Cyrillic", "Han" ...);
// empty when it has no letter.
QString dominantScript(const QString& text);

} // namespace geo
