#pragma once
// What the workbench's article would do, worked out on a worker thread as it is edited: the problems ArticleReader
// finds when it reads the article back as a file (what an import would refuse), and per claim what the map showed
// and would show with the article in the store.

#include "geo/articles/article.h"
#include "geo/data/entity_catalog.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

struct ArticleCheck {
    struct Row {
        QString placeId;
        QDate date;
        geo::Controller before = geo::Controller::Unknown;
        geo::Controller after = geo::Controller::Unknown;
    };
    QStringList problems;
    QList<Row> rows;
    QString sameTextAs; // a stored article with the same text (another id): importing would add nothing
};

// Checks CANDIDATE against the STORED articles (CORRECTING, when not empty, is the stored article it replaces). The
// problems are placed in FILENAME ("article"), in the interface's language. Safe on a worker thread.
ArticleCheck checkArticle(const geo::Article& candidate, const QList<geo::Article>& stored,
                          const std::shared_ptr<const geo::EntityCatalog>& catalog, const QString& correcting,
                          const QString& fileName);
