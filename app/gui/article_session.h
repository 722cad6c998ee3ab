#pragma once
// The articles the window shows and the control they imply: the store in the user's data folder (or --store, or
// the one chosen in File > Store), the control timeline built from it, and the snapshot of the chosen date with
// its derived areas. Every store access and every derivation runs on a worker thread; results come back as
// immutable values, tagged so that a superseded answer is dropped.
//
// A store may be shared (a PostgreSQL database, or one GeoPackage opened by several windows): the session polls
// the store's last change every few seconds and reloads when someone else changed it, so that everyone sees the
// same map.

#include "geo/articles/article.h"
#include "geo/control/control_overlay.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/control/post_timeline.h"
#include "geo/store/article_store.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

class ArticleSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 2000;

    // POLLMS: how often the store's last change is read (0: never).
    explicit ArticleSession(QObject* parent = nullptr, int pollMs = kDefaultPollMs);
    ~ArticleSession() override;

    // The store as given (a file path or a connection, password included when given one): what is opened.
    QString storePath() const { return m_storePath; }
    // Takes effect at the next start() or reload(); what was loaded from the previous store stays until then.
    void setStorePath(const QString& path);
    // The store for messages and settings: the connection without its password.
    QString storeDisplay() const;
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }
    // The catalog of known entities, from the map's places; required before start().
    void setCatalog(std::shared_ptr<const geo::EntityCatalog> catalog, geo::DisplayCrs crs,
                    const QVector<geo::ObservationPost>& posts);
    void setDisplayCrs(geo::DisplayCrs crs);

    // Opens the store (creating it with the bundled articles on first start) and loads it.
    void start();
    // Loads the store again (after setStorePath: the new one).
    void reload() { start(); }
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
    // Whether this user may import into and remove from the loaded store; when not, readOnlyReason() says why
    // in one plain sentence (without the store's name).
    bool canWrite() const { return m_canWrite; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The revision of the store the articles were read at (-1 before the first load).
    qint64 loadedRevision() const { return m_loadedRevision; }

signals:
    void articlesChanged();
    void importFinished(bool ok, const QStringList& messages);
    void controlReady(std::shared_ptr<const geo::ControlOverlay> overlay);
    void failed(const QString& message);
    // The loaded store turned out writable or read-only (after each load that changed it, and after the first).
    void writableChanged(bool canWrite, const QString& reason);
    // Someone else changed the store; the articles were reloaded with the change (articlesChanged came first).
    void changedElsewhere(const geo::StoreChange& change);

private:
    struct Loaded;
    void reload(QStringList messages, bool importOk, bool reportImport,
                std::optional<geo::StoreChange> elsewhere = std::nullopt);
    void poll();
    void beginStoreJob();
    void endStoreJob();
    QString m_storePath;
    int m_pollMs;
    QTimer m_pollTimer;
    bool m_polling = false;    // a poll is under way: never two at once
    int m_storeJobs = 0;       // this session's own imports, removals and loads under way: no poll meanwhile
    int m_storeGeneration = 0; // counts them, so that a poll that overlapped one is dropped
    qint64 m_loadedRevision = -1;
    bool m_canWrite = true;
    bool m_accessKnown = false;
    QString m_readOnlyReason;
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
