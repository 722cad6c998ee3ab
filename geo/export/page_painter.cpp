#include "geo/export/page_painter.h"

#include "geo/export/export_texts.h"
#include "geo/export/inset_map.h"
#include "geo/render/map_renderer.h"
#include "geo/export/north_arrow.h"
#include "geo/render/scale_bar.h"
#include "geo/render/style.h"

#include <QFontMetricsF>
#include <QPainter>

namespace geo {

namespace {

const QColor kInk{0x11, 0x11, 0x11};
const QColor kSecondary{0x55, 0x55, 0x55};
const QColor kRule{0xcc, 0xcc, 0xcc};

// Draws TEXT wrapped in RECT, running right to left or not, against the right edge (ALIGNRIGHT) or the left.
void drawParagraph(QPainter& painter, const QRectF& rect, const QFont& font, const QColor& color, const QString& text,
                   bool rightToLeft, bool alignRight)
{
    if (text.isEmpty())
        return;
    painter.save();
    painter.setFont(font);
    painter.setPen(color);
    painter.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    painter.drawText(
        rect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignAbsolute | (alignRight ? Qt::AlignRight : Qt::AlignLeft),
        text);
    painter.restore();
}

// A paragraph in the page's direction, from its start side.
void drawParagraph(QPainter& painter, const QRectF& rect, const QFont& font, const QColor& color, const QString& text,
                   bool rightToLeft)
{
    drawParagraph(painter, rect, font, color, text, rightToLeft, rightToLeft);
}

void paintHeader(QPainter& painter, const PageLayout& L, const PageContent& content)
{
    const bool rtl = L.rightToLeft;
    drawParagraph(painter, L.title, page_fonts::title(L.page), kInk, content.title, rtl);
    drawParagraph(painter, L.subtitle, page_fonts::subtitle(), kSecondary, content.subtitle, rtl);
    if (!L.asOf.isEmpty()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x33, 0x33, 0x33));
        painter.drawRoundedRect(L.asOf, 3, 3);
        painter.setFont(page_fonts::stamp());
        painter.setPen(Qt::white);
        painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(L.asOf, Qt::AlignCenter, content.asOf);
        painter.restore();
    }
    if (L.headerRule > 0) {
        painter.save();
        painter.setPen(QPen(kRule, 1.0));
        painter.drawLine(QPointF(L.margin, L.headerRule), QPointF(L.page.width() - L.margin, L.headerRule));
        painter.restore();
    }
}

void paintLegend(QPainter& painter, const PageLayout& L, const PageContent& content, const QVector<LegendRow>& rows)
{
    const bool rtl = L.rightToLeft;
    const double headingHeight = page_metrics::legendHeadingHeight();
    drawParagraph(painter, QRectF(L.legend.left(), L.legend.top(), L.legend.width(), headingHeight),
                  page_fonts::legendHeading(), kInk, export_texts::legendHeading(content.lang), rtl);
    const int columns = std::max(1, L.legendColumns);
    const double columnWidth = (L.legend.width() - page_metrics::kColumnGap * (columns - 1)) / columns;
    const double top = L.legend.top() + headingHeight;
    int column = 0;
    double y = top;
    for (const LegendRow& row : rows) {
        const double h = page_metrics::legendRowHeight(row.text, columnWidth);
        if (y > top && y + h > top + L.legendColumnHeight + 0.01) {
            ++column;
            y = top;
        }
        if (column >= columns)
            break; // cannot happen: the layout made room for every visible layer's rows
        // Columns run from the start side: left to right, or right to left.
        const double x = rtl ? L.legend.right() - (column + 1) * columnWidth - column * page_metrics::kColumnGap
                             : L.legend.left() + column * (columnWidth + page_metrics::kColumnGap);
        const QRectF cell(x, y, columnWidth, h - page_metrics::kRowGap);
        const double symbolX = rtl ? cell.right() - page_metrics::kSymbolWidth : cell.left();
        const QRectF symbol(symbolX, cell.top() + 1, page_metrics::kSymbolWidth, page_metrics::kSymbolHeight);
        drawLegendSymbol(painter, row, symbol);
        const double textWidth = columnWidth - page_metrics::kSymbolWidth - 6;
        const QRectF text(rtl ? cell.left() : cell.left() + page_metrics::kSymbolWidth + 6, cell.top(), textWidth,
                          cell.height());
        // Single lines sit on the symbol's middle; wrapped rows start at its top.
        const double lineHeight = page_metrics::textSize(page_fonts::legendRow(), QStringLiteral("Ag"), 1000).height();
        const QRectF textBox = cell.height() <= page_metrics::kSymbolHeight + 2
                                   ? text.translated(0, (page_metrics::kSymbolHeight + 2 - lineHeight) / 2)
                                   : text;
        drawParagraph(painter, textBox, page_fonts::legendRow(), kInk, row.text, rtl);
        y += h;
    }
}

// Note NOTE in BOX: its number on the start side, its paragraphs beside it.
void paintNote(QPainter& painter, const QRectF& box, const SourceNote& note, Language lang, bool rtl)
{
    const double numberWidth = page_metrics::textSize(page_fonts::noteNumber(), QStringLiteral("00"), 100).width() + 6;
    const double textWidth = box.width() - numberWidth;
    const double textLeft = rtl ? box.left() : box.left() + numberWidth;
    const QRectF number(rtl ? box.right() - numberWidth + 6 : box.left(), box.top(), numberWidth - 6, 20);
    drawParagraph(painter, number, page_fonts::noteNumber(), kInk, QString::number(note.number), rtl);
    double y = box.top();
    for (const auto& p : export_texts::noteParagraphs(note, lang)) {
        const double h = page_metrics::textSize(page_fonts::note(), p.text, textWidth).height();
        // Each paragraph runs in its own direction, against the page's start side, beside its number.
        drawParagraph(painter, QRectF(textLeft, y, textWidth, h), page_fonts::note(), kSecondary.darker(140), p.text,
                      p.rightToLeft, rtl);
        y += h;
    }
}

void paintNotes(QPainter& painter, const PageLayout& L, const PageContent& content)
{
    if (L.notes.isEmpty())
        return;
    const bool rtl = L.rightToLeft;
    const QString heading = export_texts::sourcesHeading(content.lang);
    const double headingHeight = page_metrics::textSize(page_fonts::notesHeading(), heading, L.notes.width()).height();
    drawParagraph(painter, QRectF(L.notes.left(), L.notes.top(), L.notes.width(), headingHeight),
                  page_fonts::notesHeading(), kInk, heading, rtl);
    const double numberWidth = page_metrics::textSize(page_fonts::noteNumber(), QStringLiteral("00"), 100).width() + 6;
    const double textWidth = L.notes.width() - numberWidth;
    const double textLeft = rtl ? L.notes.left() : L.notes.left() + numberWidth;
    double y = L.notes.top() + headingHeight + 3;
    for (int i = 0; i < L.notesShown && i < content.notes.size(); ++i) {
        const SourceNote& note = content.notes[i];
        double h = 0;
        for (const auto& p : export_texts::noteParagraphs(note, content.lang))
            h += page_metrics::textSize(page_fonts::note(), p.text, textWidth).height();
        paintNote(painter, QRectF(L.notes.left(), y, L.notes.width(), h), note, content.lang, rtl);
        y += h + 3;
    }
    if (L.notesShown < content.notes.size()) {
        const int left = int(content.notes.size()) - L.notesShown;
        const QString more = content.notesOverleaf ? export_texts::moreNotesOverleaf(left, content.lang)
                                                   : export_texts::moreNotes(left, content.lang);
        const double h = page_metrics::textSize(page_fonts::note(), more, textWidth).height();
        drawParagraph(painter, QRectF(textLeft, y, textWidth, h), page_fonts::note(), kSecondary, more, rtl);
    }
}

} // namespace

QVector<QRectF> frameOverlayBoxes(const PageLayout& layout)
{
    const QPointF origin = layout.frame.topLeft();
    return {layout.scaleBar.translated(-origin), layout.northArrow.translated(-origin)};
}

void paintFrameOverlays(QPainter& painter, const PageLayout& layout, const Viewport& frame, DisplayCrs crs,
                        Language lang)
{
    const QPointF origin = layout.frame.topLeft();
    const QRectF bar = layout.scaleBar.translated(-origin);
    QPointF bottomLeft(bar.left() + 4, bar.bottom() - 4);
    if (layout.rightToLeft) {
        // Flush with the frame's right edge: measure the bar that will be drawn.
        const Projector& projector = Projector::forThread(crs);
        const ScaleBar scale = computeScaleBar(frame, projector, 160, lang);
        const QFontMetricsF fm(Style::labelFont(8), painter.device());
        const double width = scale.pixels + 8 + fm.horizontalAdvance(scale.label) + 6;
        bottomLeft.setX(bar.right() - width + 4);
    }
    MapRenderer::drawScaleBar(painter, frame, crs, bottomLeft, lang);
    drawNorthArrow(painter, layout.northArrow.translated(-origin), trueNorthAngle(frame, crs), lang);
}

void paintNotesPage(QPainter& painter, const NotesPage& page, const PageContent& content)
{
    Style::registerBundledFonts();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    drawParagraph(painter, page.heading, page_fonts::notesHeading(), kInk, export_texts::sourcesHeading(content.lang),
                  page.rightToLeft);
    for (const auto& [index, box] : page.notes)
        paintNote(painter, box, content.notes[index], content.lang, page.rightToLeft);
    painter.restore();
}

void paintPage(QPainter& painter, const PageLayout& layout, const PageContent& content, const QVector<LegendRow>& rows,
               const MapData& data, const Viewport& frame)
{
    Style::registerBundledFonts();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // The frame's border.
    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(layout.frame.adjusted(0.5, 0.5, -0.5, -0.5));

    paintHeader(painter, layout, content);
    paintLegend(painter, layout, content, rows);
    if (!layout.inset.isEmpty())
        drawInsetMap(painter, layout.inset, data, frame.mapRect(), content.lang);
    paintNotes(painter, layout, content);
    drawParagraph(painter, layout.credits, page_fonts::credits(), kSecondary, content.credits, layout.rightToLeft);
    painter.restore();
}

} // namespace geo
