#include "geo/articles/annotation_score.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace geo {

namespace {

struct Range {
    qsizetype start = -1;
    qsizetype end = -1;
    bool isValid() const { return start >= 0 && end >= start; }
};

Range rangeOf(const Annotation& a)
{
    if (a.anchorStart >= 0)
        return {a.anchorStart, a.anchorEnd};
    if (a.start >= 0)
        return {a.start, a.end};
    return {};
}

qsizetype overlap(Range a, Range b)
{
    if (!a.isValid() || !b.isValid())
        return 0;
    return std::max<qsizetype>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

// Code points between two ranges (0 when they touch or overlap); "far" when either has no anchor.
qsizetype distance(Range a, Range b)
{
    if (!a.isValid() || !b.isValid())
        return std::numeric_limits<qsizetype>::max() / 2;
    if (a.end <= b.start)
        return b.start - a.end;
    if (b.end <= a.start)
        return a.start - b.end;
    return 0;
}

bool sameValue(const std::optional<double>& a, const std::optional<double>& b)
{
    if (!a || !b)
        return true;
    return std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

bool qualifies(const Annotation& s, const Annotation& g)
{
    if (s.kind != g.kind)
        return false;
    if (g.kind == AnnotationKind::Claim) {
        return s.place == g.place &&
               s.controller.value_or(Controller::Unknown) == g.controller.value_or(Controller::Unknown) &&
               claimDateMatches(s, g);
    }
    if (overlap(rangeOf(s), rangeOf(g)) <= 0)
        return false;
    if (g.kind == AnnotationKind::Figure)
        return sameValue(s.value, g.value);
    return s.entity == g.entity;
}

struct Pair {
    int s;
    int g;
    qsizetype overlap;
    qsizetype distance;
};

} // namespace

std::optional<double> KindScore::precision() const
{
    if (suggested <= 0)
        return std::nullopt;
    return double(hits) / double(suggested);
}

std::optional<double> KindScore::recall() const
{
    if (gold <= 0)
        return std::nullopt;
    return double(hits) / double(gold);
}

KindScore& KindScore::operator+=(const KindScore& other)
{
    gold += other.gold;
    suggested += other.suggested;
    hits += other.hits;
    return *this;
}

KindScore AnnotationScore::kind(const QString& name) const
{
    for (const KindScore& k : kinds)
        if (k.kind == name)
            return k;
    KindScore none;
    none.kind = name;
    return none;
}

KindScore AnnotationScore::total() const
{
    KindScore all;
    all.kind = QStringLiteral("all");
    for (const KindScore& k : kinds)
        all += k;
    return all;
}

AnnotationScore& AnnotationScore::operator+=(const AnnotationScore& other)
{
    QList<KindScore> merged;
    for (const QString& name : annotationKindNames()) {
        KindScore k = kind(name);
        k += other.kind(name);
        if (k.gold > 0 || k.suggested > 0)
            merged << k;
    }
    kinds = merged;
    missed += other.missed;
    falseAlarms += other.falseAlarms;
    return *this;
}

bool claimDateMatches(const Annotation& suggested, const Annotation& gold)
{
    const bool sDated = suggested.eventDateTo.isValid();
    const bool gDated = gold.eventDateTo.isValid();
    if (!sDated || !gDated)
        return sDated == gDated;
    if (suggested.effectiveDate() == gold.effectiveDate())
        return true;
    const QDate sFrom = suggested.eventDateFrom.isValid() ? suggested.eventDateFrom : suggested.eventDateTo;
    const QDate gFrom = gold.eventDateFrom.isValid() ? gold.eventDateFrom : gold.eventDateTo;
    return sFrom >= gFrom && suggested.eventDateTo <= gold.eventDateTo;
}

AnnotationScore scoreAnnotations(const QList<Annotation>& suggested, const QList<Annotation>& gold)
{
    std::vector<Pair> pairs;
    for (int g = 0; g < gold.size(); ++g)
        for (int s = 0; s < suggested.size(); ++s)
            if (qualifies(suggested.at(s), gold.at(g))) {
                const Range rs = rangeOf(suggested.at(s)), rg = rangeOf(gold.at(g));
                pairs.push_back({s, g, overlap(rs, rg), distance(rs, rg)});
            }
    // Overlapping pairs first, the larger overlap, the nearer anchors, then the order of the lists.
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if ((a.overlap > 0) != (b.overlap > 0))
            return a.overlap > 0;
        if (a.overlap != b.overlap)
            return a.overlap > b.overlap;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.g != b.g)
            return a.g < b.g;
        return a.s < b.s;
    });
    std::vector<bool> goldFound(std::size_t(gold.size()), false);
    std::vector<bool> suggestionHit(std::size_t(suggested.size()), false);
    for (const Pair& p : pairs) {
        if (goldFound[std::size_t(p.g)] || suggestionHit[std::size_t(p.s)])
            continue;
        goldFound[std::size_t(p.g)] = true;
        suggestionHit[std::size_t(p.s)] = true;
    }

    AnnotationScore score;
    for (const QString& name : annotationKindNames()) {
        KindScore k;
        k.kind = name;
        const auto kind = annotationKindFromName(name);
        for (int g = 0; g < gold.size(); ++g)
            if (gold.at(g).kind == kind) {
                ++k.gold;
                if (goldFound[std::size_t(g)])
                    ++k.hits;
            }
        for (int s = 0; s < suggested.size(); ++s)
            if (suggested.at(s).kind == kind)
                ++k.suggested;
        if (k.gold > 0 || k.suggested > 0)
            score.kinds << k;
    }
    for (int g = 0; g < gold.size(); ++g)
        if (!goldFound[std::size_t(g)])
            score.missed << gold.at(g);
    for (int s = 0; s < suggested.size(); ++s)
        if (!suggestionHit[std::size_t(s)])
            score.falseAlarms << suggested.at(s);
    return score;
}

} // namespace geo
