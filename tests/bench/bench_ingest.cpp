// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ingest BODY.json [RUNS]: the client's ingest of a /me/time_entries answer, timed in
// process, median of RUNS (default 15): TimeEntryJson::listFromBody (the parse TrackApi runs on a
// pool thread), TimeEntryModel::setEntries, the DayGroupModel build and the
// EntryFilterModel the view sits on. Prints one "name ms" line per step.
#include "app/models/DayGroupModel.h"
#include "app/models/EntryFilterModel.h"
#include "app/models/TimeEntryModel.h"
#include "app/track/TimeEntryJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_ingest BODY.json [RUNS]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_ingest: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QByteArray body = file.readAll();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 15;

    std::vector<double> parse, entries, model, days, filter, total;
    qsizetype count = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        // as TrackApi::listTimeEntries does it (there on a pool thread, off the GUI thread)
        QString error;
        QList<TimeEntry> list = TimeEntryJson::listFromBody(body, &error).value_or(QList<TimeEntry>());
        const double tParse = ms(t);
        count = list.size();

        t.restart();
        TimeEntryModel entryModel;
        entryModel.setEntries(std::move(list));
        const double tModel = ms(t);

        t.restart();
        DayGroupModel dayModel(&entryModel);
        const double tDays = ms(t);

        t.restart();
        EntryFilterModel filterModel;
        filterModel.setSourceModel(&dayModel);
        int rows = filterModel.rowCount();
        for (int r = 0; r < rows; ++r) // the view expands every day: map each day's children
            filterModel.rowCount(filterModel.index(r, 0));
        const double tFilter = ms(t);

        parse.push_back(tParse);
        model.push_back(tModel);
        days.push_back(tDays);
        filter.push_back(tFilter);
        total.push_back(tParse + tModel + tDays);
        entries.push_back(double(count));
    }
    std::printf("entries %lld\n", static_cast<long long>(count));
    std::printf("body-bytes %lld\n", static_cast<long long>(body.size()));
    std::printf("parse-ms %.2f\n", median(parse));
    std::printf("set-entries-ms %.2f\n", median(model));
    std::printf("day-groups-ms %.2f\n", median(days));
    std::printf("filter-proxy-ms %.2f\n", median(filter));
    std::printf("ingest-ms %.2f\n", median(total));
    return 0;
}
