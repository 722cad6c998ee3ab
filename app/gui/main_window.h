#pragma once
// The main window wires the map view, the panels and the session together; the work is done elsewhere.

#include "geo/place.h"
#include "geo/projector.h"

#include <QMainWindow>

class IdentifyPanel;
class LayersPanel;
class LegendWidget;
class MapSession;
class MapView;
class PostsPanel;
class QLabel;
class SearchField;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    MapView* mapView() const { return m_view; }
    MapSession* session() const { return m_session; }
    LayersPanel* layersPanel() const { return m_layers; }
    LegendWidget* legend() const { return m_legend; }
    IdentifyPanel* identifyPanel() const { return m_identify; }
    PostsPanel* postsPanel() const { return m_posts; }
    SearchField* searchField() const { return m_search; }
    QString lastError() const { return m_lastError; }

    void openLayerFile(const QString& path);
    void setLabelLanguage(geo::Language lang);
    void setDisplayCrs(geo::DisplayCrs crs);

signals:
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent*) override;
    void dragEnterEvent(QDragEnterEvent*) override;
    void dropEvent(QDropEvent*) override;

private:
    void buildMenus();
    void buildDocks();
    void onDataChanged();
    void refreshLegend();
    void showError(const QString& message);
    void restoreSettings();

    MapSession* m_session;
    MapView* m_view;
    LayersPanel* m_layers;
    LegendWidget* m_legend;
    IdentifyPanel* m_identify;
    PostsPanel* m_posts;
    SearchField* m_search;
    QLabel* m_cursorLabel;
    QString m_lastError;
    QSet<QString> m_hidden;
    QStringList m_order;
};
