#include "map_session.h"

#include "background_task.h"

#include "geo/data/layer_cache.h"
#include "geo/data/map_data_loader.h"

struct MapSession::Loaded {
    std::shared_ptr<const geo::MapData> data;
    std::shared_ptr<const geo::Gazetteer> gazetteer;
    std::shared_ptr<const geo::EntityCatalog> catalog;
    QVector<std::shared_ptr<const geo::MapLayer>> layers;
    QString error;
};

MapSession::MapSession(QObject* parent) : QObject(parent), m_gazetteer(std::make_shared<geo::Gazetteer>()) {}

MapSession::~MapSession()
{
    // Let this session's loads finish before it goes: they touch nothing of ours, only their own copies, but a
    // finished load posts its result to this object, so none may still be running once it is gone.
    m_pool.waitForDone();
}

void MapSession::loadBundled(geo::DisplayCrs crs)
{
    const int generation = ++m_generation;
    const QStringList userPaths = m_userPaths;
    ++m_pending;
    runInBackground(
        &m_pool, this,
        [crs, userPaths]() {
            Loaded loaded;
            auto data = geo::loadBundledMap(crs, &loaded.error);
            if (!data)
                return loaded;
            for (const QString& path : userPaths) {
                QString ignored; // a file that vanished since is simply not reloaded
                for (const auto& layer : geo::loadUserLayers(path, crs, &ignored))
                    data = data->withLayer(layer);
            }
            loaded.gazetteer = std::make_shared<geo::Gazetteer>(data->places);
            loaded.data = std::move(data);
            return loaded;
        },
        [this, generation, crs](const Loaded& loaded) {
            --m_pending;
            if (generation != m_generation)
                return; // superseded by a newer load
            if (!loaded.data) {
                emit loadFailed(loaded.error);
                return;
            }
            m_crs = crs;
            m_data = loaded.data;
            m_gazetteer = loaded.gazetteer;
            emit dataChanged();
            for (const QString& path : std::exchange(m_queuedPaths, {}))
                openLayer(path);
        });
}

void MapSession::loadCatalog()
{
    if (m_catalogRequested || !m_data)
        return;
    m_catalogRequested = true;
    ++m_pending;
    // The bundled places do not depend on the map's CRS: one catalog serves every reload.
    runInBackground(
        &m_pool, this,
        [data = m_data]() {
            Loaded loaded;
            if (auto catalog = geo::EntityCatalog::loadBundled(data->places, &loaded.error))
                loaded.catalog = std::make_shared<const geo::EntityCatalog>(std::move(*catalog));
            return loaded;
        },
        [this](const Loaded& loaded) {
            --m_pending;
            if (!loaded.catalog) {
                emit loadFailed(loaded.error);
                return;
            }
            m_catalog = loaded.catalog;
            emit catalogReady();
        });
}

void MapSession::openLayer(const QString& path)
{
    if (!m_data) {
        m_queuedPaths << path;
        return;
    }
    const geo::DisplayCrs crs = m_crs;
    const int generation = m_generation;
    const int id = ++m_openingIds;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_opening.append({id, path, cancelled});
    ++m_pending;
    runInBackground(
        &m_pool, this,
        [this, path, crs, cancelled]() {
            Loaded loaded;
            // A big layer of a file without a spatial index is first copied, once, into an indexed GeoPackage in the
            // cache folder (geo/data/layer_cache.h): its progress goes to the same bar, and Cancel stops it.
            const geo::LayerCache::ProgressScope copying([this, path, cancelled](double done) {
                if (done >= 0)
                    QMetaObject::invokeMethod(this, [this, path, cancelled, done] {
                        if (!*cancelled)
                            emit layerCopyProgress(path, done);
                    });
                return !*cancelled;
            });
            loaded.layers = geo::loadUserLayers(
                path, crs, &loaded.error, geo::UserLayerLoading::Automatic, [cancelled] { return bool(*cancelled); },
                [this, path, cancelled](int done, int total) {
                    // Queued to the session's thread; the session outlives its pool's work.
                    QMetaObject::invokeMethod(this, [this, path, cancelled, done, total] {
                        if (!*cancelled)
                            emit layerOpenProgress(path, done, total);
                    });
                });
            return loaded;
        },
        [this, generation, path, id, cancelled](const Loaded& loaded) {
            --m_pending;
            if (*cancelled)
                return; // given up: the map stays as it was, and layerOpenFinished was said at once
            m_opening.removeIf([id](const Opening& o) { return o.id == id; });
            if (loaded.layers.isEmpty()) {
                emit layerOpenFinished(path, false);
                emit loadFailed(loaded.error);
                return;
            }
            if (generation != m_generation || !m_data) {
                emit layerOpenFinished(path, false);
                emit loadFailed(tr("%1: the map was reloaded meanwhile; open the file again").arg(path));
                return;
            }
            QStringList ids;
            bool highways = false;
            auto data = m_data;
            for (const auto& layer : loaded.layers) {
                data = data->withLayer(layer);
                ids << layer->id;
                highways = highways || layer->role == geo::LayerRole::Highways;
            }
            m_data = data;
            if (!m_userPaths.contains(path))
                m_userPaths << path;
            emit dataChanged();
            emit layerOpenFinished(path, true);
            emit layersOpened(ids, highways);
        });
}

void MapSession::cancelLayerOpening()
{
    for (const QString& path : std::exchange(m_queuedPaths, {}))
        emit layerOpenFinished(path, false);
    for (const Opening& o : std::exchange(m_opening, {})) {
        *o.cancelled = true;
        emit layerOpenFinished(o.path, false);
    }
}
