#pragma once
// The state of each Turkish observation post on a date: not yet set up, set up, encircled or withdrawn.
// Settled from the posts table (the `established` text of each post) and from the dated post annotations of
// annotated articles (`kind: post` with a `sub_event_type` of the post vocabulary, see
// docs/article-format.md). The rules are written out in docs/control-rules.md, "Observation posts"; in
// short, for one post:
//
//  1. Establishment. The table's `established` text gives the day from which the post counts as set up. Only
//     the date at its start is read; the words after it are comments ("2018-04 (convoy), date not
//     confirmed"):
//       "YYYY-MM-DD"   that day (the only form that also gives `since`);
//       "YYYY-MM"      the last day of the month;
//       "YYYY"         the last day of the year;
//       "A/B"          the last day of B (each end a day, a month or a year);
//       "before X"     the first day of X ("before 2018-02-15": 2018-02-15).
//     Any other text gives no date: the post's establishment is unknown.
//  2. Post events. A post annotation counts when its entity is a post of the table ("post:<n>"), its
//     sub_event_type is "post set up", "post encircled" or "post withdrawn" and it has an event date. It
//     applies from its effective date, the END of its month or interval (Annotation::effectiveDate). The same
//     annotation delivered twice (same article id and annotation id) counts once. The establishment of rule 1
//     counts as a "post set up" event of the table, with no article.
//  3. Before the first event the post is NotYetSetUp. Exception: a post whose establishment is unknown and
//     whose first event is not a "post set up" counts as SetUp from the start of the timeline (nobody dated
//     its setting up); with no event at all it is SetUp on every date.
//  4. Events in date order change the state:
//       "post set up"      NotYetSetUp or Withdrawn -> SetUp; on a SetUp or Encircled post it changes
//                          nothing (one more installation does not lift a siege);
//       "post encircled"   -> Encircled, from any other state;
//       "post withdrawn"   -> Withdrawn, from any other state.
//     An event that leaves the state as it is changes nothing, `since` and the cited annotation included.
//  5. Same day. Of the events of one effective date only the strongest applies: withdrawn beats encircled
//     beats set up. Among events of that kind, the first annotation in the order the articles were given
//     (then the order of the annotations) is cited; an annotation is cited before the table.
//  6. `since` is the effective date of the event that brought the current state. It is invalid for
//     NotYetSetUp, for the SetUp of an unknown establishment (rule 3) and for an establishment from the table
//     that is not a single day. `articleId`/`annotationId` name the annotation of that event (empty when the
//     state comes from the table).
//
// Posts of the articles that are not in the table are ignored. Built once; every query is a binary search in
// a per-post list of states. A plain value: copy it freely, query it from any thread.

#include "geo/articles/article.h"
#include "geo/control/control_snapshot.h"
#include "geo/data/observation_post.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

namespace geo {

// What the table's `established` text says (rule 1).
struct PostEstablishment {
    // The first day the post counts as set up; invalid when the text gives no date.
    QDate date;
    // The text names that very day ("2020-02-06"; not "before 2018-02-15" or "2020-02").
    bool exactDay = false;
    bool isKnown() const { return date.isValid(); }
};

class PostTimeline {
public:
    PostTimeline() = default;
    PostTimeline(const QVector<ObservationPost>& posts, const QList<Article>& articles);

    // Rule 1 on one `established` text.
    static PostEstablishment parseEstablished(const QString& established);

    // The state of every post of the table on DATE, by SOHR number; empty for an invalid DATE.
    QHash<int, PostStatus> statesAt(QDate date) const;
    // The state of one post on DATE; NotYetSetUp (with nothing cited) for a post not in the table or an
    // invalid DATE.
    PostStatus statusOf(int number, QDate date) const;

    // The sorted, unique dates on which some post's state changes (establishments of the table included).
    QList<QDate> changeDates() const { return m_changeDates; }
    // The SOHR numbers of the table, ascending.
    QList<int> postNumbers() const;

private:
    struct State {
        QDate date;
        PostStatus status;
    };
    struct History {
        PostStatus initial;    // before the first state (rule 3)
        QVector<State> states; // one per change, ascending dates
    };

    QHash<int, History> m_posts;
    QList<QDate> m_changeDates;
};

// "not yet set up", "set up", "encircled", "withdrawn": for legends and messages.
QString postStateName(PostState state);

} // namespace geo
