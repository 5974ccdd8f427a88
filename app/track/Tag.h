// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace punchclock {

// A tag of a workspace.
struct Tag
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;

    static Tag fromJson(const QJsonObject &json);
    static QList<Tag> listFromJson(const QJsonArray &json);
    QJsonObject toJson() const;

    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace punchclock
