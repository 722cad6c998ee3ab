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
// Who held what: a place or land with no claim on the date, and the glyphs that say how sure a claim is (the
// form tells assessed, claimed, inferred and contested apart; the colour is no side's).
inline const QColor noClaimArea{0xf1, 0xf1, 0xf1};
inline const QColor noClaimMarker{0xb8, 0xb8, 0xb8};
inline const QColor noClaimOutline{0x6e, 0x6e, 0x6e};
inline const QColor evidence{0x11, 0x11, 0x11};
} // namespace palette

// How sure the map is of a place's controller, shown by the form of its marker's outline.
enum class Evidence {
    Assessed,  // independently confirmed: a solid outline
    Claimed,   // reported only (claimed or disputed): a dashed ring
    Inferred,  // before the first claim, from the controller it names as previous: a small mark
    Contested, // fighting inside, or the sources disagree: hatched, no side's colour
};

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
    // CONTROL, when given, colours a place with its side (Unknown: the no-claim marker) and outlines it in the
    // form of its evidence. NODATECLAIMS: a date is chosen and the place has no claim on it (no-claim marker).
    // POST, when given, draws an observation post in its state on the date: encircled posts get a ring of the
    // government's colour, withdrawn ones are grey and hollow.
    static void drawMarker(QPainter& painter, const MapLayer& layer, const MapFeature& feature, QPointF at,
                           const PlaceControl* control = nullptr, const PostStatus* post = nullptr,
                           bool noClaimOnDate = false);
    static void drawPostSymbol(QPainter& painter, QPointF at, double radius, PostState state);
    static QColor controllerColor(Controller controller);
    // The fill of CONTROLLER's land: an opaque light tint of its colour, the same over any base fill (the legend
    // swatch is this colour). Unknown: the land with no claim on the date. Contested land is hatched over it.
    static QColor areaColor(Controller controller);
    static QBrush areaHatch(Controller controller); // drawn over areaColor: contested hatching, no-claim dots
    static Evidence evidenceOf(const PlaceControl& control);
    // The marker of a town under CONTROLLER (Unknown: no claim on the date): filled with the side's colour, its
    // outline in the form of EVIDENCE.
    static void drawControlSymbol(QPainter& painter, QPointF at, double radius, Controller controller,
                                  Evidence evidence);
    // The marker of a place with no claim on the date: grey, neither a side's colour nor the plain white.
    static void drawNoClaimSymbol(QPainter& painter, QPointF at, double radius);
    // The glyph of EVIDENCE alone, on a white disc (for legends: no side's colour at all).
    static void drawEvidenceSymbol(QPainter& painter, QPointF at, double radius, Evidence evidence);
    // A legend swatch of CONTROLLER's land with its town marker on it, inside RECT.
    static void drawAreaSwatch(QPainter& painter, const QRectF& rect, Controller controller);

    // A small symbol of LAYER for legends, inside RECT.
    static void drawLegendSymbol(QPainter& painter, const MapLayer& layer, const QRectF& rect);
};

} // namespace geo
