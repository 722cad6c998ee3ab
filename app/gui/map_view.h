#pragma once
// The map widget. Frames come from a tile cache (geo/render/tiled_renderer.h): the date-free layers are drawn in
// tiles per zoom level on the thread pool and kept; each paint blits them and draws over them the control areas and
// the dated layers with the labels, drawn on the pool for the whole view (a newer request cancels the older one).
// While a view's tiles are under way the nearest cached level stands in, scaled, and while its labels are under
// way the last ones are shown moved: panning and zooming never wait for the renderer.

#include "geo/render/feature_picker.h"
#include "geo/data/map_data.h"
#include "geo/render/render_settings.h"
#include "geo/render/tiled_renderer.h"
#include "geo/control/control_timeline.h"

#include <QImage>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>

class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    void setData(std::shared_ptr<const geo::MapData> data);
    std::shared_ptr<const geo::MapData> data() const { return m_data; }

    const geo::Viewport& viewport() const { return m_viewport; }
    void setViewport(const geo::Viewport& viewport);
    void showHome();
    // Centres on LONLAT (EPSG:4326); zooms in to UNITSPERPIXEL if given and closer than now.
    void centerOn(QPointF lonLat, double unitsPerPixel = 0);
    void zoomBy(double factor);

    void setLabelLanguage(geo::Language lang);
    void setHiddenLayers(const QSet<QString>& ids);
    void setLayerOrder(const QStringList& idsBottomToTop);
    void setHighlightPlace(const QString& placeId);
    // Who held what on the chosen date; null hides control.
    void setControl(std::shared_ptr<const geo::ControlOverlay> overlay);
    // The claims behind the control shown, for the tooltip's "claim of <date> by <claimant>"; may be null.
    void setTimeline(std::shared_ptr<const geo::ControlTimeline> timeline) { m_timeline = std::move(timeline); }
    // What the tooltip says at POS (widget pixels); empty over nothing or over an area.
    QString toolTipAt(QPointF pos) const;
    // What the view draws now, its current viewport included.
    geo::RenderSettings settings() const
    {
        geo::RenderSettings s = m_settings;
        s.viewport = m_viewport;
        return s;
    }

    // The newest finished frame (every tile and the labels of its very view), and the number of frames finished so
    // far (for tests and screenshots).
    QImage lastFrame() const { return m_image; }
    int framesFinished() const { return m_framesFinished; }
    bool isRendering() const { return m_inFlight > 0 || m_renderTimer.isActive(); }

signals:
    void viewportChanged();
    void cursorMoved(QPointF lonLat, bool inside);
    void featureClicked(const geo::PickedFeature& picked);
    void clickedNothing();
    void frameReady();

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void keyPressEvent(QKeyEvent*) override;
    bool event(QEvent*) override;
    void leaveEvent(QEvent*) override;

private:
    void scheduleRender();
    void startRender();
    geo::RenderSettings frameSettings() const; // the current settings, view and pixel ratio, for a render job
    void requestTiles(const geo::RenderSettings& settings);
    void finishFrameIfComplete();
    void viewportEdited();
    void updateToolTip(QPointF pos, QPointF globalPos);

    std::shared_ptr<const geo::MapData> m_data;
    std::shared_ptr<const geo::ControlTimeline> m_timeline;
    geo::Viewport m_viewport;
    geo::RenderSettings m_settings;
    bool m_homePending = true;

    geo::TiledRenderer m_tiles;         // GUI thread only; jobs return tiles to it
    QSet<geo::TileKey> m_tilesInFlight; // asked of the pool and not back yet
    int m_tileGeneration = 0;           // bumped when the tiles are dropped: older jobs' tiles are not kept
    quint64 m_tileLevel = 0;            // the zoom level tiles are being drawn for
    std::shared_ptr<std::atomic_bool> m_tileCancel;
    geo::FrameOverlay m_overlay;   // the control areas, dated layers and labels, of m_overlay.viewport
    bool m_overlayCurrent = false; // drawn with the current settings (else a newer one is under way)
    QImage m_image;                // newest finished frame
    geo::Viewport m_imageViewport; // what it shows
    int m_generation = 0;
    int m_inFlight = 0;
    int m_framesFinished = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_renderTimer; // coalesces bursts of changes into one frame
    QThreadPool m_pool;   // the view's frames, waited for (cancelled first) when it goes

    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    struct Gui;
    std::unique_ptr<Gui> m_gui; // the GUI thread's own PROJ context for cursor coordinates
};
