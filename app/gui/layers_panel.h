#pragma once
// The layers list: show or hide each layer, drag to reorder (top of the list is drawn on top), open more.

#include "geo/map_data.h"

#include <QSet>
#include <QWidget>

class QListWidget;

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);

    void setLayers(const geo::MapData& data, const QSet<QString>& hidden, const QStringList& order);
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
