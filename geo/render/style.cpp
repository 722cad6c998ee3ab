#include "geo/render/style.h"

#include <QFontDatabase>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>

namespace geo {

namespace {

QString placeKindOf(const MapFeature& f)
{
    return f.attributes.value(QStringLiteral("kind")).toString();
}

bool isKeyTown(const MapFeature& f)
{
    return f.attributes.value(QStringLiteral("key_town")).toBool();
}

} // namespace

void Style::registerBundledFonts()
{
    static QMutex mutex;
    static bool done = false;
    QMutexLocker lock(&mutex);
    if (done)
        return;
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
    done = true;
}

QString Style::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QFont Style::labelFont(double pointSize, bool bold)
{
    QFont font(fontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QColor Style::highwayColor(const QString& ref)
{
    if (ref == QLatin1String("M5"))
        return palette::m5;
    if (ref == QLatin1String("M4"))
        return palette::m4;
    return palette::otherRoad;
}

QBrush Style::fillFor(const MapLayer& layer, const MapFeature& feature)
{
    switch (layer.role) {
    case LayerRole::Land:
        return feature.attributes.value(QStringLiteral("iso2")).toString() == QLatin1String("SY")
                   ? palette::syriaLand
                   : palette::foreignLand;
    case LayerRole::Governorates:
        if (feature.attributes.value(QStringLiteral("ADM1_PCODE")).toString() == QLatin1String("SY07"))
            return palette::idlebFill;
        return palette::syriaLand;
    case LayerRole::User: {
        QColor c = palette::userLayer;
        c.setAlpha(60);
        return c;
    }
    default: return Qt::NoBrush;
    }
}

QPen Style::penFor(const MapLayer& layer, const MapFeature& feature)
{
    QPen pen(Qt::NoPen);
    auto cosmetic = [](QColor c, double w, Qt::PenStyle s = Qt::SolidLine) {
        QPen p(c, w, s, Qt::RoundCap, Qt::RoundJoin);
        p.setCosmetic(true);
        return p;
    };
    switch (layer.role) {
    case LayerRole::Land: return pen;
    case LayerRole::Governorates:
        if (feature.attributes.value(QStringLiteral("ADM1_PCODE")).toString() == QLatin1String("SY07"))
            return cosmetic(palette::governorateLine.darker(130), 2.2);
        return cosmetic(palette::governorateLine, 1.3);
    case LayerRole::Districts: return cosmetic(palette::districtLine, 0.8, Qt::DashLine);
    case LayerRole::Rivers:
        return cosmetic(palette::water, feature.attributes.value(QStringLiteral("level")).toInt() <= 2 ? 1.8 : 1.0);
    case LayerRole::Shoreline: return cosmetic(palette::water, 1.2);
    case LayerRole::Border: return cosmetic(palette::border, 1.8, Qt::DashDotLine);
    case LayerRole::Highways: {
        const QColor c = highwayColor(feature.attributes.value(QStringLiteral("ref")).toString());
        // The M4 is drawn wider and first, so where both roads share a stretch (Aleppo-Saraqeb) the M5's
        // dashes run inside the M4's band and both stay visible.
        const double width =
            feature.attributes.value(QStringLiteral("ref")).toString() == QLatin1String("M4") ? 6.0 : 3.5;
        if (layer.schematic) {
            QPen p = cosmetic(c, width);
            p.setDashPattern({12.0 / width, 5.0 / width}); // dashes: drawn through towns, not the real course
            p.setCapStyle(Qt::FlatCap);
            return p;
        }
        return cosmetic(c, width);
    }
    // One pixel: Qt draws one-pixel cosmetic lines on its fast path, several times faster than wider ones, which
    // counts on a layer of millions of vertices.
    case LayerRole::User: return cosmetic(palette::userLayer, 1.0);
    case LayerRole::Places:
    case LayerRole::Posts: return pen;
    }
    return pen;
}

bool Style::featureVisible(const MapLayer& layer, const MapFeature& feature, double upp)
{
    if (layer.role != LayerRole::Places)
        return true;
    if (isKeyTown(feature))
        return true;
    const QString kind = placeKindOf(feature);
    if (kind == QLatin1String("city"))
        return true;
    if (kind == QLatin1String("town"))
        return upp < 400;
    if (kind == QLatin1String("village"))
        return upp < 120;
    return upp < 50; // hamlets
}

bool Style::labelVisible(const MapLayer& layer, const MapFeature& feature, double upp)
{
    switch (layer.role) {
    case LayerRole::Places: {
        if (isKeyTown(feature) || placeKindOf(feature) == QLatin1String("city"))
            return upp < 2500;
        const QString kind = placeKindOf(feature);
        if (kind == QLatin1String("town"))
            return upp < 250;
        if (kind == QLatin1String("village"))
            return upp < 70;
        return upp < 35;
    }
    case LayerRole::Posts: return upp < 300;
    case LayerRole::Governorates: return upp > 80 && upp < 3000;
    case LayerRole::Highways: return upp < 3000;
    case LayerRole::Districts: return upp < 150 && upp > 20;
    default: return false;
    }
}

double Style::markerRadius(const MapLayer& layer, const MapFeature& feature)
{
    if (layer.role == LayerRole::Posts)
        return 6.0;
    if (layer.role != LayerRole::Places)
        return 3.0;
    if (isKeyTown(feature))
        return placeKindOf(feature) == QLatin1String("city") ? 6.0 : 5.0;
    const QString kind = placeKindOf(feature);
    if (kind == QLatin1String("city"))
        return 5.0;
    if (kind == QLatin1String("town"))
        return 3.5;
    return 2.2;
}

QPointF Style::markerOffset(const MapLayer& layer)
{
    return layer.role == LayerRole::Posts ? QPointF(10, -10) : QPointF(0, 0);
}

bool Style::markerMandatory(const MapLayer& layer, const MapFeature& feature)
{
    if (layer.role != LayerRole::Places)
        return true;
    return isKeyTown(feature) || placeKindOf(feature) == QLatin1String("city");
}

QColor Style::controllerColor(Controller controller)
{
    switch (controller) {
    case Controller::Government: return palette::government;
    case Controller::Opposition: return palette::opposition;
    case Controller::Hts: return palette::hts;
    case Controller::Turkey: return palette::turkey;
    case Controller::Contested: return Qt::black;
    case Controller::Unknown: break;
    }
    return palette::placeMarker;
}

QColor Style::areaColor(Controller controller)
{
    // Light tints, mixed with white here so that they are opaque: the same colour over Idleb's fill, the rest of
    // Syria or Turkey. HTS's dark grey is mixed less, to stay apart from the grey of the land with no claim.
    const auto tint = [](const QColor& c, double share) {
        return QColor(qRound(c.red() * share + 255 * (1 - share)), qRound(c.green() * share + 255 * (1 - share)),
                      qRound(c.blue() * share + 255 * (1 - share)));
    };
    switch (controller) {
    case Controller::Government: return tint(palette::government, 0.30);
    case Controller::Opposition: return tint(palette::opposition, 0.30);
    case Controller::Hts: return tint(palette::hts, 0.45);
    case Controller::Turkey: return tint(palette::turkey, 0.30);
    case Controller::Contested: return QColor(0xfa, 0xfa, 0xfa);
    case Controller::Unknown: break;
    }
    return palette::noClaimArea;
}

QBrush Style::areaHatch(Controller controller)
{
    // Sparse grey dots on the land with no claim: it stays apart from Turkey's grey land beside it.
    if (controller == Controller::Unknown)
        return QBrush(QColor(0xa0, 0xa0, 0xa0), Qt::Dense7Pattern);
    if (controller != Controller::Contested)
        return Qt::NoBrush;
    QColor c = palette::evidence;
    c.setAlpha(110);
    return QBrush(c, Qt::BDiagPattern);
}

Evidence Style::evidenceOf(const PlaceControl& control)
{
    if (control.controller == Controller::Contested || control.conflict)
        return Evidence::Contested;
    if (control.inferred)
        return Evidence::Inferred;
    return control.status == ClaimStatus::Assessed ? Evidence::Assessed : Evidence::Claimed;
}

namespace {

// The outline of EVIDENCE around a disc of radius R at AT (the fill is already drawn).
void drawEvidenceOutline(QPainter& painter, QPointF at, double r, Evidence evidence)
{
    switch (evidence) {
    case Evidence::Assessed:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette::evidence, 1.4));
        painter.drawEllipse(at, r, r);
        return;
    case Evidence::Claimed: {
        // A white gap, then a dashed ring: reported, not confirmed.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 1.6));
        painter.drawEllipse(at, r + 0.6, r + 0.6);
        QPen dashed(palette::evidence, 1.4, Qt::SolidLine, Qt::FlatCap);
        dashed.setDashPattern({1.6, 1.3});
        painter.setPen(dashed);
        painter.drawEllipse(at, r + 1.9, r + 1.9);
        return;
    }
    case Evidence::Inferred: {
        // A thin outline and a small dark mark at the top right: nobody reported it, it is read back from a later
        // claim.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette::evidence, 0.8));
        painter.drawEllipse(at, r, r);
        const double m = std::max(1.6, r * 0.38);
        const QPointF corner = at + QPointF(r * 0.85, -r * 0.85);
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(palette::evidence);
        painter.drawEllipse(corner, m, m);
        return;
    }
    case Evidence::Contested:
        painter.setBrush(QBrush(palette::evidence, Qt::BDiagPattern));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(at, r, r);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette::evidence, 1.4));
        painter.drawEllipse(at, r, r);
        return;
    }
}

} // namespace

void Style::drawControlSymbol(QPainter& painter, QPointF at, double r, Controller controller, Evidence evidence)
{
    if (controller == Controller::Unknown) {
        drawNoClaimSymbol(painter, at, r);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double radius = r + 1;
    painter.setPen(Qt::NoPen);
    painter.setBrush(evidence == Evidence::Contested ? QColor(Qt::white) : controllerColor(controller));
    painter.drawEllipse(at, radius, radius);
    drawEvidenceOutline(painter, at, radius, evidence);
    painter.restore();
}

void Style::drawNoClaimSymbol(QPainter& painter, QPointF at, double r)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(palette::noClaimOutline, 1.0));
    painter.setBrush(palette::noClaimMarker);
    painter.drawEllipse(at, r, r);
    painter.restore();
}

void Style::drawEvidenceSymbol(QPainter& painter, QPointF at, double r, Evidence evidence)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double radius = r + 1;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(at, radius, radius);
    drawEvidenceOutline(painter, at, radius, evidence);
    painter.restore();
}

void Style::drawAreaSwatch(QPainter& painter, const QRectF& rect, Controller controller)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF box = rect.adjusted(1, 1, -1, -1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(areaColor(controller));
    painter.drawRect(box);
    if (areaHatch(controller).style() != Qt::NoBrush) {
        painter.setBrush(areaHatch(controller));
        painter.drawRect(box);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (controller == Controller::Unknown) {
        drawNoClaimSymbol(painter, box.center(), 3.5);
    } else {
        // The side's marker with a white edge: any evidence (the evidence rows show the outlines).
        const double r = 4.0;
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(controller == Controller::Contested ? QColor(Qt::white) : controllerColor(controller));
        painter.drawEllipse(box.center(), r, r);
        if (controller == Controller::Contested)
            drawEvidenceOutline(painter, box.center(), r, Evidence::Contested);
    }
    painter.restore();
}

void Style::drawPostSymbol(QPainter& painter, QPointF at, double r, PostState state)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPolygonF tri{at + QPointF(0, -r * 1.1), at + QPointF(r, r * 0.75), at + QPointF(-r, r * 0.75)};
    if (state == PostState::Encircled) {
        painter.setPen(QPen(palette::government, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 3, r + 3);
    }
    if (state == PostState::Withdrawn) {
        QPen pen(Qt::gray, 1.6, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(tri);
    } else {
        painter.setBrush(Qt::white);
        painter.setPen(QPen(palette::post, 2.0));
        painter.drawPolygon(tri);
        painter.setBrush(palette::post);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(at + QPointF(0, r * 0.15), r * 0.3, r * 0.3);
    }
    painter.restore();
}

void Style::drawMarker(QPainter& painter, const MapLayer& layer, const MapFeature& feature, QPointF at,
                       const PlaceControl* control, const PostStatus* post, bool noClaimOnDate)
{
    const double r = markerRadius(layer, feature);
    if (layer.role == LayerRole::Places && control && control->controller != Controller::Unknown) {
        drawControlSymbol(painter, at, r, control->controller, evidenceOf(*control));
        return;
    }
    if (layer.role == LayerRole::Places && (noClaimOnDate || control)) {
        drawNoClaimSymbol(painter, at, r);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (layer.role) {
    case LayerRole::Posts:
        // A triangle beside the village point, joined to it by a leader.
        painter.setPen(QPen(palette::post, 1.0));
        painter.drawLine(at - markerOffset(layer), at);
        drawPostSymbol(painter, at, r, post ? post->state : PostState::SetUp);
        break;
    case LayerRole::Places: {
        const QString kind = placeKindOf(feature);
        if (isKeyTown(feature) || kind == QLatin1String("city") || kind == QLatin1String("town")) {
            painter.setBrush(Qt::white);
            painter.setPen(QPen(palette::placeMarker, isKeyTown(feature) ? 2.0 : 1.4));
            painter.drawEllipse(at, r, r);
            if (kind == QLatin1String("city")) {
                painter.setBrush(palette::placeMarker);
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(at, r * 0.45, r * 0.45);
            }
        } else {
            painter.setBrush(palette::villageMarker);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(at, r, r);
        }
        break;
    }
    default:
        painter.setBrush(palette::userLayer);
        painter.setPen(QPen(Qt::white, 1.0));
        painter.drawEllipse(at, r, r);
        break;
    }
    painter.restore();
}

void Style::drawLegendSymbol(QPainter& painter, const MapLayer& layer, const QRectF& rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const MapFeature sample = layer.features.isEmpty() ? MapFeature{} : layer.features.first();
    switch (layer.kind) {
    case GeometryKind::Polygon: {
        painter.setBrush(fillFor(layer, sample));
        QPen pen = penFor(layer, sample);
        pen.setCosmetic(false);
        painter.setPen(pen.style() == Qt::NoPen ? QPen(palette::governorateLine, 0.5) : pen);
        painter.drawRect(rect.adjusted(1, 2, -1, -2));
        break;
    }
    case GeometryKind::Line: {
        QPen pen = penFor(layer, sample);
        pen.setCosmetic(false);
        painter.setPen(pen);
        painter.drawLine(QPointF(rect.left() + 1, rect.center().y()), QPointF(rect.right() - 1, rect.center().y()));
        break;
    }
    case GeometryKind::Point: drawMarker(painter, layer, sample, rect.center()); break;
    case GeometryKind::None: break;
    }
    painter.restore();
}

} // namespace geo
