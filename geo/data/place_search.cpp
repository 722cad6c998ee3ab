#include "geo/data/place_search.h"

#include "geo/core/name_folding.h"
#include "geo/data/map_data.h"

#include <algorithm>

namespace geo {

namespace {

QString text(const QVariantMap& a, const char* key)
{
    return a.value(QLatin1String(key)).toString();
}

} // namespace

PlaceSearch::PlaceSearch(std::shared_ptr<const Gazetteer> gazetteer, QVector<AdminArea> areas, DisplayCrs crs)
    : m_gazetteer(std::move(gazetteer)), m_areas(std::move(areas))
{
    if (!m_gazetteer)
        return;
    const int n = m_gazetteer->size();
    m_areaOfPlace.fill(-1, n);
    m_foldedNames.resize(n);
    QVector<QPointF> points(n);
    for (int i = 0; i < n; ++i) {
        const Place& p = m_gazetteer->at(i);
        points[i] = p.lonLat;
        m_indexById.insert(p.id, i);
        for (const QString& name : p.allNames())
            m_foldedNames[i].append(foldName(name));
    }
    if (m_areas.isEmpty())
        return;
    const Projector& projector = Projector::forThread(crs);
    if (!projector.isValid() || !projector.forward(&points))
        return;
    for (int i = 0; i < n; ++i) {
        for (int a = 0; a < m_areas.size(); ++a) {
            const QPainterPath& path = m_areas.at(a).path;
            if (path.boundingRect().contains(points.at(i)) && path.contains(points.at(i))) {
                m_areaOfPlace[i] = a;
                break;
            }
        }
    }
}

QVector<AdminArea> PlaceSearch::districtsOf(const MapData& data)
{
    QVector<AdminArea> areas;
    const auto layer = data.layerOf(LayerRole::Districts);
    if (!layer)
        return areas;
    for (const MapFeature& f : layer->features) {
        AdminArea area;
        area.districtEn = text(f.attributes, "ADM2_EN");
        area.districtAr = text(f.attributes, "ADM2_AR");
        area.governorateEn = text(f.attributes, "ADM1_EN");
        area.governorateAr = text(f.attributes, "ADM1_AR");
        area.districtPcode = text(f.attributes, "ADM2_PCODE");
        area.governoratePcode = text(f.attributes, "ADM1_PCODE");
        area.path = f.path;
        areas.append(area);
    }
    return areas;
}

const AdminArea* PlaceSearch::areaOf(const QString& placeId) const
{
    if (!m_gazetteer)
        return nullptr;
    const int a = m_areaOfPlace.value(m_indexById.value(placeId, -1), -1);
    return a >= 0 ? &m_areas.at(a) : nullptr;
}

QVector<PlaceSuggestion> PlaceSearch::suggest(const QString& query, int limit) const
{
    if (!m_gazetteer || limit <= 0)
        return {};
    const QString q = foldName(query);
    if (q.isEmpty())
        return {};
    const QString wordStart = QLatin1Char(' ') + q;

    struct Candidate {
        PlaceSuggestion suggestion;
        int index;
    };
    QHash<int, Candidate> best;
    auto offer = [&](int index, const QString& name, SuggestionTier tier) {
        auto it = best.find(index);
        if (it != best.end() && it->suggestion.tier >= tier)
            return;
        const int a = m_areaOfPlace.value(index, -1);
        best.insert(
            index,
            Candidate{PlaceSuggestion{&m_gazetteer->at(index), name, tier, a >= 0 ? &m_areas.at(a) : nullptr}, index});
    };
    for (int i = 0; i < m_foldedNames.size(); ++i) {
        const QStringList& folded = m_foldedNames.at(i);
        const QStringList names = m_gazetteer->at(i).allNames();
        for (int k = 0; k < folded.size() && k < names.size(); ++k) {
            const QString& f = folded.at(k);
            if (f == q)
                offer(i, names.at(k), SuggestionTier::Exact);
            else if (f.startsWith(q))
                offer(i, names.at(k), SuggestionTier::Prefix);
            else if (f.contains(wordStart))
                offer(i, names.at(k), SuggestionTier::WordPrefix);
        }
    }
    for (const GazetteerMatch& m : m_gazetteer->search(query, limit))
        offer(m.index, m.matchedName, SuggestionTier::Loose);

    QVector<Candidate> all;
    all.reserve(best.size());
    for (const Candidate& c : std::as_const(best))
        all.append(c);
    const auto inFocus = [](const PlaceSuggestion& s) {
        return s.area && s.area->governoratePcode == focusGovernoratePcode;
    };
    std::sort(all.begin(), all.end(), [&](const Candidate& x, const Candidate& y) {
        const PlaceSuggestion& a = x.suggestion;
        const PlaceSuggestion& b = y.suggestion;
        if (a.tier != b.tier)
            return a.tier > b.tier;
        const bool cityA = a.place->kind == PlaceKind::City, cityB = b.place->kind == PlaceKind::City;
        if (cityA != cityB)
            return cityA;
        if (inFocus(a) != inFocus(b))
            return inFocus(a);
        if (placeKindRank(a.place->kind) != placeKindRank(b.place->kind))
            return placeKindRank(a.place->kind) > placeKindRank(b.place->kind);
        if (a.place->keyTown != b.place->keyTown)
            return a.place->keyTown;
        if (a.place->population != b.place->population)
            return a.place->population > b.place->population;
        const int byName = QString::localeAwareCompare(a.matchedName, b.matchedName);
        return byName != 0 ? byName < 0 : x.index < y.index;
    });
    QVector<PlaceSuggestion> out;
    for (int i = 0; i < all.size() && i < limit; ++i)
        out.append(all.at(i).suggestion);
    return out;
}

} // namespace geo
