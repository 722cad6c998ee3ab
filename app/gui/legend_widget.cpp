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

int LegendWidget::rowHeight(const geo::LegendRow& row, int width) const
{
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, std::max(40, width - kSymbolWidth - 8), 10000),
                                                  Qt::AlignVCenter | Qt::TextWordWrap, row.text);
    return std::max(kRowHeight, text.height() + 6);
}

int LegendWidget::heightForWidth(int width) const
{
    int h = 8;
    for (const geo::LegendRow& row : m_rows)
        h += rowHeight(row, width);
    return h;
}

QSize LegendWidget::sizeHint() const
{
    // The rows' height at the width the widget has (wrapped rows are taller), or at its usual width before
    // it is laid out.
    return QSize(260, heightForWidth(testAttribute(Qt::WA_Resized) ? width() : 260));
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    int y = 4;
    for (const geo::LegendRow& row : std::as_const(m_rows)) {
        const int h = rowHeight(row, width());
        painter.save();
        geo::drawLegendSymbol(painter, row, QRectF(6, y + 3, kSymbolWidth - 6, kRowHeight - 6));
        painter.restore();
        painter.setPen(palette().text().color());
        painter.drawText(QRect(kSymbolWidth + 6, y, width() - kSymbolWidth - 8, h), Qt::AlignVCenter | Qt::TextWordWrap,
                         row.text);
        y += h;
    }
}
