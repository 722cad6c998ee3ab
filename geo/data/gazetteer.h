#pragma once
// Place search across French, English and Arabic spellings.
//
// Every name and variant of every place is folded once when the place is added (see name_folding.h) and
// stored in two indexes: an ordered map of folded names (exact lookup and prefix ranges) and a hash of
// consonant skeletons. A query is folded once and looked up; nothing is scanned linearly.
//
// Ranking: the tier first (exact folded name > folded prefix > skeleton), then key towns before other places,
// then bigger places (city > town > village > hamlet, then population), then the order of add.
// A prefix or skeleton hit needs a query of at least minimumLooseLength folded letters; below that only an
// exact folded name matches (so "Sar" finds nothing, while "Hama" or "حلب" are found).
// The const functions change nothing and may run on several threads at once; add() may not run alongside them.

#include "geo/core/place.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <deque>
#include <map>

namespace geo {

enum class MatchTier { Skeleton = 1, Prefix = 2, Exact = 3 };

struct GazetteerMatch {
    const Place* place = nullptr; // owned by the Gazetteer; stays valid while it lives
    int index = -1;               // position of the place in the Gazetteer (order of add)
    QString matchedName;          // the name or variant that matched, as written in the source
    MatchTier tier = MatchTier::Skeleton;
};

class Gazetteer {
public:
    // Folded letters (spaces not counted) a query needs before prefix and skeleton hits are considered.
    static constexpr int minimumLooseLength = 4;

    Gazetteer() = default;
    explicit Gazetteer(const QVector<Place>& places);

    // Adds PLACE and indexes its names. Returns false, and adds nothing, when a place with the same id is
    // already present or the id is empty. Places are never moved, so pointers handed out stay valid.
    bool add(const Place& place);

    int size() const { return int(m_places.size()); }
    const Place& at(int index) const { return m_places.at(std::size_t(index)); }
    const Place* byId(const QString& id) const;

    // Up to LIMIT places matching QUERY, best first, one entry per place.
    QVector<GazetteerMatch> search(const QString& query, int limit = 10) const;
    // The best match, or nullptr when nothing matches.
    const Place* find(const QString& query) const;

private:
    struct Entry {
        int place;
        int order; // position of the name in Place::allNames(): the main names come first
        QString name;
    };
    std::deque<Place> m_places;
    QHash<QString, int> m_byId;
    std::map<QString, QVector<Entry>> m_folded; // folded name -> entries (ordered, for prefix ranges)
    QHash<QString, QVector<Entry>> m_skeleton;  // skeleton key -> entries
};

} // namespace geo
