#include "main_window.h"

#include "about_dialog.h"
#include "article_workbench.h"
#include "article_session.h"
#include "articles_panel.h"
#include "changes_dialog.h"
#include "export_dialog.h"
#include "identify_panel.h"
#include "interface_language.h"
#include "layers_panel.h"
#include "legend_widget.h"
#include "map_session.h"
#include "map_view.h"
#include "posts_panel.h"
#include "search_field.h"
#include "store_dialog.h"
#include "timeline_bar.h"
#include "timelapse_dialog.h"

#include "geo/store/article_store.h"
#include "geo/store/store_location.h"
#include "geo/data/map_data_loader.h"
#include "geo/data/place_search.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr double kSearchZoom = 60.0; // units per pixel when jumping to a place
// The status bar's permanent labels leave room for the messages ("desk_writer imported ... at 14:02").
constexpr int kStoreLabelWidth = 280;
constexpr int kReadOnlyLabelWidth = 560;
// The property of a View > Interface language action that holds its code ("fr", "en", "ar", empty: the system's).
// Not the action's data, which for View > Label language holds the same codes.
const char* const kInterfaceCode = "interfaceLanguage";

// Who held a place, as the timeline's list of the day's changes says it in LANG.
QString controllerText(geo::Controller controller, geo::Language lang)
{
    switch (controller) {
    case geo::Controller::Government:
        return geo::byLanguage(lang, QStringLiteral("gouvernement"), QStringLiteral("government"),
                               QStringLiteral("الحكومة"));
    case geo::Controller::Opposition:
        return geo::byLanguage(lang, QStringLiteral("opposition"), QStringLiteral("opposition"),
                               QStringLiteral("المعارضة"));
    case geo::Controller::Hts:
        return geo::byLanguage(lang, QStringLiteral("HTS"), QStringLiteral("HTS"), QStringLiteral("هيئة تحرير الشام"));
    case geo::Controller::Turkey:
        return geo::byLanguage(lang, QStringLiteral("Turquie"), QStringLiteral("Turkey"), QStringLiteral("تركيا"));
    case geo::Controller::Contested:
        return geo::byLanguage(lang, QStringLiteral("contesté"), QStringLiteral("contested"),
                               QStringLiteral("متنازع عليها"));
    case geo::Controller::Unknown: break;
    }
    return geo::byLanguage(lang, QStringLiteral("inconnu"), QStringLiteral("unknown"), QStringLiteral("غير معروف"));
}

// Shows FULL in LABEL, cut (as MODE says) when wider than WIDTH; the tooltip has it whole.
void setElidedText(QLabel* label, const QString& full, int width, Qt::TextElideMode mode)
{
    label->setText(label->fontMetrics().elidedText(full, mode, width));
    label->setToolTip(full);
}
} // namespace

MainWindow::MainWindow(const QString& storePath, QWidget* parent)
    : QMainWindow(parent), m_session(new MapSession(this)), m_view(new MapView(this)), m_layers(new LayersPanel(this)),
      m_legend(new LegendWidget(this)), m_identify(new IdentifyPanel(this)), m_posts(new PostsPanel(this)),
      m_search(new SearchField(this)), m_cursorLabel(new QLabel(this)), m_articleSession(new ArticleSession(this)),
      m_articlesPanel(new ArticlesPanel(this)), m_timeline(new TimelineBar(this)), m_storeLabel(new QLabel(this)),
      m_readOnlyLabel(new QLabel(this)), m_openProgress(new QProgressBar(this)), m_openCancel(new QPushButton(this)),
      m_storeArgument(storePath)
{
    setAcceptDrops(true);
    resize(1280, 800);
    // A map has no reading direction: the view is never mirrored in a right-to-left interface.
    m_view->setLayoutDirection(Qt::LeftToRight);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_view, 1);
    setCentralWidget(central);
    // The timeline runs the whole width of the window, under the docks, so that its track stays long on a small
    // screen; it cannot be moved or hidden.
    auto* timelineBar = new QToolBar(tr("Timeline"), this);
    timelineBar->setObjectName(QStringLiteral("timelineToolBar"));
    timelineBar->setMovable(false);
    timelineBar->setFloatable(false);
    timelineBar->toggleViewAction()->setVisible(false);
    timelineBar->addWidget(m_timeline);
    addToolBar(Qt::BottomToolBarArea, timelineBar);
    buildMenus();
    buildDocks();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_openProgress);
    statusBar()->addPermanentWidget(m_openCancel);
    m_openProgress->setMaximumWidth(200);
    m_openProgress->setTextVisible(false);
    m_openProgress->hide();
    m_openCancel->setText(tr("Cancel"));
    m_openCancel->setToolTip(tr("Stop opening the layer; the map stays as it is"));
    m_openCancel->hide();
    connect(m_openCancel, &QPushButton::clicked, this, [this] {
        m_session->cancelLayerOpening();
        statusBar()->showMessage(tr("Stopped opening the layer; the map is as it was"), 5000);
    });
    connect(m_session, &MapSession::layerOpenProgress, this, [this](const QString&, int done, int total) {
        m_openProgress->setRange(0, total);
        m_openProgress->setValue(done);
        m_openProgress->setToolTip(tr("Reading the layers: %1 of %2").arg(done).arg(total));
    });
    connect(m_session, &MapSession::layerCopyProgress, this, [this](const QString& path, double done) {
        m_openProgress->setRange(0, 1000);
        m_openProgress->setValue(qRound(done * 1000));
        const QString message = tr("%1 has no spatial index: making an indexed copy, once (%2%)")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(qRound(done * 100));
        m_openProgress->setToolTip(message);
        statusBar()->showMessage(message, 3000);
    });
    connect(m_session, &MapSession::layerOpenFinished, this, &MainWindow::showLayerOpening);
    connect(m_session, &MapSession::catalogReady, this, &MainWindow::startArticles);
    m_cursorLabel->setMinimumWidth(180);
    m_readOnlyLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c3d00; border: 1px solid #e0c36a; padding: 1px 6px; }"));
    m_readOnlyLabel->setWordWrap(false);
    m_readOnlyLabel->hide();
    m_storeLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); padding: 0 6px; }"));

    connect(m_session, &MapSession::dataChanged, this, &MainWindow::onDataChanged);
    connect(m_session, &MapSession::loadFailed, this, &MainWindow::showError);
    connect(m_session, &MapSession::layersOpened, this, [this](const QStringList& ids, bool highways) {
        if (highways) // real geometry replaces the schematic line
            m_hidden.insert(geo::kSchematicHighwaysId);
        onDataChanged();
        statusBar()->showMessage(tr("Opened %n layer(s)", nullptr, int(ids.size())), 5000);
    });
    connect(m_view, &MapView::cursorMoved, this, [this](QPointF lonLat, bool inside) {
        m_cursorLabel->setText(inside ? tr("%1° N  %2° E").arg(lonLat.y(), 0, 'f', 5).arg(lonLat.x(), 0, 'f', 5)
                                      : QString());
    });
    connect(m_view, &MapView::featureClicked, this, &MainWindow::onFeatureClicked);
    connect(m_view, &MapView::clickedNothing, m_identify, &IdentifyPanel::showNothing);
    connect(m_layers, &LayersPanel::hiddenLayersChanged, this, [this](const QSet<QString>& ids) {
        m_hidden = ids;
        m_view->setHiddenLayers(ids);
        refreshLegend();
    });
    connect(m_layers, &LayersPanel::orderChanged, this, [this](const QStringList& ids) {
        m_order = ids;
        m_view->setLayerOrder(ids);
        refreshLegend();
    });
    connect(m_layers, &LayersPanel::openLayerRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open layer"), QString(),
            tr("Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.osm *.pbf *.csv *.gml *.gpx);;All files (*)"));
        if (!path.isEmpty())
            openLayerFile(path);
    });
    connect(m_search, &SearchField::placeFound, this, [this](const geo::Place& place) {
        m_view->centerOn(place.lonLat, kSearchZoom);
        m_view->setHighlightPlace(place.id);
        m_clearHighlightAction->setEnabled(true);
        statusBar()->showMessage(tr("%1 — %2").arg(place.name(geo::Language::English), place.nameAr), 5000);
    });
    connect(m_search, &SearchField::cleared, this, &MainWindow::clearHighlight);
    connect(m_search, &SearchField::notFound, this,
            [this](const QString& query) { statusBar()->showMessage(tr("No place matches \"%1\"").arg(query), 5000); });
    connect(m_posts, &PostsPanel::postChosen, this, [this](const geo::ObservationPost& post) {
        m_identify->showPost(post);
        if (post.lonLat)
            m_view->centerOn(*post.lonLat);
    });

    connect(m_articleSession, &ArticleSession::articlesChanged, this, &MainWindow::onArticlesChanged);
    connect(m_articleSession, &ArticleSession::failed, this, &MainWindow::showError);
    connect(m_articleSession, &ArticleSession::writableChanged, this, &MainWindow::onWritableChanged);
    connect(m_articleSession, &ArticleSession::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    connect(m_articleSession, &ArticleSession::importFinished, this, [this](bool ok, const QStringList& messages) {
        if (!ok) {
            showError(tr("Nothing was imported:\n%1").arg(messages.join(QLatin1Char('\n'))));
            return;
        }
        statusBar()->showMessage(messages.join(QStringLiteral("; ")), 10000);
    });
    connect(m_articleSession, &ArticleSession::controlReady, this,
            [this](std::shared_ptr<const geo::ControlOverlay> overlay) {
                m_view->setControl(std::move(overlay));
                refreshLegend();
            });
    connect(m_timeline, &TimelineBar::dateChanged, m_articleSession, &ArticleSession::requestControl);
    // Beside the date, the places whose side changed that day.
    m_timeline->setEventSource([this](QDate date, geo::Language lang) {
        QStringList lines;
        const auto timeline = m_articleSession->timeline();
        const auto catalog = m_articleSession->catalog();
        if (!timeline || !catalog)
            return lines;
        for (const geo::ControlChange& c : timeline->changesBetween(date.addDays(-1), date))
            // From the one to the other, the arrow pointing the way the line reads.
            lines << (lang == geo::Language::Arabic ? QStringLiteral("%1: %2 ← %3") : QStringLiteral("%1: %2 → %3"))
                         .arg(catalog->name(c.placeId, lang), controllerText(c.before.controller, lang),
                              controllerText(c.after.controller, lang));
        return lines;
    });
    connect(m_articlesPanel, &ArticlesPanel::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_articlesPanel, &ArticlesPanel::removeRequested, m_articleSession, &ArticleSession::removeArticle);
    connect(m_articlesPanel, &ArticlesPanel::correctRequested, this,
            [this](const QString& id) { showArticleWorkbench(id); });

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // a disabled import says why
    m_newArticleAction =
        file->addAction(tr("&New article…"), QKeySequence::New, this, [this] { showArticleWorkbench(); });
    m_newArticleAction->setToolTip(tr("Paste or open a dispatch, check the suggested annotations, and import it"));
    m_importAction =
        file->addAction(tr("&Import articles…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
            const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import annotated articles"), QString(),
                                                                    tr("Annotated articles (*.geojson *.json)"));
            if (!paths.isEmpty())
                openArticleFiles(paths);
        });
    m_importAction->setToolTip(tr("Add annotated articles to the store; the map moves for everyone using it"));
    m_recentMenu = file->addMenu(tr("&Recent articles"));
    file->addAction(tr("&Open layer…"), QKeySequence::Open, m_layers, &LayersPanel::openLayerRequested);
    file->addAction(tr("&Export snapshot…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        auto* dialog = new ExportDialog(m_session->data(), m_view->settings(), m_articleSession->timeline(),
                                        m_articleSession->articles(), m_session->catalog(), *m_session->gazetteer(),
                                        m_timeline->date(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // not modal: the window stays usable while the dialog is open
    });
    file->addAction(tr("Export &time-lapse…"), this, &MainWindow::showTimelapseDialog);
    file->addSeparator();
    file->addAction(tr("&Store…"), this, &MainWindow::showStoreDialog)
        ->setToolTip(tr("Choose where the articles are kept: a GeoPackage file or the desk's PostgreSQL database"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(tr("&Home (Idleb)"), QKeySequence(Qt::CTRL | Qt::Key_H), m_view, &MapView::showHome);
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this, [this] { m_view->zoomBy(1.6); });
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] { m_view->zoomBy(1 / 1.6); });
    m_clearHighlightAction = view->addAction(tr("&Clear highlight"), this, &MainWindow::clearHighlight);
    m_clearHighlightAction->setEnabled(false);
    view->addAction(tr("What &changed since…"), this, &MainWindow::showChangesDialog);
    view->addSeparator();

    QMenu* labels = view->addMenu(tr("&Label language"));
    m_languageActions = new QActionGroup(this);
    const QList<QPair<QString, geo::Language>> langs{{tr("&French"), geo::Language::French},
                                                     {tr("&English"), geo::Language::English},
                                                     {tr("&Arabic"), geo::Language::Arabic}};
    for (const auto& [text, lang] : langs) {
        QAction* a = labels->addAction(text, this, [this, lang = lang] { setLabelLanguage(lang); });
        a->setCheckable(true);
        a->setData(geo::languageCode(lang));
        m_languageActions->addAction(a);
    }
    // The interface's own languages, each written in itself so that whoever reads it finds theirs.
    QMenu* interface = view->addMenu(tr("&Interface language"));
    m_interfaceActions = new QActionGroup(this);
    const QList<QPair<QString, QString>> interfaces{{tr("&System default"), QString()},
                                                    {QStringLiteral("&Français"), QStringLiteral("fr")},
                                                    {QStringLiteral("&English"), QStringLiteral("en")},
                                                    {QStringLiteral("&العربية"), QStringLiteral("ar")}};
    const QString savedInterface = savedInterfaceLanguage();
    for (const auto& [text, code] : interfaces) {
        QAction* a = interface->addAction(text, this, [this, code = code] { setInterfaceLanguage(code); });
        a->setCheckable(true);
        a->setProperty(kInterfaceCode, code);
        a->setChecked(code == savedInterface);
        m_interfaceActions->addAction(a);
    }
    QMenu* crs = view->addMenu(tr("&Projection"));
    m_crsActions = new QActionGroup(this);
    for (geo::DisplayCrs c : {geo::DisplayCrs::WebMercator, geo::DisplayCrs::Utm37N}) {
        QAction* a = crs->addAction(geo::crsLabel(c), this, [this, c] { setDisplayCrs(c); });
        a->setCheckable(true);
        a->setData(geo::crsCode(c));
        m_crsActions->addAction(a);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Frontline"), this, [this] {
        AboutDialog dialog(m_session->data() ? m_session->data()->attribution : QString(), this);
        dialog.exec();
    });

    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->addWidget(m_search);
    m_search->setMinimumWidth(280);
}

ChangesDialog* MainWindow::showChangesDialog()
{
    auto* dialog = new ChangesDialog(m_articleSession->timeline(), m_articleSession->catalog(), m_timeline->date(),
                                     m_view->settings().labelLanguage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesDialog::placeActivated, this, [this](const QString& placeId, QDate date) {
        m_timeline->setDate(date);
        const auto catalog = m_session->catalog();
        if (const auto lonLat = catalog ? catalog->lonLat(placeId) : std::nullopt)
            m_view->centerOn(*lonLat);
        m_view->setHighlightPlace(placeId);
        m_clearHighlightAction->setEnabled(true);
    });
    dialog->show(); // not modal: the window stays usable while the dialog is open
    return dialog;
}

TimelapseDialog* MainWindow::showTimelapseDialog()
{
    auto* dialog = new TimelapseDialog(
        m_session->data(), m_articleSession->timeline(), m_articleSession->postTimeline(), m_articleSession->articles(),
        m_session->catalog(), m_session->gazetteer() ? *m_session->gazetteer() : geo::Gazetteer(),
        m_view->settings().viewport, m_timeline->date(), m_view->settings().labelLanguage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ArticleWorkbench* MainWindow::showArticleWorkbench(const QString& articleId)
{
    if (!m_session->catalog()) {
        showError(tr("The map is still loading; try again in a moment."));
        return nullptr;
    }
    auto* workbench =
        new ArticleWorkbench(m_articleSession, m_session->gazetteer(), m_session->catalog(), interfaceLanguage(), this);
    workbench->setAttribute(Qt::WA_DeleteOnClose);
    workbench->setMapView(m_view);
    for (const geo::Article& article : m_articleSession->articles())
        if (!articleId.isEmpty() && article.id == articleId)
            workbench->loadArticle(article);
    workbench->show(); // not modal: the map stays usable, to pick places on it
    return workbench;
}

void MainWindow::buildDocks()
{
    auto addDock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(w);
        addDockWidget(area, dock);
        return dock;
    };
    m_layersDock = addDock(tr("Layers"), QStringLiteral("layersDock"), m_layers, Qt::LeftDockWidgetArea);
    auto* legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    m_legendDock = addDock(tr("Legend"), QStringLiteral("legendDock"), legendScroll, Qt::LeftDockWidgetArea);
    auto* identify = addDock(tr("Identify"), QStringLiteral("identifyDock"), m_identify, Qt::RightDockWidgetArea);
    auto* articles = addDock(tr("Articles"), QStringLiteral("articlesDock"), m_articlesPanel, Qt::RightDockWidgetArea);
    auto* posts = addDock(tr("Observation posts"), QStringLiteral("postsDock"), m_posts, Qt::RightDockWidgetArea);
    tabifyDockWidget(identify, articles);
    tabifyDockWidget(articles, posts);
    identify->raise();
    m_identifyDock = identify;
    // View > Panels: every dock, checked while it is shown; a closed panel comes back from here.
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget* dock : {m_layersDock, m_legendDock, identify, articles, posts})
        m_panelsMenu->addAction(dock->toggleViewAction());
}

void MainWindow::shareLeftDocks()
{
    // The legend's scroll area keeps the size hint it had when it was empty, so the two docks split the side by
    // halves whatever their rows need, and the legend is cut under a half-empty layers list. When the legend is
    // cut: if both fit, the legend gets what it needs and the layers the rest; if not, the layers list gets
    // its rows (up to half the side) and the legend the rest, scrolled.
    if (!m_layersDock->isVisible() || !m_legendDock->isVisible() || m_layersDock->isFloating() ||
        m_legendDock->isFloating() || dockWidgetArea(m_layersDock) != dockWidgetArea(m_legendDock))
        return;
    auto* legendScroll = static_cast<QScrollArea*>(m_legendDock->widget());
    const int legendNeed = m_legendDock->height() - legendScroll->viewport()->height() +
                           m_legend->heightForWidth(legendScroll->viewport()->width()) + 2;
    if (m_legendDock->height() >= legendNeed)
        return;
    const QListWidget* list = m_layers->list();
    int rowsHeight = 0;
    for (int i = 0; i < list->count(); ++i)
        rowsHeight +=
            std::max(list->sizeHintForRow(i), list->visualItemRect(list->item(i)).height()) + 2 * list->spacing();
    const int layersNeed = m_layersDock->height() - list->viewport()->height() + rowsHeight + 8;
    const int total = m_layersDock->height() + m_legendDock->height();
    const int layers = layersNeed + legendNeed <= total ? total - legendNeed : std::min(layersNeed, total / 2);
    if (std::abs(layers - m_layersDock->height()) < 4)
        return;
    resizeDocks({m_layersDock, m_legendDock}, {layers, total - layers}, Qt::Vertical);
}

void MainWindow::onDataChanged()
{
    const auto data = m_session->data();
    if (!data)
        return;
    m_view->setData(data);
    if (m_carriedView && m_carriedView->first == data->crs)
        m_view->setViewport(std::exchange(m_carriedView, std::nullopt)->second);
    m_view->setHiddenLayers(m_hidden);
    m_view->setLayerOrder(m_order);
    refreshLayersPanel();
    if (!m_session->catalog()) {
        // The catalog and then the articles (the store, the control timeline) once the first map is on screen:
        // they colour it, they need not hold it up. A window not shown draws no frame: then after a second.
        connect(m_view, &MapView::frameReady, m_session, &MapSession::loadCatalog, Qt::SingleShotConnection);
        QTimer::singleShot(1000, m_session, &MapSession::loadCatalog);
    }
    if (m_articlesStarted) {
        m_articleSession->setDisplayCrs(data->crs);
        m_articleSession->requestControl(m_timeline->date());
    }
    m_posts->setPosts(data->posts);
    m_search->setGazetteer(m_session->gazetteer(), geo::PlaceSearch::districtsOf(*data), data->crs);
    refreshLegend();
}

void MainWindow::startArticles()
{
    const auto data = m_session->data();
    if (m_articlesStarted || !data || !m_session->catalog())
        return;
    m_articlesStarted = true;
    m_articleSession->setCatalog(m_session->catalog(), data->crs, data->posts);
    m_articleSession->start();
}

void MainWindow::showLayerOpening()
{
    const bool opening = m_session->isOpeningLayer();
    if (opening && !m_openProgress->isVisible())
        m_openProgress->setRange(0, 0); // busy until the first layer is read
    m_openProgress->setVisible(opening);
    m_openCancel->setVisible(opening);
}

void MainWindow::refreshLayersPanel()
{
    if (const auto data = m_session->data())
        m_layers->setLayers(*data, m_hidden, m_order,
                            {{geo::kFrontLinesId, tr("Front lines (derived)")},
                             {geo::kControlAreasId, tr("Control areas (derived from towns)")}});
}

void MainWindow::onArticlesChanged()
{
    m_articlesPanel->setArticles(m_articleSession->articles());
    const auto timeline = m_articleSession->timeline();
    m_view->setTimeline(timeline);
    const QList<QDate> changes = timeline ? timeline->changeDates() : QList<QDate>{};
    if (changes.isEmpty()) {
        m_timeline->setChanges({}, {}, {});
        m_view->setControl(nullptr);
        refreshLegend();
        return;
    }
    const QDate previous = m_timeline->date().isValid() ? m_timeline->date() : m_restoredDate;
    m_timeline->setChanges(changes.first(), changes.last(), changes);
    if (previous.isValid())
        m_timeline->setDate(previous);
    m_articleSession->requestControl(m_timeline->date());
}

void MainWindow::clearHighlight()
{
    m_view->setHighlightPlace(QString());
    m_search->clear();
    m_clearHighlightAction->setEnabled(false);
}

void MainWindow::onFeatureClicked(const geo::PickedFeature& picked)
{
    // What was clicked is shown where the user looks: the Identify tab comes to the front.
    m_identifyDock->show();
    m_identifyDock->raise();
    const auto timeline = m_articleSession->timeline();
    const QString placeId = picked.feature().attributes.value(QStringLiteral("id")).toString();
    if (picked.layer->role != geo::LayerRole::Places || !timeline) {
        m_identify->showFeature(picked);
        return;
    }
    const auto overlay = m_view->settings().control;
    const geo::PlaceControl* control = nullptr;
    if (overlay) {
        const auto it = overlay->snapshot.places.constFind(placeId);
        if (it != overlay->snapshot.places.constEnd())
            control = &*it;
    }
    m_identify->showFeature(picked, timeline->ledger(placeId), control, overlay ? overlay->snapshot.date : QDate(),
                            &timeline->articles());
}

void MainWindow::showAnnotation(const geo::Article& article, const geo::Annotation& annotation)
{
    const auto catalog = m_session->catalog();
    const QString entity = annotation.kind == geo::AnnotationKind::Claim && !annotation.place.isEmpty()
                               ? annotation.place
                               : annotation.entity;
    if (catalog) {
        if (const auto lonLat = catalog->lonLat(entity)) {
            m_view->centerOn(*lonLat, 80);
            m_view->setHighlightPlace(m_session->gazetteer()->byId(entity) ? entity : QString());
        } else {
            statusBar()->showMessage(
                tr("%1 has no location on the map").arg(catalog->name(entity, geo::Language::English)), 5000);
        }
    }
    if (annotation.effectiveDate().isValid())
        m_timeline->setDate(annotation.effectiveDate());
    m_articlesPanel->showArticle(article.id, annotation.id);
}

void MainWindow::openArticleFiles(const QStringList& paths)
{
    rememberRecent(paths);
    if (!m_articleSession->canWrite()) { // said before anything is read, never half way
        showError(tr("Nothing was imported: read-only store: %1").arg(m_articleSession->readOnlyReason()));
        return;
    }
    m_articleSession->importFiles(paths);
}

void MainWindow::showStoreDialog()
{
    auto* dialog = new StoreDialog(m_articleSession->storePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { switchStore(dialog->location()); });
    dialog->open();
}

void MainWindow::switchStore(const QString& location)
{
    const geo::StoreLocation where(location);
    // Settings keep the display form only: a password typed into the connection is used now, never written.
    QSettings().setValue(QStringLiteral("store/location"), where.display());
    m_articleSession->setStorePath(location);
    showStore(where.display());
    if (m_articlesStarted)
        m_articleSession->reload();
    if (StoreDialog::holdsPassword(location))
        statusBar()->showMessage(
            tr("The password of this connection is used now but not kept: next time it comes from ~/.pgpass or "
               "PGPASSWORD."),
            10000);
}

void MainWindow::onWritableChanged(bool canWrite, const QString& why)
{
    // On two lines: what is refused, then what to do about it.
    const QString reason =
        tr("Read-only store: %1").arg(QString(why).replace(QStringLiteral("; "), QStringLiteral(";\n")));
    m_importAction->setEnabled(canWrite);
    m_importAction->setToolTip(canWrite ? tr("Add annotated articles to the store; the map moves for everyone "
                                             "using it")
                                        : reason);
    m_articlesPanel->setReadOnly(canWrite ? QString() : why);
    // The label says what the user cannot do; its tooltip (like Import's) adds what to do about it.
    setElidedText(m_readOnlyLabel, tr("Read-only store: %1").arg(why.section(QLatin1Char(';'), 0, 0)),
                  kReadOnlyLabelWidth, Qt::ElideRight);
    m_readOnlyLabel->setToolTip(reason);
    m_readOnlyLabel->setVisible(!canWrite);
    rebuildRecentMenu();
}

void MainWindow::showStore(const QString& display)
{
    setWindowTitle(tr("Frontline — Idleb 2019–2020 — %1").arg(display));
    // A file keeps its name, a connection its database (both come first once the folder or the scheme is cut).
    // The path or connection reads left to right in an Arabic line too (marks keep its slashes in place).
    const QString ltr = QChar(0x200E) + display + QChar(0x200E);
    setElidedText(m_storeLabel, tr("Store: %1").arg(ltr), kStoreLabelWidth,
                  geo::StoreLocation(display).isDatabase() ? Qt::ElideRight : Qt::ElideMiddle);
}

void MainWindow::onChangedElsewhere(const geo::StoreChange& change)
{
    const QString who = change.who.isEmpty() ? tr("Someone") : change.who;
    const QString what = change.what.isEmpty() ? tr("changed the store") : change.what;
    const QString when = change.when.isValid()
                             ? QLocale().toString(change.when.toLocalTime().time(), QStringLiteral("HH:mm"))
                             : QString();
    statusBar()->showMessage(when.isEmpty() ? tr("%1 %2").arg(who, what) : tr("%1 %2 at %3").arg(who, what, when),
                             10000);
}

void MainWindow::openFile(const QString& path)
{
    // An annotated article says so in its first bytes ("frontline": "article/1"); anything else is a layer.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(8192);
        if (head.contains("\"frontline\"") && head.contains("article/")) {
            openArticleFiles({path});
            return;
        }
    }
    openLayerFile(path);
}

void MainWindow::rememberRecent(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("articles/recent")).toStringList();
    for (const QString& p : paths) {
        recent.removeAll(p);
        recent.prepend(p);
    }
    settings.setValue(QStringLiteral("articles/recent"), recent.mid(0, 10));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("articles/recent")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openArticleFiles({path}); });
    m_recentMenu->setEnabled(!recent.isEmpty() && m_articleSession->canWrite());
}

void MainWindow::refreshLegend()
{
    geo::RenderSettings s = m_view->settings();
    s.hiddenLayers = m_hidden;
    s.layerOrder = m_order;
    m_legend->setContent(m_session->data(), s);
    QTimer::singleShot(0, this, &MainWindow::shareLeftDocks); // once the docks have their new sizes
}

void MainWindow::openLayerFile(const QString& path)
{
    m_session->openLayer(path);
    showLayerOpening();
}

void MainWindow::setLabelLanguage(geo::Language lang)
{
    m_labelLanguageChosen = true;
    applyLabelLanguage(lang);
}

void MainWindow::applyLabelLanguage(geo::Language lang)
{
    m_view->setLabelLanguage(lang);
    m_identify->setLanguage(lang);
    m_timeline->setLanguage(lang); // the badge and the timeline say the same "as of"
    for (QAction* a : m_languageActions->actions())
        a->setChecked(a->data().toString() == geo::languageCode(lang));
}

void MainWindow::setDisplayCrs(geo::DisplayCrs crs)
{
    for (QAction* a : m_crsActions->actions())
        a->setChecked(a->data().toString() == geo::crsCode(crs));
    if (m_session->data() && m_session->crs() == crs)
        return;
    m_session->loadBundled(crs);
}

void MainWindow::showError(const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Frontline"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, never blocks the event loop
    emit errorShown(message);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The store named on the command line wins; else the one chosen last in File > Store; else the user's own.
    QString store = m_storeArgument;
    if (store.isEmpty())
        store = settings.value(QStringLiteral("store/location")).toString();
    if (store.isEmpty())
        store = geo::ArticleStore::defaultPath();
    m_articleSession->setStorePath(store);
    showStore(geo::StoreLocation(store).display());
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QStringList hidden = settings.value(QStringLiteral("map/hiddenLayers")).toStringList();
    m_hidden = QSet<QString>(hidden.cbegin(), hidden.cend());
    m_order = settings.value(QStringLiteral("map/layerOrder")).toStringList();
    // The label language the user chose, else the interface's.
    const QString lang = settings.value(QStringLiteral("map/labelLanguageChoice")).toString();
    m_labelLanguageChosen = !lang.isEmpty();
    applyLabelLanguage(lang == QLatin1String("ar")   ? geo::Language::Arabic
                       : lang == QLatin1String("en") ? geo::Language::English
                       : lang == QLatin1String("fr") ? geo::Language::French
                                                     : interfaceLanguage());
    m_restoredDate = settings.value(QStringLiteral("map/date"), QDate(2020, 2, 8)).toDate();
    rebuildRecentMenu();
    const QString crs = settings.value(QStringLiteral("map/crs"), QStringLiteral("EPSG:3857")).toString();
    setDisplayCrs(crs == QLatin1String("EPSG:32637") ? geo::DisplayCrs::Utm37N : geo::DisplayCrs::WebMercator);
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    saveSettings();
    e->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("map/hiddenLayers"), QStringList(m_hidden.cbegin(), m_hidden.cend()));
    settings.setValue(QStringLiteral("map/layerOrder"), m_order);
    // Only a choice is kept: labels never chosen follow the interface language at the next start. (The key of
    // versions that kept the language whether chosen or not goes.)
    settings.remove(QStringLiteral("map/labelLanguage"));
    if (m_labelLanguageChosen)
        settings.setValue(QStringLiteral("map/labelLanguageChoice"),
                          geo::languageCode(m_view->settings().labelLanguage));
    else
        settings.remove(QStringLiteral("map/labelLanguageChoice"));
    settings.setValue(QStringLiteral("map/crs"), geo::crsCode(m_session->crs()));
    if (m_timeline->date().isValid())
        settings.setValue(QStringLiteral("map/date"), m_timeline->date());
}

void MainWindow::setInterfaceLanguage(const QString& code)
{
    saveInterfaceLanguage(code);
    for (QAction* a : m_interfaceActions->actions())
        a->setChecked(a->property(kInterfaceCode).toString() == code);
    const geo::Language lang = chosenInterfaceLanguage();
    if (lang == interfaceLanguage())
        return; // "System default" may be the language in use
    // Every text of every panel is set as it is built: a window built anew says them all in the new language, the
    // panels of others included, where retranslating in place would need each to know how. It opens where this
    // one is, from the settings written now (date, layers, projection, docks, labels), on the store in use (the
    // one named on the command line or chosen since), with the layers opened and the view as they are.
    saveSettings();
    applyInterfaceLanguage(lang);
    auto* next = new MainWindow(m_articleSession->storePath());
    next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
    next->setGeometry(geometry()); // exactly where this one is (restoreGeometry guesses the frame without a WM)
    next->setWindowState(windowState());
    if (m_session->data())
        next->m_carriedView = std::pair(m_session->crs(), m_view->viewport());
    for (const QString& path : m_session->userPaths())
        next->openLayerFile(path);
    next->show();
    emit replaced(next);
    close();
}

void MainWindow::resizeEvent(QResizeEvent* e)
{
    QMainWindow::resizeEvent(e);
    QTimer::singleShot(0, this, &MainWindow::shareLeftDocks); // the docks take their share of the new size first
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e)
{
    for (const QUrl& url : e->mimeData()->urls())
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    e->acceptProposedAction();
}
