#pragma once
// Private to geo's .cpp files (it names GEOS types): the GEOS context and geometry ownership that the control
// areas and the SVG page share. The reentrant API only: every caller owns its context, so work on several
// threads never shares one.

#include <QPolygonF>
#include <QString>

#include <geos_c.h>

#include <memory>
#include <string>

namespace geo::geos {

// One GEOS context, with the last error message GEOS reported on it.
class Context {
public:
    Context();
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }
    QString lastError() const { return QString::fromStdString(m_lastError); }

private:
    GEOSContextHandle_t m_handle;
    std::string m_lastError;
};

struct GeomDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* g) const
    {
        if (g)
            GEOSGeom_destroy_r(context, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const
    {
        if (g)
            GEOSPreparedGeom_destroy_r(context, g);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

inline GeomPtr own(const Context& ctx, GEOSGeometry* g)
{
    return GeomPtr(g, GeomDeleter{ctx.handle()});
}

// The points of a line string or ring, in its own coordinates; empty when it has none.
QPolygonF points(const Context& ctx, const GEOSGeometry* g);
// A coordinate sequence holding POINTS (GEOS copies them), for a new line string or ring.
GEOSCoordSequence* sequence(const Context& ctx, const QPolygonF& points);

} // namespace geo::geos
