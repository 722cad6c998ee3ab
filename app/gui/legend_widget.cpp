#include "legend_widget.h"

#include "geo/map_renderer.h"
#include "geo/style.h"

#include <QPainter>

namespace {
constexpr int kRowHeight = 22;
constexpr int kSymbolWidth = 30;
} // namespace

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent) { setMinimumWidth(200); }

void LegendWidget::setContent(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings)
{
    m_rows.clear();
    if (data) {
        const auto layers = geo::MapRenderer::orderedVisibleLayers(settings, *data);
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            const auto& layer = *it;
            if (layer->role == geo::LayerRole::Highways) {
                for (int i = 0; i < layer->features.size(); ++i) {
                    const QString ref = layer->features[i].attributes.value(QStringLiteral("ref")).toString();
                    m_rows.append({layer, i,
                                   layer->schematic ? tr("%1 highway — schematic (through the towns it serves)").arg(ref)
                                                    : tr("%1 highway").arg(ref)});
                }
                continue;
            }
            if (layer->role == geo::LayerRole::Places) {
                // One row per kind of marker.
                QSet<QString> seen;
                for (int i = 0; i < layer->features.size(); ++i) {
                    const auto& a = layer->features[i].attributes;
                    const QString key = a.value(QStringLiteral("key_town")).toBool()
                                            ? QStringLiteral("key")
                                            : a.value(QStringLiteral("kind")).toString();
                    if (seen.contains(key) || key == QLatin1String("hamlet"))
                        continue;
                    seen.insert(key);
                    const QString text = key == QLatin1String("key")     ? tr("Key town (2019–2020 front)")
                                         : key == QLatin1String("city")  ? tr("City")
                                         : key == QLatin1String("town")  ? tr("Town")
                                                                          : tr("Village");
                    m_rows.append({layer, i, text});
                }
                continue;
            }
            QString text = layer->title;
            m_rows.append({layer, layer->features.isEmpty() ? -1 : 0, text});
        }
    }
    updateGeometry();
    update();
}

QStringList LegendWidget::rowTexts() const
{
    QStringList texts;
    for (const Row& r : m_rows)
        texts << r.text;
    return texts;
}

QSize LegendWidget::sizeHint() const { return QSize(260, int(m_rows.size()) * kRowHeight + 8); }

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    int y = 4;
    for (const Row& row : std::as_const(m_rows)) {
        geo::MapLayer single = *row.layer;
        if (row.featureIndex >= 0)
            single.features = {row.layer->features[row.featureIndex]};
        const QRectF symbol(6, y + 3, kSymbolWidth - 6, kRowHeight - 6);
        if (single.kind == geo::GeometryKind::Point && !single.features.isEmpty())
            geo::Style::drawMarker(painter, single, single.features.first(), symbol.center());
        else
            geo::Style::drawLegendSymbol(painter, single, symbol);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(kSymbolWidth + 6, y, width() - kSymbolWidth - 8, kRowHeight),
                         Qt::AlignVCenter | Qt::TextSingleLine, row.text);
        y += kRowHeight;
    }
}
