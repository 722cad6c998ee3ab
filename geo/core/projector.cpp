#include "geo/core/projector.h"

#include <geodesic.h>
#include <proj.h>

#include <cmath>
#include <map>
#include <limits>

namespace geo {

QString crsCode(DisplayCrs crs)
{
    switch (crs) {
    case DisplayCrs::WebMercator: return QStringLiteral("EPSG:3857");
    case DisplayCrs::Utm37N: return QStringLiteral("EPSG:32637");
    }
    return {};
}

QString crsLabel(DisplayCrs crs)
{
    switch (crs) {
    case DisplayCrs::WebMercator: return QStringLiteral("Web Mercator (EPSG:3857)");
    case DisplayCrs::Utm37N: return QStringLiteral("UTM zone 37N (EPSG:32637)");
    }
    return {};
}

struct Projector::Impl {
    PJ_CONTEXT* ctx = nullptr;
    PJ* pj = nullptr;
    QString error;
    ~Impl()
    {
        if (pj)
            proj_destroy(pj);
        if (ctx)
            proj_context_destroy(ctx);
    }
};

Projector::Projector(DisplayCrs target) : Projector(crsCode(target)) {}

Projector::Projector(const QString& targetCrs) : d(std::make_unique<Impl>()), m_target(targetCrs)
{
    d->ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(d->ctx, "EPSG:4326", targetCrs.toUtf8().constData(), nullptr);
    if (!raw) {
        d->error =
            QStringLiteral("PROJ cannot transform EPSG:4326 to %1: %2")
                .arg(targetCrs, QString::fromUtf8(proj_context_errno_string(d->ctx, proj_context_errno(d->ctx))));
        return;
    }
    // Longitude first, whatever the CRS's official axis order.
    d->pj = proj_normalize_for_visualization(d->ctx, raw);
    proj_destroy(raw);
    if (!d->pj)
        d->error = QStringLiteral("PROJ cannot normalise the axis order of %1").arg(targetCrs);
}

Projector::~Projector() = default;

const Projector& Projector::forThread(DisplayCrs crs)
{
    thread_local std::map<DisplayCrs, std::unique_ptr<Projector>> projectors;
    auto& projector = projectors[crs];
    if (!projector)
        projector = std::make_unique<Projector>(crs);
    return *projector;
}

bool Projector::isValid() const
{
    return d->pj != nullptr;
}
QString Projector::errorString() const
{
    return d->error;
}

QPointF Projector::forward(QPointF lonLat) const
{
    QVector<QPointF> one{lonLat};
    if (!forward(&one))
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return one.first();
}

QPointF Projector::inverse(QPointF xy) const
{
    QVector<QPointF> one{xy};
    if (!inverse(&one))
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return one.first();
}

static bool transformBatch(PJ* pj, PJ_DIRECTION dir, QVector<QPointF>* points)
{
    if (!pj)
        return false;
    if (points->isEmpty())
        return true;
    // QPointF is two packed doubles: x and y strided by sizeof(QPointF).
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    double* base = reinterpret_cast<double*>(points->data());
    const size_t n = size_t(points->size());
    const size_t stride = sizeof(QPointF);
    proj_errno_reset(pj);
    const size_t done = proj_trans_generic(pj, dir, base, stride, n, base + 1, stride, n, nullptr, 0, 0, nullptr, 0, 0);
    if (done != n)
        return false;
    for (const QPointF& p : *points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) == HUGE_VAL)
            return false;
    }
    return true;
}

bool Projector::forward(QVector<QPointF>* points) const
{
    return transformBatch(d->pj, PJ_FWD, points);
}
bool Projector::inverse(QVector<QPointF>* points) const
{
    return transformBatch(d->pj, PJ_INV, points);
}

double Projector::geodesicDistance(QPointF lonLat1, QPointF lonLat2)
{
    // PROJ's geodesic routines (Karney), WGS 84 ellipsoid.
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&wgs84, lonLat1.y(), lonLat1.x(), lonLat2.y(), lonLat2.x(), &s12, &azi1, &azi2);
    return s12;
}

} // namespace geo
