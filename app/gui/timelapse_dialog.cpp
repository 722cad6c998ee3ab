#include "timelapse_dialog.h"

#include "export_dialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace {

const QList<TimelapseDialog::Extent> kExtents{TimelapseDialog::Extent::Home, TimelapseDialog::Extent::CurrentView,
                                              TimelapseDialog::Extent::NamedPlace,
                                              TimelapseDialog::Extent::BoundingBox};
const QString kGifName = QStringLiteral("timelapse.gif");

} // namespace

// What a run gives back: the frames, and the GIF when one was asked for.
struct TimelapseDialog::Outcome {
    geo::TimelapseResult frames;
    QString gifPath; // empty: none asked for
    bool gifOk = false;
    QString gifError;
};

TimelapseDialog::TimelapseDialog(std::shared_ptr<const geo::MapData> data,
                                 std::shared_ptr<const geo::ControlTimeline> timeline,
                                 std::shared_ptr<const geo::PostTimeline> posts, const QList<geo::Article>& articles,
                                 std::shared_ptr<const geo::EntityCatalog> catalog, const geo::Gazetteer& gazetteer,
                                 const geo::Viewport& view, QDate date, geo::Language lang, QWidget* parent)
    : QDialog(parent), m_data(std::move(data)), m_timeline(std::move(timeline)), m_posts(std::move(posts)),
      m_articles(articles), m_catalog(std::move(catalog)), m_gazetteer(gazetteer), m_view(view),
      m_ffmpeg(geo::findFfmpeg())
{
    setWindowTitle(tr("Export time-lapse"));
    buildUi();
    if (!date.isValid())
        date = QDate::currentDate();
    setRange(date.addMonths(-1), date);
    setLanguage(lang);
    m_suggestedFolder.clear();
    followDatesInFolder();
    updateFrameCount();
    updateControls();
    resize(std::max(width(), 680), height()); // room for the folder's path
}

TimelapseDialog::~TimelapseDialog()
{
    cancel(); // the worker stops at its next progress report; nobody waits for it
}

void TimelapseDialog::buildUi()
{
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);

    m_perChange = new QRadioButton(tr("A frame for each date a claim changed something"), this);
    m_everyN = new QRadioButton(tr("A frame every"), this);
    m_days = new QSpinBox(this);
    m_days->setRange(1, geo::kTimelapseMaxStepDays);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_perChange);
    group->addButton(m_everyN);
    m_perChange->setChecked(true);
    auto* every = new QHBoxLayout;
    every->addWidget(m_everyN);
    every->addWidget(m_days);
    every->addStretch(1);
    m_frameCount = new QLabel(this);
    auto* step = new QVBoxLayout;
    step->addWidget(m_perChange);
    step->addLayout(every);
    step->addWidget(m_frameCount);

    m_preset = ExportDialog::newPresetBox(this);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* s : {m_width, m_height}) {
        s->setRange(geo::ExportLimits::minSide, geo::ExportLimits::maxSide);
        s->setSuffix(tr(" px"));
    }
    m_width->setValue(1200);
    m_height->setValue(675);
    auto* size = new QHBoxLayout;
    size->addWidget(m_preset, 1);
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);

    m_extent = new QComboBox(this);
    m_extent->addItem(tr("Idleb (home view)"));
    m_extent->addItem(tr("Current view"));
    m_extent->addItem(tr("A named place"));
    m_extent->addItem(tr("A bounding box"));
    m_extentText = new QLineEdit(this);
    auto* extent = new QHBoxLayout;
    extent->addWidget(m_extent);
    extent->addWidget(m_extentText, 1);

    m_lang = ExportDialog::newLanguageBox(this);

    m_folder = new QLineEdit(this);
    m_browse = new QPushButton(tr("Browse…"), this);
    auto* folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(m_browse);
    m_gif = new QCheckBox(tr("Also an animated GIF of the frames (%1)").arg(kGifName), this);
    if (m_ffmpeg.isEmpty()) {
        m_gif->setEnabled(false);
        m_gif->setToolTip(tr("The GIF is made by ffmpeg, which is not installed"));
    } else {
        m_gif->setToolTip(tr("Made by %1 from the frames").arg(QDir::toNativeSeparators(m_ffmpeg)));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("Frames:"), step);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Extent:"), extent);
    form->addRow(tr("Language:"), m_lang);
    form->addRow(tr("Folder:"), folder);
    form->addRow(QString(), m_gif);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for two lines from the start: a wrapped message does not make a shown dialog taller.
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing() + 4);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_start = new QPushButton(tr("Export"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &TimelapseDialog::poll);

    const auto changed = [this] {
        updateFrameCount();
        updateControls();
    };
    connect(m_from, &QDateEdit::dateChanged, this, [this, changed] {
        followDatesInFolder();
        changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, changed] {
        followDatesInFolder();
        changed();
    });
    connect(m_perChange, &QRadioButton::toggled, this, changed);
    connect(m_days, &QSpinBox::valueChanged, this, changed);
    connect(m_days, &QSpinBox::valueChanged, this,
            [this](int days) { m_days->setSuffix(days == 1 ? tr(" day") : tr(" days")); });
    connect(m_preset, &QComboBox::currentIndexChanged, this, changed);
    connect(m_extent, &QComboBox::currentIndexChanged, this, changed);
    connect(m_browse, &QPushButton::clicked, this, &TimelapseDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &TimelapseDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &TimelapseDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

QDate TimelapseDialog::from() const
{
    return m_from->date();
}

QDate TimelapseDialog::to() const
{
    return m_to->date();
}

void TimelapseDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

int TimelapseDialog::stepDays() const
{
    return m_perChange->isChecked() ? 0 : m_days->value();
}

void TimelapseDialog::setStepDays(int days)
{
    if (days <= 0) {
        m_perChange->setChecked(true);
    } else {
        m_days->setValue(days);
        m_everyN->setChecked(true);
    }
}

geo::ExportPreset TimelapseDialog::preset() const
{
    return ExportDialog::presetOf(m_preset);
}

void TimelapseDialog::setPreset(geo::ExportPreset preset)
{
    ExportDialog::selectPreset(m_preset, preset);
}

void TimelapseDialog::setCustomSize(QSize pixels)
{
    m_width->setValue(pixels.width());
    m_height->setValue(pixels.height());
    setPreset(geo::ExportPreset::Custom);
}

geo::Language TimelapseDialog::language() const
{
    return ExportDialog::languageOf(m_lang);
}

void TimelapseDialog::setLanguage(geo::Language lang)
{
    ExportDialog::selectLanguage(m_lang, lang);
}

TimelapseDialog::Extent TimelapseDialog::extent() const
{
    return kExtents.value(m_extent->currentIndex(), Extent::Home);
}

void TimelapseDialog::setExtent(Extent extent, const QString& text)
{
    m_extent->setCurrentIndex(int(kExtents.indexOf(extent)));
    m_extentText->setText(text);
}

QString TimelapseDialog::outputFolder() const
{
    return m_folder->text().trimmed();
}

void TimelapseDialog::setOutputFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void TimelapseDialog::setGif(bool on)
{
    m_gif->setChecked(on && gifAvailable());
}

void TimelapseDialog::followDatesInFolder()
{
    // The folder is named after the dates until the user names it.
    const QString current = m_folder->text().trimmed();
    if (!current.isEmpty() && current != m_suggestedFolder)
        return;
    const QString base = current.isEmpty() ? ExportDialog::defaultFolder() : QFileInfo(current).absolutePath();
    m_suggestedFolder = QDir(base).filePath(
        QStringLiteral("idleb-timelapse-%1-%2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate)));
    m_folder->setText(m_suggestedFolder);
}

QList<QDate> TimelapseDialog::frameDates() const
{
    if (!m_timeline)
        return {};
    return geo::timelapseDates(*m_timeline, from(), to(), stepDays());
}

void TimelapseDialog::updateFrameCount()
{
    if (from() > to()) {
        m_frameCount->setText(tr("The first day is after the last."));
        return;
    }
    m_frameCount->setText(tr("%n frame(s)", nullptr, int(frameDates().size())));
}

void TimelapseDialog::updateControls()
{
    const bool custom = preset() == geo::ExportPreset::Custom;
    m_width->setEnabled(custom && !m_running);
    m_height->setEnabled(custom && !m_running);
    if (!custom) {
        // The preset's pixels, as the export dialog shows them.
        geo::ExportRequest r = geo::newExportRequest(geo::ExportFormat::Png, language());
        geo::applyExportPreset(r, preset());
        const QSignalBlocker bw(m_width), bh(m_height);
        m_width->setValue(r.pixelSize.width());
        m_height->setValue(r.pixelSize.height());
    }
    const bool text = extent() == Extent::NamedPlace || extent() == Extent::BoundingBox;
    m_extentText->setEnabled(text && !m_running);
    m_extentText->setPlaceholderText(extent() == Extent::NamedPlace    ? tr("Place name, e.g. Saraqeb")
                                     : extent() == Extent::BoundingBox ? tr("minlon,minlat,maxlon,maxlat")
                                                                       : QString());
    for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_to, m_perChange, m_everyN, m_preset, m_extent, m_lang,
                                                      m_folder, m_browse})
        w->setEnabled(!m_running);
    m_days->setEnabled(!m_running && m_everyN->isChecked());
    m_gif->setEnabled(!m_running && gifAvailable());
    m_start->setEnabled(!m_running && from() <= to() && m_timeline && m_data);
    m_cancel->setEnabled(m_running);
}

void TimelapseDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the frames"), outputFolder());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

std::optional<geo::ExportExtent> TimelapseDialog::extentFor(QString* error) const
{
    switch (extent()) {
    case Extent::Home: return geo::parseExportExtent(QString(), *m_data, error);
    case Extent::CurrentView: return geo::ExportExtent{m_view.mapRect(), 0};
    case Extent::NamedPlace: return ExportDialog::typedExtent(false, m_extentText->text(), *m_data, m_gazetteer, error);
    case Extent::BoundingBox: return ExportDialog::typedExtent(true, m_extentText->text(), *m_data, m_gazetteer, error);
    }
    return std::nullopt;
}

std::optional<geo::TimelapseRequest> TimelapseDialog::buildRequest(QString* error) const
{
    if (!m_data || !m_timeline || !m_catalog) {
        *error = tr("The map and the articles are not loaded yet");
        return std::nullopt;
    }
    if (from() > to()) {
        *error = tr("The first day is after the last");
        return std::nullopt;
    }
    if (outputFolder().isEmpty()) {
        *error = tr("Choose a folder for the frames");
        return std::nullopt;
    }
    // The page frontline-cli timelapse makes: its size, the language's labels and texts.
    geo::TimelapseRequest request;
    request.page = geo::newExportRequest(geo::ExportFormat::Png, language());
    if (preset() == geo::ExportPreset::Custom) {
        if (!geo::setExportPixelSize(request.page, QSize(m_width->value(), m_height->value()), 96, error))
            return std::nullopt;
    } else {
        geo::applyExportPreset(request.page, preset());
    }
    const auto extent = extentFor(error);
    if (!extent)
        return std::nullopt;
    request.extent = *extent;
    request.dates = frameDates();
    request.outDir = outputFolder();
    // Frames of a longer run left in the folder would follow the new ones in a player or the GIF.
    const QList<QDate>& dates = request.dates;
    for (const QString& name : QDir(request.outDir).entryList({QStringLiteral("frame-*.png")}, QDir::Files)) {
        bool ok = false;
        const int number = name.mid(6, name.size() - 10).toInt(&ok);
        if (ok && number > dates.size()) {
            *error = tr("%1 holds frames of a longer time-lapse (%2): choose another folder or empty it")
                         .arg(QDir::toNativeSeparators(request.outDir), name);
            return std::nullopt;
        }
    }
    return request;
}

int TimelapseDialog::progressValue() const
{
    return m_progress->value();
}

int TimelapseDialog::framesWritten() const
{
    return m_frames ? m_frames->load() : int(m_written.size());
}

QString TimelapseDialog::statusText() const
{
    return m_status->text();
}

void TimelapseDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void TimelapseDialog::start()
{
    if (m_running)
        return;
    QString error;
    auto request = buildRequest(&error);
    if (!request) {
        showStatus(error, true);
        emit finished(false, false, error);
        return;
    }
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_percent = std::make_shared<std::atomic_int>(0);
    m_frames = std::make_shared<std::atomic_int>(0);
    m_makingGif = std::make_shared<std::atomic_bool>(false);
    m_total = int(request->dates.size());
    m_written.clear();
    m_progress->setValue(0);
    showStatus(tr("Writing %n frame(s) in %1…", nullptr, m_total).arg(QDir::toNativeSeparators(request->outDir)),
               false);
    m_running = true;
    m_poll->start();
    const QString gifPath = m_gif->isChecked() && gifAvailable() ? QDir(request->outDir).filePath(kGifName) : QString();
    // The worker holds copies and shared pointers only. It draws each frame whole on its own thread, as the
    // command line does: with a cancel flag in the request the exporter would draw the map frame on another pool
    // thread than the page around it, and the labels came out a shade different from the command line's (Qt
    // keeps a glyph cache per thread). So a cancel is seen at the exporter's next progress report instead: the
    // frame under way is then not written.
    QtConcurrent::run([request = *request, data = m_data, timeline = m_timeline, posts = m_posts, catalog = m_catalog,
                       articles = m_articles, ffmpeg = m_ffmpeg, gifPath, percent = m_percent, frames = m_frames,
                       makingGif = m_makingGif, cancel = m_cancelFlag] {
        const geo::DatedMapSources sources{data, data->crs, timeline.get(), posts.get(), catalog.get(), &articles};
        Outcome outcome;
        outcome.frames = geo::writeTimelapse(
            request, sources, [frames](const geo::TimelapseFrame&) { frames->fetch_add(1); },
            [percent, cancel](int p) {
                percent->store(p);
                return !cancel->load();
            });
        if (outcome.frames.ok && !gifPath.isEmpty()) {
            makingGif->store(true);
            outcome.gifPath = gifPath;
            outcome.gifOk = geo::writeTimelapseGif(ffmpeg, request.outDir, gifPath, &outcome.gifError, cancel);
        }
        return outcome;
    }).then(qApp, [dialog = QPointer<TimelapseDialog>(this)](const Outcome& outcome) {
        if (dialog)
            dialog->finish(outcome);
    });
    updateControls();
}

void TimelapseDialog::poll()
{
    if (!m_percent)
        return;
    m_progress->setValue(m_percent->load());
    if (m_makingGif && m_makingGif->load())
        showStatus(tr("Making the GIF…"), false);
    else if (!(m_cancelFlag && m_cancelFlag->load()))
        showStatus(tr("Frame %1 of %2…").arg(std::min(m_frames->load() + 1, m_total)).arg(m_total), false);
}

void TimelapseDialog::finish(const Outcome& outcome)
{
    m_running = false;
    m_poll->stop();
    m_percent.reset();
    m_frames.reset();
    m_makingGif.reset();
    m_cancelFlag.reset();
    const geo::TimelapseResult& r = outcome.frames;
    m_written = r.frames;
    const auto count = int(r.frames.size());
    const QString folder =
        QDir::toNativeSeparators(r.frames.isEmpty() ? outputFolder() : QFileInfo(r.frames.first().path).path());
    QString message;
    bool error = false;
    if (r.ok) {
        m_progress->setValue(100);
        message = tr("%n frame(s) written in %1", nullptr, count).arg(folder);
        if (!outcome.gifPath.isEmpty()) {
            if (outcome.gifOk) {
                message += QLatin1Char('\n') + tr("GIF: %1").arg(QDir::toNativeSeparators(outcome.gifPath));
            } else {
                message += QLatin1Char('\n') + tr("No GIF: %1").arg(outcome.gifError);
                error = true;
            }
        }
    } else if (r.cancelled) {
        message =
            tr("Cancelled: %n frame(s) written in %1, each whole; the frame under way was not written.", nullptr, count)
                .arg(folder);
    } else if (r.failure == geo::TimelapseResult::Failure::Folder) {
        message = tr("Nothing written: %1").arg(r.error);
        error = true;
    } else {
        message = tr("Frame %1 of %2 failed: %3; %n frame(s) before it written in %4", nullptr, count)
                      .arg(r.failedFrame + 1)
                      .arg(m_total)
                      .arg(r.error, folder);
        error = true;
    }
    if (!r.ok)
        m_progress->setValue(0);
    showStatus(message, error);
    updateControls();
    emit finished(r.ok && !error, r.cancelled, message);
}

void TimelapseDialog::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void TimelapseDialog::done(int result)
{
    cancel();
    QDialog::done(result);
}
