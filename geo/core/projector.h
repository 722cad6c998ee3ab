#pragma once
// Coordinate transforms and geodesic measures, through PROJ. A Projector owns its own PROJ context, so it
// belongs to one thread. Making one reads PROJ's database (about a millisecond): code called per feature, per
// frame or per file takes the thread's own with Projector::forThread instead.

#include <QPointF>
#include <QString>
#include <QVector>

#include <memory>

namespace geo {

// The display CRSs the viewer offers.
enum class DisplayCrs { WebMercator, Utm37N };

QString crsCode(DisplayCrs crs);  // "EPSG:3857", "EPSG:32637"
QString crsLabel(DisplayCrs crs); // human-readable, for menus and credits

class Projector {
public:
    // Transforms between EPSG:4326 (longitude first) and TARGET (x east, y north).
    explicit Projector(DisplayCrs target = DisplayCrs::WebMercator);
    explicit Projector(const QString& targetCrs);
    ~Projector();
    Projector(const Projector&) = delete;
    Projector& operator=(const Projector&) = delete;

    // This thread's projector to CRS, made on first use and kept until the thread ends.
    static const Projector& forThread(DisplayCrs crs);

    bool isValid() const;
    QString errorString() const;
    QString targetCrs() const { return m_target; }

    QPointF forward(QPointF lonLat) const;
    QPointF inverse(QPointF xy) const;
    // Batched, in place (one proj_trans_generic call). Returns false if PROJ failed on any point.
    bool forward(QVector<QPointF>* points) const;
    bool inverse(QVector<QPointF>* points) const;

    // Geodesic distance in metres on the WGS 84 ellipsoid between two lon/lat points.
    static double geodesicDistance(QPointF lonLat1, QPointF lonLat2);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_target;
};

} // namespace geo
