#pragma once
// Building an ExportRequest, once for the window and the command line: the size presets, the size and
// resolution limits, the extent (home view, place name, bounding box), the source notes and the frame fitted
// to the extent in what the page leaves. Every error is a sentence that says what was expected.

#include "geo/export/map_exporter.h"

#include <QDate>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

namespace geo {

class ControlTimeline;
class EntityCatalog;
class Gazetteer;
struct Article;

// The limits every request is held to (exportMap refuses what is outside them). A raster page is drawn whole
// in memory, then copied once to be written: about 8 bytes a pixel at the peak, so the pixel count is what bounds
// the memory an export takes. The limits are checked before anything is allocated.
struct ExportLimits {
    static constexpr int minDpi = 24;
    static constexpr int maxDpi = 2400;
    static constexpr int minSide = 16;               // pixels
    static constexpr int maxSide = 20000;            // pixels
    static constexpr qint64 maxPixels = 400'000'000; // 400 megapixels: about 3.2 GB while it is drawn
    static constexpr int peakBytesPerPixel = 8;      // the page (ARGB32) and its copy to write (RGB32)
};

// A request for FORMAT with LANG's labels and page words, the default title and no date badge in the frame (the
// page has its own "as of" line); size, extent and out path still to set.
ExportRequest newExportRequest(ExportFormat format, Language lang);

// Ready-made sizes: Web 1200x675 and Social 1080x1080 at 96 dpi; A4 and A3 pages at 300 dpi, portrait.
enum class ExportPreset { Web, Social, PrintA4, PrintA3, Custom };

// "web", "social", "a4", "a3", "custom": the name settings store, stable when presets are added.
QString exportPresetKey(ExportPreset preset);
std::optional<ExportPreset> exportPresetForKey(const QString& key);

// REQUEST sized by PRESET (its format set; Custom keeps what setExportPixelSize gave it).
void applyExportPreset(ExportRequest& request, ExportPreset preset);
// PAGE at DPI, turned to request.orientation: the page size and its pixels. False with *ERROR outside the limits,
// which then names the page, its pixels and the memory they would take, and the highest resolution that fits.
bool setExportPage(ExportRequest& request, const QPageSize& page, int dpi, QString* error);
// PIXELS at DPI; a PDF gets a custom page of that size. False with *ERROR outside the limits.
bool setExportPixelSize(ExportRequest& request, QSize pixels, int dpi, QString* error);
// The page named A4, A3 or letter (any case).
std::optional<QPageSize> parseExportPage(const QString& text, QString* error);

// What the map frame shows, display CRS, and the margin in pixels to leave around it when fitted.
struct ExportExtent {
    QRectF mapRect;
    int marginPixels = 0;
};

// TEXT: empty for the Home view on Idleb, a place name (the area 40 km across around it, any spelling the
// gazetteer knows) or "minlon,minlat,maxlon,maxlat" in degrees (WGS 84). GAZETTEER may be null: one over
// data.places is used.
std::optional<ExportExtent> parseExportExtent(const QString& text, const MapData& data, QString* error,
                                              const Gazetteer* gazetteer = nullptr);

// A viewport of SIZE pixels showing EXTENT.
Viewport viewportFor(const ExportExtent& extent, QSize size);

// Where the source notes come from: the claims behind who held what on the date, from SINCE on when valid.
struct ExportNoteSources {
    const ControlTimeline* timeline = nullptr;
    const QList<Article>* articles = nullptr;
    const EntityCatalog* catalog = nullptr;
    QDate since;
};

// Finishes REQUEST (data, format, size, texts and settings.control already set): the source notes of the
// claims behind EXTENT on the whole picture (when SOURCES is given and there is a control overlay), which take
// room on the page, then the frame that is left fitted to EXTENT. False with *ERROR when the page cannot hold
// its texts and a frame.
bool fitExportFrame(ExportRequest& request, const ExportExtent& extent, const ExportNoteSources* sources,
                    QString* error);

} // namespace geo
