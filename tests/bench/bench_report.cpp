// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report [WEEKS] [PER_WEEK] [RUNS]: the weekly report over a year from the local store (issue
// #18), timed in process, median of RUNS (default 15). A store (SQLite, as the app keeps it) is
// filled with WEEKS (52) weeks of PER_WEEK (40) entries: eight projects of three clients and none,
// tags, a third billable, some across midnight. Each run then reads the store (EntryCache::load),
// fills the entries model (TimeEntryModel::setEntries) and shows every one of those weeks in the
// report's table model (WeekReportModel::setWeek: the totals per project and day, billable split),
// and writes each week's CSV. Prints one "name value" line per figure.
#include "app/models/TimeEntryModel.h"
#include "app/report/WeekReportExport.h"
#include "app/report/WeekReportModel.h"
#include "app/sync/EntryCache.h"
#include "app/sync/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace punchclock;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QList<TimeEntry> year(const ReportWeek &thisWeek, int weeks, int perWeek)
{
    const QStringList clients{QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech")};
    const QStringList tags{QStringLiteral("meeting"), QStringLiteral("dev"), QStringLiteral("review")};
    QRandomGenerator random(18);
    QList<TimeEntry> entries;
    qint64 id = 1;
    for (int w = 0; w < weeks; ++w) {
        const QDate first = thisWeek.first().addDays(-7 * (w + 1));
        for (int n = 0; n < perWeek; ++n) {
            TimeEntry e;
            e.id = id++;
            e.workspaceId = 1;
            e.userId = 1;
            e.description = QStringLiteral("Task %1").arg(random.bounded(200));
            const int day = n * 5 / perWeek; // weekdays, a few at night across midnight
            const bool late = random.bounded(20) == 0;
            const QTime time = late ? QTime(23, 15) : QTime(8 + random.bounded(9), random.bounded(4) * 15);
            e.start = QDateTime(first.addDays(day), time).toUTC();
            e.duration = 15 * 60 * (1 + random.bounded(12));
            e.stop = e.start.addSecs(e.duration);
            e.billable = random.bounded(3) == 0;
            const int project = random.bounded(9); // 8: no project
            if (project < 8) {
                e.projectId = 100 + project;
                e.projectName = QStringLiteral("Project %1").arg(project);
                e.projectColor =
                    QStringLiteral("#%1").arg(0x206090 + project * 0x101010, 6, 16, QLatin1Char('0'));
                if (project < 6)
                    e.clientName = clients.at(project % 3);
            }
            if (random.bounded(2))
                e.tags = QStringList{tags.at(random.bounded(3))};
            e.duronly = false;
            e.at = e.stop;
            entries.append(e);
        }
    }
    return entries;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int weeks = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 52;
    const int perWeek = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 40;
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 15;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_report: no temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("bench-report.sqlite"));
    const ReportWeek thisWeek(QDate::currentDate(), Qt::Monday);
    {
        LocalStore store(path);
        if (!store.isOpen()) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        EntryCache cache(&store);
        cache.save(year(thisWeek, weeks, perWeek), 0);
    } // waits for the writer

    std::vector<double> load, model, report, csv, total;
    qsizetype count = 0;
    qint64 seconds = 0;
    for (int run = 0; run < runs; ++run) {
        LocalStore store(path);
        EntryCache cache(&store);
        QElapsedTimer t;
        t.start();
        QList<TimeEntry> entries = cache.load();
        const double tLoad = ms(t);
        count = entries.size();

        t.restart();
        TimeEntryModel entryModel;
        entryModel.setEntries(std::move(entries));
        const double tModel = ms(t);

        t.restart();
        WeekReportModel reportModel(&entryModel, nullptr, Qt::Monday);
        std::vector<WeekReport> reports;
        reports.reserve(size_t(weeks));
        seconds = 0;
        for (int w = 0; w < weeks; ++w) {
            reportModel.setWeek(ReportWeek(thisWeek.first().addDays(-7 * (w + 1)), Qt::Monday));
            seconds += reportModel.report().totalSeconds();
            reports.push_back(reportModel.report());
        }
        const double tReport = ms(t);

        t.restart();
        qsizetype bytes = 0;
        for (const WeekReport &r : reports)
            bytes += WeekReportExport::csv(r).size();
        const double tCsv = ms(t);
        if (bytes == 0)
            return 1;

        load.push_back(tLoad);
        model.push_back(tModel);
        report.push_back(tReport);
        csv.push_back(tCsv);
        total.push_back(tLoad + tModel + tReport);
    }
    std::printf("report-entries %lld\n", static_cast<long long>(count));
    std::printf("report-weeks %d\n", weeks);
    std::printf("report-hours %.1f\n", double(seconds) / 3600.0);
    std::printf("report-load-ms %.2f\n", median(load));
    std::printf("report-set-entries-ms %.2f\n", median(model));
    std::printf("report-weeks-ms %.2f\n", median(report));
    std::printf("report-csv-ms %.2f\n", median(csv));
    std::printf("report-year-ms %.2f\n", median(total));
    return 0;
}
