#include "geo/articles/article.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace geo {

namespace {

template <typename Enum, size_t N> QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& name)
{
    for (const auto& [e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

template <typename Enum, size_t N> QStringList namesOf(const std::array<std::pair<Enum, const char*>, N>& table)
{
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

constexpr std::array<std::pair<AnnotationKind, const char*>, 9> kKinds{{
    {AnnotationKind::Place, "place"},
    {AnnotationKind::Road, "road"},
    {AnnotationKind::Post, "post"},
    {AnnotationKind::Area, "area"},
    {AnnotationKind::Border, "border"},
    {AnnotationKind::Actor, "actor"},
    {AnnotationKind::Figure, "figure"},
    {AnnotationKind::Claim, "claim"},
    {AnnotationKind::Event, "event"},
}};

constexpr std::array<std::pair<ClaimScope, const char*>, 2> kClaimScopes{{
    {ClaimScope::Place, "place"},
    {ClaimScope::Area, "area"},
}};

constexpr std::array<std::pair<EntityKind, const char*>, 2> kEntityKinds{{
    {EntityKind::Place, "place"},
    {EntityKind::Other, "other"},
}};

constexpr std::array<std::pair<ActorKind, const char*>, 7> kActorKinds{{
    {ActorKind::Media, "media"},
    {ActorKind::State, "state"},
    {ActorKind::StateForces, "state forces"},
    {ActorKind::ArmedGroup, "armed group"},
    {ActorKind::Organisation, "organisation"},
    {ActorKind::Person, "person"},
    {ActorKind::Other, "other"},
}};

// ACLED's event types and sub-event types (ACLED Codebook, 2019 onwards), and Frontline's three additions for what
// ACLED codes as "Change to group/activity" or "Other": a security corridor along a road, a joint patrol, and
// reinforcements sent to an area.
struct EventTypeEntry {
    const char* type;
    std::initializer_list<const char*> subTypes;
};
const std::array<EventTypeEntry, 6>& eventTypeTable()
{
    static const std::array<EventTypeEntry, 6> table{{
        {"Battles", {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
        {"Explosions/Remote violence",
         {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
          "Remote explosive/landmine/IED", "Grenade"}},
        {"Violence against civilians", {"Sexual violence", "Attack", "Abduction/forced disappearance"}},
        {"Protests", {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
        {"Riots", {"Violent demonstration", "Mob violence"}},
        {"Strategic developments",
         {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
          "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
          "Other", "Security corridor", "Joint patrol", "Reinforcement"}},
    }};
    return table;
}

constexpr std::array<std::pair<ClaimStatus, const char*>, 4> kStatuses{{
    {ClaimStatus::Claimed, "claimed"},
    {ClaimStatus::Assessed, "assessed"},
    {ClaimStatus::Disputed, "disputed"},
    {ClaimStatus::Retracted, "retracted"},
}};

constexpr std::array<std::pair<Controller, const char*>, 6> kControllers{{
    {Controller::Government, "government"},
    {Controller::Opposition, "opposition"},
    {Controller::Hts, "hts"},
    {Controller::Turkey, "turkey"},
    {Controller::Contested, "contested"},
    {Controller::Unknown, "unknown"},
}};

constexpr std::array<std::pair<ArticleKind, const char*>, 2> kArticleKinds{{
    {ArticleKind::Article, "article"},
    {ArticleKind::Summary, "summary"},
}};

constexpr std::array<std::pair<PostEvent, const char*>, 3> kPostEvents{{
    {PostEvent::SetUp, "post set up"},
    {PostEvent::Encircled, "post encircled"},
    {PostEvent::Withdrawn, "post withdrawn"},
}};

// The UTF-16 index of code point CP in S (linear; texts are read once per lookup).
qsizetype utf16At(const QString& s, qsizetype cp)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < cp && i < s.size(); ++n)
        i += (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
    return i;
}

bool isSentenceEnd(const QString& s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c == QLatin1Char('\n'))
        return true;
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?') && c != QChar(0x2026))
        return false;
    if (i + 1 >= s.size())
        return true;
    // A full stop between digits ("586.000") or before a lower-case letter is no sentence end. The
    // run-together form of a dispatch ("guerre.La voie") ends a sentence right before an upper-case letter.
    const QChar next = s.at(i + 1);
    return next.isSpace() || next.isUpper();
}

// One calendar day, month or year, as the start (FIRST = true) or end of a span.
QDate parseDayOrMonth(const QString& text, bool first, QString* error)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (year.match(text).hasMatch())
        return first ? QDate(text.toInt(), 1, 1) : QDate(text.toInt(), 12, 31);
    if (const auto m = day.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
        if (mo < 1 || mo > 12) {
            if (error)
                *error = QStringLiteral("\"%1\" has no month %2 (months are 01 to 12)").arg(text).arg(mo);
            return {};
        }
        const QDate date(y, mo, d);
        if (!date.isValid() && error)
            *error = QStringLiteral("\"%1\" is not a calendar day (%2-%3 has %4 days)")
                         .arg(text, m.captured(1), m.captured(2))
                         .arg(QDate(y, mo, 1).daysInMonth());
        return date;
    }
    if (const auto m = month.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12) {
            if (error)
                *error = QStringLiteral("\"%1\" has no month %2 (months are 01 to 12)").arg(text).arg(mo);
            return {};
        }
        const QDate d(y, mo, 1);
        return first ? d : QDate(y, mo, d.daysInMonth());
    }
    if (error)
        *error = QStringLiteral("\"%1\" is not an ISO 8601 day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)").arg(text);
    return {};
}

} // namespace

// The three name functions of each enum, from its table: written once here rather than fifteen times by hand.
#define FRONTLINE_ENUM_NAMES(Enum, stem, table)                                                                        \
    QString stem##Name(Enum value)                                                                                     \
    {                                                                                                                  \
        return nameOf(table, value);                                                                                   \
    }                                                                                                                  \
    std::optional<Enum> stem##FromName(const QString& name)                                                            \
    {                                                                                                                  \
        return valueOf(table, name);                                                                                   \
    }                                                                                                                  \
    QStringList stem##Names()                                                                                          \
    {                                                                                                                  \
        return namesOf(table);                                                                                         \
    }

FRONTLINE_ENUM_NAMES(AnnotationKind, annotationKind, kKinds)
FRONTLINE_ENUM_NAMES(ClaimStatus, claimStatus, kStatuses)
FRONTLINE_ENUM_NAMES(Controller, controller, kControllers)
FRONTLINE_ENUM_NAMES(ArticleKind, articleKind, kArticleKinds)
FRONTLINE_ENUM_NAMES(PostEvent, postEvent, kPostEvents)
FRONTLINE_ENUM_NAMES(ClaimScope, claimScope, kClaimScopes)
FRONTLINE_ENUM_NAMES(EntityKind, entityKind, kEntityKinds)
FRONTLINE_ENUM_NAMES(ActorKind, actorKind, kActorKinds)
#undef FRONTLINE_ENUM_NAMES

QStringList eventTypeNames()
{
    QStringList names;
    for (const EventTypeEntry& e : eventTypeTable())
        names << QString::fromLatin1(e.type);
    return names;
}

QStringList eventSubTypeNames(const QString& eventType)
{
    QStringList names;
    for (const EventTypeEntry& e : eventTypeTable()) {
        if (eventType == QLatin1String(e.type)) {
            for (const char* sub : e.subTypes)
                names << QString::fromLatin1(sub);
        }
    }
    return names;
}

QString eventTypeOfSubType(const QString& subEventType)
{
    for (const EventTypeEntry& e : eventTypeTable()) {
        for (const char* sub : e.subTypes) {
            if (subEventType == QLatin1String(sub))
                return QString::fromLatin1(e.type);
        }
    }
    return {};
}

namespace {
QString nameIn(const QMap<QString, QString>& names, const QString& language)
{
    if (const auto it = names.constFind(language); it != names.constEnd())
        return *it;
    if (const auto it = names.constFind(QStringLiteral("en")); it != names.constEnd())
        return *it;
    return names.isEmpty() ? QString() : names.first();
}
} // namespace

QString LocalEntity::name(const QString& language) const
{
    return nameIn(names, language);
}

QString ArticleActor::name(const QString& language) const
{
    return nameIn(names, language);
}

QStringList annotationOriginNames()
{
    return {QStringLiteral("suggested"), QStringLiteral("accepted")};
}

DateSpan parseDateSpan(const QString& text, QString* error)
{
    // 1.1: "about" a single date ("2020-02-06~") and "on or before" one ("../2020-02-08").
    const bool about = text.endsWith(QLatin1Char('~'));
    const bool onOrBefore = text.startsWith(QLatin1String("../"));
    if (about || onOrBefore) {
        const QString inner = about ? text.chopped(1) : text.mid(3);
        if (about && onOrBefore) {
            if (error)
                *error = QStringLiteral("\"%1\" is both \"about\" (~) and \"on or before\" (../); write one").arg(text);
            return {};
        }
        if (inner.contains(QLatin1Char('/')) || inner.contains(QLatin1Char('~')) ||
            inner.startsWith(QLatin1String(".."))) {
            if (error)
                *error = QStringLiteral("\"%1\": \"%2\" qualifies one day, month or year, not an interval")
                             .arg(text, about ? QStringLiteral("~") : QStringLiteral("../"));
            return {};
        }
        DateSpan span;
        span.to = parseDayOrMonth(inner, false, error);
        if (!span.to.isValid())
            return {};
        span.from = about ? parseDayOrMonth(inner, true, error) : span.to;
        span.qualifier = about ? DateQualifier::About : DateQualifier::OnOrBefore;
        return span;
    }
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2) {
        if (error)
            *error = QStringLiteral("\"%1\" has more than one \"/\"; write FROM/TO").arg(text);
        return {};
    }
    DateSpan span;
    span.from = parseDayOrMonth(parts.first(), true, error);
    if (!span.from.isValid())
        return {};
    span.to = parseDayOrMonth(parts.last(), false, error);
    if (!span.to.isValid())
        return {};
    if (span.from > span.to) {
        if (error)
            *error = QStringLiteral("interval \"%1\" ends before it starts (%2 is after %3)")
                         .arg(text, span.from.toString(Qt::ISODate), span.to.toString(Qt::ISODate));
        return {};
    }
    return span;
}

QString Article::fingerprintOf(const QString& text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString compact;
    compact.reserve(nfc.size());
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        if (c.isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate()) {
            if (!QChar::isSpace(QChar::surrogateToUcs4(c, nfc.at(i + 1))))
                compact.append(c).append(nfc.at(i + 1));
            ++i;
        } else if (!c.isSpace()) {
            compact.append(c);
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(compact.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const LocalEntity* Article::entity(const QString& entityId) const
{
    for (const LocalEntity& e : entities) {
        if (e.id == entityId)
            return &e;
    }
    return nullptr;
}

const ArticleActor* Article::actor(const QString& entityId) const
{
    for (const ArticleActor& a : actors) {
        if (a.entityId() == entityId)
            return &a;
    }
    return nullptr;
}

const Annotation* Article::annotation(const QString& annotationId) const
{
    for (const Annotation& a : annotations) {
        if (a.id == annotationId)
            return &a;
    }
    return nullptr;
}

QList<Claim> Article::claims() const
{
    QList<Claim> result;
    for (const Annotation& a : annotations) {
        if (a.kind == AnnotationKind::Claim)
            result.append(Claim(*this, a));
    }
    return result;
}

QString Article::quotedText(const Annotation& annotation) const
{
    if (!annotation.isAnchored())
        return {};
    const qsizetype from = utf16At(text, annotation.anchorStart);
    const qsizetype to = utf16At(text, annotation.anchorEnd);
    return text.mid(from, to - from);
}

QString Article::sentence(const Annotation& annotation) const
{
    if (!annotation.isAnchored())
        return {};
    qsizetype from = utf16At(text, annotation.anchorStart);
    qsizetype to = utf16At(text, annotation.anchorEnd);
    while (from > 0 && !isSentenceEnd(text, from - 1))
        --from;
    // The sentence runs to its terminator, included (a line break is not); a quote that ends on a terminator
    // already ends the sentence.
    const bool quoteEndsSentence = to > from && isSentenceEnd(text, to - 1);
    if (!quoteEndsSentence) {
        while (to < text.size() && !isSentenceEnd(text, to))
            ++to;
        if (to < text.size() && text.at(to) != QLatin1Char('\n'))
            ++to;
    }
    return text.mid(from, to - from).trimmed();
}

QString Claim::quotedText() const
{
    return m_article->quotedText(*m_annotation);
}

QString Claim::sentence() const
{
    return m_article->sentence(*m_annotation);
}

} // namespace geo
