#include "article_session.h"

#include "background_task.h"

#include "geo/store/article_store.h"
#include "geo/store/bundled_articles.h"
#include "geo/control/dated_control.h"
#include "geo/store/control_states.h"

struct ArticleSession::Loaded {
    QList<geo::Article> articles;
    std::shared_ptr<const geo::ControlTimeline> timeline;
    std::shared_ptr<const geo::PostTimeline> postTimeline;
    QStringList messages;
    bool ok = true;
    QString error;
};

ArticleSession::ArticleSession(QObject* parent) : QObject(parent) {}

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

void ArticleSession::start()
{
    reload({}, true, false);
}

void ArticleSession::reload(QStringList messagesSoFar, bool importOk, bool reportImport)
{
    if (!m_catalog)
        return;
    ++m_pending;
    const QString path = m_storePath;
    const auto catalog = m_catalog;
    const auto posts = m_posts;
    runInBackground(
        &m_pool, this,
        [path, catalog, posts]() {
            Loaded loaded;
            auto store = geo::ArticleStore::open(path, &loaded.error);
            if (!store)
                return loaded;
            if (!geo::seedBundledOnFirstUse(*store, *catalog, &loaded.messages)) {
                loaded.error = loaded.messages.join(QLatin1Char('\n'));
                return loaded;
            }
            loaded.articles = store->articles(&loaded.error);
            if (!loaded.error.isEmpty())
                return loaded;
            loaded.timeline = std::make_shared<geo::ControlTimeline>(loaded.articles);
            loaded.postTimeline = std::make_shared<geo::PostTimeline>(posts, loaded.articles);
            // Every change derives the control states in its own transaction; a store from an older version
            // or read with another catalog has them derived again, so that QGIS opens it ready to animate.
            QString ignored; // browsing goes on with a store that cannot be written (a read-only file)
            store->refreshControlStates(*catalog, &ignored);
            return loaded;
        },
        [this, messagesSoFar, importOk, reportImport](const Loaded& loaded) {
            --m_pending;
            if (!loaded.error.isEmpty()) {
                emit failed(loaded.error);
                if (reportImport)
                    emit importFinished(false, messagesSoFar + QStringList{loaded.error});
                return;
            }
            m_articles = loaded.articles;
            m_timeline = loaded.timeline;
            m_postTimeline = loaded.postTimeline;
            emit articlesChanged();
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
    ++m_pending;
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
            --m_pending;
            if (!r.ok) {
                emit importFinished(false, r.messages);
                return;
            }
            reload(r.messages, true, true);
        });
}

void ArticleSession::removeArticle(const QString& articleId)
{
    ++m_pending;
    const QString path = m_storePath;
    runInBackground(
        &m_pool, this,
        [path, articleId, catalog = m_catalog]() {
            QString error;
            auto store = geo::ArticleStore::open(path, &error);
            if (store)
                store->removeArticle(articleId, *catalog, &error);
            return error;
        },
        [this](const QString& error) {
            --m_pending;
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
