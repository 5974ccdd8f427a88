// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace punchclock {

// Where the session's idle time comes from (KIdleTime, a D-Bus service, X11): one question,
// "how long since the last input?", answered asynchronously so no source blocks the event loop.
class IdleSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // What Settings shows, e.g. "GNOME (Mutter idle monitor)".
    virtual QString name() const = 0;
    // Answers with idleTime() or unavailable(), never inside this call.
    virtual void query() = 0;

signals:
    void idleTime(qint64 milliseconds);
    void unavailable(const QString &reason);
};

} // namespace punchclock
