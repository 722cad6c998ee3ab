#pragma once
// Shapes for the synthetic layers the big-layer suites write (test_layer_cache, test_indexed_layer,
// test_tiled_render): a coast-like ring wobbling around an ellipse, and a stream-like random walk. The same RNG
// and arguments give the same vertices.

#include <ogr_geometry.h>

class QRandomGenerator;

namespace frontline::test {

// A closed ring of VERTICES points (plus the closing one) around (CX, CY): RADIUS wobbling by two sine waves of
// random phase (PHASES: draw them from RNG, else zero) and by ROUGHNESS of random noise, flattened to 0.8 in y.
OGRLinearRing wobblyRing(QRandomGenerator& rng, double cx, double cy, double radius, int vertices, double roughness,
                         bool phases = true);

// A random walk of VERTICES points from (X, Y) with steps of up to STEP, drifting east.
OGRLineString wanderingLine(QRandomGenerator& rng, double x, double y, double step, int vertices);

} // namespace frontline::test
