#pragma once
// Everything a render job needs besides the data, as a value built on the GUI thread and copied to a worker.

#include "geo/control/control_overlay.h"
#include "geo/core/place.h"
#include "geo/core/viewport.h"

#include <QDate>
#include <QRectF>
#include <QSet>
#include <QVector>
#include <QStringList>

#include <atomic>
#include <memory>

namespace geo {

// Which part of the frame a render draws. Whole is the full picture at once (exports, the command line). The window's
// tile cache (tiled_renderer.h) composes the same picture from parts drawn over one another in this order, the
// date-free ones cut in tiles and kept, the others drawn per frame. Every part but BaseUnder starts from transparent
// pixels. Thin dashed lines (the district boundaries) are never cut in tiles, since Qt starts their dashes afresh
// where a clip cuts them: the per-frame part on their side of the control areas draws them.
enum class FramePart {
    Whole,
    BaseUnder,      // tiles: the background, land and governorates under the control areas
    Control,        // per frame: the district lines under the areas, the control areas, the area claims
    BaseBoundaries, // tiles: the governorate lines again over the control areas (when there are areas)
    BoundaryDashes, // per frame: the district lines again over the control areas (when there are areas)
    BaseOver,       // tiles: rivers, coast, border, roads, user layers
    DatedAndLabels, // per frame: events, towns, posts, highlights, every label, the corner overlays
};

struct RenderSettings {
    Viewport viewport;
    FramePart part = FramePart::Whole;
    double devicePixelRatio = 1.0;
    Language labelLanguage = Language::French;
    QSet<QString> hiddenLayers; // layer ids
    QStringList layerOrder;     // layer ids bottom to top; layers not listed keep the data's order
    QString highlightPlaceId;   // drawn with a ring (search result, selection)
    // Places marked with the same ring (the towns that changed hands between two dates); a legend row
    // "Changed since MARKEDSINCE" when the date is valid.
    QStringList markedPlaceIds;
    QDate markedSince;
    bool drawLabels = true;
    bool drawCredits = true;   // the attribution line in the corner
    bool drawDateBadge = true; // the "as of" date in the corner, when a date is chosen
    // Who held what on the chosen date (towns coloured, derived areas, front lines); null = no date chosen.
    std::shared_ptr<const ControlOverlay> control;
    // Screen rectangles that overlays drawn afterwards will cover (an export's scale bar and north arrow):
    // labels keep clear of them.
    QVector<QRectF> keepClear;
    // Set by the owner to abandon a superseded frame; the renderer checks it between features.
    std::shared_ptr<std::atomic_bool> cancel;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace geo
