// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace punchclock {

// A workspace the user belongs to (GET /api/v9/me/workspaces).
struct Workspace
{
    qint64 id = 0;
    std::optional<qint64> organizationId;
    QString name;
    bool premium = false;
    bool admin = false;

    static Workspace fromJson(const QJsonObject &json);
    static QList<Workspace> listFromJson(const QJsonArray &json);
    QJsonObject toJson() const;

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

} // namespace punchclock
