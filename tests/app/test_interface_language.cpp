// The window in French, English and Arabic: the system's locale picks the language, the menus say the
// translation of resources/translations, Arabic lays the window out right to left, the dates read as the page
// writes them, View > Interface language rebuilds the window in another language, and the map's labels follow the
// interface unless the user chose their language. The .ts files are complete and keep every placeholder.
#include "app/gui/article_session.h"
#include "app/gui/interface_language.h"
#include "app/gui/layers_panel.h"
#include "app/gui/legend_widget.h"
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "app/gui/timeline_bar.h"

#include "geo/core/date_text.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstdio>
#include <memory>

Q_DECLARE_METATYPE(geo::Language)

namespace {

QString tsPath(const QString& code)
{
    return QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/translations/frontline_%1.ts").arg(code);
}

struct TsMessage {
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList texts; // the translation, or its plural forms
};

// Every message of the .ts file of CODE (empty when it cannot be read); *LANGUAGE: its language attribute.
QList<TsMessage> readTs(const QString& code, QString* language = nullptr)
{
    QFile file(tsPath(code));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            if (language)
                *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append(m);
        } else if (name == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().texts << xml.readElementText();
        } else if (name == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().texts << xml.readElementText();
        }
    }
    return xml.hasError() ? QList<TsMessage>{} : messages;
}

// The translation of SOURCE in CONTEXT as the .ts file of CODE writes it (empty when it has none).
QString tsTranslation(const QString& code, const QString& context, const QString& source)
{
    for (const TsMessage& m : readTs(code))
        if (m.context == context && m.source == source && !m.texts.isEmpty())
            return m.texts.first();
    return {};
}

bool isArabicScript(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
}

// The placeholders %1..%99 of TEXT, sorted (a translation may reorder them, never drop or add one).
QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2})"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

QMenu* topMenu(MainWindow* window, int index)
{
    const QList<QAction*> actions = window->menuBar()->actions();
    return index < actions.size() ? actions[index]->menu() : nullptr;
}

// View > Interface language, found by its title in the language in use.
QMenu* interfaceMenu(MainWindow* window)
{
    QMenu* view = topMenu(window, 1);
    if (!view)
        return nullptr;
    const QString title = QCoreApplication::translate("MainWindow", "&Interface language");
    for (QAction* a : view->actions())
        if (a->menu() && a->text() == title)
            return a->menu();
    return nullptr;
}

} // namespace

class TestInterfaceLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theSystemLocaleChoosesTheLanguage_data();
    void theSystemLocaleChoosesTheLanguage();
    void theProcessLocaleChoosesTheLanguage_data();
    void theProcessLocaleChoosesTheLanguage();
    void arabicLaysTheWindowOutRightToLeft();
    void frenchMenusAndTheTimelineDate();
    void qtsOwnButtonsAreTranslated();
    void arabicNumbersUseTheDatesDigits();
    void switchingTheInterfaceRebuildsTheWindow();
    void labelsFollowTheInterfaceUnlessChosen_data();
    void labelsFollowTheInterfaceUnlessChosen();
    void translationsAreCompleteAndKeepPlaceholders_data();
    void translationsAreCompleteAndKeepPlaceholders();

private:
    MainWindow* openWindow(); // in m_window, once its map and control state are there
    bool waitForControl(MainWindow* window);
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_storeDir;
};

void TestInterfaceLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-interface-test");
}

void TestInterfaceLanguage::init()
{
    QSettings().clear();
    applyInterfaceLanguage(geo::Language::English);
    m_storeDir = std::make_unique<QTemporaryDir>();
}

void TestInterfaceLanguage::cleanup()
{
    m_window.reset();
    m_storeDir.reset();
    applyInterfaceLanguage(geo::Language::English);
}

bool TestInterfaceLanguage::waitForControl(MainWindow* window)
{
    for (int i = 0; i < 1200; ++i) {
        const QDate date = window->timelineBar()->date();
        const auto control = window->mapView()->settings().control;
        if (date.isValid() && control && control->snapshot.date == date && !window->articleSession()->isBusy())
            return true;
        QTest::qWait(50);
    }
    return false;
}

MainWindow* TestInterfaceLanguage::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_storeDir->filePath("store.gpkg"));
    m_window->resize(1100, 750);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !waitForControl(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestInterfaceLanguage::theSystemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<geo::Language>("expected");
    QTest::newRow("fr_FR") << "fr_FR" << QString() << geo::Language::French;
    QTest::newRow("fr_CA") << "fr_CA" << QString() << geo::Language::French;
    QTest::newRow("ar_SY") << "ar_SY" << QString() << geo::Language::Arabic;
    QTest::newRow("ar_EG") << "ar_EG" << QString() << geo::Language::Arabic;
    QTest::newRow("en_US") << "en_US" << QString() << geo::Language::English;
    QTest::newRow("de_DE") << "de_DE" << QString() << geo::Language::English;
    QTest::newRow("C") << "C" << QString() << geo::Language::English;
    QTest::newRow("saved over the system") << "ar_SY"
                                           << "fr" << geo::Language::French;
    QTest::newRow("saved English") << "fr_FR"
                                   << "en" << geo::Language::English;
}

void TestInterfaceLanguage::theSystemLocaleChoosesTheLanguage()
{
    QFETCH(QString, system);
    QFETCH(QString, saved);
    QFETCH(geo::Language, expected);
    saveInterfaceLanguage(saved);
    QCOMPARE(savedInterfaceLanguage(), saved);
    QCOMPARE(chosenInterfaceLanguage(QLocale(system)), expected);
}

void TestInterfaceLanguage::theProcessLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected"); // the language chosen and the layout direction applied
    QTest::newRow("ar_SY") << "ar_SY.UTF-8"
                           << "ar rtl";
    QTest::newRow("fr_FR") << "fr_FR.UTF-8"
                           << "fr ltr";
    QTest::newRow("en_GB") << "en_GB.UTF-8"
                           << "en ltr";
    QTest::newRow("C") << "C.UTF-8"
                       << "en ltr";
}

// This test program again, with LANG and LC_ALL set as a user's session sets them: it says what it chose (main).
void TestInterfaceLanguage::theProcessLocaleChoosesTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("FRONTLINE_SAY_LANGUAGE"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(), expected);
}

void TestInterfaceLanguage::arabicLaysTheWindowOutRightToLeft()
{
    QVERIFY(applyInterfaceLanguage(chosenInterfaceLanguage(QLocale(QStringLiteral("ar_SY")))));
    QCOMPARE(interfaceLanguage(), geo::Language::Arabic);
    MainWindow* window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window->timelineBar()->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window->mapView()->layoutDirection(), Qt::LeftToRight); // the map itself is never mirrored
    // Every menu of the bar says the .ts file's Arabic.
    const QStringList sources{"&File", "&View", "&Help"};
    for (int i = 0; i < sources.size(); ++i) {
        QMenu* menu = topMenu(window, i);
        QVERIFY(menu);
        const QString expected = tsTranslation("ar", "MainWindow", sources[i]);
        QVERIFY2(!expected.isEmpty() && isArabicScript(expected), qPrintable(sources[i]));
        QCOMPARE(menu->title(), expected);
        QVERIFY(menu->title() != sources[i]);
        QCOMPARE(QCoreApplication::translate("MainWindow", qPrintable(sources[i])), expected);
    }
    QVERIFY(interfaceMenu(window));
    // The timeline's date as the page writes it in Arabic, digits included.
    const QDate date = window->timelineBar()->date();
    QCOMPARE(date, QDate(2020, 2, 8));
    QCOMPARE(window->timelineBar()->dateText(), geo::asOfText(date, geo::Language::Arabic));
    QVERIFY2(window->timelineBar()->dateText().contains(QLatin1String("2020")),
             qPrintable(window->timelineBar()->dateText()));
    // The layers panel names every bundled layer in Arabic (it listed "Towns and villages", "Coastline"...).
    auto* layers = window->findChild<LayersPanel*>();
    QVERIFY(layers);
    auto* list = layers->findChild<QListWidget*>();
    QVERIFY(list && list->count() >= 8);
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        QVERIFY2(isArabicScript(text), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Towns")) && !text.contains(QLatin1String("observation")),
                 qPrintable(text));
    }
}

void TestInterfaceLanguage::frenchMenusAndTheTimelineDate()
{
    QVERIFY(applyInterfaceLanguage(chosenInterfaceLanguage(QLocale(QStringLiteral("fr_FR")))));
    MainWindow* window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
    const QString file = tsTranslation("fr", "MainWindow", "&File");
    QVERIFY(!file.isEmpty() && file != QLatin1String("&File"));
    QCOMPARE(topMenu(window, 0)->title(), file);
    QCOMPARE(topMenu(window, 1)->title(), tsTranslation("fr", "MainWindow", "&View"));
    // The panels too: the posts' list header, the timeline's buttons.
    const QDate date = window->timelineBar()->date();
    QVERIFY(date.isValid());
    QCOMPARE(window->timelineBar()->dateText(), geo::asOfText(date, geo::Language::French));
    QCOMPARE(window->timelineBar()->dateText(), QStringLiteral("au 8 février 2020"));
    // The legend panel speaks the interface's language.
    QVERIFY2(window->legend()->rowTexts().join('\n').contains(QStringLiteral("Gouvernement")),
             qPrintable(window->legend()->rowTexts().join('\n')));
}

void TestInterfaceLanguage::qtsOwnButtonsAreTranslated()
{
    // Qt's own translation, from the system's Qt (Debian: qt6-translations-l10n), as it translates itself.
    QTranslator reference;
    QVERIFY2(reference.load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_fr.qm is missing: install qt6-translations-l10n (scripts/deps.sh)");
    const QString cancel = reference.translate("QPlatformTheme", "Cancel");
    QVERIFY(!cancel.isEmpty() && cancel != QLatin1String("Cancel"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QVERIFY(applyInterfaceLanguage(geo::Language::French));
    QDialogButtonBox french(QDialogButtonBox::Cancel);
    QCOMPARE(french.button(QDialogButtonBox::Cancel)->text(), cancel);
    // Back to English: the translators of French are gone.
    QVERIFY(applyInterfaceLanguage(geo::Language::English));
    QDialogButtonBox again(QDialogButtonBox::Cancel);
    QCOMPARE(again.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void TestInterfaceLanguage::arabicNumbersUseTheDatesDigits()
{
    // The page's date, the window's date and the window's other numbers all write 0-9.
    const QString page = geo::asOfText(QDate(2020, 2, 8), geo::Language::Arabic);
    QVERIFY2(page.contains(QLatin1String("8 ")) && page.contains(QLatin1String("2020")), qPrintable(page));
    QVERIFY(applyInterfaceLanguage(geo::Language::Arabic));
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().toString(2020), QLocale().toString(2020).toLatin1()); // no ٠-٩
    QVERIFY2(QLocale().toString(8) == QLatin1String("8"), qPrintable(QLocale().toString(8)));
    QCOMPARE(QLocale().zeroDigit(), geo::dateLocale(geo::Language::Arabic).zeroDigit());
    QCOMPARE(QLocale().toString(QTime(14, 2), QStringLiteral("HH:mm")), QStringLiteral("14:02"));
}

void TestInterfaceLanguage::switchingTheInterfaceRebuildsTheWindow()
{
    QVERIFY(applyInterfaceLanguage(chosenInterfaceLanguage(QLocale(QStringLiteral("ar_SY")))));
    MainWindow* window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->mapView()->settings().labelLanguage, geo::Language::Arabic);
    window->timelineBar()->setDate(QDate(2020, 1, 29));
    QVERIFY(waitForControl(window));
    window->mapView()->zoomBy(2);
    const QRectF extent = window->mapView()->viewport().mapRect();

    QMenu* menu = interfaceMenu(window);
    QVERIFY(menu);
    QAction* english = nullptr;
    for (QAction* a : menu->actions())
        if (a->property("interfaceLanguage").toString() == QLatin1String("en"))
            english = a;
    QVERIFY(english);
    QCOMPARE(english->text(), QStringLiteral("&English")); // each language named in itself
    QSignalSpy replaced(window, &MainWindow::replaced);
    english->trigger();
    QCOMPARE(replaced.size(), 1);
    auto* next = replaced.first().first().value<MainWindow*>();
    QVERIFY(next && next != window);
    std::unique_ptr<MainWindow> owned(next);
    QTRY_VERIFY(!window->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(next));
    QVERIFY(waitForControl(next));

    QCOMPARE(interfaceLanguage(), geo::Language::English);
    QCOMPARE(savedInterfaceLanguage(), QStringLiteral("en"));
    QCOMPARE(next->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(topMenu(next, 0)->title(), QStringLiteral("&File"));
    QCOMPARE(topMenu(next, 1)->title(), QStringLiteral("&View"));
    // The same state: date, view, store; the labels, never chosen, follow the interface into English.
    QCOMPARE(next->timelineBar()->date(), QDate(2020, 1, 29));
    QCOMPARE(next->timelineBar()->dateText(), geo::asOfText(QDate(2020, 1, 29), geo::Language::English));
    QTRY_COMPARE(next->mapView()->viewport().center(), window->mapView()->viewport().center());
    QCOMPARE(next->mapView()->viewport().unitsPerPixel(), window->mapView()->viewport().unitsPerPixel());
    QVERIFY(next->mapView()->viewport().mapRect().intersects(extent));
    QCOMPARE(next->articleSession()->storePath(), m_storeDir->filePath("store.gpkg"));
    QCOMPARE(next->mapView()->settings().labelLanguage, geo::Language::English);
    QVERIFY(!next->labelLanguageChosen());
    // The menu checks the new choice.
    QMenu* nextMenu = interfaceMenu(next);
    QVERIFY(nextMenu);
    for (QAction* a : nextMenu->actions())
        QCOMPARE(a->isChecked(), a->property("interfaceLanguage").toString() == QLatin1String("en"));

    // A label language the user chose stays when the interface changes.
    next->setLabelLanguage(geo::Language::Arabic);
    QSignalSpy replacedAgain(next, &MainWindow::replaced);
    for (QAction* a : nextMenu->actions())
        if (a->property("interfaceLanguage").toString() == QLatin1String("fr"))
            a->trigger();
    QCOMPARE(replacedAgain.size(), 1);
    std::unique_ptr<MainWindow> third(replacedAgain.first().first().value<MainWindow*>());
    QVERIFY(waitForControl(third.get()));
    QCOMPARE(topMenu(third.get(), 0)->title(), tsTranslation("fr", "MainWindow", "&File"));
    QCOMPARE(third->mapView()->settings().labelLanguage, geo::Language::Arabic);
    QVERIFY(third->labelLanguageChosen());
    owned.reset();
}

void TestInterfaceLanguage::labelsFollowTheInterfaceUnlessChosen_data()
{
    QTest::addColumn<geo::Language>("lang");
    QTest::newRow("fr") << geo::Language::French;
    QTest::newRow("en") << geo::Language::English;
    QTest::newRow("ar") << geo::Language::Arabic;
}

void TestInterfaceLanguage::labelsFollowTheInterfaceUnlessChosen()
{
    QFETCH(geo::Language, lang);
    QVERIFY(applyInterfaceLanguage(lang));
    MainWindow* window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->mapView()->settings().labelLanguage, lang);
    QCOMPARE(window->timelineBar()->dateText(), geo::asOfText(window->timelineBar()->date(), lang));
    QVERIFY(!window->labelLanguageChosen());
    // Not chosen, nothing is kept: the next start follows the interface again.
    window->close();
    QVERIFY(!QSettings().contains(QStringLiteral("map/labelLanguageChoice")));
    // Chosen, it is kept and wins over the interface at the next start.
    const geo::Language other = lang == geo::Language::English ? geo::Language::French : geo::Language::English;
    window->show();
    window->setLabelLanguage(other);
    window->close();
    QCOMPARE(QSettings().value(QStringLiteral("map/labelLanguageChoice")).toString(), geo::languageCode(other));
    MainWindow again(m_storeDir->filePath("store.gpkg"));
    QCOMPARE(again.mapView()->settings().labelLanguage, other);
    QVERIFY(again.labelLanguageChosen());
}

void TestInterfaceLanguage::translationsAreCompleteAndKeepPlaceholders_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("fr") << "fr";
    QTest::newRow("ar") << "ar";
}

void TestInterfaceLanguage::translationsAreCompleteAndKeepPlaceholders()
{
    QFETCH(QString, code);
    QString language;
    const QList<TsMessage> messages = readTs(code, &language);
    QCOMPARE(language.left(2), code);
    QVERIFY2(messages.size() > 150, qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 (%2)").arg(where, m.type);
        if (m.texts.isEmpty())
            problems << where + QStringLiteral(" (no translation)");
        for (const QString& text : m.texts) {
            if (text.trimmed().isEmpty())
                problems << where + QStringLiteral(" (empty)");
            else if (placeholders(text) != placeholders(m.source))
                problems << QStringLiteral("%1 (placeholders %2 in \"%3\")")
                                .arg(where, placeholders(text).join(QLatin1Char(',')), text);
            if (code == QLatin1String("ar") && m.source.contains(QLatin1Char('&')) &&
                !text.startsWith(QLatin1Char('&')))
                problems << where + QStringLiteral(" (a shortcut marker inside an Arabic word breaks its letters)");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true); // as QTEST_MAIN
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet("FRONTLINE_SAY_LANGUAGE")) {
        // As the window's main does at start, with no saved choice: what the locale of the environment gives.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("FrontlineTest");
        QCoreApplication::setApplicationName("frontline-interface-child");
        QSettings().clear();
        const geo::Language lang = chosenInterfaceLanguage();
        applyInterfaceLanguage(lang);
        std::printf("%s %s\n", qPrintable(geo::languageCode(lang)),
                    QGuiApplication::layoutDirection() == Qt::RightToLeft ? "rtl" : "ltr");
        return 0;
    }
    TestInterfaceLanguage test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_interface_language.moc"
