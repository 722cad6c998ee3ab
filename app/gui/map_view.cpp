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

void MapView::startRender()
{
    if (!m_data || m_viewport.size().isEmpty())
        return;
    if (m_cancel)
        m_cancel->store(true); // the previous frame is no longer wanted
    m_cancel = std::make_shared<std::atomic_bool>(false);
    geo::RenderSettings settings = m_settings;
    settings.viewport = m_viewport;
    settings.devicePixelRatio = devicePixelRatioF();
    settings.cancel = m_cancel;
    settings.drawCredits = true;
    const int generation = ++m_generation;
    ++m_inFlight;
    auto data = m_data;
    runInBackground(
        &m_pool, this,
        [settings, data]() {
            geo::MapRenderer::Result result;
            QImage image = geo::MapRenderer::renderImage(settings, *data, &result);
            return result.cancelled ? QImage() : image;
        },
        [this, generation, viewport = settings.viewport](const QImage& image) {
            --m_inFlight;
            if (generation != m_generation || image.isNull())
                return; // superseded or cancelled
            m_image = image;
            m_imageViewport = viewport;
            ++m_framesFinished;
            update();
            emit frameReady();
        });
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
    if (!m_image.isNull()) {
        // Where the last frame's area lies in the current view.
        const QRectF area = m_imageViewport.mapRect();
        const QPointF tl = m_viewport.toScreen(QPointF(area.left(), area.bottom()));
        const QPointF br = m_viewport.toScreen(QPointF(area.right(), area.top()));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(tl, br), m_image);
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
    const auto picked = geo::pickFeature(*m_data, s, pos);
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
