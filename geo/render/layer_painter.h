#pragma once
// Draws an indexed layer (geo/data/feature_index.h) for one frame: only what the frame reaches, simplified for its
// zoom band, long parts cut to the frame, features under a pixel as one dot each.

#include "geo/core/viewport.h"

#include <QBrush>
#include <QPen>

#include <functional>

class QPainter;

namespace geo {

class FeatureIndex;

struct LayerPaintResult {
    int features = 0; // lines and polygons drawn
    int dots = 0;     // features under a pixel, drawn as a dot
    int read = 0;     // features read from the file for this frame
    bool cancelled = false;
};

// Paints INDEX's features in VIEWPORT onto PAINTER (whose transform maps the viewport's pixels, as
// MapRenderer's): polygons with BRUSH and PEN, lines with PEN, in the file's feature order. PEN is cosmetic.
LayerPaintResult paintIndexedLayer(QPainter& painter, const FeatureIndex& index, const Viewport& viewport,
                                   const QPen& pen, const QBrush& brush, const std::function<bool()>& cancelled = {});

} // namespace geo
