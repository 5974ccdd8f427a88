// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace punchclock {

// One Punchclock per user and session (Zeal's guard, on QLocalServer): the first process listens on
// a per-user local socket; a later one connects, sends "activate" and should exit. No widgets: the
// UI decides what "activate" means (show and raise the window).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `name`: the local server name; empty means defaultServerName(). Tests pass their own.
    explicit SingleInstance(const QString &name = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "punchclock-<uid>": per user, so two users on one machine each get their own instance.
    static QString defaultServerName();

    // True: this process is the first one and now listens. False: another instance answered and
    // was told to activate; this process should exit. Never blocks longer than `timeoutMs`.
    bool claim(int timeoutMs = 1000);
    // Whether a first process listens on `name` (empty: defaultServerName()), without asking it to
    // activate: the command line checks it before running without the app.
    static bool isRunning(const QString &name = {}, int timeoutMs = 500);
    bool isPrimary() const { return m_server != nullptr; }
    QString serverName() const { return m_name; }

signals:
    void activateRequested(); // a second start asked the running instance to come forward

private:
    bool notifyRunning(int timeoutMs) const;
    void readMessages();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace punchclock
