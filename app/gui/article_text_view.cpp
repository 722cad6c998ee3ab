#include "article_text_view.h"

#include <QLocale>
#include <QMimeData>
#include <QTextBlock>

ArticleTextView::ArticleTextView(QWidget* parent) : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Paste the dispatch here (Ctrl+V), or open a .txt or .html file"));
}

QColor ArticleTextView::kindColour(geo::AnnotationKind kind)
{
    switch (kind) {
    case geo::AnnotationKind::Claim: return QColor(0xff, 0xd6, 0xcc);
    case geo::AnnotationKind::Place:
    case geo::AnnotationKind::Area:
    case geo::AnnotationKind::Border: return QColor(0xff, 0xf0, 0xb3);
    case geo::AnnotationKind::Road: return QColor(0xff, 0xe0, 0xb3);
    case geo::AnnotationKind::Post: return QColor(0xcf, 0xe2, 0xf3);
    case geo::AnnotationKind::Actor: return QColor(0xe1, 0xd5, 0xf0);
    case geo::AnnotationKind::Figure: return QColor(0xd9, 0xea, 0xd3);
    case geo::AnnotationKind::Event: return QColor(0xcc, 0xec, 0xe6);
    }
    return QColor(0xee, 0xee, 0xee);
}

QString ArticleTextView::refusal(qsizetype length)
{
    if (length <= kMaxLength)
        return {};
    return tr("This text has %1 characters; the workbench takes a dispatch of up to %2. Split it into its "
              "articles, or annotate it with frontline-cli annotate.")
        .arg(QLocale().toString(qlonglong(length)), QLocale().toString(qlonglong(kMaxLength)));
}

void ArticleTextView::insertFromMimeData(const QMimeData* source)
{
    // Checked before the editor lays out megabytes of text on the GUI thread.
    const qsizetype incoming = source && source->hasText() ? source->text().size() : 0;
    const QString why = refusal(document()->characterCount() - textCursor().selectedText().size() + incoming);
    if (!why.isEmpty()) {
        emit refused(why);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void ArticleTextView::setSpans(const QList<Span>& spans)
{
    QList<QTextEdit::ExtraSelection> selections;
    // Claims span whole clauses: drawn first, so that the places and actors inside them stay visible.
    QList<Span> ordered = spans;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Span& a, const Span& b) {
        return (a.kind == geo::AnnotationKind::Claim) > (b.kind == geo::AnnotationKind::Claim);
    });
    const int length = document()->characterCount();
    for (const Span& span : std::as_const(ordered)) {
        if (span.start < 0 || span.end <= span.start || span.end > length)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(int(span.start));
        s.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        QColor colour = kindColour(span.kind);
        if (!span.accepted) {
            colour = colour.lighter(104);
            s.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            s.format.setUnderlineColor(colour.darker(180));
        }
        s.format.setBackground(colour);
        s.format.setForeground(QColor(Qt::black));
        if (span.current) {
            s.format.setFontWeight(QFont::Bold);
            s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            s.format.setUnderlineColor(QColor(0xcc, 0, 0));
        }
        selections << s;
    }
    setExtraSelections(selections);
}
