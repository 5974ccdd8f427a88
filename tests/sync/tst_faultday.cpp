#include "SyncRig.h"

#include <QRandomGenerator>

#include <cstdio>

using namespace punchclock;

// A scripted day of user actions against the sandbox while it misbehaves: latency spikes, 500s,
// 429 bursts, the hourly quota (402), connection resets, hung requests, truncated bodies, HTML
// 502s, an app restart, and the server gone for a while. Afterwards the sandbox must hold exactly
// what the user did: every entry once, with its start, stop and description.
class TstFaultDay : public QObject
{
    Q_OBJECT

    struct Expected
    {
        QString description;
        qint64 start = 0;
        qint64 stop = -1; // -1: running
    };

    SyncRig *m_rig = nullptr;
    QMap<int, Expected> m_expected; // by action number that created it
    QRandomGenerator m_dice{20240506};
    int m_nextTask = 0;
    QDateTime m_pastBase = QDateTime::currentDateTimeUtc().addDays(-2);

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
        m_expected.insert(n, {*draft.description, e->start.toSecsSinceEpoch(), -1});
    }

    void createPast()
    {
        const int n = m_nextTask++;
        TimeEntry e;
        e.description = QStringLiteral("past %1").arg(n);
        e.start = m_pastBase.addSecs(n * 60);
        e.duration = 30 + n % 20;
        e.stop = e.start.addSecs(e.duration);
        m_rig->session->createEntry(e);
        m_expected.insert(n, {*e.description, e.start.toSecsSinceEpoch(), e.stop->toSecsSinceEpoch()});
    }

    void edit()
    {
        if (m_expected.isEmpty())
            return;
        const int key = m_expected.keys().at(int(m_dice.bounded(qsizetype(m_expected.size()))));
        const TimeEntry *e = m_rig->find(m_expected.value(key).description);
        QVERIFY(e);
        const QString text = QStringLiteral("task %1 edit %2").arg(key).arg(m_dice.bounded(1000));
        QVERIFY(m_rig->editDescription(e->id, text));
        m_expected[key].description = text;
    }

    void remove()
    {
        if (m_expected.isEmpty())
            return;
        const int key = m_expected.keys().at(int(m_dice.bounded(qsizetype(m_expected.size()))));
        const TimeEntry *e = m_rig->find(m_expected.value(key).description);
        QVERIFY(e);
        m_rig->session->deleteEntryLater(e->id);
        m_rig->session->flushDeletes();
        m_expected.remove(key);
    }

    void setFaults(int action)
    {
        sandbox::Faults &f = m_rig->server->faults();
        switch (action) {
        case 30: f.latencyMs = 250; break;  // a slow stretch
        case 50: f.latencyMs = 0; break;
        case 60: f.failureRate = 0.4; break; // 500s
        case 100: f.failureRate = 0; f.burst429 = 6; break;
        case 115: f.quotaPerHour = 5; break; // 402 with quota headers once used up
        case 140:
            f.quotaPerHour = 0;
            m_rig->restart(); // the user restarts the app (a new client also forgets the quota)
            QVERIFY(m_rig->signIn() || true);
            break;
        case 150: f.dropConnections = 8; break; // resets
        case 165: f.malformedBodies = 6; break; // truncated 2xx bodies: the change happened
        case 180: f.htmlErrors = 4; f.hangRequests = 2; break;
        case 200: f.dropConnections = 1000000; break; // the server is gone...
        case 240: f.dropConnections = 0; break;       // ...and back
        case 260: f.latencyMs = 120; f.failureRate = 0.15; break;
        case 285: f.latencyMs = 0; f.failureRate = 0; break;
        default: break;
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

        constexpr int kActions = 300;
        for (int action = 0; action < kActions; ++action) {
            setFaults(action);
            const quint32 roll = m_dice.bounded(100u);
            if (roll < 25)
                start();
            else if (roll < 40)
                stopRunning();
            else if (roll < 65)
                createPast();
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
        sandbox::Faults &f = rig.server->faults();
        f = sandbox::Faults{};
        QVERIFY2(rig.waitDrained(40000), "the outbox did not drain");

        int faults = 0;
        QMap<int, int> byStatus;
        for (const sandbox::RecordedRequest &r : rig.server->requests()) {
            if (r.status == 0 || r.status >= 400) {
                ++faults;
                ++byStatus[r.status];
            }
        }
        faults += 6 - f.malformedBodies;
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
        std::printf("actions %d, faults injected %d, actions lost %d\n", kActions, faults, lost);
        std::fflush(stdout);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1String("; "))));
        QCOMPARE(extra, 0);
        QVERIFY(faults >= 25); // the faults really happened (the 500s are random)
        m_rig = nullptr;
    }
};

QTEST_GUILESS_MAIN(TstFaultDay)
#include "tst_faultday.moc"
