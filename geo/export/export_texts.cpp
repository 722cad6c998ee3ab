#include "geo/export/export_texts.h"

#include "geo/core/date_text.h"

#include <QStringList>

namespace geo::export_texts {

namespace {

bool quoteIsRightToLeft(const SourceNote& note)
{
    if (!note.language.isEmpty())
        return note.language.startsWith(QLatin1String("ar")) || note.language.startsWith(QLatin1String("fa")) ||
               note.language.startsWith(QLatin1String("he")) || note.language.startsWith(QLatin1String("ur"));
    return note.quote.isRightToLeft();
}

QString quoted(const SourceNote& note)
{
    if (note.language.startsWith(QLatin1String("fr")))
        return QStringLiteral("«\u00a0%1\u00a0»").arg(note.quote); // French spacing: no-break spaces
    if (quoteIsRightToLeft(note))
        return QStringLiteral("«%1»").arg(note.quote);
    return QStringLiteral("“%1”").arg(note.quote);
}

} // namespace

bool isRightToLeft(Language lang)
{
    return lang == Language::Arabic;
}

QString legendHeading(Language lang)
{
    return byLanguage(lang, QStringLiteral("Légende"), QStringLiteral("Legend"), QStringLiteral("مفتاح الخريطة"));
}

QString sourcesHeading(Language lang)
{
    return byLanguage(lang, QStringLiteral("Sources"), QStringLiteral("Sources"), QStringLiteral("المصادر"));
}

QString date(QDate d, Language lang)
{
    return dateText(d, lang);
}

QString asOf(QDate d, Language lang)
{
    return asOfText(d, lang);
}

QString northLetter(Language lang)
{
    return byLanguage(lang, QStringLiteral("N"), QStringLiteral("N"), QStringLiteral("ش"));
}

QString mapDataLabel(Language lang)
{
    return byLanguage(lang, QStringLiteral("Données cartographiques\u00a0:"), QStringLiteral("Map data:"),
                      QStringLiteral("بيانات الخريطة:"));
}

QString projection(DisplayCrs crs, Language lang)
{
    // The CRS's name is English: a left-to-right island in Arabic.
    return byLanguage(lang, QStringLiteral("Projection\u00a0: %1"), QStringLiteral("Projection: %1"),
                      QStringLiteral("الإسقاط: \u2066%1\u2069"))
        .arg(crsLabel(crs));
}

QString country(Language lang)
{
    return byLanguage(lang, QStringLiteral("SYRIE"), QStringLiteral("SYRIA"), QStringLiteral("سوريا"));
}

QString moreNotes(int count, Language lang)
{
    return byLanguage(lang, QStringLiteral("+ %1 autre(s) source(s), non affichée(s)"),
                      QStringLiteral("+ %1 more source(s), not shown"), QStringLiteral("+ %1 مصدر آخر غير معروض"))
        .arg(count);
}

QString moreNotesOverleaf(int count, Language lang)
{
    return byLanguage(lang, QStringLiteral("+ %1 autre(s) source(s) en page suivante"),
                      QStringLiteral("+ %1 more source(s) on the next page"),
                      QStringLiteral("+ %1 مصدر آخر في الصفحة التالية"))
        .arg(count);
}

QString defaultTitle(Language lang)
{
    return byLanguage(lang, QStringLiteral("Le front d’Idleb"), QStringLiteral("The Idleb front line"),
                      QStringLiteral("خط الجبهة في إدلب"));
}

QVector<NoteParagraph> noteParagraphs(const SourceNote& note, Language lang)
{
    // Names in another script keep their own direction in right-to-left text: each is a first-strong isolate,
    // so that "AFP" and the date's digits after it are not run together. A list of names ("Al Arabiya؛ وكالة
    // فرانس برس") isolates each name, so that each runs in its own direction between the Arabic semicolons.
    const bool labelsRtl = isRightToLeft(lang);
    auto name = [labelsRtl](const QString& text) {
        if (!labelsRtl || text.isEmpty())
            return text;
        QStringList parts = text.split(QStringLiteral("؛ "));
        for (QString& part : parts)
            part = QChar(0x2068) + part + QChar(0x2069);
        return parts.join(QStringLiteral("؛ "));
    };
    const QString claimant = name(note.claimant), publisher = name(note.publisher), place = name(note.placeName);
    // "Claimant, reported by Publisher, 8 February 2020 (approximate date)", leaving out what is unknown.
    QString who = claimant;
    if (!note.publisher.isEmpty() && note.publisher != note.claimant) {
        who = who.isEmpty() ? publisher
                            : byLanguage(lang, QStringLiteral("%1, rapporté par %2"),
                                         QStringLiteral("%1, reported by %2"), QStringLiteral("%1، نقلاً عن %2"))
                                  .arg(claimant, publisher);
    }
    const QString comma = lang == Language::Arabic ? QStringLiteral("، ") : QStringLiteral(", ");
    QStringList parts;
    if (!who.isEmpty())
        parts << who;
    if (note.date.isValid()) {
        QString d = date(note.date, lang);
        if (note.approximate)
            d += byLanguage(lang, QStringLiteral(" (date approximative)"), QStringLiteral(" (approximate date)"),
                            QStringLiteral(" (تاريخ تقريبي)"));
        parts << d;
    }
    QString attribution = parts.join(comma);
    if (!note.placeName.isEmpty())
        attribution = attribution.isEmpty() ? place
                                            : byLanguage(lang, QStringLiteral("%1\u00a0: %2"), QStringLiteral("%1: %2"),
                                                         QStringLiteral("%1: %2"))
                                                  .arg(place, attribution);

    if (note.quote.trimmed().isEmpty())
        return {{attribution, labelsRtl}};
    const bool quoteRtl = quoteIsRightToLeft(note);
    if (quoteRtl == labelsRtl) {
        const QString sep = lang == Language::French ? QStringLiteral("\u00a0: ") : QStringLiteral(": ");
        return {{attribution.isEmpty() ? quoted(note) : attribution + sep + quoted(note), labelsRtl}};
    }
    QVector<NoteParagraph> paragraphs;
    if (!attribution.isEmpty())
        paragraphs.append({attribution, labelsRtl});
    paragraphs.append({quoted(note), quoteRtl});
    return paragraphs;
}

} // namespace geo::export_texts
