#include "legend_widget.h"

#include "geo/map_renderer.h"
#include "geo/style.h"

#include <QPainter>

namespace {
constexpr int kRowHeight = 22;
constexpr int kSymbolWidth = 30;

// A copy of LAYER holding only feature INDEX, so the symbol is drawn in that feature's style.
std::function<void(QPainter&, const QRectF&)> featureSymbol(std::shared_ptr<const geo::MapLayer> layer, int index)
{
    return [layer, index](QPainter& painter, const QRectF& r) {
        geo::MapLayer single = *layer;
        if (index >= 0)
            single.features = {layer->features[index]};
        if (single.kind == geo::GeometryKind::Point && !single.features.isEmpty())
            geo::Style::drawMarker(painter, single, single.features.first(), r.center());
        else
            geo::Style::drawLegendSymbol(painter, single, r);
    };
}

} // namespace

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent) { setMinimumWidth(200); }

void LegendWidget::setContent(std::shared_ptr<const geo::MapData> data, const geo::RenderSettings& settings)
{
    m_rows.clear();
    if (settings.control && settings.control->snapshot.date.isValid()) {
        QSet<geo::Controller> present;
        for (const geo::PlaceControl& pc : settings.control->snapshot.places)
            present.insert(pc.controller);
        const QList<QPair<geo::Controller, QString>> controllers{
            {geo::Controller::Government, tr("Government (Syrian army and allies)")},
            {geo::Controller::Opposition, tr("Opposition (rebel factions)")},
            {geo::Controller::Hts, tr("Hayat Tahrir al-Cham (HTS)")},
            {geo::Controller::Turkey, tr("Turkey")},
            {geo::Controller::Contested, tr("Contested: the sources disagree")}};
        for (const auto& [c, text] : controllers) {
            if (!present.contains(c))
                continue;
            m_rows.append({text, [c = c](QPainter& p, const QRectF& r) {
                               geo::Style::drawControlSymbol(p, r.center(), 5, c, geo::ClaimStatus::Assessed);
                           }});
        }
        m_rows.append({tr("Assessed (confirmed independently): solid"), [](QPainter& p, const QRectF& r) {
                           geo::Style::drawControlSymbol(p, r.center(), 5, geo::Controller::Government,
                                                         geo::ClaimStatus::Assessed);
                       }});
        m_rows.append({tr("Claimed (reported only): ring"), [](QPainter& p, const QRectF& r) {
                           geo::Style::drawControlSymbol(p, r.center(), 5, geo::Controller::Government,
                                                         geo::ClaimStatus::Claimed);
                       }});
        if (!settings.hiddenLayers.contains(geo::kControlAreasId) && !settings.control->areas.isEmpty())
            m_rows.append({tr("Control areas — derived from the towns, not surveyed"), [](QPainter& p, const QRectF& r) {
                               QColor c = geo::palette::government;
                               c.setAlpha(56);
                               p.fillRect(r.adjusted(1, 2, -1, -2), c);
                           }});
        if (!settings.hiddenLayers.contains(geo::kFrontLinesId) && !settings.control->frontLines.isEmpty())
            m_rows.append({tr("Front line — derived"), [](QPainter& p, const QRectF& r) {
                               QPen pen(geo::palette::frontLine, 2.4);
                               pen.setDashPattern({4, 1.5});
                               p.setPen(pen);
                               p.drawLine(QPointF(r.left() + 1, r.center().y()), QPointF(r.right() - 1, r.center().y()));
                           }});
    }
    if (data) {
        const auto layers = geo::MapRenderer::orderedVisibleLayers(settings, *data);
        for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
            const auto& layer = *it;
            if (layer->role == geo::LayerRole::Highways) {
                for (int i = 0; i < layer->features.size(); ++i) {
                    const QString ref = layer->features[i].attributes.value(QStringLiteral("ref")).toString();
                    m_rows.append({layer->schematic ? tr("%1 highway — schematic (through the towns it serves)").arg(ref)
                                                    : tr("%1 highway").arg(ref),
                                   featureSymbol(layer, i)});
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
                    const QString text = key == QLatin1String("key")    ? tr("Key town (2019–2020 front)")
                                         : key == QLatin1String("city") ? tr("City")
                                         : key == QLatin1String("town") ? tr("Town")
                                                                        : tr("Village");
                    m_rows.append({text, featureSymbol(layer, i)});
                }
                continue;
            }
            m_rows.append({layer->title, featureSymbol(layer, layer->features.isEmpty() ? -1 : 0)});
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
        painter.save();
        row.symbol(painter, QRectF(6, y + 3, kSymbolWidth - 6, kRowHeight - 6));
        painter.restore();
        painter.setPen(palette().text().color());
        painter.drawText(QRect(kSymbolWidth + 6, y, width() - kSymbolWidth - 8, kRowHeight),
                         Qt::AlignVCenter | Qt::TextSingleLine, row.text);
        y += kRowHeight;
    }
}
