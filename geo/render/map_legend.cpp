#include "geo/render/map_legend.h"

#include "geo/data/map_data_loader.h"
#include "geo/render/event_painter.h"
#include "geo/render/map_renderer.h"
#include "geo/render/style.h"

#include <QHash>
#include <QSet>
#include <QPainter>

#include <algorithm>
#include <array>

namespace geo {

namespace {

// byLanguage for the u"..." literals of this file's tables.
QString pick(Language lang, const char16_t* fr, const char16_t* en, const char16_t* ar)
{
    return byLanguage(lang, QString::fromUtf16(fr), QString::fromUtf16(en), QString::fromUtf16(ar));
}

// Legend texts of the bundled layers, by layer id.
QString bundledLayerText(const MapLayer& layer, Language lang)
{
    const QString& id = layer.id;
    if (id == QLatin1String("land"))
        return pick(lang, u"Terres (Syrie, Turquie)", u"Land (Syria, Turkey)", u"اليابسة (سوريا، تركيا)");
    if (id == QLatin1String("governorates"))
        return pick(lang, u"Gouvernorats", u"Governorates", u"المحافظات");
    if (id == QLatin1String("districts"))
        return pick(lang, u"Districts", u"Districts", u"المناطق");
    if (id == QLatin1String("rivers"))
        return pick(lang, u"Cours d’eau (Oronte)", u"Rivers (Orontes)", u"الأنهار (العاصي)");
    if (id == QLatin1String("shoreline"))
        return pick(lang, u"Littoral", u"Coastline", u"الساحل");
    if (id == QLatin1String("border"))
        return pick(lang, u"Frontière syro-turque", u"Syria–Turkey border", u"الحدود السورية التركية");
    if (id == QLatin1String("posts")) // the abbreviation the posts' labels start with (postAbbreviation)
        return pick(lang, u"PO : postes d’observation turcs (position approximative)",
                    u"Turkish observation posts (approximate)", u"نقطة: نقاط المراقبة التركية (مواقع تقريبية)");
    return layer.title;
}

QString highwayText(const QString& ref, bool schematic, Language lang)
{
    if (schematic)
        return pick(lang, u"Autoroute %1 — schématique (par les villes qu’elle dessert)",
                    u"%1 highway — schematic (through the towns it serves)",
                    u"الطريق السريع %1 — تخطيطي (عبر المدن التي يخدمها)")
            .arg(ref);
    return pick(lang, u"Autoroute %1", u"%1 highway", u"الطريق السريع %1").arg(ref);
}

// The kinds of place marker, in the legend's order.
constexpr std::array<const char*, 4> kPlaceKinds{"key", "city", "town", "village"};

QString placeKindText(const QString& kind, Language lang)
{
    if (kind == QLatin1String("key"))
        return pick(lang, u"Ville clé (front 2019–2020)", u"Key town (2019–2020 front)",
                    u"بلدة رئيسية (جبهة 2019–2020)");
    if (kind == QLatin1String("city"))
        return pick(lang, u"Grande ville", u"City", u"مدينة");
    if (kind == QLatin1String("town"))
        return pick(lang, u"Ville", u"Town", u"بلدة");
    return pick(lang, u"Village", u"Village", u"قرية");
}

QString placeKindKey(const MapFeature& f)
{
    if (f.attributes.value(QStringLiteral("key_town")).toBool())
        return QStringLiteral("key");
    return f.attributes.value(QStringLiteral("kind")).toString();
}

bool segmentIntersectsRect(QPointF a, QPointF b, const QRectF& r)
{
    // Liang-Barsky: clip the segment's parameter range to the rectangle's four half-planes.
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const std::array<std::pair<double, double>, 4> planes{
        {{-dx, a.x() - r.left()}, {dx, r.right() - a.x()}, {-dy, a.y() - r.top()}, {dy, r.bottom() - a.y()}}};
    for (const auto& [p, q] : planes) {
        if (p == 0) {
            if (q < 0)
                return false;
            continue;
        }
        const double t = q / p;
        if (p < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// Whether F draws anything inside FRAME (display CRS), at the frame's scale.
bool drawnInFrame(const MapLayer& layer, const MapFeature& f, const QRectF& frame, double unitsPerPixel)
{
    if (!Style::featureVisible(layer, f, unitsPerPixel))
        return false;
    if (!f.bounds.intersects(frame) && !frame.contains(f.bounds.topLeft()))
        return false;
    switch (f.geometry.kind) {
    case GeometryKind::Point:
        for (const auto& part : f.geometry.parts)
            for (const QPointF& p : part)
                if (frame.contains(p))
                    return true;
        return false;
    case GeometryKind::Line:
        for (const auto& part : f.geometry.parts) {
            if (part.size() == 1 && frame.contains(part.first()))
                return true;
            for (int i = 0; i + 1 < part.size(); ++i)
                if (segmentIntersectsRect(part[i], part[i + 1], frame))
                    return true;
        }
        return false;
    case GeometryKind::Polygon: return f.path.intersects(frame);
    case GeometryKind::None: return false;
    }
    return false;
}

// Rows for who held what on the date: the sides present (their land's swatch with their town marker), the land
// and places with no claim, then how sure each marker is (evidence glyphs, in no side's colour), the derived areas
// and front lines, the posts' states.
void appendControlRows(QVector<LegendRow>* rows, const RenderSettings& settings, Language lang, LegendScope scope)
{
    const ControlOverlay& overlay = *settings.control;
    QSet<Controller> present;
    QSet<Evidence> evidence;
    for (auto it = overlay.snapshot.places.cbegin(); it != overlay.snapshot.places.cend(); ++it) {
        present.insert(it->controller);
        if (it->controller != Controller::Unknown)
            evidence.insert(Style::evidenceOf(*it));
    }
    const bool areasShown = !settings.hiddenLayers.contains(kControlAreasId) && !overlay.areas.isEmpty();
    for (const ControlOverlay::Area& area : overlay.areas)
        if (areasShown)
            present.insert(area.controller);
    Q_UNUSED(scope)
    auto controllerRow = [&](Controller c, const QString& text) {
        if (present.contains(c))
            rows->append({nullptr, -1, text, [c](QPainter& p, const QRectF& r) { Style::drawAreaSwatch(p, r, c); }});
    };
    controllerRow(Controller::Government,
                  pick(lang, u"Gouvernement (armée syrienne et alliés)", u"Government (Syrian army and allies)",
                       u"الحكومة (الجيش السوري وحلفاؤه)"));
    controllerRow(Controller::Opposition, pick(lang, u"Opposition (factions rebelles)", u"Opposition (rebel factions)",
                                               u"المعارضة (فصائل المعارضة)"));
    controllerRow(Controller::Hts,
                  pick(lang, u"Hayat Tahrir al-Cham (HTS)", u"Hayat Tahrir al-Sham (HTS)", u"هيئة تحرير الشام"));
    controllerRow(Controller::Turkey, pick(lang, u"Turquie", u"Turkey", u"تركيا"));
    // Contested is a state and a form at once: one row, hatched land and a hatched marker.
    controllerRow(Controller::Contested, pick(lang, u"Contesté (combats, sources divergentes) : hachuré",
                                              u"Contested (fighting, sources disagree): hatched",
                                              u"متنازع عليها (قتال، مصادر متضاربة): مخطط"));
    // Every place and every bit of land without a claim on the date is drawn so: always a row.
    rows->append(
        {nullptr, -1,
         pick(lang, u"Aucune revendication à cette date", u"No claim on this date", u"لا ادعاء سيطرة في هذا التاريخ"),
         [](QPainter& p, const QRectF& r) { Style::drawAreaSwatch(p, r, Controller::Unknown); }});
    auto evidenceRow = [&](Evidence e, const QString& text) {
        if (evidence.contains(e) || e == Evidence::Assessed)
            rows->append({nullptr, -1, text,
                          [e](QPainter& p, const QRectF& r) { Style::drawEvidenceSymbol(p, r.center(), 4, e); }});
    };
    evidenceRow(Evidence::Assessed,
                pick(lang, u"Confirmé : contour plein", u"Assessed (confirmed): solid outline", u"مؤكد: إطار متصل"));
    evidenceRow(Evidence::Claimed, pick(lang, u"Revendiqué, non confirmé : tirets", u"Claimed (reported only): dashes",
                                        u"مُدّعى (غير مؤكد): إطار متقطع"));
    evidenceRow(Evidence::Inferred, pick(lang, u"Déduit d’une revendication ultérieure : point",
                                         u"Inferred from a later claim: dot", u"مستنتج من ادعاء لاحق: نقطة"));
    if (areasShown)
        rows->append({nullptr, -1,
                      pick(lang, u"Zones déduites des villes (non relevées)",
                           u"Areas derived from the towns (not surveyed)", u"مناطق مستنتجة من البلدات (غير ممسوحة)"),
                      [present](QPainter& p, const QRectF& r) {
                          // The tints of the sides shown, side by side: the areas are these colours.
                          QVector<Controller> shown;
                          for (Controller c : {Controller::Government, Controller::Opposition, Controller::Hts,
                                               Controller::Turkey, Controller::Contested, Controller::Unknown})
                              if (present.contains(c))
                                  shown.append(c);
                          const QRectF box = r.adjusted(1, 2, -1, -2);
                          const double w = box.width() / std::max<qsizetype>(1, shown.size());
                          for (int i = 0; i < shown.size(); ++i) {
                              const QRectF part(box.left() + i * w, box.top(), w, box.height());
                              p.fillRect(part, Style::areaColor(shown[i]));
                              if (Style::areaHatch(shown[i]).style() != Qt::NoBrush)
                                  p.fillRect(part, Style::areaHatch(shown[i]));
                          }
                          p.setPen(QPen(palette::noClaimOutline, 0.6));
                          p.setBrush(Qt::NoBrush);
                          p.drawRect(box);
                      }});
    if (!settings.hiddenLayers.contains(kFrontLinesId) && !overlay.frontLines.isEmpty())
        rows->append({nullptr, -1, pick(lang, u"Ligne de front déduite", u"Front line (derived)", u"خط جبهة مستنتج"),
                      [](QPainter& p, const QRectF& r) {
                          QPen pen(palette::frontLine, 2.4);
                          pen.setDashPattern({4, 1.5});
                          p.setPen(pen);
                          p.drawLine(QPointF(r.left() + 1, r.center().y()), QPointF(r.right() - 1, r.center().y()));
                      }});
    QSet<PostState> states;
    for (const PostStatus& ps : overlay.snapshot.posts)
        states.insert(ps.state);
    if (states.contains(PostState::Encircled))
        rows->append(
            {nullptr, -1, pick(lang, u"Poste turc encerclé", u"Turkish post encircled", u"نقطة تركية محاصرة"),
             [](QPainter& p, const QRectF& r) { Style::drawPostSymbol(p, r.center(), 5, PostState::Encircled); }});
    if (states.contains(PostState::Withdrawn))
        rows->append(
            {nullptr, -1, pick(lang, u"Poste turc évacué", u"Turkish post withdrawn", u"نقطة تركية تم إخلاؤها"),
             [](QPainter& p, const QRectF& r) { Style::drawPostSymbol(p, r.center(), 5, PostState::Withdrawn); }});
}

} // namespace

QVector<LegendRow> legendRows(const RenderSettings& settings, const MapData& data, Language lang, LegendScope scope)
{
    QVector<LegendRow> rows;
    const QRectF frame = settings.viewport.mapRect();
    const double upp = settings.viewport.unitsPerPixel();
    auto shown = [&](const MapLayer& layer, const MapFeature& f) {
        return scope == LegendScope::VisibleLayers || drawnInFrame(layer, f, frame, upp);
    };
    if (settings.control && settings.control->snapshot.date.isValid())
        appendControlRows(&rows, settings, lang, scope);
    rows += eventLegendRows(settings, data, lang);
    if (!settings.markedPlaceIds.isEmpty() && settings.markedSince.isValid()) {
        const QString day = settings.markedSince.toString(Qt::ISODate);
        rows.append({nullptr, -1,
                     pick(lang, u"Changé de mains depuis le ", u"Changed since ", u"تغيّرت السيطرة منذ ") + day,
                     [](QPainter& p, const QRectF& r) {
                         p.setPen(QPen(palette::highlight, 2.0));
                         p.setBrush(Qt::NoBrush);
                         p.drawEllipse(r.center(), 5, 5);
                     }});
    }
    const auto layers = MapRenderer::orderedVisibleLayers(settings, data);
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        const auto& layer = *it;
        switch (layer->role) {
        case LayerRole::Highways:
            for (int i = 0; i < layer->features.size(); ++i) {
                if (!shown(*layer, layer->features[i]))
                    continue;
                const QString ref = layer->features[i].attributes.value(QStringLiteral("ref")).toString();
                rows.append({layer, i, highwayText(ref, layer->schematic, lang), {}});
            }
            break;
        case LayerRole::Places: {
            // One row per kind of marker (hamlets have no row: they show only when zoomed right in).
            QHash<QString, int> firstOfKind;
            for (int i = 0; i < layer->features.size(); ++i) {
                const QString key = placeKindKey(layer->features[i]);
                if (!firstOfKind.contains(key) && shown(*layer, layer->features[i]))
                    firstOfKind.insert(key, i);
            }
            // With a date chosen, the kinds are told apart by size only: a place's colour is its claim's.
            const bool dated = settings.control && settings.control->snapshot.date.isValid();
            for (const char* kind : kPlaceKinds) {
                if (!firstOfKind.contains(QLatin1String(kind)))
                    continue;
                const int index = firstOfKind.value(QLatin1String(kind));
                LegendRow row{layer, index, placeKindText(QLatin1String(kind), lang), {}};
                if (dated) {
                    const double r = Style::markerRadius(*layer, layer->features[index]);
                    row.symbol = [r](QPainter& p, const QRectF& rect) {
                        Style::drawNoClaimSymbol(p, rect.center(), r);
                    };
                }
                rows.append(row);
            }
            // An Arabic map names a place with no Arabic name in the sources by its Latin name, and says so.
            const bool latinNames =
                lang == Language::Arabic &&
                std::any_of(layer->features.cbegin(), layer->features.cend(), [&](const MapFeature& f) {
                    return f.labelAr.isEmpty() && shown(*layer, f) &&
                           (scope == LegendScope::VisibleLayers || Style::labelVisible(*layer, f, upp));
                });
            if (latinNames)
                rows.append({nullptr, -1, QStringLiteral("الأسماء بالحروف اللاتينية: أماكن لا اسم عربي لها في المصادر"),
                             [](QPainter&, const QRectF&) {}});
            break;
        }
        default: {
            int first = -1;
            for (int i = 0; i < layer->features.size() && first < 0; ++i)
                if (shown(*layer, layer->features[i]))
                    first = i;
            if (first < 0 && scope == LegendScope::InFrame)
                break; // nothing of it in the frame (a layer with no features at all keeps its row otherwise)
            rows.append({layer, first, bundledLayerText(*layer, lang), {}});
            break;
        }
        }
    }
    return rows;
}

QString layerTitle(const MapLayer& layer, Language lang)
{
    if (layer.id == QLatin1String("places"))
        return pick(lang, u"Villes et villages", u"Towns and villages", u"المدن والقرى");
    if (layer.id == kSchematicHighwaysId)
        return pick(lang, u"Autoroutes M4 / M5 (schématiques)", u"M4 / M5 highways (schematic)",
                    u"الطريقان السريعان M4 / M5 (تخطيطيان)");
    return bundledLayerText(layer, lang);
}

void drawLegendSymbol(QPainter& painter, const LegendRow& row, const QRectF& rect)
{
    if (row.symbol) {
        painter.save();
        row.symbol(painter, rect);
        painter.restore();
        return;
    }
    MapLayer single = *row.layer;
    if (row.featureIndex >= 0)
        single.features = {row.layer->features[row.featureIndex]};
    if (single.kind == GeometryKind::Point && !single.features.isEmpty()) {
        // A post's marker stands beside its village's point with a leader to it (down and left): shift it so
        // that both stay in the symbol's box.
        const QPointF shift = single.role == LayerRole::Posts ? QPointF(5, -1.5) : QPointF();
        Style::drawMarker(painter, single, single.features.first(), rect.center() + shift);
    } else
        Style::drawLegendSymbol(painter, single, rect);
}

} // namespace geo
