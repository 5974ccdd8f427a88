// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace punchclock {

// A client (customer) of a workspace.
struct Client
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    bool archived = false;

    static Client fromJson(const QJsonObject &json);
    static QList<Client> listFromJson(const QJsonArray &json);
    QJsonObject toJson() const;

    friend bool operator==(const Client &, const Client &) = default;
};

} // namespace punchclock
