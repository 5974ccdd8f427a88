// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/SyncRig.h"

#include "app/api/FocusApi.h"
#include "app/bulk/BulkEditRunner.h"
#include "app/bulk/TrackBulkEditor.h"
#include "app/session/FocusTaskTimer.h"
#include "app/sync/FocusSync.h"
#include "app/sync/Outbox.h"
#include "app/time/Clock.h"
#include "app/track/TrackTime.h"

#include <QRandomGenerator>
#include <QSettings>

#include <cstdio>

using namespace punchclock;

// A scripted day of user actions against the sandbox while it misbehaves: latency spikes, 500s,
// 429 bursts, the hourly quota (402), connection resets, hung requests, truncated bodies, HTML
// 502s, answers lost after the server carried the request out, an app restart, and the server gone
// for a while. Afterwards the sandbox must hold exactly
// what the user did: every entry once, with its start, stop and description; the tags its last
// bulk edit gave it; and every Focus task-timer stop once, with its start and duration.
class TstFaultDay : public QObject
{
    Q_OBJECT

    struct Expected
    {
        QString description;
        qint64 start = 0;
        qint64 stop = -1;  // -1: running
        bool bulk = false; // only changed by bulk edits (single edits would resend its old tags)
        QStringList tags;
    };

    // The Focus side of the app on the same database and sandbox, rebuilt by a restart.
    struct FocusSide
    {
        std::unique_ptr<FocusApi> api;
        std::unique_ptr<FocusSync> sync;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<FocusTaskTimer> timer;
    };

    SyncRig *m_rig = nullptr;
    QMap<int, Expected> m_expected; // by action number that created it
    QRandomGenerator m_dice{20240506};
    int m_nextTask = 0;
    QDateTime m_pastBase = QDateTime::currentDateTimeUtc().addDays(-2);
    std::unique_ptr<TrackBulkEditor> m_bulk;
    int m_bulkRounds = 0;
    FocusSide m_focus;
    ManualClock m_focusClock{TrackTime::utc(QDate(2024, 7, 1), QTime(8, 0))};
    qint64 m_focusTask = 0;
    QList<std::pair<qint64, qint64>> m_focusExpected; // start, duration of every timer stop

    void openFocus()
    {
        m_focus.api = std::make_unique<FocusApi>(m_rig->transport.get());
        m_focus.api->setBaseUrl(m_rig->server->baseUrl());
        m_focus.api->setApiKey(m_rig->server->focusKey());
        m_focus.api->setOrganizationId(m_rig->server->focusOrganizationId());
        m_focus.api->setWorkspaceId(m_rig->server->focusWorkspaceId());
        m_focus.sync = std::make_unique<FocusSync>(m_focus.api.get(), m_rig->session->outbox()->store());
        m_focus.sync->engine()->setTiming(m_rig->session->sync()->timing());
        m_focus.settings = std::make_unique<QSettings>(m_rig->dir.filePath(QStringLiteral("focus.ini")),
                                                       QSettings::IniFormat);
        m_focus.timer =
            std::make_unique<FocusTaskTimer>(m_focus.api.get(), m_focus.settings.get(), &m_focusClock);
        m_focus.timer->setSync(m_focus.sync.get());
        m_bulk = std::make_unique<TrackBulkEditor>(m_rig->session.get());
    }

    void closeFocus()
    {
        m_bulk.reset();
        m_focus = FocusSide{};
    }

    // A Focus task timer started or stopped (its entry goes through the Focus outbox).
    void focusTimer()
    {
        m_focusClock.advance(37 + m_dice.bounded(300));
        if (!m_focus.timer->isRunning()) {
            QVERIFY(m_focus.timer->start(m_focusTask));
            return;
        }
        m_focusExpected.append(
            {m_focus.timer->startTime().toSecsSinceEpoch(), m_focus.timer->elapsedSeconds()});
        m_focus.timer->stop();
        QVERIFY(!m_focus.timer->isRunning());
    }

    // A bulk edit (tags replaced) of the entries only bulk edits touch; the runner's rows go
    // through the outbox, and may still be queued when the run reports.
    void bulkEdit()
    {
        QList<TimeEntry> targets;
        QList<int> keys;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            const TimeEntry *e = it->bulk ? m_rig->find(it->description) : nullptr;
            if (e && e->id > 0) { // created on the server already (the plan skips local IDs)
                targets.append(*e);
                keys.append(it.key());
            }
        }
        if (targets.isEmpty() || m_bulk->findChildren<BulkEditRunner *>().size() > 3)
            return;
        BulkEditChoices choices;
        choices.tagMode = BulkEditChoices::TagMode::Replace;
        choices.tags = {QStringLiteral("round-%1").arg(++m_bulkRounds)};
        m_bulk->edit(targets, choices)->start();
        for (int key : std::as_const(keys))
            m_expected[key].tags = choices.tags;
    }

    const TimeEntry *running() const { return m_rig->model()->runningEntry(); }

    std::optional<int> keyOfRunning() const
    {
        const TimeEntry *r = running();
        if (!r)
            return std::nullopt;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (it->description == r->description.value_or(QString()))
                return it.key();
        }
        return std::nullopt;
    }

    void stopRunning()
    {
        const TimeEntry *r = running();
        if (!r)
            return;
        const std::optional<int> key = keyOfRunning();
        m_rig->session->stopEntry(*r);
        const TimeEntry *stopped = m_rig->find(m_expected.value(key.value_or(-1)).description);
        if (key && stopped)
            m_expected[*key].stop = stopped->stop->toSecsSinceEpoch();
    }

    void start()
    {
        stopRunning();
        const int n = m_nextTask++;
        TimeEntry draft;
        draft.description = QStringLiteral("task %1").arg(n);
        m_rig->session->startEntry(draft);
        const TimeEntry *e = m_rig->find(*draft.description);
        QVERIFY(e);
        m_expected.insert(n, {*draft.description, e->start.toSecsSinceEpoch(), -1, false, {}});
    }

    void createPast()
    {
        const int n = m_nextTask++;
        TimeEntry e;
        e.description = QStringLiteral("past %1").arg(n);
        e.start = m_pastBase.addSecs(n * 60);
        e.duration = 30 + n % 20;
        e.stop = e.start.addSecs(e.duration);
        const bool bulk = n % 3 == 0;
        if (bulk)
            e.description = QStringLiteral("bulk past %1").arg(n);
        m_rig->session->createEntry(e);
        m_expected.insert(n,
                          {*e.description, e.start.toSecsSinceEpoch(), e.stop->toSecsSinceEpoch(), bulk, {}});
    }

    // A random entry made by single actions (not one a bulk edit changed) and the model's copy of
    // it; key -1 when there is none.
    std::pair<int, const TimeEntry *> pickSingle()
    {
        QList<int> keys;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (!it->bulk)
                keys.append(it.key());
        }
        if (keys.isEmpty())
            return {-1, nullptr};
        const int key = keys.at(int(m_dice.bounded(qsizetype(keys.size()))));
        return {key, m_rig->find(m_expected.value(key).description)};
    }

    void edit()
    {
        const auto [key, e] = pickSingle();
        if (key < 0)
            return;
        QVERIFY(e);
        const QString text = QStringLiteral("task %1 edit %2").arg(key).arg(m_dice.bounded(1000));
        QVERIFY(m_rig->editDescription(e->id, text));
        m_expected[key].description = text;
    }

    void remove()
    {
        const auto [key, e] = pickSingle();
        if (key < 0)
            return;
        QVERIFY(e);
        m_rig->session->deleteEntryLater(e->id);
        m_rig->session->flushDeletes();
        m_expected.remove(key);
    }

    void setFaults(int action)
    {
        sandbox::Faults &f = m_rig->server->faults();
        switch (action) {
        case 30:
            f.latencyMs = 250;
            break; // a slow stretch
        case 50:
            f.latencyMs = 0;
            break;
        case 60:
            f.failureRate = 0.4;
            break; // 500s
        case 100:
            f.failureRate = 0;
            f.burst429 = 6;
            break;
        case 115:
            f.quotaPerHour = 5;
            break; // 402 with quota headers once used up
        case 140:
            f.quotaPerHour = 0;
            closeFocus();
            m_rig->restart(); // the user restarts the app (a new client also forgets the quota)
            openFocus();
            QVERIFY(m_rig->signIn() || true);
            break;
        case 150:
            f.dropConnections = 8;
            break; // resets
        case 165:
            f.malformedBodies = 6;
            break; // truncated 2xx bodies: the change happened
        case 172:
            f.lostAnswers = 5; // carried out, then the connection closes with a FIN before the answer
            break;
        case 176:
            f.lostAnswers = 5; // ...and with a RST
            f.lostAnswerReset = true;
            break;
        case 180:
            f.htmlErrors = 4;
            f.hangRequests = 2;
            break;
        case 200:
            f.dropConnections = 1000000;
            break; // the server is gone...
        case 240:
            f.dropConnections = 0;
            break; // ...and back
        case 260:
            f.latencyMs = 120;
            f.failureRate = 0.15;
            break;
        case 285:
            f.latencyMs = 0;
            f.failureRate = 0;
            break;
        default:
            break;
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scriptedDay()
    {
        SyncRig rig;
        m_rig = &rig;
        QVERIFY(rig.signIn());
        const int before = rig.server->timeEntries().size();
        QCOMPARE(before, 0);
        m_focusTask = rig.server->insertFocusTask({{QStringLiteral("name"), QStringLiteral("Fault day")}});
        openFocus();

        constexpr int kActions = 300;
        for (int action = 0; action < kActions; ++action) {
            setFaults(action);
            const quint32 roll = m_dice.bounded(100u);
            if (roll < 25)
                start();
            else if (roll < 40)
                stopRunning();
            else if (roll < 60)
                createPast();
            else if (roll < 66)
                bulkEdit();
            else if (roll < 72)
                focusTimer();
            else if (roll < 88)
                edit();
            else
                remove();
            if (QTest::currentTestFailed())
                return;
            const bool down = rig.server->faults().dropConnections > 1000;
            QTest::qWait(down ? 60 : action % 10 == 0 ? 60 : 15); // the outage lasts a few seconds
        }
        stopRunning();
        if (m_focus.timer->isRunning())
            focusTimer();
        sandbox::Faults &f = rig.server->faults();
        const int lostAnswersLeft = f.lostAnswers;
        f = sandbox::Faults{};
        QVERIFY2(rig.waitDrained(40000), "the outbox did not drain");
        m_focus.sync->retryNow();
        QVERIFY2(
            QTest::qWaitFor(
                [this] { return m_focus.sync->pendingCount() == 0 && !m_focus.sync->engine()->isSending(); },
                40000),
            "the Focus outbox did not drain");

        int faults = 0;
        QMap<int, int> byStatus;
        for (const sandbox::RecordedRequest &r : rig.server->requests()) {
            if (r.status == 0 || r.status >= 400) {
                ++faults;
                ++byStatus[r.status];
            }
        }
        faults += 6 - f.malformedBodies;
        faults += 10 - lostAnswersLeft; // recorded with the status the server would have sent
        qInfo() << "failed answers by status (0: dropped or hung):" << byStatus << "requests"
                << rig.server->requests().size();

        // Compare the sandbox with what the user did.
        QMultiHash<QString, QJsonObject> byDescription;
        for (const QJsonValue &v : rig.server->timeEntries())
            byDescription.insert(v.toObject().value(QStringLiteral("description")).toString(), v.toObject());
        int lost = 0;
        QStringList problems;
        for (const Expected &e : std::as_const(m_expected)) {
            const QList<QJsonObject> found = byDescription.values(e.description);
            if (found.size() != 1) {
                ++lost;
                problems << QStringLiteral("%1: %2 copies").arg(e.description).arg(found.size());
                continue;
            }
            const QJsonObject &s = found.first();
            const qint64 stop = s.value(QStringLiteral("duration")).toInteger() < 0 ? -1 : secsOf(s, "stop");
            QStringList tags;
            for (const QJsonValue &t : s.value(QStringLiteral("tags")).toArray())
                tags.append(t.toString());
            if (e.bulk && tags != e.tags) {
                ++lost;
                problems << QStringLiteral("%1: tags %2/%3")
                                .arg(e.description, tags.join(u','), e.tags.join(u','));
            }
            if (secsOf(s, "start") != e.start || stop != e.stop) {
                ++lost;
                problems << QStringLiteral("%1: start %2/%3 stop %4/%5")
                                .arg(e.description)
                                .arg(secsOf(s, "start"))
                                .arg(e.start)
                                .arg(stop)
                                .arg(e.stop);
            }
        }
        const int extra = int(rig.server->timeEntries().size()) - int(m_expected.size());
        // Every Focus timer stop once, with the start and duration of the click.
        QList<std::pair<qint64, qint64>> focusOnServer;
        for (const QJsonValue &v : rig.server->focusTimeEntries()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("task_id")).toInteger() == m_focusTask)
                focusOnServer.append({secsOf(o, "start"), o.value(QStringLiteral("duration")).toInteger()});
        }
        std::sort(focusOnServer.begin(), focusOnServer.end());
        for (const auto &stop : std::as_const(m_focusExpected)) {
            if (focusOnServer.count(stop) != 1) {
                ++lost;
                problems << QStringLiteral("Focus stop at %1 (%2 s): %3 copies")
                                .arg(stop.first)
                                .arg(stop.second)
                                .arg(focusOnServer.count(stop));
            }
        }
        const int focusExtra = int(focusOnServer.size()) - int(m_focusExpected.size());
        // Duplicates on the server: a description or a Focus timer stop held more than once.
        int duplicates = 0;
        for (const QString &description : byDescription.uniqueKeys())
            duplicates += int(byDescription.count(description)) - 1;
        for (qsizetype i = 1; i < focusOnServer.size(); ++i)
            duplicates += focusOnServer.at(i) == focusOnServer.at(i - 1) ? 1 : 0;
        std::printf("actions %d (%d bulk edits, %d Focus timer stops), faults injected %d, actions lost %d, "
                    "duplicates %d\n",
                    kActions, m_bulkRounds, int(m_focusExpected.size()), faults, lost, duplicates);
        std::fflush(stdout);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1String("; "))));
        QCOMPARE(duplicates, 0);
        QCOMPARE(extra, 0);
        QCOMPARE(focusExtra, 0);
        QVERIFY(m_bulkRounds >= 5);
        QVERIFY(m_focusExpected.size() >= 5);
        QVERIFY(faults >= 25); // the faults really happened (the 500s are random)
        closeFocus();
        m_rig = nullptr;
    }
};

QTEST_GUILESS_MAIN(TstFaultDay)
#include "tst_faultday.moc"
