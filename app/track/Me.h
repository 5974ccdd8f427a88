// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace punchclock {

// The signed-in user, from GET /api/v9/me. `apiToken` is a secret: never log it.
struct Me
{
    qint64 id = 0;
    QString fullname;
    QString email;
    QString timezone; // IANA name, e.g. "Europe/Tallinn"
    std::optional<qint64> defaultWorkspaceId;
    int beginningOfWeek = 1; // 0 = Sunday, 1 = Monday, ...
    QString apiToken;

    static Me fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Me &, const Me &) = default;
};

} // namespace punchclock
