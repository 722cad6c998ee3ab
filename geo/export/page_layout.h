#pragma once
// Where everything goes on an exported page: title, subtitle and the "as of" stamp at the top; the map frame
// with its scale bar and north arrow. On screen pages (landscape and square: web, social) the map runs from the
// header to the foot and a panel beside it holds the legend, the inset locator map, the source notes that fit
// and the data credits, so the map takes most of the page. On print pages (portrait) the legend and inset go in
// a band under the map, the notes and credits at the foot. Notes left out are counted on a last line; a PDF
// puts them on pages of their own after the map's. Nothing overlaps. Units are CSS pixels (1/96 inch), so one
// layout serves a PNG, an SVG and a PDF alike. Arabic pages are mirrored: the legend and the stamp move to the
// left, texts run right to left.

#include "geo/core/place.h"
#include "geo/core/source_note.h"

#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace geo {

struct PageContent {
    QString title;
    QString subtitle;
    QString asOf; // "as of 8 February 2020"; empty: no stamp
    Language lang = Language::French;
    QStringList legendTexts; // the longest legend the map may need (every visible layer's rows)
    QList<SourceNote> notes;
    QString credits; // data credits, licences, projection
    bool inset = true;
    double insetAspect = 0.9;   // height / width of the inset's map
    bool notesOverleaf = false; // the notes the page leaves out go on the pages after it (PDF)
};

struct PageLayout {
    QSizeF page;
    bool rightToLeft = false;
    double margin = 0;
    double gap = 0;

    QRectF title, subtitle, asOf; // empty when there is no such text
    double headerRule = 0;        // y of the thin rule under the header
    QRectF frame;                 // the map, on whole units
    QRectF scaleBar;              // inside the frame: the most the scale bar can take
    QRectF northArrow;            // inside the frame
    QRectF legend;                // heading and rows
    int legendColumns = 1;
    double legendColumnHeight = 0; // rows fill a column to this height, then the next (below the heading)
    QRectF inset;                  // empty: no inset
    QRectF notes;                  // heading and notes; empty when there is none
    int notesShown = 0;            // the notes that fit; the others are counted on a last line
    QRectF credits;

    // Every placed box with its name, for checks and tests.
    QVector<QPair<QString, QRectF>> boxes() const;
};

// Fonts of the page, in points (at 96 dpi, as laid out).
namespace page_fonts {
QFont title(QSizeF page);
QFont subtitle();
QFont stamp();
QFont legendHeading();
QFont legendRow();
QFont notesHeading();
QFont note();
QFont noteNumber();
QFont credits();
} // namespace page_fonts

// Sizes shared by the layout and the painter.
namespace page_metrics {
constexpr double kSymbolWidth = 28;
constexpr double kSymbolHeight = 16;
constexpr double kRowGap = 3;
constexpr double kColumnGap = 12;
constexpr double kStampPadding = 7;
constexpr QSizeF kNorthArrow{28, 44};
constexpr double kFrameInset = 10; // overlays keep this far from the frame's edge
// The height of one legend row of TEXT in a column WIDTH wide.
double legendRowHeight(const QString& text, double width);
double legendHeadingHeight();
// Packs row HEIGHTS into columns of CAPACITY in order; returns how many columns it takes.
int columnsNeeded(const QVector<double>& heights, double capacity);
// Measures TEXT wrapped to WIDTH in FONT at 96 dpi.
QSizeF textSize(const QFont& font, const QString& text, double width, bool rightToLeft = false);
} // namespace page_metrics

// Lays out a page of PAGE size (CSS pixels). Returns nullopt and sets *error when the page is too small for
// the texts and a usable map frame.
std::optional<PageLayout> layoutPage(QSizeF page, const PageContent& content, QString* error);

// A page of source notes after the map's page (PDF): a heading, then whole notes in columns (two on a page
// 600 wide or more), mirrored for Arabic.
struct NotesPage {
    QSizeF page;
    bool rightToLeft = false;
    QRectF heading;
    QVector<QPair<int, QRectF>> notes; // index in content.notes, and the note's box (its number included)
};

// The notes from FROM on, on as many pages of PAGE size as they take.
QVector<NotesPage> layoutNotesPages(QSizeF page, const PageContent& content, int from);

} // namespace geo
