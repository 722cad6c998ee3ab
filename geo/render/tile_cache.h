#pragma once
// Tiles of the date-free layers, kept for the window's frames (tiled_renderer.h). A tile is a square of
// kTileSize device pixels on a zoom level's grid in the display CRS; the cache is bounded in bytes and drops the
// least recently used tiles first. Owned and used by one thread (the window's GUI thread, or the bench's).

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMap>

namespace geo {

struct TileKey {
    // Which stack of layers the tile holds: the date-free layers under the control areas (opaque), the base
    // boundaries drawn again over the areas, or the layers over them (FramePart::BaseUnder, BaseBoundaries, BaseOver).
    enum Stack : quint8 { Under, Boundaries, Over };

    quint64 level = 0; // the bits of a device pixel's size in display CRS units: one zoom level per exact size
    qint32 column = 0; // column 0 starts at x = 0 of the display CRS, eastwards
    qint32 row = 0;    // row 0 starts at y = 0 of the display CRS, southwards
    Stack stack = Under;

    double devicePixelSize() const;
    static quint64 levelOf(double devicePixelSize);

    friend bool operator==(const TileKey&, const TileKey&) = default;
};

size_t qHash(const TileKey& key, size_t seed = 0) noexcept;

class TileCache {
public:
    static constexpr int kTileSize = 256; // device pixels
    static constexpr qint64 kDefaultBytes = qint64(160) << 20;

    explicit TileCache(qint64 maxBytes = kDefaultBytes);

    // The tile, or null when it is not cached. A null image in a tile means "nothing drawn there" (a transparent
    // tile of the over stack is kept without its pixels). The pointer lives until the next insert or clear.
    const QImage* find(const TileKey& key) const;
    bool contains(const TileKey& key) const { return m_tiles.contains(key); }
    void insert(const TileKey& key, const QImage& tile);
    void clear();

    // The zoom levels tiles were cached at since the last clear (some may have been dropped since), as device
    // pixel sizes.
    QList<double> levels() const { return m_levels.values(); }
    int count() const { return int(m_tiles.size()); }
    qint64 bytes() const { return m_tiles.totalCost(); }
    qint64 maxBytes() const { return m_tiles.maxCost(); }

private:
    mutable QCache<TileKey, QImage> m_tiles; // looking a tile up marks it recently used
    QMap<quint64, double> m_levels;
};

} // namespace geo
