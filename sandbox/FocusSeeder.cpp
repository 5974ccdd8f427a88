// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FocusSeeder.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include "sandbox/FocusStore.h"
#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct DemoTask
{
    QString name;
    QString project; // Track demo project name; empty: none
    QString status;  // status type
    QString priority;
    int estimatedMins;
    QString color;
    QStringList tags;
    bool pinned;
};

} // namespace

void FocusSeeder::seed(FocusStore &store)
{
    TrackStore &track = store.track();
    const qint64 wid = track.user().defaultWorkspaceId;
    if (!store.hasWorkspace(wid))
        return;
    QRandomGenerator rng(20250301);
    QTimeZone zone(track.user().timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime now = TimeFormat::now();
    const QDate today = now.toTimeZone(zone).date();

    const auto projectId = [&track, wid](const QString &name) -> qint64 {
        for (const auto &p : track.projects()) {
            if (p.workspaceId == wid && p.name == name)
                return p.id;
        }
        return 0;
    };
    const auto tagId = [&track, wid](const QString &name) -> qint64 {
        for (const auto &t : track.tags()) {
            if (t.workspaceId == wid && t.name == name)
                return t.id;
        }
        return 0;
    };
    const QList<DemoTask> demo{
        {u"Homepage hero layout"_s,
         u"Website Redesign"_s,
         u"in_progress"_s,
         u"high"_s,
         480,
         u"#0b83d9"_s,
         {u"design"_s},
         true},
        {u"Design system tokens"_s,
         u"Website Redesign"_s,
         u"todo"_s,
         u"medium"_s,
         240,
         u"#0b83d9"_s,
         {u"design"_s, u"development"_s},
         false},
        {u"Offline sync"_s,
         u"Mobile App"_s,
         u"in_progress"_s,
         u"high"_s,
         900,
         u"#9e5bd9"_s,
         {u"development"_s},
         true},
        {u"Release 2.4 QA"_s,
         u"Mobile App"_s,
         u"blocked"_s,
         u"medium"_s,
         300,
         u"#9e5bd9"_s,
         {u"review"_s, u"bug"_s},
         false},
        {u"Q3 revenue dashboard"_s,
         u"Quarterly Reporting"_s,
         u"done"_s,
         u"medium"_s,
         360,
         u"#d94182"_s,
         {u"research"_s},
         false},
        {u"CI pipeline cleanup"_s,
         u"Internal Tools"_s,
         u"todo"_s,
         u"low"_s,
         120,
         u"#e36a00"_s,
         {u"development"_s},
         false},
        {u"Ticket triage"_s,
         u"Customer Support"_s,
         u"in_progress"_s,
         u"low"_s,
         0,
         u"#2da608"_s,
         {u"admin"_s},
         false},
        {u"Sprint planning"_s,
         QString(),
         u"done"_s,
         u"none"_s,
         60,
         u"#525266"_s,
         {u"planning"_s, u"meeting"_s},
         false},
        {u"Read the Focus docs"_s, QString(), u"todo"_s, u"none"_s, 45, u"#06a893"_s, {u"research"_s}, false},
        {u"Quarterly self-review"_s, QString(), u"todo"_s, u"high"_s, 90, u"#c7af14"_s, {}, false},
    };
    const QList<FocusStatusRecord> statuses = store.statuses(wid);
    QList<qint64> taskIds;
    int position = 0;
    for (const DemoTask &d : demo) {
        FocusTaskRecord t;
        t.workspaceId = wid;
        t.name = d.name;
        t.projectId = projectId(d.project);
        for (const auto &s : statuses) {
            if (s.type == d.status)
                t.statusId = s.id;
        }
        t.priority = d.priority;
        t.estimatedMins = d.estimatedMins;
        t.color = d.color;
        for (const QString &tag : d.tags) {
            if (const qint64 id = tagId(tag))
                t.tagIds.append(id);
        }
        t.pinned = d.pinned;
        t.billable =
            t.projectId != 0 && d.project != u"Internal Tools"_s && d.project != u"Customer Support"_s;
        t.position = ++position;
        t.createdAt = now.addDays(-20 + position);
        t.updatedAt = t.createdAt;
        if (d.status == u"done"_s)
            t.endDate = today.addDays(-3);
        else if (d.priority == u"high"_s)
            t.endDate = today.addDays(4 + position);
        taskIds.append(store.addTask(t));
    }
    // Done tasks only get entries in the first week; open ones anywhere.
    qint64 timeBlock = 5500001;
    for (int daysAgo = 13; daysAgo >= 0; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        if (day.dayOfWeek() >= 6)
            continue;
        QDateTime t = QDateTime(day, QTime(9, 0), zone).addSecs(rng.bounded(45) * 60).toUTC();
        const int sessions = 5 + int(rng.bounded(2));
        for (int i = 0; i < sessions && t.secsTo(now) > 3600; ++i) {
            FocusEntryRecord e;
            e.workspaceId = wid;
            const bool isBreak = i > 0 && rng.bounded(4) == 0;
            if (isBreak) {
                e.type = u"break"_s;
                e.duration = (5 + 5 * qint64(rng.bounded(3))) * 60;
            } else {
                int pick = int(rng.bounded(taskIds.size()));
                if (daysAgo < 7 && (demo.at(pick).status == u"done"_s))
                    pick = 0;
                e.taskId = taskIds.at(pick);
                e.projectId = store.task(e.taskId)->projectId;
                e.billable = store.task(e.taskId)->billable;
                e.duration = (25 + 5 * qint64(rng.bounded(12))) * 60;
                if (rng.bounded(3) == 0)
                    e.timeBlockId = timeBlock++;
            }
            if (t.addSecs(*e.duration).secsTo(now) < 15 * 60)
                break; // leave room for the running entry
            e.start = t;
            e.createdAt = t.addSecs(*e.duration + 5);
            e.updatedAt = e.createdAt;
            if (daysAgo >= 10 && rng.bounded(8) == 0)
                e.archivedAt = e.updatedAt.addDays(2);
            store.addEntry(e);
            t = t.addSecs(*e.duration + rng.bounded(4) * 10 * 60);
        }
    }
    // One running activity on the first pinned task, started 12 minutes ago.
    FocusEntryRecord running;
    running.workspaceId = wid;
    running.taskId = taskIds.first();
    running.projectId = store.task(running.taskId)->projectId;
    running.billable = true;
    running.start = now.addSecs(-12 * 60);
    running.timeBlockId = timeBlock;
    running.createdAt = running.start;
    store.addEntry(running);
}

} // namespace sandbox
