#pragma once
// The workbench's text: a plain-text editor that refuses a paste too long for a dispatch (with a message instead
// of a frozen window) and shows the annotations as coloured spans, by kind, without touching the text.

#include "geo/articles/article.h"
#include "geo/articles/text_extraction.h"

#include <QPlainTextEdit>

class ArticleTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    // The longest text the workbench takes (UTF-16 units): geo's limit for an article text, about 300 pages.
    static constexpr qsizetype kMaxLength = geo::kMaxArticleTextLength;

    struct Span {
        qsizetype start = -1; // UTF-16 indexes into the text, end exclusive
        qsizetype end = -1;
        geo::AnnotationKind kind = geo::AnnotationKind::Place;
        bool accepted = false; // accepted: filled; still a suggestion: lighter and underlined
        bool current = false;  // the one selected in the list: framed
    };

    explicit ArticleTextView(QWidget* parent = nullptr);

    void setSpans(const QList<Span>& spans);
    // The colour of a kind, as the articles panel shows it.
    static QColor kindColour(geo::AnnotationKind kind);
    // Why TEXT cannot be taken (too long), or empty when it can.
    static QString refusal(qsizetype length);

signals:
    // A paste or drop was refused; MESSAGE says why and what to do.
    void refused(const QString& message);

protected:
    void insertFromMimeData(const QMimeData* source) override;
};
