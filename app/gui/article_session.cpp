#include "article_session.h"

#include "background_task.h"

#include "geo/store/article_store.h"
#include "geo/store/bundled_articles.h"
#include "geo/control/dated_control.h"
#include "geo/store/control_states.h"
#include "geo/store/store_location.h"

struct ArticleSession::Loaded {
    QList<geo::Article> articles;
    std::shared_ptr<const geo::ControlTimeline> timeline;
    std::shared_ptr<const geo::PostTimeline> postTimeline;
    QStringList messages;
    bool ok = true;
    QString error;
    QString path; // the store it was read from
    geo::StoreChange change;
    bool canWrite = true;
    QString readOnlyReason;
};

namespace {

// The store's "why not" without the store's name before it: the window says which store is open elsewhere.
QString withoutStoreName(QString why, const QString& storeName)
{
    const QString prefix = storeName + QStringLiteral(": ");
    if (why.startsWith(prefix))
        why.remove(0, prefix.size());
    return why;
}

} // namespace

ArticleSession::ArticleSession(QObject* parent, int pollMs) : QObject(parent), m_pollMs(pollMs)
{
    m_pollTimer.setInterval(pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ArticleSession::poll);
}

ArticleSession::~ArticleSession()
{
    // A store write under way finishes (an import lands whole or not at all), and no finished job may still be
    // posting its result to this object once it is gone. Only this session's jobs are waited for.
    m_pool.waitForDone();
}

void ArticleSession::setCatalog(std::shared_ptr<const geo::EntityCatalog> catalog, geo::DisplayCrs crs,
                                const QVector<geo::ObservationPost>& posts)
{
    m_catalog = std::move(catalog);
    m_crs = crs;
    m_posts = posts;
}

void ArticleSession::setDisplayCrs(geo::DisplayCrs crs)
{
    m_crs = crs;
}

void ArticleSession::setStorePath(const QString& path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_loadedRevision = -1;
    ++m_storeGeneration; // a poll of the previous store says nothing about this one
}

QString ArticleSession::storeDisplay() const
{
    return geo::StoreLocation(m_storePath).display();
}

void ArticleSession::setPollInterval(int ms)
{
    m_pollMs = ms;
    m_pollTimer.setInterval(ms);
    if (ms <= 0)
        m_pollTimer.stop();
    else if (m_loadedRevision >= 0)
        m_pollTimer.start();
}

void ArticleSession::start()
{
    reload({}, true, false);
}

void ArticleSession::beginStoreJob()
{
    ++m_pending;
    ++m_storeJobs;
    ++m_storeGeneration;
}

void ArticleSession::endStoreJob()
{
    --m_pending;
    --m_storeJobs;
}

void ArticleSession::poll()
{
    if (m_polling || m_storeJobs > 0 || m_loadedRevision < 0 || !m_catalog)
        return;
    m_polling = true;
    const QString path = m_storePath;
    const int generation = m_storeGeneration;
    struct Polled {
        bool ok = false;
        geo::StoreChange change;
    };
    runInBackground(
        &m_pool, this,
        [path]() {
            Polled polled;
            QString error;
            auto store = geo::ArticleStore::open(path, &error);
            if (!store)
                return polled; // a server out of reach for a moment: the map stays as it is, the next poll retries
            polled.change = store->lastChange(&error);
            polled.ok = error.isEmpty();
            return polled;
        },
        [this, generation](const Polled& polled) {
            m_polling = false;
            // A load, import or removal of this session started meanwhile: its own load tells the revision.
            if (!polled.ok || generation != m_storeGeneration || m_storeJobs > 0)
                return;
            if (polled.change.revision != m_loadedRevision)
                reload({}, true, false, polled.change);
        });
}

void ArticleSession::reload(QStringList messagesSoFar, bool importOk, bool reportImport,
                            std::optional<geo::StoreChange> elsewhere)
{
    if (!m_catalog)
        return;
    beginStoreJob();
    const QString path = m_storePath;
    const auto catalog = m_catalog;
    const auto posts = m_posts;
    runInBackground(
        &m_pool, this,
        [path, catalog, posts]() {
            Loaded loaded;
            loaded.path = path;
            auto store = geo::ArticleStore::open(path, &loaded.error);
            if (!store)
                return loaded;
            QString why;
            loaded.canWrite = store->canWrite(&why);
            loaded.readOnlyReason = withoutStoreName(why, store->path());
            // A read-only user browses what the desk stored; only a writer seeds a new store.
            if (loaded.canWrite && !geo::seedBundledOnFirstUse(*store, *catalog, &loaded.messages)) {
                loaded.error = loaded.messages.join(QLatin1Char('\n'));
                return loaded;
            }
            // Read before the articles: a change landing in between is seen again by the next poll.
            loaded.change = store->lastChange();
            loaded.articles = store->articles(&loaded.error);
            if (!loaded.error.isEmpty())
                return loaded;
            loaded.timeline = std::make_shared<geo::ControlTimeline>(loaded.articles);
            loaded.postTimeline = std::make_shared<geo::PostTimeline>(posts, loaded.articles);
            // Every change derives the control states in its own transaction; a store from an older version
            // or read with another catalog has them derived again, so that QGIS opens it ready to animate.
            QString ignored; // browsing goes on with a store that cannot be written (a read-only file)
            if (loaded.canWrite)
                store->refreshControlStates(*catalog, &ignored);
            return loaded;
        },
        [this, messagesSoFar, importOk, reportImport, elsewhere](const Loaded& loaded) {
            endStoreJob();
            if (loaded.path != m_storePath)
                return; // the window moved to another store meanwhile
            if (!loaded.error.isEmpty()) {
                emit failed(loaded.error);
                if (reportImport)
                    emit importFinished(false, messagesSoFar + QStringList{loaded.error});
                return;
            }
            m_articles = loaded.articles;
            m_timeline = loaded.timeline;
            m_postTimeline = loaded.postTimeline;
            m_loadedRevision = loaded.change.revision;
            if (m_pollMs > 0 && !m_pollTimer.isActive())
                m_pollTimer.start();
            if (!m_accessKnown || loaded.canWrite != m_canWrite || loaded.readOnlyReason != m_readOnlyReason) {
                m_accessKnown = true;
                m_canWrite = loaded.canWrite;
                m_readOnlyReason = loaded.canWrite ? QString() : loaded.readOnlyReason;
                emit writableChanged(m_canWrite, m_readOnlyReason);
            }
            emit articlesChanged();
            if (elsewhere)
                emit changedElsewhere(loaded.change.revision == elsewhere->revision ? *elsewhere : loaded.change);
            if (reportImport)
                emit importFinished(importOk, messagesSoFar + loaded.messages);
            if (!m_queuedImports.isEmpty())
                importFiles(std::exchange(m_queuedImports, {}));
        });
}

void ArticleSession::importFiles(const QStringList& files)
{
    if (!m_catalog || !m_timeline) {
        m_queuedImports += files; // imported once the store is open
        return;
    }
    beginStoreJob();
    const QString path = m_storePath;
    const auto catalog = m_catalog;
    struct Result {
        bool ok = false;
        QStringList messages;
    };
    runInBackground(
        &m_pool, this,
        [path, catalog, files]() {
            Result r;
            QString error;
            auto store = geo::ArticleStore::open(path, &error);
            if (!store) {
                r.messages << error;
                return r;
            }
            r.ok = store->importFiles(files, *catalog, &r.messages);
            return r;
        },
        [this](const Result& r) {
            endStoreJob();
            if (!r.ok) {
                emit importFinished(false, r.messages);
                return;
            }
            reload(r.messages, true, true);
        });
}

void ArticleSession::removeArticle(const QString& articleId)
{
    beginStoreJob();
    const QString path = m_storePath;
    runInBackground(
        &m_pool, this,
        [path, articleId, catalog = m_catalog, seen = m_loadedRevision]() {
            QString error;
            auto store = geo::ArticleStore::open(path, &error);
            // Only what this window showed: refused when someone changed the store since it loaded.
            if (store)
                store->removeArticle(articleId, *catalog, &error,
                                     seen >= 0 ? std::optional<qint64>(seen) : std::nullopt);
            return error;
        },
        [this](const QString& error) {
            endStoreJob();
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            reload({}, true, false);
        });
}

void ArticleSession::requestControl(QDate date)
{
    if (!m_timeline || !m_catalog)
        return;
    const int generation = ++m_controlGeneration;
    ++m_pending;
    const auto timeline = m_timeline;
    const auto postTimeline = m_postTimeline;
    const auto catalog = m_catalog;
    const geo::DisplayCrs crs = m_crs;
    using Overlay = std::shared_ptr<const geo::ControlOverlay>;
    runInBackground(
        &m_pool, this,
        [timeline, postTimeline, catalog, crs, date]() {
            return geo::controlOverlayAt(*timeline, postTimeline.get(), *catalog, date, crs);
        },
        [this, generation](const Overlay& overlay) {
            --m_pending;
            if (generation == m_controlGeneration)
                emit controlReady(overlay);
        });
}
