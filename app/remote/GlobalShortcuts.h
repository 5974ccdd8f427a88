// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusObjectPath>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace punchclock {

// Global shortcuts through the org.freedesktop.portal.GlobalShortcuts portal (KDE, GNOME 48+,
// Hyprland; the only way on Wayland): CreateSession, then BindShortcuts for "toggle-timer",
// "show-window" and "continue-last" (the desktop lets the user pick the keys), then Activated
// says which one was pressed. Without the portal, state() is Unavailable and the desktop's own
// keyboard settings can run fallbackCommand().
class GlobalShortcuts : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,        // bind() not called yet
        Binding,     // waiting for the portal
        Bound,       // Activated will come
        Unavailable, // no portal, or one without GlobalShortcuts
        Failed,      // the portal or the user refused
    };
    Q_ENUM(State)

    static constexpr char kToggle[] = "toggle-timer";
    static constexpr char kShowWindow[] = "show-window";
    static constexpr char kContinue[] = "continue-last";

    explicit GlobalShortcuts(QObject *parent = nullptr);

    void bind(); // asynchronous: stateChanged() follows
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    static QString fallbackCommand() { return QStringLiteral("punchclock toggle"); }

signals:
    void stateChanged(punchclock::GlobalShortcuts::State state);
    void activated(const QString &id); // one of kToggle, kShowWindow, kContinue

private slots:
    void onCreateSessionResponse(uint response, const QVariantMap &results);
    void onBindResponse(uint response, const QVariantMap &results);
    void onActivated(const QDBusObjectPath &session, const QString &id, qulonglong timestamp,
                     const QVariantMap &options);

private:
    // Listens for the Response of the request the handle_token in the last argument (the options)
    // names, then calls `method`; the answer goes to `slot`.
    void request(const QString &method, const QVariantList &arguments, const char *slot);
    QString nextToken();
    void setState(State state, const QString &error = {});

    State m_state = State::Idle;
    QString m_error;
    QString m_session;
    QString m_requestPath; // the request waited for
    int m_tokens = 0;
};

} // namespace punchclock
