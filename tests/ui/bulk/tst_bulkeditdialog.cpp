// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "app/api/FocusApi.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/bulk/TrackBulkEditor.h"
#include "tests/support/Child.h"
#include "tests/support/SessionFixture.h"
#include "tests/support/WindowFixture.h"
#include "ui/bulk/BulkEditController.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkEditForm.h"
#include "ui/bulk/BulkReportDialog.h"
#include "ui/bulk/FocusBulkDialog.h"
#include "ui/entries/EntriesView.h"
#include "ui/main/MainWindow.h"
#include "ui/timer/TagsEdit.h"
#include <QComboBox>

using namespace punchclock;

namespace {
// PUNCHCLOCK_SCREENSHOTS=dir saves pictures of the dialogs for a human to look at.
void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PUNCHCLOCK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w->adjustSize();
    w->grab().save(QDir(dir).filePath(QLatin1String(name)));
}
} // namespace

class TestBulkEditDialog : public QObject
{
    Q_OBJECT
private slots:
    void applyWaitsForAField()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("a"), 1, 10);
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        BulkEditDialog dialog(&editor, f.session->entries()->entries());
        QVERIFY(!child<QPushButton>(&dialog, "bulkApply")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "descriptionField"), QStringLiteral("x"));
        QVERIFY(child<QCheckBox>(&dialog, "descriptionCheck")->isChecked()); // typing checks the box
        QVERIFY(child<QPushButton>(&dialog, "bulkApply")->isEnabled());
        child<QCheckBox>(&dialog, "descriptionCheck")->setChecked(false);
        QVERIFY(!child<QPushButton>(&dialog, "bulkApply")->isEnabled());
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(&dialog) &&
                !w->objectName().startsWith(QLatin1String("qt_"))) // Qt's own parts of a control
                QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QLabel *>(w),
                         qPrintable(QLatin1String(w->metaObject()->className()) + QLatin1Char(' ') +
                                    w->objectName()));
        }
    }

    void reportListsRejectedEntries()
    {
        SessionFixture f;
        QList<qint64> ids;
        for (int i = 0; i < 130; ++i)
            ids.append(f.addEntry(QStringLiteral("Entry %1").arg(i), 1 + i % 50, 20));
        f.server->faults().rejectIds.insert(ids.at(5), QStringLiteral("This entry is locked"));
        f.server->faults().rejectIds.insert(ids.at(120), QStringLiteral("Workspace is read only"));
        f.server->faults().rejectIds.insert(ids.at(60), QStringLiteral("No access to this entry"));
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        QWidget parent;
        auto *dialog = new BulkEditDialog(&editor, f.session->entries()->entries(), &parent);
        child<QCheckBox>(dialog, "descriptionCheck")->setChecked(true);
        child<QLineEdit>(dialog, "descriptionField")->setText(QStringLiteral("Weekly review"));
        child<QCheckBox>(dialog, "billableCheck")->setChecked(true);
        dialog->show();
        shoot(dialog, "bulk-edit-dialog.png");
        QSignalSpy finished(dialog, &BulkEditDialog::runFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "bulkApply"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(child<QProgressBar>(dialog, "bulkProgress")->isVisible());
        QVERIFY(finished.wait(20000));
        QPointer<BulkReportDialog> report = dialog->report();
        QVERIFY(report);
        QTreeWidget *list = child<QTreeWidget>(report, "failureList");
        QCOMPARE(list->topLevelItemCount(), 3);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const qint64 id = list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
            QVERIFY(f.server->faults().rejectIds.contains(id));
            QCOMPARE(list->topLevelItem(i)->text(2), f.server->faults().rejectIds.value(id));
            QVERIFY(list->topLevelItem(i)->text(0).startsWith(QStringLiteral("Entry ")));
            QVERIFY(!list->topLevelItem(i)->text(1).isEmpty());
        }
        QVERIFY(child<QLabel>(report, "reportHeadline")->text().contains(QStringLiteral("127")));
        shoot(report, "bulk-report.png");
        for (qint64 id : ids) {
            const QString d = f.server->timeEntry(id).value(QStringLiteral("description")).toString();
            QCOMPARE(d == QStringLiteral("Weekly review"), !f.server->faults().rejectIds.contains(id));
        }
    }

    void deleteConfirmsCountAndTime()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("a"), 1, 10);
        f.addEntry(QStringLiteral("b"), 2, 20);
        f.addEntry(QStringLiteral("c"), 3, 35);
        const qint64 keep = f.addEntry(QStringLiteral("keep"), 9, 5);
        QVERIFY(f.signIn());
        QList<TimeEntry> doomed = f.session->entries()->entries();
        doomed.removeIf([keep](const TimeEntry &e) { return e.id == keep; });
        TrackBulkEditor editor(f.session.get());

        { // declined: nothing is sent
            BulkEditDialog dialog(&editor, doomed);
            QString asked;
            dialog.setConfirm([&asked](QWidget *, const QString &text) {
                asked = text;
                return false;
            });
            child<QPushButton>(&dialog, "bulkDelete")->click();
            QCOMPARE(asked, QStringLiteral("Delete 3 entries with 1 h 05 min of tracked time?"));
            QVERIFY(!dialog.isRunning());
            QCOMPARE(f.server->countRequests("DELETE"), 0);
        }
        BulkEditDialog dialog(&editor, doomed);
        dialog.setConfirm([](QWidget *, const QString &) { return true; });
        QSignalSpy finished(&dialog, &BulkEditDialog::runFinished);
        child<QPushButton>(&dialog, "bulkDelete")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.server->countRequests("DELETE"), 3);
        QCOMPARE(f.server->timeEntries().size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.report()); // everything went fine: no report
    }

    // Without a test hook the question is a message box opened with open(), not exec(): the
    // dialog waits for its answer, Cancel deletes nothing and Delete goes on.
    void deleteAsksWithAMessageBox()
    {
        SessionFixture f;
        f.addEntry(QStringLiteral("a"), 1, 10);
        f.addEntry(QStringLiteral("b"), 2, 20);
        QVERIFY(f.signIn());
        TrackBulkEditor editor(f.session.get());
        BulkEditDialog dialog(&editor, f.session->entries()->entries());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const auto box = [&dialog] {
            return dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmBox"));
        };
        QPushButton *deleteAll = child<QPushButton>(&dialog, "bulkDelete");
        deleteAll->click(); // returns at once: the box is open, nothing sent yet
        QVERIFY(box() && box()->isVisible());
        QCOMPARE(box()->text(), QStringLiteral("Delete 2 entries with 0 h 30 min of tracked time?"));
        QVERIFY(!dialog.isRunning());
        box()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!box());
        QVERIFY(!dialog.isRunning());
        QCOMPARE(f.server->countRequests("DELETE"), 0);

        QSignalSpy finished(&dialog, &BulkEditDialog::runFinished);
        deleteAll->click();
        QVERIFY(box());
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : box()->buttons()) {
            if (box()->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        }
        QVERIFY(yes);
        yes->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.server->countRequests("DELETE"), 2);
        QCOMPARE(f.server->timeEntries().size(), 0);
    }

    void mainWindowOpensDialogAndUndoes()
    {
        SessionFixture f;
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(f.addEntry(QStringLiteral("task %1").arg(i), 1 + i, 15,
                                  {{QStringLiteral("tags"), QJsonArray{QStringLiteral("t%1").arg(i)}}}));
        QVERIFY(f.signIn());
        WindowFixture windowFixture(f.session.get());
        MainWindow &window = windowFixture.window;
        window.show();
        EntriesView *view = child<EntriesView>(&window, "entriesView");
        QVERIFY(view->bulkEditAction()->isVisible());
        view->selectAll();
        QCOMPARE(view->selectedEntries().size(), 4);
        QVERIFY(view->bulkEditAction()->isEnabled());
        view->bulkEditAction()->trigger();
        BulkEditDialog *dialog = window.bulkEdit()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        child<QCheckBox>(dialog, "tagsCheck")->setChecked(true);
        child<TagsEdit>(dialog, "tagsEdit")->setText(QStringLiteral("shared"));
        QSignalSpy finished(dialog, &BulkEditDialog::runFinished);
        child<QPushButton>(dialog, "bulkApply")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.server->timeEntry(ids.at(2)).value(QStringLiteral("tags")).toArray().size(), 2);
        QAction *undo = window.bulkEdit()->undoAction();
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(ids.at(2)).value(QStringLiteral("tags")).toArray(),
                                  QJsonArray{QStringLiteral("t2")}, 10000);
        // Each entry's previous tags differ, so the undo is one request per entry: wait for all.
        for (int i = 0; i < 4; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(ids.at(i)).value(QStringLiteral("tags")).toArray(),
                                      QJsonArray{QStringLiteral("t%1").arg(i)}, 10000);
        QVERIFY(!undo->isEnabled());
    }

    void focusDialogPatchesDeletesAndRestores()
    {
        auto server = startSandbox();
        ApiTransport transport;
        FocusApi api(&transport);
        QVERIFY(!api.setBaseUrl(server->baseUrl()));
        api.setApiKey(server->focusKey());
        api.setOrganizationId(server->focusOrganizationId());
        api.setWorkspaceId(server->focusWorkspaceId());
        const qint64 task = server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Write")}});
        QList<FocusTimeEntry> entries;
        for (int i = 0; i < 3; ++i) {
            FocusTimeEntry e;
            e.start = QDateTime::currentDateTimeUtc().addSecs(-(i + 2) * 3600);
            e.taskId = task;
            e.duration = 900;
            e.id = server->insertFocusTimeEntry({{QStringLiteral("task_id"), task},
                                                 {QStringLiteral("start"), TrackTime::format(e.start)},
                                                 {QStringLiteral("duration"), 900},
                                                 {QStringLiteral("type"), QStringLiteral("activity")}});
            entries.append(e);
        }
        FocusBulkEditor editor(&api);
        {
            FocusBulkDialog dialog(&editor, entries);
            QVERIFY(!child<QPushButton>(&dialog, "bulkApply")->isEnabled());
            child<QComboBox>(&dialog, "typeField")->setCurrentIndex(1);
            child<QCheckBox>(&dialog, "typeCheck")->setChecked(true);
            shoot(&dialog, "focus-bulk-dialog.png");
            QSignalSpy finished(&dialog, &FocusBulkDialog::runFinished);
            child<QPushButton>(&dialog, "bulkApply")->click();
            QVERIFY(finished.wait(10000));
            for (const FocusTimeEntry &e : entries)
                QCOMPARE(server->focusTimeEntry(e.id).value(QStringLiteral("type")).toString(),
                         QStringLiteral("break"));
        }
        {
            FocusBulkDialog dialog(&editor, entries);
            QSignalSpy finished(&dialog, &FocusBulkDialog::runFinished);
            child<QPushButton>(&dialog, "bulkDelete")->click();
            QVERIFY(finished.wait(10000));
            for (FocusTimeEntry &e : entries) {
                QVERIFY(!server->focusTimeEntry(e.id).value(QStringLiteral("deleted_at")).isNull());
                e.deletedAt = QDateTime::currentDateTimeUtc();
            }
        }
        FocusBulkDialog dialog(&editor, entries);
        QVERIFY(child<QPushButton>(&dialog, "bulkRestore")->isVisibleTo(&dialog));
        QSignalSpy finished(&dialog, &FocusBulkDialog::runFinished);
        child<QPushButton>(&dialog, "bulkRestore")->click();
        QVERIFY(finished.wait(10000));
        for (const FocusTimeEntry &e : entries)
            QVERIFY(server->focusTimeEntry(e.id).value(QStringLiteral("deleted_at")).isNull());
        QCOMPARE(server->countRequests("PATCH", QStringLiteral("/time-entries/bulk/restore")), 1);
    }
};

QTEST_MAIN(TestBulkEditDialog)
#include "tst_bulkeditdialog.moc"
