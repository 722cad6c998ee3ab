#include "geo/data/gazetteer.h"

#include "geo/core/name_folding.h"

#include <QStringList>

#include <algorithm>

namespace geo {

namespace {

int letterCount(const QString& folded)
{
    return int(folded.size() - folded.count(u' '));
}

// "maarat al" -> "maarat ": a query whose last word is an article is still being typed; the article is
// dropped by foldName() only in front of another word, so here the prefix is taken up to the end of the
// previous word.
QString withoutTrailingArticle(const QString& folded)
{
    const qsizetype space = folded.lastIndexOf(u' ');
    if (space <= 0)
        return {};
    if (!isLatinArticle(folded.mid(space + 1)))
        return {};
    return folded.left(space + 1);
}

bool betterRanked(const GazetteerMatch& a, const GazetteerMatch& b)
{
    if (a.tier != b.tier)
        return a.tier > b.tier;
    if (a.place->keyTown != b.place->keyTown)
        return a.place->keyTown;
    if (placeKindRank(a.place->kind) != placeKindRank(b.place->kind))
        return placeKindRank(a.place->kind) > placeKindRank(b.place->kind);
    if (a.place->population != b.place->population)
        return a.place->population > b.place->population;
    return a.index < b.index;
}

} // namespace

Gazetteer::Gazetteer(const QVector<Place>& places)
{
    m_byId.reserve(places.size());
    for (const Place& p : places)
        add(p);
}

bool Gazetteer::add(const Place& place)
{
    if (place.id.isEmpty() || m_byId.contains(place.id))
        return false;
    const int index = size();
    m_places.push_back(place);
    m_byId.insert(place.id, index);
    const QStringList names = place.allNames();
    for (int order = 0; order < names.size(); ++order) {
        const QString& name = names.at(order);
        const QString folded = foldName(name);
        if (folded.isEmpty())
            continue;
        m_folded[folded].append({index, order, name});
        const QString skeleton = skeletonOfFolded(folded);
        if (skeleton.size() >= 2)
            m_skeleton[skeleton].append({index, order, name});
    }
    return true;
}

const Place* Gazetteer::byId(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &at(*it);
}

QVector<GazetteerMatch> Gazetteer::search(const QString& query, int limit) const
{
    if (limit <= 0)
        return {};
    const QString q = foldName(query);
    if (q.isEmpty())
        return {};

    // Per place, the best of its matching names: the higher tier, then the name spelt as typed, then the name
    // that comes first in the place (English, French, Arabic, then the variants).
    struct Candidate {
        GazetteerMatch match;
        bool asTyped = false;
        int order = 0;
    };
    const QString typed = query.trimmed();
    QHash<int, Candidate> best;
    auto offer = [&](const Entry& e, MatchTier tier) {
        const bool asTyped = e.name.compare(typed, Qt::CaseInsensitive) == 0;
        auto it = best.find(e.place);
        if (it == best.end()) {
            best.insert(e.place, Candidate{GazetteerMatch{&at(e.place), e.place, e.name, tier}, asTyped, e.order});
            return;
        }
        const bool better = tier != it->match.tier   ? tier > it->match.tier
                            : asTyped != it->asTyped ? asTyped
                                                     : e.order < it->order;
        if (better)
            *it = Candidate{GazetteerMatch{&at(e.place), e.place, e.name, tier}, asTyped, e.order};
    };

    if (const auto it = m_folded.find(q); it != m_folded.end())
        for (const Entry& e : it->second)
            offer(e, MatchTier::Exact);

    if (letterCount(q) >= minimumLooseLength) {
        QStringList prefixes{q};
        if (const QString trimmed = withoutTrailingArticle(q); !trimmed.isEmpty())
            prefixes.append(trimmed);
        for (const QString& prefix : std::as_const(prefixes)) {
            for (auto it = m_folded.lower_bound(prefix); it != m_folded.end() && it->first.startsWith(prefix); ++it)
                for (const Entry& e : it->second)
                    offer(e, it->first == q ? MatchTier::Exact : MatchTier::Prefix);
        }
        const QString skeleton = skeletonOfFolded(q);
        if (skeleton.size() >= 2)
            for (const Entry& e : m_skeleton.value(skeleton))
                offer(e, MatchTier::Skeleton);
    }

    QVector<GazetteerMatch> matches;
    matches.reserve(best.size());
    for (const Candidate& c : std::as_const(best))
        matches.append(c.match);
    std::sort(matches.begin(), matches.end(), betterRanked);
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

const Place* Gazetteer::find(const QString& query) const
{
    const QVector<GazetteerMatch> matches = search(query, 1);
    return matches.isEmpty() ? nullptr : matches.first().place;
}

} // namespace geo
