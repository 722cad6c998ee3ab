#pragma once
// The layers list: show or hide each layer, drag to reorder (top of the list is drawn on top), open more.

#include "geo/data/map_data.h"

#include <QSet>
#include <QWidget>

class QListWidget;

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);

    // EXTRA: (id, title) of layers that are not map data (the derived control areas), listed on top.
    void setLayers(const geo::MapData& data, const QSet<QString>& hidden, const QStringList& order,
                   const QList<QPair<QString, QString>>& extra = {});
    QSet<QString> hiddenLayers() const;
    QStringList orderBottomToTop() const;
    QListWidget* list() const { return m_list; }

signals:
    void hiddenLayersChanged(const QSet<QString>& ids);
    void orderChanged(const QStringList& idsBottomToTop);
    void openLayerRequested();

private:
    QListWidget* m_list;
    bool m_updating = false;
};
