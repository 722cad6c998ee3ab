#include "geo/control/area_claims.h"

#include "geo/control/control_timeline.h"
#include "geo/core/projector.h"
#include "geo/data/map_data.h"

#include <QHash>

namespace geo {

QString AreaClaim::areaKey() const
{
    return pcode.isEmpty() ? QStringLiteral("polygon:%1#%2").arg(articleId, annotationId)
                           : QStringLiteral("pcode:") + pcode;
}

QList<AreaClaim> areaClaimsOn(const QList<AreaClaim>& claims, QDate date)
{
    // Per area: the counting claims of the latest effective date on or before DATE, the strongest first.
    QHash<QString, AreaClaim> best;
    QStringList order;
    for (const AreaClaim& c : claims) {
        if (!date.isValid() || !c.date.isValid() || c.date > date || c.status == ClaimStatus::Retracted ||
            c.controller == Controller::Unknown)
            continue;
        const QString key = c.areaKey();
        const auto it = best.constFind(key);
        if (it == best.constEnd()) {
            best.insert(key, c);
            order.append(key);
            continue;
        }
        if (c.date > it->date ||
            (c.date == it->date && ControlTimeline::strength(c.status) > ControlTimeline::strength(it->status)))
            best.insert(key, c);
    }
    QList<AreaClaim> out;
    for (const QString& key : std::as_const(order))
        out.append(best.value(key));
    return out;
}

Geometry areaGeometry(const AreaClaim& claim, const MapData& data)
{
    if (claim.pcode.isEmpty()) {
        Geometry g = claim.polygonLonLat;
        const Projector projector(data.crs);
        for (QVector<QPointF>& part : g.parts)
            if (!projector.forward(&part))
                return {};
        return g;
    }
    const LayerRole role = claim.isGovernorate() ? LayerRole::Governorates : LayerRole::Districts;
    const QString field = claim.isGovernorate() ? QStringLiteral("ADM1_PCODE") : QStringLiteral("ADM2_PCODE");
    for (const auto& layer : data.layers) {
        if (layer->role != role)
            continue;
        Geometry g;
        g.kind = GeometryKind::Polygon;
        for (const MapFeature& f : layer->features)
            if (f.attributes.value(field).toString() == claim.pcode)
                g.parts += f.geometry.parts;
        if (!g.parts.isEmpty())
            return g;
    }
    return {};
}

QList<AreaClaim> areaClaims(const QList<Article>& articles)
{
    QList<AreaClaim> out;
    for (const Article& article : articles)
        for (const Annotation& a : article.annotations) {
            if (!a.isAreaClaim())
                continue;
            AreaClaim c;
            c.articleId = article.id;
            c.annotationId = a.id;
            if (a.place.startsWith(QLatin1String("area:")))
                c.pcode = a.place.mid(5);
            else if (a.geometry.kind == GeometryKind::Polygon)
                c.polygonLonLat = a.geometry;
            else
                continue; // nothing to draw it on
            c.controller = a.controller.value_or(Controller::Unknown);
            c.status = a.claimStatus.value_or(ClaimStatus::Claimed);
            c.date = a.effectiveDate();
            c.approximate = a.approximateDate;
            c.claimant = a.claimant;
            c.quote = article.quotedText(a);
            c.sentence = article.sentence(a);
            out.append(c);
        }
    return out;
}

} // namespace geo
