#include "geo/control/post_timeline.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace geo {

namespace {

// The first and last day of a day "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY"; false when TEXT is none
// of these or names no calendar day.
bool spanOf(const QString& text, QDate* from, QDate* to)
{
    if (text.size() == 10) {
        *from = *to = QDate::fromString(text, Qt::ISODate);
        return from->isValid();
    }
    const int year = text.left(4).toInt();
    if (text.size() == 4) {
        *from = QDate(year, 1, 1);
        *to = QDate(year, 12, 31);
        return from->isValid();
    }
    if (text.size() == 7) {
        *from = QDate(year, text.mid(5, 2).toInt(), 1);
        *to = from->addMonths(1).addDays(-1);
        return from->isValid();
    }
    return false;
}

// Rule 5: withdrawn beats encircled beats set up.
int strength(PostEvent event)
{
    switch (event) {
    case PostEvent::SetUp: return 1;
    case PostEvent::Encircled: return 2;
    case PostEvent::Withdrawn: return 3;
    }
    return 0;
}

// One dated event of one post (rule 2).
struct Event {
    QDate date;
    PostEvent event = PostEvent::SetUp;
    int order = 0;          // reading order; the table's establishment comes after every annotation
    bool datesSince = true; // false for an establishment from the table that is not one day
    QString articleId;
    QString annotationId;
};

} // namespace

PostEstablishment PostTimeline::parseEstablished(const QString& established)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(before\\s+)?"                     // 1: "before "
                       "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)"       // 2: a year, month or day
                       "(?:/(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?))?" // 3: the end of an interval
                       "(?=$|[\\s,;(])"),                       // then the end or a comment
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(established);
    if (!m.hasMatch())
        return {};
    QDate from, to;
    if (!spanOf(m.captured(2), &from, &to))
        return {};
    if (m.hasCaptured(3)) {
        QDate laterFrom, laterTo;
        if (!spanOf(m.captured(3), &laterFrom, &laterTo) || laterTo < from)
            return {};
        to = laterTo;
    }
    PostEstablishment result;
    if (m.hasCaptured(1)) {
        result.date = from; // set up by then at the latest
        return result;
    }
    result.date = to;
    result.exactDay = from == to;
    return result;
}

PostTimeline::PostTimeline(const QVector<ObservationPost>& posts, const QList<Article>& articles)
{
    QHash<int, QVector<Event>> events;
    QHash<int, bool> established;
    for (const ObservationPost& post : posts) {
        const PostEstablishment e = parseEstablished(post.established);
        established.insert(post.number, e.isKnown());
        QVector<Event>& list = events[post.number];
        if (e.isKnown()) {
            Event table;
            table.date = e.date;
            table.event = PostEvent::SetUp;
            table.order = std::numeric_limits<int>::max();
            table.datesSince = e.exactDay;
            list.append(table);
        }
    }

    QSet<QString> seen;
    int order = 0;
    for (const Article& article : articles) {
        for (const Annotation& a : article.annotations) {
            if (a.kind != AnnotationKind::Post || !a.entity.startsWith(QLatin1String("post:")))
                continue;
            bool ok = false;
            const int number = a.entity.mid(5).toInt(&ok);
            const std::optional<PostEvent> event = postEventFromName(a.subEventType);
            if (!ok || !events.contains(number) || !event || !a.effectiveDate().isValid())
                continue;
            const QString ref = article.id + QLatin1Char('#') + a.id;
            if (seen.contains(ref))
                continue; // another copy of the same article
            seen.insert(ref);
            Event e;
            e.date = a.effectiveDate();
            e.event = *event;
            e.order = order++;
            e.articleId = article.id;
            e.annotationId = a.id;
            events[number].append(e);
        }
    }

    QSet<QDate> dates;
    for (auto it = events.begin(); it != events.end(); ++it) {
        QVector<Event>& list = it.value();
        // Date order; within a date the strongest event first, then the reading order (rule 5).
        std::sort(list.begin(), list.end(), [](const Event& x, const Event& y) {
            if (x.date != y.date)
                return x.date < y.date;
            if (strength(x.event) != strength(y.event))
                return strength(x.event) > strength(y.event);
            return x.order < y.order;
        });
        History& history = m_posts[it.key()];
        // Rule 3.
        const bool firstIsSetUp = !list.isEmpty() && list.first().event == PostEvent::SetUp;
        history.initial.state =
            (established.value(it.key()) || firstIsSetUp) ? PostState::NotYetSetUp : PostState::SetUp;

        PostState state = history.initial.state;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0 && list.at(i).date == list.at(i - 1).date)
                continue; // a weaker event of the same day (rule 5)
            const Event& e = list.at(i);
            PostState next = state;
            switch (e.event) {
            case PostEvent::SetUp:
                if (state == PostState::NotYetSetUp || state == PostState::Withdrawn)
                    next = PostState::SetUp;
                break;
            case PostEvent::Encircled: next = PostState::Encircled; break;
            case PostEvent::Withdrawn: next = PostState::Withdrawn; break;
            }
            if (next == state)
                continue; // rule 4: nothing changes
            state = next;
            State s;
            s.date = e.date;
            s.status.state = next;
            s.status.since = e.datesSince ? e.date : QDate();
            s.status.articleId = e.articleId;
            s.status.annotationId = e.annotationId;
            history.states.append(s);
            dates.insert(e.date);
        }
    }
    m_changeDates = QList<QDate>(dates.cbegin(), dates.cend());
    std::sort(m_changeDates.begin(), m_changeDates.end());
}

PostStatus PostTimeline::statusOf(int number, QDate date) const
{
    PostStatus none;
    none.state = PostState::NotYetSetUp;
    const auto it = m_posts.constFind(number);
    if (it == m_posts.constEnd() || !date.isValid())
        return none;
    const QVector<State>& states = it->states;
    // The last state dated on or before DATE.
    const auto after =
        std::upper_bound(states.cbegin(), states.cend(), date, [](QDate d, const State& s) { return d < s.date; });
    return after == states.cbegin() ? it->initial : std::prev(after)->status;
}

QHash<int, PostStatus> PostTimeline::statesAt(QDate date) const
{
    QHash<int, PostStatus> result;
    if (!date.isValid())
        return result;
    for (auto it = m_posts.cbegin(); it != m_posts.cend(); ++it)
        result.insert(it.key(), statusOf(it.key(), date));
    return result;
}

QList<int> PostTimeline::postNumbers() const
{
    QList<int> numbers = m_posts.keys();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString postStateName(PostState state)
{
    switch (state) {
    case PostState::NotYetSetUp: return QStringLiteral("not yet set up");
    case PostState::SetUp: return QStringLiteral("set up");
    case PostState::Encircled: return QStringLiteral("encircled");
    case PostState::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

} // namespace geo
