// frontline-cli annotate: the annotations the tool suggests for a dispatch, written as an article a person
// checks before importing it; and, with --score, how close those suggestions come to articles a person
// annotated (precision and recall per kind).
#include "cli_commands.h"
#include "cli_options.h"

#include "geo/articles/annotation_score.h"
#include "geo/articles/annotation_suggester.h"
#include "geo/articles/article_reader.h"
#include "geo/articles/article_writer.h"
#include "geo/articles/text_anchor.h"
#include "geo/articles/text_extraction.h"
#include "geo/core/output_path.h"
#include "geo/core/printable_text.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/data/place_catalog.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace cli {

namespace {

const QString kCommand = QStringLiteral("annotate");

struct Engine {
    std::unique_ptr<geo::Gazetteer> gazetteer;
    std::optional<geo::EntityCatalog> catalog;
};

// The bundled gazetteer and catalog, with a message on failure.
std::optional<Engine> loadEngineOrExplain()
{
    QString error;
    const QVector<geo::Place> places = geo::loadBundledPlaces(&error);
    Engine engine;
    if (!places.isEmpty())
        engine.catalog = geo::EntityCatalog::loadBundled(places, &error);
    if (!engine.catalog) {
        stop(kCommand, ExitCode::Failure,
             QStringLiteral("cannot load the gazetteer and the catalog of known places and actors: %1").arg(error));
        return std::nullopt;
    }
    engine.gazetteer = std::make_unique<geo::Gazetteer>(places);
    return engine;
}

// "afp-2020-02-08-saraqeb": lower-case letters and digits of TEXT (Latin letters without their accents), the
// rest made single hyphens. Empty when nothing is left (an Arabic name).
QString slug(const QString& text)
{
    QString s;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const QChar l = c.toLower();
        if ((l >= QLatin1Char('a') && l <= QLatin1Char('z')) || (l >= QLatin1Char('0') && l <= QLatin1Char('9')))
            s += l;
        else if (!s.isEmpty() && !s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    }
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(60);
}

QString percent(const std::optional<double>& ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

void printScoreTable(const geo::AnnotationScore& score, const QString& indent)
{
    out() << indent
          << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("kind"), -8)
                 .arg(QStringLiteral("gold"), 6)
                 .arg(QStringLiteral("suggested"), 10)
                 .arg(QStringLiteral("hits"), 6)
                 .arg(QStringLiteral("precision"), 10)
                 .arg(QStringLiteral("recall"), 8);
    QList<geo::KindScore> rows = score.kinds;
    rows << score.total();
    for (const geo::KindScore& k : rows)
        out() << indent
              << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(k.kind, -8)
                     .arg(k.gold, 6)
                     .arg(k.suggested, 10)
                     .arg(k.hits, 6)
                     .arg(percent(k.precision()), 10)
                     .arg(percent(k.recall()), 8);
}

QString describe(const geo::Annotation& a, const QString& text)
{
    const QString what =
        a.kind == geo::AnnotationKind::Claim
            ? QStringLiteral("%1 %2 %3")
                  .arg(a.place, geo::controllerName(a.controller.value_or(geo::Controller::Unknown)), a.eventDate)
        : a.kind == geo::AnnotationKind::Figure ? (a.value ? QString::number(*a.value, 'g', 12) : QStringLiteral("?"))
                                                : a.entity;
    QString quote = a.quote;
    if (quote.isEmpty() && a.anchorStart >= 0) {
        const geo::TextAnchor anchor(text);
        quote = anchor.slice(a.anchorStart, a.anchorEnd);
    }
    return QStringLiteral("%1 %2 %3").arg(geo::annotationKindName(a.kind), what, geo::TextAnchor::quoted(quote));
}

ExitCode runScore(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("--score needs one or more annotated articles (.geojson) to compare the "
                                   "suggestions with"));
    for (const QString& option :
         {QStringLiteral("lang"), QStringLiteral("published"), QStringLiteral("publisher"), QStringLiteral("url"),
          QStringLiteral("title"), QStringLiteral("id"), QStringLiteral("out")})
        if (parser.isSet(option))
            return stop(kCommand, ExitCode::BadInput,
                        QStringLiteral("--%1 does not go with --score: the language, date and publisher come from "
                                       "each article")
                            .arg(option));
    const bool details = parser.isSet(QStringLiteral("details"));
    auto engine = loadEngineOrExplain();
    if (!engine)
        return ExitCode::Failure;
    const geo::EntityCatalog& catalog = *engine->catalog;
    const auto isKnown = [&catalog](const QString& id) { return catalog.contains(id); };

    QMap<QString, geo::AnnotationScore> byLanguage;
    QMap<QString, int> articlesByLanguage;
    int failed = 0;
    for (const QString& file : files) {
        const geo::ArticleReadResult r = geo::ArticleReader::read(file, isKnown);
        if (!r.ok()) {
            ++failed;
            for (const geo::ArticleProblem& problem : r.problems)
                err() << geo::printableText(problem.toString()) << "\n";
            err() << "frontline-cli annotate: " << geo::printableText(file)
                  << ": not scored; correct the article (frontline-cli validate says the same) and score it again\n";
            err().flush();
            continue;
        }
        const geo::Article& gold = *r.article;
        geo::SuggestionRequest request;
        request.text = gold.text;
        request.language = gold.language;
        request.published = gold.published;
        request.publisher = gold.publisher;
        const geo::SuggestionResult result = geo::suggestAnnotations(request, *engine->gazetteer, catalog);
        if (!result.error.isEmpty()) {
            ++failed;
            stop(kCommand, ExitCode::Failure,
                 QStringLiteral("%1: no suggestion: %2; not scored").arg(file, result.error));
            continue;
        }
        QList<geo::Annotation> suggested;
        for (const geo::Suggestion& s : result.suggestions)
            suggested << s.annotation;
        const geo::AnnotationScore score = geo::scoreAnnotations(suggested, gold.annotations);
        out() << geo::printableText(file) << " (" << gold.language << ", " << gold.annotations.size()
              << " annotations, " << suggested.size() << " suggested)\n";
        printScoreTable(score, QStringLiteral("  "));
        if (details) {
            for (const geo::Annotation& a : score.missed)
                out() << "  missed     " << geo::printableText(describe(a, gold.text)) << "\n";
            for (const geo::Annotation& a : score.falseAlarms)
                out() << "  not in gold " << geo::printableText(describe(a, gold.text)) << "\n";
        }
        byLanguage[gold.language] += score;
        ++articlesByLanguage[gold.language];
    }
    if (files.size() > 1) {
        geo::AnnotationScore all;
        int articles = 0;
        for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
            out() << "total " << geo::printableText(it.key()) << " (" << articlesByLanguage.value(it.key())
                  << (articlesByLanguage.value(it.key()) == 1 ? " article)\n" : " articles)\n");
            printScoreTable(it.value(), QStringLiteral("  "));
            all += it.value();
            articles += articlesByLanguage.value(it.key());
        }
        if (byLanguage.size() > 1) {
            out() << "total (" << articles << " articles)\n";
            printScoreTable(all, QStringLiteral("  "));
        }
    }
    out().flush();
    if (failed > 0) {
        err() << "frontline-cli annotate: " << failed << " of " << files.size() << " articles not scored\n";
        err().flush();
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

// ARTICLE as the file's bytes, read back as an import would read it (the same reader, the same catalog). False,
// with every problem on standard error, when the reader refuses it: then nothing is written.
bool checkedBytes(const geo::Article& article, const geo::EntityCatalog& catalog, QByteArray* bytes)
{
    *bytes = geo::articleToGeoJson(article);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suggested.geojson"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
        stop(kCommand, ExitCode::Failure,
             QStringLiteral("cannot check the article in a temporary folder (%1); nothing written")
                 .arg(file.errorString()));
        return false;
    }
    file.close();
    const geo::ArticleReadResult r =
        geo::ArticleReader::read(path, [&catalog](const QString& id) { return catalog.contains(id); });
    if (r.ok())
        return true;
    for (const geo::ArticleProblem& problem : r.problems)
        err() << geo::printableText(problem.toString()) << "\n";
    stop(kCommand, ExitCode::Failure,
         QStringLiteral("the suggested article would not validate (a fault of the suggestions, not of your text; "
                        "please report it with the text); nothing written"));
    return false;
}

ExitCode runSuggest(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("give the text to annotate: a .txt file (UTF-8) or a saved web page (.html)"));
    if (positional.size() > 1)
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("one text at a time (got %1 files); --score compares several articles")
                        .arg(positional.size()));
    const QString path = positional.first();

    // The arguments first: nothing is read before they are right.
    QString language;
    if (parser.isSet(QStringLiteral("lang"))) {
        QString error;
        const auto lang = parseLanguage(parser.value(QStringLiteral("lang")), &error);
        if (!lang)
            return stop(
                kCommand, ExitCode::BadInput,
                QStringLiteral("--lang %1; suggestions are made for French, English and Arabic texts").arg(error));
        language = geo::languageCode(*lang);
    }
    if (!parser.isSet(QStringLiteral("published")))
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("give --published YYYY-MM-DD, the day %1 was published: the article needs it, and "
                                   "relative dates in the text (\"on Friday\", \"hier\") count from it")
                        .arg(path));
    const QString publishedText = parser.value(QStringLiteral("published")).trimmed();
    static const QRegularExpression dayForm(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate published = QDate::fromString(publishedText, Qt::ISODate);
    if (!dayForm.match(publishedText).hasMatch() || !published.isValid())
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("--published \"%1\": expected the day of publication as YYYY-MM-DD, e.g. 2020-02-08")
                        .arg(publishedText));
    const QString publisher = parser.value(QStringLiteral("publisher")).trimmed();
    if (publisher.isEmpty())
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("give --publisher NAME, who published %1 (AFP, Reuters, SANA ...): the article "
                                   "needs it, and it is the claimant of claims the text makes in its own voice")
                        .arg(path));
    const QString url = parser.value(QStringLiteral("url")).trimmed();
    if (!url.isEmpty() && !url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("--url \"%1\": expected the http(s) address the text was taken from").arg(url));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!outPath.isEmpty() && outPath != QLatin1String("-")) {
        if (const QString why = geo::outputPathProblem(outPath); !why.isEmpty())
            return stop(kCommand, ExitCode::BadInput, why + QStringLiteral("; nothing written"));
    }
    if (!QFileInfo::exists(path))
        return stop(kCommand, ExitCode::BadInput,
                    QStringLiteral("%1: no such file; give the text to annotate (.txt or .html)").arg(path));

    QString error;
    const geo::ArticleText text = geo::readArticleFile(path, &error);
    if (text.text.isNull())
        return stop(kCommand, ExitCode::Failure, error);
    if (language.isEmpty()) {
        language = geo::detectLanguage(text.text);
        if (language.isEmpty())
            return stop(kCommand, ExitCode::Failure,
                        QStringLiteral("%1: %2").arg(
                            path, geo::articleTextProblem(text.text, geo::Language::French).isEmpty()
                                      ? QStringLiteral("cannot tell the text's language; give --lang fr, en or ar")
                                      : geo::articleTextProblem(text.text, geo::Language::French)));
        err() << "frontline-cli annotate: " << geo::printableText(path) << ": language " << language
              << " (detected; give --lang to choose)\n";
        err().flush();
    }
    const geo::Language lang = language == QLatin1String("ar")   ? geo::Language::Arabic
                               : language == QLatin1String("en") ? geo::Language::English
                                                                 : geo::Language::French;
    if (const QString problem = geo::articleTextProblem(text.text, lang); !problem.isEmpty())
        return stop(kCommand, ExitCode::Failure, QStringLiteral("%1: %2").arg(path, problem));

    auto engine = loadEngineOrExplain();
    if (!engine)
        return ExitCode::Failure;
    geo::SuggestionRequest request;
    request.text = text.text;
    request.language = language;
    request.published = published;
    request.publisher = publisher;
    const geo::SuggestionResult result = geo::suggestAnnotations(request, *engine->gazetteer, *engine->catalog);
    if (!result.error.isEmpty())
        return stop(kCommand, ExitCode::Failure,
                    QStringLiteral("%1: no suggestion: %2; nothing written").arg(path, result.error));

    geo::Article article;
    const QString baseName = QFileInfo(path).completeBaseName();
    article.id = parser.value(QStringLiteral("id")).trimmed();
    if (article.id.isEmpty()) {
        const QString name = slug(baseName);
        article.id = QStringList{slug(publisher), published.toString(Qt::ISODate), name}.join(QLatin1Char('-'));
        while (article.id.contains(QStringLiteral("--")))
            article.id.replace(QStringLiteral("--"), QStringLiteral("-"));
        if (article.id.startsWith(QLatin1Char('-')))
            article.id.remove(0, 1);
        if (article.id.endsWith(QLatin1Char('-')))
            article.id.chop(1);
    }
    QStringList notes;
    article.title = parser.value(QStringLiteral("title")).trimmed();
    if (article.title.isEmpty() && !text.title.isEmpty()) {
        article.title = text.title;
        notes << QStringLiteral("The title is the page's own (<title>).");
    }
    if (article.title.isEmpty()) {
        article.title = QStringLiteral("[untitled] %1, %2 (%3)")
                            .arg(publisher, published.toString(Qt::ISODate), QFileInfo(path).fileName());
        notes << QStringLiteral("No title was given: the title is descriptive.");
    }
    article.publisher = publisher;
    article.url = url;
    if (url.isEmpty())
        notes << QStringLiteral("No url was given when the annotations were suggested; add the address the text "
                                "was taken from, or say here why there is none.");
    article.published = published;
    article.language = language;
    article.kind = geo::ArticleKind::Article;
    article.text = text.text;
    notes << QStringLiteral("Annotations suggested by frontline-cli annotate from %1 (%2): none was checked by a "
                            "person. Each is marked \"origin\": \"suggested\" and says why in its notes; check, "
                            "correct or remove each before importing the article.")
                 .arg(QFileInfo(path).fileName(), text.fromHtml ? QStringLiteral("the text of a web page, its "
                                                                                 "scripts and styles left out")
                                                                : QStringLiteral("plain text"));
    article.notes = notes.join(QLatin1Char(' '));
    article.fingerprint = geo::Article::fingerprintOf(article.text);
    int n = 0;
    for (const geo::Suggestion& s : result.suggestions) {
        geo::Annotation a = s.annotation;
        a.id = QStringLiteral("s%1").arg(++n);
        a.origin = QStringLiteral("suggested");
        QStringList why{QStringLiteral("suggested: %1; confidence %2").arg(s.reason).arg(s.confidence, 0, 'f', 2)};
        if (!s.alternatives.isEmpty())
            why << QStringLiteral("alternatives: %1").arg(s.alternatives.join(QStringLiteral(", ")));
        if (!a.notes.isEmpty())
            why.prepend(a.notes);
        a.notes = why.join(QStringLiteral("; "));
        if (a.start < 0 && a.anchorStart >= 0)
            geo::setSelectorsFromAnchor(article.text, &a);
        article.annotations << a;
    }
    article.formatVersion = geo::formatVersionToWrite(article);

    QByteArray bytes;
    if (!checkedBytes(article, *engine->catalog, &bytes))
        return ExitCode::Failure;
    if (!writeOutputOrExplain(kCommand, outPath == QLatin1String("-") ? QString() : outPath, bytes))
        return ExitCode::Failure;
    int claims = 0;
    for (const geo::Annotation& a : article.annotations)
        claims += a.kind == geo::AnnotationKind::Claim ? 1 : 0;
    err() << "frontline-cli annotate: " << geo::printableText(path) << ": " << article.annotations.size()
          << " suggested annotations (" << claims << " claims)";
    if (!outPath.isEmpty() && outPath != QLatin1String("-"))
        err() << " written to " << geo::printableText(outPath);
    err() << "; check them before importing (frontline-cli validate, then import)\n";
    err().flush();
    return ExitCode::Ok;
}

} // namespace

ExitCode runAnnotate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Suggest the annotations of a dispatch (places, roads, posts, actors, figures and dated control claims) "
        "and write them as an annotated article (docs/article-format.md) in which every annotation is marked "
        "\"origin\": \"suggested\": check, correct or remove each, then validate and import the file. TEXT is a "
        ".txt file (UTF-8) or a saved web page (.html: its text, without scripts or styles; nothing in it is run "
        "or loaded).\n\n"
        "With --score, compare the suggestions for the text of each annotated ARTICLE with the article's own "
        "annotations and print the precision and recall per kind (and a total per language for several "
        "articles). A suggestion is a hit when it has the gold's kind and entity and their words overlap; a claim "
        "when it has the gold's place, controller and date (the same effective day, or a day inside the gold's "
        "span), wherever it is anchored."));
    parser.addPositionalArgument(QStringLiteral("text"),
                                 QStringLiteral("The dispatch (.txt or .html); with --score, annotated articles."),
                                 QStringLiteral("TEXT | --score ARTICLE..."));
    parser.addOptions({
        {QStringLiteral("lang"),
         QStringLiteral("The language of the text: fr, en or ar (default: detected from the text)."),
         QStringLiteral("LANG")},
        {QStringLiteral("published"),
         QStringLiteral("The day the text was published, YYYY-MM-DD (required): relative dates count from it."),
         QStringLiteral("DATE")},
        {QStringLiteral("publisher"), QStringLiteral("Who published it: AFP, Reuters, SANA ... (required)."),
         QStringLiteral("NAME")},
        {QStringLiteral("url"), QStringLiteral("The http(s) address the text was taken from."), QStringLiteral("URL")},
        {QStringLiteral("title"),
         QStringLiteral("The headline (default: the page's title, or a descriptive one in brackets)."),
         QStringLiteral("TITLE")},
        {QStringLiteral("id"),
         QStringLiteral("The article's id (default: publisher, date and file name, e.g. afp-2020-02-08-saraqeb)."),
         QStringLiteral("ID")},
        {QStringLiteral("out"),
         QStringLiteral("The article file to write (.geojson); written whole or not at all. Default: standard "
                        "output."),
         QStringLiteral("FILE")},
        {QStringLiteral("score"), QStringLiteral("Score the suggestions against the annotated ARTICLE files.")},
        {QStringLiteral("details"),
         QStringLiteral("With --score: also list each gold annotation missed and each suggestion not in the gold.")},
    });
    ExitCode code = ExitCode::Ok;
    if (!parseOrExplain(parser, kCommand, args, &code))
        return code;
    if (parser.isSet(QStringLiteral("score")))
        return runScore(parser);
    if (parser.isSet(QStringLiteral("details")))
        return stop(kCommand, ExitCode::BadInput, QStringLiteral("--details goes with --score"));
    return runSuggest(parser);
}

} // namespace cli
