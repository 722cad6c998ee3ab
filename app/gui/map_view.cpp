#include "map_view.h"

#include "identify_panel.h"

#include "background_task.h"

#include "geo/data/map_data_loader.h"
#include "geo/render/map_renderer.h"
#include "geo/core/projector.h"
#include "geo/render/style.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

namespace {
constexpr int kDragThreshold = 4;
constexpr double kKeyPanPixels = 80;
constexpr double kZoomStep = 1.6;
} // namespace

struct MapView::Gui {
    std::unique_ptr<geo::Projector> projector;
};

MapView::MapView(QWidget* parent) : QWidget(parent), m_gui(std::make_unique<Gui>())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    grabGesture(Qt::PinchGesture);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapView::startRender);
    m_viewport.setSize(size());
}

MapView::~MapView()
{
    // The frame under way stops at its next cancel check; it must be done before the view goes, because a
    // finished frame posts itself to the view.
    if (m_cancel)
        m_cancel->store(true);
    if (m_tileCancel)
        m_tileCancel->store(true);
    m_pool.waitForDone();
}

void MapView::setData(std::shared_ptr<const geo::MapData> data)
{
    const bool crsChanged = !m_data || !data || m_data->crs != data->crs;
    m_data = std::move(data);
    if (m_data && (crsChanged || !m_gui->projector))
        m_gui->projector = std::make_unique<geo::Projector>(m_data->crs);
    if (m_data && (m_homePending || crsChanged)) {
        m_homePending = false;
        showHome();
        return;
    }
    scheduleRender();
}

void MapView::setViewport(const geo::Viewport& viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(size());
    m_homePending = false;
    viewportEdited();
}

void MapView::showHome()
{
    if (!m_data) {
        m_homePending = true;
        return;
    }
    m_viewport.setSize(size());
    m_viewport.fit(geo::homeExtent(*m_data), 10);
    viewportEdited();
}

void MapView::centerOn(QPointF lonLat, double unitsPerPixel)
{
    if (!m_data || !m_gui->projector)
        return;
    m_viewport.setCenter(m_gui->projector->forward(lonLat));
    if (unitsPerPixel > 0 && unitsPerPixel < m_viewport.unitsPerPixel())
        m_viewport.setUnitsPerPixel(unitsPerPixel);
    viewportEdited();
}

void MapView::zoomBy(double factor)
{
    m_viewport.zoomBy(factor, QPointF(width() / 2.0, height() / 2.0));
    viewportEdited();
}

void MapView::setLabelLanguage(geo::Language lang)
{
    m_settings.labelLanguage = lang;
    scheduleRender();
}

void MapView::setHiddenLayers(const QSet<QString>& ids)
{
    m_settings.hiddenLayers = ids;
    scheduleRender();
}

void MapView::setLayerOrder(const QStringList& ids)
{
    m_settings.layerOrder = ids;
    scheduleRender();
}

void MapView::setHighlightPlace(const QString& placeId)
{
    m_settings.highlightPlaceId = placeId;
    scheduleRender();
}

void MapView::setControl(std::shared_ptr<const geo::ControlOverlay> overlay)
{
    m_settings.control = std::move(overlay);
    scheduleRender();
}

void MapView::viewportEdited()
{
    update(); // the old frame, moved, until the new one arrives
    emit viewportChanged();
    scheduleRender();
}

void MapView::scheduleRender()
{
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

geo::RenderSettings MapView::frameSettings() const
{
    geo::RenderSettings settings = m_settings;
    settings.viewport = m_viewport;
    settings.devicePixelRatio = devicePixelRatioF();
    settings.drawCredits = true;
    return settings;
}

void MapView::startRender()
{
    if (!m_data || m_viewport.size().isEmpty())
        return;
    geo::RenderSettings settings = frameSettings();
    // A layer opened, shown, hidden or moved: the tiles drawn so far show the old layers.
    if (m_tiles.setBase(settings, m_data)) {
        ++m_tileGeneration;
        m_tilesInFlight.clear();
        if (m_tileCancel)
            m_tileCancel->store(true);
        m_tileCancel.reset();
    }
    requestTiles(settings);

    // The control areas, the dated layers and the labels of this view, for the whole view at once.
    if (m_cancel)
        m_cancel->store(true); // the previous overlay is no longer wanted
    m_cancel = std::make_shared<std::atomic_bool>(false);
    settings.cancel = m_cancel;
    const int generation = ++m_generation;
    m_overlayCurrent = false;
    ++m_inFlight;
    auto data = m_data;
    runInBackground(
        &m_pool, this, [settings, data]() { return geo::TiledRenderer::renderOverlay(settings, *data); },
        [this, generation](const geo::FrameOverlay& overlay) {
            --m_inFlight;
            if (generation != m_generation || overlay.cancelled || overlay.isNull())
                return; // superseded or cancelled
            m_overlay = overlay;
            m_overlayCurrent = true;
            update();
            finishFrameIfComplete();
        });
}

void MapView::requestTiles(const geo::RenderSettings& frame)
{
    QVector<geo::TileKey> missing = m_tiles.missingTiles(frame);
    missing.erase(std::remove_if(missing.begin(), missing.end(),
                                 [this](const geo::TileKey& k) { return m_tilesInFlight.contains(k); }),
                  missing.end());
    if (missing.isEmpty())
        return;
    // A new zoom level: the tiles still under way for the one before are no longer wanted.
    if (missing.first().level != m_tileLevel || !m_tileCancel) {
        if (m_tileCancel)
            m_tileCancel->store(true);
        m_tileCancel = std::make_shared<std::atomic_bool>(false);
        m_tileLevel = missing.first().level;
    }
    geo::RenderSettings settings = frame;
    settings.cancel = m_tileCancel;
    for (const geo::TileKey& k : std::as_const(missing))
        m_tilesInFlight.insert(k);
    ++m_inFlight;
    auto data = m_data;
    runInBackground(
        &m_pool, this,
        [settings, data, missing]() { return geo::TiledRenderer::renderTiles(settings, *data, missing); },
        [this, generation = m_tileGeneration, missing](const QVector<geo::RenderedTile>& tiles) {
            --m_inFlight;
            if (generation != m_tileGeneration)
                return; // drawn for layers no longer shown
            for (const geo::TileKey& k : missing)
                m_tilesInFlight.remove(k);
            m_tiles.insert(tiles);
            if (tiles.isEmpty()) // cancelled: ask again for whatever the view still lacks
                requestTiles(frameSettings());
            update();
            finishFrameIfComplete();
        });
}

// When every tile of the view is there and the overlay of this very view, the frame is done: kept as the last
// frame (for tests and screenshots) and announced.
void MapView::finishFrameIfComplete()
{
    if (!m_data || !m_overlayCurrent || m_renderTimer.isActive())
        return;
    const geo::RenderSettings settings = frameSettings();
    const geo::Viewport view = geo::TiledRenderer::snapped(settings.viewport, settings.devicePixelRatio);
    if (m_overlay.viewport != view || !m_tiles.missingTiles(settings).isEmpty())
        return;
    m_image = m_tiles.composeImage(settings, m_overlay);
    m_imageViewport = view;
    ++m_framesFinished;
    emit frameReady();
}

void MapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setLayoutDirection(Qt::LeftToRight); // the scale bar reads "20 km" in an Arabic window too, as on the page
    painter.fillRect(rect(), geo::palette::noData);
    if (!m_data) {
        geo::Style::registerBundledFonts();
        painter.setFont(geo::Style::labelFont(11));
        painter.setPen(Qt::darkGray);
        painter.drawText(rect(), Qt::AlignCenter, tr("Loading the Idleb map…"));
        return;
    }
    if (m_tiles.cache().count() == 0 && !m_image.isNull()) {
        // No tile since the layers changed: the last frame, moved and scaled, until they come.
        const QRectF area = m_imageViewport.mapRect();
        const QPointF tl = m_viewport.toScreen(QPointF(area.left(), area.bottom()));
        const QPointF br = m_viewport.toScreen(QPointF(area.right(), area.top()));
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(tl, br), m_image);
        painter.restore();
    } else {
        // The tiles of the view (the nearest level's, scaled, where they are not drawn yet), the control areas and
        // the labels of the newest overlay: on the first start, whichever comes first shows first.
        m_tiles.compose(painter, frameSettings(), m_overlay);
    }
    geo::MapRenderer::drawScaleBar(painter, m_viewport, m_data->crs, QPointF(12, height() - 12),
                                   m_settings.labelLanguage);
}

void MapView::resizeEvent(QResizeEvent*)
{
    m_viewport.setSize(size());
    if (m_homePending && m_data) {
        m_homePending = false;
        showHome();
        return;
    }
    scheduleRender();
}

void MapView::mousePressEvent(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton) {
        m_pressPos = m_lastDragPos = e->position().toPoint();
        m_dragging = false;
    }
}

void MapView::mouseMoveEvent(QMouseEvent* e)
{
    const QPointF pos = e->position();
    if (m_gui->projector) {
        const QPointF lonLat = m_gui->projector->inverse(m_viewport.toMap(pos));
        emit cursorMoved(lonLat, rect().contains(pos.toPoint()));
    }
    if (e->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos.toPoint() - m_pressPos).manhattanLength() >= kDragThreshold)
            m_dragging = true;
        if (m_dragging) {
            m_viewport.panByPixels(pos - m_lastDragPos);
            m_lastDragPos = pos.toPoint();
            viewportEdited();
        }
        return;
    }
    updateToolTip(pos, e->globalPosition());
}

void MapView::mouseReleaseEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (!m_dragging && m_data) {
        geo::RenderSettings s = m_settings;
        s.viewport = m_viewport;
        if (const auto picked = geo::pickFeature(*m_data, s, e->position()))
            emit featureClicked(*picked);
        else
            emit clickedNothing();
    }
    m_dragging = false;
}

void MapView::mouseDoubleClickEvent(QMouseEvent* e)
{
    m_viewport.zoomBy(e->button() == Qt::RightButton ? 1 / kZoomStep : kZoomStep, e->position());
    viewportEdited();
}

void MapView::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_viewport.zoomBy(std::pow(1.25, steps), e->position());
    viewportEdited();
    e->accept();
}

void MapView::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Left: m_viewport.panByPixels(QPointF(kKeyPanPixels, 0)); break;
    case Qt::Key_Right: m_viewport.panByPixels(QPointF(-kKeyPanPixels, 0)); break;
    case Qt::Key_Up: m_viewport.panByPixels(QPointF(0, kKeyPanPixels)); break;
    case Qt::Key_Down: m_viewport.panByPixels(QPointF(0, -kKeyPanPixels)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_viewport.zoomBy(kZoomStep, QPointF(width() / 2.0, height() / 2.0)); break;
    case Qt::Key_Minus: m_viewport.zoomBy(1 / kZoomStep, QPointF(width() / 2.0, height() / 2.0)); break;
    case Qt::Key_Home: showHome(); return;
    default: QWidget::keyPressEvent(e); return;
    }
    viewportEdited();
}

bool MapView::event(QEvent* e)
{
    if (e->type() == QEvent::Gesture) {
        auto* ge = static_cast<QGestureEvent*>(e);
        if (auto* pinch = static_cast<QPinchGesture*>(ge->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                m_viewport.zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
                viewportEdited();
            }
            return true;
        }
    }
    if (e->type() == QEvent::NativeGesture) {
        auto* ne = static_cast<QNativeGestureEvent*>(e);
        if (ne->gestureType() == Qt::ZoomNativeGesture) {
            m_viewport.zoomBy(1.0 + ne->value(), ne->position());
            viewportEdited();
            return true;
        }
    }
    return QWidget::event(e);
}

void MapView::leaveEvent(QEvent*)
{
    emit cursorMoved(QPointF(), false);
}

QString MapView::toolTipAt(QPointF pos) const
{
    if (!m_data)
        return {};
    geo::RenderSettings s = m_settings;
    s.viewport = m_viewport;
    // A hover reads no file: the features of indexed layers are told on a click.
    const auto picked = geo::pickFeature(*m_data, s, pos, 6.0, geo::PickReach::InMemory);
    if (!picked || picked->feature().geometry.kind == geo::GeometryKind::Polygon)
        return {};
    const geo::MapFeature& f = picked->feature();
    QString text = f.labelEn.isEmpty() ? picked->layer->title : f.labelEn;
    if (!f.labelAr.isEmpty() && f.labelAr != f.labelEn)
        text += QStringLiteral(" · ") + f.labelAr;
    if (picked->layer->schematic)
        text += tr(" (schematic)");
    if (picked->layer->approximate)
        text += tr(" (approximate position)");
    // A place: who held it on the date shown, and the claim that says so.
    const auto& overlay = m_settings.control;
    if (picked->layer->role == geo::LayerRole::Places && overlay && overlay->snapshot.date.isValid()) {
        const QString id = f.attributes.value(QStringLiteral("id")).toString();
        const auto it = overlay->snapshot.places.constFind(id);
        if (it != overlay->snapshot.places.constEnd()) {
            const QList<geo::ClaimRecord> ledger = m_timeline ? m_timeline->ledger(id) : QList<geo::ClaimRecord>{};
            text += QLatin1Char('\n') + IdentifyPanel::holderLine(*it, overlay->snapshot.date,
                                                                  IdentifyPanel::decidingClaim(ledger, *it),
                                                                  QStringLiteral("\n"));
        }
    }
    return text;
}

void MapView::updateToolTip(QPointF pos, QPointF globalPos)
{
    const QString text = toolTipAt(pos);
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos.toPoint(), text, this);
}
