// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DemoSeeder.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

#include "sandbox/TimeFormat.h"
#include "sandbox/TrackStore.h"

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct DemoProject
{
    qint64 id = 0;
    int weight = 1;
    QStringList descriptions;
    QStringList tags;
    bool billable = false;
    // Used only on days this many days ago (an archived project that ran for a while); 0: any day.
    int fromDaysAgo = 0;
    int untilDaysAgo = 0;
    bool usedOn(int daysAgo) const
    {
        return (!fromDaysAgo || daysAgo <= fromDaysAgo) && (!untilDaysAgo || daysAgo >= untilDaysAgo);
    }
};

// How far back the demo reaches: about six months, beyond the 3 months /me/time_entries reaches,
// so older weeks are only in the Reports API (README.md, "Demo data").
constexpr int demoDays = 183;

} // namespace

void DemoSeeder::seed(TrackStore &store)
{
    QRandomGenerator rng(20240917);
    const qint64 wid = store.user().defaultWorkspaceId;
    const QTimeZone zone = store.userTimeZone();

    const qint64 acme = store.addClient(wid, u"Acme Corp"_s);
    const qint64 globex = store.addClient(wid, u"Globex"_s);
    const qint64 initech = store.addClient(wid, u"Initech"_s);

    const QStringList tagNames{u"meeting"_s, u"development"_s, u"design"_s,   u"review"_s,
                               u"bug"_s,     u"planning"_s,    u"research"_s, u"admin"_s};
    for (const QString &name : tagNames)
        store.addTag(wid, name);

    QList<DemoProject> projects{
        {store.addProject(wid, u"Website Redesign"_s, u"#0b83d9"_s, acme, true),
         5,
         {u"Homepage hero layout"_s, u"Navigation redesign"_s, u"Landing page copy review"_s,
          u"Fix responsive header"_s, u"Design system tokens"_s},
         {u"design"_s, u"development"_s, u"review"_s},
         true,
         0},
        {store.addProject(wid, u"Mobile App"_s, u"#9e5bd9"_s, acme, true),
         4,
         {u"Login screen"_s, u"Push notification settings"_s, u"Release 2.4 QA"_s,
          u"Crash fixes from Sentry"_s, u"Offline sync"_s},
         {u"development"_s, u"bug"_s, u"review"_s},
         true,
         0},
        {store.addProject(wid, u"Quarterly Reporting"_s, u"#d94182"_s, globex, true),
         2,
         {u"Q3 revenue dashboard"_s, u"Export to CSV"_s, u"Client call: report requirements"_s},
         {u"meeting"_s, u"research"_s},
         true,
         0},
        {store.addProject(wid, u"Internal Tools"_s, u"#e36a00"_s, 0, false),
         2,
         {u"CI pipeline cleanup"_s, u"Upgrade build agents"_s, u"Code review"_s},
         {u"development"_s, u"review"_s},
         false,
         0},
        {store.addProject(wid, u"Customer Support"_s, u"#2da608"_s, 0, false),
         2,
         {u"Support inbox"_s, u"Ticket triage"_s, u"Customer onboarding call"_s},
         {u"admin"_s, u"meeting"_s},
         false,
         0},
        {store.addProject(wid, u"Data Migration"_s, u"#c7af14"_s, initech, true, false),
         3,
         {u"Legacy DB export"_s, u"Migration dry run"_s, u"Data validation scripts"_s},
         {u"development"_s, u"research"_s},
         true,
         130,
         20},
        {0,
         2,
         {u"Email"_s, u"Team standup"_s, u"Sprint planning"_s, u"1:1 with manager"_s},
         {u"meeting"_s, u"planning"_s, u"admin"_s},
         false,
         0},
    };

    const qint64 side = store.addWorkspace(u"Open Source"_s);
    const qint64 sideProject = store.addProject(side, u"Punchclock"_s, u"#06aaf5"_s, 0, false);
    const qint64 sideTag = store.addTag(side, u"oss"_s);

    const QDateTime now = TimeFormat::now();
    const QDateTime runningStart = now.addSecs(-47 * 60);
    const QDate today = now.toTimeZone(zone).date();

    const auto add = [&store](qint64 workspace, qint64 project, const QString &description, bool billable,
                              const QDateTime &start, const QDateTime &stop, const QList<qint64> &tags) {
        TimeEntryRecord e;
        e.workspaceId = workspace;
        e.userId = store.user().id;
        e.projectId = project;
        e.description = description;
        e.billable = billable;
        e.start = start;
        e.stop = stop;
        e.tagIds = tags;
        e.at = stop.isValid() ? stop.addSecs(7) : start.addSecs(3);
        e.createdWith = u"punchclock-sandbox demo"_s;
        store.addEntry(e);
    };

    int totalWeight = 0;
    for (const auto &p : projects)
        totalWeight += p.weight;

    for (int daysAgo = demoDays; daysAgo >= 0; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        if (day.dayOfWeek() >= 6) {
            // Weekends: now and then an hour on the open-source side project.
            if (rng.bounded(3) == 0) {
                const QDateTime start =
                    QDateTime(day, QTime(10, 0), zone).addSecs(rng.bounded(120) * 60).toUTC();
                const QDateTime stop = start.addSecs((45 + rng.bounded(90)) * 60);
                if (stop < runningStart)
                    add(side, sideProject, u"Issue triage and small fixes"_s, false, start, stop, {sideTag});
            }
            continue;
        }
        QDateTime t = QDateTime(day, QTime(8, 30), zone).addSecs(rng.bounded(60) * 60);
        const QDateTime endOfDay = QDateTime(day, QTime(17, 30), zone).addSecs(rng.bounded(60) * 60);
        bool hadLunch = false;
        while (t < endOfDay) {
            if (!hadLunch && t.toTimeZone(zone).time() >= QTime(12, 0)) {
                t = t.addSecs((40 + rng.bounded(20)) * 60);
                hadLunch = true;
            }
            int pick = rng.bounded(totalWeight);
            const DemoProject *p = &projects.first();
            for (const auto &candidate : projects) {
                if (pick < candidate.weight) {
                    p = &candidate;
                    break;
                }
                pick -= candidate.weight;
            }
            if (!p->usedOn(daysAgo))
                p = &projects.first();
            const QDateTime start = t.toUTC();
            const QDateTime stop = start.addSecs((15 + 5 * rng.bounded(13)) * 60);
            if (stop > runningStart.addSecs(-60))
                break;
            QList<qint64> tagIds;
            const int tagCount = rng.bounded(3);
            for (int i = 0; i < tagCount; ++i) {
                const qint64 id = store.tagIdForName(wid, p->tags.at(rng.bounded(p->tags.size())));
                if (!tagIds.contains(id))
                    tagIds.append(id);
            }
            const bool billable = p->billable && rng.bounded(10) < 8;
            add(wid, p->id, p->descriptions.at(rng.bounded(p->descriptions.size())), billable, start, stop,
                tagIds);
            t = stop.addSecs(rng.bounded(4) * 5 * 60);
        }
    }

    add(wid, projects.first().id, u"Homepage hero layout"_s, true, runningStart, QDateTime(),
        {store.tagIdForName(wid, u"design"_s)});
}

} // namespace sandbox
