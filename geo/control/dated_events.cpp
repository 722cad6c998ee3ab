#include "geo/control/dated_events.h"

#include "geo/core/geos_support_p.h"
#include "geo/core/projector.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/map_data.h"

#include <QHash>

#include <algorithm>
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
    // The latest agreement or ceasefire in force replaces the earlier ones, and the latest corridor along a road
    // the earlier ones along it: the articles give them a start, seldom an end.
    QDate latestAgreement;
    QHash<QString, QDate> latestCorridor;
    for (const DatedEvent& e : events) {
        if (!e.holdsOn(date))
            continue;
        if (e.kind == MapEventKind::Agreement || e.kind == MapEventKind::Ceasefire)
            latestAgreement = std::max(latestAgreement, e.from);
        else if (e.kind == MapEventKind::Corridor)
            latestCorridor[e.road] = std::max(latestCorridor.value(e.road), e.from);
    }
    QList<DatedEvent> out;
    for (const DatedEvent& e : events) {
        if (!e.holdsOn(date))
            continue;
        if ((e.kind == MapEventKind::Agreement || e.kind == MapEventKind::Ceasefire) && e.from != latestAgreement)
            continue;
        if (e.kind == MapEventKind::Corridor && e.from != latestCorridor.value(e.road))
            continue;
        out.append(e);
    }
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

namespace {

// "cease-fire", "ceasefire", "cessez-le-feu", "trêve", "truce", "وقف إطلاق النار", "هدنة".
bool isCeasefireText(const QString& text)
{
    for (const char16_t* word : {u"ceasefire", u"cease-fire", u"cease fire", u"cessez-le-feu", u"trêve", u"truce",
                                 u"وقف إطلاق النار", u"وقف اطلاق النار", u"هدنة"})
        if (text.contains(QString::fromUtf16(word), Qt::CaseInsensitive))
            return true;
    return false;
}

std::optional<QPointF> entityPoint(const Article& article, const EntityCatalog& catalog, const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    if (const LocalEntity* local = article.entity(id))
        return local->point;
    return catalog.lonLat(id);
}

std::optional<DatedEvent> datedEvent(const Article& article, const Annotation& a, const EntityCatalog& catalog)
{
    if (a.kind != AnnotationKind::Event)
        return std::nullopt;
    DatedEvent e;
    e.articleId = article.id;
    e.annotationId = a.id;
    e.eventType = a.eventType;
    e.subEventType = a.subEventType;
    e.kind = mapEventKind(a.eventType, a.subEventType);
    e.approximate = a.approximateDate || a.effectiveSpan.isApproximate();
    const bool lasting =
        e.kind == MapEventKind::Agreement || e.kind == MapEventKind::Ceasefire || e.kind == MapEventKind::Corridor;
    if (lasting) {
        // In force from its effective date (the last day it may have begun, as a claim counts from the end of its
        // span), else from its event date, with no end.
        e.from = a.effectiveSpan.isValid() ? a.effectiveSpan.to : a.eventDateTo;
    } else {
        e.from = a.eventDateFrom;
        e.to = a.eventDateTo;
    }
    if (!e.from.isValid())
        return std::nullopt;
    e.road = a.road;
    if (a.widthKm)
        e.halfWidthMetres = *a.widthKm * 1000.0 / 2.0;
    // Where it happened: its place, else where it began or ended; the annotation's own point first.
    e.place = !a.place.isEmpty() ? a.place : !a.fromPlace.isEmpty() ? a.fromPlace : a.toPlace;
    if (a.geometry.kind == GeometryKind::Point && !a.geometry.isEmpty() && !a.geometry.parts.first().isEmpty())
        e.lonLat = a.geometry.parts.first().first();
    else if (!e.place.startsWith(QLatin1String("area:"))) // a whole governorate has no one point to draw at
        e.lonLat = entityPoint(article, catalog, e.place);
    e.quote = article.quotedText(a);
    e.sentence = article.sentence(a);
    // ACLED files a ceasefire as an "Agreement": the annotated words (or its notes) say which agreements are.
    if (e.kind == MapEventKind::Agreement && isCeasefireText(e.quote + QLatin1Char(' ') + a.notes))
        e.kind = MapEventKind::Ceasefire;
    return e;
}

} // namespace

QList<DatedEvent> datedEvents(const QList<Article>& articles, const EntityCatalog& catalog)
{
    QList<DatedEvent> out;
    for (const Article& article : articles)
        for (const Annotation& a : article.annotations)
            if (auto e = datedEvent(article, a, catalog))
                out.append(std::move(*e));
    return out;
}

} // namespace geo
