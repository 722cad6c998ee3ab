#include "geo/render/feature_picker.h"

#include "geo/data/feature_index.h"
#include "geo/render/event_painter.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QLineF>

namespace geo {

namespace {

// Whether the renderer draws F at all: a post not yet set up on the chosen date is not on the map.
bool drawn(const RenderSettings& settings, const MapLayer& layer, const MapFeature& f)
{
    if (layer.role != LayerRole::Posts || !settings.control)
        return true;
    const auto& posts = settings.control->snapshot.posts;
    const auto it = posts.constFind(f.attributes.value(QStringLiteral("sohr_no")).toInt());
    return it == posts.constEnd() || it->state != PostState::NotYetSetUp;
}

// The feature of the indexed layer LAYER drawn under MAPPOS, read from its file.
std::optional<PickedFeature> pickIndexedFeature(const std::shared_ptr<const MapLayer>& layer, QPointF mapPos,
                                                double unitsPerPixel, double tolerance)
{
    const auto hit = layer->index->featureAt(mapPos, unitsPerPixel, tolerance);
    if (!hit)
        return std::nullopt;
    auto feature = std::make_shared<MapFeature>();
    feature->geometry.kind = hit->kind;
    feature->attributes = hit->attributes;
    feature->labelEn = feature->labelFr = feature->labelAr = hit->attributes.value(QStringLiteral("name")).toString();
    PickedFeature picked(layer, -1);
    picked.readFeature = std::move(feature);
    return picked;
}

std::optional<PickedFeature> pickDrawnFeature(const MapData& data, const RenderSettings& settings, QPointF screenPos,
                                              double tolerance, PickReach reach)
{
    const Viewport& vp = settings.viewport;
    const double upp = vp.unitsPerPixel();
    const QPointF mapPos = vp.toMap(screenPos);
    const auto layers = MapRenderer::orderedVisibleLayers(settings, data);

    // Where a feature's own point must be for its marker, drawn MARKEROFFSET pixels away from it, to be near the
    // pointer: a post stands beside its village, so its point is not under the pointer when its marker is.
    auto probeFor = [&](QPointF markerOffset, double reach) {
        const QPointF centre = vp.toMap(screenPos - markerOffset);
        const double r = reach * upp;
        return QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
    };

    // As drawn: the point markers over every line, the lines over the polygons; polygons only if nothing smaller
    // is under the pointer. Within a pass, the top layer first.
    enum Pass { Points, Lines, Polygons };
    for (const Pass pass : {Points, Lines, Polygons}) {
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            const MapLayer& layer = **it;
            if (layer.index) {
                const GeometryKind kind = layer.index->kind();
                if (reach == PickReach::WithFiles && pass != Points &&
                    (pass == Polygons) == (kind == GeometryKind::Polygon)) {
                    if (auto picked = pickIndexedFeature(*it, mapPos, upp, tolerance))
                        return picked;
                }
                continue;
            }
            std::optional<PickedFeature> best;
            double bestDistance = tolerance;
            const QPointF offset = Style::markerOffset(layer);
            for (int i = 0; i < layer.features.size(); ++i) {
                const MapFeature& f = layer.features[i];
                const GeometryKind kind = f.geometry.kind;
                if ((pass == Points) != (kind == GeometryKind::Point) ||
                    (pass == Polygons) != (kind == GeometryKind::Polygon))
                    continue;
                if (!Style::featureVisible(layer, f, upp) || !drawn(settings, layer, f))
                    continue;
                if (pass == Polygons) {
                    if (f.bounds.contains(mapPos) && f.path.contains(mapPos))
                        return PickedFeature{*it, i};
                    continue;
                }
                const double reach =
                    pass == Points ? std::max(tolerance, Style::markerRadius(layer, f) + 2) : tolerance;
                const QRectF probe = probeFor(pass == Points ? offset : QPointF(), reach);
                if (!f.bounds.intersects(probe) && !probe.contains(f.bounds.topLeft()))
                    continue;
                for (const auto& part : f.geometry.parts) {
                    if (pass == Points) {
                        for (const QPointF& p : part) {
                            const double d = QLineF(vp.toScreen(p) + offset, screenPos).length();
                            if (d <= reach && (!best || d < bestDistance)) {
                                bestDistance = d;
                                best = PickedFeature{*it, i};
                            }
                        }
                    } else {
                        for (int k = 0; k + 1 < part.size(); ++k) {
                            const double d =
                                distanceToSegment(screenPos, vp.toScreen(part[k]), vp.toScreen(part[k + 1]));
                            if (d <= bestDistance) {
                                bestDistance = d;
                                best = PickedFeature{*it, i};
                            }
                        }
                    }
                }
            }
            if (best)
                return best;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<PickedFeature> pickFeature(const MapData& data, const RenderSettings& settings, QPointF screenPos,
                                         double tolerance, PickReach reach)
{
    std::optional<PickedFeature> picked = pickDrawnFeature(data, settings, screenPos, tolerance, reach);
    if (picked)
        picked->areaClaims = areaClaimsAt(data, settings, screenPos);
    return picked;
}

} // namespace geo
