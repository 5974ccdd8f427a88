// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17, item 6: a row's error (a change the server refused) lasts only as long as its cause:
// undoing the bulk edit, a later change that goes through, or reading the server's copy again
// (File → Refresh) clears it. Before, the rows stayed red until a restart.
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "tests/support/BulkRunWait.h"
#include "tests/support/SessionFixture.h"

using namespace punchclock;
using punchclock::test::runToEnd;

class TestBulkErrorsClear : public QObject
{
    Q_OBJECT

    static QString errorOf(const SessionFixture &f, qint64 id)
    {
        TimeEntryModel *model = f.session->entries();
        return model->index(model->rowOf(id), 0).data(TimeEntryModel::ErrorRole).toString();
    }

    // Two entries renamed in bulk; the server refuses `a`. Returns {a, b}.
    static std::pair<qint64, qint64> editWithOneRefused(SessionFixture &f, TrackBulkEditor &editor)
    {
        const qint64 a = f.addEntry(QStringLiteral("refused"), 2, 30);
        const qint64 b = f.addEntry(QStringLiteral("accepted"), 3, 30);
        if (!f.signIn())
            return {0, 0};
        f.server->faults().rejectIds.insert(a, QStringLiteral("Invalid project_id"));
        BulkEditChoices c;
        c.description = QStringLiteral("Renamed");
        const auto [result, error] = runToEnd(editor.edit(f.session->entries()->entries(), c));
        Q_UNUSED(error)
        f.server->faults().rejectIds.clear();
        if (result.failure.size() != 1 || result.success.size() != 1)
            return {0, 0};
        return {a, b};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undoingTheBulkEditClearsItsRefusals()
    {
        SessionFixture f;
        TrackBulkEditor editor(f.session.get());
        const auto [a, b] = editWithOneRefused(f, editor);
        QVERIFY(a != 0);
        QVERIFY(errorOf(f, a).contains(QStringLiteral("Invalid project_id")));
        QVERIFY(editor.canUndo());
        runToEnd(editor.undo());
        QTRY_COMPARE_WITH_TIMEOUT(f.server->timeEntry(b).value(QStringLiteral("description")).toString(),
                                  QStringLiteral("accepted"), 5000);
        QCOMPARE(errorOf(f, a), QString());
    }

    void aReloadBringingTheServersCopyClearsTheError()
    {
        SessionFixture f;
        TrackBulkEditor editor(f.session.get());
        const auto [a, b] = editWithOneRefused(f, editor);
        QVERIFY(a != 0);
        QVERIFY(!errorOf(f, a).isEmpty());
        QVERIFY(f.refresh()); // incremental: the refused entry did not change on the server
        QVERIFY(!errorOf(f, a).isEmpty());
        QSignalSpy refreshed(f.session.get(), &TrackSession::refreshed);
        f.session->fullRefresh(); // File → Refresh (F5)
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(errorOf(f, a), QString());
    }

    void aLaterChangeThatGoesThroughClearsTheError()
    {
        SessionFixture f;
        TrackBulkEditor editor(f.session.get());
        const auto [a, b] = editWithOneRefused(f, editor);
        QVERIFY(a != 0);
        QVERIFY(!errorOf(f, a).isEmpty());
        TimeEntry entry = *f.session->entries()->entry(f.session->entries()->rowOf(a));
        BulkEditChoices c;
        c.description = QStringLiteral("Second try");
        QCOMPARE(runToEnd(editor.edit({entry}, c)).first.success.size(), 1);
        QCOMPARE(errorOf(f, a), QString());
    }
};

QTEST_GUILESS_MAIN(TestBulkErrorsClear)
#include "tst_bulkerrorsclear.moc"
