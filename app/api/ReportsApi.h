// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiService.h"
#include "app/track/TimeEntry.h"

#include <QDate>
#include <QList>
#include <QPointer>

#include <optional>

namespace punchclock {

class TrackApi;

// What a detailed search asks for. The dates are whole days in the user's profile time zone, both
// included (end_date must not be before start_date).
struct ReportsQuery
{
    QDate startDate;
    QDate endDate;
    QList<qint64> userIds; // empty: every user the credentials may see
    int pageSize = 50;     // the documented default
};

// Where the next page starts: the answer's X-Next-ID, X-Next-Row-Number and X-Next-Timestamp,
// sent back as first_id, first_row_number and first_timestamp.
struct ReportsCursor
{
    std::optional<qint64> firstId;
    qint64 firstRowNumber = 0;
    std::optional<qint64> firstTimestamp;

    friend bool operator==(const ReportsCursor &, const ReportsCursor &) = default;
};

struct ReportsPage
{
    QList<TimeEntry> entries;
    std::optional<ReportsCursor> next; // nullopt: this was the last page
};

// The Toggl Track Reports API v3 (POST /reports/api/v3/workspace/{wid}/search/time_entries, the
// detailed report), where Track keeps the history that GET /api/v9/me/time_entries no longer
// reaches (start dates older than about three months). It is the Track server (https://
// api.track.toggl.com), so it follows the TrackApi it is made with: its base URL and credentials
// at each call, its transport, and its quota scope (the same hourly quota). Searches are reads: a
// lost answer is asked again like any GET. Callbacks never run inside the call; a destroyed
// `context` drops them.
class ReportsApi : public ApiService
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 200; // a server that never ends a search is cut off here

    explicit ReportsApi(TrackApi *track, QObject *parent = nullptr);

    // One page of the search, ungrouped (one entry per row), unrounded, newest first.
    void searchTimeEntries(qint64 workspaceId, const ReportsQuery &query,
                           const std::optional<ReportsCursor> &from, QObject *context,
                           ApiCallback<ReportsPage> done);
    // Every page, one after the other, answered once with all of them. A page that fails fails
    // the whole search; a cursor that repeats, or an empty page that promises another, is a
    // BadResponse error.
    void searchAllTimeEntries(qint64 workspaceId, const ReportsQuery &query, QObject *context,
                              ApiCallback<QList<TimeEntry>> done);

    // The request body of one page (public for tests).
    static QByteArray requestBody(const ReportsQuery &query, const std::optional<ReportsCursor> &from);
    // The cursor an answer's headers name; nullopt without X-Next-Row-Number.
    static std::optional<ReportsCursor> nextCursor(const ApiResponse &response);

protected:
    QByteArray authorization() const override;

private:
    void followTrack();
    void searchFrom(qint64 workspaceId, const ReportsQuery &query, const std::optional<ReportsCursor> &from,
                    QList<TimeEntry> collected, QList<ReportsCursor> seen, QObject *context,
                    ApiCallback<QList<TimeEntry>> done);

    QPointer<TrackApi> m_track;
};

} // namespace punchclock
