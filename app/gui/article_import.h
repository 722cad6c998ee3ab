#pragma once
// The workbench's import, on a worker thread: a new article is added to the store; a corrected one replaces the
// stored article as its next revision, only if nobody changed the store since the window read it.

#include "geo/articles/article.h"
#include "geo/data/entity_catalog.h"

#include <QString>

#include <memory>

struct ArticleImportDone {
    bool ok = false;
    QString message;
    QString storedId; // the id the store keeps the article under
    qint64 ms = 0;
};

// Imports CANDIDATE into the store at STOREPATH; CORRECTING names the stored article it replaces (empty: a new one),
// SEENREVISION the store's revision the window read (-1: not known). Safe on a worker thread.
ArticleImportDone importIntoStore(const geo::Article& candidate, const QString& storePath,
                                  const std::shared_ptr<const geo::EntityCatalog>& catalog, const QString& correcting,
                                  qint64 seenRevision);
