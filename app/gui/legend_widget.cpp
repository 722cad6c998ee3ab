#include "legend_widget.h"

#include "interface_language.h"

#include <QPainter>

namespace {
constexpr int kRowHeight = 22;
constexpr int kSymbolWidth = 30;
} // namespace

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumWidth(200);
}

void LegendWidget::setContent(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings)
{
    m_rows = data ? geo::legendRows(settings, *data, interfaceLanguage(), geo::LegendScope::VisibleLayers)
                  : QVector<geo::LegendRow>{};
    updateGeometry();
    update();
}

QStringList LegendWidget::rowTexts() const
{
    QStringList texts;
    for (const geo::LegendRow& r : m_rows)
        texts << r.text;
    return texts;
}

QSize LegendWidget::sizeHint() const
{
    return QSize(260, int(m_rows.size()) * kRowHeight + 8);
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    int y = 4;
    for (const geo::LegendRow& row : std::as_const(m_rows)) {
        painter.save();
        geo::drawLegendSymbol(painter, row, QRectF(6, y + 3, kSymbolWidth - 6, kRowHeight - 6));
        painter.restore();
        painter.setPen(palette().text().color());
        painter.drawText(QRect(kSymbolWidth + 6, y, width() - kSymbolWidth - 8, kRowHeight),
                         Qt::AlignVCenter | Qt::TextSingleLine, row.text);
        y += kRowHeight;
    }
}
