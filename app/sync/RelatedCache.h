// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/focus/FocusTask.h"
#include "app/track/RelatedData.h"

#include <QList>
#include <QString>

#include <optional>

namespace punchclock {

class LocalStore;

// What the pickers need, as last seen from the server (table `related_cache` of the LocalStore):
// Track's user, workspaces, projects, tags and clients, and the Focus tasks of one organization.
// Loaded at start-up so the window is filled (and works offline) before the network answers.
// The API token is never written.
class RelatedCache
{
public:
    explicit RelatedCache(LocalStore *store) : m_store(store) {}

    std::optional<RelatedData> loadTrack() const; // nullopt: nothing cached yet
    bool saveTrack(const RelatedData &data);

    // The tasks cached for this organization (nullopt: none, or another organization's; 0: the
    // organization is not known yet, whichever were cached last).
    std::optional<QList<FocusTask>> loadFocusTasks(qint64 organizationId) const;
    bool saveFocusTasks(qint64 organizationId, const QList<FocusTask> &tasks);

    static QJsonObject taskToJson(const FocusTask &task); // as FocusJson::taskFromJson reads it

private:
    std::optional<QJsonObject> load(const QString &list) const;
    bool save(const QString &list, const QJsonObject &json);

    LocalStore *m_store;
};

} // namespace punchclock
