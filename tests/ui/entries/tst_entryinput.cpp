// SPDX-License-Identifier: GPL-3.0-or-later
// Start, stop and duration cells take the time people type (issue #17, item 5): `9:15`, `-10m`,
// `1h 30m`; a value that does not read keeps the editor open and says why (Enter, Tab), and
// clicking away keeps the old value and says so. Driven from the keyboard against the sandbox.
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include "app/models/TimeEntryModel.h"
#include "app/track/TrackTime.h"
#include "tests/support/Child.h"
#include "tests/support/EntryRows.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"

using namespace punchclock;

class TestEntryInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startTakesTimeOfDay();
    void stopTakesRelativeTime();
    void durationTakesUnits();
    void wrongValueKeepsEditorOpenAndSaysWhy_data();
    void wrongValueKeepsEditorOpenAndSaysWhy();
    void clickingAwayKeepsOldValueAndSaysSo_data();
    void clickingAwayKeepsOldValueAndSaysSo();

private:
    struct Table
    {
        SessionFixture f;
        qint64 id = 0;
        std::unique_ptr<WindowFixture> parts;
        MainWindow *window = nullptr;
        EntriesView *view = nullptr;
        QPersistentModelIndex row; // the entry's Description cell

        Table() { id = f.addEntry(QStringLiteral("Type my times"), 3, 10); }
        bool open()
        {
            parts = std::make_unique<WindowFixture>(f.session.get());
            window = &parts->window;
            window->resize(1400, 800);
            window->show();
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window) || !f.signIn())
                return false;
            view = child<EntriesView>(window, "entriesView");
            row = entryInFirstDay(view->model(), id);
            return row.isValid();
        }
        QModelIndex cell(int column) const { return QModelIndex(row).siblingAtColumn(column); }
        // The cell's editor, open and focused; nullptr when it is not a line edit.
        QLineEdit *edit(int column)
        {
            const QModelIndex index = cell(column);
            view->setColumnHidden(column, false);
            view->setCurrentIndex(index);
            view->edit(index);
            auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
            return editor && QTest::qWaitFor([editor] { return editor->hasFocus(); }) ? editor : nullptr;
        }
        QDateTime serverTime(const char *field) const
        {
            return TrackTime::parse(f.server->timeEntry(id).value(QLatin1String(field)).toString())
                .value_or(QDateTime());
        }
        QString status() const { return window->statusBar()->currentMessage(); }
    };
};

void TestEntryInput::init()
{
    QStandardPaths::setTestModeEnabled(true); // the user's own settings are never read
    QSettings().clear();
}

void TestEntryInput::startTakesTimeOfDay()
{
    Table t;
    QVERIFY(t.open());
    const QDateTime start = t.cell(TimeEntryModel::Start).data(Qt::EditRole).toDateTime().toLocalTime();
    QLineEdit *editor = t.edit(TimeEntryModel::Start);
    QVERIFY2(editor, "the start editor is a line edit that takes typed text");
    // It shows the current value, selected: typing replaces it.
    QVERIFY2(editor->text().startsWith(start.toString(QStringLiteral("HH:mm"))), qPrintable(editor->text()));
    QCOMPARE(editor->selectedText(), editor->text());

    QTest::keyClicks(editor, QStringLiteral("9:15"));
    QTest::keyClick(editor, Qt::Key_Return);
    const QDateTime expected(start.date(), QTime(9, 15)); // on the entry's own day
    QTRY_COMPARE_WITH_TIMEOUT(t.serverTime("start"), expected.toUTC(), 5000);
    QCOMPARE(t.serverTime("stop"), expected.addSecs(600).toUTC()); // the duration stays
    QVERIFY(!t.view->indexWidget(t.cell(TimeEntryModel::Start)));

    // The 12-hour clock too.
    editor = t.edit(TimeEntryModel::Start);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("1:20pm"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(t.serverTime("start"), QDateTime(start.date(), QTime(13, 20)).toUTC(), 5000);
}

void TestEntryInput::stopTakesRelativeTime()
{
    Table t;
    QVERIFY(t.open());
    QLineEdit *editor = t.edit(TimeEntryModel::Stop);
    QVERIFY2(editor, "the stop editor is a line edit that takes typed text");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::keyClicks(editor, QStringLiteral("-10m")); // ten minutes ago
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(t.serverTime("stop") != t.serverTime("start").addSecs(600), 5000);
    const QDateTime stop = t.serverTime("stop");
    QVERIFY2(stop >= before.addSecs(-601) && stop <= QDateTime::currentDateTimeUtc().addSecs(-599),
             qPrintable(stop.toString(Qt::ISODate)));
}

void TestEntryInput::durationTakesUnits()
{
    Table t;
    QVERIFY(t.open());
    QLineEdit *editor = t.edit(TimeEntryModel::Duration);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("1h 30m"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_COMPARE_WITH_TIMEOUT(t.f.server->timeEntry(t.id).value(QStringLiteral("duration")).toInteger(), 5400,
                              5000);
}

void TestEntryInput::wrongValueKeepsEditorOpenAndSaysWhy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("duration abc") << int(TimeEntryModel::Duration) << QStringLiteral("abc")
                                  << QStringLiteral("Not a duration") << QStringLiteral("20m");
    QTest::newRow("start 25:99") << int(TimeEntryModel::Start) << QStringLiteral("25:99")
                                 << QStringLiteral("Not a time") << QStringLiteral("-1h");
    QTest::newRow("stop abc") << int(TimeEntryModel::Stop) << QStringLiteral("abc")
                              << QStringLiteral("Not a time") << QStringLiteral("-5m");
}

void TestEntryInput::wrongValueKeepsEditorOpenAndSaysWhy()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QString, fixed);
    Table t;
    QVERIFY(t.open());
    const QVariant old = t.cell(column).data(Qt::EditRole);
    QLineEdit *editor = t.edit(column);
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab}) {
        t.window->statusBar()->clearMessage();
        QTest::keyClick(editor, key);
        QCoreApplication::processEvents();
        QCOMPARE(t.view->indexWidget(t.cell(column)), editor); // still open
        QCOMPARE(editor->text(), text);                        // nothing lost
        QVERIFY(editor->hasFocus());
        QVERIFY2(t.status().contains(reason), qPrintable(t.status())); // and says why
    }
    QCOMPARE(t.cell(column).data(Qt::EditRole), old);
    // Fixed, it commits.
    editor->selectAll();
    QTest::keyClicks(editor, fixed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!t.view->indexWidget(t.cell(column)));
    QVERIFY(t.cell(column).data(Qt::EditRole) != old);
}

void TestEntryInput::clickingAwayKeepsOldValueAndSaysSo_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("duration") << int(TimeEntryModel::Duration);
    QTest::newRow("start") << int(TimeEntryModel::Start);
}

void TestEntryInput::clickingAwayKeepsOldValueAndSaysSo()
{
    QFETCH(int, column);
    Table t;
    QVERIFY(t.open());
    const QVariant old = t.cell(column).data(Qt::EditRole);
    QLineEdit *editor = t.edit(column);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("abc"));
    t.window->statusBar()->clearMessage();
    QLineEdit *elsewhere = nullptr; // another field of the window: the search box, the description
    for (QLineEdit *other : t.window->findChildren<QLineEdit *>()) {
        if (other->isVisible() && !t.view->isAncestorOf(other))
            elsewhere = other;
    }
    QVERIFY(elsewhere);
    elsewhere->setFocus(Qt::MouseFocusReason); // clicking elsewhere
    QTRY_VERIFY(!t.view->indexWidget(t.cell(column)));
    QCOMPARE(t.cell(column).data(Qt::EditRole), old);
    QVERIFY2(t.status().contains(QStringLiteral("old value is kept")), qPrintable(t.status()));
}

QTEST_MAIN(TestEntryInput)
#include "tst_entryinput.moc"
