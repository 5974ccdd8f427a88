// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/remote/TimerCommands.h"

#include <QDBusContext>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

namespace punchclock {

class TimerController;
class TimerReport;
class TrackSession;

// The timer on the session bus: object /Timer, interface io.github.punchclock.Timer (see
// DBusNames and the README's "Command line and shortcuts"). The methods answer when the change is
// queued in the outbox (D-Bus errors io.github.punchclock.Error.* with a one-line message
// otherwise); the properties follow the entries model and PropertiesChanged says when they change.
// StartedAt is ISO 8601 in UTC ("" when stopped); TodayTotal is seconds as of the change that
// announced it (it is not re-announced every second while the timer runs: add now - StartedAt).
class TimerService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.punchclock.Timer")
    Q_PROPERTY(bool Running READ running)
    Q_PROPERTY(QString Description READ description)
    Q_PROPERTY(QString Project READ project)
    Q_PROPERTY(QString StartedAt READ startedAt)
    Q_PROPERTY(qlonglong TodayTotal READ todayTotal)
public:
    TimerService(TrackSession *session, TimerController *timer, TimerCommands *commands,
                 const TimerReport *report, QObject *parent = nullptr);

    bool running() const;
    QString description() const;
    QString project() const;
    QString startedAt() const;
    qlonglong todayTotal() const;

public slots:
    void Start(const QString &description, const QString &project, const QStringList &tags);
    void Stop();
    void Toggle();
    void Continue();
    QString Status() const;
    // "today" or "week": the entries of that period as JSON (see TimerReport).
    QString List(const QString &period);
    void ShowWindow();

signals:
    void showWindowRequested();

private:
    // Marks the current D-Bus call as answered later and returns what answers it.
    TimerCommands::Done delayedReply();
    QVariantMap properties() const;
    void announceChanges();

    TrackSession *m_session;
    TimerController *m_timer;
    TimerCommands *m_commands;
    const TimerReport *m_report;
    QVariantMap m_announced; // what PropertiesChanged last said
    QTimer m_coalesce;       // one PropertiesChanged for a burst of model changes
};

} // namespace punchclock
