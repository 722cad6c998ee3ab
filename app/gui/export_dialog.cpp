#include "export_dialog.h"

#include "geo/core/place.h"
#include "geo/core/viewport.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QResizeEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace {

constexpr QSize kPreviewMinimum{480, 360}; // pixels: the preview grows from there with the dialog
const char* const kGroup = "exportDialog";

const QList<geo::ExportFormat> kFormats{geo::ExportFormat::Png, geo::ExportFormat::Svg, geo::ExportFormat::Pdf,
                                        geo::ExportFormat::GeoTiff, geo::ExportFormat::PngWorldFile};
const QList<geo::ExportPreset> kPresets{geo::ExportPreset::Web, geo::ExportPreset::Social, geo::ExportPreset::PrintA4,
                                        geo::ExportPreset::PrintA3, geo::ExportPreset::Custom};
const QList<geo::Language> kLanguages{geo::Language::French, geo::Language::English, geo::Language::Arabic};

QString suffixFor(geo::ExportFormat format)
{
    switch (format) {
    case geo::ExportFormat::Svg: return QStringLiteral("svg");
    case geo::ExportFormat::Pdf: return QStringLiteral("pdf");
    case geo::ExportFormat::GeoTiff: return QStringLiteral("tif");
    case geo::ExportFormat::Png:
    case geo::ExportFormat::PngWorldFile: break;
    }
    return QStringLiteral("png");
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings,
                           std::shared_ptr<const geo::ControlTimeline> timeline, const QList<geo::Article>& articles,
                           std::shared_ptr<const geo::EntityCatalog> catalog, const geo::Gazetteer& gazetteer,
                           QDate date, QWidget* parent)
    : QDialog(parent), m_data(std::move(data)), m_settings(settings), m_timeline(std::move(timeline)),
      m_articles(articles), m_catalog(std::move(catalog)), m_gazetteer(gazetteer), m_date(date)
{
    m_settings.cancel.reset();
    m_settings.keepClear.clear();
    m_settings.devicePixelRatio = 1.0;
    m_settings.drawDateBadge = false; // the page has its own "as of" line
    setWindowTitle(tr("Export snapshot"));
    resize(1240, 720); // room for the form and a large preview, with or without a window manager
    buildUi();
    restoreSettings();
    updateControls();
    startPreview();
}

// The workers hold no pointer to the dialog and their continuations are bound to it: cancelling is enough,
// nothing waits for them.
ExportDialog::~ExportDialog()
{
    cancelPreview();
    cancelExport();
}

void ExportDialog::done(int result)
{
    cancelExport();
    QDialog::done(result);
}

void ExportDialog::buildUi()
{
    m_preset = newPresetBox(this);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_dpi = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height})
        box->setRange(geo::ExportLimits::minSide, geo::ExportLimits::maxSide);
    m_width->setValue(m_customPixels.width());
    m_height->setValue(m_customPixels.height());
    m_dpi->setRange(geo::ExportLimits::minDpi, geo::ExportLimits::maxDpi);
    m_dpi->setValue(m_customDpi);
    m_dpi->setSuffix(tr(" dpi"));
    auto* custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    custom->addWidget(m_dpi);

    m_format = new QComboBox(this);
    for (geo::ExportFormat f : kFormats)
        m_format->addItem(geo::exportFormatName(f));

    m_extent = new QComboBox(this);
    m_extent->addItem(tr("Current view"));
    m_extent->addItem(tr("A named place"));
    m_extent->addItem(tr("A bounding box"));
    m_extentText = new QLineEdit(this);
    auto* extent = new QHBoxLayout;
    extent->addWidget(m_extent);
    extent->addWidget(m_extentText, 1);

    m_lang = newLanguageBox(this);
    selectLanguage(m_lang, m_settings.labelLanguage);

    m_title = new QLineEdit(this);
    m_subtitle = new QLineEdit(this);
    m_sinceOn = new QCheckBox(tr("Changes since"), this);
    m_since = new QDateEdit(this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setDate(m_date.isValid() ? m_date.addMonths(-1) : QDate(2020, 1, 1));
    m_since->setEnabled(false);
    auto* since = new QHBoxLayout;
    since->addWidget(m_sinceOn);
    since->addWidget(m_since, 1);
    m_inset = new QCheckBox(tr("Inset locator map"), this);
    m_inset->setChecked(true);

    m_path = new QLineEdit(this);
    m_browse = new QPushButton(tr("Browse…"), this);
    auto* path = new QHBoxLayout;
    path->addWidget(m_path, 1);
    path->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Size:"), custom);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Extent:"), extent);
    form->addRow(tr("Language:"), m_lang);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Subtitle:"), m_subtitle);
    form->addRow(QString(), since);
    form->addRow(QString(), m_inset);
    form->addRow(tr("File:"), path);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kPreviewMinimum);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setFrameShape(QFrame::StyledPanel);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_export = new QPushButton(tr("Export"), this);
    m_export->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(close);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 0);
    top->addWidget(m_preview, 1); // the preview takes what the form leaves
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_progressPoll = new QTimer(this);
    m_progressPoll->setInterval(50);
    connect(m_progressPoll, &QTimer::timeout, this, [this] {
        if (m_exportProgress)
            m_progress->setValue(m_exportProgress->load());
    });

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);

    auto changed = [this] { settingsChanged(); };
    for (QComboBox* box : {m_preset, m_extent, m_lang})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        followFormatInPath();
        settingsChanged();
    });
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (preset() == Preset::Custom) { // the fields show a preset's size otherwise
                m_customPixels = QSize(m_width->value(), m_height->value());
                m_customDpi = m_dpi->value();
            }
            settingsChanged();
        });
    for (QLineEdit* edit : {m_extentText, m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_sinceOn, &QCheckBox::toggled, this, changed);
    connect(m_since, &QDateEdit::dateChanged, this, changed);
    connect(m_inset, &QCheckBox::toggled, this, changed);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void ExportDialog::restoreSettings()
{
    m_restoring = true;
    QSettings s;
    s.beginGroup(QLatin1String(kGroup));
    const auto preset = geo::exportPresetForKey(s.value(QStringLiteral("preset")).toString());
    selectPreset(m_preset, preset.value_or(Preset::Web));
    m_format->setCurrentIndex(std::clamp(s.value(QStringLiteral("format"), 0).toInt(), 0, m_format->count() - 1));
    if (s.contains(QStringLiteral("language")))
        m_lang->setCurrentIndex(std::clamp(s.value(QStringLiteral("language")).toInt(), 0, m_lang->count() - 1));
    m_extent->setCurrentIndex(std::clamp(s.value(QStringLiteral("extent"), 0).toInt(), 0, m_extent->count() - 1));
    m_extentText->setText(s.value(QStringLiteral("extentText")).toString());
    m_customPixels = QSize(s.value(QStringLiteral("width"), m_customPixels.width()).toInt(),
                           s.value(QStringLiteral("height"), m_customPixels.height()).toInt());
    m_customDpi = s.value(QStringLiteral("dpi"), m_customDpi).toInt();
    QString folder = s.value(QStringLiteral("folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
        folder = defaultFolder();
    m_suggestedName = suggestedFileName();
    m_path->setText(QDir(folder).filePath(m_suggestedName));
    m_restoring = false;
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(QLatin1String(kGroup));
    s.setValue(QStringLiteral("preset"), geo::exportPresetKey(preset()));
    s.setValue(QStringLiteral("format"), m_format->currentIndex());
    s.setValue(QStringLiteral("language"), m_lang->currentIndex());
    s.setValue(QStringLiteral("extent"), m_extent->currentIndex());
    s.setValue(QStringLiteral("extentText"), m_extentText->text());
    s.setValue(QStringLiteral("width"), m_customPixels.width());
    s.setValue(QStringLiteral("height"), m_customPixels.height());
    s.setValue(QStringLiteral("dpi"), m_customDpi);
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty())
        s.setValue(QStringLiteral("folder"), QFileInfo(path).absolutePath());
}

void ExportDialog::settingsChanged()
{
    if (m_restoring)
        return;
    updateControls();
    followSettingsInName();
    saveSettings();
    m_previewTimer->start();
}

QString ExportDialog::defaultFolder()
{
    // A new account may have no Pictures folder yet: create it, as a file manager would.
    for (auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QDir().mkpath(folder) && QFileInfo(folder).isWritable())
            return folder;
    }
    return QDir::homePath();
}

QString ExportDialog::suggestedFileName() const
{
    QStringList parts{QStringLiteral("idleb")};
    if (m_date.isValid())
        parts << m_date.toString(Qt::ISODate);
    parts << geo::languageCode(language()) << geo::exportPresetKey(preset());
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffixFor(format());
}

void ExportDialog::followSettingsInName()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty() || info.fileName() != m_suggestedName)
        return; // the user named the file
    m_suggestedName = suggestedFileName();
    const QString folder = path.left(path.size() - info.fileName().size());
    m_path->setText(folder + m_suggestedName);
}

void ExportDialog::showSizeFields()
{
    QSize pixels = m_customPixels;
    int dpi = m_customDpi;
    if (preset() != Preset::Custom) { // what the preset writes, from the request builder the export uses
        geo::ExportRequest r = geo::newExportRequest(format(), language());
        geo::applyExportPreset(r, preset());
        pixels = r.pixelSize;
        dpi = r.dpi;
    }
    const QSignalBlocker w(m_width), h(m_height), d(m_dpi);
    m_width->setValue(pixels.width());
    m_height->setValue(pixels.height());
    m_dpi->setValue(dpi);
}

QSize ExportDialog::shownSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int ExportDialog::shownDpi() const
{
    return m_dpi->value();
}

void ExportDialog::updateControls()
{
    const bool custom = preset() == Preset::Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_dpi->setEnabled(custom);
    showSizeFields();
    m_extentText->setEnabled(extent() != Extent::CurrentView);
    m_extentText->setPlaceholderText(extent() == Extent::NamedPlace ? tr("Place name, e.g. Saraqeb")
                                                                    : tr("minlon,minlat,maxlon,maxlat"));
    m_since->setEnabled(m_sinceOn->isChecked());
    const bool page = geo::isPageFormat(format());
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_subtitle, m_sinceOn, m_inset})
        w->setEnabled(page);
    m_export->setEnabled(!isExporting());
    m_cancelButton->setEnabled(isExporting());
}

void ExportDialog::followFormatInPath()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString base = info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
    m_path->setText(base + QLatin1Char('.') + suffixFor(format()));
}

void ExportDialog::browse()
{
    const geo::ExportFormat f = format();
    const QString filter = QStringLiteral("%1 (*.%2)").arg(geo::exportFormatName(f), suffixFor(f));
    QString path = QFileDialog::getSaveFileName(this, tr("Export snapshot"), m_path->text(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffixFor(f) &&
        !(f == geo::ExportFormat::GeoTiff && QFileInfo(path).suffix().toLower() == QLatin1String("tiff")))
        path += QLatin1Char('.') + suffixFor(f);
    setOutputPath(path);
}

ExportDialog::Preset ExportDialog::preset() const
{
    return presetOf(m_preset);
}
void ExportDialog::setPreset(Preset preset)
{
    selectPreset(m_preset, preset);
}
int ExportDialog::progressValue() const
{
    return m_progress->value();
}
geo::ExportFormat ExportDialog::format() const
{
    return kFormats.value(m_format->currentIndex());
}
void ExportDialog::setFormat(geo::ExportFormat format)
{
    m_format->setCurrentIndex(int(kFormats.indexOf(format)));
}
geo::Language ExportDialog::language() const
{
    return languageOf(m_lang);
}
void ExportDialog::setLanguage(geo::Language lang)
{
    selectLanguage(m_lang, lang);
}
ExportDialog::Extent ExportDialog::extent() const
{
    return Extent(m_extent->currentIndex());
}
QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}
QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::setExtent(Extent extent, const QString& text)
{
    m_extentText->setText(text);
    m_extent->setCurrentIndex(int(extent));
}

void ExportDialog::setOutputPath(const QString& path)
{
    m_path->setText(path);
    saveSettings();
}

void ExportDialog::setCustomSize(QSize pixels, int dpi)
{
    m_customPixels = pixels;
    m_customDpi = dpi;
    showSizeFields();
    settingsChanged();
}

std::optional<geo::ExportExtent> ExportDialog::extentFor(QString* error) const
{
    switch (extent()) {
    case Extent::CurrentView: return geo::ExportExtent{m_settings.viewport.mapRect(), 0};
    case Extent::NamedPlace: return typedExtent(false, m_extentText->text(), *m_data, m_gazetteer, error);
    case Extent::BoundingBox: return typedExtent(true, m_extentText->text(), *m_data, m_gazetteer, error);
    }
    return std::nullopt;
}

QComboBox* ExportDialog::newPresetBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const QString& name : {tr("Web (1200×675)"), tr("Social (1080×1080)"), tr("Print A4 (300 dpi)"),
                                tr("Print A3 (300 dpi)"), tr("Custom")})
        box->addItem(name);
    return box;
}

geo::ExportPreset ExportDialog::presetOf(const QComboBox* box)
{
    return kPresets.value(box->currentIndex(), geo::ExportPreset::Web);
}

void ExportDialog::selectPreset(QComboBox* box, geo::ExportPreset preset)
{
    box->setCurrentIndex(int(kPresets.indexOf(preset)));
}

QComboBox* ExportDialog::newLanguageBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const QString& name : {tr("French"), tr("English"), tr("Arabic")})
        box->addItem(name);
    return box;
}

geo::Language ExportDialog::languageOf(const QComboBox* box)
{
    return kLanguages.value(box->currentIndex(), geo::Language::French);
}

void ExportDialog::selectLanguage(QComboBox* box, geo::Language lang)
{
    box->setCurrentIndex(int(kLanguages.indexOf(lang)));
}

std::optional<geo::ExportExtent> ExportDialog::typedExtent(bool box, const QString& text, const geo::MapData& data,
                                                           const geo::Gazetteer& gazetteer, QString* error)
{
    if (!box) {
        if (text.trimmed().isEmpty()) { // empty would be the Home view
            *error = tr("Extent: give a place name");
            return std::nullopt;
        }
        return geo::parseExportExtent(text, data, error, &gazetteer);
    }
    if (text.split(QLatin1Char(',')).size() != 4) { // else it would be read as a name
        *error = tr("Bounding box: expected minlon,minlat,maxlon,maxlat, e.g. 36.4,35.6,36.9,36.0");
        return std::nullopt;
    }
    return geo::parseExportExtent(text, data, error);
}

std::optional<geo::ExportRequest> ExportDialog::buildRequest(bool preview, QString* error) const
{
    if (!m_data) {
        *error = tr("No map is loaded");
        return std::nullopt;
    }
    const auto extent = extentFor(error);
    if (!extent)
        return std::nullopt;
    const geo::Language lang = language();
    geo::ExportRequest r = geo::newExportRequest(format(), lang);
    r.data = m_data;
    // The window's layers, order and highlight; the request's own label language and no badge.
    const geo::Language labels = r.settings.labelLanguage;
    r.settings = m_settings;
    r.settings.labelLanguage = labels;
    if (!m_title->text().trimmed().isEmpty())
        r.title = m_title->text().trimmed();
    r.subtitle = m_subtitle->text().trimmed();
    r.asOf = m_date;
    r.inset = m_inset->isChecked();
    r.outPath = outputPath();
    if (preset() == Preset::Custom) {
        if (!geo::setExportPixelSize(r, m_customPixels, m_customDpi, error))
            return std::nullopt;
    } else {
        geo::applyExportPreset(r, preset());
    }
    if (preview) {
        // The same page at a lower resolution, drawn in memory (the frame alone for the frame-only formats).
        // Laid out at no less than the page's own 96 units per inch (below that the page does not shrink), then
        // scaled down for display.
        const int dpi = std::min(r.dpi, 96);
        r.pixelSize = QSize(int(std::lround(r.pixelSize.width() * double(dpi) / r.dpi)),
                            int(std::lround(r.pixelSize.height() * double(dpi) / r.dpi)));
        r.dpi = dpi;
        r.format = geo::isPageFormat(r.format) ? geo::ExportFormat::Png : geo::ExportFormat::PngWorldFile;
        r.outPath.clear();
    }
    const geo::ExportNoteSources sources{m_timeline.get(), &m_articles, m_catalog.get(),
                                         m_sinceOn->isChecked() ? m_since->date() : QDate()};
    if (!geo::fitExportFrame(r, *extent, &sources, error))
        return std::nullopt;
    return r;
}

void ExportDialog::cancelPreview()
{
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_previewCancel.reset();
}

void ExportDialog::startPreview()
{
    cancelPreview();
    const int generation = ++m_previewGeneration;
    QString error;
    auto request = buildRequest(true, &error);
    if (!request) {
        m_previewImage = QImage();
        m_preview->setPixmap(QPixmap());
        m_preview->setText(error);
        emit previewUpdated();
        return;
    }
    m_previewCancel = std::make_shared<std::atomic_bool>(false);
    request->settings.cancel = m_previewCancel; // a newer preview or closing stops this one mid-render
    QtConcurrent::run([request = *request] {
        return geo::renderExportImage(request);
    }).then(qApp, [dialog = QPointer<ExportDialog>(this), generation](const geo::ExportImage& rendered) {
        if (dialog)
            dialog->showPreview(generation, rendered);
    });
}

void ExportDialog::showPreview(int generation, const geo::ExportImage& rendered)
{
    if (generation != m_previewGeneration) // superseded
        return;
    m_previewCancel.reset();
    m_previewImage = rendered.image;
    if (rendered.image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(rendered.result.error);
    } else {
        showPreviewPixmap();
    }
    emit previewUpdated();
}

void ExportDialog::showPreviewPixmap()
{
    if (m_previewImage.isNull())
        return;
    m_preview->setPixmap(QPixmap::fromImage(
        m_previewImage.scaled(m_preview->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    showPreviewPixmap();
}

void ExportDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    QString error;
    auto request = buildRequest(false, &error);
    if (request && request->outPath.isEmpty()) {
        request.reset();
        error = tr("Choose a file to write");
    }
    if (!request) {
        showStatus(error, true);
        emit exportFinished(false, false, error);
        return;
    }
    saveSettings();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_exportProgress = std::make_shared<std::atomic_int>(0);
    request->settings.cancel = m_cancel; // the renderer checks it between features
    m_progress->setValue(0);
    showStatus(tr("Exporting %1…").arg(QDir::toNativeSeparators(request->outPath)), false);
    m_exporting = true;
    m_progressPoll->start();
    QtConcurrent::run([request = *request, progress = m_exportProgress] {
        return geo::exportMap(request, [progress](int percent) {
            progress->store(percent);
            return true; // cancelling goes through settings.cancel
        });
    }).then(qApp, [dialog = QPointer<ExportDialog>(this)](const geo::ExportResult& result) {
        if (dialog)
            dialog->finishExport(result);
    });
    updateControls();
}

void ExportDialog::finishExport(const geo::ExportResult& result)
{
    m_exporting = false;
    m_progressPoll->stop();
    m_cancel.reset();
    m_exportProgress.reset();
    QString message;
    if (result.ok) {
        m_progress->setValue(100);
        QStringList names;
        for (const QString& f : result.files)
            names << QDir::toNativeSeparators(f);
        message = tr("Written: %1").arg(names.join(QStringLiteral(", ")));
        showStatus(message, false);
    } else if (result.cancelled) {
        m_progress->setValue(0);
        message = tr("Export cancelled; nothing was written.");
        showStatus(message, false);
    } else {
        m_progress->setValue(0);
        message = tr("Export failed: %1").arg(result.error);
        showStatus(message, true);
    }
    updateControls();
    emit exportFinished(result.ok, result.cancelled, message);
}

void ExportDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}
