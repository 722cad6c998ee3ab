#pragma once
// Reads and validates an annotated-article file (docs/article-format.md). Either the whole article comes
// back, every annotation anchored in its text, or nothing and the list of every problem found, each as
// "file:line:column: message" naming the place in the file and what to do about it.

#include "geo/articles/article.h"
#include "geo/articles/article_problems.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace geo {

struct ArticleReadResult {
    std::optional<Article> article; // only when there is no problem at all
    QList<ArticleProblem> problems;

    bool ok() const { return article.has_value(); }
    QStringList messages() const;
};

class ArticleReader {
public:
    // Tells whether an entity id ("saraqib", "road:M5", "post:7", "area:SY07", "actor:sana" ...) is known. An
    // empty function accepts every id (format checks only).
    using EntityCheck = std::function<bool(const QString& entity)>;

    static constexpr qint64 DefaultMaxBytes = 50LL * 1024 * 1024;

    // Reads PATH (a regular file or a Qt resource ":/..."; pipes, devices and folders are refused). At most
    // MAXBYTES + 1 bytes are read: a larger file is refused whatever size the file system reports.
    static ArticleReadResult read(const QString& path, const EntityCheck& isKnownEntity,
                                  qint64 maxBytes = DefaultMaxBytes);
    // The same checks on the bytes of an article (as articleToGeoJson writes them, e.g. kept in a store); NAME
    // stands for the file in the messages ("store: article x").
    static ArticleReadResult readBytes(const QByteArray& bytes, const QString& name, const EntityCheck& isKnownEntity,
                                       qint64 maxBytes = DefaultMaxBytes);

    static QString formatVersion();              // "article/1.1", the newest value of the "frontline" member
    static QStringList formatVersions();         // every version read: "article/1", "article/1.1"
    static QStringList articleMembers();         // every member of "article" the reader knows
    static QStringList requiredArticleMembers(); // those that must be present and not empty
    static QStringList annotationProperties();   // every feature property the reader knows
};

} // namespace geo
