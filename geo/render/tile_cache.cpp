#include "geo/render/tile_cache.h"

#include <bit>

namespace geo {

double TileKey::devicePixelSize() const
{
    return std::bit_cast<double>(level);
}

quint64 TileKey::levelOf(double devicePixelSize)
{
    return std::bit_cast<quint64>(devicePixelSize);
}

size_t qHash(const TileKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.level, key.column, key.row, quint8(key.stack));
}

TileCache::TileCache(qint64 maxBytes) : m_tiles(maxBytes) {}

const QImage* TileCache::find(const TileKey& key) const
{
    return m_tiles.object(key);
}

void TileCache::insert(const TileKey& key, const QImage& tile)
{
    // A transparent tile costs its key only.
    m_tiles.insert(key, new QImage(tile), std::max<qint64>(1, tile.sizeInBytes()));
    m_levels.insert(key.level, key.devicePixelSize());
}

void TileCache::clear()
{
    m_tiles.clear();
    m_levels.clear();
}

} // namespace geo
