// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiService.h"
#include "app/api/BulkEditJob.h"
#include "app/api/Credentials.h"
#include "app/api/TimeEntryQuery.h"
#include "app/track/BulkResult.h"
#include "app/track/JsonPatchOp.h"
#include "app/track/Me.h"
#include "app/track/Project.h"
#include "app/track/RelatedData.h"
#include "app/track/TimeEntry.h"
#include "app/track/Workspace.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace punchclock {

// The Toggl Track v9 API, typed and asynchronous. Every call takes a `context`: when it is
// destroyed before the answer, the callback is dropped (pass nullptr to always be called back).
// Callbacks never run inside the call itself.
class TrackApi : public ApiService
{
    Q_OBJECT
public:
    static constexpr int kMaxBulkIds = 100; // per PATCH request, per the pages

    explicit TrackApi(ApiTransport *transport, QObject *parent = nullptr);

    static QUrl defaultBaseUrl(); // https://api.track.toggl.com
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }

    // GET /api/v9/me
    void me(QObject *context, ApiCallback<Me> done);
    // GET /api/v9/me?with_related_data=true
    void meWithRelatedData(QObject *context, ApiCallback<RelatedData> done);
    // GET /api/v9/me/workspaces
    void myWorkspaces(QObject *context, ApiCallback<QList<Workspace>> done);

    // GET /api/v9/me/time_entries (newest first)
    void listTimeEntries(const TimeEntryQuery &query, QObject *context, ApiCallback<QList<TimeEntry>> done);
    // GET /api/v9/me/time_entries/current: nullopt when nothing runs (the server's `null`)
    void currentTimeEntry(QObject *context, ApiCallback<std::optional<TimeEntry>> done);
    // GET /api/v9/me/time_entries/{id}
    void timeEntry(qint64 id, QObject *context, ApiCallback<TimeEntry> done, ReadOptions options = {});

    // POST /api/v9/workspaces/{entry.workspaceId}/time_entries with created_with. A negative
    // duration starts a timer (sent as -1). Not retried after 5xx/network errors (no duplicates).
    void createTimeEntry(const TimeEntry &entry, QObject *context, ApiCallback<TimeEntry> done);
    // create with duration -1 and no stop; an invalid start becomes now
    void startTimeEntry(TimeEntry entry, QObject *context, ApiCallback<TimeEntry> done);
    // PUT /api/v9/workspaces/{entry.workspaceId}/time_entries/{entry.id} (see toRequestJson)
    void updateTimeEntry(const TimeEntry &entry, QObject *context, ApiCallback<TimeEntry> done);
    // DELETE /api/v9/workspaces/{wid}/time_entries/{id} (200, empty body)
    void deleteTimeEntry(qint64 workspaceId, qint64 id, QObject *context, ApiCallback<NoContent> done);
    // PATCH /api/v9/workspaces/{wid}/time_entries/{id}/stop. A 409 "already stopped" is reconciled:
    // the entry is re-read and returned as a success.
    void stopTimeEntry(qint64 workspaceId, qint64 id, QObject *context, ApiCallback<TimeEntry> done);
    // PATCH /api/v9/workspaces/{wid}/time_entries/{ids}: the same ops on every ID, in sequential
    // batches of at most kMaxBulkIds, merged into one BulkResult. Per-ID failures are a normal
    // result (ok()). A failed batch or a cancel stops the run: then the result has the error *and*
    // the merged value, with the IDs without an answer in `unconfirmed`. Batches are retried like
    // idempotent requests (replace/remove, and add of tags, give the same state when resent).
    // The returned job reports progress and can be cancelled; it deletes itself when done.
    BulkEditJob *bulkEditTimeEntries(qint64 workspaceId, const QList<qint64> &ids,
                                     const QList<JsonPatchOp> &ops, QObject *context,
                                     ApiCallback<BulkResult> done);

    // POST /api/v9/workspaces/{wid}/projects with name, active:true and the colour when given
    // ("#rrggbb"). Not retried after 5xx/network errors (no duplicates).
    void createProject(qint64 workspaceId, const QString &name, const QString &color, QObject *context,
                       ApiCallback<Project> done);

protected:
    QByteArray authorization() const override { return m_credentials.authorizationHeader(); }

private:
    template<class T>
    void callParsingInWorker(const ApiRequest &req, QObject *context, ApiCallback<T> done,
                             std::function<ApiResult<T>(const ApiResponse &)> parse);

    Credentials m_credentials;
};

} // namespace punchclock
