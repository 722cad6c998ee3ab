// File > Export snapshot…: the dialog writes the page the presets promise, previews it, cancels and fails
// without leaving anything behind, and remembers its settings.
#include "app/gui/export_dialog.h"

#include "geo/articles/article_reader.h"
#include "geo/control/dated_control.h"
#include "geo/data/map_data_loader.h"
#include "geo/control/post_timeline.h"

#include <QDir>
#include <QImageReader>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void webPngHasThePresetSize();
    void previewFollowsTheLanguage();
    void cancelLeavesNoFile();
    void unwritablePathShowsAnError();
    void settingsPersist();

private:
    std::unique_ptr<ExportDialog> makeDialog();
    static bool waitForPreview(ExportDialog& dialog, QSignalSpy& spy);

    std::shared_ptr<const geo::MapData> m_data;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    QList<geo::Article> m_articles;
    geo::RenderSettings m_settings;
    QDate m_date{2020, 2, 8};
};

void TestExportDialog::initTestCase()
{
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

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
