#pragma once
// The one drawing path: paints a MapData as RenderSettings say onto any QPainter (a QImage for the screen and
// PNG, QSvgGenerator, QPdfWriter). Stateless and reentrant: render jobs run on worker threads.

#include "geo/render/label_placer.h"
#include "geo/data/map_data.h"
#include "geo/render/render_settings.h"

#include <QImage>

class QPainter;

namespace geo {

class MapRenderer {
public:
    struct Result {
        bool cancelled = false;
        int featuresDrawn = 0;
        QVector<PlacedLabel> labels;
    };

    // Paints the map, or the part of it SETTINGS.part names, into the rectangle (0,0)-(viewport size) of PAINTER's
    // logical coordinates.
    static Result render(QPainter& painter, const RenderSettings& settings, const MapData& data);
    // Convenience: a new image of the viewport's size times the device pixel ratio.
    static QImage renderImage(const RenderSettings& settings, const MapData& data, Result* result = nullptr);

    // Overlays, also used on screen over a cached image.
    static void drawScaleBar(QPainter& painter, const Viewport& viewport, DisplayCrs crs, QPointF bottomLeft,
                             Language lang = Language::English);
    static void drawCredits(QPainter& painter, const QRectF& area, const QString& text);
    // The "as of" date in the label language, boxed, from TOPLEFT.
    static void drawDateBadge(QPainter& painter, QPointF topLeft, const QDate& date, Language lang);
    static QRectF dateBadgeRect(QPointF topLeft, const QDate& date, Language lang);
    // Where drawCredits puts its box in AREA.
    static QRectF creditsRect(const QRectF& area, const QString& text);

    // Whether the control areas of SETTINGS cover the base polygons, so that their boundaries are drawn again over
    // the areas (FramePart::BaseBoundaries and BoundaryDashes draw nothing otherwise).
    static bool redrawsBaseBoundaries(const RenderSettings& settings);

    // The layers in the order RenderSettings asks, bottom to top, hidden ones left out.
    static QVector<std::shared_ptr<const MapLayer>> orderedVisibleLayers(const RenderSettings& settings,
                                                                         const MapData& data);
};

} // namespace geo
