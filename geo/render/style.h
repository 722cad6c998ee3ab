#pragma once
// The map's look: colours, pens, marker sizes, fonts and which features show at which scale. One place, so the
// screen, the exports and the legend agree.

#include "geo/control/control_snapshot.h"
#include "geo/data/map_layer.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>

class QPainter;

namespace geo {

namespace palette {
inline const QColor noData{0xdd, 0xe6, 0xec}; // outside the data and the sea
inline const QColor syriaLand{0xf6, 0xf3, 0xec};
inline const QColor foreignLand{0xe4, 0xe1, 0xda}; // Turkey (Hatay) and beyond
inline const QColor idlebFill{0xfb, 0xee, 0xc8};   // the province in focus
inline const QColor governorateLine{0x8a, 0x80, 0x72};
inline const QColor districtLine{0xbf, 0xb6, 0xa8};
inline const QColor water{0x5b, 0x9b, 0xd5};
inline const QColor border{0x3c, 0x3c, 0x3c};
inline const QColor m5{0xe0, 0x7b, 0x00};
inline const QColor m4{0x7b, 0x4f, 0xa8};
inline const QColor otherRoad{0x99, 0x99, 0x99};
inline const QColor placeMarker{0x33, 0x33, 0x33};
inline const QColor villageMarker{0x80, 0x80, 0x80};
inline const QColor labelText{0x22, 0x22, 0x22};
inline const QColor areaLabel{0x7a, 0x6e, 0x5e};
inline const QColor post{0x1f, 0x5f, 0xa8};
inline const QColor highlight{0xff, 0x00, 0x80};
inline const QColor userLayer{0x00, 0x80, 0x80};
inline const QColor government{0xd7, 0x30, 0x1f};
inline const QColor opposition{0x1a, 0x98, 0x50};
inline const QColor hts{0x4d, 0x4d, 0x4d};
inline const QColor turkey{0x2c, 0x7f, 0xb8};
inline const QColor frontLine{0x20, 0x20, 0x20};
} // namespace palette

class Style {
public:
    // The family of the bundled font; registerBundledFonts() must have run (it is cheap and idempotent).
    static QString fontFamily();
    static void registerBundledFonts();

    static QFont labelFont(double pointSize, bool bold = false);

    // Polygons and lines.
    static QBrush fillFor(const MapLayer& layer, const MapFeature& feature);
    static QPen penFor(const MapLayer& layer, const MapFeature& feature);
    static QColor highwayColor(const QString& ref);

    // Whether a feature of LAYER shows at UNITSPERPIXEL, and whether its label does.
    static bool featureVisible(const MapLayer& layer, const MapFeature& feature, double unitsPerPixel);
    static bool labelVisible(const MapLayer& layer, const MapFeature& feature, double unitsPerPixel);
    // Resolution beyond which the simplified geometry is drawn.
    static constexpr double kSimplifyAbove = 250.0;

    // Point markers: the radius in pixels, and the marker itself centred on 0,0.
    static double markerRadius(const MapLayer& layer, const MapFeature& feature);
    // Where a marker is drawn relative to its point, in pixels. Posts sit on the point of the village they are
    // named after, which a town marker already occupies: they are drawn beside it, with a leader to the point.
    static QPointF markerOffset(const MapLayer& layer);
    // Markers that always show, whatever the clutter: key towns, cities, observation posts, the user's layers.
    static bool markerMandatory(const MapLayer& layer, const MapFeature& feature);
    // CONTROL, when given, colours a town: solid for an assessed claim, a ring for a claimed one, hatched
    // when contested.
    // POST, when given, draws an observation post in its state on the date: encircled posts get a ring of the
    // government's colour, withdrawn ones are grey and hollow.
    static void drawMarker(QPainter& painter, const MapLayer& layer, const MapFeature& feature, QPointF at,
                           const PlaceControl* control = nullptr, const PostStatus* post = nullptr);
    static void drawPostSymbol(QPainter& painter, QPointF at, double radius, PostState state);
    static QColor controllerColor(Controller controller);
    // The marker of a town under CONTROLLER with STATUS (or contested), for legends.
    static void drawControlSymbol(QPainter& painter, QPointF at, double radius, Controller controller,
                                  ClaimStatus status);

    // A small symbol of LAYER for legends, inside RECT.
    static void drawLegendSymbol(QPainter& painter, const MapLayer& layer, const QRectF& rect);
};

} // namespace geo
