// SPDX-License-Identifier: GPL-3.0-or-later
// bench_timeline [RUNS]: the week view with 200 entries (issue #18): a TimelineView of 1000x700
// showing one week of 200 entries (the demo's project colours, every tenth overlapping the one
// before, some without a project or description), its layout rebuilt and the whole view painted
// into a pixmap, median of RUNS (default 15) after one warm-up. Needs a display (run.sh has Xvfb;
// QT_QPA_PLATFORM=offscreen works too). Prints "timeline-week-paint-ms X" (layout + paint) and
// "timeline-week-layout-ms X" (the layout alone).
#include "app/api/ApiTransport.h"
#include "app/api/TrackApi.h"
#include "app/models/TimeEntryModel.h"
#include "app/models/TimelinePeriod.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "ui/timeline/TimelineCanvas.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QPixmap>

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

// 200 entries over the seven days of `week`, newest first like the model keeps them.
QList<TimeEntry> weekOfEntries(const TimelinePeriod &week)
{
    const QStringList colors{QStringLiteral("#0b83d9"), QStringLiteral("#9e5bd9"), QStringLiteral("#d94182"),
                             QStringLiteral("#e36a00"), QStringLiteral("#2da608"), QStringLiteral("#c7af14")};
    const QStringList names{QStringLiteral("Website Redesign"),    QStringLiteral("Mobile App"),
                            QStringLiteral("Quarterly Reporting"), QStringLiteral("Internal Tools"),
                            QStringLiteral("Customer Support"),    QStringLiteral("Data Migration")};
    QList<TimeEntry> entries;
    constexpr int kCount = 200;
    for (int i = 0; i < kCount; ++i) {
        const int day = i * 7 / kCount;
        const int slot = i - (day * kCount + 6) / 7; // the entry's place in its day
        TimeEntry e;
        e.id = 1000 + i;
        e.workspaceId = 1;
        QDateTime start(week.day(day), QTime(7, 30));
        start = start.addSecs(slot * 22 * 60 - (i % 10 == 9 ? 10 * 60 : 0)).toUTC();
        e.start = start;
        e.duration = (12 + (i * 7) % 10) * 60; // 12 to 21 minutes in 22-minute slots
        e.stop = start.addSecs(e.duration);
        if (i % 7 != 6) {
            e.projectId = 100 + i % 6;
            e.projectName = names.at(i % 6);
            e.projectColor = colors.at(i % 6);
            e.clientName = QStringLiteral("Acme Corp");
        }
        if (i % 11 != 10)
            e.description = QStringLiteral("Entry %1: design review and follow-up").arg(i);
        entries.append(e);
    }
    std::reverse(entries.begin(), entries.end());
    return entries;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 15;

    ApiTransport transport;
    TrackApi api(&transport);
    TrackSession session(&api);
    TimerController timer(&session);
    const TimelinePeriod week(TimelinePeriod::Span::Week, QDate::currentDate().addDays(-7),
                              QLocale().firstDayOfWeek());
    session.entries()->setEntries(weekOfEntries(week));

    TimelineView view(&session, &timer);
    view.resize(1000, 700);
    view.setSpan(TimelinePeriod::Span::Week);
    view.showDate(week.first());
    view.show();
    TimelineCanvas *canvas = view.canvas();
    canvas->scrollToTime(QTime(8, 0));
    QApplication::processEvents();
    if (canvas->blockCount() != 200) {
        std::fprintf(stderr, "bench_timeline: %d blocks, not 200\n", canvas->blockCount());
        return 1;
    }
    (void)view.grab(); // warm-up: fonts, glyphs, colours

    std::vector<double> paint;
    std::vector<double> layout;
    for (int run = 0; run < runs; ++run) {
        canvas->setPeriod(canvas->period()); // the layout is made again, as after a change
        QElapsedTimer t;
        t.start();
        (void)canvas->timelineLayout();
        layout.push_back(ms(t));
        canvas->setPeriod(canvas->period());
        t.restart();
        const QPixmap pixmap = view.grab();
        paint.push_back(ms(t));
        if (pixmap.isNull())
            return 1;
    }
    std::printf("timeline-week-blocks %d\n", canvas->blockCount());
    std::printf("timeline-week-overlaps %d\n", canvas->timelineLayout().overlapCount());
    std::printf("timeline-week-layout-ms %.2f\n", median(layout));
    std::printf("timeline-week-paint-ms %.2f\n", median(paint));
    return 0;
}
