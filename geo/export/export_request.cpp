#include "geo/export/export_request.h"

#include "geo/articles/article.h"
#include "geo/control/control_timeline.h"
#include "geo/control/dated_control.h"
#include "geo/core/projector.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/data/map_data_loader.h"
#include "geo/export/export_texts.h"

#include <algorithm>
#include <cmath>

namespace geo {

namespace {

constexpr double kPlaceHalfSide = 20000; // a named place: the area 40 km across around it (metres)
constexpr int kHomeMargin = 10;          // pixels around the Home view, as the window's Home button leaves

// A size within the side limits is within the pixel budget too (20000 x 20000 is 400 megapixels).
static_assert(qint64(ExportLimits::maxSide) * ExportLimits::maxSide <= ExportLimits::maxPixels);

bool checkLimits(QSize pixels, int dpi, QString* error)
{
    if (dpi < ExportLimits::minDpi || dpi > ExportLimits::maxDpi) {
        *error = QStringLiteral("resolution %1 dpi: expected %2 to %3")
                     .arg(dpi)
                     .arg(ExportLimits::minDpi)
                     .arg(ExportLimits::maxDpi);
        return false;
    }
    const auto inside = [](int side) { return side >= ExportLimits::minSide && side <= ExportLimits::maxSide; };
    if (!inside(pixels.width()) || !inside(pixels.height())) {
        *error = QStringLiteral("size %1x%2: expected WIDTHxHEIGHT in pixels between %3 and %4")
                     .arg(pixels.width())
                     .arg(pixels.height())
                     .arg(ExportLimits::minSide)
                     .arg(ExportLimits::maxSide);
        return false;
    }
    return true;
}

// "minlon,minlat,maxlon,maxlat" in degrees, projected to the display CRS (the box of its four corners).
std::optional<QRectF> parseBox(const QString& text, const QStringList& parts, const MapData& data, QString* error)
{
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("extent \"%1\": \"%2\" is not a number; expected minlon,minlat,maxlon,maxlat")
                         .arg(text, parts[i]);
            return std::nullopt;
        }
    }
    if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) {
        *error = QStringLiteral("extent \"%1\": expected minlon < maxlon and minlat < maxlat, in degrees").arg(text);
        return std::nullopt;
    }
    const Projector& projector = Projector::forThread(data.crs);
    QVector<QPointF> corners{{v[0], v[3]}, {v[2], v[3]}, {v[0], v[1]}, {v[2], v[1]}};
    if (!projector.forward(&corners)) {
        *error = QStringLiteral("extent \"%1\": outside what %2 can show").arg(text, projector.targetCrs());
        return std::nullopt;
    }
    double minX = corners[0].x(), maxX = minX, minY = corners[0].y(), maxY = minY;
    for (const QPointF& p : corners) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const QRectF mapBox(QPointF(minX, minY), QPointF(maxX, maxY));
    if (!mapBox.intersects(data.extent)) {
        *error =
            QStringLiteral("extent \"%1\": outside the map's data (north-west Syria, lon 35.5-37.6, lat 34.9-36.7)")
                .arg(text);
        return std::nullopt;
    }
    return mapBox;
}

} // namespace

ExportRequest newExportRequest(ExportFormat format, Language lang)
{
    ExportRequest r;
    r.format = format;
    r.lang = lang;
    r.settings.labelLanguage = lang;
    r.settings.drawDateBadge = false;
    r.title = export_texts::defaultTitle(lang);
    return r;
}

QString exportPresetKey(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Web: return QStringLiteral("web");
    case ExportPreset::Social: return QStringLiteral("social");
    case ExportPreset::PrintA4: return QStringLiteral("a4");
    case ExportPreset::PrintA3: return QStringLiteral("a3");
    case ExportPreset::Custom: break;
    }
    return QStringLiteral("custom");
}

std::optional<ExportPreset> exportPresetForKey(const QString& key)
{
    for (ExportPreset p :
         {ExportPreset::Web, ExportPreset::Social, ExportPreset::PrintA4, ExportPreset::PrintA3, ExportPreset::Custom})
        if (exportPresetKey(p) == key)
            return p;
    return std::nullopt;
}

void applyExportPreset(ExportRequest& request, ExportPreset preset)
{
    QString ignored; // the presets are inside the limits
    switch (preset) {
    case ExportPreset::Web: setExportPixelSize(request, QSize(1200, 675), 96, &ignored); break;
    case ExportPreset::Social: setExportPixelSize(request, QSize(1080, 1080), 96, &ignored); break;
    case ExportPreset::PrintA4:
        request.orientation = QPageLayout::Portrait;
        setExportPage(request, QPageSize(QPageSize::A4), 300, &ignored);
        break;
    case ExportPreset::PrintA3:
        request.orientation = QPageLayout::Portrait;
        setExportPage(request, QPageSize(QPageSize::A3), 300, &ignored);
        break;
    case ExportPreset::Custom: break;
    }
}

bool setExportPage(ExportRequest& request, const QPageSize& page, int dpi, QString* error)
{
    const QSizeF inches = pageSizeInches(page, request.orientation);
    const auto pixelsAt = [&inches](int d) { return QSize(qRound(inches.width() * d), qRound(inches.height() * d)); };
    const auto fits = [](QSize s) {
        return s.width() <= ExportLimits::maxSide && s.height() <= ExportLimits::maxSide &&
               qint64(s.width()) * s.height() <= ExportLimits::maxPixels;
    };
    const QSize pixels = pixelsAt(dpi);
    if (dpi >= ExportLimits::minDpi && dpi <= ExportLimits::maxDpi && !fits(pixels)) {
        // Said before anything is drawn: the pixels, the memory they would take, and the resolution that fits.
        int fitting =
            std::min(dpi - 1, int(std::sqrt(double(ExportLimits::maxPixels) / (inches.width() * inches.height()))));
        while (fitting >= ExportLimits::minDpi && !fits(pixelsAt(fitting)))
            --fitting;
        const qint64 count = qint64(pixels.width()) * pixels.height();
        const QString name = page.name().isEmpty() ? QStringLiteral("the page") : page.name();
        *error = QStringLiteral("%1 at %2 dpi is %3x%4 pixels (%5 megapixels, about %6 GB of memory to draw), over "
                                "the limit of %7 megapixels and %8 pixels a side; %9")
                     .arg(name)
                     .arg(dpi)
                     .arg(pixels.width())
                     .arg(pixels.height())
                     .arg(count / 1000000)
                     .arg(double(count) * ExportLimits::peakBytesPerPixel / 1e9, 0, 'f', 1)
                     .arg(ExportLimits::maxPixels / 1000000)
                     .arg(ExportLimits::maxSide)
                     .arg(fitting >= ExportLimits::minDpi
                              ? QStringLiteral("give %1 dpi or less (%2x%3 pixels), or a smaller page")
                                    .arg(fitting)
                                    .arg(pixelsAt(fitting).width())
                                    .arg(pixelsAt(fitting).height())
                              : QStringLiteral("give a smaller page"));
        return false;
    }
    if (!checkLimits(pixels, dpi, error))
        return false;
    request.pageSize = page;
    request.dpi = dpi;
    request.pixelSize = pixels;
    return true;
}

bool setExportPixelSize(ExportRequest& request, QSize pixels, int dpi, QString* error)
{
    if (!checkLimits(pixels, dpi, error))
        return false;
    request.pixelSize = pixels;
    request.dpi = dpi;
    if (request.format == ExportFormat::Pdf) // a custom page of the size at the resolution, in points
        request.pageSize = QPageSize(QSizeF(pixels.width() * 72.0 / dpi, pixels.height() * 72.0 / dpi),
                                     QPageSize::Point, QString(), QPageSize::ExactMatch);
    return true;
}

std::optional<QPageSize> parseExportPage(const QString& text, QString* error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (t == QLatin1String("a3"))
        return QPageSize(QPageSize::A3);
    if (t == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    *error = QStringLiteral("page \"%1\": expected A4, A3 or letter").arg(text);
    return std::nullopt;
}

std::optional<ExportExtent> parseExportExtent(const QString& text, const MapData& data, QString* error,
                                              const Gazetteer* gazetteer)
{
    if (text.trimmed().isEmpty())
        return ExportExtent{homeExtent(data), kHomeMargin};
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() == 4) {
        const auto box = parseBox(text, parts, data, error);
        if (!box)
            return std::nullopt;
        return ExportExtent{*box, 0};
    }
    const Gazetteer own = gazetteer ? Gazetteer() : Gazetteer(data.places);
    const Place* place = (gazetteer ? gazetteer : &own)->find(text.trimmed());
    if (!place) {
        *error = QStringLiteral("extent \"%1\": no such place; give a place name (try 'frontline-cli search') or "
                                "minlon,minlat,maxlon,maxlat")
                     .arg(text);
        return std::nullopt;
    }
    const QPointF c = Projector(data.crs).forward(place->lonLat);
    return ExportExtent{
        QRectF(c - QPointF(kPlaceHalfSide, kPlaceHalfSide), QSizeF(2 * kPlaceHalfSide, 2 * kPlaceHalfSide)), 0};
}

Viewport viewportFor(const ExportExtent& extent, QSize size)
{
    Viewport vp(QPointF(), 1000, size);
    vp.fit(extent.mapRect, extent.marginPixels);
    return vp;
}

bool fitExportFrame(ExportRequest& request, const ExportExtent& extent, const ExportNoteSources* sources,
                    QString* error)
{
    if (!request.data) {
        *error = QStringLiteral("no map data to export");
        return false;
    }
    // The extent on the whole picture gives the notes; the notes take room on the page; the frame that is
    // left gets the extent.
    if (sources && sources->timeline && sources->articles && sources->catalog && request.settings.control &&
        isPageFormat(request.format)) {
        const Viewport whole = viewportFor(extent, request.pixelSize);
        const Projector& projector = Projector::forThread(request.data->crs);
        QVector<QPointF> corners{whole.mapRect().topLeft(), whole.mapRect().bottomRight()};
        projector.inverse(&corners);
        request.notes = sourceNotesFor(*sources->timeline, request.settings.control->snapshot, *sources->articles,
                                       *sources->catalog, QRectF(corners[0], corners[1]).normalized(), sources->since,
                                       request.lang);
    }
    const QSize frame = mapFramePixelSize(request, error);
    if (frame.isEmpty())
        return false;
    request.settings.viewport = viewportFor(extent, frame);
    return true;
}

} // namespace geo
