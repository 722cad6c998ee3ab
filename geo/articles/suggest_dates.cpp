#include "geo/articles/suggest_dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace geo::suggest {

namespace {

// The value of a token of digits (ASCII or Arabic-Indic); -1 when it is not one.
int numberOf(const QString& text, const Token& t)
{
    if (!t.digits || t.to - t.from > 4)
        return -1;
    int value = 0;
    for (qsizetype i = t.from; i < t.to; ++i) {
        const int d = text.at(i).digitValue();
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

enum class Part { Whole, Start, Middle, End };

Part partOf(const QString& name)
{
    if (name == QLatin1String("start"))
        return Part::Start;
    if (name == QLatin1String("middle"))
        return Part::Middle;
    if (name == QLatin1String("end"))
        return Part::End;
    return Part::Whole;
}

QString isoDay(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QVector<FoundDate> findDates(const QString& text, const QVector<Token>& tokens, Tokenizer& tokenizer,
                             const QString& lang, QDate published, const QJsonObject& words)
{
    PhraseIndex months, weekdays, relative, lastWeek, parts, yearWords;
    for (const QJsonValue& v : words.value(QStringLiteral("year_words")).toObject().value(lang).toArray())
        yearWords.add(tokenizer, v.toString(), 0);
    QVector<int> relativeOffsets;
    QVector<Part> partKinds;
    int m = 1;
    for (const QJsonValue& names : words.value(QStringLiteral("months")).toObject().value(lang).toArray()) {
        for (const QJsonValue& n : names.toArray())
            months.add(tokenizer, n.toString(), m);
        ++m;
    }
    int w = 1;
    for (const QJsonValue& n : words.value(QStringLiteral("weekdays")).toObject().value(lang).toArray())
        weekdays.add(tokenizer, n.toString(), w++);
    for (const QJsonValue& v : words.value(QStringLiteral("relative_days")).toObject().value(lang).toArray()) {
        relativeOffsets.append(v.toArray().at(1).toInt());
        relative.add(tokenizer, v.toArray().at(0).toString(), int(relativeOffsets.size() - 1));
    }
    for (const QJsonValue& v : words.value(QStringLiteral("last_week")).toObject().value(lang).toArray())
        lastWeek.add(tokenizer, v.toString(), 0);
    for (const QJsonValue& v : words.value(QStringLiteral("month_parts")).toObject().value(lang).toArray()) {
        partKinds.append(partOf(v.toArray().at(1).toString()));
        parts.add(tokenizer, v.toArray().at(0).toString(), int(partKinds.size() - 1));
    }
    PhraseIndex seasons;
    QVector<QJsonArray> seasonSpans;
    for (const QJsonValue& v : words.value(QStringLiteral("seasons")).toObject().value(lang).toArray()) {
        seasonSpans.append(v.toArray());
        seasons.add(tokenizer, v.toArray().at(0).toString(), int(seasonSpans.size() - 1));
    }
    QSet<QString> seasonLinks;
    for (const QJsonValue& v : words.value(QStringLiteral("season_links")).toObject().value(lang).toArray())
        seasonLinks.insert(tokenizer.keyOf(v.toString()));
    const bool english = lang == QLatin1String("en");

    QVector<FoundDate> found;
    int lastYear = 0;
    auto yearFor = [&](int month, int day) {
        if (lastYear > 0)
            return lastYear;
        int y = published.year();
        const QDate candidate(y, month, std::min(day, QDate(y, month, 1).daysInMonth()));
        if (candidate > published)
            --y;
        return y;
    };
    auto monthAt = [&](int i) -> int {
        if (i < 0 || i >= tokens.size())
            return 0;
        if (english && !tokens.at(i).upper)
            return 0; // "may", "march" are verbs
        const PhraseMatch mm = months.matchAt(text, tokens, i, tokenizer, tokens.at(i).arabic);
        return mm.isValid() && mm.last == i + (mm.last - mm.first) ? mm.payloads.first() * 100 + (mm.last - i) : 0;
    };
    auto yearAt = [&](int i) {
        if (i <= 0 || i >= tokens.size() || tokens.at(i).sentence != tokens.at(i - 1).sentence)
            return 0;
        // Joined, or after a comma ("February 5, 2020").
        const QString gap = text.mid(tokens.at(i - 1).to, tokens.at(i).from - tokens.at(i - 1).to).trimmed();
        if (!tokens.at(i).joined && gap != QLatin1String(","))
            return 0;
        const int y = numberOf(text, tokens.at(i));
        return y >= 1990 && y <= 2100 ? y : 0;
    };
    auto add = [&](int first, int last, QDate from, QDate to, int precision, const QString& reason) {
        if (!from.isValid() || !to.isValid())
            return;
        FoundDate d;
        d.firstToken = first;
        d.lastToken = last;
        d.from = tokens.at(first).from;
        d.to = tokens.at(last).to;
        d.sentence = tokens.at(first).sentence;
        d.quote = text.mid(d.from, d.to - d.from);
        d.span = {from, to};
        d.timePrecision = precision;
        if (from == to)
            d.eventDate = isoDay(from);
        else if (precision == 3 && from.day() == 1 && to == from.addMonths(1).addDays(-1))
            d.eventDate = from.toString(QStringLiteral("yyyy-MM"));
        else
            d.eventDate = isoDay(from) + QStringLiteral("/") + isoDay(to);
        d.reason = reason;
        found.append(d);
    };

    for (int i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        const int number = numberOf(text, t);
        // ISO day: 2020-02-06.
        if (number >= 1990 && number <= 2100 && i + 2 < tokens.size() && tokens.at(i + 1).joined &&
            tokens.at(i + 2).joined && text.at(t.to) == u'-' && text.at(tokens.at(i + 1).to) == u'-') {
            const QDate d(number, numberOf(text, tokens.at(i + 1)), numberOf(text, tokens.at(i + 2)));
            if (d.isValid()) {
                lastYear = number;
                add(i, i + 2, d, d, 1,
                    QCoreApplication::translate("geo::SuggestDates", "day written %1").arg(isoDay(d)));
                i += 2;
                continue;
            }
        }
        // Day month [year]: "7 février", "29 January 2020", "5 شباط 2020"; "1er".
        int day = number;
        if (day < 0 && (t.key == QLatin1String("1er") || t.key == QLatin1String("1st")))
            day = 1;
        if (day >= 1 && day <= 31 && i + 1 < tokens.size() && tokens.at(i + 1).joined) {
            const int mm = monthAt(i + 1);
            if (mm > 0) {
                const int month = mm / 100;
                int last = i + 1 + mm % 100;
                int year = yearAt(last + 1);
                if (year > 0) {
                    ++last;
                    lastYear = year;
                } else {
                    year = yearFor(month, day);
                }
                int first = i;
                // A weekday before it belongs to the date ("vendredi 7 février").
                if (i > 0 && t.joined &&
                    weekdays.matchAt(text, tokens, i - 1, tokenizer, tokens.at(i - 1).arabic).isValid())
                    first = i - 1;
                const QDate d(year, month, day);
                add(first, last, d, d, 1,
                    QCoreApplication::translate("geo::SuggestDates", "day and month '%1'")
                        .arg(text.mid(tokens.at(i).from, tokens.at(last).to - tokens.at(i).from)));
                i = last;
                continue;
            }
        }
        // Part of a month: "fin janvier", "late August 2019", "mi-février", "أواخر كانون الثاني", "in May".
        const PhraseMatch part = parts.matchAt(text, tokens, i, tokenizer, t.arabic);
        if (part.isValid() && part.last + 1 < tokens.size() && tokens.at(part.last + 1).joined) {
            const int mm = monthAt(part.last + 1);
            if (mm > 0) {
                const int month = mm / 100;
                int last = part.last + 1 + mm % 100;
                // "late January 5"? then it is a day, handled by the month-day form below.
                int year = yearAt(last + 1);
                if (year > 0) {
                    ++last;
                    lastYear = year;
                } else {
                    year = yearFor(month, 1);
                }
                const QDate first(year, month, 1);
                const int days = first.daysInMonth();
                Part kind = partKinds.at(part.payloads.first());
                QDate from = first, to = first.addDays(days - 1);
                int precision = 3;
                if (kind == Part::Start) {
                    to = first.addDays(9);
                    precision = 2;
                } else if (kind == Part::Middle) {
                    from = first.addDays(10);
                    to = first.addDays(19);
                    precision = 2;
                } else if (kind == Part::End) {
                    from = first.addDays(20);
                    precision = 2;
                }
                // "in January 5": leave to the month-day form.
                if (kind == Part::Whole && last + 1 < tokens.size() && tokens.at(last + 1).joined &&
                    numberOf(text, tokens.at(last + 1)) >= 1 && numberOf(text, tokens.at(last + 1)) <= 31 &&
                    year == yearFor(month, 1)) {
                    i = part.last;
                    continue;
                }
                // A bare "en"/"in" is not part of the quote.
                const int firstToken = kind == Part::Whole && part.first == part.last ? part.last + 1 : part.first;
                add(firstToken, last, from, to, precision,
                    QCoreApplication::translate("geo::SuggestDates", "part of a month '%1'")
                        .arg(text.mid(tokens.at(part.first).from, tokens.at(last).to - tokens.at(part.first).from)));
                i = last;
                continue;
            }
        }
        // Month day[, year] (English) and month year.
        const int mm = monthAt(i);
        if (mm > 0) {
            const int month = mm / 100;
            int last = i + mm % 100;
            const int dayAfter =
                last + 1 < tokens.size() && tokens.at(last + 1).joined ? numberOf(text, tokens.at(last + 1)) : -1;
            if (english && dayAfter >= 1 && dayAfter <= 31) {
                ++last;
                int year = yearAt(last + 1);
                if (year > 0) {
                    ++last;
                    lastYear = year;
                } else {
                    year = yearFor(month, dayAfter);
                }
                const QDate d(year, month, dayAfter);
                add(i, last, d, d, 1, QCoreApplication::translate("geo::SuggestDates", "month and day"));
                i = last;
                continue;
            }
            const int year = yearAt(last + 1);
            if (year > 0) {
                lastYear = year;
                const QDate first(year, month, 1);
                add(i, last + 1, first, first.addDays(first.daysInMonth() - 1), 3,
                    QCoreApplication::translate("geo::SuggestDates", "month and year"));
                i = last + 1;
                continue;
            }
        }
        // A season of a year: "in the summer of 2019", "l'été 2019", "صيف عام 2019".
        const PhraseMatch season = seasons.matchAt(text, tokens, i, tokenizer, t.arabic);
        if (season.isValid()) {
            int k = season.last + 1;
            while (k < tokens.size() && k <= season.last + 2 && tokens.at(k).joined &&
                   seasonLinks.contains(tokens.at(k).key))
                ++k;
            const int year = k < tokens.size() && tokens.at(k).joined ? numberOf(text, tokens.at(k)) : -1;
            if (year >= 1900 && year <= 2100) {
                const QJsonArray& span = seasonSpans.at(season.payloads.first());
                add(i, k, QDate(year, span.at(1).toInt(), span.at(2).toInt()),
                    QDate(year, span.at(3).toInt(), span.at(4).toInt()), 3,
                    QCoreApplication::translate("geo::SuggestDates", "season '%1'")
                        .arg(text.mid(season.from, tokens.at(k).to - season.from)));
                lastYear = year;
                i = k;
                continue;
            }
        }
        // Weekdays: the latest such day on or before publication.
        const PhraseMatch wd = weekdays.matchAt(text, tokens, i, tokenizer, t.arabic);
        if (wd.isValid() && (!english || t.upper)) {
            const int dow = wd.payloads.first();
            const int back = (published.dayOfWeek() - dow + 7) % 7;
            const QDate d = published.addDays(-back);
            add(i, wd.last, d, d, 1,
                QCoreApplication::translate("geo::SuggestDates", "weekday '%1' on or before the publication day %2")
                    .arg(text.mid(wd.from, wd.to - wd.from), isoDay(published)));
            i = wd.last;
            continue;
        }
        const PhraseMatch rel = relative.matchAt(text, tokens, i, tokenizer, t.arabic);
        // Folding drops the Arabic article, so "يوم" (day, as in "يوم الجمعة") would read as "اليوم" (today).
        if (rel.isValid() && text.mid(rel.from, rel.to - rel.from) != QStringLiteral("\u064A\u0648\u0645")) {
            const QDate d = published.addDays(relativeOffsets.at(rel.payloads.first()));
            add(i, rel.last, d, d, 1,
                QCoreApplication::translate("geo::SuggestDates", "'%1' counted from the publication day %2")
                    .arg(text.mid(rel.from, rel.to - rel.from), isoDay(published)));
            i = rel.last;
            continue;
        }
        const PhraseMatch week = lastWeek.matchAt(text, tokens, i, tokenizer, t.arabic);
        if (week.isValid()) {
            const QDate monday = published.addDays(-(published.dayOfWeek() - 1) - 7);
            add(i, week.last, monday, monday.addDays(6), 2,
                QCoreApplication::translate("geo::SuggestDates", "'%1': the week before the publication day %2")
                    .arg(text.mid(week.from, week.to - week.from), isoDay(published)));
            i = week.last;
            continue;
        }
        if (number >= 1900 && number <= 2100 && t.to - t.from == 4) {
            // A range of years ("2019-2020") or a year after "in", "en", "في عام": every day of it.
            const int second = i + 1 < tokens.size() && tokens.at(i + 1).joined && text.at(t.to) == u'-'
                                   ? numberOf(text, tokens.at(i + 1))
                                   : -1;
            int yearWord = -1;
            for (int k = std::max(0, i - 3); k < i && yearWord < 0; ++k) {
                const PhraseMatch y = yearWords.matchAt(text, tokens, k, tokenizer, tokens.at(k).arabic);
                if (y.isValid() && y.last == i - 1 && t.joined)
                    yearWord = k;
            }
            if (second > number && second <= 2100) {
                add(yearWord >= 0 ? yearWord : i, i + 1, QDate(number, 1, 1), QDate(second, 12, 31), 3,
                    QCoreApplication::translate("geo::SuggestDates", "years %1 to %2").arg(number).arg(second));
                lastYear = second;
                ++i;
                continue;
            }
            if (yearWord >= 0) {
                add(yearWord, i, QDate(number, 1, 1), QDate(number, 12, 31), 3,
                    QCoreApplication::translate("geo::SuggestDates", "the year %1").arg(number));
                lastYear = number;
                continue;
            }
            lastYear = number;
        }
    }
    return found;
}

} // namespace geo::suggest
