#include "geo/render/feature_picker.h"

#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QLineF>

namespace geo {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

} // namespace

std::optional<PickedFeature> pickFeature(const MapData& data, const RenderSettings& settings, QPointF screenPos,
                                         double tolerance)
{
    const Viewport& vp = settings.viewport;
    const double upp = vp.unitsPerPixel();
    const QPointF mapPos = vp.toMap(screenPos);
    const double tolMap = tolerance * upp;
    const QRectF probe(mapPos - QPointF(tolMap, tolMap), QSizeF(2 * tolMap, 2 * tolMap));
    const auto layers = MapRenderer::orderedVisibleLayers(settings, data);

    // Points and lines first, from the top; polygons only if nothing smaller is under the pointer.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            const MapLayer& layer = **it;
            std::optional<PickedFeature> best;
            double bestDistance = tolerance;
            for (int i = 0; i < layer.features.size(); ++i) {
                const MapFeature& f = layer.features[i];
                if (!Style::featureVisible(layer, f, upp))
                    continue;
                if (pass == 0 && f.geometry.kind == GeometryKind::Polygon)
                    continue;
                if (pass == 1 && f.geometry.kind != GeometryKind::Polygon)
                    continue;
                if (pass == 1) {
                    if (f.bounds.contains(mapPos) && f.path.contains(mapPos))
                        return PickedFeature{*it, i};
                    continue;
                }
                if (!f.bounds.intersects(probe) && !probe.contains(f.bounds.topLeft()))
                    continue;
                for (const auto& part : f.geometry.parts) {
                    if (f.geometry.kind == GeometryKind::Point) {
                        for (const QPointF& p : part) {
                            const double d = QLineF(vp.toScreen(p) + Style::markerOffset(layer), screenPos).length();
                            const double reach = std::max(tolerance, Style::markerRadius(layer, f) + 2);
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

} // namespace geo
