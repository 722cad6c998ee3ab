#include "identify_panel.h"

#include <QDateTime>
#include <QDir>
#include <QMap>
#include <QRegularExpression>

namespace {

QString row(const QString& key, const QString& value, bool rtl = false)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#666;padding-right:8px' valign='top'>%1</td><td%3>%2</td></tr>")
        .arg(key.toHtmlEscaped(), value.toHtmlEscaped(), rtl ? QStringLiteral(" dir='rtl'") : QString());
}

QString coordinates(QPointF lonLat)
{
    return QStringLiteral("%1° N, %2° E (WGS 84)").arg(lonLat.y(), 0, 'f', 5).arg(lonLat.x(), 0, 'f', 5);
}

// GIS bookkeeping a reader has no use for: geometry measures in degrees, object ids.
bool isTechnicalField(const QString& key)
{
    static const QRegularExpression technical(
        QStringLiteral("^(shape_(leng|length|area)|objectid|fid|ogc_fid|gid|adm0_.*|.*alt[12](en|ar)|.*_ref)$"),
        QRegularExpression::CaseInsensitiveOption);
    return technical.match(key).hasMatch();
}

// A date-time attribute as a date; empty for the "null" dates of shapefiles and geodatabases (1899-12-30 and
// friends), the value itself when it is not a date.
QString readableValue(const QVariant& value)
{
    QDate date;
    if (value.metaType().id() == QMetaType::QDateTime)
        date = value.toDateTime().date();
    else if (value.metaType().id() == QMetaType::QDate)
        date = value.toDate();
    else {
        // OGR writes date-times as "2017/06/01 00:00:00+00"; GeoJSON has "2017-06-01T00:00:00Z".
        static const QRegularExpression dateLike(QStringLiteral(
            "^(\\d{4})[-/](\\d{2})[-/](\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?$"));
        const QRegularExpressionMatch m = dateLike.match(value.toString().trimmed());
        if (!m.hasMatch())
            return value.toString();
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (!date.isValid() || date.year() < 1900)
        return {};
    return date.toString(Qt::ISODate);
}

QString articleTitle(const QList<geo::Article>* articles, const QString& id)
{
    if (articles)
        for (const geo::Article& a : *articles)
            if (a.id == id)
                return a.title;
    return {};
}

// One claim as a block over the whole width: date, side and status, claimant, quote, article.
QString claimBlock(const geo::ClaimRecord& r, const QList<geo::Article>* articles, bool withDate)
{
    const QString colour =
        r.counts ? (r.agrees ? QStringLiteral("#e8f4e8") : QStringLiteral("#fbe3e3")) : QStringLiteral("#eeeeee");
    QString head = QStringLiteral("<b>%1</b> · %2")
                       .arg(IdentifyPanel::sideName(r.controller).toHtmlEscaped(),
                            IdentifyPanel::statusName(r.status).toHtmlEscaped());
    if (withDate)
        head = QStringLiteral("<b>%1</b> · ").arg(r.date.toString(Qt::ISODate)) + head;
    if (r.approximate)
        head += IdentifyPanel::tr(" · approximate date (%1)")
                    .arg((r.dateNote.isEmpty() ? r.eventDate : r.dateNote).toHtmlEscaped());
    if (!r.counts)
        head += IdentifyPanel::tr(" · does not count");
    else if (!r.agrees)
        head += IdentifyPanel::tr(" · <i>contradicts the settled state</i>");
    const QString who = r.publisher.isEmpty() || r.publisher == r.claimant
                            ? r.claimant
                            : IdentifyPanel::tr("%1, reported by %2").arg(r.claimant, r.publisher);
    const QString quote = r.sentence.isEmpty() ? r.quote : r.sentence;
    const QString title = articleTitle(articles, r.articleId);
    QString html = QStringLiteral("<p style='background:%1;margin-top:2px;margin-bottom:6px'>%2").arg(colour, head);
    if (!who.isEmpty())
        html += QStringLiteral("<br>") + IdentifyPanel::tr("Claimant: %1").arg(who.toHtmlEscaped());
    if (!quote.isEmpty())
        html += QStringLiteral("<br><i>«%1»</i>").arg(quote.toHtmlEscaped());
    html += QStringLiteral("<br><small>%1</small></p>")
                .arg((title.isEmpty() ? IdentifyPanel::tr("Article %1").arg(r.ref())
                                      : IdentifyPanel::tr("Article: %1").arg(title))
                         .toHtmlEscaped());
    return html;
}

} // namespace

QString IdentifyPanel::areaClaimsHtml(const QList<geo::AreaClaim>& claims, const QList<geo::Article>* articles)
{
    if (claims.isEmpty())
        return {};
    QString html = tr("<h4>Claims about a whole area</h4>");
    for (const geo::AreaClaim& c : claims) {
        QString head = QStringLiteral("<b>%1</b> · %2 · %3")
                           .arg(sideName(c.controller).toHtmlEscaped(), statusName(c.status).toHtmlEscaped(),
                                c.date.toString(Qt::ISODate));
        if (c.approximate)
            head += tr(" · approximate date");
        const QString scope = c.pcode.isEmpty()   ? tr("About an area the article draws")
                              : c.isGovernorate() ? tr("About the whole governorate (P-code %1)").arg(c.pcode)
                                                  : tr("About the whole district (P-code %1)").arg(c.pcode);
        html += QStringLiteral("<p style='background:#f4eff8;margin-top:2px;margin-bottom:6px'>%1<br>%2<br>%3")
                    .arg(head, scope.toHtmlEscaped(),
                         tr("Lower precision: the claim names no town; the towns' own claims are drawn over its "
                            "hatching.")
                             .toHtmlEscaped());
        if (!c.claimant.isEmpty())
            html += QStringLiteral("<br>") + tr("Claimant: %1").arg(c.claimant.toHtmlEscaped());
        const QString quote = c.sentence.isEmpty() ? c.quote : c.sentence;
        if (!quote.isEmpty())
            html += QStringLiteral("<br><i>«%1»</i>").arg(quote.toHtmlEscaped());
        const QString title = articleTitle(articles, c.articleId);
        html += QStringLiteral("<br><small>%1</small></p>")
                    .arg((title.isEmpty() ? tr("Article %1").arg(c.articleId) : tr("Article: %1").arg(title))
                             .toHtmlEscaped());
    }
    return html;
}

IdentifyPanel::IdentifyPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    showNothing();
}

void IdentifyPanel::setLanguage(geo::Language lang)
{
    m_language = lang;
}

void IdentifyPanel::showNothing()
{
    setHtml(tr("<p style='color:#666'>Click a town, a post, a road or an area to see where it comes from.</p>"));
}

QString IdentifyPanel::sideName(geo::Controller controller)
{
    switch (controller) {
    case geo::Controller::Government: return tr("Government (Syrian army and allies)");
    case geo::Controller::Opposition: return tr("Opposition (rebel factions)");
    case geo::Controller::Hts: return tr("Hayat Tahrir al-Sham (HTS)");
    case geo::Controller::Turkey: return tr("Turkey");
    case geo::Controller::Contested: return tr("Contested: the sources disagree");
    case geo::Controller::Unknown: return tr("Unknown");
    }
    return geo::controllerName(controller);
}

QString IdentifyPanel::statusName(geo::ClaimStatus status)
{
    switch (status) {
    case geo::ClaimStatus::Claimed: return tr("claimed");
    case geo::ClaimStatus::Assessed: return tr("assessed");
    case geo::ClaimStatus::Disputed: return tr("disputed");
    case geo::ClaimStatus::Retracted: return tr("retracted");
    }
    return geo::claimStatusName(status);
}

const geo::ClaimRecord* IdentifyPanel::decidingClaim(const QList<geo::ClaimRecord>& ledger,
                                                     const geo::PlaceControl& control)
{
    for (const geo::ClaimRecord& r : ledger)
        if (!control.articleId.isEmpty() && r.articleId == control.articleId && r.annotationId == control.annotationId)
            return &r;
    return nullptr;
}

QString IdentifyPanel::holderLine(const geo::PlaceControl& control, const QDate& date, const geo::ClaimRecord* claim,
                                  const QString& separator)
{
    if (control.controller == geo::Controller::Unknown)
        return tr("No known holder on %1").arg(date.toString(Qt::ISODate));
    QString state = statusName(control.status);
    if (control.inferred)
        state = tr("inferred from the first claim");
    else if (control.since.isValid())
        state = tr("%1, since %2").arg(state, control.since.toString(Qt::ISODate));
    QString line = tr("Held by %1 on %2 (%3)").arg(sideName(control.controller), date.toString(Qt::ISODate), state);
    if (claim) {
        const QString who = claim->claimant.isEmpty() ? claim->publisher : claim->claimant;
        line += separator + tr("Claim of %1 by %2").arg(claim->date.toString(Qt::ISODate), who);
    }
    return line;
}

QString IdentifyPanel::ledgerHtml(const QList<geo::ClaimRecord>& ledger, const QList<geo::Article>* articles)
{
    if (ledger.isEmpty())
        return tr("<p style='color:#666'>No claim about this place in the loaded articles.</p>");
    // One heading per date, then the claims of that date one under the other, each over the whole width, so that
    // contradictions follow each other and every quote reads as a paragraph.
    QMap<QDate, QList<const geo::ClaimRecord*>> byDate;
    for (const geo::ClaimRecord& r : ledger)
        byDate[r.date].append(&r);
    QString html = tr("<h4>Ledger: every claim, in time order</h4>");
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        html += QStringLiteral("<p style='margin-top:8px;margin-bottom:2px'><b>%1</b>%2</p>")
                    .arg(it.key().isValid() ? it.key().toString(Qt::ISODate) : tr("undated"),
                         it->size() > 1 ? tr(" · %n claim(s)", nullptr, int(it->size())) : QString());
        for (const geo::ClaimRecord* r : *it)
            html += claimBlock(*r, articles, false);
    }
    return html;
}

void IdentifyPanel::showFeature(const geo::PickedFeature& picked, const QList<geo::ClaimRecord>& ledger,
                                const geo::PlaceControl* control, const QDate& date,
                                const QList<geo::Article>* articles)
{
    const geo::MapLayer& layer = *picked.layer;
    const geo::MapFeature& f = picked.feature();
    const QVariantMap& a = f.attributes;
    const bool admin = layer.role == geo::LayerRole::Districts || layer.role == geo::LayerRole::Governorates;
    const QString inLanguage = geo::byLanguage(m_language, f.labelFr, f.labelEn, f.labelAr);
    const QString title = !inLanguage.isEmpty() ? inLanguage : !f.labelEn.isEmpty() ? f.labelEn : layer.title;
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    if (layer.role == geo::LayerRole::Places && control && date.isValid()) {
        const geo::ClaimRecord* claim = decidingClaim(ledger, *control);
        // The holder in bold, the claim under it.
        const QStringList lines = holderLine(*control, date, claim, QStringLiteral("\n")).split(QLatin1Char('\n'));
        html += QStringLiteral("<p style='background:#f3f3f3'><b>%1</b>").arg(lines.first().toHtmlEscaped());
        for (qsizetype i = 1; i < lines.size(); ++i)
            html += QStringLiteral("<br>") + lines.at(i).toHtmlEscaped();
        if (!control->contradicting.isEmpty())
            html += QStringLiteral("<br>") +
                    tr("Contradicted by %n claim(s)", nullptr, int(control->contradicting.size())).toHtmlEscaped();
        html += QStringLiteral("</p>");
        if (claim)
            html += tr("<h4>The claim behind it</h4>") + claimBlock(*claim, articles, true);
    }
    html += areaClaimsHtml(picked.areaClaims, articles);
    html += QStringLiteral("<table>");
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
    } else if (admin) {
        const bool district = layer.role == geo::LayerRole::Districts;
        html += row(tr("Kind"), district ? tr("District (OCHA administrative level 2)")
                                         : tr("Governorate (OCHA administrative level 1)"));
        html += row(tr("English"), f.labelEn);
        if (!f.labelFr.isEmpty() && f.labelFr != f.labelEn)
            html += row(tr("French"), f.labelFr);
        html += row(tr("Arabic"), f.labelAr, true);
        if (district) {
            const QString govEn = a.value("ADM1_EN").toString(), govAr = a.value("ADM1_AR").toString();
            html += row(tr("Governorate"), m_language == geo::Language::Arabic && !govAr.isEmpty() ? govAr
                                           : govAr.isEmpty()                                       ? govEn
                                                             : govEn + QStringLiteral(" — ") + govAr);
        }
        html += row(tr("P-code"), a.value(district ? "ADM2_PCODE" : "ADM1_PCODE").toString());
        html += row(tr("Boundaries as of"), readableValue(a.value("date")));
    } else {
        if (!f.labelAr.isEmpty() && f.labelAr != f.labelEn)
            html += row(tr("Arabic"), f.labelAr, true);
        if (!f.labelFr.isEmpty() && f.labelFr != f.labelEn)
            html += row(tr("French"), f.labelFr);
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (it.value().isNull() || isTechnicalField(it.key()))
                continue;
            html += row(it.key(), readableValue(it.value()));
        }
        if (f.geometry.kind == geo::GeometryKind::Point)
            html += row(tr("Coordinates"), coordinates(f.lonLat));
    }
    html += row(tr("Layer"), layer.title);
    // A bundled layer names its source and licence; a layer the user opened, its file.
    if (layer.sourcePath.isEmpty() || layer.sourcePath.startsWith(QLatin1String(":/")))
        html += row(tr("Layer source"), layer.source);
    else
        html += row(tr("Opened from"), QDir::toNativeSeparators(layer.sourcePath));
    html += QStringLiteral("</table>");
    if (layer.role == geo::LayerRole::Places)
        html += ledgerHtml(ledger, articles);
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
