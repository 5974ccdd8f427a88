// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace punchclock {

namespace {
const QString kTranslatorName = QStringLiteral("punchclock-translator");
} // namespace

QStringList LanguageLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString LanguageLoader::configuredLanguage()
{
    const QString language = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void LanguageLoader::setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), language);
}

QLocale LanguageLoader::localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    return chosen.language() == system.language() ? system : chosen;
}

bool LanguageLoader::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    const auto previous = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    auto load = [app, &locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(app);
        translator->setObjectName(kTranslatorName);
        if (translator->load(locale, name, QStringLiteral("_"), directory) &&
            QCoreApplication::installTranslator(translator))
            return true;
        delete translator;
        return false;
    };
    // English is the source language: its file only carries the plural forms.
    const bool own = load(QStringLiteral("punchclock"), QStringLiteral(":/i18n"));
    // Qt's own dialogs and context menus speak the same language, never a mix with ours.
    if (own || locale.language() == QLocale::English)
        load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return own;
}

} // namespace punchclock
