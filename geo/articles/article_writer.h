#pragma once
// Writes an Article as an annotated-article file (docs/article-format.md) that ArticleReader reads back as the
// same article: every member and property the model holds, in the documented order ("type" and "frontline"
// first, where GDAL looks for them), one annotation a line.

#include "geo/articles/article.h"

#include <QByteArray>
#include <QString>

namespace geo {

// The lowest format version that holds ARTICLE: "article/1" when it uses no member new in 1.1, else
// "article/1.1".
QString minimumFormatVersion(const Article& article);

// The version articleToGeoJson declares: the article's own formatVersion when it is a version the reader knows
// and holds everything in it (a 1.1 file stays 1.1), else minimumFormatVersion.
QString formatVersionToWrite(const Article& article);

// The file's bytes (UTF-8 JSON). Writes what the model holds, as written: the selectors (quote, prefix, suffix,
// start, end), the event date as written, the geometry in lon/lat. Empty strings, absent values and
// start/end of -1 are left out; the article's "url" is always written. An annotation made from an anchored
// range gets its selectors from setSelectorsFromAnchor first.
QByteArray articleToGeoJson(const Article& article);

// Writes articleToGeoJson(ARTICLE) to PATH through a FileWriter: the file is replaced only once the whole of it is
// on the disk. False with *ERROR (the file and the reason, e.g. "No space left on device") on failure.
bool saveArticle(const Article& article, const QString& path, QString* error);

// Sets ANNOTATION's selectors from its anchored range (anchorStart/anchorEnd, code points) in TEXT: the quote is
// the words there, start/end the range, prefix and suffix up to CONTEXT code points on either side. Does nothing
// to an annotation that is not anchored, or whose range is not in TEXT.
void setSelectorsFromAnchor(const QString& text, Annotation* annotation, int context = 32);

} // namespace geo
