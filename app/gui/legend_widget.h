#pragma once
// The legend of what the map shows now: one row per visible layer (and per highway), with the schematic and
// approximate layers said to be so.

#include "geo/map_data.h"
#include "geo/render_settings.h"

#include <QWidget>

class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);
    void setContent(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings);
    QStringList rowTexts() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    struct Row {
        std::shared_ptr<const geo::MapLayer> layer;
        int featureIndex = -1;
        QString text;
    };
    QVector<Row> m_rows;
};
