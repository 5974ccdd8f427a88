// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SandboxFixture.h"

#include "app/api/ApiTransport.h"
#include "app/bulk/FocusBulkEditor.h"
#include "app/models/FocusTaskModel.h"
#include "app/models/FocusTimeEntryModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusTaskTimer.h"
#include "app/sync/FocusSync.h"
#include "app/sync/LocalStore.h"
#include "app/track/TrackTime.h"
#include "tests/support/Child.h"
#include "ui/focus/FocusView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class TestFocusView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startAndStopCreatesTheEntry();
    void filtersNarrowTheTasks();
    void archiveFromTheEntryTable();
    void everyControlHasAnAccessibleName();
    void changesOfAnotherAccountAreSaid();

private:
    void selectTask(qint64 taskId);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    ApiTransport *m_transport = nullptr;
    FocusSession *m_session = nullptr;
    FocusBulkEditor *m_bulkEditor = nullptr; // AppCore's in the app
    FocusView *m_view = nullptr;
    qint64 m_write = 0;
    qint64 m_read = 0;
};

void TestFocusView::init()
{
    m_server = startSandbox();
    m_write = m_server->insertFocusTask(
        {{QLatin1String("name"), QStringLiteral("Write the report")}, {QLatin1String("estimated_mins"), 60}});
    m_read = m_server->insertFocusTask({{QLatin1String("name"), QStringLiteral("Read mail")}});
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    m_transport = new ApiTransport(this);
    m_session = new FocusSession(m_transport, m_settings.get(), nullptr, this);
    m_session->configure(m_server->focusKey(), m_server->focusOrganizationId(), 0, m_server->baseUrl());
    m_bulkEditor = new FocusBulkEditor(m_session->api(), this);
    m_view = new FocusView(m_session, m_bulkEditor);
    m_view->resize(900, 600);
    m_view->show();
    QSignalSpy loaded(m_session, &FocusSession::tasksLoaded);
    m_session->connectAndLoad();
    QVERIFY(loaded.wait(10000));
}

void TestFocusView::cleanup()
{
    delete m_view;
    delete m_bulkEditor;
    delete m_session;
    delete m_transport;
    m_server.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestFocusView::selectTask(qint64 taskId)
{
    QTableView *tasks = child<QTableView>(m_view, "focusTasks");
    for (int row = 0; row < tasks->model()->rowCount(); ++row) {
        const QModelIndex index = tasks->model()->index(row, 0);
        if (index.data(FocusTaskModel::TaskIdRole).toLongLong() == taskId) {
            tasks->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL("task not listed");
}

void TestFocusView::startAndStopCreatesTheEntry()
{
    QVERIFY(!child<QPushButton>(m_view, "focusStart")->isEnabled()); // nothing selected yet
    QSignalSpy entriesLoaded(m_session, &FocusSession::entriesLoaded);
    selectTask(m_write);
    QVERIFY(entriesLoaded.wait(10000));
    QVERIFY(child<QPushButton>(m_view, "focusStart")->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_view, "focusStart"), Qt::LeftButton);
    QVERIFY(m_session->timer()->isRunning());
    QVERIFY(child<QPushButton>(m_view, "focusStop")->isEnabled());
    QCOMPARE(QSettings(m_settings->fileName(), QSettings::IniFormat)
                 .value(QStringLiteral("focus/timer/taskId"))
                 .toLongLong(),
             m_write);
    QTest::qWait(1100);
    const qsizetype before = m_server->focusTimeEntries().size();
    QSignalSpy stopped(m_session->timer(), &FocusTaskTimer::stopped);
    QTest::mouseClick(child<QPushButton>(m_view, "focusStop"), Qt::LeftButton);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(m_server->focusTimeEntries().size(), before + 1);
    QJsonObject stored;
    for (const QJsonValue &v : m_server->focusTimeEntries())
        if (v.toObject().value(QLatin1String("task_id")).toInteger() == m_write)
            stored = v.toObject();
    QCOMPARE(stored.value(QLatin1String("task_id")).toInteger(), m_write);
    QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("activity"));
    QVERIFY(stored.value(QLatin1String("duration")).toInt() >= 1);
    QVERIFY(!m_session->timer()->isRunning());
    QCOMPARE(child<QTableView>(m_view, "focusEntries")->model()->rowCount(),
             1); // the new entry shows at once
    QVERIFY(child<QPushButton>(m_view, "focusStart")->isEnabled());
}

void TestFocusView::filtersNarrowTheTasks()
{
    QTableView *tasks = child<QTableView>(m_view, "focusTasks");
    const int all = tasks->model()->rowCount();
    QVERIFY(all >= 2);
    QTest::keyClicks(child<QLineEdit>(m_view, "focusSearch"), QStringLiteral("report"));
    QCOMPARE(tasks->model()->rowCount(), 1);
    QCOMPARE(tasks->model()->index(0, 0).data(FocusTaskModel::TaskIdRole).toLongLong(), m_write);
    child<QLineEdit>(m_view, "focusSearch")->clear();
    QCOMPARE(tasks->model()->rowCount(), all);
    QVERIFY(child<QComboBox>(m_view, "focusStatusFilter")->count() >=
            2); // "All statuses" and the tasks' status
    child<QComboBox>(m_view, "focusStatusFilter")->setCurrentIndex(1);
    QVERIFY(tasks->model()->rowCount() >= 1);
    QVERIFY(child<QComboBox>(m_view, "focusProjectFilter")->count() >= 1);
}

void TestFocusView::archiveFromTheEntryTable()
{
    QJsonObject fields;
    fields.insert(QLatin1String("task_id"), m_read);
    fields.insert(QLatin1String("start"), QStringLiteral("2024-03-01T09:00:00Z"));
    fields.insert(QLatin1String("duration"), 600);
    fields.insert(QLatin1String("type"), QStringLiteral("activity"));
    const qint64 id = m_server->insertFocusTimeEntry(fields);
    QSignalSpy entriesLoaded(m_session, &FocusSession::entriesLoaded);
    selectTask(m_read);
    QVERIFY(entriesLoaded.wait(10000));
    QTableView *entries = child<QTableView>(m_view, "focusEntries");
    QCOMPARE(entries->model()->rowCount(), 1);
    entries->selectRow(0);
    QVERIFY(child<QPushButton>(m_view, "focusArchive")->isEnabled());
    QVERIFY(!child<QPushButton>(m_view, "focusRestore")->isEnabled());
    QSignalSpy updated(m_session->entries(), &FocusTimeEntryModel::entryUpdated);
    QTest::mouseClick(child<QPushButton>(m_view, "focusArchive"), Qt::LeftButton);
    QVERIFY(updated.wait(10000));
    QVERIFY(m_server->focusTimeEntry(id).value(QLatin1String("archived_at")).isString());
    QCOMPARE(entries->model()->rowCount(), 0);
}

void TestFocusView::everyControlHasAnAccessibleName()
{
    int checked = 0;
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        const bool control = w->inherits("QAbstractButton") || w->inherits("QComboBox") ||
                             w->inherits("QLineEdit") || w->inherits("QTableView") || w->inherits("QLabel");
        if (!control || w->parentWidget()->inherits("QComboBox") ||
            w->parentWidget()->inherits("QHeaderView") || w->parentWidget()->inherits("QTableView") ||
            w->parentWidget()->inherits("QLineEdit"))
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(checked >= 15);
}

QTEST_MAIN(TestFocusView)

// A Focus change made under one account waits when the key or organization changes, and the Focus
// page says so until that account is used again (issue #9). Made with another key of the same
// organization (a regenerated one), it can be sent with this key, once the user confirms.
void TestFocusView::changesOfAnotherAccountAreSaid()
{
    LocalStore store(m_dir->filePath(QStringLiteral("local.sqlite")));
    FocusSync sync(m_session->api(), &store);
    m_session->setSync(&sync);
    QLabel *label = child<QLabel>(m_view, "focusOtherAccount");
    QPushButton *send = child<QPushButton>(m_view, "focusSendWaiting");
    QVERIFY(label->isHidden());
    QVERIFY(send->isHidden());

    const QString key = m_server->focusKey();
    const qint64 organization = m_server->focusOrganizationId();
    const QUrl url = m_server->baseUrl();
    m_server.reset(); // offline: the stop stays in the outbox
    QVERIFY(m_session->timer()->start(m_write));
    QTest::qWait(1100);
    m_session->timer()->stop();
    QTRY_COMPARE(sync.pendingCount(), 1);

    m_session->configure(key, organization + 1, 0, url);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("1 unsent")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QString::number(organization)), qPrintable(label->text()));
    QVERIFY(!label->accessibleName().isEmpty());
    QVERIFY(send->isHidden()); // another organization: only its own key may send it

    m_session->configure(key, organization, 0, url);
    QTRY_VERIFY(label->isHidden());
    QCOMPARE(sync.pendingCount(), 1); // still waiting for the server, now as this account's own

    m_session->configure(QStringLiteral("regenerated-key"), organization, 0, url);
    QTRY_VERIFY(send->isVisible());
    QVERIFY(!send->accessibleName().isEmpty());
    QCOMPARE(sync.pendingCount(), 0);
    QString asked;
    m_view->setConfirm([&asked](QWidget *, const QString &text) {
        asked = text;
        return false;
    });
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY2(asked.contains(QLatin1String("Send 1 change")), qPrintable(asked));
    QCOMPARE(sync.pendingCount(), 0); // declined: still waiting
    QVERIFY(send->isVisible());
    m_view->setConfirm([](QWidget *, const QString &) { return true; });
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(sync.pendingCount(), 1);
    QTRY_VERIFY(send->isHidden());
    QVERIFY(label->isHidden());
}

#include "tst_focusview.moc"
