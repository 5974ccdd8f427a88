// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tray/DesktopIntegration.h"

#include "app/models/TimeEntryModel.h"
#include "app/remote/TimerReport.h"
#include "app/time/DurationParser.h"

#include "app/api/ApiError.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "ui/common/SettingsKeys.h"
#include "ui/tray/StatusNotifierWatch.h"
#include "ui/tray/TrayMenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QIcon>
#include <QMainWindow>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace punchclock {

namespace {
const QString kNoticeShownKey = QStringLiteral("tray/closeNoticeShown");
const QString kMinimizeNoticeShownKey = QStringLiteral("tray/minimizeNoticeShown");
} // namespace

DesktopIntegration::DesktopIntegration(QWidget *window, TrackSession *session, TimerController *timer,
                                       QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_timer(timer),
      m_menu(new TrayMenu(session, timer)), m_statusNotifier(new StatusNotifierWatch(this))
{
    updateIcon();
    updateToolTip();

    m_menu->closeToTrayAction()->setChecked(closeToTray());
    m_menu->setWindowShown(window->isVisible());
    connect(m_menu->showHideAction(), &QAction::triggered, this, &DesktopIntegration::toggleWindow);
    connect(m_menu->closeToTrayAction(), &QAction::toggled, this, &DesktopIntegration::setCloseToTray);
    // The Settings dialog writes the same setting: show it as it is now.
    connect(m_menu, &QMenu::aboutToShow, this,
            [this] { m_menu->closeToTrayAction()->setChecked(closeToTray()); });
    connect(m_menu->quitAction(), &QAction::triggered, this, &DesktopIntegration::quit);

    connect(timer, &TimerController::runningChanged, this, [this] {
        updateIcon();
        updateToolTip();
    });
    connect(timer, &TimerController::elapsedChanged, this, [this] {
        if (m_timer->isRunning() && m_tray && m_tray->isVisible())
            updateToolTip(); // only the string, once a second, only while running and shown
    });
    connect(timer, &TimerController::failed, this, &DesktopIntegration::notifyIfHidden);
    connect(timer, &TimerController::notice, this, &DesktopIntegration::notifyIfHidden); // e.g. from the tray
    connect(session, &TrackSession::errorOccurred, this,
            [this](const ApiError &error) { notifyIfHidden(error.toString()); });
    // Going offline is the error a hidden window must report: the outbox keeps every change, but
    // the user should know their time is not on the server yet.
    connect(session, &TrackSession::syncStateChanged, this, [this](int pending, bool online) {
        if (m_online && !online)
            notifyIfHidden(tr("Offline: %n change(s) will be sent when the server can be reached again.",
                              nullptr, pending));
        m_online = online;
        m_pending = pending;
        updateIcon();
        updateToolTip();
    });

    window->installEventFilter(this);
    // A StatusNotifierItem tray that comes (back) later: a new icon registers with it.
    connect(m_statusNotifier, &StatusNotifierWatch::hostAppeared, this, [this] {
        createTrayIcon();
        showTrayIcon();
    });
    if (m_statusNotifier->hostRegistered() || !StatusNotifierWatch::sessionBusConnected()) {
        createTrayIcon();
        startXEmbedRetry();
    } else if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        // No StatusNotifierItem tray yet; an XEmbed tray is the other way on X11. The first icon
        // made fixes Qt 6.4's choice, so give a panel that starts with the session a moment.
        QTimer::singleShot(kStatusNotifierGraceMs, this, [this] {
            if (m_tray)
                return;
            createTrayIcon();
            startXEmbedRetry();
        });
    }
    // Else (Wayland) only a StatusNotifierItem tray can show the icon: no icon until one appears.
}

void DesktopIntegration::createTrayIcon()
{
    // Made anew rather than re-shown: Qt chooses the D-Bus or the XEmbed tray only when a
    // QSystemTrayIcon is made. The old icon unregisters its item (or its XEmbed window).
    delete m_tray;
    m_tray = new QSystemTrayIcon(iconFor(m_iconPath, m_badge), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopIntegration::showWindow);
}

void DesktopIntegration::startXEmbedRetry()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        showTrayIcon();
        return;
    }
    // A panel started after us (session autostart) gets the icon once it is up.
    auto *retry = new QTimer(this);
    retry->setInterval(kTrayRetryMs);
    connect(retry, &QTimer::timeout, this, [this, retry, tries = 0]() mutable {
        if (m_tray && !m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable())
            showTrayIcon();
        if (!m_tray || m_tray->isVisible() || ++tries >= kTrayRetries)
            retry->deleteLater();
    });
    retry->start();
}

void DesktopIntegration::showTrayIcon()
{
    QApplication::setQuitOnLastWindowClosed(false); // hidden to the tray is not "closed"
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration()
{
    if (m_window)
        m_window->removeEventFilter(this);
    delete m_menu; // a context menu is not owned by the tray icon
}

bool DesktopIntegration::isTrayUsable() const
{
    return m_tray && m_tray->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

bool DesktopIntegration::closeToTray() const
{
    return QSettings().value(SettingsKeys::closeToTray, true).toBool();
}

void DesktopIntegration::setCloseToTray(bool enabled)
{
    QSettings().setValue(SettingsKeys::closeToTray, enabled);
    m_menu->closeToTrayAction()->setChecked(enabled);
}

QString DesktopIntegration::iconPathFor(bool running, const QPalette &palette)
{
    // "-light" icons are drawn for light panels, "-dark" ones for dark panels.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QStringLiteral(":/icons/tray-%1-%2.svg")
        .arg(running ? QStringLiteral("running") : QStringLiteral("idle"),
             dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void DesktopIntegration::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void DesktopIntegration::hideWindow()
{
    if (m_window)
        m_window->hide();
}

void DesktopIntegration::toggleWindow()
{
    if (m_window && m_window->isVisible() && !m_window->isMinimized())
        hideWindow();
    else
        showWindow();
}

void DesktopIntegration::quit()
{
    m_quitting = true;
    if (m_window)
        m_window->close(); // the window's own close handling (pending deletes) still runs
    QCoreApplication::quit();
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Close:
            return handleClose(static_cast<QCloseEvent *>(event));
        case QEvent::Show:
        case QEvent::Hide:
            m_menu->setWindowShown(m_window->isVisible());
            break;
        case QEvent::PaletteChange:
        case QEvent::ApplicationPaletteChange:
            updateIcon();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

// True when the close became "hide to tray" (the window never sees it).
bool DesktopIntegration::handleClose(QCloseEvent *event)
{
    if (!m_quitting && closeToTray() && isTrayUsable()) {
        event->ignore();
        QApplication::setQuitOnLastWindowClosed(false);
        m_window->hide();
        QSettings settings;
        if (!settings.value(kNoticeShownKey, false).toBool()) {
            settings.setValue(kNoticeShownKey, true);
            notify(tr("Punchclock is still running"),
                   tr("The timer keeps going in the tray. To quit when the window closes, "
                      "turn off “Close to tray” in the tray menu."),
                   false);
        }
        return true;
    }
    if (!m_quitting && closeToTray()) {
        // No tray to come back from (GNOME without the AppIndicator extension, a panel that
        // went away): minimised, the window stays in the task bar and the timer keeps going.
        event->ignore();
        m_window->showMinimized();
        QSettings settings;
        if (!settings.value(kMinimizeNoticeShownKey, false).toBool()) {
            settings.setValue(kMinimizeNoticeShownKey, true);
            if (auto *main = qobject_cast<QMainWindow *>(m_window.data()))
                main->statusBar()->showMessage(
                    tr("There is no system tray: Punchclock was minimised instead of closed. "
                       "Quit from the File menu."));
        }
        return true;
    }
    // A real close: with the tray keeping the app alive, closing the window must still quit.
    if (!m_quitting && !QApplication::quitOnLastWindowClosed()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_window || !m_window->isVisible())
                QCoreApplication::quit();
        });
    }
    return false;
}

void DesktopIntegration::notify(const QString &title, const QString &message, bool warning)
{
    if (!isTrayUsable())
        return;
    m_tray->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                        kNoticeMs);
    emit notified(title, message);
}

void DesktopIntegration::showNotification(const QString &title, const QString &message)
{
    notify(title, message, false);
}

void DesktopIntegration::setStatusLine(const QString &line)
{
    if (line == m_statusLine)
        return;
    m_statusLine = line;
    updateToolTip();
}

void DesktopIntegration::notifyIfHidden(const QString &message)
{
    if (!m_window || (m_window->isVisible() && !m_window->isMinimized()))
        return; // the window's status bar shows it
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (message == m_lastError && now - m_lastErrorAtMs < kRepeatSilenceMs)
        return; // offline: one notification, not one per retry
    m_lastError = message;
    m_lastErrorAtMs = now;
    notify(tr("Punchclock"), message, true);
}

void DesktopIntegration::updateIcon()
{
    const QPalette palette = m_window ? m_window->palette() : QApplication::palette();
    const QString path = iconPathFor(m_timer->isRunning(), palette);
    // Offline matters more than the Pomodoro: time may not be on the server yet.
    const Badge badge = !m_online ? Badge::Offline : m_pomodoroBadge;
    if (path == m_iconPath && badge == m_badge)
        return;
    m_iconPath = path;
    m_badge = badge;
    if (m_tray)
        m_tray->setIcon(iconFor(path, badge));
}

void DesktopIntegration::setPomodoroBadge(Badge badge)
{
    m_pomodoroBadge = badge;
    updateIcon();
}

// The state icon with a dot in its lower right corner (drawn here rather than as more SVG files:
// every state times both panel shades). No badge: the SVG as it is, sharp at any size.
QIcon DesktopIntegration::iconFor(const QString &path, Badge badge)
{
    if (badge == Badge::None)
        return QIcon(path);
    constexpr int size = 64;
    QPixmap pixmap = QIcon(path).pixmap(size, size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF dot(size * 0.56, size * 0.56, size * 0.42, size * 0.42);
    painter.setPen(QPen(QColor(0x2b, 0x2b, 0x2b), size / 24.0)); // the outline of the stopwatch
    painter.setBrush(badgeColor(badge));
    painter.drawEllipse(dot);
    if (badge == Badge::Offline) { // a bar across: not connected
        painter.setPen(QPen(QColor(0x2b, 0x2b, 0x2b), size / 12.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(dot.topLeft() + QPointF(dot.width() * 0.28, dot.height() * 0.5),
                         dot.topRight() + QPointF(-dot.width() * 0.28, dot.height() * 0.5));
    }
    painter.end();
    return QIcon(pixmap);
}

QColor DesktopIntegration::badgeColor(Badge badge)
{
    switch (badge) {
    case Badge::Offline:
        return QColor(0xf0, 0xa0, 0x20); // amber
    case Badge::PomodoroWork:
        return QColor(0xff, 0x63, 0x47); // tomato
    case Badge::PomodoroBreak:
        return QColor(0x3c, 0xb3, 0x71); // green: a break
    case Badge::None:
        break;
    }
    return {};
}

void DesktopIntegration::updateToolTip()
{
    const auto &running = m_timer->running();
    // The day so far, running entry included (TimerReport: as `punchclock today` counts it).
    const QString today =
        tr("Today: %1")
            .arg(DurationParser::format(
                TimerReport(m_session, m_timer, m_session->entries()->clock()).todayTotalSeconds()));
    const QString offline = tr("Offline: %n change(s) not sent yet", nullptr, m_pending);
    if (!running) {
        m_menu->headerAction()->setText(tr("No timer running · %1").arg(today));
        QStringList lines{tr("Punchclock — no timer running"), today};
        if (!m_online)
            lines.append(offline);
        if (!m_statusLine.isEmpty())
            lines.append(m_statusLine);
        setToolTip(lines.join(QLatin1Char('\n')));
        return;
    }
    QString description = running->description.value_or(QString()).trimmed();
    if (description.isEmpty())
        description = tr("(no description)");
    QStringList lines{description};
    if (running->projectId) {
        const Project *project = m_session->project(*running->projectId);
        const QString name = project ? project->name : running->projectName.value_or(QString());
        if (!name.isEmpty())
            lines.append(name);
    }
    lines.append(tr("Running for %1").arg(m_timer->elapsedText()));
    // "&" would be read as a mnemonic in a menu.
    m_menu->headerAction()->setText(
        tr("%1 · %2 · %3")
            .arg(QString(description).replace(QLatin1Char('&'), QStringLiteral("&&")), m_timer->elapsedText(),
                 today));
    lines.append(today);
    if (!m_online)
        lines.append(offline);
    if (!m_statusLine.isEmpty())
        lines.append(m_statusLine);
    setToolTip(lines.join(QLatin1Char('\n')));
}

void DesktopIntegration::setToolTip(const QString &text)
{
    m_toolTip = text;
    if (m_tray)
        m_tray->setToolTip(text);
}

} // namespace punchclock
