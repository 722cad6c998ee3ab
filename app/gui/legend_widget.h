#pragma once
// The legend of what the map shows now: one row per visible layer (and per highway, per kind of town), the
// controllers on the chosen date, claimed vs assessed, and the derived areas said to be derived.

#include "geo/map_data.h"
#include "geo/render_settings.h"

#include <QWidget>

#include <functional>

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
        QString text;
        std::function<void(QPainter&, const QRectF&)> symbol;
    };
    QVector<Row> m_rows;
};
