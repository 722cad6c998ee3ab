#include "geo/export/page_layout.h"

#include "geo/export/export_texts.h"
#include "geo/render/style.h"

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace geo {

namespace page_fonts {
QFont title(QSizeF page)
{
    return Style::labelFont(page.width() < 700 ? 15 : 20, true);
}
QFont subtitle()
{
    return Style::labelFont(11);
}
QFont stamp()
{
    return Style::labelFont(10, true);
}
QFont legendHeading()
{
    return Style::labelFont(9, true);
}
QFont legendRow()
{
    return Style::labelFont(8);
}
QFont notesHeading()
{
    return Style::labelFont(8, true);
}
QFont note()
{
    return Style::labelFont(7.5);
}
QFont noteNumber()
{
    return Style::labelFont(7.5, true);
}
QFont credits()
{
    return Style::labelFont(6.5);
}
} // namespace page_fonts

namespace page_metrics {

QSizeF textSize(const QFont& font, const QString& text, double width, bool rightToLeft)
{
    if (text.isEmpty())
        return {0, 0};
    Style::registerBundledFonts();
    // Measured on a 96 dpi device, as every export device is set up.
    QImage device(1, 1, QImage::Format_ARGB32_Premultiplied);
    device.setDotsPerMeterX(qRound(96 / 0.0254));
    device.setDotsPerMeterY(qRound(96 / 0.0254));
    const QFontMetricsF fm(font, &device);
    // In the direction it is drawn in: Latin names inside Arabic text break into lines differently.
    const int direction = rightToLeft ? Qt::TextForceRightToLeft : 0;
    const QRectF r =
        fm.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap | Qt::AlignLeft | direction, text);
    return {std::ceil(r.width()), std::ceil(r.height())};
}

double legendRowHeight(const QString& text, double width)
{
    const double textHeight = textSize(page_fonts::legendRow(), text, width - kSymbolWidth - 6).height();
    return std::max(kSymbolHeight + 2, textHeight) + kRowGap;
}

double legendHeadingHeight()
{
    return textSize(page_fonts::legendHeading(), QStringLiteral("Ag"), 1000).height() + 5;
}

int columnsNeeded(const QVector<double>& heights, double capacity)
{
    int columns = heights.isEmpty() ? 0 : 1;
    double used = 0;
    for (double h : heights) {
        if (used > 0 && used + h > capacity + 0.01) {
            ++columns;
            used = 0;
        }
        used += h;
    }
    return columns;
}

} // namespace page_metrics

QVector<QPair<QString, QRectF>> PageLayout::boxes() const
{
    QVector<QPair<QString, QRectF>> all;
    auto add = [&](const char* name, const QRectF& r) {
        if (!r.isEmpty())
            all.append({QString::fromLatin1(name), r});
    };
    add("title", title);
    add("subtitle", subtitle);
    add("as of", asOf);
    add("frame", frame);
    add("legend", legend);
    add("inset", inset);
    add("notes", notes);
    add("credits", credits);
    return all;
}

namespace {

using page_metrics::textSize;

struct LegendFit {
    int columns = 1;
    double columnHeight = 0;
    double height = 0; // heading included
};

// The smallest column height that packs HEIGHTS into COLUMNS columns (next fit, in order).
LegendFit fitLegend(const QStringList& texts, double width, int columns)
{
    const double columnWidth = (width - page_metrics::kColumnGap * (columns - 1)) / columns;
    QVector<double> heights;
    double total = 0, tallest = 0;
    for (const QString& t : texts) {
        heights.append(page_metrics::legendRowHeight(t, columnWidth));
        total += heights.last();
        tallest = std::max(tallest, heights.last());
    }
    LegendFit fit;
    fit.columns = columns;
    double capacity = std::max(tallest, std::ceil(total / columns));
    while (page_metrics::columnsNeeded(heights, capacity) > columns)
        capacity += 2;
    fit.columnHeight = capacity;
    fit.height = page_metrics::legendHeadingHeight() + capacity;
    return fit;
}

double noteHeight(const SourceNote& note, Language lang, double width)
{
    double h = 0;
    for (const auto& p : export_texts::noteParagraphs(note, lang))
        h += textSize(page_fonts::note(), p.text, width).height();
    return h + 3;
}

struct NotesFit {
    int shown = 0;
    double height = 0; // heading, the notes shown and the "more" line
};

// The source notes, in order, that fit in a block WIDTH wide and at most MOST high; those left out are counted
// on a last line. The height is more than MOST when not even the heading and that line fit.
NotesFit fitNotes(const PageContent& content, double width, double most)
{
    NotesFit fit;
    if (content.notes.isEmpty())
        return fit;
    const double numberWidth = textSize(page_fonts::noteNumber(), QStringLiteral("00"), 100).width() + 6;
    const double textWidth = width - numberWidth;
    double h = textSize(page_fonts::notesHeading(), export_texts::sourcesHeading(content.lang), width).height() + 3;
    const QString more = content.notesOverleaf ? export_texts::moreNotesOverleaf(99, content.lang)
                                               : export_texts::moreNotes(99, content.lang);
    const double moreLine = textSize(page_fonts::note(), more, textWidth).height() + 3;
    for (int i = 0; i < content.notes.size(); ++i) {
        const double nh = noteHeight(content.notes[i], content.lang, textWidth);
        const bool last = i + 1 == content.notes.size();
        if (h + nh + (last ? 0 : moreLine) > most)
            break;
        h += nh;
        ++fit.shown;
    }
    if (fit.shown < content.notes.size())
        h += moreLine;
    fit.height = h;
    return fit;
}

QRectF mirrored(const QRectF& r, double pageWidth)
{
    if (r.isEmpty())
        return r;
    return QRectF(pageWidth - r.right(), r.top(), r.width(), r.height());
}

// One arrangement: the legend and inset in a panel beside the frame (SIDEPANEL) or in a band under it; the
// source notes take at most NOTESSHARE of the page's height. Returns nullopt with *WHY when it does not fit.
std::optional<PageLayout> tryLayout(QSizeF page, const PageContent& content, bool sidePanel, double notesShare,
                                    QString* why)
{
    auto fail = [&](const QString& reason) -> std::optional<PageLayout> {
        *why = reason;
        return std::nullopt;
    };
    PageLayout L;
    L.page = page;
    L.rightToLeft = export_texts::isRightToLeft(content.lang);
    // Print pages (portrait) keep a printer's margin; screen pages (landscape and square) give it to the map.
    const double marginShare = page.width() >= page.height() * 0.95 ? 0.022 : 0.035;
    L.margin = std::clamp(std::round(std::min(page.width(), page.height()) * marginShare), 12.0, 48.0);
    L.gap = std::clamp(std::round(L.margin * 0.6), 8.0, 20.0);
    const double m = L.margin, g = L.gap;
    const QRectF area(m, m, page.width() - 2 * m, page.height() - 2 * m);

    // Header: title and subtitle on the left, the "as of" stamp on the right, a rule below.
    QSizeF stamp;
    if (!content.asOf.isEmpty()) {
        stamp = textSize(page_fonts::stamp(), content.asOf, area.width() / 2);
        stamp += QSizeF(2 * page_metrics::kStampPadding, page_metrics::kStampPadding);
        L.asOf = QRectF(area.right() - stamp.width(), area.top(), stamp.width(), stamp.height());
    }
    const double headerTextWidth = area.width() - (stamp.isEmpty() ? 0 : stamp.width() + g);
    double y = area.top();
    if (!content.title.isEmpty()) {
        const QSizeF t = textSize(page_fonts::title(page), content.title, headerTextWidth);
        L.title = QRectF(area.left(), y, headerTextWidth, t.height());
        y = L.title.bottom() + 3;
    }
    if (!content.subtitle.isEmpty()) {
        const QSizeF s = textSize(page_fonts::subtitle(), content.subtitle, headerTextWidth);
        L.subtitle = QRectF(area.left(), y, headerTextWidth, s.height());
        y = L.subtitle.bottom();
    }
    y = std::max(y, L.asOf.isEmpty() ? area.top() : L.asOf.bottom());
    double bodyTop = area.top();
    if (y > area.top()) {
        L.headerRule = std::round(y + g / 2) + 0.5;
        bodyTop = L.headerRule + g / 2;
    }

    if (sidePanel) {
        // The map from the header to the foot of the page; beside it a panel of about a quarter of the width
        // holds, from the top, the legend (in the fewer columns that leave the most room), the inset, the source
        // notes that fit and the credits at its foot. A wider panel only when the legend does not fit, and half
        // the page only on a small one whose legend needs it (a dated page has a row per side and per evidence).
        bool placed = false;
        for (int step : {0, 1, 2}) {
            const double panelWidth = step == 0   ? std::clamp(std::round(area.width() * 0.26), 200.0, 360.0)
                                      : step == 1 ? std::clamp(std::round(area.width() * 0.42), 340.0, 560.0)
                                                  : std::clamp(std::round(area.width() * 0.5), 340.0, 560.0);
            const QRectF panel(area.right() - panelWidth, bodyTop, panelWidth, area.bottom() - bodyTop);
            const QSizeF credits = textSize(page_fonts::credits(), content.credits, panelWidth, L.rightToLeft);
            const double creditsTop = credits.isEmpty() ? panel.bottom() : panel.bottom() - credits.height();
            std::optional<LegendFit> fit;
            for (int columns : {1, 2}) {
                if (columns == 2 && panelWidth < 260)
                    break;
                const LegendFit f = fitLegend(content.legendTexts, panelWidth, columns);
                if (f.height <= creditsTop - panel.top() && (!fit || f.height < fit->height))
                    fit = f;
            }
            if (!fit)
                continue;
            L.frame = QRectF(area.left(), bodyTop, area.width() - panelWidth - g, area.bottom() - bodyTop);
            L.legend = QRectF(panel.left(), panel.top(), panelWidth, fit->height);
            L.legendColumns = fit->columns;
            L.legendColumnHeight = fit->columnHeight;
            if (!credits.isEmpty())
                L.credits = QRectF(panel.left(), creditsTop, panelWidth, credits.height());
            double top = L.legend.bottom() + g;
            const double bottom = creditsTop - (credits.isEmpty() ? 0 : g);
            if (content.inset) {
                // The inset leaves the notes their room, down to a third of the room under the legend.
                const double room = bottom - top;
                const double allNotes = content.notes.isEmpty() ? 0 : fitNotes(content, panelWidth, 1e9).height + g;
                const double most = std::max(room - allNotes, room / 3);
                const double height = std::min(std::min(panelWidth, 260.0) * content.insetAspect, most);
                if (height >= 70) {
                    const double width = std::min(panelWidth, height / content.insetAspect);
                    L.inset = QRectF(panel.right() - width, top, width, height);
                    top = L.inset.bottom() + g;
                }
            }
            NotesFit notes = fitNotes(content, panelWidth, bottom - top);
            if (!content.notes.isEmpty() && notes.shown == 0 && !L.inset.isEmpty()) { // sources before the locator
                top = L.inset.top();
                L.inset = QRectF();
                notes = fitNotes(content, panelWidth, bottom - top);
            }
            if (!content.notes.isEmpty() && notes.height <= bottom - top) {
                L.notes = QRectF(panel.left(), top, panelWidth, notes.height);
                L.notesShown = notes.shown;
            }
            placed = true;
            break;
        }
        if (!placed)
            return fail(QStringLiteral("the legend does not fit beside the map"));
    } else {
        // Foot: credits at the bottom, the source notes above them.
        const QSizeF credits = textSize(page_fonts::credits(), content.credits, area.width(), L.rightToLeft);
        L.credits = QRectF(area.left(), area.bottom() - credits.height(), area.width(), credits.height());
        double footTop = credits.isEmpty() ? area.bottom() : L.credits.top();
        if (!content.notes.isEmpty()) {
            const NotesFit notes = fitNotes(content, area.width(), page.height() * notesShare);
            const double bottom = footTop - (credits.isEmpty() ? 0 : g / 2);
            L.notes = QRectF(area.left(), bottom - notes.height, area.width(), notes.height);
            L.notesShown = notes.shown;
            footTop = L.notes.top();
        }
        const QRectF body(area.left(), bodyTop, area.width(), footTop - g - bodyTop);

        // The inset takes at most 28 % of the width, and no more height than the legend beside it (down to
        // a readable 120), so the map keeps the room.
        const double widest = content.inset ? std::clamp(std::round(body.width() * 0.28), 110.0, 260.0) : 0;
        const double legendWidth = body.width() - (widest > 0 ? widest + g : 0);
        const int columns = legendWidth >= 660 ? 3 : legendWidth >= 420 ? 2 : 1;
        const LegendFit fit = fitLegend(content.legendTexts, legendWidth, columns);
        const double insetHeight = std::min(widest * content.insetAspect, std::max(fit.height, 120.0));
        const double insetWidth = content.inset ? insetHeight / content.insetAspect : 0;
        const double band = std::max(fit.height, insetHeight);
        L.frame = QRectF(body.left(), body.top(), body.width(), body.height() - band - g);
        L.legend = QRectF(body.left(), L.frame.bottom() + g, legendWidth, fit.height);
        L.legendColumns = columns;
        L.legendColumnHeight = fit.columnHeight;
        if (insetWidth > 0)
            L.inset = QRectF(body.right() - insetWidth, L.frame.bottom() + g, insetWidth, insetHeight);
    }
    // The frame on whole units, so that a PNG at 96 dpi has crisp edges.
    L.frame = QRectF(QPointF(std::ceil(L.frame.left()), std::ceil(L.frame.top())),
                     QPointF(std::floor(L.frame.right()), std::floor(L.frame.bottom())));
    if (L.frame.width() < 200 || L.frame.height() < 150 || L.frame.height() < page.height() * 0.3)
        return fail(QStringLiteral("the title, legend and %1 source notes leave too little room for the map")
                        .arg(content.notes.size()));

    // Overlays inside the frame: the scale bar bottom left, the north arrow top right.
    const double in = page_metrics::kFrameInset;
    const QSizeF label = textSize(Style::labelFont(8), QStringLiteral("500 km"), 1000);
    const QSizeF bar(160 + 8 + label.width() + 6, label.height() + 18);
    L.scaleBar = QRectF(L.frame.left() + in - 4, L.frame.bottom() - in - bar.height() + 4, bar.width(), bar.height());
    L.northArrow = QRectF(QPointF(L.frame.right() - in - page_metrics::kNorthArrow.width(), L.frame.top() + in),
                          page_metrics::kNorthArrow);

    if (L.rightToLeft) {
        const double w = page.width();
        for (QRectF* r : {&L.title, &L.subtitle, &L.asOf, &L.frame, &L.scaleBar, &L.northArrow, &L.legend, &L.inset,
                          &L.notes, &L.credits})
            *r = mirrored(*r, w);
    }
    return L;
}

} // namespace

QVector<NotesPage> layoutNotesPages(QSizeF page, const PageContent& content, int from)
{
    QVector<NotesPage> pages;
    const double m = std::clamp(std::round(std::min(page.width(), page.height()) * 0.035), 12.0, 48.0);
    const QRectF area(m, m, page.width() - 2 * m, page.height() - 2 * m);
    const int columns = area.width() >= 600 ? 2 : 1;
    const double columnWidth = (area.width() - page_metrics::kColumnGap * 2 * (columns - 1)) / columns;
    const double numberWidth = textSize(page_fonts::noteNumber(), QStringLiteral("00"), 100).width() + 6;
    const bool rtl = export_texts::isRightToLeft(content.lang);
    const double headingHeight =
        textSize(page_fonts::notesHeading(), export_texts::sourcesHeading(content.lang), area.width()).height() + 6;
    int i = std::max(0, from);
    while (i < content.notes.size()) {
        NotesPage p;
        p.page = page;
        p.rightToLeft = rtl;
        p.heading = QRectF(area.left(), area.top(), area.width(), headingHeight);
        int column = 0;
        double y = p.heading.bottom();
        const int first = i;
        while (i < content.notes.size()) {
            const double h = std::min(noteHeight(content.notes[i], content.lang, columnWidth - numberWidth),
                                      area.bottom() - p.heading.bottom()); // a note longer than a page is cut
            if (y + h > area.bottom() + 0.01) {
                if (++column == columns)
                    break;
                y = p.heading.bottom();
            }
            const double x = area.left() + column * (columnWidth + 2 * page_metrics::kColumnGap);
            p.notes.append({int(i), QRectF(x, y, columnWidth, h)});
            y += h;
            ++i;
        }
        if (i == first) // cannot happen (a note fits a page), but never loop
            break;
        if (rtl)
            for (auto& note : p.notes)
                note.second = mirrored(note.second, page.width());
        pages.append(p);
    }
    return pages;
}

std::optional<PageLayout> layoutPage(QSizeF page, const PageContent& content, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<PageLayout> {
        if (error)
            *error = QStringLiteral("page %1x%2 (at 96 dpi) is too small: %3")
                         .arg(qRound(page.width()))
                         .arg(qRound(page.height()))
                         .arg(why);
        return std::nullopt;
    };
    if (page.width() < 320 || page.height() < 240)
        return fail(QStringLiteral("a page needs at least 320x240 for its title, map and legend"));
    // The arrangement that suits the page's shape first, then the other; then fewer source notes on the page
    // (the others counted on a last line).
    const bool landscape = page.width() >= page.height() * 0.95; // square pages too: the map beside the panel
    QString firstReason;
    for (double notesShare : {0.28, 0.15, 0.0}) {
        for (bool sidePanel : {landscape, !landscape}) {
            QString why;
            if (auto layout = tryLayout(page, content, sidePanel, notesShare, &why))
                return layout;
            if (firstReason.isEmpty())
                firstReason = why;
        }
        if (content.notes.isEmpty())
            break;
    }
    return fail(firstReason);
}

} // namespace geo
