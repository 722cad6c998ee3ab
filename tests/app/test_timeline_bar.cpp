// The timeline as a new reader meets it: buttons drawn as icons (never font glyphs), month and year marks that do
// not run into each other, a date label that keeps the slider's length still, and at 1024x700 a long track and the
// whole date with its year.
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/timeline_bar.h"

#include "geo/core/date_text.h"

#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(geo::Language)

namespace {

const QDate kFirst(2019, 5, 1);
const QDate kLast(2020, 10, 19);
const QList<QDate> kChanges{kFirst, QDate(2019, 8, 21), QDate(2020, 2, 8), kLast};

QImage iconImage(const QIcon& icon)
{
    return icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
}

// The dates of the period whose "as of" text is the shortest and the longest in LANG.
std::pair<QDate, QDate> shortestAndLongest(geo::Language lang, const QFontMetrics& fm)
{
    QDate shortest = kFirst, longest = kFirst;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1)) {
        const int w = fm.horizontalAdvance(geo::asOfText(d, lang));
        if (w < fm.horizontalAdvance(geo::asOfText(shortest, lang)))
            shortest = d;
        if (w > fm.horizontalAdvance(geo::asOfText(longest, lang)))
            longest = d;
    }
    return {shortest, longest};
}

} // namespace

class TestTimelineBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void buttonsAreIconsNotGlyphs();
    void marksNameMonthsAndYearsWithoutOverlap_data();
    void marksNameMonthsAndYearsWithoutOverlap();
    void sliderKeepsItsLengthWhateverTheDate_data();
    void sliderKeepsItsLengthWhateverTheDate();
    void eventsOfTheDateAreListedBesideIt();
    void smallWindowKeepsALongTrackAndTheWholeDate_data();
    void smallWindowKeepsALongTrackAndTheWholeDate();
};

void TestTimelineBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-test-timeline");
}

void TestTimelineBar::buttonsAreIconsNotGlyphs()
{
    TimelineBar bar;
    bar.setChanges(kFirst, kLast, kChanges);
    bar.resize(1024, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QList<QToolButton*> buttons = bar.findChildren<QToolButton*>();
    QCOMPARE(buttons.size(), 4); // previous, play/pause, next, the date's changes
    for (const QToolButton* b : buttons) {
        QVERIFY2(!b->icon().isNull(), qPrintable(b->objectName()));
        QVERIFY2(b->text().isEmpty(), qPrintable(b->objectName() + ": " + b->text())); // no glyph to miss
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->objectName()));
    }
    // Play turns into pause while playing, and back.
    auto* play = bar.findChild<QToolButton*>(QStringLiteral("playPause"));
    QVERIFY(play);
    const QImage playImage = iconImage(bar.style()->standardIcon(QStyle::SP_MediaPlay));
    const QImage pauseImage = iconImage(bar.style()->standardIcon(QStyle::SP_MediaPause));
    QVERIFY(playImage != pauseImage);
    QCOMPARE(iconImage(play->icon()), playImage);
    bar.setDate(kFirst);
    bar.togglePlay();
    QVERIFY(bar.isPlaying());
    QCOMPARE(iconImage(play->icon()), pauseImage);
    bar.togglePlay();
    QCOMPARE(iconImage(play->icon()), playImage);
}

void TestTimelineBar::marksNameMonthsAndYearsWithoutOverlap_data()
{
    QTest::addColumn<geo::Language>("lang");
    QTest::addColumn<int>("width");
    for (const int width : {150, 300, 500, 700, 1000, 1500}) {
        QTest::addRow("fr %d", width) << geo::Language::French << width;
        QTest::addRow("en %d", width) << geo::Language::English << width;
        QTest::addRow("ar %d", width) << geo::Language::Arabic << width;
    }
}

void TestTimelineBar::marksNameMonthsAndYearsWithoutOverlap()
{
    QFETCH(geo::Language, lang);
    QFETCH(int, width);
    TimelineBar bar;
    bar.setLanguage(lang);
    bar.setChanges(kFirst, kLast, kChanges);
    const QList<TimelineBar::Mark> marks = bar.marks(width);
    QVERIFY(!marks.isEmpty());
    QFont bold = bar.font();
    bold.setBold(true);
    const QLocale locale(lang == geo::Language::French    ? QLocale::French
                         : lang == geo::Language::English ? QLocale::English
                                                          : QLocale::Arabic);
    int end = std::numeric_limits<int>::min();
    for (const TimelineBar::Mark& m : marks) {
        const int w = QFontMetrics(m.year ? bold : bar.font()).horizontalAdvance(m.text);
        QVERIFY2(m.x >= 0 && m.x + w <= width, qPrintable(m.text));
        QVERIFY2(m.x > end, qPrintable(QStringLiteral("%1 runs into the mark before it").arg(m.text)));
        end = m.x + w;
    }
    // The first mark names its year; January is a mark, and names the year too (unless the track is too short
    // for two marks).
    QVERIFY2(marks.first().year && marks.first().text.contains(QLatin1String("2019")), qPrintable(marks.first().text));
    if (width >= 300)
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const auto& m) { return m.year && m.text == "2020"; }));
    // The 1st of February 2020 sits where the track says; its name is the locale's short one.
    const int days = int(kFirst.daysTo(kLast));
    const int atFebruary = QStyle::sliderPositionFromValue(0, days, int(kFirst.daysTo(QDate(2020, 2, 1))), width);
    const auto february = std::find_if(marks.cbegin(), marks.cend(), [&](const auto& m) { return m.x == atFebruary; });
    if (february != marks.cend())
        QCOMPARE(february->text, locale.standaloneMonthName(2, QLocale::ShortFormat));
    // Wide enough, every month is marked (18 from May 2019 to October 2020), but perhaps the one the first mark
    // and its year push out.
    if (width >= 1000)
        QVERIFY2(marks.size() >= 17, qPrintable(QString::number(marks.size())));
    if (width >= 1500)
        QCOMPARE(marks.size(), 18);
}

void TestTimelineBar::sliderKeepsItsLengthWhateverTheDate_data()
{
    QTest::addColumn<geo::Language>("lang");
    QTest::newRow("fr") << geo::Language::French;
    QTest::newRow("en") << geo::Language::English;
    QTest::newRow("ar") << geo::Language::Arabic;
}

void TestTimelineBar::sliderKeepsItsLengthWhateverTheDate()
{
    QFETCH(geo::Language, lang);
    TimelineBar bar;
    bar.setLanguage(lang);
    bar.setChanges(kFirst, kLast, kChanges);
    bar.resize(800, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto* slider = bar.findChild<QSlider*>();
    auto* label = bar.findChild<QLabel*>(QStringLiteral("timelineDate"));
    QVERIFY(slider && label);
    const auto [shortest, longest] = shortestAndLongest(lang, label->fontMetrics());
    QVERIFY(shortest != longest);
    auto geometryAt = [&](QDate d) {
        bar.setDate(d);
        bar.layout()->activate();
        QCoreApplication::processEvents();
        return slider->geometry();
    };
    const QRect atShortest = geometryAt(shortest);
    const QRect atLongest = geometryAt(longest);
    QCOMPARE(atLongest, atShortest);
    // The longest date is whole in its label.
    QVERIFY2(label->contentsRect().width() >= label->fontMetrics().horizontalAdvance(bar.dateText()),
             qPrintable(bar.dateText()));
}

void TestTimelineBar::eventsOfTheDateAreListedBesideIt()
{
    TimelineBar bar;
    bar.setChanges(kFirst, kLast, kChanges);
    bar.setEventSource([](QDate d, geo::Language lang) {
        if (d != QDate(2020, 2, 8))
            return QStringList();
        return QStringList{lang == geo::Language::English ? "Saraqeb: opposition → government"
                                                          : "Saraqib : opposition → government",
                           "Afis: opposition → government"};
    });
    bar.resize(800, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto* button = bar.findChild<QToolButton*>(QStringLiteral("dateEvents"));
    QVERIFY(button && button->menu());
    auto* slider = bar.findChild<QSlider*>();
    const QRect sliderBefore = slider->geometry();
    bar.setDate(QDate(2019, 6, 15));
    QVERIFY(bar.events().isEmpty());
    QVERIFY(!button->isEnabled());
    bar.setDate(QDate(2020, 2, 8));
    QCOMPARE(bar.events().size(), 2);
    QVERIFY(button->isEnabled());
    QVERIFY(!button->icon().isNull());
    QCOMPARE(button->menu()->actions().size(), 2);
    QCOMPARE(button->menu()->actions().first()->text(), QStringLiteral("Saraqib : opposition → government"));
    QVERIFY2(button->toolTip().contains("Afis: opposition → government"), qPrintable(button->toolTip()));
    bar.layout()->activate();
    QCOMPARE(slider->geometry(), sliderBefore); // the button does not come and go
    bar.setLanguage(geo::Language::English);    // the lines follow the label language
    QCOMPARE(bar.events().first(), QStringLiteral("Saraqeb: opposition → government"));
}

void TestTimelineBar::smallWindowKeepsALongTrackAndTheWholeDate_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("minimumTrack");
    QTest::newRow("1024x700") << QSize(1024, 700) << 500;
    QTest::newRow("1600x1000") << QSize(1600, 1000) << 1000;
}

void TestTimelineBar::smallWindowKeepsALongTrackAndTheWholeDate()
{
    QFETCH(QSize, size);
    QFETCH(int, minimumTrack);
    QSettings().clear();
    QTemporaryDir storeDir;
    MainWindow window(storeDir.filePath("store.gpkg"));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineBar* bar = window.timelineBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isEnabled() && bar->date().isValid(), 60000); // the store's dates are in
    QCOMPARE(window.size(), size);
    for (const geo::Language lang : {geo::Language::French, geo::Language::English, geo::Language::Arabic}) {
        bar->setLanguage(lang);
        bar->setDate(QDate(2019, 9, 30)); // a long month name in every language
        window.layout()->activate();
        QCoreApplication::processEvents();
        auto* slider = bar->findChild<QSlider*>();
        auto* label = bar->findChild<QLabel*>(QStringLiteral("timelineDate"));
        QVERIFY(slider && label);
        QVERIFY2(slider->width() >= minimumTrack, qPrintable(QString::number(slider->width())));
        // The whole date, year included, inside the label and the label inside the window.
        QVERIFY(bar->dateText().contains(QLatin1String("2019")));
        QVERIFY2(label->contentsRect().width() >= label->fontMetrics().horizontalAdvance(bar->dateText()),
                 qPrintable(QStringLiteral("%1 px for %2").arg(label->contentsRect().width()).arg(bar->dateText())));
        const QRect inWindow(label->mapTo(&window, QPoint(0, 0)), label->size());
        QVERIFY2(window.rect().contains(inWindow), qPrintable(QStringLiteral("label at %1,%2 %3x%4")
                                                                  .arg(inWindow.x())
                                                                  .arg(inWindow.y())
                                                                  .arg(inWindow.width())
                                                                  .arg(inWindow.height())));
        QVERIFY(label->isVisible());
        // Month marks are drawn, with the years.
        const QList<TimelineBar::Mark> marks = bar->marks();
        QVERIFY(marks.size() >= 6);
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const auto& m) { return m.text == "2020"; }));
    }
    // The window tells what changed on a change date, and nothing on a quiet one.
    int dated = 0;
    for (const QDate& d : bar->changes()) {
        bar->setDate(d);
        dated += bar->events().isEmpty() ? 0 : 1;
    }
    QVERIFY2(dated > 0, "no change date lists what changed");
    bar->setDate(QDate(2019, 6, 15));
    QVERIFY(!bar->changes().contains(QDate(2019, 6, 15)));
    QVERIFY(bar->events().isEmpty());
}

QTEST_MAIN(TestTimelineBar)
#include "test_timeline_bar.moc"
