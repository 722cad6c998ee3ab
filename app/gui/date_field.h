#pragma once
// A date field written as the interface language writes dates: 08/02/2020 in French and English, 8/2/2020 read
// right to left in Arabic (the locale's short form, of QLocale's default, which the interface language sets).

#include <QDateEdit>
#include <QLocale>

inline void showDatesTheLocaleWay(QDateEdit* edit)
{
    QString format = edit->locale().dateFormat(QLocale::ShortFormat);
    // Arabic's form marks its separators right-to-left (U+200F); a right-to-left QDateEdit already lays its sections
    // out from the right, and the marks would turn them back: without them the day stands rightmost, as in Arabic.
    format.remove(QChar(0x200F)).remove(QChar(0x200E));
    // A year of two digits (en_US: M/d/yy) would not say which century: the year in full.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
}
