#pragma once
// Who held which place on which day, settled from the dated control claims of annotated articles. The rules
// are written out in docs/control-rules.md; in short, for one place on a day D:
//
//  1. Counting claims. A claim counts unless it is `retracted`, says the controller is `unknown`, has no
//     effective date or names no place. The same claim delivered twice (same article id and annotation id,
//     e.g. a re-flowed copy of a dispatch) counts once: the first copy read.
//  2. Effective date. A claim applies from its effective date, the END of its month or interval
//     (Annotation::effectiveDate), until a later-dated claim about the same place.
//  3. Latest date decides. On D, only the counting claims of the latest effective date E <= D decide: a
//     later claim replaces earlier ones whatever their strengths (newer news wins).
//  4. Strength. Among the claims of E, the strongest decide: `assessed` (3) beats `claimed` (2), which beats
//     `disputed` (1).
//  5. Agreement. If the strongest claims of E all name one controller, that is the controller (a `contested`
//     claim makes the place contested). If they name different controllers, the place is `contested` and
//     `conflict` is set.
//  6. Winner. articleId/annotationId/status/approximate come from the first strongest claim of E (first in
//     the order the articles were given, then annotation order).
//  7. Supporting: the other claims that name the place's controller in the current run of that controller
//     (rule 8): those of E, then those of the run's earlier dates, latest first (a second source confirming a
//     change).
//     Contradicting: the claims of E that name another controller (in a conflict, every strongest claim that
//     is not itself `contested`, the winner included), and the deciding claims of the previous state when
//     they disagree AND are stronger than the new ones (a weaker report replaced them; a report of equal or
//     greater strength is a change of hands, not a contradiction).
//  8. Since: the effective date of the first state in the current unbroken run of the same controller.
//  9. Before the first claim. Before the earliest effective date E0 of a place, the place is held by the
//     `previous_controller` of its claims of E0: of those that give one (not `unknown`), the strongest
//     decide, and only when they agree (`inferred` is then set, `since` is invalid and `approximate` is
//     true). When they disagree only on the faction within one side (hts against opposition), the place is
//     held by the side (opposition), the claims of that side all supporting. Otherwise the place has no state
//     before E0 (unknown).
//
// Built once from a list of articles (the timeline keeps its own copies); every query afterwards is a binary
// search in a per-place list of states precomputed at construction. A plain value: copy it freely, query it
// from any thread.

#include "geo/articles/article.h"
#include "geo/control/control_snapshot.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace geo {

// One claim about one place, as the ledger shows it (a copy: it does not point into the articles).
struct ClaimRecord {
    QString articleId;
    QString annotationId;
    QString publisher;
    QString placeId;
    QDate date;               // effective date (the end of a month or interval)
    QString eventDate;        // as written: "2020-02-08", "2020-01-21/2020-01-31"
    bool approximate = false; // a month, an interval, or time_precision 2 or 3
    QString dateNote;
    Controller controller = Controller::Unknown;
    std::optional<Controller> previousController;
    QString claimant;
    ClaimStatus status = ClaimStatus::Claimed;
    QString quote;       // the quoted words
    QString sentence;    // the sentence around them
    bool counts = false; // rule 1: not retracted, controller known, dated, about a place
    bool agrees = false; // its controller is the one the timeline settled on at its effective date

    QString ref() const { return claimRef(articleId, annotationId); }
    // "articleId#annotationId": how PlaceControl lists supporting and contradicting claims.
    static QString claimRef(const QString& articleId, const QString& annotationId);
};

// A place whose controller differs between two dates.
struct ControlChange {
    QString placeId;
    PlaceControl before;       // on the first date (Controller::Unknown when the place had no state)
    PlaceControl after;        // on the second date
    QList<ClaimRecord> claims; // the counting claims dated after the earlier and up to the later date
};

class ControlTimeline {
public:
    ControlTimeline() = default;
    explicit ControlTimeline(const QList<Article>& articles);

    // The strength of a status under rule 4: assessed 3, claimed 2, disputed 1, retracted 0 (never counts).
    static int strength(ClaimStatus status);
    // The side a controller belongs to (the hierarchy of docs/control-rules.md): hts and turkey are factions of
    // the opposition's side, whose controller is opposition; every other controller is a side of its own.
    static Controller sideOf(Controller controller);

    const QList<Article>& articles() const { return m_articles; }
    // Every place some claim is about (counting or not), sorted.
    QStringList placeIds() const;

    // The places with a state on DATE (rules 2-9); no areas (see control_areas.h). An invalid DATE gives an
    // empty snapshot with an invalid date.
    ControlSnapshot snapshotAt(QDate date) const;
    // The state of one place on DATE; controller Unknown (and no claim named) when it has none.
    PlaceControl controlOf(const QString& placeId, QDate date) const;

    // The sorted, unique effective dates of the counting claims: the ticks of the timeline slider.
    QList<QDate> changeDates() const { return m_changeDates; }
    // The latest change date before DATE / the earliest after it; invalid when there is none.
    QDate previousChange(QDate date) const;
    QDate nextChange(QDate date) const;

    // Every claim about a place, counting or not, in order of effective date (then the order read).
    QList<ClaimRecord> ledger(const QString& placeId) const;

    // The places whose controller on TO differs from their controller on FROM, sorted by place id. The
    // claims listed are those dated in (min(FROM, TO), max(FROM, TO)].
    QList<ControlChange> changesBetween(QDate from, QDate to) const;

private:
    struct State {
        QDate date;
        PlaceControl control;
    };
    struct PlaceHistory {
        QVector<int> records;                // every claim about the place (indices in m_records), time order
        std::optional<PlaceControl> initial; // rule 9
        QVector<State> states;               // one per counting effective date, ascending
    };

    void settle(PlaceHistory& history);
    const State* stateAt(const PlaceHistory& history, QDate date) const;
    PlaceControl controlIn(const PlaceHistory& history, QDate date) const;

    QList<Article> m_articles;
    QVector<ClaimRecord> m_records;
    QHash<QString, PlaceHistory> m_places;
    QList<QDate> m_changeDates;
};

} // namespace geo
