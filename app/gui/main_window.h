#pragma once
// The main window wires the map view, the panels and the session together; the work is done elsewhere.

#include "geo/articles/article.h"
#include "geo/render/feature_picker.h"
#include "geo/core/place.h"
#include "geo/core/projector.h"
#include "geo/core/viewport.h"
#include "geo/store/article_store.h"

#include <QDate>
#include <QMainWindow>

#include <optional>

class ArticleSession;
class ArticleWorkbench;
class ArticlesPanel;
class ChangesDialog;
class IdentifyPanel;
class LayersPanel;
class LegendWidget;
class MapSession;
class MapView;
class PostsPanel;
class QActionGroup;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class SearchField;
class TimelapseDialog;
class TimelineBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // STOREPATH: the article store (a GeoPackage or a PostgreSQL connection); empty = the one chosen last in
    // File > Store, else the one in the user's data folder.
    explicit MainWindow(const QString& storePath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    MapView* mapView() const { return m_view; }
    MapSession* session() const { return m_session; }
    LayersPanel* layersPanel() const { return m_layers; }
    LegendWidget* legend() const { return m_legend; }
    IdentifyPanel* identifyPanel() const { return m_identify; }
    PostsPanel* postsPanel() const { return m_posts; }
    SearchField* searchField() const { return m_search; }
    ArticleSession* articleSession() const { return m_articleSession; }
    ArticlesPanel* articlesPanel() const { return m_articlesPanel; }
    TimelineBar* timelineBar() const { return m_timeline; }
    // View > Panels: one checkable entry per dock.
    QMenu* panelsMenu() const { return m_panelsMenu; }
    QString lastError() const { return m_lastError; }

    void openLayerFile(const QString& path);
    // Imports annotated articles (all or none) into the store; the map moves.
    void openArticleFiles(const QStringList& paths);
    // Opens PATH as an article if it is one, else as a layer.
    void openFile(const QString& path);
    // The user's choice of the map's label language (View > Label language): kept over the interface language.
    void setLabelLanguage(geo::Language lang);
    bool labelLanguageChosen() const { return m_labelLanguageChosen; }
    // View > Interface language: CODE is "fr", "en", "ar", or empty for the system's. A language other than the
    // one in use is applied by replacing this window with one built in it, on the same date, view, store, layers
    // and label language choice (see replaced), and closing this one.
    void setInterfaceLanguage(const QString& code);
    void setDisplayCrs(geo::DisplayCrs crs);
    // Moves the window to the store at LOCATION (what File > Store does on OK) and remembers it for the next
    // start, without its password.
    void switchStore(const QString& location);
    // File > Store: the dialog, not modal to the event loop; the window moves on OK.
    void showStoreDialog();
    // View > What changed since… (a row moves the timeline and rings the place) and File > Export time-lapse…:
    // not modal, deleted on close.
    ChangesDialog* showChangesDialog();
    TimelapseDialog* showTimelapseDialog();
    // File > New article… (empty ARTICLEID), or the articles panel's Correct… on the stored article ARTICLEID: the
    // workbench, not modal, deleted on close; null (with a message) before the map has loaded.
    ArticleWorkbench* showArticleWorkbench(const QString& articleId = {});

    QAction* importAction() const { return m_importAction; }
    QAction* newArticleAction() const { return m_newArticleAction; }
    QAction* clearHighlightAction() const { return m_clearHighlightAction; }
    // Which store is open (its tooltip has the whole connection, without its password).
    QLabel* storeLabel() const { return m_storeLabel; }
    QLabel* readOnlyLabel() const { return m_readOnlyLabel; }
    // While a file opens as a layer (File > Open layer…): its progress and a Cancel button in the status bar.
    QProgressBar* layerOpenProgress() const { return m_openProgress; }
    QPushButton* layerOpenCancel() const { return m_openCancel; }

signals:
    void errorShown(const QString& message);
    // A new window, in the new interface language, took this one's place; it deletes itself on close when this
    // one did.
    void replaced(MainWindow* next);

protected:
    void closeEvent(QCloseEvent*) override;
    void dragEnterEvent(QDragEnterEvent*) override;
    void dropEvent(QDropEvent*) override;
    void resizeEvent(QResizeEvent*) override;

private:
    void buildMenus();
    void buildDocks();
    void onDataChanged();
    void refreshLegend();
    // Gives the legend the height its rows need when the layers dock above it has room to spare.
    void shareLeftDocks();
    void showError(const QString& message);
    void restoreSettings();
    void saveSettings();
    void applyLabelLanguage(geo::Language lang);
    void onArticlesChanged();
    void onFeatureClicked(const geo::PickedFeature& picked);
    // Takes the ring off the searched place and empties the search field.
    void clearHighlight();
    void showAnnotation(const geo::Article& article, const geo::Annotation& annotation);
    void rememberRecent(const QStringList& paths);
    void rebuildRecentMenu();
    void refreshLayersPanel();
    void onWritableChanged(bool canWrite, const QString& why);
    void onChangedElsewhere(const geo::StoreChange& change);
    void showStore(const QString& display);

    MapSession* m_session;
    MapView* m_view;
    LayersPanel* m_layers;
    LegendWidget* m_legend;
    IdentifyPanel* m_identify;
    PostsPanel* m_posts;
    SearchField* m_search;
    QLabel* m_cursorLabel;
    ArticleSession* m_articleSession;
    ArticlesPanel* m_articlesPanel;
    TimelineBar* m_timeline;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QDockWidget* m_layersDock = nullptr;
    QDockWidget* m_legendDock = nullptr;
    QDockWidget* m_identifyDock = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_newArticleAction = nullptr;
    QAction* m_clearHighlightAction = nullptr;
    QLabel* m_storeLabel;         // which store is open (without its password)
    QLabel* m_readOnlyLabel;      // shown while the store is read-only for this user
    QProgressBar* m_openProgress; // shown while a layer opens
    QPushButton* m_openCancel;    // gives up the layers being opened
    void startArticles();
    void showLayerOpening();
    QString m_storeArgument;                    // the constructor's store: it wins over the one remembered
    QActionGroup* m_languageActions = nullptr;  // View > Label language, one checked
    QActionGroup* m_crsActions = nullptr;       // View > Projection, one checked
    QActionGroup* m_interfaceActions = nullptr; // View > Interface language, one checked
    bool m_labelLanguageChosen = false;         // else the labels follow the interface language
    // The view of the window this one replaces, shown once the map has loaded in the same CRS.
    std::optional<std::pair<geo::DisplayCrs, geo::Viewport>> m_carriedView;
    QDate m_restoredDate;
    bool m_articlesStarted = false;
    QString m_lastError;
    QSet<QString> m_hidden;
    QStringList m_order;
};
