#pragma once
// Publishable snapshots of the map, through the one renderer the window uses. Either a composed page (PNG,
// SVG, PDF): title, subtitle, "as of" date, the map frame, a legend of what the frame shows, a scale bar true
// at the map's latitude, a north arrow to true north, an inset locator map, numbered source notes and the data
// credits; or the map frame alone, georeferenced (GeoTIFF, PNG with a world file). A file is written whole
// under a temporary name and renamed at the end: an error or a cancel leaves nothing behind.
//
// Units: a page is laid out in CSS pixels (1/96 inch) whatever the output, so labels and symbols keep their
// size on paper: a PNG at 300 dpi is the same page as at 96 dpi, with 3.125 times the pixels.

#include "geo/data/map_data.h"
#include "geo/export/page_layout.h"
#include "geo/render/render_settings.h"
#include "geo/core/source_note.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace geo {

enum class ExportFormat { Png, Svg, Pdf, GeoTiff, PngWorldFile };

QString exportFormatName(ExportFormat format); // "PNG", "SVG", "PDF", "GeoTIFF", "PNG + world file"
// The format a file name asks for: .png, .svg, .pdf, .tif or .tiff (any case). A world file (.pgw) is no
// output of its own: it comes with a PNG (ExportFormat::PngWorldFile).
std::optional<ExportFormat> exportFormatForPath(const QString& path);
// A composed page (PNG, SVG, PDF), or the map frame alone (GeoTIFF, PNG + world file).
bool isPageFormat(ExportFormat format);
// The world file beside an image: "map.png" -> "map.pgw".
QString worldFilePath(const QString& imagePath);

struct ExportRequest {
    std::shared_ptr<const MapData> data;
    // The map frame: its viewport is the frame's extent and size in pixels at the output resolution (see
    // mapFramePixelSize). Layers, label language and highlight as on screen.
    RenderSettings settings;
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize; // PNG and SVG: the page in pixels at DPI. Frame-only formats: the viewport's size.
    int dpi = 96;    // PNG: written in the file. PDF: the resolution the viewport was sized at.
    QPageSize pageSize{QPageSize::A4};                            // PDF
    QPageLayout::Orientation orientation = QPageLayout::Portrait; // PDF
    QString title;
    QString subtitle;
    QDate asOf; // shown "au 8 février 2020" / "as of 8 February 2020" / Arabic; invalid: not shown
    Language lang = Language::French; // of the page's fixed words (the map's labels follow settings)
    bool inset = true;
    QList<SourceNote> notes;
    QString outPath;
};

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    QStringList files;                    // written: the image, and its world file
    QSize pixelSize;                      // raster outputs: the image's size
    std::optional<PageLayout> layout;     // page formats: where everything went (CSS pixels)
    QRectF frameExtent;                   // the map frame as drawn, display CRS
    QStringList legend;                   // the legend rows drawn
    double northAngle = 0;                // the north arrow, degrees clockwise from up
    std::array<double, 6> geoTransform{}; // frame-only formats: GDAL order, display CRS
};

// PAGE in inches, turned to ORIENTATION, from its exact definition (Qt rounds inches to 0.01: A4 would be
// 8.27 x 11.69 rather than 210 x 297 mm).
QSizeF pageSizeInches(const QPageSize& page, QPageLayout::Orientation orientation);

// The page of REQUEST in CSS pixels (1/96 inch).
QSizeF pageSizeCss(const ExportRequest& request);

// The size in pixels at the request's resolution of the map frame that the page leaves (frame-only formats:
// the pixel size). Fit the extent to show into it and set settings.viewport before exportMap. Empty, with
// *error set, when the page cannot hold its texts and a usable frame.
QSize mapFramePixelSize(const ExportRequest& request, QString* error = nullptr);

// An image drawn for a request, and how it went.
struct ExportImage {
    QImage image; // null unless result.ok
    ExportResult result;
};

// The image a PNG export of REQUEST would write, drawn in memory, no file touched (outPath may be empty): the
// page for the page formats (an SVG or PDF page drawn as a PNG would be), the frame alone for the frame-only
// ones. The window's preview. PROGRESS as for exportMap; settings.cancel stops it between features.
ExportImage renderExportImage(const ExportRequest& request, const std::function<bool(int percent)>& progress = {});

// Writes REQUEST's file. PROGRESS (may be empty) gets 0-100 along the way and returns false to cancel; setting
// settings.cancel cancels too, sooner: the renderer checks it between features.
ExportResult exportMap(const ExportRequest& request, const std::function<bool(int percent)>& progress = {});

// The six lines of a world file for an image of VIEWPORT (pixel-centre convention).
QString worldFileText(const Viewport& viewport);

} // namespace geo
