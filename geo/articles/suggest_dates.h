#pragma once
// Dates in a dispatch for the annotation suggester (annotation_suggester.h): absolute days and months, parts
// of a month, weekdays and days relative to the publication day, in French, English and Arabic. Private to
// geo/articles.

#include "geo/articles/article.h"
#include "geo/articles/suggest_text.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace geo::suggest {

struct FoundDate {
    int firstToken = -1;
    int lastToken = -1;
    qsizetype from = 0; // UTF-16
    qsizetype to = 0;
    int sentence = 0;
    QString quote;
    QString eventDate; // "2020-02-07", "2020-01", "2020-01-21/2020-01-31"
    DateSpan span;
    int timePrecision = 1;
    QString reason;
};

// The dates of TOKENS (of TEXT, in LANG), resolved against PUBLISHED. A day or month written without its
// year takes the year of the last date written with one before it in the text, else the latest year that
// does not put it after PUBLISHED. WORDS: vocabulary/words.json.
QVector<FoundDate> findDates(const QString& text, const QVector<Token>& tokens, Tokenizer& tokenizer,
                             const QString& lang, QDate published, const QJsonObject& words);

} // namespace geo::suggest
