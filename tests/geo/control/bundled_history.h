// Who held what on a date in the bundled articles (the ones a new store is seeded with), as the window and the
// command line show it: the snapshot with its derived areas, for the control and render suites.
#pragma once

#include "geo/articles/article_reader.h"
#include "geo/control/dated_control.h"
#include "geo/store/bundled_articles.h"

#include <QtGlobal>

namespace frontline::test {

inline QList<geo::Article> bundledArticles()
{
    QList<geo::Article> articles;
    for (const QString& path : geo::bundledArticlePaths()) {
        const geo::ArticleReadResult read = geo::ArticleReader::read(path, {});
        if (!read.ok())
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(read.messages().join(QStringLiteral("; "))));
        articles.append(*read.article);
    }
    return articles;
}

// The overlay of DATE from the bundled articles, in CRS; null with *ERROR set when the areas cannot be derived.
inline std::shared_ptr<const geo::ControlOverlay> bundledOverlayAt(const geo::EntityCatalog& catalog, QDate date,
                                                                   geo::DisplayCrs crs, QString* error)
{
    const QList<geo::Article> articles = bundledArticles();
    const geo::ControlTimeline timeline(articles);
    error->clear();
    auto overlay = geo::controlOverlayAt(timeline, nullptr, catalog, date, crs, error);
    return error->isEmpty() ? overlay : nullptr;
}

} // namespace frontline::test
