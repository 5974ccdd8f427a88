// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiService.h"
#include "app/focus/FocusEntryPatch.h"
#include "app/focus/FocusEntryQuery.h"
#include "app/focus/FocusSettings.h"
#include "app/focus/FocusTask.h"
#include "app/focus/FocusTaskQuery.h"
#include "app/focus/FocusTimeEntry.h"

#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

class QJsonValue;

namespace punchclock {

// The Toggl Focus API (https://focus.toggl.com/api), typed and asynchronous, on the shared
// ApiTransport in its own quota scope. Authentication: `Authorization: Bearer <Focus API key>`.
// Paths are under /organizations/{org}/workspaces/{ws}: set both first (the organization is the
// user's to enter; settings() gives the current workspace). Every call takes a `context`: when it
// is destroyed before the answer, the callback is dropped. Callbacks never run inside the call.
// Paginated lists fetch every page, one after the other, and answer once with all of them.
class FocusApi : public ApiService
{
    Q_OBJECT
public:
    using RequestId = ApiTransport::RequestId;
    using EntryBatch = std::function<void(QList<FocusTimeEntry>)>;
    static constexpr int kMaxPages = 10000; // a server that never ends a list is cut off here

    explicit FocusApi(ApiTransport *transport, QObject *parent = nullptr);

    static QUrl defaultBaseUrl(); // https://focus.toggl.com (the /api prefix is added per call)
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setOrganizationId(qint64 id) { m_organizationId = id; }
    qint64 organizationId() const { return m_organizationId; }
    void setWorkspaceId(qint64 id) { m_workspaceId = id; }
    qint64 workspaceId() const { return m_workspaceId; }
    void cancel(RequestId id);

    // GET /users/me/settings
    void settings(QObject *context, ApiCallback<FocusSettings> done);
    // GET .../tasks, every page
    void listTasks(const FocusTaskQuery &query, QObject *context, ApiCallback<QList<FocusTask>> done);

    // GET .../tasks/{task}/time-entries, every page (page, per_page, order_by, type, archived,
    // time_block_id from `query`)
    void listTaskTimeEntries(qint64 taskId, const FocusEntryQuery &query, QObject *context,
                             ApiCallback<QList<FocusTimeEntry>> done);
    // GET .../time-entries, every page (date_from and date_to are required by the server)
    void listTimeEntries(const FocusEntryQuery &query, QObject *context,
                         ApiCallback<QList<FocusTimeEntry>> done);
    // POST .../tasks/{task}/time-entries (201). Not retried after 5xx/network errors.
    void createTimeEntry(qint64 taskId, const FocusTimeEntry &entry, QObject *context,
                         ApiCallback<FocusTimeEntry> done);
    // GET .../tasks/{task}/time-entries/{id}
    void timeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<FocusTimeEntry> done);
    // PUT .../tasks/{entry.taskId}/time-entries/{entry.id} (204): start, duration, type, time block
    void replaceTimeEntry(const FocusTimeEntry &entry, QObject *context, ApiCallback<NoContent> done);
    // PATCH .../tasks/{task}/time-entries/{id} (204): only the fields set in `patch`
    void patchTimeEntry(qint64 taskId, qint64 id, const FocusEntryPatch &patch, QObject *context,
                        ApiCallback<NoContent> done);
    // DELETE .../tasks/{task}/time-entries/{id} (204)
    void deleteTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done);
    // POST .../archive, POST .../unarchive, PATCH .../restore (204)
    void archiveTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done);
    void unarchiveTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done);
    void restoreTimeEntry(qint64 taskId, qint64 id, QObject *context, ApiCallback<NoContent> done);

    // POST .../time-entries/bulk (204): a JSON array of BulkCreatePayload (task_id per entry)
    void bulkCreateTimeEntries(const QList<FocusTimeEntry> &entries, QObject *context,
                               ApiCallback<NoContent> done);
    // DELETE .../time-entries/bulk?ids=1,2,3 (204)
    void bulkDeleteTimeEntries(const QList<qint64> &ids, QObject *context, ApiCallback<NoContent> done);
    // PATCH .../time-entries/bulk (204): a JSON array of PartialUpdatePayloadWithID
    void bulkPatchTimeEntries(const QList<FocusEntryPatch> &patches, QObject *context,
                              ApiCallback<NoContent> done);
    // PATCH .../time-entries/bulk/restore?ids=1,2,3 (204)
    void bulkRestoreTimeEntries(const QList<qint64> &ids, QObject *context, ApiCallback<NoContent> done);

    // GET .../time-entries/stream: one JSON array read as it arrives; `onBatch` gets the entries
    // each network chunk completed, at once. `done` gets the count, or the error (a truncated or
    // malformed stream is BadResponse; entries already handed on stay handed on).
    RequestId streamTimeEntries(const FocusEntryQuery &query, QObject *context, EntryBatch onBatch,
                                ApiCallback<qint64> done);
    // GET .../time-entries/time-block-ids/stream?time_block_id=1,2
    RequestId streamTimeEntriesByTimeBlocks(const QList<qint64> &timeBlockIds, QObject *context,
                                            EntryBatch onBatch, ApiCallback<qint64> done);

protected:
    QByteArray authorization() const override;

private:
    QString workspacePath() const; // /organizations/{org}/workspaces/{ws}
    QString entryPath(qint64 taskId, qint64 id) const;
    std::optional<ApiError> checkScope() const;
    void noContent(const ApiRequest &req, QObject *context, ApiCallback<NoContent> done);
    template<class T>
    void fetchPages(std::function<ApiRequest(int page)> makeRequest, int perPage,
                    std::function<T(const QJsonValue &)> read, QObject *context, ApiCallback<QList<T>> done);
    RequestId stream(ApiRequest req, QObject *context, EntryBatch onBatch, ApiCallback<qint64> done);

    QString m_apiKey;
    qint64 m_organizationId = 0;
    qint64 m_workspaceId = 0;
};

} // namespace punchclock
