#pragma once
// The language of the window's menus, panels and dialogs: French, English or Arabic. The user's choice (View >
// Interface language) is kept in the settings; without one, the system's locale decides (French for fr*, Arabic
// for ar*, else English). Applying a language installs the window's translation and Qt's own (standard buttons and
// dialogs), lays the window out right to left for Arabic and sets the default QLocale to one that writes numbers
// as the dates do (geo/core/date_text.h).

#include "geo/core/place.h"

#include <QLocale>
#include <QString>

// The saved choice: "fr", "en", "ar", or empty for the system's language.
QString savedInterfaceLanguage();
void saveInterfaceLanguage(const QString& code); // empty: follow the system again
// The language of LOCALE: fr* French, ar* Arabic, anything else English.
geo::Language interfaceLanguageOf(const QLocale& locale);
// The saved choice if there is one, else the language of SYSTEM.
geo::Language chosenInterfaceLanguage(const QLocale& system = QLocale::system());
// Installs LANG's translators in place of those of the language applied before, sets the layout direction and the
// default locale. Returns false when the window's own translation could not be loaded (English needs none).
bool applyInterfaceLanguage(geo::Language lang);
// The language applied last (English before any).
geo::Language interfaceLanguage();
