#include "article_session.h"

#include "geo/store/article_store.h"
#include "geo/store/bundled_articles.h"
#include "geo/control/dated_control.h"
#include "geo/store/control_states.h"

#include <QFutureWatcher>
#include <QtConcurrent>

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
    QThreadPool::globalInstance()->waitForDone();
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
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, messagesSoFar, importOk, reportImport] {
        watcher->deleteLater();
        --m_pending;
        Loaded loaded = watcher->result();
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
    watcher->setFuture(QtConcurrent::run([path, catalog, posts]() {
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
        // The derived control states, so that QGIS opens the store ready to animate.
        QString ignored;
        store->replaceControlStates(geo::controlStateRows(*loaded.timeline, *catalog), &ignored);
        return loaded;
    }));
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
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pending;
        const Result r = watcher->result();
        if (!r.ok) {
            emit importFinished(false, r.messages);
            return;
        }
        reload(r.messages, true, true);
    });
    watcher->setFuture(QtConcurrent::run([path, catalog, files]() {
        Result r;
        QString error;
        auto store = geo::ArticleStore::open(path, &error);
        if (!store) {
            r.messages << error;
            return r;
        }
        r.ok = store->importFiles(files, *catalog, &r.messages);
        return r;
    }));
}

void ArticleSession::removeArticle(const QString& articleId)
{
    ++m_pending;
    const QString path = m_storePath;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pending;
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        reload({}, true, false);
    });
    watcher->setFuture(QtConcurrent::run([path, articleId]() {
        QString error;
        auto store = geo::ArticleStore::open(path, &error);
        if (store)
            store->removeArticle(articleId, &error);
        return error;
    }));
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
    auto* watcher = new QFutureWatcher<Overlay>(this);
    connect(watcher, &QFutureWatcher<Overlay>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation == m_controlGeneration)
            emit controlReady(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([timeline, postTimeline, catalog, crs, date]() {
        return geo::controlOverlayAt(*timeline, postTimeline.get(), *catalog, date, crs);
    }));
}
