#include "geo/core/date_text.h"

#include <QStringList>

namespace geo {

namespace {

// Written out here rather than taken from QLocale, whose month names and day forms vary with the ICU data
// installed: a page must read the same on every machine.
QString monthName(int month, Language lang)
{
    static const QStringList fr{QStringLiteral("janvier"), QStringLiteral("février"),  QStringLiteral("mars"),
                                QStringLiteral("avril"),   QStringLiteral("mai"),      QStringLiteral("juin"),
                                QStringLiteral("juillet"), QStringLiteral("août"),     QStringLiteral("septembre"),
                                QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre")};
    static const QStringList en{QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                                QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
                                QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
                                QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    // The Egyptian and the Levantine names together, as Arabic-language newsrooms write them.
    static const QStringList ar{QStringLiteral("يناير/كانون الثاني"),  QStringLiteral("فبراير/شباط"),
                                QStringLiteral("مارس/آذار"),           QStringLiteral("أبريل/نيسان"),
                                QStringLiteral("مايو/أيار"),           QStringLiteral("يونيو/حزيران"),
                                QStringLiteral("يوليو/تموز"),          QStringLiteral("أغسطس/آب"),
                                QStringLiteral("سبتمبر/أيلول"),        QStringLiteral("أكتوبر/تشرين الأول"),
                                QStringLiteral("نوفمبر/تشرين الثاني"), QStringLiteral("ديسمبر/كانون الأول")};
    if (month < 1 || month > 12)
        return {};
    return byLanguage(lang, fr[month - 1], en[month - 1], ar[month - 1]);
}

} // namespace

QString dateText(QDate d, Language lang)
{
    if (!d.isValid())
        return {};
    // French writes the first of the month as an ordinal: "1er février". QString::number writes 0-9 whatever the
    // default locale (see dateLocale).
    const QString day = lang == Language::French && d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day());
    return QStringLiteral("%1 %2 %3").arg(day, monthName(d.month(), lang), QString::number(d.year()));
}

QString asOfText(QDate d, Language lang)
{
    if (!d.isValid())
        return {};
    return byLanguage(lang, QStringLiteral("au %1"), QStringLiteral("as of %1"), QStringLiteral("حتى %1"))
        .arg(dateText(d, lang));
}

QLocale dateLocale(Language lang)
{
    switch (lang) {
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::Arabic: return QLocale(QLocale::Arabic, QLocale::Libya);
    case Language::French: break;
    }
    return QLocale(QLocale::French, QLocale::France);
}

} // namespace geo
