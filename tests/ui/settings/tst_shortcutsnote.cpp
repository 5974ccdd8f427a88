// SPDX-License-Identifier: GPL-3.0-or-later
// Settings on global shortcuts (issue #21): without the portal it says so and shows the exact
// command to bind; with the (fake) portal it says they are registered.
#include "app/remote/GlobalShortcuts.h"
#include "tests/support/Child.h"
#include "tests/support/FakeGlobalShortcutsPortal.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/ShortcutsNote.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace punchclock;
using namespace punchclock::test;
using namespace Qt::StringLiterals;

class TestShortcutsNote : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void withoutPortalShowsTheCommand();
    void withPortalSaysRegistered();
};

void TestShortcutsNote::withoutPortalShowsTheCommand()
{
    GlobalShortcuts shortcuts;
    SettingsDialog dialog;
    dialog.setShortcuts(&shortcuts);
    dialog.setShortcuts(&shortcuts); // once
    QCOMPARE(dialog.findChildren<ShortcutsNote *>().size(), 1);
    auto *note = child<ShortcutsNote>(&dialog, "shortcutsNote");
    QCOMPARE(note->accessibleName(), u"Global shortcuts"_s);
    QVERIFY2(note->text().startsWith(u"Asking"_s), qPrintable(note->text()));
    shortcuts.bind();
    QTRY_COMPARE(shortcuts.state(), GlobalShortcuts::State::Unavailable);
    QVERIFY2(note->text().contains(u"no global shortcuts portal"_s), qPrintable(note->text()));
    QVERIFY2(note->text().endsWith(u"\npunchclock toggle"_s), qPrintable(note->text()));
    QVERIFY(note->textInteractionFlags() & Qt::TextSelectableByKeyboard);
}

void TestShortcutsNote::withPortalSaysRegistered()
{
    FakeGlobalShortcutsPortal portal;
    QVERIFY(portal.start());
    GlobalShortcuts shortcuts;
    ShortcutsNote note(&shortcuts);
    shortcuts.bind();
    QTRY_COMPARE(shortcuts.state(), GlobalShortcuts::State::Bound);
    QVERIFY2(note.text().startsWith(u"Registered with your desktop"_s), qPrintable(note.text()));
    QVERIFY(!note.text().contains(u"punchclock toggle"_s));
}

QTEST_MAIN(TestShortcutsNote)
#include "tst_shortcutsnote.moc"
