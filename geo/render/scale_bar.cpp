#include "geo/render/scale_bar.h"

#include <cmath>

namespace geo {

double groundMetresPerPixel(const Viewport& viewport, const Projector& projector)
{
    const QPointF c(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    constexpr double span = 100.0; // pixels, either side of the centre
    QVector<QPointF> pts{viewport.toMap(c - QPointF(span / 2, 0)), viewport.toMap(c + QPointF(span / 2, 0))};
    if (!projector.inverse(&pts))
        return 0;
    return Projector::geodesicDistance(pts[0], pts[1]) / span;
}

ScaleBar computeScaleBar(const Viewport& viewport, const Projector& projector, double maxPixels, Language lang)
{
    ScaleBar bar;
    const double mpp = groundMetresPerPixel(viewport, projector);
    if (!(mpp > 0) || maxPixels <= 0)
        return bar;
    const double maxMetres = mpp * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= maxMetres) {
            bar.metres = step * power;
            break;
        }
    }
    bar.pixels = bar.metres / mpp;
    // SI symbols in Latin script in French and English; Arabic writes كم and م.
    const bool km = bar.metres >= 1000;
    const QString unit = lang == Language::Arabic ? (km ? QStringLiteral("كم") : QStringLiteral("م"))
                                                  : (km ? QStringLiteral("km") : QStringLiteral("m"));
    bar.label = QStringLiteral("%1 %2").arg(km ? bar.metres / 1000.0 : bar.metres).arg(unit);
    return bar;
}

} // namespace geo
