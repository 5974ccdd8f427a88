// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Reminders and Settings → Pomodoro: they show the core's settings, OK writes them to
// QSettings and hands them to the running reminder and Pomodoro, unreadable hours keep the dialog
// open, and every control has an accessible name.
#include "app/notify/NotificationClient.h"
#include "app/pomodoro/PomodoroTimer.h"
#include "app/reminders/TrackingReminder.h"
#include "app/timer/TimerController.h"
#include "tests/support/SessionFixture.h"
#include "ui/settings/PomodoroSettingsSection.h"
#include "ui/settings/ReminderSettingsSection.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

namespace {
template<class T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

struct Core
{
    SessionFixture f;
    TimerController timer{f.session.get()};
    NotificationClient notifications{QDBusConnection(QStringLiteral("no bus"))};
    TrackingReminder reminder{&timer, f.session.get(), &notifications};
    PomodoroTimer pomodoro{&timer, &notifications};
};
} // namespace

class TestReminderPomodoroSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheDefaults();
    void okAppliesAndSaves();
    void unreadableHoursKeepTheDialogOpen();
    void everyControlHasAnAccessibleName();

private:
    QTemporaryDir m_config;
};

void TestReminderPomodoroSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PunchclockTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reminderpomodorosettings"));
}

void TestReminderPomodoroSettings::showsTheDefaults()
{
    Core core;
    SettingsDialog dialog(nullptr, nullptr, nullptr, &core.reminder, &core.pomodoro);
    QTabWidget *tabs = child<QTabWidget>(&dialog, "settingsTabs");
    QCOMPARE(tabs->count(), 3); // General, Reminders, Pomodoro
    dialog.show();
    dialog.showSection(SettingsDialog::Section::Pomodoro);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "pomodoroSettings"));
    QVERIFY(child<QCheckBox>(&dialog, "remindIdleCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(&dialog, "remindIntervalSpin")->value(), 15);
    QCOMPARE(child<QLineEdit>(&dialog, "remindHoursEdit")->text(), QStringLiteral("9:00–17:00"));
    QVERIFY(child<QCheckBox>(&dialog, "remindDay1")->isChecked());
    QVERIFY(child<QCheckBox>(&dialog, "remindDay5")->isChecked());
    QVERIFY(!child<QCheckBox>(&dialog, "remindDay6")->isChecked());
    QCOMPARE(child<QSpinBox>(&dialog, "remindLongHoursSpin")->value(), 8);
    QCOMPARE(child<QSpinBox>(&dialog, "pomodoroWorkSpin")->value(), 25);
    QCOMPARE(child<QSpinBox>(&dialog, "pomodoroShortSpin")->value(), 5);
    QCOMPARE(child<QSpinBox>(&dialog, "pomodoroLongSpin")->value(), 15);
    QCOMPARE(child<QSpinBox>(&dialog, "pomodoroEverySpin")->value(), 4);
    QVERIFY(!child<QCheckBox>(&dialog, "pomodoroStopTimerCheck")->isChecked());
}

void TestReminderPomodoroSettings::okAppliesAndSaves()
{
    Core core;
    auto *dialog = new SettingsDialog(nullptr, nullptr, nullptr, &core.reminder, &core.pomodoro);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    child<QSpinBox>(dialog, "remindIntervalSpin")->setValue(30);
    child<QCheckBox>(dialog, "remindDay6")->setChecked(true);
    child<QLineEdit>(dialog, "remindHoursEdit")->setText(QStringLiteral("8-12, 13:30-18"));
    child<QCheckBox>(dialog, "remindLongCheck")->setChecked(false);
    child<QSpinBox>(dialog, "pomodoroWorkSpin")->setValue(50);
    child<QCheckBox>(dialog, "pomodoroStopTimerCheck")->setChecked(true);
    child<QDialogButtonBox>(dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(dialog->isHidden());

    const ReminderSettings reminders = core.reminder.settings();
    QCOMPARE(reminders.intervalMinutes, 30);
    QCOMPARE(reminders.hours.days(), (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(reminders.hours.rangesText(), QStringLiteral("8:00–12:00, 13:30–18:00"));
    QVERIFY(!reminders.longRunningEnabled);
    QVERIFY(reminders.idleEnabled);
    QCOMPARE(core.pomodoro.settings().workMinutes, 50);
    QVERIFY(core.pomodoro.settings().stopTimerDuringBreaks);
    // Kept for the next start.
    QSettings settings;
    QCOMPARE(ReminderSettings::load(settings), reminders);
    QCOMPARE(PomodoroSettings::load(settings), core.pomodoro.settings());
}

void TestReminderPomodoroSettings::unreadableHoursKeepTheDialogOpen()
{
    Core core;
    SettingsDialog dialog(nullptr, nullptr, nullptr, &core.reminder, &core.pomodoro);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showSection(SettingsDialog::Section::Reminders);
    QVERIFY(child<QCheckBox>(&dialog, "remindIdleCheck")->hasFocus());
    auto *hours = child<QLineEdit>(&dialog, "remindHoursEdit");
    hours->setText(QStringLiteral("nine to five"));
    QVERIFY(child<QLabel>(&dialog, "remindHoursError")->isVisible());
    child<QDialogButtonBox>(&dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    dialog.showSection(SettingsDialog::Section::General); // OK brings the reminders back up
    child<QDialogButtonBox>(&dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QTabWidget>(&dialog, "settingsTabs")->currentWidget(),
             child<QWidget>(&dialog, "reminderSettings"));
    QCOMPARE(core.reminder.settings(), ReminderSettings()); // nothing applied
    hours->setText(QStringLiteral("9-17"));
    QVERIFY(!child<QLabel>(&dialog, "remindHoursError")->isVisible());
}

void TestReminderPomodoroSettings::everyControlHasAnAccessibleName()
{
    Core core;
    SettingsDialog dialog(nullptr, nullptr, nullptr, &core.reminder, &core.pomodoro);
    int checked = 0;
    for (const char *name : {"reminderSettings", "pomodoroSettings"}) {
        const QList<QWidget *> widgets = child<QWidget>(&dialog, name)->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const auto *label = qobject_cast<QLabel *>(w);
            if (label && label->buddy())
                continue; // names its buddy
            const bool control = w->inherits("QAbstractButton") || w->inherits("QLineEdit") ||
                                 w->inherits("QAbstractSpinBox") || label;
            if (!control || w->parentWidget()->inherits("QLineEdit") ||
                w->parentWidget()->inherits("QAbstractSpinBox"))
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    QVERIFY(checked >= 16);
}

QTEST_MAIN(TestReminderPomodoroSettings)
#include "tst_reminderpomodorosettings.moc"
