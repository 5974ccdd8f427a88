// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace punchclock {

// Picks the user interface language and installs its translators: Punchclock's own (compiled into
// the binary from translations/*.ts, under :/i18n) and Qt's (qtbase_*.qm from
// QLibraryInfo::TranslationsPath, when installed). The language follows the system locale unless
// QSettings "ui/language" names one; main.cpp and the tests install it through here.
class LanguageLoader
{
public:
    static constexpr char kSettingsKey[] = "ui/language";

    // The languages Punchclock ships, as codes for QSettings: "en", "de", "es".
    static QStringList availableLanguages();
    // QSettings "ui/language": a code from availableLanguages(), or empty for the system default.
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &language);

    // The locale for language: the system locale when language is empty or names the system's
    // own language (so its date formats stay), else the language's default locale.
    static QLocale localeFor(const QString &language);

    // Installs the translators for language (empty: the system default) on the running
    // application, replacing any installed before, and makes the locale the default for
    // QLocale(). Returns whether one of Punchclock's translations was loaded.
    static bool install(const QString &language);
};

} // namespace punchclock
