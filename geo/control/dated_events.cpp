#include "geo/control/dated_events.h"

#include "geo/core/geos_support_p.h"
#include "geo/core/projector.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/map_data.h"

#include <cmath>

namespace geo {

namespace {

constexpr DisplayCrs kMetric = DisplayCrs::Utm37N; // distances in metres, not degrees
constexpr int kBufferQuadrantSegments = 8;

bool mentions(const QString& text, QLatin1String word)
{
    return text.contains(word, Qt::CaseInsensitive);
}

} // namespace

bool DatedEvent::holdsOn(QDate date) const
{
    if (!date.isValid() || !from.isValid() || date < from)
        return false;
    return !to.isValid() || date <= to;
}

QString DatedEvent::roadRef() const
{
    return road.startsWith(QLatin1String("road:")) ? road.mid(5) : QString();
}

MapEventKind mapEventKind(const QString& eventType, const QString& subEventType)
{
    const QString both = subEventType + QLatin1Char(' ') + eventType;
    if (mentions(both, QLatin1String("corridor")))
        return MapEventKind::Corridor;
    if (mentions(both, QLatin1String("ceasefire")) || mentions(both, QLatin1String("cease-fire")))
        return MapEventKind::Ceasefire;
    if (mentions(both, QLatin1String("patrol")))
        return MapEventKind::JointPatrol;
    if (mentions(both, QLatin1String("air/drone")) || mentions(both, QLatin1String("air strike")) ||
        mentions(both, QLatin1String("airstrike")))
        return MapEventKind::AirStrike;
    if (mentions(both, QLatin1String("shelling")) || mentions(both, QLatin1String("artillery")))
        return MapEventKind::Shelling;
    if (mentions(both, QLatin1String("reinforcement")) || mentions(both, QLatin1String("base established")) ||
        mentions(both, QLatin1String("transfer of territory")))
        return MapEventKind::Reinforcement;
    if (mentions(both, QLatin1String("agreement")))
        return MapEventKind::Agreement;
    return MapEventKind::Other;
}

QString mapEventKindName(MapEventKind kind)
{
    switch (kind) {
    case MapEventKind::Agreement: return QStringLiteral("agreement");
    case MapEventKind::Ceasefire: return QStringLiteral("ceasefire");
    case MapEventKind::Corridor: return QStringLiteral("corridor");
    case MapEventKind::JointPatrol: return QStringLiteral("joint-patrol");
    case MapEventKind::Reinforcement: return QStringLiteral("reinforcement");
    case MapEventKind::Shelling: return QStringLiteral("shelling");
    case MapEventKind::AirStrike: return QStringLiteral("air-strike");
    case MapEventKind::Other: break;
    }
    return QStringLiteral("other");
}

QList<DatedEvent> eventsOn(const QList<DatedEvent>& events, QDate date)
{
    QList<DatedEvent> out;
    for (const DatedEvent& e : events)
        if (e.holdsOn(date))
            out.append(e);
    return out;
}

Geometry roadLineLonLat(const MapData& data, const QString& ref, bool* schematic)
{
    Geometry line;
    line.kind = GeometryKind::Line;
    if (ref.isEmpty())
        return {};
    for (auto it = data.layers.crbegin(); it != data.layers.crend(); ++it) {
        const MapLayer& layer = **it;
        if (layer.role != LayerRole::Highways)
            continue;
        for (const MapFeature& f : layer.features)
            if (f.geometry.kind == GeometryKind::Line &&
                f.attributes.value(QStringLiteral("ref")).toString().compare(ref, Qt::CaseInsensitive) == 0)
                line.parts += f.geometry.parts;
        if (line.parts.isEmpty())
            continue;
        const Projector projector(data.crs);
        for (QVector<QPointF>& part : line.parts)
            if (!projector.inverse(&part))
                return {};
        if (schematic)
            *schematic = layer.schematic;
        return line;
    }
    return {};
}

Geometry corridorAround(const Geometry& lineLonLat, double halfWidthMetres, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return Geometry();
    };
    if (lineLonLat.isEmpty() || !(halfWidthMetres > 0))
        return fail(QStringLiteral("no road line or no width to buffer"));
    const Projector utm(kMetric);
    if (!utm.isValid())
        return fail(utm.errorString());
    const geos::Context ctx;
    std::vector<GEOSGeometry*> lines;
    for (QVector<QPointF> part : lineLonLat.parts) {
        if (part.size() < 2 || !utm.forward(&part))
            continue;
        if (GEOSGeometry* l = GEOSGeom_createLineString_r(ctx.handle(), geos::sequence(ctx, QPolygonF(part))))
            lines.push_back(l);
    }
    if (lines.empty())
        return fail(QStringLiteral("the road line has no segment"));
    const geos::GeomPtr all = geos::own(
        ctx, GEOSGeom_createCollection_r(ctx.handle(), GEOS_MULTILINESTRING, lines.data(), unsigned(lines.size())));
    const geos::GeomPtr band =
        all ? geos::own(ctx, GEOSBuffer_r(ctx.handle(), all.get(), halfWidthMetres, kBufferQuadrantSegments)) : nullptr;
    if (!band || GEOSisEmpty_r(ctx.handle(), band.get()))
        return fail(QStringLiteral("GEOS could not buffer the road: %1").arg(ctx.lastError()));
    Geometry out;
    out.kind = GeometryKind::Polygon;
    auto addPolygon = [&](const GEOSGeometry* polygon) {
        out.parts.append(geos::points(ctx, GEOSGetExteriorRing_r(ctx.handle(), polygon)));
        for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx.handle(), polygon); ++i)
            out.parts.append(geos::points(ctx, GEOSGetInteriorRingN_r(ctx.handle(), polygon, i)));
    };
    if (GEOSGeomTypeId_r(ctx.handle(), band.get()) == GEOS_POLYGON)
        addPolygon(band.get());
    else
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx.handle(), band.get()); ++i)
            addPolygon(GEOSGetGeometryN_r(ctx.handle(), band.get(), i));
    for (QVector<QPointF>& ring : out.parts)
        if (!utm.inverse(&ring))
            return fail(utm.errorString());
    return out;
}

QList<DatedEvent> datedEvents(const QList<Article>& articles, const EntityCatalog& catalog)
{
    Q_UNUSED(articles)
    Q_UNUSED(catalog)
    return {};
}

} // namespace geo
