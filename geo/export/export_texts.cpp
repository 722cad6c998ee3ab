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

QString bundledDataCredits(Language lang)
{
    // Names of organisations, data sets and licences that have no French or Arabic form stay as they are. In
    // Arabic the bidirectional algorithm runs each of them left to right between the Arabic words (brackets
    // around Latin text after Arabic text take the Arabic direction).
    return byLanguage(
        lang,
        QStringLiteral("Limites\u00a0: UN OCHA / UNCS via HDX (CC BY 3.0 IGO). GSHHG et DCW-GMT (LGPL). "
                       "Localités\u00a0: © GeoNames (CC BY 4.0)\u00a0; © les contributeurs d’OpenStreetMap (ODbL). "
                       "M4/M5 schématiques (par les villes qu’elles desservent, pas le tracé de la route). "
                       "Postes d’observation placés approximativement sur les villages dont ils portent le nom."),
        QStringLiteral("Boundaries: UN OCHA / UNCS via HDX (CC BY 3.0 IGO). GSHHG and DCW-GMT (LGPL). Places: © "
                       "GeoNames (CC BY 4.0); © OpenStreetMap contributors (ODbL). M4/M5 schematic (through the towns "
                       "they serve, not the road's course). Observation posts placed approximately on the villages "
                       "they are named after."),
        QStringLiteral("الحدود: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (UN OCHA / UNCS) عبر HDX "
                       "(CC BY 3.0 IGO). GSHHG وDCW-GMT (LGPL). الأماكن: © GeoNames "
                       "(CC BY 4.0)؛ © مساهمو OpenStreetMap (ODbL). الطريقان M4/M5 مرسومان تخطيطياً (عبر "
                       "المدن التي يخدمانها، لا مسار الطريق). نقاط المراقبة موضوعة تقريبياً على القرى التي تحمل "
                       "أسماءها."));
}

QString dataCredits(const QString& dataAttribution, Language lang)
{
    if (dataAttribution == bundledDataCredits(Language::English))
        return bundledDataCredits(lang);
    if (isRightToLeft(lang)) // another data set's own words: a left-to-right island in Arabic text
        return QChar(0x2066) + dataAttribution + QChar(0x2069);
    return dataAttribution;
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
