#include "geo/render/map_renderer.h"

#include "geo/core/date_text.h"

#include "geo/render/layer_painter.h"
#include "geo/render/event_painter.h"
#include "geo/render/map_credits.h"
#include "geo/render/scale_bar.h"
#include "geo/render/style.h"

#include <QCache>
#include <QFontMetricsF>
#include <QMutex>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>
#include <optional>

namespace geo {

namespace {

constexpr int kCancelCheckEvery = 32;
// The ring around the searched place: its radius and pen width, in pixels.
constexpr double kRingRadius = 11.0;
constexpr double kRingPen = 3.0;
constexpr double kRingReach = kRingRadius + kRingPen / 2;
// The searched place's label is placed before every other.
constexpr int kHighlightPriority = 1000000;

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

// A haloed label is slow to draw (its glyphs' outline stroked with round joins), and the tiled window draws the
// same labels at the same fractions of a pixel frame after frame (a pan moves them by whole pixels, a date change
// not at all). So there, each is drawn once into a small image aligned on the device pixels, kept here for every
// render thread, and blitted: the pixels are those drawLabel gives in place.
class LabelSprites {
public:
    static LabelSprites& instance()
    {
        static LabelSprites sprites;
        return sprites;
    }

    // Draws LABEL (not boxed) like drawLabel, on a painter with no world transform over a device of pixel ratio
    // DPR.
    void draw(QPainter& painter, const PlacedLabel& label, double dpr)
    {
        const LabelCandidate& c = label.candidate;
        // The baseline to a 64th of a device pixel: a pan moves it by whole pixels give or take a rounding error.
        const QPointF device = label.baseline * dpr * 64;
        const QPoint sixtyFourths(qRound(device.x()), qRound(device.y()));
        const QPoint whole(sixtyFourths.x() >> 6, sixtyFourths.y() >> 6);
        const QPointF fraction = QPointF(sixtyFourths - whole * 64) / 64;
        const QString key = c.text + QChar(0x1f) + c.font.key() + QChar(0x1f) + QString::number(c.color.rgba(), 16) +
                            QChar(0x1f) + QString::number(fraction.x(), 'g', 17) + QChar(0x1f) +
                            QString::number(fraction.y(), 'g', 17) + QChar(0x1f) + QString::number(dpr, 'g', 17);
        QMutexLocker lock(&m_mutex);
        Sprite* sprite = m_sprites.object(key);
        if (!sprite) {
            lock.unlock();
            auto made = std::make_unique<Sprite>(make(c, fraction, dpr));
            const qint64 cost = std::max<qint64>(1, made->image.sizeInBytes());
            lock.relock();
            m_sprites.insert(key, made.release(), cost);
            sprite = m_sprites.object(key);
            if (!sprite) { // larger than the whole cache
                lock.unlock();
                drawLabel(painter, label);
                return;
            }
        }
        const Sprite copy = *sprite;
        lock.unlock();
        painter.drawImage(QPointF(whole + copy.offset) / dpr, copy.image);
    }

private:
    struct Sprite {
        QImage image;
        QPoint offset; // of the image's top-left device pixel from the baseline's
    };

    static Sprite make(const LabelCandidate& c, QPointF fraction, double dpr)
    {
        QPainterPath path;
        path.addText(fraction / dpr, c.font, c.text);
        // The halo reaches 1.5 pixels beyond the glyphs; a pixel more for the anti-aliasing.
        const QRectF reach = path.boundingRect().adjusted(-3, -3, 3, 3);
        const QRect device(QPoint(int(std::floor(reach.left() * dpr)), int(std::floor(reach.top() * dpr))),
                           QPoint(int(std::ceil(reach.right() * dpr)), int(std::ceil(reach.bottom() * dpr))));
        Sprite sprite{QImage(device.size(), QImage::Format_ARGB32_Premultiplied), device.topLeft()};
        sprite.image.fill(Qt::transparent);
        QPainter painter(&sprite.image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.translate(-device.topLeft());
        painter.scale(dpr, dpr);
        painter.strokePath(path, QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(path, c.color);
        painter.end();
        sprite.image.setDevicePixelRatio(dpr);
        return sprite;
    }

    QMutex m_mutex;
    QCache<QString, Sprite> m_sprites{qint64(24) << 20}; // bytes
};

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
        // Where the village's name does not fit, the abbreviation and the number alone ("OP 22", "نقطة 22").
        c.shortText = text.section(QLatin1Char(' '), 0, 1);
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
    default: return std::nullopt;
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
    c.onLines = true; // on its own road, and where roads meet, on the other one
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
        // Opaque light tints: a side's land is the one colour of its legend swatch over any base fill, and the
        // land with no claim on the date is grey, not the base map's beige.
        for (const ControlOverlay::Area& area : settings.control->areas) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Style::areaColor(area.controller));
            painter.drawPath(area.path);
            const QBrush hatch = Style::areaHatch(area.controller);
            if (hatch.style() != Qt::NoBrush) {
                painter.setBrush(hatch);
                painter.drawPath(area.path);
            }
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

// One frame, drawn in named steps, bottom to top. Lives for one render() call on the render thread; the
// painter's state is saved at the start and restored at the end, also when the frame is cancelled.
class FrameRenderer {
public:
    FrameRenderer(QPainter& painter, const RenderSettings& settings, const MapData& data)
        : m_painter(painter), m_settings(settings), m_data(data), m_vp(settings.viewport),
          m_screen(QPointF(0, 0), QSizeF(m_vp.size())), m_upp(m_vp.unitsPerPixel()),
          // Features reaching into the view, with a margin for markers and line widths.
          m_visibleMap(m_vp.mapRect().adjusted(-8 * m_upp, -8 * m_upp, 8 * m_upp, 8 * m_upp)),
          m_toScreen(m_vp.mapToScreen()), m_placer(m_screen.adjusted(2, 2, -2, -2))
    {
    }

    MapRenderer::Result run()
    {
        m_painter.save();
        drawBackground();
        if (!drawLayers()) {
            m_result.cancelled = true;
            m_painter.restore();
            return m_result;
        }
        if (!draws(FramePart::DatedAndLabels)) {
            m_painter.restore();
            return m_result;
        }
        drawDatedEvents();
        const std::optional<QPointF> highlight = highlightedPlace();
        const QVector<QPointF> marked = markedPlaces();
        keepOverlaysClear();
        m_placer.place();
        drawMarkers();
        drawHighlights(highlight, marked);
        drawLabels();
        drawOverlays();
        m_painter.restore();
        return m_result;
    }

private:
    // Point markers wait for the declutter pass: a village hidden under a bigger place's label is not drawn.
    struct PointMarker {
        const MapLayer* layer;
        const MapFeature* feature;
        QPointF at;
    };

    // Whether this render draws PART of the frame (all of them when it draws the whole frame).
    bool draws(FramePart part) const { return m_settings.part == FramePart::Whole || m_settings.part == part; }

    void drawBackground()
    {
        m_painter.setClipRect(m_screen);
        if (draws(FramePart::BaseUnder))
            m_painter.fillRect(m_screen, palette::noData);
        m_painter.setRenderHint(QPainter::Antialiasing, true);
        m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    }

    // Every visible layer bottom to top, the derived control areas above the base polygons and under everything
    // else. Returns false when the frame was cancelled meanwhile.
    bool drawLayers()
    {
        bool controlDrawn = false;
        QVector<const MapLayer*> baseLayers;
        for (const auto& layer : MapRenderer::orderedVisibleLayers(m_settings, m_data)) {
            if (!controlDrawn && !isBaseLayer(*layer)) {
                if (!drawControlLayer(baseLayers))
                    return false;
                controlDrawn = true;
                if (m_settings.part != FramePart::Whole && m_settings.part != FramePart::BaseOver &&
                    m_settings.part != FramePart::DatedAndLabels)
                    return true; // nothing of theirs lies above the control areas
            }
            if (!controlDrawn)
                baseLayers.append(layer.get());
            if (!drawLayer(*layer, controlDrawn))
                return false;
        }
        return controlDrawn || drawControlLayer(baseLayers);
    }

    // How much of a layer's lines and polygons a part paints. Qt's fast path for thin cosmetic dashed lines starts
    // its dashes afresh where the clip cuts a line, so such a line cut into tiles would not match itself across a
    // tile's edge: the parts drawn per frame draw those lines, over the tiles of their side of the control areas
    // (the district boundaries have no fill: nothing in between covers them).
    enum class Paint { Nothing, Everything, AllButThinDashes, ThinDashesOnly };

    Paint paintOf(bool aboveControl) const
    {
        switch (m_settings.part) {
        case FramePart::Whole: return Paint::Everything;
        case FramePart::BaseUnder: return aboveControl ? Paint::Nothing : Paint::AllButThinDashes;
        case FramePart::Control: return aboveControl ? Paint::Nothing : Paint::ThinDashesOnly;
        case FramePart::BaseBoundaries:
        case FramePart::BoundaryDashes: return Paint::Nothing;
        case FramePart::BaseOver: return aboveControl ? Paint::AllButThinDashes : Paint::Nothing;
        case FramePart::DatedAndLabels: return aboveControl ? Paint::ThinDashesOnly : Paint::Nothing;
        }
        return Paint::Nothing;
    }

    static bool thinDashes(const QPen& pen)
    {
        return pen.isCosmetic() && pen.widthF() <= 1.0 && pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen;
    }

    // PEN and BRUSH as PAINT keeps them; false when nothing is left to draw.
    static bool keep(Paint paint, QPen* pen, QBrush* brush)
    {
        switch (paint) {
        case Paint::Nothing: return false;
        case Paint::Everything: return true;
        case Paint::AllButThinDashes:
            if (thinDashes(*pen))
                *pen = Qt::NoPen;
            return pen->style() != Qt::NoPen || brush->style() != Qt::NoBrush;
        case Paint::ThinDashesOnly: *brush = Qt::NoBrush; return thinDashes(*pen);
        }
        return false;
    }

    // The control areas over the base polygons, then the base layers' boundaries again: the areas are opaque,
    // and the governorate and district lines must still show through them.
    bool drawControlLayer(const QVector<const MapLayer*>& baseLayers)
    {
        if (draws(FramePart::Control)) {
            drawControlAreas(m_painter, m_settings, m_toScreen);
            drawAreaClaims(m_painter, m_settings, m_data, m_toScreen); // under the towns, over the derived areas
        }
        const Paint again = m_settings.part == FramePart::Whole            ? Paint::Everything
                            : m_settings.part == FramePart::BaseBoundaries ? Paint::AllButThinDashes
                            : m_settings.part == FramePart::BoundaryDashes ? Paint::ThinDashesOnly
                                                                           : Paint::Nothing;
        if (again == Paint::Nothing || !MapRenderer::redrawsBaseBoundaries(m_settings))
            return true;
        for (const MapLayer* layer : baseLayers) {
            if (layer->role == LayerRole::Land || (!layer->bounds.intersects(m_visibleMap) && !layer->bounds.isEmpty()))
                continue;
            for (const MapFeature& f : layer->features) {
                if (++m_featuresSeen % kCancelCheckEvery == 0 && m_settings.cancelled())
                    return false;
                if (!f.bounds.intersects(m_visibleMap))
                    continue;
                QPen pen = Style::penFor(*layer, f);
                QBrush brush(Qt::NoBrush);
                if (pen.style() == Qt::NoPen || !keep(again, &pen, &brush))
                    continue;
                const QPainterPath& path =
                    (m_upp > Style::kSimplifyAbove && !f.simplePath.isEmpty()) ? f.simplePath : f.path;
                m_painter.save();
                m_painter.setTransform(m_toScreen, true);
                m_painter.setPen(pen);
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawPath(path);
                m_painter.restore();
            }
        }
        return true;
    }

    // Format 1.1 events over the layers and under the markers; labels keep off their symbols.
    void drawDatedEvents()
    {
        for (const QRectF& r : drawEvents(m_painter, m_settings, m_data, m_toScreen))
            m_placer.addObstacle(r);
    }

    // The top of the agreements' and ceasefires' dated notes: under the date badge, or in its place.
    double eventNotesTop() const
    {
        if (!drawsDateBadge())
            return 10;
        return MapRenderer::dateBadgeRect(QPointF(10, 10), m_settings.control->snapshot.date, m_settings.labelLanguage)
                   .bottom() +
               4;
    }

    bool isHighlighted(const MapLayer& layer, const MapFeature& f) const
    {
        return layer.role == LayerRole::Places && !m_settings.highlightPlaceId.isEmpty() &&
               f.attributes.value(QStringLiteral("id")).toString() == m_settings.highlightPlaceId;
    }

    static bool isBaseLayer(const MapLayer& layer)
    {
        return layer.role == LayerRole::Land || layer.role == LayerRole::Governorates ||
               layer.role == LayerRole::Districts;
    }

    // Draws LAYER's lines and polygons when this part paints them (ABOVECONTROL: the layer comes after the control
    // areas), and hands its points, labels and label obstacles to the placer when this part places them.
    bool drawLayer(const MapLayer& layer, bool aboveControl)
    {
        const Paint paint = paintOf(aboveControl);
        const bool places = draws(FramePart::DatedAndLabels);
        if (paint == Paint::Nothing && !places)
            return true;
        if (!layer.bounds.intersects(m_visibleMap) && !layer.bounds.isEmpty())
            return true;
        if (layer.index) {
            // A big layer read a frame at a time (no labels: a user layer has none).
            const MapFeature any;
            QPen pen = Style::penFor(layer, any);
            QBrush brush = Style::fillFor(layer, any);
            if (!keep(paint, &pen, &brush))
                return true;
            const LayerPaintResult r =
                paintIndexedLayer(m_painter, *layer.index, m_vp, pen, brush, [this] { return m_settings.cancelled(); });
            m_result.featuresDrawn += r.features + r.dots;
            return !r.cancelled;
        }
        for (const MapFeature& f : layer.features) {
            if (++m_featuresSeen % kCancelCheckEvery == 0 && m_settings.cancelled())
                return false;
            if (!f.bounds.intersects(m_visibleMap) &&
                !(f.bounds.width() == 0 && m_visibleMap.contains(f.bounds.topLeft())))
                continue;
            // The searched place shows at every scale, its label too.
            const bool highlighted = isHighlighted(layer, f);
            if (!Style::featureVisible(layer, f, m_upp) && !highlighted)
                continue;
            const bool labelled = m_settings.drawLabels && (Style::labelVisible(layer, f, m_upp) || highlighted);
            switch (f.geometry.kind) {
            case GeometryKind::Polygon:
            case GeometryKind::Line: drawPathFeature(layer, f, labelled, paint, places); break;
            case GeometryKind::Point:
                if (places)
                    addPointFeature(layer, f, labelled);
                break;
            case GeometryKind::None: break;
            }
        }
        return true;
    }

    // A line or polygon is drawn at once (simplified at small scales), as much of it as PAINT says; its label or
    // shields wait for placing, when PLACES.
    void drawPathFeature(const MapLayer& layer, const MapFeature& f, bool labelled, Paint paint, bool places)
    {
        const QPainterPath& path = (m_upp > Style::kSimplifyAbove && !f.simplePath.isEmpty()) ? f.simplePath : f.path;
        QPen pen = Style::penFor(layer, f);
        QBrush brush = f.geometry.kind == GeometryKind::Polygon ? Style::fillFor(layer, f) : QBrush(Qt::NoBrush);
        if (keep(paint, &pen, &brush)) {
            ++m_result.featuresDrawn;
            m_painter.save();
            m_painter.setTransform(m_toScreen, true);
            m_painter.setPen(pen);
            m_painter.setBrush(brush);
            m_painter.drawPath(path);
            m_painter.restore();
        }
        if (!places)
            return;
        if (layer.role == LayerRole::Highways) {
            // Labels keep off the road's band (its shields excepted), a pixel beyond the pen.
            const double halfWidth = Style::penFor(layer, f).widthF() / 2 + 1.0;
            for (const QPolygonF& line : path.toSubpathPolygons(m_toScreen))
                m_placer.addLineObstacle(line, halfWidth);
        }
        if (!labelled)
            return;
        if (layer.role == LayerRole::Highways)
            addRoadShields(m_placer, f, m_vp, m_screen, &m_roadShields);
        else if (auto c = labelCandidate(layer, f, m_settings))
            m_placer.add(std::move(*c));
    }

    // A point's marker and label go to the placer; drawMarkers draws the markers it keeps.
    void addPointFeature(const MapLayer& layer, const MapFeature& f, bool labelled)
    {
        // A post not yet set up on the chosen date is not on the map.
        if (layer.role == LayerRole::Posts && postStatus(m_settings, f) &&
            postStatus(m_settings, f)->state == PostState::NotYetSetUp)
            return;
        const bool highlighted = isHighlighted(layer, f);
        // The space the marker takes: its symbol, an encircled post's ring, the searched place's ring.
        double r = Style::markerRadius(layer, f);
        if (layer.role == LayerRole::Posts && postStatus(m_settings, f) &&
            postStatus(m_settings, f)->state == PostState::Encircled)
            r += 4;
        if (highlighted)
            r = std::max(r, kRingReach);
        bool first = true;
        for (const auto& part : f.geometry.parts) {
            for (const QPointF& p : part) {
                const QPointF point = m_vp.toScreen(p);
                const QPointF at = point + Style::markerOffset(layer);
                const int id = int(m_markers.size());
                m_markers.append({&layer, &f, at});
                if (at != point) // a post's leader from its village's point: labels keep off it too
                    m_placer.addLineObstacle(QPolygonF({point, at}), 1.5);
                std::optional<LabelCandidate> label;
                if (labelled && first)
                    label = labelCandidate(layer, f, m_settings);
                first = false;
                int priority = f.rank;
                if (label) {
                    label->markerRadius = r;
                    // A key town or a city on a crowded road is named over the road rather than not at all.
                    label->insist = layer.role == LayerRole::Places && Style::markerMandatory(layer, f);
                    if (highlighted) {
                        // The searched place is named before anything else, off its ring.
                        label->priority = priority = kHighlightPriority;
                        label->insist = true;
                    }
                }
                m_placer.addPoint(id, QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)), priority,
                                  Style::markerMandatory(layer, f) || highlighted, std::move(label));
            }
        }
    }

    // Where the highlighted place is on screen (none when no place is highlighted or the id is unknown); labels
    // keep clear of its ring.
    std::optional<QPointF> highlightedPlace()
    {
        std::optional<QPointF> highlight;
        if (m_settings.highlightPlaceId.isEmpty())
            return highlight;
        for (const Place& p : m_data.places) {
            if (p.id != m_settings.highlightPlaceId)
                continue;
            highlight = m_vp.toScreen(Projector::forThread(m_data.crs).forward(p.lonLat));
            m_placer.addObstacle(
                QRectF(*highlight - QPointF(kRingReach, kRingReach), QSizeF(2 * kRingReach, 2 * kRingReach)));
        }
        return highlight;
    }

    QVector<QPointF> markedPlaces() const
    {
        QVector<QPointF> marked;
        if (m_settings.markedPlaceIds.isEmpty())
            return marked;
        for (const Place& p : m_data.places) {
            if (m_settings.markedPlaceIds.contains(p.id))
                marked.append(m_vp.toScreen(Projector::forThread(m_data.crs).forward(p.lonLat)));
        }
        return marked;
    }

    bool drawsDateBadge() const
    {
        return m_settings.drawDateBadge && m_settings.control && m_settings.control->snapshot.date.isValid();
    }

    // The data's credits in the labels' language.
    QString credits() const { return dataCredits(m_data.attribution, m_settings.labelLanguage); }

    // Labels stay off the credits, the date badge and whatever the caller keeps clear (a page's legend).
    void keepOverlaysClear()
    {
        if (m_settings.drawCredits)
            m_placer.addObstacle(MapRenderer::creditsRect(m_screen, credits()));
        if (drawsDateBadge())
            m_placer.addObstacle(MapRenderer::dateBadgeRect(QPointF(10, 10), m_settings.control->snapshot.date,
                                                            m_settings.labelLanguage));
        for (const QRectF& r : m_settings.keepClear)
            m_placer.addObstacle(r);
        if (const QRectF notes = eventNotesRect(m_settings, m_screen, eventNotesTop()); !notes.isEmpty())
            m_placer.addObstacle(notes);
    }

    const PlaceControl* placeControl(const PointMarker& marker) const
    {
        if (!m_settings.control || marker.layer->role != LayerRole::Places)
            return nullptr;
        const auto& places = m_settings.control->snapshot.places;
        const auto it = places.constFind(marker.feature->attributes.value(QStringLiteral("id")).toString());
        return it == places.constEnd() ? nullptr : &*it;
    }

    void drawMarkers()
    {
        for (int i = 0; i < m_markers.size(); ++i) {
            if (!m_placer.markerKept(i))
                continue;
            const PointMarker& m = m_markers[i];
            // With a date chosen, a place with no claim on it is drawn as such, not as a plain town.
            const bool dated = m_settings.control && m_settings.control->snapshot.date.isValid();
            Style::drawMarker(m_painter, *m.layer, *m.feature, m.at, placeControl(m),
                              m.layer->role == LayerRole::Posts ? postStatus(m_settings, *m.feature) : nullptr, dated);
            ++m_result.featuresDrawn;
        }
    }

    void drawHighlights(const std::optional<QPointF>& highlight, const QVector<QPointF>& marked)
    {
        if (highlight) {
            m_painter.setPen(QPen(palette::highlight, kRingPen));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawEllipse(*highlight, kRingRadius, kRingRadius);
        }
        // The marked places get the highlight's ring, a little thinner.
        m_painter.setPen(QPen(palette::highlight, 2.0));
        m_painter.setBrush(Qt::NoBrush);
        for (const QPointF& at : marked)
            m_painter.drawEllipse(at, 10, 10);
    }

    void drawLabels()
    {
        m_result.labels = m_placer.labels();
        // Sprites for the tiled window's labels only: an export or a whole frame draws each label in place.
        const bool sprites = m_settings.part == FramePart::DatedAndLabels && m_painter.worldTransform().isIdentity();
        const double dpr = m_painter.device() ? m_painter.device()->devicePixelRatioF() : 1.0;
        for (const PlacedLabel& label : std::as_const(m_result.labels)) {
            if (sprites && !label.candidate.boxed)
                LabelSprites::instance().draw(m_painter, label, dpr);
            else
                drawLabel(m_painter, label);
        }
    }

    // The credits and the "as of" badge, over the map.
    void drawOverlays()
    {
        if (m_settings.drawCredits)
            MapRenderer::drawCredits(m_painter, m_screen, credits());
        if (drawsDateBadge())
            MapRenderer::drawDateBadge(m_painter, QPointF(10, 10), m_settings.control->snapshot.date,
                                       m_settings.labelLanguage);
        drawEventNotes(m_painter, m_settings, m_screen, eventNotesTop());
    }

    QPainter& m_painter;
    const RenderSettings& m_settings;
    const MapData& m_data;
    const Viewport& m_vp;
    const QRectF m_screen;
    const double m_upp;
    const QRectF m_visibleMap; // display CRS
    const QTransform m_toScreen;
    LabelPlacer m_placer;
    QVector<PointMarker> m_markers;
    QHash<QString, int> m_roadShields; // shields so far per road ref: at most twice each
    int m_featuresSeen = 0;            // for the cancel check every kCancelCheckEvery features
    MapRenderer::Result m_result;
};

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

bool MapRenderer::redrawsBaseBoundaries(const RenderSettings& settings)
{
    return settings.control && !settings.control->areas.isEmpty() && !settings.hiddenLayers.contains(kControlAreasId);
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
    return FrameRenderer(painter, settings, data).run();
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

void MapRenderer::drawScaleBar(QPainter& painter, const Viewport& viewport, DisplayCrs crs, QPointF bottomLeft,
                               Language lang)
{
    const ScaleBar bar = computeScaleBar(viewport, Projector::forThread(crs), 160, lang);
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

// The widest a scale bar's box reaches from the left edge (drawScaleBar at x 12: 160 px of bar, its label), so
// that the credits in the bottom-right corner never run under it on a narrow map.
constexpr double kScaleBarReach = 240;

QRectF creditsTextRect(const QRectF& area, const QString& text)
{
    const QFontMetricsF fm(creditsFont());
    const double maxWidth = std::max(120.0, std::min({area.width() * 0.7, area.width() - kScaleBarReach, 640.0}));
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
