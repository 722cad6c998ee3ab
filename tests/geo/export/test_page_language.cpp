// A French or an Arabic page says everything in its language: the map's labels, the legend, the source notes'
// frames, the credits and the scale bar. A name stays in Latin script only where the data has no name in the
// language, and an Arabic map says so. The page of 8 February 2020 (the Home view on Idleb, as the command line
// exports it) is built from the bundled map, catalog and articles, written as an SVG (its texts stay text) and
// read back; the map's labels are those the renderer places in the page's frame.
#include "geo/articles/article_reader.h"
#include "geo/control/dated_control.h"
#include "geo/core/name_folding.h"
#include "geo/data/map_data_loader.h"
#include "geo/data/observation_post_list.h"
#include "geo/data/place_catalog.h"
#include "geo/export/export_request.h"
#include "geo/export/export_texts.h"
#include "geo/render/map_credits.h"
#include "geo/export/map_exporter.h"
#include "geo/render/map_legend.h"
#include "geo/render/map_renderer.h"
#include "geo/render/scale_bar.h"

#include "bundled_data.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace geo;

Q_DECLARE_METATYPE(geo::Language)

namespace {

const QDate kDate(2020, 2, 8);

// English words that reached French and Arabic pages before they were translated: post labels, credits, the
// compiled data set's name, the notes' frames. Compared with the page's text with every space taken out, so that
// a line break inside a phrase does not hide it.
const QStringList kEnglishOnly{
    QStringLiteral("OP "),           QStringLiteral("military airbase"),  QStringLiteral("Frontline data set"),
    QStringLiteral("compiled from"), QStringLiteral("reported by"),       QStringLiteral("Map data"),
    QStringLiteral("Boundaries:"),   QStringLiteral("Places:"),           QStringLiteral("contributors"),
    QStringLiteral("schematic"),     QStringLiteral("Observation posts"), QStringLiteral("Wikipedia"),
    QStringLiteral("state TV"),      QStringLiteral("named after"),       QStringLiteral("Legend"),
};

QString withoutSpaces(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{2066}-\\x{2069}\\x{200e}\\x{200f}]+"));
    return text.remove(spaces);
}

bool isArabicScript(const QString& text)
{
    for (QChar c : text)
        if (c.isLetter() && c.script() != QChar::Script_Arabic)
            return false;
    return hasArabicLetters(text);
}

struct Page {
    ExportRequest request;
    QString svgText;             // every <text> of the SVG page, joined
    QVector<PlacedLabel> labels; // the map's labels, as the renderer places them in the page's frame
    QVector<LegendRow> legend;   // the legend of what the frame shows
};

} // namespace

class TestPageLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pageTextsAreInTheLanguage_data();
    void pageTextsAreInTheLanguage();
    void postLabelsStartWithTheAbbreviation_data();
    void postLabelsStartWithTheAbbreviation();
    void arabicMapNamesIdlebInArabic();
    void latinNamesAreMarkedOnAnArabicMap();
    void arabicNamesComeFromTheBundledTable();
    void scaleBarUnits();
    void sourceNamesInTheLanguage();

private:
    Page page(Language lang);

    std::shared_ptr<const MapData> m_data;
    std::shared_ptr<const EntityCatalog> m_catalog;
    QList<Article> m_articles;
    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const PostTimeline> m_posts;
    QTemporaryDir m_dir;
    QHash<int, Page> m_pages;
};

void TestPageLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = frontline::test::bundledMap(DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
    m_catalog = frontline::test::bundledCatalog(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    for (const QString& folder : {QStringLiteral(":/articles"), QStringLiteral(":/articles/history")}) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.geojson")}, QDir::Files)) {
            const auto read = ArticleReader::read(dir.filePath(name), {});
            QVERIFY2(read.ok(), qPrintable(dir.filePath(name)));
            m_articles.append(*read.article);
        }
    }
    QVERIFY(!m_articles.isEmpty());
    m_timeline = std::make_shared<const ControlTimeline>(m_articles);
    m_posts = std::make_shared<const PostTimeline>(m_data->posts, m_articles);
}

// The page the command line exports for `export --date 2020-02-08 --lang LANG -o page.svg`: 1200x675, Home view.
Page TestPageLanguage::page(Language lang)
{
    if (m_pages.contains(int(lang)))
        return m_pages.value(int(lang));
    Page p;
    ExportRequest& r = p.request;
    r = newExportRequest(ExportFormat::Svg, lang);
    QString error;
    if (!setExportPixelSize(r, QSize(1200, 675), 96, &error))
        qFatal("%s", qPrintable(error));
    r.data = m_data;
    r.asOf = kDate;
    r.outPath = m_dir.filePath(QStringLiteral("page-%1.svg").arg(languageCode(lang)));
    r.settings.control = controlOverlayAt(*m_timeline, m_posts.get(), *m_catalog, kDate, m_data->crs);
    const auto extent = parseExportExtent(QString(), *m_data, &error);
    const ExportNoteSources sources{m_timeline.get(), &m_articles, m_catalog.get(), {}};
    if (!extent || !fitExportFrame(r, *extent, &sources, &error))
        qFatal("%s", qPrintable(error));
    const ExportResult result = exportMap(r);
    if (!result.ok)
        qFatal("%s", qPrintable(result.error));

    QFile file(r.outPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(r.outPath));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
    p.svgText = texts.join(QLatin1Char(' '));

    QImage image(r.settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    RenderSettings frame = r.settings;
    frame.drawCredits = false;
    p.labels = MapRenderer::render(painter, frame, *m_data).labels;
    painter.end();
    p.legend = legendRows(frame, *m_data, lang, LegendScope::InFrame);
    m_pages.insert(int(lang), p);
    return p;
}

void TestPageLanguage::pageTextsAreInTheLanguage_data()
{
    QTest::addColumn<Language>("lang");
    QTest::newRow("French") << Language::French;
    QTest::newRow("Arabic") << Language::Arabic;
}

// No English-only word on a French or an Arabic page, the quotes of the sources aside (they stay as written);
// the English page still has them, so the words are looked for where they would be.
void TestPageLanguage::pageTextsAreInTheLanguage()
{
    QFETCH(Language, lang);
    const Page p = page(lang);
    QVERIFY(!p.request.notes.isEmpty());
    QString text = withoutSpaces(p.svgText);
    for (const SourceNote& note : p.request.notes)
        text.remove(withoutSpaces(note.quote));
    QStringList pageWords; // and the map's own words
    for (const PlacedLabel& label : p.labels)
        pageWords << label.candidate.text;
    for (const LegendRow& row : p.legend)
        pageWords << row.text;
    const QString map = pageWords.join(QLatin1Char('\n'));
    for (const QString& word : kEnglishOnly) {
        QVERIFY2(!text.contains(withoutSpaces(word)), qPrintable(QStringLiteral("\"%1\" on the page").arg(word)));
        QVERIFY2(!map.contains(word), qPrintable(QStringLiteral("\"%1\" on the map: %2").arg(word, map)));
    }
    if (lang == Language::Arabic)
        QVERIFY2(!text.contains(QLatin1String("km")), "the scale bar's unit in Latin letters on an Arabic page");

    // The same words are on the English page: the check looks where they are. (The page cites the dispatch's
    // claimant, state TV, before the data set's summary, which it does not show.)
    const Page en = page(Language::English);
    const QString english = withoutSpaces(en.svgText);
    for (const QString& word : {QStringLiteral("Map data"), QStringLiteral("Boundaries:"), QStringLiteral("state TV"),
                                QStringLiteral("reported by")})
        QVERIFY2(english.contains(withoutSpaces(word)), qPrintable(word));
    bool englishPost = false;
    for (const PlacedLabel& label : en.labels)
        englishPost = englishPost || label.candidate.text.startsWith(QLatin1String("OP "));
    QVERIFY(englishPost);
}

void TestPageLanguage::postLabelsStartWithTheAbbreviation_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("saraqeb");
    QTest::newRow("French") << Language::French << QStringLiteral("PO 16 Saraqeb");
    QTest::newRow("Arabic") << Language::Arabic << QStringLiteral("نقطة 16 سراقب");
    QTest::newRow("English") << Language::English << QStringLiteral("OP 16 Saraqib");
}

// Every post's label starts with the language's abbreviation, which the legend explains, and names the settlement
// in the language; on the page of 8 February the posts' labels are placed.
void TestPageLanguage::postLabelsStartWithTheAbbreviation()
{
    QFETCH(Language, lang);
    QFETCH(QString, saraqeb);
    const auto posts = m_data->layerOf(LayerRole::Posts);
    QVERIFY(posts);
    const QString abbreviation = postAbbreviation(lang) + QLatin1Char(' ');
    QSet<QString> postLabels;
    for (const MapFeature& f : posts->features) {
        const QString label = lang == Language::French ? f.labelFr : lang == Language::Arabic ? f.labelAr : f.labelEn;
        QVERIFY2(label.startsWith(abbreviation), qPrintable(label));
        postLabels << label << label.section(QLatin1Char(' '), 0, 1); // the short form
        if (lang == Language::Arabic)
            QVERIFY2(isArabicScript(label), qPrintable(label)); // every post's settlement has an Arabic name
    }
    QVERIFY2(postLabels.contains(saraqeb), qPrintable(QStringList(postLabels.values()).join(QLatin1String(", "))));

    const Page p = page(lang);
    int placed = 0;
    for (const PlacedLabel& label : p.labels)
        if (postLabels.contains(label.candidate.text))
            ++placed;
    QVERIFY2(placed >= 3, qPrintable(QString::number(placed)));
    if (lang == Language::English)
        return;
    bool explained = false;
    for (const LegendRow& row : p.legend)
        explained = explained || row.text.startsWith(postAbbreviation(lang));
    QVERIFY2(explained, "the legend says what the posts' abbreviation stands for");
}

// On the Arabic page every placed label of a place in Idleb governorate is in Arabic script, except a place the
// data has no Arabic name for.
void TestPageLanguage::arabicMapNamesIdlebInArabic()
{
    const auto places = m_data->layerOf(LayerRole::Places);
    const auto governorates = m_data->layerOf(LayerRole::Governorates);
    QVERIFY(places && governorates);
    QPainterPath idleb;
    for (const MapFeature& g : governorates->features)
        if (g.attributes.value(QStringLiteral("ADM1_PCODE")).toString() == QLatin1String("SY07"))
            idleb = g.path;
    QVERIFY(!idleb.isEmpty());
    // Label text -> whether an Idleb place with no Arabic name in the data bears it.
    QHash<QString, bool> idlebPlaces;
    for (const MapFeature& f : places->features)
        if (idleb.contains(f.labelPoint)) {
            const QString text = f.labelAr.isEmpty() ? f.labelEn : f.labelAr;
            idlebPlaces[text] = idlebPlaces.value(text) || f.labelAr.isEmpty();
        }

    const Page p = page(Language::Arabic);
    int idlebLabels = 0, latin = 0;
    for (const PlacedLabel& label : p.labels) {
        const QString& text = label.candidate.text;
        if (!idlebPlaces.contains(text))
            continue;
        ++idlebLabels;
        if (isArabicScript(text))
            continue;
        ++latin;
        QVERIFY2(idlebPlaces.value(text), qPrintable(QStringLiteral("%1: Latin script for a place the data names "
                                                                    "in Arabic")
                                                         .arg(text)));
    }
    qInfo("Arabic page of 8 February 2020: %d labels of Idleb places, %d of them in Latin script", idlebLabels, latin);
    QVERIFY(idlebLabels >= 10);
    // Every label of the map is Arabic, a road's number or a place with no Arabic name in the data.
    for (const PlacedLabel& label : p.labels) {
        const QString& text = label.candidate.text;
        if (isArabicScript(text) || text == QLatin1String("M4") || text == QLatin1String("M5"))
            continue;
        bool noArabicName = false;
        for (const MapFeature& f : places->features)
            noArabicName = noArabicName || (f.labelAr.isEmpty() && f.labelEn == text);
        QVERIFY2(noArabicName, qPrintable(QStringLiteral("\"%1\" on the Arabic map").arg(text)));
    }
}

// Where an Arabic map names a place in Latin script, its legend says these places have no Arabic name in the
// sources; where every name is Arabic it says nothing. The check is made around a bundled place that has no
// Arabic name (of those labelled at 40 km across), and on the page of 8 February.
void TestPageLanguage::latinNamesAreMarkedOnAnArabicMap()
{
    const auto places = m_data->layerOf(LayerRole::Places);
    QVERIFY(places);
    const MapFeature* latinPlace = nullptr;
    for (const MapFeature& f : places->features)
        if (f.labelAr.isEmpty() && f.attributes.value(QStringLiteral("kind")).toString() == QLatin1String("town"))
            latinPlace = &f;
    QVERIFY2(latinPlace, "no bundled town without an Arabic name: the check needs one");

    RenderSettings settings;
    settings.labelLanguage = Language::Arabic;
    settings.viewport = Viewport(latinPlace->labelPoint, 1, QSize(800, 600));
    settings.viewport.fit(QRectF(latinPlace->labelPoint - QPointF(20000, 20000), QSizeF(40000, 40000)), 0);
    QImage image(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const auto labels = MapRenderer::render(painter, settings, *m_data).labels;
    painter.end();
    bool latinPlaced = false;
    for (const PlacedLabel& l : labels)
        latinPlaced = latinPlaced || l.candidate.text == latinPlace->labelEn;
    QVERIFY2(latinPlaced, qPrintable(latinPlace->labelEn));

    auto marked = [&](const RenderSettings& s, Language lang) {
        for (const LegendRow& row : legendRows(s, *m_data, lang, LegendScope::InFrame))
            if (row.text.contains(QStringLiteral("بالحروف اللاتينية")))
                return true;
        return false;
    };
    QVERIFY2(marked(settings, Language::Arabic), qPrintable(latinPlace->labelEn));
    QVERIFY(!marked(settings, Language::French));

    // The page of 8 February: marked exactly when a Latin name is placed.
    const Page p = page(Language::Arabic);
    bool latinOnPage = false;
    for (const PlacedLabel& l : p.labels)
        latinOnPage = latinOnPage || (!isArabicScript(l.candidate.text) && l.candidate.text != QLatin1String("M4") &&
                                      l.candidate.text != QLatin1String("M5"));
    bool pageMarked = false;
    for (const LegendRow& row : p.legend)
        pageMarked = pageMarked || row.text.contains(QStringLiteral("بالحروف اللاتينية"));
    QVERIFY(!latinOnPage || pageMarked);
}

// The bundled table of Arabic names fills the places that had none, and only those: the key towns of the
// 2019-2020 front that the curated list leaves without an Arabic name get the GeoNames one.
void TestPageLanguage::arabicNamesComeFromTheBundledTable()
{
    QString error;
    const QVector<Place> before = loadPlaces(PlaceFiles::bundled(), &error);
    QVERIFY2(!before.isEmpty(), qPrintable(error));
    const QVector<Place> after = loadBundledPlaces(&error);
    QVERIFY2(!after.isEmpty(), qPrintable(error));
    QCOMPARE(after.size(), before.size());

    const QHash<QString, QString> expected{{QStringLiteral("taftanaz"), QStringLiteral("تفتناز")},
                                           {QStringLiteral("al_atarib"), QStringLiteral("الأتارب")},
                                           {QStringLiteral("qalaat_al_madiq"), QStringLiteral("قلعة المضيق")}};
    int filled = 0, withoutBefore = 0, withoutAfter = 0;
    const auto governorates = m_data->layerOf(LayerRole::Governorates);
    QVERIFY(governorates);
    const Projector projector(m_data->crs);
    QPainterPath idleb;
    for (const MapFeature& g : governorates->features)
        if (g.attributes.value(QStringLiteral("ADM1_PCODE")).toString() == QLatin1String("SY07"))
            idleb = g.path;
    for (int i = 0; i < after.size(); ++i) {
        const Place& b = before.at(i);
        const Place& a = after.at(i);
        QCOMPARE(a.id, b.id);
        if (!b.nameAr.isEmpty())
            QCOMPARE(a.nameAr, b.nameAr); // a name the sources had is kept
        else if (!a.nameAr.isEmpty())
            ++filled;
        if (expected.contains(a.id)) {
            QVERIFY(b.nameAr.isEmpty());
            QCOMPARE(a.nameAr, expected.value(a.id));
        }
        if (idleb.contains(projector.forward(a.lonLat))) {
            withoutBefore += b.nameAr.isEmpty();
            withoutAfter += a.nameAr.isEmpty();
        }
    }
    qInfo("Arabic names added: %d places; places in Idleb governorate without an Arabic name: %d before, %d after",
          filled, withoutBefore, withoutAfter);
    QVERIFY(filled >= expected.size());
    QVERIFY(withoutAfter < withoutBefore);
}

void TestPageLanguage::scaleBarUnits()
{
    const Page p = page(Language::Arabic);
    const Projector projector(m_data->crs);
    const ScaleBar ar = computeScaleBar(p.request.settings.viewport, projector, 160, Language::Arabic);
    const ScaleBar en = computeScaleBar(p.request.settings.viewport, projector, 160, Language::English);
    QVERIFY(ar.isValid());
    QCOMPARE(ar.metres, en.metres);
    QVERIFY2(ar.label.endsWith(QStringLiteral(" كم")), qPrintable(ar.label));
    QVERIFY2(en.label.endsWith(QLatin1String(" km")), qPrintable(en.label));
    // The page's bar says it too (the SVG holds the number and the unit as two runs of text, right to left).
    QVERIFY(p.svgText.contains(QStringLiteral("كم")));
}

// Claimants and publishers: actors by any of their names, the bundled data set and Wikipedia in the language;
// names with no known form stay; English is untouched.
void TestPageLanguage::sourceNamesInTheLanguage()
{
    QCOMPARE(sourceNameIn(QStringLiteral("state TV"), Language::French), QStringLiteral("télévision d'Etat syrienne"));
    QCOMPARE(sourceNameIn(QStringLiteral("state TV"), Language::Arabic), QStringLiteral("التلفزيون السوري الرسمي"));
    QCOMPARE(sourceNameIn(QStringLiteral("AFP"), Language::French), QStringLiteral("AFP"));
    QCOMPARE(sourceNameIn(QStringLiteral("AFP"), Language::Arabic), QStringLiteral("وكالة فرانس برس"));
    QCOMPARE(sourceNameIn(QStringLiteral("Frontline data set (compiled from cited sources)"), Language::Arabic),
             QStringLiteral("مجموعة بيانات Frontline (مجمّعة من المصادر المذكورة)"));
    QCOMPARE(sourceNameIn(QStringLiteral("Al Arabiya; AFP"), Language::Arabic),
             QStringLiteral("Al Arabiya؛ وكالة فرانس برس"));
    QCOMPARE(sourceNameIn(QStringLiteral("state TV"), Language::English), QStringLiteral("state TV"));
    // The bundled credits: the map's own attribution in English, translated otherwise.
    QCOMPARE(geo::bundledDataCredits(Language::English), m_data->attribution);
    QCOMPARE(geo::dataCredits(m_data->attribution, Language::French), geo::bundledDataCredits(Language::French));
    QCOMPARE(geo::dataCredits(QStringLiteral("Other data"), Language::French), QStringLiteral("Other data"));
}

QTEST_MAIN(TestPageLanguage)
#include "test_page_language.moc"
