#include "geo/control/control_timeline.h"

#include <QSet>

#include <algorithm>

namespace geo {

QString ClaimRecord::claimRef(const QString& articleId, const QString& annotationId)
{
    return articleId + QLatin1Char('#') + annotationId;
}

Controller ControlTimeline::sideOf(Controller controller)
{
    switch (controller) {
    case Controller::Hts:
    case Controller::Turkey:
    case Controller::Opposition: return Controller::Opposition;
    case Controller::Government:
    case Controller::Contested:
    case Controller::Unknown: return controller;
    }
    return controller;
}

int ControlTimeline::strength(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Assessed: return 3;
    case ClaimStatus::Claimed: return 2;
    case ClaimStatus::Disputed: return 1;
    case ClaimStatus::Retracted: return 0;
    }
    return 0;
}

ControlTimeline::ControlTimeline(const QList<Article>& articles) : m_articles(articles)
{
    QSet<QString> seen;
    for (const Article& article : std::as_const(m_articles)) {
        for (const Annotation& annotation : article.annotations) {
            // A claim about a whole governorate or district (format 1.1) says nothing about any one town: it is
            // drawn under the towns (geo/control/area_claims.h), never counted as a town's claim.
            if (annotation.kind != AnnotationKind::Claim || annotation.place.isEmpty() || annotation.isAreaClaim())
                continue;
            const Claim claim(article, annotation);
            ClaimRecord r;
            r.articleId = article.id;
            r.annotationId = annotation.id;
            if (seen.contains(r.ref()))
                continue; // another copy of the same article (rule 1)
            seen.insert(r.ref());
            r.publisher = article.publisher;
            r.placeId = claim.placeId();
            r.date = claim.effectiveDate();
            r.eventDate = annotation.eventDate;
            r.approximate = claim.isApproximate();
            r.dateNote = annotation.dateNote;
            r.controller = claim.controller();
            r.previousController = claim.previousController();
            r.claimant = claim.claimant();
            r.status = claim.status();
            r.quote = annotation.isAnchored() ? claim.quotedText() : annotation.quote;
            r.sentence = claim.sentence();
            r.counts = r.status != ClaimStatus::Retracted && r.controller != Controller::Unknown && r.date.isValid();
            m_places[r.placeId].records.append(int(m_records.size()));
            m_records.append(std::move(r));
        }
    }

    QSet<QDate> dates;
    for (PlaceHistory& history : m_places) {
        // Time order; claims of one date keep the order they were read in (rule 6).
        std::stable_sort(history.records.begin(), history.records.end(),
                         [this](int a, int b) { return m_records[a].date < m_records[b].date; });
        settle(history);
        for (const State& s : std::as_const(history.states))
            dates.insert(s.date);
    }
    m_changeDates = QList<QDate>(dates.cbegin(), dates.cend());
    std::sort(m_changeDates.begin(), m_changeDates.end());

    for (const PlaceHistory& history : std::as_const(m_places)) {
        for (int i : history.records) {
            ClaimRecord& r = m_records[i];
            r.agrees = r.date.isValid() && controlIn(history, r.date).controller == r.controller;
        }
    }
}

void ControlTimeline::settle(PlaceHistory& history)
{
    QVector<int> counting;
    for (int i : std::as_const(history.records)) {
        if (m_records[i].counts)
            counting.append(i);
    }

    QVector<int> previousDeciders;
    for (qsizetype begin = 0; begin < counting.size();) {
        const QDate date = m_records[counting[begin]].date;
        qsizetype end = begin;
        while (end < counting.size() && m_records[counting[end]].date == date)
            ++end;
        const QVector<int> group = counting.mid(begin, end - begin);

        // Rule 4: the strongest claims of the date decide.
        int top = 0;
        for (int i : group)
            top = std::max(top, strength(m_records[i].status));
        QVector<int> deciders;
        for (int i : group) {
            if (strength(m_records[i].status) == top)
                deciders.append(i);
        }

        // Rule 5: agreement, or a conflict.
        const ClaimRecord& winner = m_records[deciders.first()];
        bool conflict = false;
        for (int i : std::as_const(deciders))
            conflict = conflict || m_records[i].controller != winner.controller;

        PlaceControl control;
        control.controller = conflict ? Controller::Contested : winner.controller;
        control.status = winner.status;
        control.approximate = winner.approximate;
        control.articleId = winner.articleId;
        control.annotationId = winner.annotationId;
        control.conflict = conflict;

        // Rule 8: whether the state continues the run of the previous one.
        const bool sameRun =
            !history.states.isEmpty() && history.states.constLast().control.controller == control.controller;

        // Rule 7. Supporting: the agreeing claims of this date, then those of the earlier dates of the run (the
        // previous state's winner first, then what supported it).
        for (int i : group) {
            const ClaimRecord& r = m_records[i];
            if (r.controller != control.controller)
                control.contradicting.append(r.ref());
            else if (i != deciders.first())
                control.supporting.append(r.ref());
        }
        if (sameRun) {
            const PlaceControl& previous = history.states.constLast().control;
            const QString winnerRef = ClaimRecord::claimRef(control.articleId, control.annotationId);
            QStringList earlier = previous.supporting;
            if (!previous.conflict) // in a conflict the winner names a side, not the contested place
                earlier.prepend(ClaimRecord::claimRef(previous.articleId, previous.annotationId));
            for (const QString& ref : std::as_const(earlier)) {
                if (ref != winnerRef && !control.supporting.contains(ref))
                    control.supporting.append(ref);
            }
        }
        for (int i : std::as_const(previousDeciders)) {
            const ClaimRecord& r = m_records[i];
            if (r.controller != control.controller && strength(r.status) > top)
                control.contradicting.append(r.ref());
        }

        // Rule 8.
        control.since = sameRun ? history.states.constLast().control.since : date;

        history.states.append({date, control});
        previousDeciders = deciders;
        begin = end;
    }

    // Rule 9: before the first date, the previous controller the first claims agree on.
    if (history.states.isEmpty())
        return;
    const QDate first = history.states.constFirst().date;
    QVector<int> giving;
    int top = 0;
    for (int i : std::as_const(counting)) {
        const ClaimRecord& r = m_records[i];
        if (r.date != first)
            break;
        if (r.previousController && *r.previousController != Controller::Unknown) {
            giving.append(i);
            top = std::max(top, strength(r.status));
        }
    }
    std::optional<int> winner;
    bool factions = false; // the strongest disagree only on the faction of one side
    for (int i : std::as_const(giving)) {
        const ClaimRecord& r = m_records[i];
        if (strength(r.status) != top)
            continue;
        const Controller winnerSaid = winner ? *m_records[*winner].previousController : Controller::Unknown;
        if (!winner)
            winner = i;
        else if (sideOf(*r.previousController) != sideOf(winnerSaid))
            return; // the first claims disagree on who held the place before: no state
        else if (*r.previousController != winnerSaid)
            factions = true;
    }
    if (!winner)
        return;
    const ClaimRecord& w = m_records[*winner];
    PlaceControl initial;
    initial.controller = factions ? sideOf(*w.previousController) : *w.previousController;
    initial.status = w.status;
    initial.approximate = true;
    initial.inferred = true;
    initial.articleId = w.articleId;
    initial.annotationId = w.annotationId;
    for (int i : std::as_const(giving)) {
        if (i == *winner)
            continue;
        const ClaimRecord& r = m_records[i];
        // Naming another faction of the same side is no contradiction.
        const bool agrees = sideOf(*r.previousController) == sideOf(initial.controller);
        (agrees ? initial.supporting : initial.contradicting).append(r.ref());
    }
    history.initial = initial;
}

const ControlTimeline::State* ControlTimeline::stateAt(const PlaceHistory& history, QDate date) const
{
    const auto it = std::upper_bound(history.states.cbegin(), history.states.cend(), date,
                                     [](QDate d, const State& s) { return d < s.date; });
    return it == history.states.cbegin() ? nullptr : &*(it - 1);
}

PlaceControl ControlTimeline::controlIn(const PlaceHistory& history, QDate date) const
{
    if (!date.isValid())
        return {};
    if (const State* s = stateAt(history, date))
        return s->control;
    return history.initial.value_or(PlaceControl{});
}

QStringList ControlTimeline::placeIds() const
{
    QStringList ids = m_places.keys();
    ids.sort();
    return ids;
}

ControlSnapshot ControlTimeline::snapshotAt(QDate date) const
{
    ControlSnapshot snapshot;
    if (!date.isValid())
        return snapshot;
    snapshot.date = date;
    snapshot.places.reserve(m_places.size());
    for (auto it = m_places.cbegin(); it != m_places.cend(); ++it) {
        if (const State* s = stateAt(*it, date))
            snapshot.places.insert(it.key(), s->control);
        else if (it->initial)
            snapshot.places.insert(it.key(), *it->initial);
    }
    return snapshot;
}

PlaceControl ControlTimeline::controlOf(const QString& placeId, QDate date) const
{
    const auto it = m_places.constFind(placeId);
    return it == m_places.cend() ? PlaceControl{} : controlIn(*it, date);
}

QDate ControlTimeline::previousChange(QDate date) const
{
    if (!date.isValid())
        return {};
    const auto it = std::lower_bound(m_changeDates.cbegin(), m_changeDates.cend(), date);
    return it == m_changeDates.cbegin() ? QDate() : *(it - 1);
}

QDate ControlTimeline::nextChange(QDate date) const
{
    if (!date.isValid())
        return {};
    const auto it = std::upper_bound(m_changeDates.cbegin(), m_changeDates.cend(), date);
    return it == m_changeDates.cend() ? QDate() : *it;
}

QList<ClaimRecord> ControlTimeline::ledger(const QString& placeId) const
{
    QList<ClaimRecord> result;
    const auto it = m_places.constFind(placeId);
    if (it == m_places.cend())
        return result;
    result.reserve(it->records.size());
    for (int i : it->records)
        result.append(m_records[i]);
    return result;
}

QList<ControlChange> ControlTimeline::changesBetween(QDate from, QDate to) const
{
    QList<ControlChange> result;
    if (!from.isValid() || !to.isValid())
        return result;
    const QDate low = std::min(from, to);
    const QDate high = std::max(from, to);
    for (const QString& id : placeIds()) {
        const PlaceHistory& history = m_places[id];
        ControlChange change;
        change.before = controlIn(history, from);
        change.after = controlIn(history, to);
        if (change.before.controller == change.after.controller)
            continue;
        change.placeId = id;
        for (int i : history.records) {
            const ClaimRecord& r = m_records[i];
            if (r.counts && r.date > low && r.date <= high)
                change.claims.append(r);
        }
        result.append(std::move(change));
    }
    return result;
}

} // namespace geo
