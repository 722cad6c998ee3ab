// File > Export snapshot…: the dialog writes the page the presets promise, the same bytes as the command line
// for the same request, previews it, cancels a render in progress within half a second and fails without
// leaving anything behind, and remembers its settings. The timeline's "as of" says what the page says. On a new
// account the first export lands where the dialog says; the size fields and the suggested file name follow the
// preset; the preview is large and grows with the dialog.
#include "app/gui/export_dialog.h"
#include "app/gui/timeline_bar.h"

#include "geo/articles/article_reader.h"
#include "geo/control/dated_control.h"
#include "geo/data/map_data_loader.h"
#include "geo/control/post_timeline.h"
#include "geo/export/export_texts.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QProcess>
#include <QImageReader>
#include <QLabel>
#include <QSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void webPngHasThePresetSize();
    void previewFollowsTheLanguage();
    void cancelLeavesNoFile();
    void sameRequestSameBytesAsTheCommandLine();
    void cancelStopsAnA3RenderWithinHalfASecond();
    void closingDuringAnExportDoesNotWait();
    void badgeSaysWhatThePageSays_data();
    void badgeSaysWhatThePageSays();
    void unwritablePathShowsAnError();
    void settingsPersist();
    void firstExportOnANewAccount();
    void picturesThatCannotBeMadeFallBackToDocuments();
    void sizeFieldsFollowThePreset_data();
    void sizeFieldsFollowThePreset();
    void socialPngIsSquare();
    void fileNameFollowsThePreset();
    void previewIsLargeAndGrows();

private:
    // Exports one Web PNG to the path the dialog suggests; true when it is written there.
    static bool exportToTheSuggestedPath(ExportDialog& dialog);
    std::unique_ptr<ExportDialog> makeDialog();
    static bool waitForPreview(ExportDialog& dialog, QSignalSpy& spy);
    // Starts a 300 dpi A3 PNG export to PATH; true once its frame's render has begun (the exporter reports
    // 10 % just before it) and the export is still running.
    static bool startA3Render(ExportDialog& dialog, const QString& path);

    std::shared_ptr<const geo::MapData> m_data;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    QList<geo::Article> m_articles;
    geo::RenderSettings m_settings;
    QDate m_date{2020, 2, 8};
    QTemporaryDir m_home; // HOME for the whole run: the dialog creates folders there, never in the real home
};

namespace {

// HOME and the XDG folders pointing inside a fresh folder, as on a new account; restored when it goes.
class NewAccount {
public:
    NewAccount()
    {
        for (const char* name : kNames)
            m_saved.append(qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        const QString home = m_dir.path();
        qputenv("HOME", home.toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toLocal8Bit());
    }
    ~NewAccount()
    {
        for (int i = 0; i < kNames.size(); ++i)
            m_saved[i] ? qputenv(kNames[i], *m_saved[i]) : qunsetenv(kNames[i]);
    }
    QString home() const { return m_dir.path(); }

private:
    static inline const QList<const char*> kNames{"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"};
    QTemporaryDir m_dir;
    QList<std::optional<QByteArray>> m_saved;
};

} // namespace

// As main() does: a render a cancel abandoned paints with Qt Gui until it ends, and must end before the
// application object goes.
void TestExportDialog::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

void TestExportDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("FrontlineTest");
    QCoreApplication::setApplicationName("frontline-export-dialog-test");
    QString error;
    m_data = geo::loadBundledMap(geo::DisplayCrs::WebMercator, &error);
    QVERIFY2(m_data, qPrintable(error));
    auto catalog = geo::EntityCatalog::loadBundled(m_data->places, &error);
    QVERIFY2(catalog, qPrintable(error));
    m_catalog = std::make_shared<const geo::EntityCatalog>(std::move(*catalog));
    for (const QString& folder : {QStringLiteral(":/articles"), QStringLiteral(":/articles/history")}) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.geojson")}, QDir::Files)) {
            const auto read = geo::ArticleReader::read(dir.filePath(name), {});
            QVERIFY2(read.ok(), qPrintable(dir.filePath(name)));
            m_articles.append(*read.article);
        }
    }
    QVERIFY(!m_articles.isEmpty());
    m_timeline = std::make_shared<const geo::ControlTimeline>(m_articles);
    const geo::PostTimeline posts(m_data->posts, m_articles);
    m_settings.viewport = geo::Viewport(QPointF(), 1000, QSize(1000, 700));
    m_settings.viewport.fit(geo::homeExtent(*m_data), 10);
    m_settings.control = geo::controlOverlayAt(*m_timeline, &posts, *m_catalog, m_date, m_data->crs);
    QVERIFY(m_settings.control);
}

void TestExportDialog::init()
{
    QSettings().clear();
}

std::unique_ptr<ExportDialog> TestExportDialog::makeDialog()
{
    return std::make_unique<ExportDialog>(m_data, m_settings, m_timeline, m_articles, m_catalog,
                                          geo::Gazetteer(m_data->places), m_date);
}

bool TestExportDialog::waitForPreview(ExportDialog& dialog, QSignalSpy& spy)
{
    Q_UNUSED(dialog);
    return spy.wait(60000);
}

bool TestExportDialog::startA3Render(ExportDialog& dialog, const QString& path)
{
    dialog.setPreset(ExportDialog::Preset::PrintA3);
    dialog.setFormat(geo::ExportFormat::Png);
    dialog.setOutputPath(path);
    dialog.startExport();
    return QTest::qWaitFor([&] { return dialog.progressValue() >= 10 || !dialog.isExporting(); }, 60000) &&
           dialog.isExporting();
}

void TestExportDialog::webPngHasThePresetSize()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    dialog->setPreset(ExportDialog::Preset::Web);
    dialog->setFormat(geo::ExportFormat::Png);
    const QString path = dir.filePath(QStringLiteral("web.png"));
    dialog->setOutputPath(path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(dialog->isExporting());
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog->statusText()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QImageReader(path).size(), QSize(1200, 675));
}

void TestExportDialog::previewFollowsTheLanguage()
{
    auto dialog = makeDialog();
    QSignalSpy spy(dialog.get(), &ExportDialog::previewUpdated);
    dialog->setLanguage(geo::Language::French);
    QVERIFY(waitForPreview(*dialog, spy));
    const QImage french = dialog->previewImage();
    QVERIFY(!french.isNull());
    spy.clear();
    dialog->setLanguage(geo::Language::English);
    QVERIFY(waitForPreview(*dialog, spy));
    const QImage english = dialog->previewImage();
    QVERIFY(!english.isNull());
    QVERIFY(english != french);
}

void TestExportDialog::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    dialog->setPreset(ExportDialog::Preset::PrintA4);
    dialog->setFormat(geo::ExportFormat::Png);
    const QString path = dir.filePath(QStringLiteral("a4.png"));
    dialog->setOutputPath(path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    dialog->cancelExport(); // the export stops at its first progress report
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(dialog->statusText().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExportDialog::unwritablePathShowsAnError()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    dialog->setPreset(ExportDialog::Preset::Web);
    dialog->setFormat(geo::ExportFormat::Png);
    dialog->setOutputPath(dir.filePath(QStringLiteral("no/such/folder/map.png")));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    if (finished.isEmpty())
        QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!dialog->statusText().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestExportDialog::settingsPersist()
{
    {
        auto dialog = makeDialog();
        dialog->setPreset(ExportDialog::Preset::Social);
        dialog->setFormat(geo::ExportFormat::Pdf);
        dialog->setLanguage(geo::Language::Arabic);
        dialog->setExtent(ExportDialog::Extent::NamedPlace, QStringLiteral("Saraqeb"));
    }
    auto second = makeDialog();
    QCOMPARE(second->preset(), ExportDialog::Preset::Social);
    QCOMPARE(second->format(), geo::ExportFormat::Pdf);
    QCOMPARE(second->language(), geo::Language::Arabic);
    QCOMPARE(second->extent(), ExportDialog::Extent::NamedPlace);
    QVERIFY(second->outputPath().endsWith(QStringLiteral(".pdf")));
}

void TestExportDialog::sameRequestSameBytesAsTheCommandLine()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    dialog->setPreset(ExportDialog::Preset::Web);
    dialog->setFormat(geo::ExportFormat::Png);
    dialog->setLanguage(geo::Language::French);
    dialog->setExtent(ExportDialog::Extent::NamedPlace, QStringLiteral("Saraqeb"));
    const QString windowPath = dir.filePath(QStringLiteral("window.png"));
    dialog->setOutputPath(windowPath);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog->statusText()));

    // The command line over a new store, which starts with the same bundled articles ("list" makes it).
    const QString store = dir.filePath(QStringLiteral("store.gpkg"));
    QProcess list;
    list.start(QStringLiteral(FRONTLINE_CLI), {QStringLiteral("list"), QStringLiteral("--store"), store});
    QVERIFY(list.waitForFinished(120000));
    QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
    const QString cliPath = dir.filePath(QStringLiteral("cli.png"));
    QProcess cli;
    cli.start(QStringLiteral(FRONTLINE_CLI),
              {QStringLiteral("export"), QStringLiteral("--date"), m_date.toString(Qt::ISODate),
               QStringLiteral("--out"), cliPath, QStringLiteral("--extent"), QStringLiteral("Saraqeb"),
               QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--store"),
               dir.filePath(QStringLiteral("store.gpkg"))});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    QFile a(windowPath), b(cliPath);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray windowBytes = a.readAll(), cliBytes = b.readAll();
    QVERIFY(!windowBytes.isEmpty());
    QCOMPARE(windowBytes.size(), cliBytes.size());
    if (windowBytes != cliBytes) {
        // Kept for a look: what each wrote, beside the test binary.
        QFile::copy(windowPath, QStringLiteral("export-dialog-window.png"));
        QFile::copy(cliPath, QStringLiteral("export-dialog-cli.png"));
    }
    QVERIFY2(windowBytes == cliBytes, "the window and the command line wrote different PNGs (kept as "
                                      "export-dialog-window.png and export-dialog-cli.png in the test's folder)");
}

void TestExportDialog::cancelStopsAnA3RenderWithinHalfASecond()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    const QString path = dir.filePath(QStringLiteral("a3.png"));
    QVERIFY2(startA3Render(*dialog, path), "the export ended before it could be cancelled");
    QElapsedTimer elapsed;
    elapsed.start();
    dialog->cancelExport();
    QVERIFY(finished.wait(10000));
    const qint64 ms = elapsed.elapsed();
    qInfo("cancel took %lld ms", ms);
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled, not finished
    QVERIFY2(ms < 500, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExportDialog::closingDuringAnExportDoesNotWait()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    QVERIFY2(startA3Render(*dialog, dir.filePath(QStringLiteral("a3.png"))),
             "the export ended before it could be closed");
    QElapsedTimer elapsed;
    elapsed.start();
    dialog->reject(); // Close
    dialog.reset();
    const qint64 ms = elapsed.elapsed();
    QVERIFY2(ms < 500, qPrintable(QStringLiteral("closing took %1 ms").arg(ms)));
    // The worker stops on its own and leaves nothing behind.
    QTRY_COMPARE_WITH_TIMEOUT(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList(), 10000);
}

void TestExportDialog::badgeSaysWhatThePageSays_data()
{
    QTest::addColumn<int>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French, the first of the month")
        << int(geo::Language::French) << QStringLiteral("au 1er février 2020");
    QTest::newRow("English") << int(geo::Language::English) << QStringLiteral("as of 1 February 2020");
    QTest::newRow("Arabic") << int(geo::Language::Arabic) << QStringLiteral("حتى 1 فبراير/شباط 2020");
}

void TestExportDialog::badgeSaysWhatThePageSays()
{
    QFETCH(int, lang);
    QFETCH(QString, expected);
    const auto language = geo::Language(lang);
    const QDate date(2020, 2, 1);
    const QString page = geo::export_texts::asOf(date, language);
    QCOMPARE(page, expected);

    TimelineBar bar;
    bar.setChanges(QDate(2020, 1, 1), QDate(2020, 3, 1), {date});
    bar.setLanguage(language);
    bar.setDate(date);
    QCOMPARE(bar.dateText(), page);

    // The map's own badge is as wide as the page's words in its font: the same string.
    geo::Style::registerBundledFonts();
    const QFontMetricsF fm(geo::Style::labelFont(13, true));
    const QRectF badge = geo::MapRenderer::dateBadgeRect(QPointF(), date, language);
    QCOMPARE(badge.width(), fm.horizontalAdvance(page) + 16);
}

bool TestExportDialog::exportToTheSuggestedPath(ExportDialog& dialog)
{
    dialog.setPreset(ExportDialog::Preset::Web);
    dialog.setFormat(geo::ExportFormat::Png);
    const QString path = dialog.outputPath();
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    if (finished.isEmpty() && !finished.wait(120000))
        return false;
    if (!finished.first().at(0).toBool()) {
        qWarning("%s", qPrintable(dialog.statusText()));
        return false;
    }
    return QImageReader(path).size() == QSize(1200, 675);
}

// A new account has no Pictures folder: the dialog creates it, and the file lands where the dialog said.
void TestExportDialog::firstExportOnANewAccount()
{
    const NewAccount account;
    QVERIFY(!QFileInfo::exists(account.home() + QStringLiteral("/Pictures")));
    auto dialog = makeDialog();
    const QString path = dialog->outputPath();
    QCOMPARE(QFileInfo(path).absolutePath(), account.home() + QStringLiteral("/Pictures"));
    QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
    QVERIFY(exportToTheSuggestedPath(*dialog));
    QVERIFY(dialog->statusText().contains(QDir::toNativeSeparators(path)));
}

// Where Pictures cannot be made (a file has its name), the dialog offers Documents.
void TestExportDialog::picturesThatCannotBeMadeFallBackToDocuments()
{
    const NewAccount account;
    QFile blocker(account.home() + QStringLiteral("/Pictures"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto dialog = makeDialog();
    QCOMPARE(QFileInfo(dialog->outputPath()).absolutePath(), account.home() + QStringLiteral("/Documents"));
    QVERIFY(exportToTheSuggestedPath(*dialog));
}

void TestExportDialog::sizeFieldsFollowThePreset_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::newRow("web") << int(ExportDialog::Preset::Web) << QSize(1200, 675) << 96;
    QTest::newRow("social") << int(ExportDialog::Preset::Social) << QSize(1080, 1080) << 96;
    QTest::newRow("A4 at 300 dpi") << int(ExportDialog::Preset::PrintA4) << QSize(2480, 3508) << 300;
    QTest::newRow("A3 at 300 dpi") << int(ExportDialog::Preset::PrintA3) << QSize(3508, 4961) << 300;
    QTest::newRow("custom") << int(ExportDialog::Preset::Custom) << QSize(1500, 1000) << 150;
}

void TestExportDialog::sizeFieldsFollowThePreset()
{
    QFETCH(int, preset);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    auto dialog = makeDialog();
    dialog->setCustomSize(QSize(1500, 1000), 150);
    dialog->setPreset(ExportDialog::Preset::Social); // from another preset
    dialog->setPreset(ExportDialog::Preset::Web);
    dialog->setPreset(ExportDialog::Preset(preset));
    QCOMPARE(dialog->shownSize(), pixels);
    QCOMPARE(dialog->shownDpi(), dpi);
    const auto boxes = dialog->findChildren<QSpinBox*>();
    QCOMPARE(boxes.size(), 3);
    for (const QSpinBox* box : boxes)
        QCOMPARE(box->isEnabled(), ExportDialog::Preset(preset) == ExportDialog::Preset::Custom);
    QString error;
    const auto request = dialog->buildRequest(false, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->pixelSize, pixels);
    QCOMPARE(request->dpi, dpi);
}

void TestExportDialog::socialPngIsSquare()
{
    QTemporaryDir dir;
    auto dialog = makeDialog();
    dialog->setPreset(ExportDialog::Preset::Social);
    dialog->setFormat(geo::ExportFormat::Png);
    QCOMPARE(dialog->shownSize(), QSize(1080, 1080));
    const QString path = dir.filePath(QStringLiteral("social.png"));
    dialog->setOutputPath(path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog->statusText()));
    QCOMPARE(QImageReader(path).size(), QSize(1080, 1080));
}

void TestExportDialog::fileNameFollowsThePreset()
{
    auto dialog = makeDialog();
    dialog->setLanguage(geo::Language::French);
    dialog->setFormat(geo::ExportFormat::Png);
    dialog->setPreset(ExportDialog::Preset::Web);
    const QString folder = QFileInfo(dialog->outputPath()).absolutePath();
    const auto name = [&] { return QFileInfo(dialog->outputPath()).fileName(); };
    QCOMPARE(name(), QStringLiteral("idleb-2020-02-08-fr-web.png"));
    dialog->setPreset(ExportDialog::Preset::Social);
    QCOMPARE(name(), QStringLiteral("idleb-2020-02-08-fr-social.png"));
    dialog->setLanguage(geo::Language::Arabic);
    QCOMPARE(name(), QStringLiteral("idleb-2020-02-08-ar-social.png"));
    dialog->setPreset(ExportDialog::Preset::PrintA4);
    dialog->setFormat(geo::ExportFormat::Pdf);
    QCOMPARE(name(), QStringLiteral("idleb-2020-02-08-ar-a4.pdf"));
    QCOMPARE(QFileInfo(dialog->outputPath()).absolutePath(), folder);

    // A name the user gave stays; only its suffix follows the format.
    dialog->setOutputPath(QDir(folder).filePath(QStringLiteral("une.pdf")));
    dialog->setPreset(ExportDialog::Preset::Social);
    dialog->setLanguage(geo::Language::English);
    QCOMPARE(name(), QStringLiteral("une.pdf"));
    dialog->setFormat(geo::ExportFormat::Svg);
    QCOMPARE(name(), QStringLiteral("une.svg"));
}

void TestExportDialog::previewIsLargeAndGrows()
{
    auto dialog = makeDialog();
    QSignalSpy spy(dialog.get(), &ExportDialog::previewUpdated);
    dialog->setPreset(ExportDialog::Preset::Web);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(waitForPreview(*dialog, spy));
    QVERIFY(!dialog->previewImage().isNull());
    QLabel* preview = nullptr; // the label that shows the picture
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (!label->pixmap().isNull())
            preview = label;
    QVERIFY(preview);

    // At its smallest the dialog still shows a large preview.
    dialog->resize(dialog->minimumSizeHint());
    QTRY_VERIFY(preview->width() >= 480);
    const int small = preview->pixmap().width();
    QVERIFY2(small >= 470, qPrintable(QString::number(small)));

    // Made larger, the preview takes the room.
    dialog->resize(1600, 1000);
    QTRY_VERIFY(preview->width() >= 1000);
    QTRY_VERIFY2(preview->pixmap().width() >= 900, qPrintable(QString::number(preview->pixmap().width())));
    // FRONTLINE_EXPORT_SAMPLES=DIR keeps a picture of the dialog for a person to look at.
    if (const QString out = qEnvironmentVariable("FRONTLINE_EXPORT_SAMPLES"); !out.isEmpty())
        QVERIFY(dialog->grab().save(QDir(out).filePath(QStringLiteral("export-dialog.png"))));
}

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
