#pragma once
// The map the window shows: the bundled data plus the layers the user opened, loaded on worker threads of the
// session's own pool. The GUI thread only swaps in finished, immutable MapData.

#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/data/map_data.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

class MapSession : public QObject {
    Q_OBJECT
public:
    explicit MapSession(QObject* parent = nullptr);
    ~MapSession() override;

    std::shared_ptr<const geo::MapData> data() const { return m_data; }
    // The places of the current map, never null (empty until the first map has loaded). Shared, so that whoever
    // holds it keeps it whole when a reload replaces it.
    std::shared_ptr<const geo::Gazetteer> gazetteer() const { return m_gazetteer; }
    // Every entity an article may cite (null until the first map has loaded).
    std::shared_ptr<const geo::EntityCatalog> catalog() const { return m_catalog; }
    geo::DisplayCrs crs() const { return m_crs; }
    bool isBusy() const { return m_pending > 0; }
    // Whether a file is being opened as a layer (openLayer), not yet added, failed or cancelled.
    bool isOpeningLayer() const { return !m_opening.isEmpty() || !m_queuedPaths.isEmpty(); }
    QStringList userPaths() const { return m_userPaths; } // the files the user opened as layers, oldest first

    // Loads the bundled map in CRS (and reloads the user's layers in it). Emits dataChanged or loadFailed.
    void loadBundled(geo::DisplayCrs crs);
    // Reads the entity catalog (which the articles need, not the map) once the map is there: emits catalogReady,
    // or loadFailed. Does nothing when it is read or being read, or before the first map.
    void loadCatalog();
    // Adds every drawable layer of PATH, on a worker: returns at once. Emits layerOpenProgress while it reads (and
    // layerCopyProgress while a file without a spatial index is copied into the cache folder, the first time),
    // then layersOpened, or loadFailed with nothing changed; layerOpenFinished in every case.
    void openLayer(const QString& path);
    // Gives up every layer being opened: the map stays as it is, whatever the workers still do (they stop at the
    // next layer and their result is dropped). Emits layerOpenFinished(path, false) for each, at once.
    void cancelLayerOpening();

signals:
    void dataChanged();
    void catalogReady();
    void layerOpenProgress(const QString& path, int done, int total);
    void layerCopyProgress(const QString& path, double done); // 0 to 1
    void layerOpenFinished(const QString& path, bool opened);
    void layersOpened(const QStringList& layerIds, bool replacesSchematicHighways);
    void loadFailed(const QString& message);

private:
    struct Loaded;
    std::shared_ptr<const geo::MapData> m_data;
    std::shared_ptr<const geo::Gazetteer> m_gazetteer;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::DisplayCrs m_crs = geo::DisplayCrs::WebMercator;
    QStringList m_userPaths;
    QStringList m_queuedPaths; // opened before the first map arrived
    struct Opening {
        int id;
        QString path;
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    QVector<Opening> m_opening; // oldest first
    int m_openingIds = 0;
    bool m_catalogRequested = false;
    int m_generation = 0;
    int m_pending = 0;
    QThreadPool m_pool; // the loads this session started, and only those, are waited for when it goes
};
