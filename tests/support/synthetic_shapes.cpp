#include "synthetic_shapes.h"

#include <QRandomGenerator>

#include <cmath>

namespace frontline::test {

OGRLinearRing wobblyRing(QRandomGenerator& rng, double cx, double cy, double radius, int vertices, double roughness,
                         bool phases)
{
    // Sized once: adding point by point grows the array by one each time, which a sanitizer's allocator (no
    // realloc in place) turns into copying the whole ring at every point, minutes for a 200,000-vertex ring.
    OGRLinearRing ring;
    ring.setNumPoints(vertices, /*bZeroizeNewContent=*/FALSE);
    const double phase1 = phases ? 6.3 * rng.generateDouble() : 0.0;
    const double phase2 = phases ? 6.3 * rng.generateDouble() : 0.0;
    for (int i = 0; i < vertices; ++i) {
        const double a = 2 * M_PI * i / vertices;
        const double r = radius * (1 + 0.15 * std::sin(7 * a + phase1) + 0.05 * std::sin(61 * a + phase2) +
                                   roughness * (rng.generateDouble() - 0.5));
        ring.setPoint(i, cx + r * std::cos(a), cy + r * std::sin(a) * 0.8);
    }
    ring.closeRings();
    return ring;
}

OGRLineString wanderingLine(QRandomGenerator& rng, double x, double y, double step, int vertices)
{
    OGRLineString line;
    line.setNumPoints(vertices, /*bZeroizeNewContent=*/FALSE);
    for (int k = 0; k < vertices; ++k) {
        line.setPoint(k, x, y);
        x += step * (rng.generateDouble() - 0.4);
        y += step * (rng.generateDouble() - 0.5);
    }
    return line;
}

} // namespace frontline::test
