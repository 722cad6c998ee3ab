#pragma once
// The window's legend: the same rows as an export's (geo::legendRows) for what the map shows now.

#include "geo/render/map_legend.h"

#include <QWidget>

class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);
    void setContent(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings);
    QStringList rowTexts() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    // A long row wraps onto a second line rather than being cut at the panel's edge.
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    int rowHeight(const geo::LegendRow& row, int width) const;
    QVector<geo::LegendRow> m_rows;
};
