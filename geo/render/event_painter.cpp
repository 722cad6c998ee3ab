#include "geo/render/event_painter.h"

#include "geo/core/date_text.h"
#include "geo/core/projector.h"
#include "geo/render/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace geo {

namespace {

constexpr double kSymbolRadius = 6.0;
// An event's symbol stands above and to the left of its place's point, which a town marker already occupies (and a
// post's marker is above and to the right), with a leader to the point.
const QPointF kSymbolOffset(-10, -10);
const QColor kCorridor(0x7b, 0x4f, 0xa8); // the M4's own purple
const QColor kPatrol(0x2c, 0x3e, 0x8f);
const QColor kReinforcement(0x2c, 0x7f, 0xb8);
const QColor kShelling(0xe6, 0x55, 0x0d);
const QColor kAirStrike(0x99, 0x00, 0x33);

QString pick(Language lang, const char16_t* fr, const char16_t* en, const char16_t* ar)
{
    return byLanguage(lang, QString::fromUtf16(fr), QString::fromUtf16(en), QString::fromUtf16(ar));
}

bool shown(const RenderSettings& settings, const QString& layerId)
{
    return settings.control && settings.control->snapshot.date.isValid() && !settings.hiddenLayers.contains(layerId);
}

bool isPointEvent(MapEventKind kind)
{
    return kind == MapEventKind::JointPatrol || kind == MapEventKind::Reinforcement || kind == MapEventKind::Shelling ||
           kind == MapEventKind::AirStrike;
}

bool isNoteEvent(MapEventKind kind)
{
    return kind == MapEventKind::Ceasefire || kind == MapEventKind::Agreement;
}

QBrush areaClaimHatch(Controller controller)
{
    QColor c = Style::controllerColor(controller);
    c.setAlpha(120); // lighter than the towns' control: a claim about a whole area is less precise
    return QBrush(c, Qt::BDiagPattern);
}

QPen areaClaimPen(Controller controller)
{
    QColor c = Style::controllerColor(controller);
    c.setAlpha(200);
    QPen pen(c, 1.6, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    pen.setDashPattern({6, 3});
    return pen;
}

QPen corridorPen()
{
    QPen pen(kCorridor, 1.5, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    pen.setDashPattern({5, 2.5});
    return pen;
}

QColor corridorFill()
{
    QColor c = kCorridor;
    c.setAlpha(60);
    return c;
}

// The symbol of an event at a place, centred on AT: a patrol's diamond, a reinforcement's triangle, shelling's
// burst, an air strike's downward triangle; white-edged so they read over any tint.
void drawEventSymbol(QPainter& painter, QPointF at, double r, MapEventKind kind)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::white, 1.2));
    QPolygonF shape;
    switch (kind) {
    case MapEventKind::JointPatrol:
        painter.setBrush(kPatrol);
        shape << at + QPointF(0, -r) << at + QPointF(r, 0) << at + QPointF(0, r) << at + QPointF(-r, 0);
        break;
    case MapEventKind::Reinforcement:
        painter.setBrush(kReinforcement);
        shape << at + QPointF(0, -r) << at + QPointF(r, r * 0.8) << at + QPointF(-r, r * 0.8);
        break;
    case MapEventKind::AirStrike:
        painter.setBrush(kAirStrike);
        shape << at + QPointF(-r, -r * 0.8) << at + QPointF(r, -r * 0.8) << at + QPointF(0, r);
        break;
    case MapEventKind::Shelling:
    default:
        painter.setBrush(kShelling);
        for (int i = 0; i < 16; ++i) {
            const double a = i * M_PI / 8;
            const double rr = i % 2 == 0 ? r : r * 0.5;
            shape << at + QPointF(rr * std::sin(a), -rr * std::cos(a));
        }
        break;
    }
    painter.drawPolygon(shape);
    painter.restore();
}

QFont noteFont()
{
    return Style::labelFont(9.5, true);
}

QRectF noteBox(const QString& text, QPointF topLeft)
{
    const QFontMetricsF fm(noteFont());
    return QRectF(topLeft, QSizeF(fm.horizontalAdvance(text) + 14, fm.height() + 8));
}

} // namespace

QPainterPath corridorPath(const DatedEvent& event, const MapData& data, bool* schematic)
{
    const Geometry line = roadLineLonLat(data, event.roadRef(), schematic);
    Geometry band = corridorAround(line, event.halfWidthMetres);
    if (band.isEmpty())
        return {};
    const Projector projector(data.crs);
    for (QVector<QPointF>& ring : band.parts)
        if (!projector.forward(&ring))
            return {};
    return toPainterPath(band);
}

void drawAreaClaims(QPainter& painter, const RenderSettings& settings, const MapData& data, const QTransform& toScreen)
{
    if (!shown(settings, kAreaClaimsId) || settings.control->areaClaims.isEmpty())
        return;
    painter.save();
    painter.setTransform(toScreen, true);
    for (const AreaClaim& claim : settings.control->areaClaims) {
        const QPainterPath path = toPainterPath(areaGeometry(claim, data));
        if (path.isEmpty())
            continue;
        // Brush patterns are cosmetic: the hatch keeps its spacing in pixels whatever the scale.
        painter.setPen(Qt::NoPen);
        painter.setBrush(areaClaimHatch(claim.controller));
        painter.drawPath(path);
        painter.setPen(areaClaimPen(claim.controller));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

QVector<QRectF> drawEvents(QPainter& painter, const RenderSettings& settings, const MapData& data,
                           const QTransform& toScreen)
{
    QVector<QRectF> taken;
    if (!shown(settings, kEventsId))
        return taken;
    const QList<DatedEvent>& events = settings.control->events;
    QSet<QString> corridorsDrawn; // two articles about the same corridor: one band
    for (const DatedEvent& e : events) {
        const QString key = e.road + QLatin1Char('/') + QString::number(e.halfWidthMetres);
        if (e.kind != MapEventKind::Corridor || corridorsDrawn.contains(key))
            continue;
        corridorsDrawn.insert(key);
        const QPainterPath band = corridorPath(e, data);
        if (band.isEmpty())
            continue;
        painter.save();
        painter.setTransform(toScreen, true);
        painter.setPen(corridorPen());
        painter.setBrush(corridorFill());
        painter.drawPath(band);
        painter.restore();
    }
    std::optional<Projector> projector;
    for (const DatedEvent& e : events) {
        if (!isPointEvent(e.kind) || !e.lonLat)
            continue;
        if (!projector)
            projector.emplace(data.crs);
        const QPointF point = settings.viewport.toScreen(projector->forward(*e.lonLat));
        const QPointF at = point + kSymbolOffset;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
        painter.drawLine(point, at);
        painter.restore();
        drawEventSymbol(painter, at, kSymbolRadius, e.kind);
        taken.append(QRectF(at - QPointF(kSymbolRadius + 1, kSymbolRadius + 1),
                            QSizeF(2 * kSymbolRadius + 2, 2 * kSymbolRadius + 2)));
    }
    return taken;
}

QStringList eventNoteTexts(const RenderSettings& settings, Language lang)
{
    QStringList texts;
    if (!shown(settings, kEventsId))
        return texts;
    for (const DatedEvent& e : settings.control->events) {
        if (!isNoteEvent(e.kind))
            continue;
        const QString day = dateText(e.from, lang);
        const QString text =
            e.kind == MapEventKind::Ceasefire
                ? pick(lang, u"Cessez-le-feu en vigueur depuis le %1", u"Ceasefire in force since %1",
                       u"وقف إطلاق النار ساري منذ %1")
                : pick(lang, u"Accord en vigueur depuis le %1", u"Agreement in force since %1", u"اتفاق ساري منذ %1");
        const QString line = text.arg(day) + (e.approximate ? pick(lang, u" (date approximative)",
                                                                   u" (approximate date)", u" (تاريخ تقريبي)")
                                                            : QString());
        if (!texts.contains(line))
            texts.append(line);
    }
    return texts;
}

namespace {

// The notes' boxes in SCREEN from TOP down: at the left edge, at the right in Arabic (where a right-to-left page
// starts), moved down below whatever the caller keeps clear (an exported page's north arrow) that they would meet.
QVector<std::pair<QRectF, QString>> noteBoxes(const RenderSettings& settings, const QRectF& screen, double top)
{
    QVector<std::pair<QRectF, QString>> boxes;
    const QStringList texts = eventNoteTexts(settings, settings.labelLanguage);
    if (texts.isEmpty())
        return boxes;
    Style::registerBundledFonts();
    double width = 0, height = 0;
    for (const QString& text : texts) {
        const QRectF box = noteBox(text, QPointF());
        width = std::max(width, box.width());
        height += box.height() + 3;
    }
    const bool rtl = settings.labelLanguage == Language::Arabic;
    QRectF all(rtl ? screen.right() - 10 - width : screen.left() + 10, top, width, height - 3);
    for (int moved = 0; moved < 8; ++moved) {
        const auto hit = std::find_if(settings.keepClear.cbegin(), settings.keepClear.cend(),
                                      [&](const QRectF& r) { return r.intersects(all); });
        if (hit == settings.keepClear.cend())
            break;
        all.moveTop(hit->bottom() + 4);
    }
    double y = all.top();
    for (const QString& text : texts) {
        QRectF box = noteBox(text, QPointF(all.left(), y));
        if (rtl)
            box.moveRight(all.right());
        boxes.append({box, text});
        y = box.bottom() + 3;
    }
    return boxes;
}

} // namespace

QRectF eventNotesRect(const RenderSettings& settings, const QRectF& screen, double top)
{
    QRectF all;
    for (const auto& [box, text] : noteBoxes(settings, screen, top))
        all = all.united(box);
    return all;
}

QRectF drawEventNotes(QPainter& painter, const RenderSettings& settings, const QRectF& screen, double top)
{
    const auto boxes = noteBoxes(settings, screen, top);
    if (boxes.isEmpty())
        return {};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(noteFont());
    QRectF all;
    for (const auto& [box, text] : boxes) {
        painter.setPen(QPen(kCorridor, 1.2));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(QColor(0x11, 0x11, 0x11));
        painter.drawText(box, Qt::AlignCenter, text);
        all = all.united(box);
    }
    painter.restore();
    return all;
}

QString areaClaimPrecisionText(const AreaClaim& claim, Language lang)
{
    if (claim.pcode.isEmpty())
        return pick(lang, u"Revendication sur une zone dessinée : précision moindre que celle d’une ville",
                    u"Area claim: a drawn area, lower precision than a town's",
                    u"ادعاء سيطرة على منطقة مرسومة: دقة أقل من دقة البلدة");
    if (claim.isGovernorate())
        return pick(lang, u"Revendication sur tout un gouvernorat : précision moindre que celle d’une ville",
                    u"Area claim: whole governorate, lower precision than a town's",
                    u"ادعاء سيطرة على محافظة كاملة: دقة أقل من دقة البلدة");
    return pick(lang, u"Revendication sur tout un district : précision moindre que celle d’une ville",
                u"Area claim: whole district, lower precision than a town's",
                u"ادعاء سيطرة على منطقة إدارية كاملة: دقة أقل من دقة البلدة");
}

QString mapEventKindText(MapEventKind kind, Language lang)
{
    switch (kind) {
    case MapEventKind::Agreement: return pick(lang, u"Accord", u"Agreement", u"اتفاق");
    case MapEventKind::Ceasefire: return pick(lang, u"Cessez-le-feu", u"Ceasefire", u"وقف إطلاق النار");
    case MapEventKind::Corridor: return pick(lang, u"Corridor de sécurité", u"Security corridor", u"ممر آمن");
    case MapEventKind::JointPatrol: return pick(lang, u"Patrouille conjointe", u"Joint patrol", u"دورية مشتركة");
    case MapEventKind::Reinforcement: return pick(lang, u"Renforts", u"Reinforcements", u"تعزيزات عسكرية");
    case MapEventKind::Shelling: return pick(lang, u"Bombardement d’artillerie", u"Shelling", u"قصف مدفعي");
    case MapEventKind::AirStrike: return pick(lang, u"Frappe aérienne", u"Air strike", u"غارة جوية");
    case MapEventKind::Other: break;
    }
    return pick(lang, u"Événement", u"Event", u"حدث");
}

QVector<LegendRow> eventLegendRows(const RenderSettings& settings, const MapData& data, Language lang)
{
    QVector<LegendRow> rows;
    if (shown(settings, kAreaClaimsId)) {
        QStringList seen;
        for (const AreaClaim& claim : settings.control->areaClaims) {
            const QString text = areaClaimPrecisionText(claim, lang);
            if (seen.contains(text) || areaGeometry(claim, data).isEmpty())
                continue;
            seen.append(text);
            const Controller c = claim.controller;
            rows.append({nullptr, -1, text, [c](QPainter& p, const QRectF& r) {
                             const QRectF box = r.adjusted(1, 2, -1, -2);
                             p.fillRect(box, areaClaimHatch(c));
                             QPen pen = areaClaimPen(c);
                             pen.setCosmetic(false);
                             p.setPen(pen);
                             p.setBrush(Qt::NoBrush);
                             p.drawRect(box);
                         }});
        }
    }
    if (!shown(settings, kEventsId))
        return rows;
    QList<MapEventKind> kinds;
    for (const DatedEvent& e : settings.control->events) {
        if (kinds.contains(e.kind))
            continue;
        if (e.kind == MapEventKind::Corridor) {
            bool schematic = false;
            if (corridorPath(e, data, &schematic).isEmpty())
                continue;
            kinds.append(e.kind);
            const QString km = QLocale(QLocale::English).toString(e.halfWidthMetres / 1000.0, 'g', 3);
            QString text = pick(lang, u"Corridor de sécurité le long de la %1 (%2 km de part et d’autre)",
                                u"Security corridor along the %1 (%2 km each side)",
                                u"ممر آمن على طول الطريق %1 (%2 كم على كل جانب)")
                               .arg(e.roadRef(), km);
            if (schematic)
                text += pick(lang, u", autour du tracé schématique", u", around the schematic line",
                             u"، حول الخط التخطيطي");
            rows.append({nullptr, -1, text, [](QPainter& p, const QRectF& r) {
                             const QRectF box = r.adjusted(1, 3, -1, -3);
                             QPen pen = corridorPen();
                             pen.setCosmetic(false);
                             p.setPen(pen);
                             p.setBrush(corridorFill());
                             p.drawRect(box);
                             p.setPen(QPen(kCorridor, 2.0));
                             p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
                         }});
        } else if (isPointEvent(e.kind) && e.lonLat) {
            kinds.append(e.kind);
            const MapEventKind kind = e.kind;
            rows.append({nullptr, -1, mapEventKindText(kind, lang),
                         [kind](QPainter& p, const QRectF& r) { drawEventSymbol(p, r.center(), 5, kind); }});
        } else if (isNoteEvent(e.kind)) {
            kinds.append(e.kind);
            const QString text = e.kind == MapEventKind::Ceasefire
                                     ? pick(lang, u"Cessez-le-feu en vigueur (note datée en haut de la carte)",
                                            u"Ceasefire in force (dated note at the top of the map)",
                                            u"وقف إطلاق النار ساري (ملاحظة مؤرخة أعلى الخريطة)")
                                     : pick(lang, u"Accord en vigueur (note datée en haut de la carte)",
                                            u"Agreement in force (dated note at the top of the map)",
                                            u"اتفاق ساري (ملاحظة مؤرخة أعلى الخريطة)");
            rows.append({nullptr, -1, text, [](QPainter& p, const QRectF& r) {
                             const QRectF box = r.adjusted(2, 3, -2, -3);
                             p.setPen(QPen(kCorridor, 1.2));
                             p.setBrush(Qt::white);
                             p.drawRoundedRect(box, 2, 2);
                         }});
        }
    }
    return rows;
}

QList<AreaClaim> areaClaimsAt(const MapData& data, const RenderSettings& settings, QPointF screenPos)
{
    QList<AreaClaim> out;
    if (!shown(settings, kAreaClaimsId))
        return out;
    const QPointF mapPos = settings.viewport.toMap(screenPos);
    for (const AreaClaim& claim : settings.control->areaClaims)
        if (toPainterPath(areaGeometry(claim, data)).contains(mapPos))
            out.append(claim);
    return out;
}

} // namespace geo
