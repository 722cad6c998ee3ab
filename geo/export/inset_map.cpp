#include "geo/export/inset_map.h"

#include "geo/export/export_texts.h"
#include "geo/render/style.h"

#include <QPainter>

namespace geo {

namespace {

const QString kGovernorates = QStringLiteral("governorates");

// Syria with a margin, in the display CRS.
QRectF countryExtent(const MapData& data)
{
    const auto layer = data.layer(kGovernorates);
    if (!layer || layer->bounds.isEmpty())
        return {};
    const QRectF b = layer->bounds;
    return b.adjusted(-b.width() * 0.04, -b.height() * 0.04, b.width() * 0.04, b.height() * 0.04);
}

} // namespace

double insetAspect(const MapData& data)
{
    const QRectF e = countryExtent(data);
    return e.isEmpty() ? 0.9 : e.height() / e.width();
}

void drawInsetMap(QPainter& painter, const QRectF& rect, const MapData& data, const QRectF& frameExtent, Language lang)
{
    const auto layer = data.layer(kGovernorates);
    QRectF shown = countryExtent(data);
    if (!layer || shown.isEmpty() || rect.isEmpty())
        return;
    shown = shown.united(frameExtent);
    const double s = std::min(rect.width() / shown.width(), rect.height() / shown.height());
    const QTransform toInset(s, 0, 0, -s, rect.center().x() - shown.center().x() * s,
                             rect.center().y() + shown.center().y() * s);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(rect, palette::noData);

    auto cosmetic = [](QColor c, double w) {
        QPen p(c, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setCosmetic(true);
        return p;
    };
    const auto pathOf = [](const MapFeature& f) -> const QPainterPath& {
        return f.simplePath.isEmpty() ? f.path : f.simplePath;
    };
    painter.save();
    painter.setTransform(toInset, true);
    // The country's outline: a wide stroke of every governorate, whose inner half the fills then cover.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmetic(palette::border, 1.6));
    for (const MapFeature& f : layer->features)
        painter.drawPath(pathOf(f));
    painter.setPen(cosmetic(palette::governorateLine, 0.5));
    for (const MapFeature& f : layer->features) {
        painter.setBrush(Style::fillFor(*layer, f));
        painter.drawPath(pathOf(f));
    }
    painter.restore();

    // The country's name, in the east (the desert), clear of the north-west where frames lie.
    const QRectF country = toInset.mapRect(layer->bounds);
    QFont font = Style::labelFont(6.5, true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, lang == Language::Arabic ? 0 : 1.2);
    painter.setFont(font);
    painter.setPen(palette::areaLabel);
    const QRectF nameBox(country.left() + country.width() * 0.45, country.top() + country.height() * 0.45,
                         country.width() * 0.45, country.height() * 0.2);
    painter.drawText(nameBox, Qt::AlignCenter, export_texts::country(lang));

    // The frame, at least a few pixels wide so that a town-sized frame still shows.
    QRectF r = toInset.mapRect(frameExtent);
    constexpr double kSmallest = 7;
    if (r.width() < kSmallest || r.height() < kSmallest)
        r = QRectF(r.center() - QPointF(std::max(r.width(), kSmallest) / 2, std::max(r.height(), kSmallest) / 2),
                   QSizeF(std::max(r.width(), kSmallest), std::max(r.height(), kSmallest)));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.4));
    painter.drawRect(r);
    painter.setPen(QPen(palette::highlight, 1.6));
    painter.drawRect(r);

    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.75));
    painter.drawRect(rect);
    painter.restore();
}

} // namespace geo
