#pragma once
// The window's frames from tiles. The layers that do not change with the date (land, boundaries, rivers, borders,
// roads, user layers) are drawn once per zoom level in tiles of TileCache::kTileSize device pixels and kept; a
// frame blits them and draws over them only what changes with the date or the view: the control areas (and the
// thin dashed district lines, which cannot be cut) between the stacks of tiles, and the events, towns, posts and
// every label (placed for the whole frame, never per tile) on top. See FramePart for the order. The parts come from
// MapRenderer (FramePart), so the composed picture is the one MapRenderer draws at once.
//
// Threads: the TiledRenderer (its cache) belongs to one thread; renderTiles and renderOverlay are pure functions
// of their arguments for any thread, and their results are handed back to the owner (insert, compose).

#include "geo/render/label_placer.h"
#include "geo/render/render_settings.h"
#include "geo/render/tile_cache.h"

#include <QImage>
#include <QVector>

#include <memory>

class QPainter;

namespace geo {

struct MapData;

struct RenderedTile {
    TileKey key;
    QImage image; // null: nothing drawn in it (an over tile)
};

// The per-frame parts of one view, each on transparent pixels.
struct FrameOverlay {
    Viewport viewport; // the snapped view they were drawn for
    QImage control;    // FramePart::Control
    QImage dashes;     // FramePart::BoundaryDashes; null when there are no control areas
    QImage dated;      // FramePart::DatedAndLabels
    QVector<PlacedLabel> labels;
    bool cancelled = false;
    bool isNull() const { return dated.isNull(); }
};

class TiledRenderer {
public:
    explicit TiledRenderer(qint64 maxBytes = TileCache::kDefaultBytes) : m_cache(maxBytes) {}

    // What the tiles depend on besides the view: the data, the visible layers and their order, the device pixel
    // ratio. When that changes the cached tiles are dropped; returns true then.
    bool setBase(const RenderSettings& settings, std::shared_ptr<const MapData> data);
    const std::shared_ptr<const MapData>& data() const { return m_data; }
    // Drops every tile (a layer's style changed).
    void invalidate();

    // VIEW moved by less than half a device pixel so that its top-left corner lies on a device pixel of its zoom
    // level's tile grid: tiles then blit without resampling.
    static Viewport snapped(const Viewport& view, double devicePixelRatio);

    // The tiles SETTINGS's view needs (both stacks), and those of them not in the cache.
    QVector<TileKey> tilesFor(const RenderSettings& settings) const;
    QVector<TileKey> missingTiles(const RenderSettings& settings) const;

    // Draws KEYS (of one level) for SETTINGS's layers: a few rectangular blocks of tiles, one render per block and
    // stack, cut into tiles. Any thread; null when cancelled.
    static QVector<RenderedTile> renderTiles(const RenderSettings& settings, const MapData& data,
                                             const QVector<TileKey>& keys);
    void insert(const QVector<RenderedTile>& tiles);

    // The control areas and the dated layers with the labels of SETTINGS's (snapped) view. Any thread.
    static FrameOverlay renderOverlay(const RenderSettings& settings, const MapData& data);

    // Paints SETTINGS's view into PAINTER (whose logical coordinates are the view's pixels, on a device of
    // SETTINGS.devicePixelRatio): the under tiles, OVERLAY's control areas, the over tiles, OVERLAY's dated layers
    // and labels. A tile missing at the view's level is stood in by the nearest cached level's, scaled; an overlay
    // drawn for another view is moved and scaled to this one. Returns true when the picture is complete: every
    // tile at its level and the overlay of this very view.
    bool compose(QPainter& painter, const RenderSettings& settings, const FrameOverlay& overlay) const;

    // The whole frame at once on the calling thread, through the cache (the bench and the tests): missing tiles
    // drawn and kept, the overlay drawn, composed. Adds the tiles drawn to *TILESDRAWN.
    QImage renderFrame(const RenderSettings& settings, FrameOverlay* overlay = nullptr, int* tilesDrawn = nullptr);
    // An image of SETTINGS's view composed from the cache and OVERLAY, without drawing anything else.
    QImage composeImage(const RenderSettings& settings, const FrameOverlay& overlay, bool* complete = nullptr) const;

    const TileCache& cache() const { return m_cache; }
    int tilesDrawn() const { return m_tilesDrawn; } // tiles inserted since construction

private:
    bool drawStack(QPainter& painter, const Viewport& view, double dpr, TileKey::Stack stack) const;

    TileCache m_cache;
    std::shared_ptr<const MapData> m_data;
    size_t m_baseSignature = 0;
    int m_tilesDrawn = 0;
};

} // namespace geo
