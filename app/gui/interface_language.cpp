#include "interface_language.h"

#include "geo/core/date_text.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {

const QString kSettingsKey = QStringLiteral("interface/language");

geo::Language g_applied = geo::Language::English;
std::unique_ptr<QTranslator> g_window; // :/i18n/frontline_xx.qm, compiled into the program
std::unique_ptr<QTranslator> g_qt;     // qtbase_xx.qm of the system's Qt

std::unique_ptr<QTranslator> loadTranslator(const QString& file, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QString savedInterfaceLanguage()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return code == QLatin1String("fr") || code == QLatin1String("en") || code == QLatin1String("ar") ? code : QString();
}

void saveInterfaceLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

geo::Language interfaceLanguageOf(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::French: return geo::Language::French;
    case QLocale::Arabic: return geo::Language::Arabic;
    default: return geo::Language::English;
    }
}

geo::Language chosenInterfaceLanguage(const QLocale& system)
{
    const QString saved = savedInterfaceLanguage();
    if (saved == QLatin1String("fr"))
        return geo::Language::French;
    if (saved == QLatin1String("ar"))
        return geo::Language::Arabic;
    if (saved == QLatin1String("en"))
        return geo::Language::English;
    return interfaceLanguageOf(system);
}

bool applyInterfaceLanguage(geo::Language lang)
{
    for (auto* translator : {&g_window, &g_qt})
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    const QString code = geo::languageCode(lang);
    bool ok = true;
    if (lang != geo::Language::English) {
        g_window = loadTranslator(QStringLiteral("frontline_") + code, QStringLiteral(":/i18n"));
        ok = g_window != nullptr;
        // Qt's own: the standard buttons (OK, Cancel), the file dialog, the context menus of text fields. Missing
        // on a system without them (Debian: qt6-translations-l10n): those stay in English.
        g_qt = loadTranslator(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    g_applied = lang;
    QGuiApplication::setLayoutDirection(lang == geo::Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    // The system's own locale when it speaks this language and writes its digits as the dates do (fr_CA keeps its
    // own formats), else the one the dates are written with (ar_SY writes ٠-٩, the dates 0-9).
    const QLocale system = QLocale::system();
    const QLocale dates = geo::dateLocale(lang);
    QLocale::setDefault(interfaceLanguageOf(system) == lang && system.zeroDigit() == dates.zeroDigit() ? system
                                                                                                       : dates);
    return ok;
}

geo::Language interfaceLanguage()
{
    return g_applied;
}
