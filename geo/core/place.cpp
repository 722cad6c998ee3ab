#include "geo/core/place.h"

namespace geo {

QString placeKindName(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::City: return QStringLiteral("city");
    case PlaceKind::Town: return QStringLiteral("town");
    case PlaceKind::Village: return QStringLiteral("village");
    case PlaceKind::Hamlet: return QStringLiteral("hamlet");
    case PlaceKind::Post: return QStringLiteral("observation post");
    }
    return {};
}

QString byLanguage(Language lang, const QString& fr, const QString& en, const QString& ar)
{
    switch (lang) {
    case Language::French: return fr;
    case Language::English: return en;
    case Language::Arabic: return ar;
    }
    return en;
}

QString languageCode(Language lang)
{
    switch (lang) {
    case Language::French: return QStringLiteral("fr");
    case Language::English: return QStringLiteral("en");
    case Language::Arabic: return QStringLiteral("ar");
    }
    return {};
}

QString Place::name(Language lang) const
{
    const QString* preferred = &nameEn;
    if (lang == Language::French)
        preferred = &nameFr;
    else if (lang == Language::Arabic)
        preferred = &nameAr;
    if (!preferred->isEmpty())
        return *preferred;
    if (!nameEn.isEmpty())
        return nameEn;
    if (!nameFr.isEmpty())
        return nameFr;
    if (!nameAr.isEmpty())
        return nameAr;
    return variants.value(0);
}

QStringList Place::allNames() const
{
    QStringList names;
    for (const QString* n : {&nameEn, &nameFr, &nameAr})
        if (!n->isEmpty())
            names.append(*n);
    names.append(variants);
    names.removeDuplicates();
    return names;
}

int placeKindRank(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::City: return 4;
    case PlaceKind::Town: return 3;
    case PlaceKind::Village: return 2;
    case PlaceKind::Hamlet: return 1;
    case PlaceKind::Post: return 0;
    }
    return 0;
}

} // namespace geo
