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
// tile cache (tiled_renderer.h) composes the same picture from four parts, bottom to top: BaseUnder, the date-free
// layers under the control areas (background, land, governorates: cut in tiles); Control, what changes with the
// date there (the district lines, the control areas and area claims, the base boundaries again over the areas);
// BaseOver, the date-free layers over them (rivers, borders, roads, user layers: cut in tiles); DatedAndLabels,
// what changes with the date or the view (events, towns and posts, highlights, every label, the corner overlays).
// Thin dashed lines are never cut in tiles (Qt restarts their dashes at a clip's edge): the per-frame part on
// their side of the control areas draws them. Every part but BaseUnder starts from transparent pixels; drawn over
// one another in that order they give Whole's picture.
enum class FramePart {
    Whole,
    BaseUnder,
    Control,
    BaseOver,
    DatedAndLabels,
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
