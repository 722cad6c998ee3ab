#include "layers_panel.h"

#include "interface_language.h"

#include "geo/render/map_legend.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QIcon symbolIcon(const geo::MapLayer& layer)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    geo::Style::drawLegendSymbol(painter, layer, QRectF(0, 0, 28, 16));
    return QIcon(pixmap);
}

} // namespace

LayersPanel::LayersPanel(QWidget* parent) : QWidget(parent), m_list(new QListWidget(this))
{
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setIconSize(QSize(28, 16));
    // A narrow panel cuts a long title at its end (whole in the tooltip) rather than scrolling sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto* open = new QPushButton(tr("Open layer…"), this);
    open->setToolTip(tr("Add any vector file GDAL reads: GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, OSM"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addWidget(open);
    connect(open, &QPushButton::clicked, this, &LayersPanel::openLayerRequested);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit hiddenLayersChanged(hiddenLayers());
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_updating)
            emit orderChanged(orderBottomToTop());
    });
}

void LayersPanel::setLayers(const geo::MapData& data, const QSet<QString>& hidden, const QStringList& order,
                            const QList<QPair<QString, QString>>& extra)
{
    m_updating = true;
    m_list->clear();
    for (const auto& [id, title] : extra) {
        auto* item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, true); // not map data: never reordered among the layers
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(hidden.contains(id) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(title);
    }
    geo::RenderSettings s;
    s.layerOrder = order;
    const auto layers = geo::MapRenderer::orderedVisibleLayers(s, data);
    // The top of the list is the top of the map.
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        const geo::MapLayer& layer = **it;
        // The bundled layers in the interface's language; a user's layer keeps its file's name.
        const QString title = geo::layerTitle(layer, interfaceLanguage());
        auto* item = new QListWidgetItem(symbolIcon(layer), title, m_list);
        item->setData(Qt::UserRole, layer.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(hidden.contains(layer.id) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(layer.source.isEmpty() ? title : title + QLatin1Char('\n') + layer.source);
    }
    m_updating = false;
}

QSet<QString> LayersPanel::hiddenLayers() const
{
    QSet<QString> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() != Qt::Checked)
            ids.insert(m_list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QStringList LayersPanel::orderBottomToTop() const
{
    QStringList ids;
    for (int i = m_list->count() - 1; i >= 0; --i)
        if (!m_list->item(i)->data(Qt::UserRole + 1).toBool())
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}
