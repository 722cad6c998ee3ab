#include "geo/render/map_renderer.h"

#include "geo/core/date_text.h"

#include "geo/render/scale_bar.h"
#include "geo/render/style.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <map>
#include <optional>

namespace geo {

namespace {

constexpr int kCancelCheckEvery = 32;

QString labelFor(const MapFeature& f, Language lang)
{
    const QString* preferred = &f.labelEn;
    if (lang == Language::French)
        preferred = &f.labelFr;
    else if (lang == Language::Arabic)
        preferred = &f.labelAr;
    if (!preferred->isEmpty())
        return *preferred;
    if (!f.labelEn.isEmpty())
        return f.labelEn;
    return f.labelFr.isEmpty() ? f.labelAr : f.labelFr;
}

// Projectors cost a PROJ context each: one per render thread and CRS, kept for the thread's life.
const Projector& threadProjector(DisplayCrs crs)
{
    thread_local std::map<DisplayCrs, std::unique_ptr<Projector>> projectors;
    auto& p = projectors[crs];
    if (!p)
        p = std::make_unique<Projector>(crs);
    return *p;
}

void drawLabel(QPainter& painter, const PlacedLabel& label)
{
    const LabelCandidate& c = label.candidate;
    if (c.boxed) {
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(c.color);
        painter.drawRoundedRect(label.rect, 3, 3);
        painter.setFont(c.font);
        painter.setPen(Qt::white);
        painter.drawText(label.baseline, c.text);
        return;
    }
    QPainterPath path;
    path.addText(label.baseline, c.font, c.text);
    painter.strokePath(path, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, c.color);
}

std::optional<LabelCandidate> labelCandidate(const MapLayer& layer, const MapFeature& f, const RenderSettings& settings)
{
    const Viewport& vp = settings.viewport;
    const QString text = labelFor(f, settings.labelLanguage);
    if (text.isEmpty())
        return std::nullopt;
    LabelCandidate c;
    c.text = text;
    c.priority = f.rank;
    c.color = palette::labelText;
    switch (layer.role) {
    case LayerRole::Places: {
        const bool key = f.attributes.value(QStringLiteral("key_town")).toBool();
        const bool city = f.attributes.value(QStringLiteral("kind")).toString() == QLatin1String("city");
        c.font = Style::labelFont(key || city ? 9.5 : 7.5, key || city);
        c.anchor = vp.toScreen(f.labelPoint);
        c.markerRadius = Style::markerRadius(layer, f);
        return c;
    }
    case LayerRole::Posts:
        c.font = Style::labelFont(7.5);
        c.color = palette::post;
        c.anchor = vp.toScreen(f.labelPoint) + Style::markerOffset(layer);
        c.markerRadius = Style::markerRadius(layer, f);
        return c;
    case LayerRole::Governorates:
    case LayerRole::Districts: {
        const bool gov = layer.role == LayerRole::Governorates;
        c.font = Style::labelFont(gov ? 10 : 7.5, gov);
        c.font.setLetterSpacing(QFont::AbsoluteSpacing, gov ? 1.5 : 0.5);
        c.text = settings.labelLanguage == Language::Arabic ? text : text.toUpper();
        c.color = palette::areaLabel;
        c.anchor = vp.toScreen(f.labelPoint);
        return c;
    }
    case LayerRole::User:
        c.font = Style::labelFont(7.5);
        c.anchor = vp.toScreen(f.labelPoint);
        c.markerRadius = f.geometry.kind == GeometryKind::Point ? Style::markerRadius(layer, f) : 0;
        return c;
    default:
        return std::nullopt;
    }
}

// A shield on the middle of a segment that is on screen, at most twice per road, from the middle of the road
// outwards (its ends are shared with other roads).
void addRoadShields(LabelPlacer& placer, const MapFeature& f, const Viewport& vp, const QRectF& screen,
                    QHash<QString, int>* perRoad)
{
    const QString ref = f.attributes.value(QStringLiteral("ref")).toString();
    if (ref.isEmpty())
        return;
    LabelCandidate c;
    c.text = ref;
    c.font = Style::labelFont(8, true);
    c.color = Style::highwayColor(ref);
    c.boxed = true;
    for (const auto& part : f.geometry.parts) {
        QVector<int> segments;
        for (int i = 0; i + 1 < part.size(); ++i)
            segments.append(i);
        const double middle = (part.size() - 2) / 2.0;
        std::stable_sort(segments.begin(), segments.end(),
                         [middle](int a, int b) { return std::abs(a - middle) < std::abs(b - middle); });
        for (int i : std::as_const(segments)) {
            const QPointF mid = vp.toScreen((part[i] + part[i + 1]) / 2);
            if (!screen.contains(mid) || perRoad->value(ref) >= 2)
                continue;
            LabelCandidate shield = c;
            shield.anchor = mid;
            shield.priority = f.rank - perRoad->value(ref);
            placer.add(shield);
            ++(*perRoad)[ref];
        }
    }
}

const PostStatus* postStatus(const RenderSettings& settings, const MapFeature& f)
{
    if (!settings.control)
        return nullptr;
    const auto& posts = settings.control->snapshot.posts;
    const auto it = posts.constFind(f.attributes.value(QStringLiteral("sohr_no")).toInt());
    return it == posts.constEnd() ? nullptr : &*it;
}

void drawControlAreas(QPainter& painter, const RenderSettings& settings, const QTransform& toScreen)
{
    if (!settings.control)
        return;
    painter.save();
    painter.setTransform(toScreen, true);
    if (!settings.hiddenLayers.contains(kControlAreasId)) {
        for (const ControlOverlay::Area& area : settings.control->areas) {
            QColor fill = Style::controllerColor(area.controller);
            fill.setAlpha(area.controller == Controller::Contested ? 40 : 56);
            painter.setPen(Qt::NoPen);
            painter.setBrush(area.controller == Controller::Contested ? QBrush(fill, Qt::BDiagPattern) : QBrush(fill));
            painter.drawPath(area.path);
        }
    }
    if (!settings.hiddenLayers.contains(kFrontLinesId)) {
        QPen casing(QColor(255, 255, 255, 200), 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        casing.setCosmetic(true);
        QPen line(palette::frontLine, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        line.setCosmetic(true);
        line.setDashPattern({4, 1.5});
        painter.setBrush(Qt::NoBrush);
        for (const QPainterPath& front : settings.control->frontLines) {
            painter.setPen(casing);
            painter.drawPath(front);
            painter.setPen(line);
            painter.drawPath(front);
        }
    }
    painter.restore();
}

// The one "as of" stamp, so the badge and an exported page say the same words.
QString dateBadgeText(const QDate& date, Language lang)
{
    return asOfText(date, lang);
}

QFont dateBadgeFont()
{
    return Style::labelFont(13, true);
}

} // namespace

QRectF MapRenderer::dateBadgeRect(QPointF topLeft, const QDate& date, Language lang)
{
    Style::registerBundledFonts();
    const QFontMetricsF fm(dateBadgeFont());
    return QRectF(topLeft, QSizeF(fm.horizontalAdvance(dateBadgeText(date, lang)) + 16, fm.height() + 10));
}

void MapRenderer::drawDateBadge(QPainter& painter, QPointF topLeft, const QDate& date, Language lang)
{
    const QRectF box = dateBadgeRect(topLeft, date, lang);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(dateBadgeFont());
    painter.setPen(QColor(0x11, 0x11, 0x11));
    painter.drawText(box, Qt::AlignCenter, dateBadgeText(date, lang));
    painter.restore();
}

QVector<std::shared_ptr<const MapLayer>> MapRenderer::orderedVisibleLayers(const RenderSettings& settings,
                                                                           const MapData& data)
{
    QVector<std::shared_ptr<const MapLayer>> ordered;
    for (const QString& id : settings.layerOrder)
        if (auto l = data.layer(id))
            ordered.append(l);
    for (const auto& l : data.layers)
        if (!settings.layerOrder.contains(l->id))
            ordered.append(l);
    ordered.erase(std::remove_if(ordered.begin(), ordered.end(),
                                 [&](const auto& l) { return settings.hiddenLayers.contains(l->id); }),
                  ordered.end());
    return ordered;
}

MapRenderer::Result MapRenderer::render(QPainter& painter, const RenderSettings& settings, const MapData& data)
{
    Style::registerBundledFonts();
    Result result;
    const Viewport& vp = settings.viewport;
    const QRectF screen(QPointF(0, 0), QSizeF(vp.size()));
    const double upp = vp.unitsPerPixel();
    // Features reaching into the view, with a margin for markers and line widths.
    const QRectF visibleMap = vp.mapRect().adjusted(-8 * upp, -8 * upp, 8 * upp, 8 * upp);

    painter.save();
    painter.setClipRect(screen);
    painter.fillRect(screen, palette::noData);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    LabelPlacer placer(screen.adjusted(2, 2, -2, -2));
    const QTransform toScreen = vp.mapToScreen();
    const auto layers = orderedVisibleLayers(settings, data);
    int counter = 0;

    // Point markers wait for the declutter pass: a village hidden under a bigger place's label is not drawn.
    struct PointMarker {
        const MapLayer* layer;
        const MapFeature* feature;
        QPointF at;
    };
    QVector<PointMarker> markers;
    // Roads get their shields at most twice each.
    QHash<QString, int> roadLabels;

    bool controlDrawn = false;
    for (const auto& layerPtr : layers) {
        const MapLayer& layer = *layerPtr;
        // The derived control areas go above the base polygons and under everything else.
        if (!controlDrawn && layer.role != LayerRole::Land && layer.role != LayerRole::Governorates &&
            layer.role != LayerRole::Districts) {
            drawControlAreas(painter, settings, toScreen);
            controlDrawn = true;
        }
        if (!layer.bounds.intersects(visibleMap) && !layer.bounds.isEmpty())
            continue;
        for (const MapFeature& f : layer.features) {
            if (++counter % kCancelCheckEvery == 0 && settings.cancelled()) {
                result.cancelled = true;
                painter.restore();
                return result;
            }
            if (!f.bounds.intersects(visibleMap) && !(f.bounds.width() == 0 && visibleMap.contains(f.bounds.topLeft())))
                continue;
            if (!Style::featureVisible(layer, f, upp))
                continue;
            const bool labelled = settings.drawLabels && Style::labelVisible(layer, f, upp);
            switch (f.geometry.kind) {
            case GeometryKind::Polygon:
            case GeometryKind::Line: {
                ++result.featuresDrawn;
                const QPainterPath& path =
                    (upp > Style::kSimplifyAbove && !f.simplePath.isEmpty()) ? f.simplePath : f.path;
                painter.save();
                painter.setTransform(toScreen, true);
                painter.setPen(Style::penFor(layer, f));
                painter.setBrush(f.geometry.kind == GeometryKind::Polygon ? Style::fillFor(layer, f) : Qt::NoBrush);
                painter.drawPath(path);
                painter.restore();
                if (!labelled)
                    break;
                if (layer.role == LayerRole::Highways)
                    addRoadShields(placer, f, vp, screen, &roadLabels);
                else if (auto c = labelCandidate(layer, f, settings))
                    placer.add(std::move(*c));
                break;
            }
            case GeometryKind::Point: {
                // A post not yet set up on the chosen date is not on the map.
                if (layer.role == LayerRole::Posts && postStatus(settings, f) &&
                    postStatus(settings, f)->state == PostState::NotYetSetUp)
                    break;
                const double r = Style::markerRadius(layer, f);
                bool first = true;
                for (const auto& part : f.geometry.parts) {
                    for (const QPointF& p : part) {
                        const QPointF at = vp.toScreen(p) + Style::markerOffset(layer);
                        const int id = int(markers.size());
                        markers.append({&layer, &f, at});
                        std::optional<LabelCandidate> label;
                        if (labelled && first)
                            label = labelCandidate(layer, f, settings);
                        first = false;
                        placer.addPoint(id, QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)), f.rank,
                                        Style::markerMandatory(layer, f), std::move(label));
                    }
                }
                break;
            }
            case GeometryKind::None:
                break;
            }
        }
    }

    if (!controlDrawn)
        drawControlAreas(painter, settings, toScreen);

    QPointF highlight(-1e9, -1e9);
    if (!settings.highlightPlaceId.isEmpty()) {
        for (const Place& p : data.places) {
            if (p.id != settings.highlightPlaceId)
                continue;
            highlight = vp.toScreen(threadProjector(data.crs).forward(p.lonLat));
            placer.addObstacle(QRectF(highlight - QPointF(12, 12), QSizeF(24, 24)));
        }
    }
    QVector<QPointF> marked;
    if (!settings.markedPlaceIds.isEmpty()) {
        for (const Place& p : data.places) {
            if (settings.markedPlaceIds.contains(p.id))
                marked.append(vp.toScreen(threadProjector(data.crs).forward(p.lonLat)));
        }
    }
    if (settings.drawCredits)
        placer.addObstacle(creditsRect(screen, data.attribution));
    if (settings.drawDateBadge && settings.control && settings.control->snapshot.date.isValid())
        placer.addObstacle(dateBadgeRect(QPointF(10, 10), settings.control->snapshot.date, settings.labelLanguage));
    for (const QRectF& r : settings.keepClear)
        placer.addObstacle(r);

    placer.place();
    for (int i = 0; i < markers.size(); ++i) {
        if (!placer.markerKept(i))
            continue;
        const PlaceControl* control = nullptr;
        if (settings.control && markers[i].layer->role == LayerRole::Places) {
            const auto& places = settings.control->snapshot.places;
            const auto it = places.constFind(markers[i].feature->attributes.value(QStringLiteral("id")).toString());
            if (it != places.constEnd())
                control = &*it;
        }
        Style::drawMarker(painter, *markers[i].layer, *markers[i].feature, markers[i].at, control,
                          markers[i].layer->role == LayerRole::Posts ? postStatus(settings, *markers[i].feature)
                                                                     : nullptr);
        ++result.featuresDrawn;
    }
    if (highlight.x() > -1e8) {
        painter.setPen(QPen(palette::highlight, 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(highlight, 11, 11);
    }
    // The marked places get the highlight's ring, a little thinner.
    painter.setPen(QPen(palette::highlight, 2.0));
    painter.setBrush(Qt::NoBrush);
    for (const QPointF& at : std::as_const(marked))
        painter.drawEllipse(at, 10, 10);
    result.labels = placer.labels();
    for (const PlacedLabel& label : std::as_const(result.labels))
        drawLabel(painter, label);

    if (settings.drawCredits)
        drawCredits(painter, screen, data.attribution);
    if (settings.drawDateBadge && settings.control && settings.control->snapshot.date.isValid())
        drawDateBadge(painter, QPointF(10, 10), settings.control->snapshot.date, settings.labelLanguage);
    painter.restore();
    return result;
}

QImage MapRenderer::renderImage(const RenderSettings& settings, const MapData& data, Result* result)
{
    const QSize size = settings.viewport.size() * settings.devicePixelRatio;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio);
    image.fill(palette::noData);
    QPainter painter(&image);
    const Result r = render(painter, settings, data);
    painter.end();
    if (result)
        *result = r;
    return image;
}

void MapRenderer::drawScaleBar(QPainter& painter, const Viewport& viewport, DisplayCrs crs, QPointF bottomLeft)
{
    const ScaleBar bar = computeScaleBar(viewport, threadProjector(crs));
    if (!bar.isValid())
        return;
    Style::registerBundledFonts();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont font = Style::labelFont(8);
    const QFontMetricsF fm(font);
    const QRectF box(bottomLeft.x() - 4, bottomLeft.y() - fm.height() - 14,
                     bar.pixels + 8 + fm.horizontalAdvance(bar.label) + 6, fm.height() + 18);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, 3, 3);
    const double y = bottomLeft.y() - 6;
    painter.setPen(QPen(Qt::black, 1.5));
    painter.drawLine(QPointF(bottomLeft.x(), y), QPointF(bottomLeft.x() + bar.pixels, y));
    painter.drawLine(QPointF(bottomLeft.x(), y - 5), QPointF(bottomLeft.x(), y + 1));
    painter.drawLine(QPointF(bottomLeft.x() + bar.pixels, y - 5), QPointF(bottomLeft.x() + bar.pixels, y + 1));
    painter.setFont(font);
    painter.drawText(QPointF(bottomLeft.x() + bar.pixels + 6, y + fm.ascent() / 2 - 1), bar.label);
    painter.restore();
}

namespace {

QFont creditsFont()
{
    return Style::labelFont(6.5);
}

QRectF creditsTextRect(const QRectF& area, const QString& text)
{
    const QFontMetricsF fm(creditsFont());
    const double maxWidth = std::min(area.width() * 0.7, 640.0);
    QRectF textRect = fm.boundingRect(QRectF(0, 0, maxWidth, 1000), Qt::TextWordWrap | Qt::AlignRight, text);
    textRect.moveBottomRight(area.bottomRight() - QPointF(4, 3));
    return textRect;
}

} // namespace

QRectF MapRenderer::creditsRect(const QRectF& area, const QString& text)
{
    if (text.isEmpty())
        return {};
    Style::registerBundledFonts();
    return creditsTextRect(area, text).adjusted(-3, -1, 3, 1);
}

void MapRenderer::drawCredits(QPainter& painter, const QRectF& area, const QString& text)
{
    if (text.isEmpty())
        return;
    Style::registerBundledFonts();
    painter.save();
    painter.setFont(creditsFont());
    const QRectF textRect = creditsTextRect(area, text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(textRect.adjusted(-3, -1, 3, 1));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(textRect, Qt::TextWordWrap | Qt::AlignRight, text);
    painter.restore();
}

} // namespace geo
