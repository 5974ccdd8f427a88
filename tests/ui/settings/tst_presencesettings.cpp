// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Idle & Sleep (issue #20): the tab shows the choices in use and which idle source
// answers (a fake GNOME idle monitor on the private bus) or that none does; OK hands the new
// choices to the PresenceController and writes them to QSettings.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/presence/DBusIdleSource.h"
#include "app/presence/IdleMonitor.h"
#include "app/presence/PresenceController.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "tests/support/FakePresenceServices.h"
#include "ui/settings/SettingsDialog.h"

using namespace punchclock;

class TestPresenceSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSourceAndApplies();
    void saysWhenThereIsNoSource();

private:
    QTemporaryDir m_config;
};

namespace {
struct Rig
{
    ApiTransport transport;
    TrackApi api{&transport};
    TrackSession session{&api};
    TimerController timer{&session};
    PresenceController presence{&session, &timer};
    IdleMonitor *idle = new IdleMonitor;

    Rig()
    {
        idle->addSource(
            new DBusIdleSource(QDBusConnection::sessionBus(), DBusIdleSource::freedesktopScreenSaver()));
        idle->addSource(
            new DBusIdleSource(QDBusConnection::sessionBus(), DBusIdleSource::mutterIdleMonitor()));
        presence.setIdleMonitor(idle);
    }
};

QString sourceText(const SettingsDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("idleSourceLabel"))->text();
}
} // namespace

void TestPresenceSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presencesettings"));
}

void TestPresenceSettings::showsTheSourceAndApplies()
{
    test::FakeIdleMonitor mutter(test::FakeIdleMonitor::Kind::Mutter, QStringLiteral("fakeMutterSettings"));
    Rig rig;
    SettingsDialog dialog(nullptr, nullptr, &rig.presence);
    dialog.showSection(SettingsDialog::Section::Presence);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("presenceSettings"));
    // No timer ran yet: opening Settings looks for the source.
    QTRY_VERIFY2(sourceText(dialog).contains(DBusIdleSource::mutterIdleMonitor().name),
                 qPrintable(sourceText(dialog)));

    auto *enabled = dialog.findChild<QCheckBox *>(QStringLiteral("idleEnabledCheck"));
    auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("idleMinutesSpin"));
    auto *onSleep = dialog.findChild<QComboBox *>(QStringLiteral("onSleepCombo"));
    auto *onLock = dialog.findChild<QComboBox *>(QStringLiteral("onLockCombo"));
    QVERIFY(enabled->isChecked());
    QCOMPARE(minutes->value(), 5);
    QVERIFY(!onSleep->accessibleName().isEmpty() && !minutes->accessibleName().isEmpty());
    minutes->setValue(12);
    onSleep->setCurrentIndex(onSleep->findData(int(PresenceSettings::Action::Stop)));
    onLock->setCurrentIndex(onLock->findData(int(PresenceSettings::Action::AskOnReturn)));
    enabled->setChecked(false);
    QVERIFY(!minutes->isEnabled());
    dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))
        ->button(QDialogButtonBox::Ok)
        ->click();

    const PresenceSettings applied = rig.presence.settings();
    QCOMPARE(applied.idleMinutes, 12);
    QCOMPARE(applied.idleEnabled, false);
    QCOMPARE(applied.onSleep, PresenceSettings::Action::Stop);
    QCOMPARE(applied.onLock, PresenceSettings::Action::AskOnReturn);
    QCOMPARE(rig.idle->thresholdSeconds(), 12 * 60);
    QCOMPARE(PresenceSettings::load(QSettings()), applied);
}

void TestPresenceSettings::saysWhenThereIsNoSource()
{
    Rig rig; // no idle service on this bus
    SettingsDialog dialog(nullptr, nullptr, &rig.presence);
    dialog.showSection(SettingsDialog::Section::Presence);
    QTRY_VERIFY2(sourceText(dialog).contains(QStringLiteral("No idle time source")),
                 qPrintable(sourceText(dialog)));
}

QTEST_MAIN(TestPresenceSettings)
#include "tst_presencesettings.moc"
