// SPDX-License-Identifier: GPL-3.0-or-later
// The German, Spanish and English user interfaces (issue #8): the translators main.cpp installs
// through LanguageLoader, the system locale (LANG=de_DE.UTF-8) and the Settings override, checked
// on the real main window against the sandbox.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "app/Version.h"
#include "app/i18n/LanguageLoader.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/about/AboutDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/timer/TimerBar.h"

using namespace punchclock;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void germanFollowsTheSystemLocale();
    void settingsOverrideTheSystemLocale_data();
    void settingsOverrideTheSystemLocale();
    void pluralsAndLocaleFormats();
    void acceleratorsDoNotClash_data();
    void acceleratorsDoNotClash();
    void settingsDialogStoresTheChoices();
    void aboutDialogNamesVersionAndLicence();

private:
    static QStringList menuTitles(const MainWindow &window);
    static QString menuAccelerators(const QList<QAction *> &actions, QString *clash);
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
    QSettings().remove(QLatin1String(LanguageLoader::kSettingsKey));
    QCOMPARE(QLocale::system().language(), QLocale::German); // main() set LANG before QApplication
}

void TestTranslations::cleanup()
{
    QSettings().remove(QLatin1String(LanguageLoader::kSettingsKey));
    LanguageLoader::install(QString());
}

QStringList TestTranslations::menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

void TestTranslations::germanFollowsTheSystemLocale()
{
    QVERIFY(LanguageLoader::configuredLanguage().isEmpty());
    QVERIFY(LanguageLoader::install(LanguageLoader::configuredLanguage()));
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    window.show();
    QVERIFY(f.signIn());
    QCOMPARE(child<TimerBar>(&window, "timerBar")->startStopButton()->text(), QStringLiteral("Starten"));
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u' ')));
    QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(u' ')));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("settingsAction"))->text(),
             QStringLiteral("&Einstellungen …"));
    // Qt's own strings come in German too, when Debian's qt6-translations-l10n is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::settingsOverrideTheSystemLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Start") << QStringLiteral("&File")
                        << QStringLiteral("&Help");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Iniciar") << QStringLiteral("&Archivo")
                        << QStringLiteral("Ay&uda");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Starten") << QStringLiteral("&Datei")
                        << QStringLiteral("&Hilfe");
}

void TestTranslations::settingsOverrideTheSystemLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, start);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);
    LanguageLoader::setConfiguredLanguage(language);
    QCOMPARE(LanguageLoader::configuredLanguage(), language);
    QVERIFY(LanguageLoader::install(LanguageLoader::configuredLanguage()));
    QCOMPARE(QLocale().name().left(2), language);
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    QCOMPARE(child<TimerBar>(&window, "timerBar")->startStopButton()->text(), start);
    QVERIFY(menuTitles(window).contains(fileMenu));
    QVERIFY(menuTitles(window).contains(helpMenu));
}

void TestTranslations::pluralsAndLocaleFormats()
{
    auto loaded = [](int n) {
        return QCoreApplication::translate("punchclock::MainWindow", "%n time entries loaded", nullptr, n);
    };
    QVERIFY(LanguageLoader::install(QStringLiteral("en")));
    QCOMPARE(loaded(1), QStringLiteral("1 time entry loaded"));
    QCOMPARE(loaded(3), QStringLiteral("3 time entries loaded"));
    QVERIFY(LanguageLoader::install(QStringLiteral("de")));
    QCOMPARE(loaded(1), QStringLiteral("1 Zeiteintrag geladen"));
    QCOMPARE(loaded(3), QStringLiteral("3 Zeiteinträge geladen"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QVERIFY(LanguageLoader::install(QStringLiteral("es")));
    QCOMPARE(loaded(1), QStringLiteral("1 entrada de tiempo cargada"));
    QCOMPARE(loaded(3), QStringLiteral("3 entradas de tiempo cargadas"));
}

// Within a menu (and across the menu bar) every & letter is different, in every language.
QString TestTranslations::menuAccelerators(const QList<QAction *> &actions, QString *clash)
{
    QString letters;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar letter = text.at(amp + 1).toLower();
        if (letters.contains(letter))
            clash->append(QStringLiteral("“%1” reuses %2; ").arg(text, letter));
        letters.append(letter);
    }
    return letters;
}

void TestTranslations::acceleratorsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestTranslations::acceleratorsDoNotClash()
{
    QFETCH(QString, language);
    LanguageLoader::install(language);
    SessionFixture f;
    WindowFixture windowFixture(f.session.get());
    MainWindow &window = windowFixture.window;
    QString clash;
    menuAccelerators(window.menuBar()->actions(), &clash);
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            menuAccelerators(action->menu()->actions(), &clash);
    }
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
}

void TestTranslations::settingsDialogStoresTheChoices()
{
    LanguageLoader::install(QStringLiteral("de"));
    SettingsDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *closeToTray = dialog.findChild<QCheckBox *>(QStringLiteral("closeToTrayCheck"));
    QVERIFY(language && closeToTray);
    QCOMPARE(language->currentData().toString(), QString()); // system default
    QCOMPARE(language->itemText(0), QStringLiteral("Systemstandard"));
    QVERIFY(dialog.findChild<QLabel *>() != nullptr);
    language->setCurrentIndex(language->findText(QStringLiteral("Español")));
    closeToTray->setChecked(false);
    dialog.save();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QCOMPARE(QSettings().value(QStringLiteral("tray/closeToTray")).toBool(), false);
    QCOMPARE(LanguageLoader::configuredLanguage(), QStringLiteral("es"));

    SettingsDialog again;
    auto *languageAgain = again.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *closeToTrayAgain = again.findChild<QCheckBox *>(QStringLiteral("closeToTrayCheck"));
    QVERIFY(languageAgain && closeToTrayAgain);
    QCOMPARE(languageAgain->currentData().toString(), QStringLiteral("es"));
    QVERIFY(!closeToTrayAgain->isChecked());
    languageAgain->setCurrentIndex(0);
    closeToTrayAgain->setChecked(true);
    again.save();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QVERIFY(QSettings().value(QStringLiteral("tray/closeToTray")).toBool());
}

void TestTranslations::aboutDialogNamesVersionAndLicence()
{
    LanguageLoader::install(QStringLiteral("en"));
    AboutDialog about;
    const QString text = child<QLabel>(&about, "aboutText")->text();
    QVERIFY(text.contains(QLatin1String(kVersion)));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(text.contains(QStringLiteral("https://")));
    LanguageLoader::install(QStringLiteral("de"));
    AboutDialog german;
    QVERIFY(german.windowTitle().contains(QStringLiteral("Über")));
}

int main(int argc, char *argv[])
{
    // The system locale is read once: set it before QApplication exists.
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PunchclockTests"));
    QApplication::setApplicationName(QStringLiteral("tst_translations"));
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
