#pragma once
// File > Export snapshot…: a publishable page (or a georeferenced frame) of the map as the window shows it,
// through geo::exportMap. Built from plain values, so it keeps working whatever the window does meanwhile.
// The request is built by geo/export (export_request.h), as the command line builds it. The size fields show
// what the preset writes; the suggested file name says the date, language and preset. A large preview of
// the page is drawn in memory on the thread pool whenever a setting changes (a newer preview cancels an older
// one); the export itself runs on the thread pool with a progress bar and a Cancel button that stops the
// render in progress. The workers hold copies and shared flags only: closing or destroying the dialog cancels
// them and never waits for a frame. The preset, format, language, extent choice and last folder are remembered between
// sessions; with no folder remembered, files go to the user's Pictures folder (created on a new account), else
// Documents, else home.

#include "geo/articles/article.h"
#include "geo/control/control_timeline.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/data/map_data.h"
#include "geo/export/export_request.h"
#include "geo/export/map_exporter.h"
#include "geo/render/render_settings.h"

#include <QDate>
#include <QDialog>
#include <QFuture>
#include <QImage>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    using Preset = geo::ExportPreset;
    enum class Extent { CurrentView, NamedPlace, BoundingBox };

    // SETTINGS: the window's current render settings (viewport, layers, label language, control overlay).
    // TIMELINE, ARTICLES and CATALOG give the source notes (TIMELINE or CATALOG may be null: no notes).
    // DATE: the date the map shows ("as of"); invalid: not shown.
    ExportDialog(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings,
                 std::shared_ptr<const geo::ControlTimeline> timeline, const QList<geo::Article>& articles,
                 std::shared_ptr<const geo::EntityCatalog> catalog, const geo::Gazetteer& gazetteer, QDate date,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    Preset preset() const;
    void setPreset(Preset preset);
    geo::ExportFormat format() const;
    void setFormat(geo::ExportFormat format);
    geo::Language language() const;
    void setLanguage(geo::Language lang);
    Extent extent() const;
    // TEXT: the place name or "minlon,minlat,maxlon,maxlat" (ignored for the current view).
    void setExtent(Extent extent, const QString& text = {});
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // The size Custom writes; the size fields show it while Custom is chosen.
    void setCustomSize(QSize pixels, int dpi);
    // The size fields: the preset's pixels and resolution, or the custom size.
    QSize shownSize() const;
    int shownDpi() const;
    // "idleb-2020-02-08-fr-social.png": the date, language, preset and format the controls describe. The path's
    // file name follows it until the user names the file.
    QString suggestedFileName() const;

    // Where exports go when no folder is remembered: the user's Pictures folder, created if need be, else
    // Documents (created if need be), else home.
    static QString defaultFolder();
    // The page presets and the languages as the export and time-lapse dialogs offer them: a combo box in their
    // order, the choice it shows, and choosing one.
    static QComboBox* newPresetBox(QWidget* parent);
    static geo::ExportPreset presetOf(const QComboBox* box);
    static void selectPreset(QComboBox* box, geo::ExportPreset preset);
    static QComboBox* newLanguageBox(QWidget* parent);
    static geo::Language languageOf(const QComboBox* box);
    static void selectLanguage(QComboBox* box, geo::Language lang);
    // The extent typed in a dialog's field: a place's name (BOX false) or minlon,minlat,maxlon,maxlat (BOX
    // true), in the display CRS of DATA; nothing, with *ERROR saying what to type, when the field is wrong.
    static std::optional<geo::ExportExtent> typedExtent(bool box, const QString& text, const geo::MapData& data,
                                                        const geo::Gazetteer& gazetteer, QString* error);

    // The request the controls describe, sized for the output (PREVIEW: for a small preview image). Empty,
    // with *error set, when the settings cannot make a map.
    std::optional<geo::ExportRequest> buildRequest(bool preview, QString* error) const;

    QImage previewImage() const { return m_previewImage; }
    QString statusText() const;
    bool isExporting() const { return m_exporting; }
    int progressValue() const; // 0-100, of the export running or last run

    void done(int result) override; // Close cancels a running export

protected:
    void resizeEvent(QResizeEvent* event) override; // the preview grows with the dialog

public slots:
    void startExport();
    void cancelExport(); // the running export stops at its next progress report; nothing is left behind

signals:
    void previewUpdated();
    void exportFinished(bool ok, bool cancelled, const QString& message);

private:
    void buildUi();
    void restoreSettings();
    void saveSettings() const;
    void settingsChanged();
    // The work runs on the pool and does not keep a closed dialog waiting, so its continuation runs in the
    // application's context and looks for the dialog there (Qt 6.4 asserts when a continuation's own context
    // is destroyed before the work ends).
    void startPreview();
    void showPreview(int generation, const geo::ExportImage& rendered);
    void updateControls();
    void followFormatInPath();
    void followSettingsInName(); // the suggested name, unless the user named the file
    void showSizeFields();       // the preset's size, or the custom one
    void showPreviewPixmap();    // the preview image scaled to the room it has
    void browse();
    void showStatus(const QString& text, bool error);
    std::optional<geo::ExportExtent> extentFor(QString* error) const; // display CRS
    void finishExport(const geo::ExportResult& result);
    void cancelPreview();

    std::shared_ptr<const geo::MapData> m_data;
    geo::RenderSettings m_settings;
    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    QList<geo::Article> m_articles;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::Gazetteer m_gazetteer;
    QDate m_date;

    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
    QComboBox* m_format;
    QComboBox* m_extent;
    QLineEdit* m_extentText;
    QComboBox* m_lang;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QCheckBox* m_sinceOn;
    QDateEdit* m_since;
    QCheckBox* m_inset;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_preview;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_export;
    QPushButton* m_cancelButton;
    QTimer* m_previewTimer;

    QTimer* m_progressPoll;

    QImage m_previewImage;
    int m_previewGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_previewCancel; // the preview being drawn: set to drop it
    bool m_exporting = false;
    std::shared_ptr<std::atomic_bool> m_cancel;        // the export running: set to stop its render
    std::shared_ptr<std::atomic_int> m_exportProgress; // written by the worker, read by m_progressPoll
    bool m_restoring = false;
    QString m_suggestedName; // the file name last suggested
    QSize m_customPixels{1600, 900};
    int m_customDpi = 96;
};
