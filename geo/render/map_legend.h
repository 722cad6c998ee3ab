#pragma once
// The rows of a map's legend: one per visible layer, one per highway and one per kind of place marker, with the
// schematic highways and the approximate posts said to be so. Built from the same data and settings as the
// map, so the legend lists what the map draws; an export lists only what its frame actually shows.

#include "geo/data/map_data.h"
#include "geo/core/place.h"
#include "geo/render/render_settings.h"

#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QPainter;

namespace geo {

struct LegendRow {
    std::shared_ptr<const MapLayer> layer;
    int featureIndex = -1; // the feature whose symbol stands for the row; -1 = the layer's own symbol
    QString text;          // in the label language
    // Rows that stand for no layer (controllers, claimed/assessed, derived areas) draw their own symbol.
    std::function<void(QPainter&, const QRectF&)> symbol;
};

enum class LegendScope {
    VisibleLayers, // every layer the settings show, wherever its features are
    InFrame,       // only what is drawn inside the settings' viewport at its scale
};

// Top of the legend first (the top layer first). Text of the bundled layers in LANG; a user layer keeps its
// title.
QVector<LegendRow> legendRows(const RenderSettings& settings, const MapData& data, Language lang, LegendScope scope);

// The title of LAYER in LANG, as the layers panel lists it: the bundled layers in LANG, a user layer its own title.
QString layerTitle(const MapLayer& layer, Language lang);

// Draws ROW's symbol (the layer's line, fill or marker) centred in RECT.
void drawLegendSymbol(QPainter& painter, const LegendRow& row, const QRectF& rect);

} // namespace geo
