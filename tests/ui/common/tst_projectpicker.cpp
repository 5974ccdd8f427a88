// SPDX-License-Identifier: GPL-3.0-or-later
// The project picker (issue 17, item 7) in the entries table's editor and in the timer bar, by
// keyboard only, and the workspace rule: an entry of workspace B is never offered A's projects
// (today's main offered them, and the server answered 400 "Invalid project_id").
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include "app/models/ProjectPickerModel.h"
#include "app/models/TimeEntryModel.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/common/ProjectPicker.h"
#include "ui/entries/EntriesView.h"
#include "ui/timer/TimerBar.h"

using namespace punchclock;

namespace {
// Row texts, written as plain (UTF-8) literals.
QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

bool activate(QWidget &window)
{
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// The view's index of an entry's column (days are rows of their own, entries may be below them).
QModelIndex cellOf(const QAbstractItemModel *model, qint64 id, int column, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(TimeEntryModel::EntryIdRole).toLongLong() == id)
            return index.siblingAtColumn(column);
        if (const QModelIndex inside = cellOf(model, id, column, index); inside.isValid())
            return inside;
    }
    return {};
}

QLineEdit *popupFilter()
{
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

// The names the open list shows, headers included.
QStringList listed(const QLineEdit *filter)
{
    QStringList out;
    const auto *list = filter->parentWidget()->findChild<QListView *>();
    for (int r = 0; list && r < list->model()->rowCount(); ++r)
        out.append(list->model()->index(r, 0).data().toString());
    return out;
}
} // namespace

class TestProjectPicker : public QObject
{
    Q_OBJECT

private slots:
    void tableEditorPicksByKeyboard();
    void timerBarPicksAndCreatesByKeyboard();
    void entryOfWorkspaceBNeverListsA();
};

void TestProjectPicker::tableEditorPicksByKeyboard()
{
    SessionFixture f;
    f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    const qint64 mobile = f.server->insertProject(QStringLiteral("Mobile App"), QStringLiteral("#9e5bd9"));
    const qint64 id = f.addEntry(QStringLiteral("Review"), 1, 30);
    WindowFixture fixture(f.session.get());
    MainWindow &window = fixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    auto *view = window.findChild<EntriesView *>();
    QVERIFY(view);
    QModelIndex cell;
    QTRY_VERIFY((cell = cellOf(view->model(), id, TimeEntryModel::Project)).isValid());

    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit *filter = nullptr;
    QTRY_VERIFY((filter = popupFilter()) && filter->objectName() == QLatin1String("projectPickerFilter"));
    QCOMPARE(listed(filter), names({"No project", "No client", "Mobile App", "Website"}));
    QTest::keyClicks(filter, QStringLiteral("MOB"));
    QCOMPARE(listed(filter), names({"No client", "Mobile App", "Create project \"MOB\"…"}));
    QTest::keyClick(filter, Qt::Key_Return);
    const TimeEntryModel *model = f.session->entries();
    QCOMPARE(model->entry(model->rowOf(id))->projectId.value_or(0), mobile); // shown at once
    QTRY_VERIFY(!view->findChild<ProjectPicker *>());                        // the editor closed
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("project_id")).toInteger(), mobile,
                              5000);

    // Esc leaves the project as it was.
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY((filter = popupFilter()) && filter->objectName() == QLatin1String("projectPickerFilter"));
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!view->findChild<ProjectPicker *>());
    QCOMPARE(model->entry(model->rowOf(id))->projectId.value_or(0), mobile);
}

void TestProjectPicker::timerBarPicksAndCreatesByKeyboard()
{
    SessionFixture f;
    const qint64 website = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    WindowFixture fixture(f.session.get());
    MainWindow &window = fixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    auto *bar = window.findChild<TimerBar *>();
    auto *picker = bar->findChild<ProjectPicker *>();
    QVERIFY(picker);
    picker->setFocus();
    QTRY_VERIFY(picker->hasFocus());

    // Typing on the picker opens the list with that text; Down, Enter picks.
    QTest::keyClick(picker, Qt::Key_W);
    QLineEdit *filter = nullptr;
    QTRY_VERIFY((filter = popupFilter()) && filter->objectName() == QLatin1String("projectPickerFilter"));
    QCOMPARE(filter->text(), QStringLiteral("w"));
    QTest::keyClicks(filter, QStringLiteral("eb"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!picker->isPopupVisible());
    QCOMPARE(picker->projectId(), website);
    QCOMPARE(fixture.timer.form().projectId.value_or(0), website); // the next entry's project

    // A name no project has: the Create row is the one Enter picks; the project is made and chosen.
    QTest::keyClick(picker, Qt::Key_Return);
    QTRY_VERIFY((filter = popupFilter()) && filter->objectName() == QLatin1String("projectPickerFilter"));
    QTest::keyClicks(filter, QStringLiteral("Garden"));
    QCOMPARE(listed(filter), names({"Create project \"Garden\"…"}));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isPopupVisible(), 5000);
    const Project *garden = f.session->project(picker->projectId());
    QVERIFY(garden);
    QCOMPARE(garden->name, QStringLiteral("Garden"));
    QCOMPARE(f.server->countRequests("POST", QStringLiteral("/projects")), 1);
    QCOMPARE(fixture.timer.form().projectId.value_or(0), garden->id);
    QVERIFY(picker->text().contains(QLatin1String("Garden")));

    // Its name again: listed, no second Create.
    QTest::keyClick(picker, Qt::Key_Return);
    QTRY_VERIFY((filter = popupFilter()) && filter->objectName() == QLatin1String("projectPickerFilter"));
    QTest::keyClicks(filter, QStringLiteral("garden"));
    QCOMPARE(listed(filter), names({"No client", "Garden"}));
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(!picker->isPopupVisible());
    QCOMPARE(picker->projectId(), garden->id);
}

void TestProjectPicker::entryOfWorkspaceBNeverListsA()
{
    SessionFixture f;
    const qint64 websiteA = f.server->insertProject(QStringLiteral("Website"), QStringLiteral("#0b83d9"));
    const qint64 b = f.server->insertWorkspace(QStringLiteral("Workspace B"));
    const qint64 webB = f.server->insertProjectIn(b, QStringLiteral("Web B"), QStringLiteral("#2da608"));
    const qint64 id = f.addEntry(QStringLiteral("In B"), 1, 30, {{QStringLiteral("workspace_id"), b}});
    WindowFixture fixture(f.session.get());
    MainWindow &window = fixture.window;
    window.show();
    QVERIFY(activate(window));
    QVERIFY(f.signIn());
    auto *view = window.findChild<EntriesView *>();
    QModelIndex cell;
    QTRY_VERIFY((cell = cellOf(view->model(), id, TimeEntryModel::Project)).isValid());
    QCOMPARE(f.session->entries()->entry(f.session->entries()->rowOf(id))->workspaceId, b);

    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit *filter = nullptr;
    QTRY_VERIFY((filter = popupFilter()) && filter->objectName() == QLatin1String("projectPickerFilter"));
    QCOMPARE(listed(filter), names({"No project", "No client", "Web B"}));
    QTest::keyClicks(filter, QStringLiteral("web"));
    QCOMPARE(listed(filter), names({"No client", "Web B", "Create project \"web\"…"}));
    // The workspace switch shows (two workspaces) but a saved entry can't leave its workspace.
    auto *workspace = filter->parentWidget()->findChild<QWidget *>(QStringLiteral("projectPickerWorkspace"));
    QVERIFY(workspace && workspace->isVisible());
    QVERIFY(!workspace->isEnabled());
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(id).value(QStringLiteral("project_id")).toInteger(), webB,
                              5000);

    // Even set directly, A's project is refused before anything is sent.
    QTRY_VERIFY(!view->findChild<ProjectPicker *>());
    const int puts = f.server->countRequests("PUT");
    QVERIFY(!view->model()->setData(cellOf(view->model(), id, TimeEntryModel::Project), websiteA));
    QTest::qWait(200);
    QCOMPARE(f.server->countRequests("PUT"), puts);
    QCOMPARE(f.session->entries()->entry(f.session->entries()->rowOf(id))->projectId.value_or(0), webB);
}

QTEST_MAIN(TestProjectPicker)
#include "tst_projectpicker.moc"
