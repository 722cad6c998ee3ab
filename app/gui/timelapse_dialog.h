#pragma once
// File > Export time-lapse…: one map page per date between two dates (each date a claim changed something, or
// every N days), frame-0001.png, frame-0002.png ... in a folder, and optionally an animated GIF of them (when
// ffmpeg is installed and the box is ticked). The frames are written by geo (export/timelapse.h), the code
// frontline-cli timelapse runs, so the same options give the same files. The work runs off the GUI thread with a
// progress bar and a Cancel button: a cancel is seen at the next progress report of the frame under way, which is
// then not written (each frame is written whole under a temporary name and renamed); the frames before it stay.
// The worker holds copies and shared flags only: closing the dialog cancels it and never waits.

#include "geo/articles/article.h"
#include "geo/control/control_timeline.h"
#include "geo/control/post_timeline.h"
#include "geo/core/viewport.h"
#include "geo/data/entity_catalog.h"
#include "geo/data/gazetteer.h"
#include "geo/data/map_data.h"
#include "geo/export/export_request.h"
#include "geo/export/timelapse.h"

#include <QDate>
#include <QDialog>

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
class QRadioButton;
class QSpinBox;
class QTimer;

class TimelapseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Extent { Home, CurrentView, NamedPlace, BoundingBox };

    // VIEW: the window's view (for "Current view"). DATE: the window's date, the last day by default; the first
    // is a month before. LANG: of labels and page texts, by default.
    TimelapseDialog(std::shared_ptr<const geo::MapData> data, std::shared_ptr<const geo::ControlTimeline> timeline,
                    std::shared_ptr<const geo::PostTimeline> posts, const QList<geo::Article>& articles,
                    std::shared_ptr<const geo::EntityCatalog> catalog, const geo::Gazetteer& gazetteer,
                    const geo::Viewport& view, QDate date, geo::Language lang, QWidget* parent = nullptr);
    ~TimelapseDialog() override;

    QDate from() const;
    QDate to() const;
    void setRange(QDate from, QDate to);
    // 0: a frame per change date; N: every N days.
    int stepDays() const;
    void setStepDays(int days);
    geo::ExportPreset preset() const;
    void setPreset(geo::ExportPreset preset);
    void setCustomSize(QSize pixels); // at 96 dpi, as frontline-cli timelapse --size
    geo::Language language() const;
    void setLanguage(geo::Language lang);
    Extent extent() const;
    void setExtent(Extent extent, const QString& text = {});
    QString outputFolder() const;
    void setOutputFolder(const QString& folder);
    bool gifAvailable() const { return !m_ffmpeg.isEmpty(); }
    void setGif(bool on);

    // The frame dates the controls describe.
    QList<QDate> frameDates() const;
    // The request the controls describe; empty with *ERROR when they cannot make one.
    std::optional<geo::TimelapseRequest> buildRequest(QString* error) const;

    bool isRunning() const { return m_running; }
    int progressValue() const;
    int framesWritten() const; // of the run going on or last run
    QString statusText() const;
    // The frames the last run wrote, in order.
    QList<geo::TimelapseFrame> writtenFrames() const { return m_written; }

    void done(int result) override; // Close cancels a running export

public slots:
    void start();
    void cancel(); // the frame under way is not written; the frames before it stay

signals:
    void finished(bool ok, bool cancelled, const QString& message);

private:
    void buildUi();
    void updateControls();
    void updateFrameCount();
    void followDatesInFolder();
    void browse();
    void poll();
    void showStatus(const QString& text, bool error);
    std::optional<geo::ExportExtent> extentFor(QString* error) const;
    struct Outcome;
    void finish(const Outcome& outcome);

    std::shared_ptr<const geo::MapData> m_data;
    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    std::shared_ptr<const geo::PostTimeline> m_posts;
    QList<geo::Article> m_articles;
    std::shared_ptr<const geo::EntityCatalog> m_catalog;
    geo::Gazetteer m_gazetteer;
    geo::Viewport m_view;
    QString m_ffmpeg; // found when the dialog opened; empty: no GIF

    QDateEdit* m_from;
    QDateEdit* m_to;
    QRadioButton* m_perChange;
    QRadioButton* m_everyN;
    QSpinBox* m_days;
    QLabel* m_frameCount;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_extent;
    QLineEdit* m_extentText;
    QComboBox* m_lang;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QCheckBox* m_gif;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QTimer* m_poll;

    bool m_running = false;
    QString m_suggestedFolder;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic_int> m_percent;
    std::shared_ptr<std::atomic_int> m_frames;
    std::shared_ptr<std::atomic_bool> m_makingGif;
    int m_total = 0;
    QList<geo::TimelapseFrame> m_written;
};
