#include "identify_panel.h"

#include <QMap>

namespace {

QString row(const QString& key, const QString& value, bool rtl = false)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td%3>%2</td></tr>")
        .arg(key.toHtmlEscaped(), value.toHtmlEscaped(), rtl ? QStringLiteral(" dir='rtl'") : QString());
}

QString coordinates(QPointF lonLat)
{
    return QStringLiteral("%1° N, %2° E (WGS 84)").arg(lonLat.y(), 0, 'f', 5).arg(lonLat.x(), 0, 'f', 5);
}

} // namespace

IdentifyPanel::IdentifyPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    showNothing();
}

void IdentifyPanel::showNothing()
{
    setHtml(tr("<p style='color:#666'>Click a town, a post, a road or an area to see where it comes from.</p>"));
}

QString IdentifyPanel::ledgerHtml(const QList<geo::ClaimRecord>& ledger)
{
    if (ledger.isEmpty())
        return tr("<p style='color:#666'>No claim about this place in the loaded articles.</p>");
    // One row per date; the claims of one date side by side, so that contradictions face each other.
    QMap<QDate, QList<const geo::ClaimRecord*>> byDate;
    for (const geo::ClaimRecord& r : ledger)
        byDate[r.date].append(&r);
    QString html = tr("<h4>Ledger: every claim, in time order</h4><table cellspacing='4'>");
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        html += QStringLiteral("<tr><td valign='top' style='white-space:nowrap'><b>%1</b></td>")
                    .arg(it.key().toString(Qt::ISODate));
        for (const geo::ClaimRecord* r : *it) {
            const QString colour = r->counts ? (r->agrees ? QStringLiteral("#e8f4e8") : QStringLiteral("#fbe3e3"))
                                             : QStringLiteral("#eeeeee");
            html += QStringLiteral("<td valign='top' style='background:%1;padding:4px'>").arg(colour);
            html += QStringLiteral("<b>%1</b> · %2")
                        .arg(geo::controllerName(r->controller), geo::claimStatusName(r->status));
            if (r->approximate)
                html += tr(" · approximate date (%1)")
                            .arg((r->dateNote.isEmpty() ? r->eventDate : r->dateNote).toHtmlEscaped());
            if (!r->counts)
                html += tr(" · does not count");
            else if (!r->agrees)
                html += tr(" · <i>contradicts the settled state</i>");
            html +=
                QStringLiteral("<br>%1 — %2<br><i>«%3»</i><br><small>%4</small></td>")
                    .arg(r->claimant.toHtmlEscaped(), r->publisher.toHtmlEscaped(),
                         (r->sentence.isEmpty() ? r->quote : r->sentence).toHtmlEscaped(), r->ref().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void IdentifyPanel::showFeature(const geo::PickedFeature& picked, const QList<geo::ClaimRecord>& ledger,
                                const geo::PlaceControl* control, const QDate& date)
{
    const geo::MapLayer& layer = *picked.layer;
    const geo::MapFeature& f = picked.feature();
    const QVariantMap& a = f.attributes;
    QString html =
        QStringLiteral("<h3>%1</h3><table>").arg((f.labelEn.isEmpty() ? layer.title : f.labelEn).toHtmlEscaped());
    if (layer.role == geo::LayerRole::Places) {
        html += row(tr("French"), a.value("name_fr").toString());
        html += row(tr("English"), a.value("name_en").toString());
        html += row(tr("Arabic"), a.value("name_ar").toString(), true);
        html += row(tr("Kind"),
                    a.value("kind").toString() + (a.value("key_town").toBool() ? tr(" (key town)") : QString()));
        html += row(tr("Population"),
                    a.value("population").toInt() > 0 ? QString::number(a.value("population").toInt()) : QString());
        html += row(tr("Coordinates"), coordinates(f.lonLat));
        html += row(tr("Id"), a.value("id").toString());
        html += row(tr("Source"), a.value("source").toString());
    } else {
        if (!f.labelAr.isEmpty() && f.labelAr != f.labelEn)
            html += row(tr("Arabic"), f.labelAr, true);
        if (!f.labelFr.isEmpty() && f.labelFr != f.labelEn)
            html += row(tr("French"), f.labelFr);
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (it.value().isNull() || it.value().toString().isEmpty())
                continue;
            html += row(it.key(), it.value().toString());
        }
        if (f.geometry.kind == geo::GeometryKind::Point)
            html += row(tr("Coordinates"), coordinates(f.lonLat));
    }
    html += row(tr("Layer"), layer.title);
    html += row(tr("Layer source"), layer.source);
    if (control && date.isValid()) {
        html += row(
            tr("Controller on %1").arg(date.toString(Qt::ISODate)),
            geo::controllerName(control->controller) + QStringLiteral(" (") + geo::claimStatusName(control->status) +
                (control->since.isValid() ? tr(", since %1").arg(control->since.toString(Qt::ISODate)) : QString()) +
                QStringLiteral(")"));
        html += row(tr("Contradicted by"), control->contradicting.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");
    if (layer.role == geo::LayerRole::Places)
        html += ledgerHtml(ledger);
    if (layer.schematic)
        html += tr("<p><b>Schematic.</b> This line joins, in order, the towns the sources place on the road. It is not "
                   "the course of the road. Open real geometry (e.g. an OpenStreetMap extract) to replace it.</p>");
    if (layer.approximate)
        html += tr("<p><b>Approximate position.</b> The point is the settlement the post is named after; the post "
                   "itself is usually on a hill or base nearby (1–5 km).</p>");
    setHtml(html);
}

void IdentifyPanel::showPost(const geo::ObservationPost& post)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Observation post %1").arg(post.number));
    html += row(tr("Name"), post.name);
    html += row(tr("Original twelve"), post.originalTwelve ? tr("yes") : tr("no"));
    html += row(tr("Established"), post.established);
    html += row(tr("Location"),
                post.lonLat ? coordinates(*post.lonLat) + tr(" — approximate") : tr("not known: listed, not drawn"));
    html += row(tr("What the point means"), post.geometryQuality);
    html += row(tr("Notes"), post.notes);
    html += row(tr("Sources"), post.sources);
    html += QStringLiteral("</table>");
    setHtml(html);
}
