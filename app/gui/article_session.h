#pragma once
// The articles the window shows and the control they imply: the store in the user's data folder (or --store),
// the control timeline built from it, and the snapshot of the chosen date with its derived areas. Every store
// access and every derivation runs on a worker thread; results come back as immutable values, tagged so that
// a superseded answer is dropped.

#include "geo/articles/article.h"
#include "geo/control/control_overlay.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/control/post_timeline.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class ArticleSession : public QObject {
    Q_OBJECT
public:
    explicit ArticleSession(QObject* parent = nullptr);
    ~ArticleSession() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString& path) { m_storePath = path; }
    // The catalog of known entities, from the map's places; required before start().
    void setCatalog(std::shared_ptr<const geo::EntityCatalog> catalog, geo::DisplayCrs crs,
                    const QVector<geo::ObservationPost>& posts);
    void setDisplayCrs(geo::DisplayCrs crs);

    // Opens the store (creating it with the bundled articles on first start) and loads it.
    void start();
    // Imports FILES (all or none) and reloads. Emits importFinished.
    void importFiles(const QStringList& files);
    void removeArticle(const QString& articleId);
    // Computes who held what on DATE (with the derived areas). Emits controlReady.
    void requestControl(QDate date);

    const QList<geo::Article>& articles() const { return m_articles; }
    std::shared_ptr<const geo::ControlTimeline> timeline() const { return m_timeline; }
    std::shared_ptr<const geo::PostTimeline> postTimeline() const { return m_postTimeline; }
    std::shared_ptr<const geo::EntityCatalog> catalog() const { return m_catalog; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void articlesChanged();
    void importFinished(bool ok, const QStringList& messages);
    void controlReady(std::shared_ptr<const geo::ControlOverlay> overlay);
    void failed(const QString& message);

private:
    struct Loaded;
    void reload(QStringList messages, bool importOk, bool reportImport);
    QString m_storePath;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::DisplayCrs m_crs = geo::DisplayCrs::WebMercator;
    QList<geo::Article> m_articles;
    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    std::shared_ptr<const geo::PostTimeline> m_postTimeline;
    QVector<geo::ObservationPost> m_posts;
    int m_controlGeneration = 0;
    int m_pending = 0;
    QStringList m_queuedImports; // asked for before the store was loaded
    QThreadPool m_pool;          // this session's jobs, and only those, are waited for when it goes
};
