#include "geo/core/geos_support_p.h"

namespace geo::geos {

namespace {

void keepMessage(const char* message, void* userData)
{
    *static_cast<std::string*>(userData) = message ? message : "";
}

// QPointF is two packed doubles: a polygon is the x, y buffer GEOS copies from and to.
static_assert(sizeof(QPointF) == 2 * sizeof(double));

} // namespace

Context::Context() : m_handle(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_handle, &keepMessage, &m_lastError);
}

Context::~Context()
{
    GEOS_finish_r(m_handle);
}

QPolygonF points(const Context& ctx, const GEOSGeometry* g)
{
    const GEOSCoordSequence* seq = g ? GEOSGeom_getCoordSeq_r(ctx.handle(), g) : nullptr;
    unsigned int size = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx.handle(), seq, &size) || size == 0)
        return {};
    QPolygonF out(static_cast<qsizetype>(size));
    if (!GEOSCoordSeq_copyToBuffer_r(ctx.handle(), seq, reinterpret_cast<double*>(out.data()), 0, 0))
        return {};
    return out;
}

GEOSCoordSequence* sequence(const Context& ctx, const QPolygonF& points)
{
    return GEOSCoordSeq_copyFromBuffer_r(ctx.handle(), reinterpret_cast<const double*>(points.constData()),
                                         unsigned(points.size()), 0, 0);
}

} // namespace geo::geos
