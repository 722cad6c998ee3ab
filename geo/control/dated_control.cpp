#include "geo/control/dated_control.h"

#include "geo/control/control_areas.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace geo {

namespace {

struct SourceNames {
    QString fr, ar;
};

// Names in French and Arabic of the claimants and publishers that pages name, by case-folded English name or
// variant: the actors of actors.json, then the bundled data set's own publishers. Read once.
const QHash<QString, SourceNames>& knownSourceNames()
{
    static const QHash<QString, SourceNames> names = [] {
        QHash<QString, SourceNames> table;
        // The publishers the bundled history gives (resources/articles/history/README.md).
        table.insert(QStringLiteral("frontline data set"),
                     {QStringLiteral("jeu de données Frontline"), QStringLiteral("مجموعة بيانات Frontline")});
        table.insert(QStringLiteral("frontline data set (compiled from cited sources)"),
                     {QStringLiteral("jeu de données Frontline (compilé à partir des sources citées)"),
                      QStringLiteral("مجموعة بيانات Frontline (مجمّعة من المصادر المذكورة)")});
        table.insert(QStringLiteral("wikipedia"), {QStringLiteral("Wikipédia"), QStringLiteral("ويكيبيديا")});
        table.insert(QStringLiteral("wikipedia contributors"),
                     {QStringLiteral("contributeurs de Wikipédia"), QStringLiteral("مساهمو ويكيبيديا")});
        QFile file(QStringLiteral(":/articles/actors.json"));
        if (!file.open(QIODevice::ReadOnly))
            return table; // not in this build: names stay as the sources wrote them
        const QJsonArray actors =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("actors")).toArray();
        for (const QJsonValue& v : actors) {
            const QJsonObject a = v.toObject();
            const QJsonObject n = a.value(QStringLiteral("names")).toObject();
            const SourceNames localized{n.value(QStringLiteral("fr")).toString(),
                                        n.value(QStringLiteral("ar")).toString()};
            QStringList keys{n.value(QStringLiteral("en")).toString()};
            for (const QJsonValue& variant : a.value(QStringLiteral("variants")).toArray())
                keys << variant.toString();
            for (const QString& key : std::as_const(keys))
                if (!key.isEmpty() && !table.contains(key.toCaseFolded()))
                    table.insert(key.toCaseFolded(), localized);
        }
        return table;
    }();
    return names;
}

QString oneSourceNameIn(const QString& name, Language lang)
{
    const auto it = knownSourceNames().constFind(name.trimmed().toCaseFolded());
    if (it == knownSourceNames().constEnd())
        return name.trimmed();
    const QString& translated = lang == Language::French ? it->fr : it->ar;
    if (translated.isEmpty() || translated.contains(name.trimmed(), Qt::CaseInsensitive))
        return name.trimmed();
    return translated;
}

} // namespace

QString sourceNameIn(const QString& name, Language lang)
{
    if (lang == Language::English || name.isEmpty())
        return name;
    QStringList parts;
    for (const QString& part : name.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts << oneSourceNameIn(part, lang);
    return parts.join(lang == Language::Arabic ? QStringLiteral("؛ ") : QStringLiteral("\u00a0; "));
}

std::shared_ptr<const ControlOverlay> controlOverlayAt(const ControlTimeline& timeline, const PostTimeline* posts,
                                                       const EntityCatalog& catalog, QDate date, DisplayCrs crs,
                                                       QString* error)
{
    ControlSnapshot snapshot = timeline.snapshotAt(date);
    snapshot.date = date;
    if (posts)
        snapshot.posts = posts->statesAt(date);
    QString note;
    if (const auto derived = deriveControl(snapshot, catalog, AreaOptions(), error)) {
        snapshot.areas = derived->areas;
        snapshot.frontLines = derived->frontLines;
        note = derived->note;
    }
    return withDatedEvents(buildControlOverlay(std::move(snapshot), crs, note), timeline.articles(), catalog);
}

QList<SourceNote> sourceNotesFor(const ControlTimeline& timeline, const ControlSnapshot& snapshot,
                                 const QList<Article>& articles, const EntityCatalog& catalog,
                                 const QRectF& frameLonLat, QDate since, Language lang, int maxNotes)
{
    QHash<QString, QString> languageOf;
    QSet<QString> summaries;
    for (const Article& a : articles) {
        languageOf.insert(a.id, a.language);
        if (a.kind == ArticleKind::Summary)
            summaries.insert(a.id);
    }

    QSet<QString> changed;
    const bool onlyChanges = since.isValid() && since < snapshot.date;
    if (onlyChanges)
        for (const ControlChange& c : timeline.changesBetween(since, snapshot.date))
            changed.insert(c.placeId);

    QList<std::pair<ClaimRecord, QString>> chosen; // the record and its place's name
    for (auto it = snapshot.places.cbegin(); it != snapshot.places.cend(); ++it) {
        const PlaceControl& pc = *it;
        // An inferred state (before a place's first claim) cites a later claim: no note for it.
        if (pc.controller == Controller::Unknown || pc.annotationId.isEmpty() || pc.inferred)
            continue;
        if (onlyChanges && !changed.contains(it.key()))
            continue;
        const auto lonLat = catalog.lonLat(it.key());
        if (!lonLat || !frameLonLat.contains(*lonLat))
            continue;
        // The claim to cite: the state's winning claim, unless it comes from a summary that stands for a data set
        // and an article's own sentence agrees (a supporting claim, the claims of the day first): the map exists to
        // trace what the articles said.
        QString ref = ClaimRecord::claimRef(pc.articleId, pc.annotationId);
        if (summaries.contains(pc.articleId)) {
            for (const QString& supporting : pc.supporting) {
                if (!summaries.contains(supporting.section(QLatin1Char('#'), 0, -2))) {
                    ref = supporting;
                    break;
                }
            }
        }
        for (const ClaimRecord& r : timeline.ledger(it.key()))
            if (r.ref() == ref && r.date <= snapshot.date) {
                chosen.append({r, catalog.name(it.key(), lang)});
                break;
            }
    }
    std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) {
        return a.first.date != b.first.date ? a.first.date > b.first.date : a.second < b.second;
    });
    QList<SourceNote> notes;
    for (const auto& [r, placeName] : chosen) {
        if (notes.size() >= maxNotes)
            break;
        SourceNote n;
        n.number = int(notes.size()) + 1;
        n.claimant = sourceNameIn(r.claimant, lang);
        n.publisher = sourceNameIn(r.publisher, lang);
        n.date = r.date;
        n.approximate = r.approximate;
        n.quote = r.sentence.isEmpty() ? r.quote : r.sentence;
        n.language = languageOf.value(r.articleId);
        n.placeName = placeName;
        notes.append(n);
    }
    return notes;
}

} // namespace geo
