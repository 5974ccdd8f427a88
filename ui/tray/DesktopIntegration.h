// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QCloseEvent;
class QColor;
class QIcon;
class QPalette;
class QSystemTrayIcon;
class QWidget;

namespace punchclock {

class TimerController;
class TrackSession;
class StatusNotifierWatch;
class TrayMenu;
struct ApiError;

// Everything between Punchclock and the desktop shell (qBittorrent's DesktopIntegration, Zeal's
// WindowManager): the tray icon with its menu and tooltip, hiding the window to the tray on close,
// and tray notifications for errors nobody would otherwise see. The main window never touches the
// tray: this watches it with an event filter.
// The icon is made once Qt can place it, and made again when a StatusNotifierItem tray appears
// later (StatusNotifierWatch): Qt picks the D-Bus or the XEmbed tray when a QSystemTrayIcon is
// made, and Qt 6.4 remembers "no D-Bus tray" for the process from the first one it makes.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    static constexpr int kNoticeMs = 8000;
    static constexpr int kRepeatSilenceMs = 5 * 60 * 1000; // the same error is not repeated sooner
    // No tray host at start: look again every 5 s for two minutes (each look is an X round trip).
    static constexpr int kTrayRetryMs = 5000;
    static constexpr int kTrayRetries = 24;
    // On X11 with a session bus but no StatusNotifierWatcher yet, wait this long for one before
    // falling back to XEmbed (which makes Qt 6.4 give up on the D-Bus tray for good).
    static constexpr int kStatusNotifierGraceMs = 5000;

    DesktopIntegration(QWidget *window, TrackSession *session, TimerController *timer,
                       QObject *parent = nullptr);
    ~DesktopIntegration() override;

    QSystemTrayIcon *trayIcon() const { return m_tray; } // null until Qt can place an icon
    QString toolTip() const { return m_toolTip; }        // what the icon shows (or will)
    TrayMenu *menu() const { return m_menu; }
    QString iconPath() const { return m_iconPath; } // the resource the icon shows now
    bool isTrayUsable() const;                      // a tray host exists and our icon is in it

    // QSettings "tray/closeToTray", on by default; the menu's "Close to tray" action mirrors it.
    bool closeToTray() const;
    void setCloseToTray(bool enabled);

    // Resource path of the icon for the timer state, drawn for the palette's window colour.
    static QString iconPathFor(bool running, const QPalette &palette);

    // A dot on the icon (also in the StatusNotifierItem): offline (changes waiting), or the
    // Pomodoro's phase. Offline wins.
    enum class Badge
    {
        None,
        Offline,
        PomodoroWork,
        PomodoroBreak
    };
    Badge badge() const { return m_badge; }
    static QIcon iconFor(const QString &path, Badge badge);
    static QColor badgeColor(Badge badge);
    void setPomodoroBadge(Badge badge);

    // A line added to the tooltip (the Pomodoro's state); empty: none.
    void setStatusLine(const QString &line);

public slots:
    // A notification the desktop's notification server could not show (there is none): the
    // tray's own message, when there is a tray.
    void showNotification(const QString &title, const QString &message);
    void showWindow();
    void hideWindow();
    void toggleWindow();
    void quit(); // closes the window for real, then leaves the event loop

signals:
    void notified(const QString &title, const QString &message); // a tray notification went out

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTrayIcon();
    void startXEmbedRetry();
    void showTrayIcon();
    bool handleClose(QCloseEvent *event);
    void notify(const QString &title, const QString &message, bool warning);
    void notifyIfHidden(const QString &message);
    void updateIcon();
    void updateToolTip();
    void setToolTip(const QString &text);

    QPointer<QWidget> m_window;
    TrackSession *m_session;
    TimerController *m_timer;
    TrayMenu *m_menu;
    StatusNotifierWatch *m_statusNotifier;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_iconPath;
    QString m_toolTip;
    QString m_statusLine;
    QString m_lastError;
    qint64 m_lastErrorAtMs = 0;
    bool m_quitting = false;
    bool m_online = true;
    int m_pending = 0;
    Badge m_badge = Badge::None;
    Badge m_pomodoroBadge = Badge::None;
};

} // namespace punchclock
