#include "geo/render/tiled_renderer.h"

#include "geo/data/map_data.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace geo {

namespace {

constexpr int kTile = TileCache::kTileSize;
// Beyond this many tiles a stand-in level is too far out to help (and too slow to draw).
constexpr int kMaxStandInTiles = 600;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// A view's device pixels on its level's grid: the grid's pixel of its top-left corner, its size.
struct GridFrame {
    double pixel = 0; // a device pixel's size in display CRS units
    qint64 x = 0, y = 0;
    int width = 0, height = 0;

    GridFrame(const Viewport& view, double dpr)
        : pixel(view.unitsPerPixel() / dpr), width(qRound(view.size().width() * dpr)),
          height(qRound(view.size().height() * dpr))
    {
        const QRectF area = view.mapRect();
        x = std::llround(area.left() / pixel);
        y = std::llround(-area.bottom() / pixel); // rows go south from y = 0
    }
    qint64 firstColumn() const { return floorDiv(x, kTile); }
    qint64 lastColumn() const { return floorDiv(x + width - 1, kTile); }
    qint64 firstRow() const { return floorDiv(y, kTile); }
    qint64 lastRow() const { return floorDiv(y + height - 1, kTile); }
};

bool transparent(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        const quint32* line = reinterpret_cast<const quint32*>(image.constScanLine(y));
        if (std::any_of(line, line + image.width(), [](quint32 p) { return p != 0; }))
            return false;
    }
    return true;
}

// The viewport of the block of tiles from (COLUMN, ROW), COLUMNS x ROWS tiles, at device pixel size PIXEL.
Viewport blockViewport(double pixel, double dpr, qint64 column, qint64 row, int columns, int rows)
{
    const double upp = pixel * dpr;
    const QSize size(int(std::ceil(columns * kTile / dpr)), int(std::ceil(rows * kTile / dpr)));
    const double left = double(column * kTile) * pixel;
    const double top = -double(row * kTile) * pixel;
    return Viewport(QPointF(left + size.width() / 2.0 * upp, top - size.height() / 2.0 * upp), upp, size);
}

QImage transparentImage(QSize deviceSize, double dpr)
{
    QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
}

// Draws IMAGE, drawn for the view FROM, where it falls in the view TO: blitted when only moved by whole device
// pixels, else scaled.
void drawMoved(QPainter& painter, const QImage& image, const Viewport& from, const Viewport& to, double dpr)
{
    if (image.isNull())
        return;
    if (from == to) {
        painter.drawImage(QPointF(0, 0), image);
        return;
    }
    const QRectF area = from.mapRect();
    QPointF tl = to.toScreen(QPointF(area.left(), area.bottom()));
    const QPointF br = to.toScreen(QPointF(area.right(), area.top()));
    if (from.unitsPerPixel() == to.unitsPerPixel()) {
        tl = QPointF(std::round(tl.x() * dpr) / dpr, std::round(tl.y() * dpr) / dpr);
        painter.drawImage(tl, image);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(tl, br), image);
    painter.restore();
}

} // namespace

bool TiledRenderer::setBase(const RenderSettings& settings, std::shared_ptr<const MapData> data)
{
    size_t signature = qHashMulti(0, quintptr(data.get()), settings.devicePixelRatio);
    if (data)
        for (const auto& layer : MapRenderer::orderedVisibleLayers(settings, *data))
            signature = qHashMulti(signature, quintptr(layer.get()));
    m_data = std::move(data);
    if (signature == m_baseSignature)
        return false;
    m_baseSignature = signature;
    m_cache.clear();
    return true;
}

void TiledRenderer::invalidate()
{
    m_cache.clear();
}

Viewport TiledRenderer::snapped(const Viewport& view, double dpr)
{
    if (!view.isValid())
        return view;
    const GridFrame grid(view, dpr);
    const double upp = view.unitsPerPixel();
    Viewport v = view;
    v.setCenter(QPointF(double(grid.x) * grid.pixel + view.size().width() / 2.0 * upp,
                        -double(grid.y) * grid.pixel - view.size().height() / 2.0 * upp));
    return v;
}

QVector<TileKey> TiledRenderer::tilesFor(const RenderSettings& settings) const
{
    QVector<TileKey> keys;
    if (!settings.viewport.isValid())
        return keys;
    const GridFrame grid(snapped(settings.viewport, settings.devicePixelRatio), settings.devicePixelRatio);
    const quint64 level = TileKey::levelOf(grid.pixel);
    QVector<TileKey::Stack> stacks{TileKey::Under, TileKey::Over};
    if (MapRenderer::redrawsBaseBoundaries(settings))
        stacks.append(TileKey::Boundaries);
    for (TileKey::Stack stack : std::as_const(stacks))
        for (qint64 row = grid.firstRow(); row <= grid.lastRow(); ++row)
            for (qint64 column = grid.firstColumn(); column <= grid.lastColumn(); ++column)
                keys.append(TileKey{level, qint32(column), qint32(row), stack});
    return keys;
}

QVector<TileKey> TiledRenderer::missingTiles(const RenderSettings& settings) const
{
    QVector<TileKey> keys = tilesFor(settings);
    keys.erase(std::remove_if(keys.begin(), keys.end(), [this](const TileKey& k) { return m_cache.contains(k); }),
               keys.end());
    return keys;
}

QVector<RenderedTile> TiledRenderer::renderTiles(const RenderSettings& settings, const MapData& data,
                                                 const QVector<TileKey>& keys)
{
    QVector<RenderedTile> tiles;
    const double dpr = settings.devicePixelRatio;
    for (TileKey::Stack stack : {TileKey::Under, TileKey::Boundaries, TileKey::Over}) {
        // This stack's tiles row by row, in runs of neighbouring columns; a run with the same columns as the
        // run just above it joins its block (the strip a pan uncovers is one block, an L is two).
        QMap<qint64, QVector<qint64>> columnsByRow;
        quint64 level = 0;
        for (const TileKey& k : keys)
            if (k.stack == stack) {
                columnsByRow[k.row].append(k.column);
                level = k.level;
            }
        if (columnsByRow.isEmpty())
            continue;
        struct Block {
            qint64 column, row;
            int columns, rows;
        };
        QVector<Block> blocks;
        for (auto it = columnsByRow.begin(); it != columnsByRow.end(); ++it) {
            QVector<qint64>& columns = *it;
            std::sort(columns.begin(), columns.end());
            for (int i = 0; i < columns.size();) {
                int j = i + 1;
                while (j < columns.size() && columns[j] == columns[j - 1] + 1)
                    ++j;
                const Block run{columns[i], it.key(), j - i, 1};
                auto above = std::find_if(blocks.begin(), blocks.end(), [&](const Block& b) {
                    return b.column == run.column && b.columns == run.columns && b.row + b.rows == run.row;
                });
                if (above != blocks.end())
                    ++above->rows;
                else
                    blocks.append(run);
                i = j;
            }
        }
        const double pixel = TileKey{level}.devicePixelSize();
        for (const Block& b : std::as_const(blocks)) {
            RenderSettings s = settings;
            s.viewport = blockViewport(pixel, dpr, b.column, b.row, b.columns, b.rows);
            s.part = stack == TileKey::Under        ? FramePart::BaseUnder
                     : stack == TileKey::Boundaries ? FramePart::BaseBoundaries
                                                    : FramePart::BaseOver;
            QImage block = transparentImage(QSize(b.columns * kTile, b.rows * kTile), dpr);
            QPainter painter(&block);
            const MapRenderer::Result r = MapRenderer::render(painter, s, data);
            painter.end();
            if (r.cancelled)
                return {};
            for (int row = 0; row < b.rows; ++row)
                for (int column = 0; column < b.columns; ++column) {
                    QImage tile = block.copy(column * kTile, row * kTile, kTile, kTile);
                    if (stack == TileKey::Under)
                        tile.reinterpretAsFormat(QImage::Format_RGB32); // opaque: blitted without blending
                    else if (transparent(tile))
                        tile = QImage();
                    tiles.append({TileKey{level, qint32(b.column + column), qint32(b.row + row), stack}, tile});
                }
        }
    }
    return tiles;
}

void TiledRenderer::insert(const QVector<RenderedTile>& tiles)
{
    for (const RenderedTile& t : tiles) {
        m_cache.insert(t.key, t.image);
        ++m_tilesDrawn;
    }
}

FrameOverlay TiledRenderer::renderOverlay(const RenderSettings& settings, const MapData& data)
{
    FrameOverlay overlay;
    const double dpr = settings.devicePixelRatio;
    RenderSettings s = settings;
    s.viewport = overlay.viewport = snapped(settings.viewport, dpr);
    const QSize size = s.viewport.size() * dpr;
    auto draw = [&](FramePart part, QImage* image) {
        s.part = part;
        *image = transparentImage(size, dpr);
        QPainter painter(image);
        const MapRenderer::Result r = MapRenderer::render(painter, s, data);
        overlay.cancelled = r.cancelled;
        return r;
    };
    if (draw(FramePart::Control, &overlay.control).cancelled)
        return overlay;
    if (MapRenderer::redrawsBaseBoundaries(s) && draw(FramePart::BoundaryDashes, &overlay.dashes).cancelled)
        return overlay;
    overlay.labels = draw(FramePart::DatedAndLabels, &overlay.dated).labels;
    return overlay;
}

bool TiledRenderer::drawStack(QPainter& painter, const Viewport& view, double dpr, TileKey::Stack stack) const
{
    const GridFrame grid(view, dpr);
    const quint64 level = TileKey::levelOf(grid.pixel);
    QRegion missing;
    for (qint64 row = grid.firstRow(); row <= grid.lastRow(); ++row)
        for (qint64 column = grid.firstColumn(); column <= grid.lastColumn(); ++column) {
            const QPointF at((column * kTile - grid.x) / dpr, (row * kTile - grid.y) / dpr);
            const QImage* tile = m_cache.find(TileKey{level, qint32(column), qint32(row), stack});
            if (!tile) {
                missing += QRectF(at, QSizeF(kTile / dpr, kTile / dpr)).toAlignedRect();
                continue;
            }
            if (!tile->isNull())
                painter.drawImage(at, *tile);
        }
    if (missing.isEmpty())
        return true;

    // The nearest level with tiles stands in, scaled, where this one has none yet.
    double standIn = 0;
    for (double pixel : m_cache.levels())
        if (pixel != grid.pixel &&
            (standIn == 0 || std::abs(std::log(pixel / grid.pixel)) < std::abs(std::log(standIn / grid.pixel))))
            standIn = pixel;
    if (standIn == 0)
        return false;
    const QRectF area = view.mapRect();
    const double span = kTile * standIn;
    const qint64 c0 = qint64(std::floor(area.left() / span)), c1 = qint64(std::floor(area.right() / span));
    const qint64 r0 = qint64(std::floor(-area.bottom() / span)), r1 = qint64(std::floor(-area.top() / span));
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > kMaxStandInTiles)
        return false;
    painter.save();
    painter.setClipRegion(missing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const quint64 standInLevel = TileKey::levelOf(standIn);
    for (qint64 row = r0; row <= r1; ++row)
        for (qint64 column = c0; column <= c1; ++column) {
            const QImage* tile = m_cache.find(TileKey{standInLevel, qint32(column), qint32(row), stack});
            if (!tile || tile->isNull())
                continue;
            const QPointF tl = view.toScreen(QPointF(column * span, -row * span));
            const QPointF br = view.toScreen(QPointF((column + 1) * span, -(row + 1) * span));
            painter.drawImage(QRectF(tl, br), *tile);
        }
    painter.restore();
    return false;
}

bool TiledRenderer::compose(QPainter& painter, const RenderSettings& settings, const FrameOverlay& overlay) const
{
    const double dpr = settings.devicePixelRatio;
    const Viewport view = snapped(settings.viewport, dpr);
    bool complete = drawStack(painter, view, dpr, TileKey::Under);
    drawMoved(painter, overlay.control, overlay.viewport, view, dpr);
    if (MapRenderer::redrawsBaseBoundaries(settings)) {
        complete = drawStack(painter, view, dpr, TileKey::Boundaries) && complete;
        drawMoved(painter, overlay.dashes, overlay.viewport, view, dpr);
    }
    complete = drawStack(painter, view, dpr, TileKey::Over) && complete;
    drawMoved(painter, overlay.dated, overlay.viewport, view, dpr);
    return complete && !overlay.isNull() && !overlay.cancelled && overlay.viewport == view;
}

QImage TiledRenderer::composeImage(const RenderSettings& settings, const FrameOverlay& overlay, bool* complete) const
{
    const double dpr = settings.devicePixelRatio;
    QImage image(settings.viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette::noData);
    QPainter painter(&image);
    const bool done = compose(painter, settings, overlay);
    if (complete)
        *complete = done;
    return image;
}

QImage TiledRenderer::renderFrame(const RenderSettings& settings, FrameOverlay* overlay, int* tilesDrawn)
{
    if (!m_data)
        return {};
    const QVector<RenderedTile> tiles = renderTiles(settings, *m_data, missingTiles(settings));
    insert(tiles);
    if (tilesDrawn)
        *tilesDrawn += int(tiles.size());
    const FrameOverlay drawn = renderOverlay(settings, *m_data);
    if (overlay)
        *overlay = drawn;
    return composeImage(settings, drawn);
}

} // namespace geo
