// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace punchclock {

// IDs as the Toggl APIs take them in a path segment or a query value: "1,2,3".
QString joinIds(const QList<qint64> &ids);

} // namespace punchclock
