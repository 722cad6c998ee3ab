#include "geo/articles/annotation_suggester.h"

#include "geo/articles/suggest_dates.h"
#include "geo/articles/suggest_text.h"
#include "geo/articles/suggest_vocabulary.h"
#include "geo/articles/text_anchor.h"
#include "geo/core/name_folding.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/data/observation_post_list.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace geo {

using suggest::PhraseIndex;
using suggest::PhraseMatch;
using suggest::Token;
using suggest::Tokenizer;

namespace {

constexpr double kmPerDegree = 111.32;

bool isArabicLetter(char32_t u)
{
    return (u >= 0x0620 && u <= 0x064A) || (u >= 0x0671 && u <= 0x06D3) || (u >= 0xFB50 && u <= 0xFDFF) ||
           (u >= 0xFE70 && u <= 0xFEFF);
}

bool isLatinLetter(char32_t u)
{
    return (u >= U'a' && u <= U'z') || (u >= U'A' && u <= U'Z') ||
           (u >= 0xC0 && u <= 0x24F && u != 0xD7 && u != 0xF7) || (u >= 0x1E00 && u <= 0x1EFF);
}

// A mention found in the text, before it becomes a Suggestion.
struct Mention {
    AnnotationKind kind = AnnotationKind::Place;
    qsizetype from = 0; // UTF-16
    qsizetype to = 0;
    int firstToken = -1;
    int lastToken = -1;
    int sentence = 0;
    QString entity;
    QString reason;
    double confidence = 0.5;
    QStringList alternatives;
    std::optional<double> value;
    QString unit;
    int geoPrecision = 0;
    QString controller; // actors: the side their forces count for
    QString claimant;   // actors: how a claim they make names them
    QString id;
};

struct Cue {
    int firstToken, lastToken;
    qsizetype from, to;
    int sentence;
    QString event;
    QString phrase;
    QString side; // the side the cue itself implies ("opérations de ratissage": the army's)
};

int eventPriority(const QString& event)
{
    if (event == QLatin1String("retake"))
        return 6;
    if (event == QLatin1String("capture"))
        return 5;
    if (event == QLatin1String("control"))
        return 4;
    if (event == QLatin1String("enter"))
        return 3;
    if (event == QLatin1String("lose"))
        return 2;
    if (event == QLatin1String("withdraw"))
        return 1;
    return 0;
}

// A code of the vocabulary a reason names (a cue's event, a side, a post's event) in the interface language; a code
// this table does not know stays as it is.
QString reasonWord(const QString& code)
{
    static const char* const kWords[] = {
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "capture"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "retake"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "control"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "enter"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "withdraw"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "lose"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "government"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "opposition"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "hts"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "turkey"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "contested"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "unknown"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "post set up"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "post encircled"),
        QT_TRANSLATE_NOOP("geo::AnnotationSuggester", "post withdrawn"),
    };
    for (const char* word : kWords)
        if (code == QLatin1String(word))
            return QCoreApplication::translate("geo::AnnotationSuggester", word);
    return code;
}

QString oppositeSide(const QString& side)
{
    if (side == QLatin1String("government"))
        return QStringLiteral("opposition");
    if (side == QLatin1String("opposition") || side == QLatin1String("hts"))
        return QStringLiteral("government");
    return {};
}

double distanceKm(QPointF a, QPointF b)
{
    const double dx = (a.x() - b.x()) * std::cos((a.y() + b.y()) / 2 * M_PI / 180.0);
    const double dy = a.y() - b.y();
    return std::hypot(dx, dy) * kmPerDegree;
}

// The posts' names: "Morek (Murek), northern Hama" gives "Morek" and "Murek"; "Jabal Anadan (near Anadan)"
// gives "Jabal Anadan" directly and "Anadan" as a place it is near.
void postNames(const QString& name, QStringList* direct, QStringList* near)
{
    QString main = name;
    QString inner;
    const qsizetype open = name.indexOf(u'(');
    if (open >= 0) {
        main = name.left(open);
        const qsizetype close = name.indexOf(u')', open);
        inner = name.mid(open + 1, (close < 0 ? name.size() : close) - open - 1);
    }
    main = main.section(u',', 0, 0).trimmed();
    for (const QString& prefix : {QStringLiteral("Southern "), QStringLiteral("Northern ")})
        if (main.startsWith(prefix))
            main = main.mid(prefix.size());
    if (!main.isEmpty())
        direct->append(main);
    for (QString part : inner.split(QRegularExpression(QStringLiteral("[,/]")), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(QLatin1String("near "))) {
            near->append(part.mid(5));
            continue;
        }
        if (part.isEmpty() || part.at(0).isDigit() || part.at(0).isLower() || part.contains(QLatin1String(" of ")) ||
            part.contains(QLatin1String("post")))
            continue;
        direct->append(part);
    }
}

class Engine {
public:
    Engine(const SuggestionRequest& request, const Gazetteer& gazetteer, const EntityCatalog& catalog,
           const std::function<bool(int)>& progress)
        : m_request(request), m_text(request.text), m_gazetteer(gazetteer), m_catalog(catalog), m_progress(progress),
          m_vocab(suggest::vocabulary())
    {
    }

    SuggestionResult run();

private:
    bool report(int percent)
    {
        if (m_cancelled)
            return false;
        if (m_progress && !m_progress(std::clamp(percent, 0, 100)))
            m_cancelled = true;
        return !m_cancelled;
    }
    // Polls the progress function every few thousand tokens of a pass from BASE to BASE + SPAN percent.
    bool poll(int i, int base, int span)
    {
        if ((i & 4095) != 0 || m_tokens.isEmpty())
            return !m_cancelled;
        return report(base + int(qint64(span) * i / m_tokens.size()));
    }

    void buildIndexes();
    void findRoadsBordersCountry();
    void findActors();
    void findPlaces();
    void findAreas();
    void findPosts();
    void findNationalityAdjectives();
    // True when the words before token I name a force or a state that a nationality adjective at I qualifies
    // ("غارات سورية", "l'artillerie turque"), through a list of adjectives ("غارات سورية أو روسية").
    bool afterQualifiedNoun(int i) const;
    void findFigures();
    void findHeldBy();
    void findClaims();
    bool overlapsTaken(int firstToken, int lastToken) const;
    void take(const Mention& m);
    // The claimant of a claim without an attributed speaker: the publisher, or a word asking for it.
    QString publisherOrUnknown() const
    {
        return m_request.publisher.trimmed().isEmpty() ? QStringLiteral("publisher of the text")
                                                       : m_request.publisher.trimmed();
    }
    QString textOf(qsizetype from, qsizetype to) const { return m_text.mid(from, to - from); }
    const Place* placeOf(int index) const { return &m_gazetteer.at(index); }
    QVector<int> rankPlaces(QVector<int> candidates) const;
    // The last place mention before token TOKEN, in SENTENCE or one of the three before it, or -1 ("the town").
    int placeNamedBefore(int token, int sentence) const
    {
        int found = -1;
        for (int k = 0; k < m_mentions.size(); ++k) {
            const Mention& m = m_mentions.at(k);
            if (m.kind == AnnotationKind::Place && m.lastToken < token && m.sentence >= sentence - 3 &&
                (found < 0 || m.lastToken > m_mentions.at(found).lastToken))
                found = k;
        }
        return found;
    }
    // The last of CLAIMS on PLACE made in one of the three sentences before SENTENCE, or -1.
    int earlierClaimOn(const QVector<Mention>& claims, const QString& place, int sentence) const
    {
        for (int k = int(claims.size()) - 1; k >= 0; --k)
            if (claims.at(k).entity == place && claims.at(k).sentence < sentence &&
                claims.at(k).sentence >= sentence - 3)
                return k;
        return -1;
    }
    // The side that gains in CLAIM: its controller, or the actor that entered a contested place; none when the
    // claim is a withdrawal (controller unknown).
    QString sideOfClaim(const Mention& claim) const
    {
        const QString& c = claim.controller;
        if (c == QLatin1String("unknown"))
            return {};
        if (c != QLatin1String("contested"))
            return c;
        return claim.alternatives.size() > 1 ? m_mentions.at(claim.alternatives.at(1).toInt()).controller : QString();
    }

    const SuggestionRequest& m_request;
    const QString& m_text;
    const Gazetteer& m_gazetteer;
    const EntityCatalog& m_catalog;
    const std::function<bool(int)>& m_progress;
    const suggest::Vocabulary& m_vocab;
    bool m_cancelled = false;
    QString m_lang;
    int m_langIndex = 0;

    Tokenizer m_tokenizer;
    QVector<Token> m_tokens;
    QVector<Mention> m_mentions;
    QVector<suggest::FoundDate> m_dates;
    QVector<bool> m_tokenTaken;

    PhraseIndex m_places;
    PhraseIndex m_actors;
    PhraseIndex m_roads;
    PhraseIndex m_border;
    PhraseIndex m_country;
    PhraseIndex m_cues;
    PhraseIndex m_attribution;
    PhraseIndex m_townReference;
    PhraseIndex m_fromWords;
    PhraseIndex m_areaBefore;
    PhraseIndex m_areaAfter;
    PhraseIndex m_focusAttributive; // "posts", "offensive": nouns the focus place's name qualifies as the province
    PhraseIndex m_postPhrases;
    PhraseIndex m_postNames;
    PhraseIndex m_postEvents;
    QStringList m_postEventNames;
    PhraseIndex m_units;
    PhraseIndex m_numberWords;
    PhraseIndex m_sideWords;
    PhraseIndex m_dateNotes;
    QStringList m_sideNames;
    QVector<Mention> m_heldBy; // claims written "Place: side"
    PhraseIndex m_multipliers;
    PhraseIndex m_adjectives;         // nationality adjectives: "turque", "Turkish", "التركية"
    QStringList m_adjectiveForces;    // payload -> the actor of its forces
    QStringList m_adjectiveState;     // payload -> the actor of its state
    PhraseIndex m_qualifiedNouns;     // what they qualify: "artillery", "gouvernement", "غارات"
    QVector<bool> m_qualifiedIsState; // payload -> a state word (government), not forces
    QSet<QString> m_coordination;     // "or", "et", "أو"
    QSet<QString> m_compass;          // "northwestern", "nord-ouest", "شمال": a region, not the whole country
    QSet<QString> m_stopwords;
    QSet<QString> m_areaFiller;
    QSet<QString> m_areaIn;
    QSet<QString> m_postLinks;
    QSet<QString> m_figureLinks;
    QSet<QString> m_singleNumberWords; // the keys of the one-word number words ("three", "ثلاث")
    QStringList m_cueEvents;
    QStringList m_cueSides;
    QSet<QString> m_supportWords;
    QSet<QString> m_listWords; // "and", "et", "و": places listed together
    QStringList m_roadIds;
    QStringList m_unitNames;
    QVector<double> m_numberValues;
    QVector<double> m_multiplierValues;
    QVector<int> m_postNumbers;              // payload -> post number, for m_postNames
    QHash<QString, int> m_postSkeletons;     // consonant skeleton of a post's name -> post number
    QHash<QString, int> m_postOfPlace;       // place id -> post number
    QHash<QString, QString> m_areaOfSeat;    // place id -> area id
    QStringList m_actorIds;                  // payload -> actor id
    QHash<QString, QString> m_actorClaimant; // actor id -> claimant name
    QPointF m_focus;
    bool m_haveFocus = false;
};

void Engine::buildIndexes()
{
    const QJsonObject& words = m_vocab.words;
    const QJsonObject& cues = m_vocab.cues;
    auto listOf = [&](const QJsonObject& o, const QString& member) {
        QStringList out;
        for (const QJsonValue& v : o.value(member).toObject().value(m_lang).toArray())
            out.append(v.toString());
        return out;
    };

    // Places: every name and variant of the gazetteer.
    for (int p = 0; p < m_gazetteer.size(); ++p) {
        const Place& place = m_gazetteer.at(p);
        for (const QString& name : place.allNames())
            m_places.add(m_tokenizer, name, p);
    }
    const QString focusId = words.value(QStringLiteral("focus_place")).toString();
    if (const Place* focus = m_gazetteer.byId(focusId)) {
        m_focus = focus->lonLat;
        m_haveFocus = true;
    }
    for (const QJsonValue& v : words.value(QStringLiteral("stopwords")).toObject())
        for (const QJsonValue& w : v.toArray())
            m_stopwords.insert(m_tokenizer.keyOf(w.toString()));

    // Actors: the catalog's actors file, then the vocabulary's aliases in every language (texts quote names
    // in other languages too).
    QHash<QString, int> actorPayload;
    auto actorIndex = [&](const QString& id) {
        auto it = actorPayload.constFind(id);
        if (it != actorPayload.constEnd())
            return *it;
        actorPayload.insert(id, int(m_actorIds.size()));
        m_actorIds.append(id);
        return int(m_actorIds.size() - 1);
    };
    for (const QJsonValue& v : m_vocab.actorsFile.value(QStringLiteral("actors")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString id = a.value(QStringLiteral("id")).toString();
        if (!m_catalog.contains(QStringLiteral("actor:") + id))
            continue;
        const int payload = actorIndex(id);
        QStringList names;
        for (const QJsonValue& n : a.value(QStringLiteral("names")).toObject())
            names.append(n.toString());
        for (const QJsonValue& n : a.value(QStringLiteral("variants")).toArray())
            names.append(n.toString());
        for (const QString& n : names)
            if (!n.contains(u'('))
                m_actors.add(m_tokenizer, n, payload);
    }
    for (const QJsonValue& v : m_vocab.actorAliases.value(QStringLiteral("actors")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString id = a.value(QStringLiteral("id")).toString();
        if (!m_catalog.contains(QStringLiteral("actor:") + id))
            continue;
        const int payload = actorIndex(id);
        m_actorClaimant.insert(id, a.value(QStringLiteral("claimant")).toString());
        for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")})
            for (const QJsonValue& n : a.value(lang).toArray())
                m_actors.add(m_tokenizer, n.toString(), payload);
    }

    // Roads, the border, the country.
    for (const QJsonValue& v : words.value(QStringLiteral("roads")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString id = QStringLiteral("road:") + r.value(QStringLiteral("road")).toString();
        if (!m_catalog.contains(id))
            continue;
        m_roadIds.append(id);
        for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")})
            for (const QJsonValue& n : r.value(lang).toArray())
                m_roads.add(m_tokenizer, n.toString(), int(m_roadIds.size() - 1));
    }
    const QJsonObject border = words.value(QStringLiteral("border")).toObject();
    if (m_catalog.contains(border.value(QStringLiteral("entity")).toString()))
        for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")})
            for (const QJsonValue& n : border.value(lang).toArray())
                m_border.add(m_tokenizer, n.toString(), 0);
    const QJsonObject country = words.value(QStringLiteral("country")).toObject();
    if (m_catalog.contains(country.value(QStringLiteral("area")).toString()))
        for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")})
            for (const QJsonValue& n : country.value(lang).toArray())
                m_country.add(m_tokenizer, n.toString(), 0);

    // Cues and the words around claims.
    for (const QJsonValue& v : cues.value(QStringLiteral("cues")).toObject().value(m_lang).toArray()) {
        const QJsonObject c = v.toObject();
        m_cueEvents.append(c.value(QStringLiteral("event")).toString());
        m_cueSides.append(c.value(QStringLiteral("side")).toString());
        m_cues.add(m_tokenizer, c.value(QStringLiteral("phrase")).toString(), int(m_cueEvents.size() - 1));
    }
    for (const QString& s : listOf(cues, QStringLiteral("attribution")))
        m_attribution.add(m_tokenizer, s, 0);
    for (const QString& s : listOf(cues, QStringLiteral("town_reference")))
        m_townReference.add(m_tokenizer, s, 0);
    for (const QString& s : listOf(cues, QStringLiteral("support_words")))
        m_supportWords.insert(m_tokenizer.keyOf(s));
    for (const QString& s : {QStringLiteral("and"), QStringLiteral("et"), QStringLiteral("\u0648")})
        m_listWords.insert(m_tokenizer.keyOf(s));
    for (const QString& s : listOf(cues, QStringLiteral("from_words")))
        m_fromWords.add(m_tokenizer, s, 0);

    // Areas.
    for (const QJsonValue& v : words.value(QStringLiteral("governorates")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString area = g.value(QStringLiteral("area")).toString();
        if (m_catalog.contains(area))
            m_areaOfSeat.insert(g.value(QStringLiteral("seat")).toString(), area);
    }
    for (const QString& s : listOf(words, QStringLiteral("area_before")))
        m_areaBefore.add(m_tokenizer, s, 0);
    for (const QString& s : listOf(words, QStringLiteral("area_after")))
        m_areaAfter.add(m_tokenizer, s, 0);
    for (const QString& s : listOf(words, QStringLiteral("focus_attributive")))
        m_focusAttributive.add(m_tokenizer, s, 0);
    for (const QString& s : listOf(words, QStringLiteral("area_filler")))
        m_areaFiller.insert(m_tokenizer.keyOf(s));
    for (const QString& s : listOf(words, QStringLiteral("area_in")))
        m_areaIn.insert(m_tokenizer.keyOf(s));

    // Posts: the phrases that name one, and the settlements the posts are named after.
    for (const QString& s : listOf(words, QStringLiteral("post_phrases")))
        m_postPhrases.add(m_tokenizer, s, 0);
    for (const QJsonValue& v : words.value(QStringLiteral("post_events")).toObject().value(m_lang).toArray()) {
        const QJsonArray pair = v.toArray();
        m_postEventNames.append(pair.at(1).toString());
        m_postEvents.add(m_tokenizer, pair.at(0).toString(), int(m_postEventNames.size() - 1));
    }
    for (const QString& s : listOf(words, QStringLiteral("post_links")))
        for (const QString& k : suggest::phraseKeys(m_tokenizer, s))
            m_postLinks.insert(k);
    QString postError;
    const QVector<ObservationPost> posts =
        loadObservationPosts(QStringLiteral(":/geodata/observation_posts/turkish_posts_idlib.csv"), &postError);
    QHash<QString, int> nearPost;
    for (const ObservationPost& post : posts) {
        if (!m_catalog.contains(QStringLiteral("post:%1").arg(post.number)))
            continue;
        QStringList direct, nearNames;
        postNames(post.name, &direct, &nearNames);
        for (const QString& n : direct) {
            m_postNumbers.append(post.number);
            m_postNames.add(m_tokenizer, n, int(m_postNumbers.size() - 1));
            const QString skeleton = skeletonKey(n);
            if (skeleton.size() >= 4 && !m_postSkeletons.contains(skeleton))
                m_postSkeletons.insert(skeleton, post.number);
        }
        auto placesNamed = [&](const QString& name) {
            QVector<QString> ids;
            const QVector<Token> toks = m_tokenizer.tokenize(name);
            if (toks.isEmpty())
                return ids;
            const PhraseMatch m = m_places.matchAt(name, toks, 0, m_tokenizer, false, true);
            if (m.isValid() && m.last == toks.size() - 1)
                for (int p : m.payloads)
                    ids.append(m_gazetteer.at(p).id);
            return ids;
        };
        // Original posts and lower numbers win a settlement named by several.
        for (const QString& n : direct)
            for (const QString& id : placesNamed(n)) {
                const auto it = m_postOfPlace.constFind(id);
                if (it == m_postOfPlace.constEnd())
                    m_postOfPlace.insert(id, post.number);
            }
        for (const QString& n : nearNames)
            for (const QString& id : placesNamed(n))
                if (!nearPost.contains(id))
                    nearPost.insert(id, post.number);
    }
    for (auto it = nearPost.constBegin(); it != nearPost.constEnd(); ++it)
        if (!m_postOfPlace.contains(it.key()))
            m_postOfPlace.insert(it.key(), it.value());

    // Figures.
    for (const QJsonValue& v : words.value(QStringLiteral("figure_units")).toObject().value(m_lang).toArray()) {
        const QJsonArray pair = v.toArray();
        m_unitNames.append(pair.at(1).toString());
        m_units.add(m_tokenizer, pair.at(0).toString(), int(m_unitNames.size() - 1));
    }
    for (const QJsonValue& v : words.value(QStringLiteral("number_words")).toObject().value(m_lang).toArray()) {
        const QJsonArray pair = v.toArray();
        m_numberValues.append(pair.at(1).toDouble());
        m_numberWords.add(m_tokenizer, pair.at(0).toString(), int(m_numberValues.size() - 1));
        const QStringList keys = suggest::phraseKeys(m_tokenizer, pair.at(0).toString());
        if (keys.size() == 1)
            m_singleNumberWords.insert(keys.first());
    }
    for (const QJsonValue& v : words.value(QStringLiteral("multipliers")).toObject().value(m_lang).toArray()) {
        const QJsonArray pair = v.toArray();
        m_multiplierValues.append(pair.at(1).toDouble());
        m_multipliers.add(m_tokenizer, pair.at(0).toString(), int(m_multiplierValues.size() - 1));
    }
    for (const QJsonValue& v : words.value(QStringLiteral("side_words")).toObject().value(m_lang).toArray()) {
        const QJsonArray pair = v.toArray();
        m_sideNames.append(pair.at(1).toString());
        m_sideWords.add(m_tokenizer, pair.at(0).toString(), int(m_sideNames.size() - 1));
    }
    for (const QJsonValue& v :
         words.value(QStringLiteral("nationality_adjectives")).toObject().value(m_lang).toArray()) {
        const QJsonArray a = v.toArray();
        m_adjectiveForces.append(a.at(1).toString());
        m_adjectiveState.append(a.at(2).toString());
        m_adjectives.add(m_tokenizer, a.at(0).toString(), int(m_adjectiveForces.size() - 1));
    }
    for (const QJsonValue& v : words.value(QStringLiteral("nationality_nouns")).toObject().value(m_lang).toArray()) {
        const QJsonArray a = v.toArray();
        m_qualifiedIsState.append(a.at(1).toString() == QLatin1String("state"));
        m_qualifiedNouns.add(m_tokenizer, a.at(0).toString(), int(m_qualifiedIsState.size() - 1));
    }
    for (const QString& s : listOf(words, QStringLiteral("coordination")))
        m_coordination.insert(m_tokenizer.keyOf(s));
    for (const QString& s : listOf(words, QStringLiteral("compass")))
        for (const QString& k : suggest::phraseKeys(m_tokenizer, s))
            m_compass.insert(k);
    for (const QString& s : listOf(words, QStringLiteral("date_notes")))
        m_dateNotes.add(m_tokenizer, s, 0);
    for (const QString& s : listOf(words, QStringLiteral("figure_links")))
        m_figureLinks.insert(m_tokenizer.keyOf(s));
}

bool Engine::overlapsTaken(int firstToken, int lastToken) const
{
    for (int t = firstToken; t <= lastToken; ++t)
        if (m_tokenTaken.at(t))
            return true;
    return false;
}

void Engine::take(const Mention& m)
{
    for (int t = m.firstToken; t >= 0 && t <= m.lastToken; ++t)
        m_tokenTaken[t] = true;
    m_mentions.append(m);
}

void Engine::findRoadsBordersCountry()
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!poll(i, 25, 10))
            return;
        if (m_tokenTaken.at(i))
            continue;
        const bool clitics = m_tokens.at(i).arabic;
        PhraseMatch m = m_roads.matchAt(m_text, m_tokens, i, m_tokenizer, clitics);
        AnnotationKind kind = AnnotationKind::Road;
        QString entity;
        QString reason;
        if (m.isValid()) {
            entity = m_roadIds.at(m.payloads.first());
            reason =
                QCoreApplication::translate("geo::AnnotationSuggester", "road name '%1'").arg(textOf(m.from, m.to));
        } else if ((m = m_border.matchAt(m_text, m_tokens, i, m_tokenizer, clitics)).isValid()) {
            kind = AnnotationKind::Border;
            entity =
                m_vocab.words.value(QStringLiteral("border")).toObject().value(QStringLiteral("entity")).toString();
            reason =
                QCoreApplication::translate("geo::AnnotationSuggester", "border phrase '%1'").arg(textOf(m.from, m.to));
        } else if ((m = m_country.matchAt(m_text, m_tokens, i, m_tokenizer, clitics)).isValid()) {
            if (!m_tokens.at(i).arabic && !m_tokens.at(m.first).upper && !m_tokens.at(m.last).upper)
                continue;
            // Arabic "السورية", or "سورية" after a noun it qualifies ("غارات سورية"), is the adjective "Syrian".
            if (m_tokens.at(i).arabic) {
                const QString written = textOf(m_tokens.at(i).from, m_tokens.at(i).to);
                const QString article = QStringLiteral("\u0627\u0644");
                if (written.startsWith(article) || written.mid(1, 2) == article || afterQualifiedNoun(i))
                    continue;
            }
            // "northwestern Syria", "le nord-ouest de la Syrie", "شمال غرب سوريا": a region, not the country.
            bool region = false;
            for (int k = i - 1; k >= 0 && k >= i - 3 && m_tokens.at(k).sentence == m_tokens.at(i).sentence; --k) {
                if (m_compass.contains(m_tokens.at(k).key)) {
                    region = true;
                    break;
                }
                if (!m_areaFiller.contains(m_tokens.at(k).key))
                    break;
            }
            if (region)
                continue;
            kind = AnnotationKind::Area;
            entity = m_vocab.words.value(QStringLiteral("country")).toObject().value(QStringLiteral("area")).toString();
            reason =
                QCoreApplication::translate("geo::AnnotationSuggester", "country name '%1'").arg(textOf(m.from, m.to));
        } else {
            continue;
        }
        Mention mention;
        mention.kind = kind;
        mention.from = m.from;
        mention.to = m.to;
        mention.firstToken = m.first;
        mention.lastToken = m.last;
        mention.sentence = m_tokens.at(i).sentence;
        mention.entity = entity;
        mention.reason = reason;
        mention.confidence = 0.9;
        take(mention);
        i = m.last;
    }
}

QVector<int> Engine::rankPlaces(QVector<int> candidates) const
{
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        const Place& pa = m_gazetteer.at(a);
        const Place& pb = m_gazetteer.at(b);
        if (pa.keyTown != pb.keyTown)
            return pa.keyTown;
        const bool cityA = pa.kind == PlaceKind::City, cityB = pb.kind == PlaceKind::City;
        if (cityA != cityB)
            return cityA;
        if (m_haveFocus) {
            const double da = distanceKm(pa.lonLat, m_focus), db = distanceKm(pb.lonLat, m_focus);
            if (da != db)
                return da < db;
        }
        return a < b;
    });
    return candidates;
}

void Engine::findPlaces()
{
    static const QSet<QString> placeWordsAr = {QStringLiteral("بلده"),  QStringLiteral("قريه"),
                                               QStringLiteral("مدينه"), QStringLiteral("بلدتي"),
                                               QStringLiteral("قريتي"), QStringLiteral("مدينتي")};
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!poll(i, 35, 25))
            return;
        if (m_tokenTaken.at(i))
            continue;
        const Token& t = m_tokens.at(i);
        if (!t.arabic && !t.upper)
            continue;
        const PhraseMatch m = m_places.matchAt(m_text, m_tokens, i, m_tokenizer, t.arabic, true);
        if (!m.isValid())
            continue;
        if (overlapsTaken(m.first, m.last))
            continue;
        const bool single = m.first == m.last;
        const int skipped = int(m.from - t.from);
        const QString firstKey = skipped > 0 ? m_tokenizer.keyOf(m_text.mid(m.from, t.to - m.from)) : t.key;
        if (single && (m_stopwords.contains(firstKey) || firstKey.size() < 3))
            continue;
        const QVector<int> ranked = rankPlaces(m.payloads);
        const Place& best = m_gazetteer.at(ranked.first());
        const bool major = best.keyTown || best.kind == PlaceKind::City || best.kind == PlaceKind::Town;
        double confidence = best.keyTown ? 0.9 : major ? 0.75 : 0.55;
        if (single && !major) {
            if (t.arabic) {
                // An Arabic word that is also a village's name: only after a word for a settlement.
                const bool afterPlaceWord =
                    i > 0 && m_tokens.at(i - 1).joined && placeWordsAr.contains(m_tokens.at(i - 1).key.right(5));
                if (!afterPlaceWord)
                    continue;
            } else if (i == 0 || m_tokens.at(i - 1).sentence != t.sentence) {
                confidence = 0.4; // a capital at the start of a sentence says little
            }
        }
        if (ranked.size() > 1)
            confidence -= 0.1;
        Mention mention;
        mention.kind = AnnotationKind::Place;
        mention.from = m.from;
        mention.to = m.to;
        mention.firstToken = m.first;
        mention.lastToken = m.last;
        mention.sentence = t.sentence;
        mention.entity = best.id;
        const QString written = textOf(m.from, m.to);
        mention.reason =
            QCoreApplication::translate("geo::AnnotationSuggester", "gazetteer name '%1' (%2)").arg(written, m_lang);
        if (skipped > 0)
            mention.reason += QCoreApplication::translate("geo::AnnotationSuggester", ", after the prefix '%1'")
                                  .arg(textOf(t.from, m.from));
        if (ranked.size() > 1)
            mention.reason +=
                QCoreApplication::translate("geo::AnnotationSuggester",
                                            "; %1 places bear this name, the key town or the one nearest Idleb first")
                    .arg(ranked.size());
        mention.confidence = confidence;
        for (int k = 1; k < ranked.size() && k <= 5; ++k)
            mention.alternatives.append(m_gazetteer.at(ranked.at(k)).id);
        mention.geoPrecision = 1;
        take(mention);
        i = m.last;
    }
}

void Engine::findActors()
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!poll(i, 60, 10))
            return;
        if (m_tokenTaken.at(i))
            continue;
        const PhraseMatch m = m_actors.matchAt(m_text, m_tokens, i, m_tokenizer, m_tokens.at(i).arabic);
        if (!m.isValid() || overlapsTaken(m.first, m.last))
            continue;
        const QString id = m_actorIds.at(m.payloads.first());
        const EntityCatalog::Entry* e = m_catalog.entry(QStringLiteral("actor:") + id);
        Mention mention;
        mention.kind = AnnotationKind::Actor;
        mention.from = m.from;
        mention.to = m.to;
        mention.firstToken = m.first;
        mention.lastToken = m.last;
        mention.sentence = m_tokens.at(i).sentence;
        mention.entity = QStringLiteral("actor:") + id;
        mention.reason =
            QCoreApplication::translate("geo::AnnotationSuggester", "actor alias '%1'").arg(textOf(m.from, m.to));
        mention.confidence = m.last > m.first || m_tokens.at(i).allCaps || m_tokens.at(i).upper ? 0.85 : 0.65;
        mention.controller = e ? e->controller : QString();
        mention.claimant = m_actorClaimant.value(id, e ? e->nameEn : id);
        take(mention);
        i = m.last;
    }
}

void Engine::findAreas()
{
    // Token ranges of the area words ("province", "governorate", "ريف"), by their last token.
    QHash<int, int> triggerEndingAt; // last token -> first token
    QHash<int, int> triggerStartingAt;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const PhraseMatch b = m_areaBefore.matchAt(m_text, m_tokens, i, m_tokenizer, m_tokens.at(i).arabic);
        if (b.isValid())
            triggerEndingAt.insert(b.last, b.first);
        const PhraseMatch a = m_areaAfter.matchAt(m_text, m_tokens, i, m_tokenizer, false);
        if (a.isValid())
            triggerStartingAt.insert(a.first, a.last);
    }
    QHash<int, int> mentionAtToken; // first token -> mention index (governorate seats only)
    for (int k = 0; k < m_mentions.size(); ++k)
        if (m_mentions.at(k).kind == AnnotationKind::Place && m_areaOfSeat.contains(m_mentions.at(k).entity))
            mentionAtToken.insert(m_mentions.at(k).firstToken, k);

    for (int k = 0; k < m_mentions.size(); ++k) {
        Mention& m = m_mentions[k];
        if (m.kind != AnnotationKind::Place || !m_areaOfSeat.contains(m.entity))
            continue;
        const QString area = m_areaOfSeat.value(m.entity);
        // Before: back over filler words and other governorate seats to an area word.
        int j = m.firstToken - 1;
        bool adjacent = true;
        int triggerFirst = -1;
        while (j >= 0 && m_tokens.at(j).sentence == m.sentence) {
            if (triggerEndingAt.contains(j)) {
                triggerFirst = triggerEndingAt.value(j);
                break;
            }
            if (m_areaFiller.contains(m_tokens.at(j).key)) {
                --j;
                continue;
            }
            // Another seat in the same list ("d'Alep, Hama et Lattaquié").
            bool seat = false;
            for (int back = j; back >= 0 && back >= j - 4; --back) {
                const auto it = mentionAtToken.constFind(back);
                if (it != mentionAtToken.constEnd() && m_mentions.at(*it).lastToken == j) {
                    j = back - 1;
                    seat = true;
                    adjacent = false;
                    break;
                }
            }
            if (!seat)
                break;
        }
        qsizetype from = m.from, to = m.to;
        QString why;
        if (triggerFirst >= 0) {
            if (adjacent)
                from = m_tokens.at(triggerFirst).from;
            why = QCoreApplication::translate("geo::AnnotationSuggester", "'%1' before a governorate seat")
                      .arg(textOf(m_tokens.at(triggerFirst).from, m_tokens.at(j).to));
        } else if (triggerStartingAt.contains(m.lastToken + 1) && m_tokens.at(m.lastToken + 1).joined) {
            const int last = triggerStartingAt.value(m.lastToken + 1);
            to = m_tokens.at(last).to;
            why = QCoreApplication::translate("geo::AnnotationSuggester", "'%1' after a governorate seat")
                      .arg(textOf(m_tokens.at(m.lastToken + 1).from, to));
        } else if (m.entity == m_vocab.words.value(QStringLiteral("focus_place")).toString() && m.firstToken > 0 &&
                   m_areaIn.contains(m_tokens.at(m.firstToken - 1).key) && m_tokens.at(m.firstToken).joined &&
                   !(m.lastToken + 1 < m_tokens.size() && m_tokens.at(m.lastToken + 1).key == QLatin1String("city"))) {
            why = QCoreApplication::translate("geo::AnnotationSuggester", "'%1 %2' names the province")
                      .arg(m_tokens.at(m.firstToken - 1).key, textOf(m.from, m.to));
        } else if (m.entity == m_vocab.words.value(QStringLiteral("focus_place")).toString() &&
                   m.lastToken + 1 < m_tokens.size() && m_tokens.at(m.lastToken + 1).joined &&
                   m_tokens.at(m.lastToken + 1).sentence == m.sentence &&
                   m_focusAttributive.matchAt(m_text, m_tokens, m.lastToken + 1, m_tokenizer, false).isValid()) {
            // "its Idlib posts", "the Idlib offensive": the name on another noun stands for the province.
            why = QCoreApplication::translate("geo::AnnotationSuggester", "'%1' on '%2' names the province")
                      .arg(textOf(m.from, m.to), m_tokens.at(m.lastToken + 1).key);
        } else {
            continue;
        }
        m.alternatives.prepend(m.entity);
        m.kind = AnnotationKind::Area;
        m.entity = area;
        m.from = from;
        m.to = to;
        m.geoPrecision = 0;
        m.reason += QCoreApplication::translate("geo::AnnotationSuggester", "; ") + why;
    }
}

void Engine::findPosts()
{
    QHash<int, int> mentionAtToken;
    for (int k = 0; k < m_mentions.size(); ++k)
        if (m_mentions.at(k).kind == AnnotationKind::Place)
            mentionAtToken.insert(m_mentions.at(k).firstToken, k);
    QVector<Mention> found;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const PhraseMatch trigger = m_postPhrases.matchAt(m_text, m_tokens, i, m_tokenizer, m_tokens.at(i).arabic);
        if (!trigger.isValid())
            continue;
        int j = trigger.last + 1;
        int steps = 0;
        int number = 0;
        qsizetype end = 0;
        QString why;
        while (j < m_tokens.size() && m_tokens.at(j).sentence == m_tokens.at(i).sentence && steps <= 3) {
            const Token& t = m_tokens.at(j);
            if (t.digits && t.key.size() <= 2) {
                number = t.key.toInt();
                end = t.to;
                why = QCoreApplication::translate("geo::AnnotationSuggester", "post number %1").arg(number);
                break;
            }
            const PhraseMatch byName = m_postNames.matchAt(m_text, m_tokens, j, m_tokenizer, t.arabic, true);
            if (byName.isValid()) {
                number = m_postNumbers.at(byName.payloads.first());
                end = byName.to;
                why = QCoreApplication::translate("geo::AnnotationSuggester", "post named '%1'")
                          .arg(textOf(byName.from, byName.to));
                break;
            }
            // Another spelling of a post's name ("Tell Touqan", "Shekh Aqil"): its consonant skeleton.
            if (t.upper) {
                int k = j;
                for (; k < m_tokens.size() && k < j + 3 && (k == j || m_tokens.at(k).joined) && m_tokens.at(k).upper;
                     ++k) {
                    const auto s = m_postSkeletons.constFind(skeletonKey(textOf(t.from, m_tokens.at(k).to)));
                    if (s != m_postSkeletons.constEnd()) {
                        number = *s;
                        end = m_tokens.at(k).to;
                        why = QCoreApplication::translate("geo::AnnotationSuggester", "post named like '%1'")
                                  .arg(textOf(t.from, end));
                    }
                }
                if (number > 0)
                    break;
            }
            // Posts named as a group: "three of the four posts around the town", "نقاط المراقبة الأربع المحيطة
            // بالمدينة": the count is passed over, and "the town" is the town named before, whose post entry
            // holds the posts around it.
            const PhraseMatch count = m_numberWords.matchAt(m_text, m_tokens, j, m_tokenizer, t.arabic);
            if (count.isValid() && count.first == j) {
                j = count.last + 1;
                ++steps;
                continue;
            }
            const PhraseMatch town = m_townReference.matchAt(m_text, m_tokens, j, m_tokenizer, t.arabic);
            if (town.isValid()) {
                const int named = placeNamedBefore(i, m_tokens.at(i).sentence);
                if (named >= 0 && (number = m_postOfPlace.value(m_mentions.at(named).entity)) > 0) {
                    end = town.to;
                    j = town.last;
                    why = QCoreApplication::translate("geo::AnnotationSuggester", "'%1' is %2, named before")
                              .arg(textOf(town.from, town.to),
                                   textOf(m_mentions.at(named).from, m_mentions.at(named).to));
                }
                break;
            }
            const auto it = mentionAtToken.constFind(j);
            if (it != mentionAtToken.constEnd()) {
                const Mention& place = m_mentions.at(*it);
                number = m_postOfPlace.value(place.entity);
                if (number > 0) {
                    end = place.to;
                    why = QCoreApplication::translate("geo::AnnotationSuggester", "post at %1 (%2)")
                              .arg(textOf(place.from, place.to), place.entity);
                }
                break;
            }
            if (!m_postLinks.contains(t.key))
                break;
            ++j;
            ++steps;
        }
        if (number <= 0 || !m_catalog.contains(QStringLiteral("post:%1").arg(number)))
            continue;
        // A count of the group before the phrase ("three of the four", "ثلاث من") belongs to it.
        qsizetype start = trigger.from;
        int firstToken = trigger.first;
        for (int k = trigger.first - 1; k >= 0 && k >= trigger.first - 5; --k) {
            const Token& b = m_tokens.at(k);
            if (b.sentence != m_tokens.at(i).sentence || !m_tokens.at(k + 1).joined)
                break;
            if (b.digits || m_singleNumberWords.contains(b.key)) {
                start = b.from;
                firstToken = k;
            } else if (!m_figureLinks.contains(b.key) && b.key != QLatin1String("the") &&
                       b.key != QLatin1String("les")) {
                break;
            }
        }
        Mention mention;
        mention.kind = AnnotationKind::Post;
        mention.from = start;
        mention.to = end;
        mention.firstToken = firstToken;
        mention.lastToken = j;
        mention.sentence = m_tokens.at(i).sentence;
        mention.entity = QStringLiteral("post:%1").arg(number);
        mention.reason = QCoreApplication::translate("geo::AnnotationSuggester", "observation post phrase '%1', %2")
                             .arg(textOf(trigger.from, trigger.to), why);
        mention.confidence = 0.75;
        // What happened to it, when the sentence says: encircled, set up, withdrawn (the nearest such word).
        int bestDistance = INT_MAX;
        for (int k = i - 1; k >= 0 && m_tokens.at(k).sentence == mention.sentence && i - k < bestDistance; --k) {
            const PhraseMatch ev = m_postEvents.matchAt(m_text, m_tokens, k, m_tokenizer, m_tokens.at(k).arabic);
            if (ev.isValid()) {
                bestDistance = i - k;
                mention.unit = m_postEventNames.at(ev.payloads.first());
                mention.claimant = textOf(ev.from, ev.to);
            }
        }
        for (int k = j + 1; k < m_tokens.size() && m_tokens.at(k).sentence == mention.sentence && k - j < bestDistance;
             ++k) {
            const PhraseMatch ev = m_postEvents.matchAt(m_text, m_tokens, k, m_tokenizer, m_tokens.at(k).arabic);
            if (ev.isValid()) {
                bestDistance = k - j;
                mention.unit = m_postEventNames.at(ev.payloads.first());
                mention.claimant = textOf(ev.from, ev.to);
                break;
            }
        }
        found.append(mention);
        i = j;
    }
    m_mentions.append(found);
}

bool Engine::afterQualifiedNoun(int i) const
{
    for (int k = i - 1; k >= 0 && k >= i - 6 && m_tokens.at(k).sentence == m_tokens.at(i).sentence; --k) {
        // A noun ending right before (one or two words: "source militaire", "وزارة الدفاع").
        for (int first = k; first >= 0 && first >= k - 1; --first) {
            const PhraseMatch n =
                m_qualifiedNouns.matchAt(m_text, m_tokens, first, m_tokenizer, m_tokens.at(first).arabic);
            if (n.isValid() && n.last == k)
                return true;
        }
        // Over another adjective and a conjunction: "غارات سورية أو روسية", "frappes syriennes et russes".
        const PhraseMatch adjective = m_adjectives.matchAt(m_text, m_tokens, k, m_tokenizer, m_tokens.at(k).arabic);
        if (!(adjective.isValid() && adjective.last == k) && !m_coordination.contains(m_tokens.at(k).key))
            return false;
    }
    return false;
}

void Engine::findNationalityAdjectives()
{
    // "Turkish artillery", "Syrian or Russian air strikes", "l'artillerie turque", "le gouvernement turc",
    // "المدفعية التركية": a nationality adjective on a word of forces or of the state is a mention of that
    // state's forces (or of the state). Not inside another mention (a post's or a figure's words, an actor's
    // longer name), and not on other words ("the Syrian conflict", "la province syrienne").
    QVector<std::pair<qsizetype, qsizetype>> spans;
    for (const Mention& m : std::as_const(m_mentions))
        spans.append({m.from, m.to});
    QVector<Mention> found;
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (m_tokenTaken.at(i))
            continue;
        const Token& t = m_tokens.at(i);
        const PhraseMatch adjective = m_adjectives.matchAt(m_text, m_tokens, i, m_tokenizer, t.arabic);
        if (!adjective.isValid() || adjective.last != i || (!t.arabic && m_lang == QLatin1String("en") && !t.upper))
            continue;
        bool inside = false;
        for (const auto& [from, to] : spans)
            inside = inside || (adjective.from < to && from < adjective.to);
        if (inside)
            continue;
        // English puts the adjective before its noun, French and Arabic after it.
        int noun = -1;
        if (m_lang == QLatin1String("en")) {
            for (int k = i + 1; k < m_tokens.size() && k <= i + 4 && m_tokens.at(k).joined; ++k) {
                const PhraseMatch n = m_qualifiedNouns.matchAt(m_text, m_tokens, k, m_tokenizer, false);
                if (n.isValid()) {
                    noun = n.payloads.first();
                    break;
                }
                const PhraseMatch other = m_adjectives.matchAt(m_text, m_tokens, k, m_tokenizer, false);
                if (!(other.isValid() && other.last == k) && !m_coordination.contains(m_tokens.at(k).key))
                    break;
            }
        } else if (afterQualifiedNoun(i)) {
            for (int k = i - 1; k >= 0 && noun < 0; --k)
                for (int first = k; first >= 0 && first >= k - 1 && noun < 0; --first) {
                    const PhraseMatch n =
                        m_qualifiedNouns.matchAt(m_text, m_tokens, first, m_tokenizer, m_tokens.at(first).arabic);
                    if (n.isValid() && n.last == k)
                        noun = n.payloads.first();
                }
        }
        if (noun < 0)
            continue;
        const int payload = adjective.payloads.first();
        const QString id = m_qualifiedIsState.at(noun) ? m_adjectiveState.at(payload) : m_adjectiveForces.at(payload);
        if (!m_catalog.contains(QStringLiteral("actor:") + id))
            continue;
        Mention mention;
        mention.kind = AnnotationKind::Actor;
        mention.from = adjective.from;
        mention.to = adjective.to;
        mention.firstToken = i;
        mention.lastToken = i;
        mention.sentence = t.sentence;
        mention.entity = QStringLiteral("actor:") + id;
        mention.reason =
            QCoreApplication::translate("geo::AnnotationSuggester", "nationality adjective '%1' on a word of %2")
                .arg(textOf(adjective.from, adjective.to),
                     m_qualifiedIsState.at(noun) ? QCoreApplication::translate("geo::AnnotationSuggester", "the state")
                                                 : QCoreApplication::translate("geo::AnnotationSuggester", "forces"));
        mention.confidence = 0.6;
        // No controller: an adjective names who supports or strikes, never the subject that takes a place.
        mention.claimant = m_actorClaimant.value(id, id);
        found.append(mention);
    }
    for (const Mention& m : std::as_const(found))
        take(m);
}

void Engine::findFigures()
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!poll(i, 70, 10))
            return;
        if (m_tokenTaken.at(i))
            continue;
        const Token& t = m_tokens.at(i);
        double value = 0;
        int last = i;
        QString why;
        if (t.digits) {
            // Digits with thousands separators ("586.000", "586 000", "1,500") or a decimal part.
            QString digits = t.key;
            int j = i;
            while (j + 1 < m_tokens.size() && m_tokens.at(j + 1).digits && m_tokens.at(j + 1).key.size() == 3 &&
                   m_tokens.at(j + 1).from - m_tokens.at(j).to == 1) {
                const QChar sep = m_text.at(m_tokens.at(j).to);
                if (sep != u'.' && sep != u',' && sep != u' ' && sep != QChar(0x00A0) && sep != QChar(0x202F))
                    break;
                digits += m_tokens.at(j + 1).key;
                ++j;
            }
            bool ok = false;
            value = digits.toDouble(&ok);
            if (!ok)
                continue;
            if (j == i && j + 1 < m_tokens.size() && m_tokens.at(j + 1).digits &&
                m_tokens.at(j + 1).from - m_tokens.at(j).to == 1 &&
                (m_text.at(m_tokens.at(j).to) == u',' || m_text.at(m_tokens.at(j).to) == u'.')) {
                const double frac = (t.key + QStringLiteral(".") + m_tokens.at(j + 1).key).toDouble(&ok);
                if (ok) {
                    value = frac;
                    ++j;
                }
            }
            last = j;
            why = QCoreApplication::translate("geo::AnnotationSuggester", "number");
        } else {
            const PhraseMatch w = m_numberWords.matchAt(m_text, m_tokens, i, m_tokenizer, t.arabic);
            if (!w.isValid())
                continue;
            value = m_numberValues.at(w.payloads.first());
            last = w.last;
            why = QCoreApplication::translate("geo::AnnotationSuggester", "number word");
        }
        qsizetype end = m_tokens.at(last).to;
        int next = last + 1;
        // A multiplier: "3 millions", "trois millions".
        if (next < m_tokens.size() && m_tokens.at(next).joined) {
            const PhraseMatch mult = m_multipliers.matchAt(m_text, m_tokens, next, m_tokenizer, false);
            if (mult.isValid()) {
                value *= m_multiplierValues.at(mult.payloads.first());
                last = mult.last;
                end = mult.to;
                next = last + 1;
            }
        }
        // A percent sign straight after the number.
        qsizetype p = end;
        while (p < m_text.size() &&
               (m_text.at(p) == u' ' || m_text.at(p) == QChar(0x00A0) || m_text.at(p) == QChar(0x202F)))
            ++p;
        QString unit;
        if (p < m_text.size() && (m_text.at(p) == u'%' || m_text.at(p) == QChar(0x066A))) {
            unit = QStringLiteral("percent");
            end = p + 1;
        } else {
            // The unit: straight after, after "de"/"of", or after one adjective ("2 Turkish troops").
            for (int skip = 0; skip <= 2 && unit.isEmpty(); ++skip) {
                int u = next;
                bool ok = true;
                for (int s = 0; s < skip; ++s) {
                    if (u >= m_tokens.size() || !m_tokens.at(u).joined) {
                        ok = false;
                        break;
                    }
                    if (s == 0 && skip == 1 && !m_figureLinks.contains(m_tokens.at(u).key) && m_tokens.at(u).digits) {
                        ok = false;
                        break;
                    }
                    ++u;
                }
                if (!ok || u >= m_tokens.size() || !m_tokens.at(u).joined)
                    continue;
                const PhraseMatch um = m_units.matchAt(m_text, m_tokens, u, m_tokenizer, m_tokens.at(u).arabic);
                if (um.isValid()) {
                    unit = m_unitNames.at(um.payloads.first());
                    end = um.to;
                    last = um.last;
                }
            }
        }
        if (unit.isEmpty())
            continue;
        // A year is no count ("depuis 2011"), unless a unit says so.
        Mention mention;
        mention.kind = AnnotationKind::Figure;
        mention.from = t.from;
        mention.to = end;
        mention.firstToken = i;
        mention.lastToken = last;
        mention.sentence = t.sentence;
        mention.entity = QStringLiteral("figure");
        mention.value = value;
        mention.unit = unit;
        mention.reason = QCoreApplication::translate("geo::AnnotationSuggester", "%1 and what it counts: '%2'")
                             .arg(why, textOf(t.from, end));
        mention.confidence = 0.7;
        if (overlapsTaken(mention.firstToken, mention.lastToken))
            continue;
        take(mention);
        i = last;
    }
}

void Engine::findHeldBy()
{
    // "Idlib: opposition (HTS-dominated) throughout 2019-2020": a place, a colon and a side.
    for (const Mention& m : std::as_const(m_mentions)) {
        if (m.kind != AnnotationKind::Place)
            continue;
        qsizetype p = m.to;
        while (p < m_text.size() && m_text.at(p) == u' ')
            ++p;
        if (p >= m_text.size() || (m_text.at(p) != u':' && m_text.at(p) != QChar(0x061B)))
            continue;
        const int next = m.lastToken + 1;
        if (next >= m_tokens.size() || m_tokens.at(next).sentence != m.sentence || m_tokenTaken.at(next))
            continue;
        const PhraseMatch side = m_sideWords.matchAt(m_text, m_tokens, next, m_tokenizer, m_tokens.at(next).arabic);
        if (!side.isValid())
            continue;
        Mention claim;
        claim.kind = AnnotationKind::Claim;
        claim.sentence = m.sentence;
        claim.from = m.from;
        claim.to = side.to;
        claim.firstToken = m.firstToken;
        claim.lastToken = side.last;
        claim.entity = m.entity;
        claim.controller = m_sideNames.at(side.payloads.first());
        claim.reason = QCoreApplication::translate("geo::AnnotationSuggester", "'%1' names who holds the place")
                           .arg(textOf(m.from, side.to));
        claim.confidence = 0.6;
        claim.claimant = publisherOrUnknown();
        claim.alternatives = {QString::number(&m - m_mentions.constData())};
        m_heldBy.append(claim);
        for (int t = side.first; t <= side.last; ++t)
            m_tokenTaken[t] = true;
    }
}

void Engine::findClaims()
{
    // Cues, by sentence.
    QVector<Cue> cues;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const PhraseMatch m = m_cues.matchAt(m_text, m_tokens, i, m_tokenizer, m_tokens.at(i).arabic);
        if (!m.isValid())
            continue;
        // A cue inside a name (an actor, a road) is no cue.
        bool inside = false;
        for (int t = m.first; t <= m.last; ++t)
            inside = inside || m_tokenTaken.at(t);
        if (inside)
            continue;
        QString event, side;
        for (int p : m.payloads)
            if (eventPriority(m_cueEvents.at(p)) > eventPriority(event)) {
                event = m_cueEvents.at(p);
                side = m_cueSides.at(p);
            }
        cues.append({m.first, m.last, m.from, m.to, m_tokens.at(i).sentence, event, textOf(m.from, m.to), side});
        i = m.last;
    }
    if (cues.isEmpty() && m_heldBy.isEmpty())
        return;

    // Mentions and dates by sentence.
    QHash<int, QVector<int>> mentionsOf;
    for (int k = 0; k < m_mentions.size(); ++k)
        mentionsOf[m_mentions.at(k).sentence].append(k);
    QHash<int, QVector<int>> datesOf;
    for (int k = 0; k < m_dates.size(); ++k)
        datesOf[m_dates.at(k).sentence].append(k);
    QHash<int, QVector<std::pair<int, int>>> attributionsOf; // sentence -> token ranges
    QHash<int, bool> townReference;
    QHash<int, QVector<int>> referenceTokens; // sentence -> first tokens of "the town"
    for (int i = 0; i < m_tokens.size(); ++i) {
        const PhraseMatch a = m_attribution.matchAt(m_text, m_tokens, i, m_tokenizer, m_tokens.at(i).arabic);
        if (a.isValid())
            attributionsOf[m_tokens.at(i).sentence].append({a.first, a.last});
        const PhraseMatch r = m_townReference.matchAt(m_text, m_tokens, i, m_tokenizer, m_tokens.at(i).arabic);
        if (r.isValid()) {
            townReference[m_tokens.at(i).sentence] = true;
            referenceTokens[m_tokens.at(i).sentence].append(r.first);
        }
    }

    QHash<int, int> firstTokenOf; // sentence -> its first token
    for (int i = m_tokens.size() - 1; i >= 0; --i)
        firstTokenOf.insert(m_tokens.at(i).sentence, i);
    // The date of a claim: the sentence's, nearest the cue; else that of a date note right after it ("Date
    // note: ... 2020-02-05"), its last date.
    auto dateFor = [&](int sentence, int cueToken) {
        int date = -1;
        int bestDistance = INT_MAX;
        for (int d : datesOf.value(sentence)) {
            const int distance = std::abs(m_dates.at(d).firstToken - cueToken);
            if (distance < bestDistance) {
                bestDistance = distance;
                date = d;
            }
        }
        if (date < 0 && firstTokenOf.contains(sentence + 1) && !datesOf.value(sentence + 1).isEmpty()) {
            const int first = firstTokenOf.value(sentence + 1);
            if (m_dateNotes.matchAt(m_text, m_tokens, first, m_tokenizer, m_tokens.at(first).arabic).isValid())
                date = datesOf.value(sentence + 1).last();
        }
        return date;
    };
    for (Mention claim : std::as_const(m_heldBy)) {
        claim.value = dateFor(claim.sentence, claim.firstToken);
        if (int(*claim.value) >= 0) {
            const suggest::FoundDate& d = m_dates.at(int(*claim.value));
            claim.from = std::min(claim.from, d.from);
            claim.to = std::max(claim.to, d.to);
        }
        m_mentions.append(claim);
    }

    int previousSentence = -1;
    QVector<Mention> claims;
    for (int c = 0; c < cues.size(); ++c) {
        // The strongest cue of the sentence.
        const int sentence = cues.at(c).sentence;
        if (sentence == previousSentence)
            continue;
        previousSentence = sentence;
        Cue cue = cues.at(c);
        for (int d = c + 1; d < cues.size() && cues.at(d).sentence == sentence; ++d)
            if (eventPriority(cues.at(d).event) > eventPriority(cue.event))
                cue = cues.at(d);
        if (eventPriority(cue.event) == 0)
            continue;
        const QVector<int> inSentence = mentionsOf.value(sentence);
        // A place named as a post's settlement ("its base at Morek") is the post's, not a claim's.
        QVector<std::pair<qsizetype, qsizetype>> postSpans;
        for (int k : inSentence)
            if (m_mentions.at(k).kind == AnnotationKind::Post)
                postSpans.append({m_mentions.at(k).from, m_mentions.at(k).to});
        auto inPost = [&](int k) {
            for (const auto& [from, to] : postSpans)
                if (m_mentions.at(k).from >= from && m_mentions.at(k).to <= to)
                    return true;
            return false;
        };

        // The place: the first after the cue, else the last before it, else "the town" of a recent sentence.
        int place = -1;
        for (int k : inSentence)
            if (m_mentions.at(k).kind == AnnotationKind::Place && m_mentions.at(k).firstToken > cue.lastToken &&
                !inPost(k)) {
                place = k;
                break;
            }
        // "The town" right after the cue, before that place, is the cue's object: it stands for a town named
        // before it, never for one named after it.
        for (int r : referenceTokens.value(sentence))
            if (place >= 0 && r > cue.lastToken && m_mentions.at(place).firstToken - r > 5)
                place = -1;
        if (place < 0) {
            // Before the cue only as its subject: near it, with no actor in between ("Kafr Zita taken").
            for (int k : inSentence) {
                const Mention& m = m_mentions.at(k);
                if (m.kind == AnnotationKind::Place && m.lastToken < cue.firstToken &&
                    cue.firstToken - m.lastToken <= 6 && !inPost(k))
                    place = k;
                else if (place >= 0 && m.kind == AnnotationKind::Actor && m.firstToken < cue.firstToken)
                    place = -1;
            }
        }
        bool byReference = false;
        if (place < 0 && townReference.value(sentence)) {
            for (int s = sentence; s >= sentence - 3 && s >= 0 && place < 0; --s) {
                const QVector<int> before = mentionsOf.value(s);
                for (auto it = before.crbegin(); it != before.crend(); ++it)
                    if (m_mentions.at(*it).kind == AnnotationKind::Place &&
                        (s < sentence || m_mentions.at(*it).lastToken < cue.firstToken)) {
                        place = *it;
                        byReference = true;
                        break;
                    }
            }
        }
        if (place < 0)
            continue;

        // The actor that stands for a side: the subject before the cue (French, English) or after it
        // (Arabic: the verb comes first).
        auto sided = [&](int k) {
            return m_mentions.at(k).kind == AnnotationKind::Actor && !m_mentions.at(k).controller.isEmpty();
        };
        // An actor brought in by "par", "by", "with", "and" supports the subject, it is not the subject.
        auto supporting = [&](int k) {
            const int before = m_mentions.at(k).firstToken - 1;
            return before >= 0 && m_supportWords.contains(m_tokens.at(before).key);
        };
        int actor = -1;
        auto firstAfter = [&]() {
            for (int k : inSentence)
                if (sided(k) && m_mentions.at(k).firstToken > cue.lastToken)
                    return k;
            return -1;
        };
        auto lastBefore = [&]() {
            int found = -1, fallback = -1;
            for (int k : inSentence)
                if (sided(k) && m_mentions.at(k).lastToken < cue.firstToken) {
                    fallback = k;
                    if (!supporting(k))
                        found = k;
                }
            return found >= 0 ? found : fallback;
        };
        actor = m_lang == QLatin1String("ar") ? firstAfter() : lastBefore();
        if (actor < 0)
            actor = m_lang == QLatin1String("ar") ? lastBefore() : firstAfter();
        QString side = actor >= 0 ? m_mentions.at(actor).controller : cue.side;
        // No side named (an agency announcing "the capture of the town"): the sentence goes on about the claim
        // made on the same place a few sentences before, and takes the side of that claim.
        int earlier = -1;
        if (side.isEmpty())
            earlier = earlierClaimOn(claims, m_mentions.at(place).entity, sentence);
        if (earlier >= 0)
            side = sideOfClaim(claims.at(earlier));
        if (side.isEmpty())
            continue;

        // Who held it before, when the sentence says so ("from the rebels", "aux rebelles").
        QString previous;
        for (int k : inSentence) {
            if (!sided(k) || k == actor || m_mentions.at(k).firstToken <= cue.lastToken ||
                m_mentions.at(k).firstToken <= m_mentions.at(place).lastToken)
                continue;
            const int before = m_mentions.at(k).firstToken - 1;
            for (int back = before; back >= before - 2 && back >= 0; --back) {
                const PhraseMatch f = m_fromWords.matchAt(m_text, m_tokens, back, m_tokenizer, false);
                if (f.isValid() && f.last >= back && f.last <= before) {
                    previous = m_mentions.at(k).controller;
                    break;
                }
            }
            if (!previous.isEmpty())
                break;
        }
        QString controller = side;
        if (cue.event == QLatin1String("retake") && previous.isEmpty())
            previous = oppositeSide(side);
        else if (cue.event == QLatin1String("enter"))
            controller = QStringLiteral("contested");
        else if (cue.event == QLatin1String("withdraw")) {
            previous = side;
            controller = QStringLiteral("unknown");
        } else if (cue.event == QLatin1String("lose")) {
            previous = side;
            controller = oppositeSide(side);
            if (controller.isEmpty())
                controller = QStringLiteral("unknown");
        }
        if (previous == controller)
            previous.clear();

        // The date: the sentence's, nearest the cue, or a date note's; else the publication day. A sentence that
        // only says again what the earlier claim said (same side, same day) adds no claim.
        const int date = dateFor(sentence, cue.firstToken);
        if (earlier >= 0) {
            const int before = int(claims.at(earlier).value.value_or(-1));
            const QString day = date >= 0 ? m_dates.at(date).eventDate : QString();
            const QString dayBefore = before >= 0 ? m_dates.at(before).eventDate : QString();
            if (claims.at(earlier).controller == controller && day == dayBefore)
                continue;
        }
        const bool dateInSentence = date >= 0 && m_dates.at(date).sentence == sentence;

        // The claimant: the speaker nearest an attribution phrase, else the publisher.
        QString claimant;
        int speaker = -1;
        int speakerDistance = INT_MAX;
        for (const auto& [first, last] : attributionsOf.value(sentence))
            for (int k : inSentence) {
                if (m_mentions.at(k).kind != AnnotationKind::Actor || k == actor)
                    continue;
                const int distance = m_mentions.at(k).firstToken > last ? m_mentions.at(k).firstToken - last
                                                                        : first - m_mentions.at(k).lastToken;
                if (distance >= 0 && distance < speakerDistance && distance <= 12) {
                    speakerDistance = distance;
                    speaker = k;
                }
            }
        if (speaker >= 0)
            claimant = m_mentions.at(speaker).claimant;
        else
            claimant = publisherOrUnknown();

        const Mention& where = m_mentions.at(place);
        Mention claim;
        claim.kind = AnnotationKind::Claim;
        claim.sentence = sentence;
        qsizetype from = actor >= 0 ? std::min(cue.from, m_mentions.at(actor).from) : cue.from;
        qsizetype to = actor >= 0 ? std::max(cue.to, m_mentions.at(actor).to) : cue.to;
        if (!byReference) {
            from = std::min(from, where.from);
            to = std::max(to, where.to);
        }
        if (dateInSentence) {
            from = std::min(from, m_dates.at(date).from);
            to = std::max(to, m_dates.at(date).to);
        }
        claim.from = from;
        claim.to = to;
        claim.entity = where.entity;
        claim.controller = controller;
        claim.reason = QCoreApplication::translate("geo::AnnotationSuggester", "cue '%1' (%2)")
                           .arg(cue.phrase, reasonWord(cue.event));
        claim.reason +=
            actor >= 0 ? QCoreApplication::translate("geo::AnnotationSuggester", ", actor '%1'")
                             .arg(textOf(m_mentions.at(actor).from, m_mentions.at(actor).to))
            : earlier >= 0
                ? QCoreApplication::translate("geo::AnnotationSuggester",
                                              ", no actor named: the %1 side of the earlier claim on the place")
                      .arg(reasonWord(side))
                : QCoreApplication::translate("geo::AnnotationSuggester",
                                              ", no actor named: the cue implies the %1 side")
                      .arg(reasonWord(side));
        claim.reason += byReference ? QCoreApplication::translate("geo::AnnotationSuggester",
                                                                  ", '%1' taken as %2 of an earlier sentence")
                                          .arg(QCoreApplication::translate("geo::AnnotationSuggester", "the town"),
                                               textOf(where.from, where.to))
                                    : QCoreApplication::translate("geo::AnnotationSuggester", ", place '%1'")
                                          .arg(textOf(where.from, where.to));
        if (speaker >= 0)
            claim.reason += QCoreApplication::translate("geo::AnnotationSuggester", ", attributed to '%1'")
                                .arg(textOf(m_mentions.at(speaker).from, m_mentions.at(speaker).to));
        claim.confidence = (actor >= 0 ? 0.5 : 0.35) + (date >= 0 ? 0.15 : 0) + (byReference ? -0.15 : 0.1) +
                           (speaker >= 0 ? 0.05 : 0);
        // Pack what the suggestion needs: the unit field carries the previous controller, the value the date
        // index, alternatives the supports (by mention index).
        claim.unit = previous;
        claim.value = date;
        claim.claimant = claimant;
        claim.alternatives = {QString::number(place)};
        if (actor >= 0)
            claim.alternatives.append(QString::number(actor));
        claim.firstToken = cue.firstToken;
        claims.append(claim);

        // Places listed after it ("Morek and Kafr Zita", "مورك وكفر زيتة"): each its own claim.
        if (byReference)
            continue;
        int last = place;
        for (int k : inSentence) {
            const Mention& m = m_mentions.at(k);
            if (m.kind != AnnotationKind::Place || m.firstToken <= m_mentions.at(last).lastToken || inPost(k))
                continue;
            if (m.entity == m_mentions.at(last).entity)
                break;
            const int gap = m.firstToken - m_mentions.at(last).lastToken - 1;
            const QString between = textOf(m_mentions.at(last).to, m.from);
            const qsizetype start = m_tokens.at(m.firstToken).from;
            const QString bare = QString(between).remove(QRegularExpression(QStringLiteral("\\s")));
            bool listed = gap == 0 && m_tokens.at(m.firstToken).arabic &&
                          (bare == QStringLiteral("\u0648") ||
                           (bare.isEmpty() && m_text.at(std::min(start, m.from)) == QChar(u'\u0648')));
            if (gap == 0 && QString(between).remove(u',').remove(u'\u060C').trimmed().isEmpty() &&
                between.contains(QRegularExpression(QStringLiteral("[,\u060C]"))))
                listed = true;
            if (gap == 1 && m_listWords.contains(m_tokens.at(m.firstToken - 1).key) &&
                QString(between).remove(u',').remove(u'\u060C').trimmed().size() ==
                    m_tokens.at(m.firstToken - 1).to - m_tokens.at(m.firstToken - 1).from)
                listed = true;
            if (!listed)
                break;
            Mention more = claim;
            more.entity = m.entity;
            more.from = std::min(claim.from, m.from);
            more.to = std::max(claim.to, m.to);
            more.reason.replace(
                QCoreApplication::translate("geo::AnnotationSuggester", ", place '%1'")
                    .arg(textOf(where.from, where.to)),
                QCoreApplication::translate("geo::AnnotationSuggester", ", place '%1', listed with '%2'")
                    .arg(textOf(m.from, m.to), textOf(where.from, where.to)));
            more.alternatives[0] = QString::number(k);
            claims.append(more);
            last = k;
        }
    }
    m_mentions.append(claims);
}

SuggestionResult Engine::run()
{
    SuggestionResult result;
    if (m_text.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("geo::AnnotationSuggester",
                                                   "The text is empty: paste or open the text of a dispatch.");
        return result;
    }
    // Binary data: control characters and replacement characters.
    qsizetype bad = 0;
    const qsizetype sample = std::min<qsizetype>(m_text.size(), 1 << 20);
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t u = m_text.at(i).unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || u == 0xFFFD || u == 0xFFFF || u == 0xFFFE)
            ++bad;
    }
    if (bad * 50 > sample) {
        result.error =
            QCoreApplication::translate("geo::AnnotationSuggester",
                                        "This is not text (%1 of its first %2 characters are control or undecodable "
                                        "characters): open the dispatch as plain text.")
                .arg(bad)
                .arg(sample);
        return result;
    }
    const QString detected = detectLanguage(m_text);
    m_lang = m_request.language.isEmpty() ? detected : m_request.language;
    if (detected.isEmpty()) {
        result.error = QCoreApplication::translate(
            "geo::AnnotationSuggester", "The text is in no language Frontline reads: suggestions are made for "
                                        "French, English and Arabic texts.");
        result.language = m_request.language;
        return result;
    }
    if (m_lang != QLatin1String("fr") && m_lang != QLatin1String("en") && m_lang != QLatin1String("ar")) {
        result.error = QCoreApplication::translate(
                           "geo::AnnotationSuggester",
                           "Language \"%1\" is not one Frontline suggests annotations for: use fr, en or ar.")
                           .arg(m_lang);
        result.language = m_lang;
        return result;
    }
    result.language = m_lang;
    if (!m_vocab.error.isEmpty()) {
        result.error = m_vocab.error;
        return result;
    }
    if (!report(0))
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};

    buildIndexes();
    if (!report(10))
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};
    const qsizetype size = m_text.size();
    m_tokens = m_tokenizer.tokenize(m_text, [&](qsizetype done) { return report(10 + int(15 * done / size)); });
    if (m_cancelled)
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};
    m_tokenTaken = QVector<bool>(m_tokens.size(), false);

    // Dates first: month and weekday names are no places.
    const QDate published = m_request.published.isValid() ? m_request.published : QDate::currentDate();
    m_dates = suggest::findDates(m_text, m_tokens, m_tokenizer, m_lang, published, m_vocab.words);
    for (const suggest::FoundDate& d : m_dates)
        for (int t = d.firstToken; t <= d.lastToken; ++t)
            m_tokenTaken[t] = true;
    findRoadsBordersCountry();
    findPlaces();
    findHeldBy();
    findActors();
    findFigures();
    if (m_cancelled)
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};
    findAreas();
    findPosts();
    findNationalityAdjectives();
    if (!report(80))
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};
    std::stable_sort(m_mentions.begin(), m_mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.from < b.from; });
    findClaims();
    if (!report(90))
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};

    // Anchors, ids and the suggestions.
    const TextAnchor anchor(m_text);
    std::vector<qint32> cpOf; // UTF-16 index -> code point, only when the text has surrogate pairs
    if (anchor.length() != m_text.size()) {
        cpOf.resize(size_t(m_text.size() + 1));
        qint32 cp = 0;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            cpOf[size_t(i)] = cp;
            if (!(m_text.at(i).isHighSurrogate() && i + 1 < m_text.size() && m_text.at(i + 1).isLowSurrogate()))
                ++cp;
        }
        cpOf[size_t(m_text.size())] = cp;
    }
    auto codePoint = [&](qsizetype u) { return cpOf.empty() ? u : qsizetype(cpOf[size_t(u)]); };

    QHash<int, QString> dateIds;
    for (int d = 0; d < m_dates.size(); ++d) {
        const suggest::FoundDate& f = m_dates.at(d);
        DateMention dm;
        dm.id = QStringLiteral("d%1").arg(d + 1);
        dm.anchorStart = codePoint(f.from);
        dm.anchorEnd = codePoint(f.to);
        dm.quote = anchor.slice(dm.anchorStart, dm.anchorEnd);
        dm.eventDate = f.eventDate;
        dm.from = f.span.from;
        dm.to = f.span.to;
        dm.timePrecision = f.timePrecision;
        dm.reason = f.reason;
        result.dates.append(dm);
        dateIds.insert(d, dm.id);
    }

    int next = 1;
    QHash<int, QString> idOf; // mention index -> suggestion id
    auto fill = [&](const Mention& m, Suggestion* s) {
        const TextQuote q = anchor.selector(codePoint(m.from), codePoint(m.to));
        Annotation& a = s->annotation;
        a.kind = m.kind;
        a.quote = q.quote;
        a.prefix = q.prefix;
        a.suffix = q.suffix;
        a.start = q.start;
        a.end = q.end;
        a.anchorStart = q.start;
        a.anchorEnd = q.end;
        s->reason = m.reason;
        s->confidence = std::clamp(m.confidence, 0.0, 1.0);
    };
    // Dates a post's event or a claim with the date found in its sentence (DATE, an index of m_dates), or else with
    // the publication day, saying so.
    auto setDate = [&](int date, Suggestion* s) {
        Annotation& a = s->annotation;
        if (date >= 0) {
            const suggest::FoundDate& f = m_dates.at(date);
            a.eventDate = f.eventDate;
            a.eventDateFrom = f.span.from;
            a.eventDateTo = f.span.to;
            a.timePrecision = f.timePrecision;
            a.approximateDate = !f.span.isSingleDay();
            a.dateNote = f.quote;
            s->supportIds.append(dateIds.value(date));
        } else {
            a.eventDate = published.toString(Qt::ISODate);
            a.eventDateFrom = a.eventDateTo = published;
            a.timePrecision = 1;
            a.dateNote = QStringLiteral("not dated in the text, which is published on %1").arg(a.eventDate);
        }
    };
    for (int k = 0; k < m_mentions.size(); ++k) {
        const Mention& m = m_mentions.at(k);
        if (m.kind == AnnotationKind::Claim)
            continue;
        Suggestion s;
        fill(m, &s);
        s.annotation.id = QStringLiteral("s%1").arg(next++);
        s.annotation.entity = m.entity;
        s.annotation.value = m.value;
        if (m.kind == AnnotationKind::Post) {
            if (!m.unit.isEmpty()) {
                // The post's event, dated by the sentence or else the publication day.
                Annotation& a = s.annotation;
                a.subEventType = m.unit;
                int date = -1;
                for (int d = 0; d < m_dates.size(); ++d)
                    if (m_dates.at(d).sentence == m.sentence) {
                        date = d;
                        break;
                    }
                setDate(date, &s);
                s.reason += QCoreApplication::translate("geo::AnnotationSuggester", "; '%1': %2")
                                .arg(m.claimant, reasonWord(m.unit));
            }
        } else {
            s.annotation.unit = m.unit;
        }
        s.annotation.geoPrecision = m.geoPrecision;
        s.alternatives = m.alternatives;
        idOf.insert(k, s.annotation.id);
        result.suggestions.append(std::move(s));
    }
    // The claims, in text order, after the mentions they tie.
    QVector<int> claimOrder;
    for (int k = 0; k < m_mentions.size(); ++k)
        if (m_mentions.at(k).kind == AnnotationKind::Claim)
            claimOrder.append(k);
    std::stable_sort(claimOrder.begin(), claimOrder.end(),
                     [&](int a, int b) { return m_mentions.at(a).from < m_mentions.at(b).from; });
    for (int k : std::as_const(claimOrder)) {
        const Mention& m = m_mentions.at(k);
        if (m.kind != AnnotationKind::Claim)
            continue;
        Suggestion s;
        fill(m, &s);
        Annotation& a = s.annotation;
        a.id = QStringLiteral("s%1").arg(next++);
        a.place = m.entity;
        a.controller = controllerFromName(m.controller);
        if (!m.unit.isEmpty())
            a.previousController = controllerFromName(m.unit);
        a.claimant = m.claimant;
        a.claimStatus = ClaimStatus::Claimed;
        a.geoPrecision = 1;
        const int date = int(m.value.value_or(-1));
        setDate(date, &s);
        if (a.controller == Controller::Government)
            a.subEventType = QStringLiteral("Government regains territory");
        else if (a.controller == Controller::Opposition || a.controller == Controller::Hts)
            a.subEventType = QStringLiteral("Non-state actor overtakes territory");
        for (const QString& support : m.alternatives)
            s.supportIds.prepend(idOf.value(support.toInt()));
        std::sort(s.supportIds.begin(), s.supportIds.end(), [](const QString& x, const QString& y) {
            return x.at(0) != y.at(0) ? x.at(0) > y.at(0) : x.mid(1).toInt() < y.mid(1).toInt();
        });
        result.suggestions.append(std::move(s));
    }
    report(100);
    if (m_cancelled)
        return {m_lang, {}, {}, QStringLiteral("Cancelled."), true};
    return result;
}

} // namespace

QString detectLanguage(const QString& text)
{
    qsizetype arabic = 0, latin = 0, other = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), 200000);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!c.isLetter())
            continue;
        const char32_t u = c.unicode();
        if (isArabicLetter(u))
            ++arabic;
        else if (isLatinLetter(u))
            ++latin;
        else
            ++other;
    }
    const qsizetype letters = arabic + latin + other;
    if (letters == 0)
        return {};
    if (arabic * 2 >= letters)
        return QStringLiteral("ar");
    if (latin * 2 < letters)
        return {};
    static const QSet<QString> french = {
        QStringLiteral("le"),  QStringLiteral("la"),    QStringLiteral("les"),  QStringLiteral("des"),
        QStringLiteral("du"),  QStringLiteral("de"),    QStringLiteral("et"),   QStringLiteral("est"),
        QStringLiteral("une"), QStringLiteral("un"),    QStringLiteral("dans"), QStringLiteral("pour"),
        QStringLiteral("que"), QStringLiteral("qui"),   QStringLiteral("sur"),  QStringLiteral("avec"),
        QStringLiteral("au"),  QStringLiteral("aux"),   QStringLiteral("par"),  QStringLiteral("ont"),
        QStringLiteral("été"), QStringLiteral("selon"), QStringLiteral("plus"), QStringLiteral("sont")};
    static const QSet<QString> english = {
        QStringLiteral("the"),  QStringLiteral("of"),   QStringLiteral("and"),   QStringLiteral("to"),
        QStringLiteral("in"),   QStringLiteral("is"),   QStringLiteral("was"),   QStringLiteral("were"),
        QStringLiteral("for"),  QStringLiteral("on"),   QStringLiteral("with"),  QStringLiteral("that"),
        QStringLiteral("by"),   QStringLiteral("from"), QStringLiteral("has"),   QStringLiteral("have"),
        QStringLiteral("are"),  QStringLiteral("its"),  QStringLiteral("after"), QStringLiteral("which"),
        QStringLiteral("said"), QStringLiteral("it"),   QStringLiteral("at"),    QStringLiteral("their")};
    int fr = 0, en = 0;
    QString word;
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? text.at(i) : QChar(u' ');
        if (c.isLetter()) {
            word.append(c.toLower());
            continue;
        }
        if (!word.isEmpty()) {
            fr += french.contains(word);
            en += english.contains(word);
            word.clear();
        }
    }
    return en > fr ? QStringLiteral("en") : QStringLiteral("fr");
}

SuggestionResult suggestAnnotations(const SuggestionRequest& request, const Gazetteer& gazetteer,
                                    const EntityCatalog& catalog, const std::function<bool(int percent)>& progress)
{
    Engine engine(request, gazetteer, catalog, progress);
    return engine.run();
}

} // namespace geo
