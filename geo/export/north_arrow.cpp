#include "geo/export/north_arrow.h"

#include "geo/export/export_texts.h"
#include "geo/render/style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <numbers>

namespace geo {

double trueNorthAngle(const Viewport& viewport, DisplayCrs crs)
{
    const Projector& projector = Projector::forThread(crs);
    const QPointF centre = viewport.center();
    const QPointF lonLat = projector.inverse(centre);
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()))
        return 0;
    // 0.05 degrees of latitude, about 5.5 km: far enough for the digits, near enough to be local.
    const QPointF north = projector.forward(lonLat + QPointF(0, 0.05));
    const QPointF d = north - centre; // display CRS: x east, y north
    if (!std::isfinite(d.x()) || !std::isfinite(d.y()) || (d.x() == 0 && d.y() == 0))
        return 0;
    return std::atan2(d.x(), d.y()) * 180.0 / std::numbers::pi;
}

void drawNorthArrow(QPainter& painter, const QRectF& box, double angle, Language lang)
{
    Style::registerBundledFonts();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(box, 3, 3);

    const QFont font = Style::labelFont(8, true);
    const QFontMetricsF fm(font, painter.device());
    const double letterHeight = fm.ascent();
    // The arrow fills the box below the letter; the letter sits beyond its tip, upright.
    const double arrowLength = std::max(10.0, box.height() - letterHeight - 10);
    const QPointF centre(box.center().x(), box.bottom() - 4 - arrowLength / 2);
    const double radians = angle * std::numbers::pi / 180.0;
    const QPointF direction(std::sin(radians), -std::cos(radians)); // screen: y down
    const QPointF letterCentre = centre + direction * (arrowLength / 2 + 2 + letterHeight / 2);

    painter.save();
    painter.translate(centre);
    painter.rotate(angle);
    const double h = arrowLength / 2, w = std::min(6.0, box.width() / 4);
    const QPointF tip(0, -h), notch(0, h * 0.55), left(-w, h), right(w, h);
    painter.setBrush(palette::labelText);
    painter.drawPolygon(QPolygonF{tip, notch, left});
    painter.setBrush(Qt::white);
    painter.setPen(QPen(palette::labelText, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolygon(QPolygonF{tip, right, notch});
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(QPolygonF{tip, right, notch, left});
    painter.restore();

    painter.setFont(font);
    painter.setPen(palette::labelText);
    const QString letter = export_texts::northLetter(lang);
    const QRectF letterBox(letterCentre - QPointF(box.width() / 2, fm.height() / 2), QSizeF(box.width(), fm.height()));
    painter.drawText(letterBox, Qt::AlignCenter, letter);
    painter.restore();
}

} // namespace geo
