// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace punchclock {

// A project, for pickers. `color` stays a "#rrggbb" string (no QtGui in the core).
struct Project
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    std::optional<qint64> clientId;
    QString name;
    QString color;
    bool active = true;
    bool billable = false;

    static Project fromJson(const QJsonObject &json);
    static QList<Project> listFromJson(const QJsonArray &json);
    QJsonObject toJson() const;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace punchclock
