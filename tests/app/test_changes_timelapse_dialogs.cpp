// View > What changed since… and File > Export time-lapse…, driven in the window as a user drives them: the list of
// places that changed hands is the one frontline-cli changes gives for the same dates (its CSV the same bytes),
// a row moves the window to its date and rings the place; the time-lapse writes the frames frontline-cli
// timelapse writes for the same options, byte for byte, and a cancel leaves only whole frames behind.
#include "app/gui/article_session.h"
#include "app/gui/changes_dialog.h"
#include "app/gui/main_window.h"
#include "app/gui/map_session.h"
#include "app/gui/map_view.h"
#include "app/gui/timelapse_dialog.h"
#include "app/gui/timeline_bar.h"

#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using frontline::test::CliRun;

class TestChangesTimelapseDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void changesListTheCommandLinesRows();
    void clickingARowMovesTheWindow();
    void timelapseWritesTheCommandLinesFrames();
    void cancelLeavesOnlyWholeFrames();
    void gifWhenAskedAndFfmpegIsThere();
    void framesOfALongerRunAreNotMixedIn();

private:
    bool waitForArticles();
    CliRun cli(const QStringList& args) const;
    static QStringList folderEntries(const QString& folder); // hidden files too

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestChangesTimelapseDialogs::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit()); // the dialogs' default folders are made there
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-lapse-dialogs-test");
}

void TestChangesTimelapseDialogs::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("store.gpkg"));
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->resize(1100, 750);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(waitForArticles());
}

void TestChangesTimelapseDialogs::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

// As main() does: a frame a cancel abandoned finishes on the pool before the application object goes.
void TestChangesTimelapseDialogs::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

bool TestChangesTimelapseDialogs::waitForArticles()
{
    // The map loads, then the store (seeded with the bundled articles) and the timeline built from it.
    for (int i = 0; i < 1200; ++i) {
        if (m_window->session()->data() && m_window->articleSession()->timeline() &&
            !m_window->timelineBar()->changes().isEmpty() && !m_window->articleSession()->isBusy())
            return true;
        QTest::qWait(50);
    }
    return false;
}

CliRun TestChangesTimelapseDialogs::cli(const QStringList& args) const
{
    frontline::test::CliRunner runner(QStringLiteral(FRONTLINE_CLI), m_dir->filePath(QStringLiteral("xdg")));
    runner.setTimeoutMs(240000);
    return runner.run(args + QStringList{QStringLiteral("--store"), m_store});
}

QStringList TestChangesTimelapseDialogs::folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void TestChangesTimelapseDialogs::changesListTheCommandLinesRows()
{
    const QDate since(2020, 1, 1), date(2020, 2, 8);
    m_window->timelineBar()->setDate(date);
    QCOMPARE(m_window->timelineBar()->date(), date);
    ChangesDialog* dialog = m_window->showChangesDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->until(), date);
    QCOMPARE(dialog->since(), date.addMonths(-1)); // a month before the window's date
    dialog->setSince(since);

    // The places geo says changed hands, each listed (Saraqeb among them in the bundled articles).
    const QList<geo::ControlChange> changes = m_window->articleSession()->timeline()->changesBetween(since, date);
    QVERIFY(!changes.isEmpty());
    QSet<QString> expected, listed;
    for (const geo::ControlChange& c : changes)
        expected << c.placeId;
    const QList<geo::ChangeRow> rows = dialog->rows();
    QCOMPARE(dialog->table()->rowCount(), rows.size());
    const auto catalog = m_window->articleSession()->catalog();
    const geo::Language lang = m_window->mapView()->settings().labelLanguage;
    for (int i = 0; i < rows.size(); ++i) {
        listed << rows[i].placeId;
        QCOMPARE(dialog->table()->item(i, 0)->text(), catalog->name(rows[i].placeId, lang));
        QVERIFY2(dialog->table()->item(i, 1)->text().contains(rows[i].after, Qt::CaseInsensitive),
                 qPrintable(rows[i].after));
    }
    QCOMPARE(listed, expected);
    QVERIFY(dialog->summaryText().contains(QString::number(changes.size())));

    // frontline-cli changes for the same dates and language: the same bytes as Save as CSV writes.
    const QString cliCsv = m_dir->filePath(QStringLiteral("cli.csv"));
    const CliRun r = cli({QStringLiteral("changes"), QStringLiteral("--from"), since.toString(Qt::ISODate),
                          QStringLiteral("--to"), date.toString(Qt::ISODate), QStringLiteral("--lang"),
                          geo::languageCode(lang), QStringLiteral("--out"), cliCsv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile cliFile(cliCsv);
    QVERIFY(cliFile.open(QIODevice::ReadOnly));
    const QByteArray cliBytes = cliFile.readAll();
    QCOMPARE(dialog->csv(), cliBytes);
    const QString saved = m_dir->filePath(QStringLiteral("saved.csv"));
    QString error;
    QVERIFY2(dialog->saveCsv(saved, &error), qPrintable(error));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(savedFile.readAll(), cliBytes);
    // Nothing but the file beside it: the temporary was renamed.
    QCOMPARE(folderEntries(m_dir->path()).filter(QStringLiteral("saved")), QStringList{QStringLiteral("saved.csv")});

    // A "since" after the end lists nothing, and says why.
    dialog->setSince(date.addDays(1));
    QCOMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(!dialog->summaryText().isEmpty());
}

void TestChangesTimelapseDialogs::clickingARowMovesTheWindow()
{
    const QDate date(2020, 2, 8);
    m_window->timelineBar()->setDate(date);
    ChangesDialog* dialog = m_window->showChangesDialog();
    dialog->setSince(QDate(2020, 1, 1));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // A row whose claim is dated before the window's date: clicking it must move the window.
    int row = -1;
    for (int i = 0; i < dialog->rows().size() && row < 0; ++i)
        if (dialog->rows()[i].date.isValid() && dialog->rows()[i].date != date)
            row = i;
    QVERIFY2(row >= 0, "no change dated before 2020-02-08 in the bundled articles");
    const geo::ChangeRow wanted = dialog->rows()[row];
    QTableWidget* table = dialog->table();
    table->scrollToItem(table->item(row, 2));
    const QRect cell = table->visualItemRect(table->item(row, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->timelineBar()->date(), wanted.date);
    QCOMPARE(m_window->mapView()->settings().highlightPlaceId, wanted.placeId);
    QVERIFY(m_window->clearHighlightAction()->isEnabled());
    // The map then shows who held what on that date.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mapView()->settings().control &&
                                 m_window->mapView()->settings().control->snapshot.date == wanted.date,
                             30000);
}

void TestChangesTimelapseDialogs::timelapseWritesTheCommandLinesFrames()
{
    const QDate from(2020, 2, 1), to(2020, 2, 12);
    TimelapseDialog* dialog = m_window->showTimelapseDialog();
    QVERIFY(dialog);
    dialog->setRange(from, to);
    dialog->setStepDays(0);
    dialog->setCustomSize(QSize(800, 500));
    dialog->setLanguage(geo::Language::English);
    dialog->setExtent(TimelapseDialog::Extent::Home);
    const QString guiDir = m_dir->filePath(QStringLiteral("gui-frames"));
    dialog->setOutputFolder(guiDir);
    const QList<QDate> dates = geo::timelapseDates(*m_window->articleSession()->timeline(), from, to, /*stepDays=*/0);
    QVERIFY(dates.size() >= 2);
    QCOMPARE(dialog->frameDates(), dates);

    QSignalSpy finished(dialog, &TimelapseDialog::finished);
    dialog->start();
    QVERIFY(dialog->isRunning());
    QVERIFY(finished.wait(240000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(!dialog->isRunning());
    QCOMPARE(dialog->progressValue(), 100);
    // It says where the files went.
    QVERIFY2(dialog->statusText().contains(QDir::toNativeSeparators(guiDir)), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->writtenFrames().size(), dates.size());

    const QString cliDir = m_dir->filePath(QStringLiteral("cli-frames"));
    const CliRun r =
        cli({QStringLiteral("timelapse"), QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
             to.toString(Qt::ISODate), QStringLiteral("--out-dir"), cliDir, QStringLiteral("--size"),
             QStringLiteral("800x500"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList names = folderEntries(cliDir);
    QCOMPARE(names.size(), dates.size());
    QCOMPARE(folderEntries(guiDir), names);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(names[i], geo::timelapseFrameName(i));
        QCOMPARE(dialog->writtenFrames()[i].date, dates[i]);
        QFile a(QDir(guiDir).filePath(names[i])), b(QDir(cliDir).filePath(names[i]));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray guiBytes = a.readAll(), cliBytes = b.readAll();
        if (guiBytes != cliBytes) {
            // Kept for a look: what each wrote, beside the test binary.
            QFile::copy(a.fileName(), QStringLiteral("timelapse-window-") + names[i]);
            QFile::copy(b.fileName(), QStringLiteral("timelapse-cli-") + names[i]);
        }
        QVERIFY2(guiBytes == cliBytes,
                 qPrintable(names[i] + QStringLiteral(": the window and the command line wrote "
                                                      "different PNGs (kept as timelapse-window-"
                                                      "* and timelapse-cli-* in the test's folder)")));
        QImageReader reader(a.fileName());
        QCOMPARE(reader.size(), QSize(800, 500));
    }
}

void TestChangesTimelapseDialogs::cancelLeavesOnlyWholeFrames()
{
    TimelapseDialog* dialog = m_window->showTimelapseDialog();
    dialog->setRange(QDate(2020, 1, 1), QDate(2020, 3, 31));
    dialog->setStepDays(1); // 91 frames: far more than are drawn before the cancel
    dialog->setCustomSize(QSize(800, 500));
    const QString folder = m_dir->filePath(QStringLiteral("cancelled"));
    dialog->setOutputFolder(folder);
    const int total = int(dialog->frameDates().size());
    QCOMPARE(total, 91);

    QSignalSpy finished(dialog, &TimelapseDialog::finished);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->framesWritten() >= 1, 120000);
    dialog->cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
    QVERIFY(!dialog->isRunning());

    const QList<geo::TimelapseFrame> frames = dialog->writtenFrames();
    QVERIFY(!frames.isEmpty());
    QVERIFY(frames.size() < total);
    // Only the frames it reports, each a whole PNG: no temporary, no half-written frame.
    QStringList expected;
    for (int i = 0; i < frames.size(); ++i)
        expected << geo::timelapseFrameName(i);
    QCOMPARE(folderEntries(folder), expected);
    for (const QString& name : expected) {
        QImageReader reader(QDir(folder).filePath(name));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(name + QStringLiteral(": ") + reader.errorString()));
        QCOMPARE(image.size(), QSize(800, 500));
    }
    QVERIFY2(dialog->statusText().contains(QDir::toNativeSeparators(folder)), qPrintable(dialog->statusText()));
}

// The GIF is made by ffmpeg, run only when the box is ticked; here a stand-in on PATH that writes a GIF header
// where it is told to (ffmpeg itself is optional and may be missing).
void TestChangesTimelapseDialogs::gifWhenAskedAndFfmpegIsThere()
{
    const QString bin = m_dir->filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    QFile script(QDir(bin).filePath(QStringLiteral("ffmpeg")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nfor last; do :; done\nprintf GIF89a > \"$last\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.toLocal8Bit());
    TimelapseDialog* dialog = m_window->showTimelapseDialog();
    qputenv("PATH", path);
    QVERIFY(dialog->gifAvailable());
    dialog->setRange(QDate(2020, 2, 4), QDate(2020, 2, 9));
    dialog->setCustomSize(QSize(800, 500));
    const QString folder = m_dir->filePath(QStringLiteral("gif"));
    dialog->setOutputFolder(folder);
    dialog->setGif(true);
    QSignalSpy finished(dialog, &TimelapseDialog::finished);
    dialog->start();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    const QString gif = QDir(folder).filePath(QStringLiteral("timelapse.gif"));
    QFile f(gif);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(6), QByteArray("GIF89a"));
    QVERIFY2(dialog->statusText().contains(QDir::toNativeSeparators(gif)), qPrintable(dialog->statusText()));
}

// Frames of a longer run left in the folder would play on after the new ones: a shorter run there is refused
// before anything is written; a run as long or longer replaces them.
void TestChangesTimelapseDialogs::framesOfALongerRunAreNotMixedIn()
{
    const QString folder = m_dir->filePath(QStringLiteral("reused"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 3; ++i) {
        QFile old(QDir(folder).filePath(geo::timelapseFrameName(i)));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier frame");
    }
    TimelapseDialog* dialog = m_window->showTimelapseDialog();
    dialog->setCustomSize(QSize(800, 500));
    dialog->setOutputFolder(folder);
    dialog->setStepDays(1);
    dialog->setRange(QDate(2020, 2, 7), QDate(2020, 2, 8)); // two frames
    QSignalSpy finished(dialog, &TimelapseDialog::finished);
    dialog->start();
    QCOMPARE(finished.size(), 1); // refused at once
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!dialog->isRunning());
    QVERIFY2(dialog->statusText().contains(geo::timelapseFrameName(2)), qPrintable(dialog->statusText()));
    QFile untouched(QDir(folder).filePath(geo::timelapseFrameName(0)));
    QVERIFY(untouched.open(QIODevice::ReadOnly));
    QCOMPARE(untouched.readAll(), QByteArray("an earlier frame"));

    dialog->setRange(QDate(2020, 2, 6), QDate(2020, 2, 8)); // three frames: the old ones are replaced
    finished.clear();
    dialog->start();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QImageReader(QDir(folder).filePath(geo::timelapseFrameName(i))).size(), QSize(800, 500));
}

QTEST_MAIN(TestChangesTimelapseDialogs)
#include "test_changes_timelapse_dialogs.moc"
