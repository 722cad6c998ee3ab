#include "geo/render/map_credits.h"

namespace geo {

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
    if (lang == Language::Arabic) // another data set's own words: a left-to-right island in Arabic text
        return QChar(0x2066) + dataAttribution + QChar(0x2069);
    return dataAttribution;
}

} // namespace geo
