// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timer/StartStopButton.h"

#include <QCoreApplication>

namespace punchclock {

StartStopButton::StartStopButton(QWidget *parent) : QPushButton(parent)
{
    setObjectName(QStringLiteral("startStopButton"));
    setAutoDefault(false);
    setDefault(false);
    setCursor(Qt::PointingHandCursor);
    setRunning(false);
}

// The texts keep the timer bar's translation context, where they were translated before this
// button had its own class.
void StartStopButton::setRunning(bool running)
{
    m_running = running;
    setText(running ? QCoreApplication::translate("punchclock::TimerBar", "Stop")
                    : QCoreApplication::translate("punchclock::TimerBar", "Start"));
    setAccessibleName(running ? QCoreApplication::translate("punchclock::TimerBar", "Stop timer")
                              : QCoreApplication::translate("punchclock::TimerBar", "Start timer"));
    setToolTip(running ? QCoreApplication::translate("punchclock::TimerBar", "Stop the running timer")
                       : QCoreApplication::translate("punchclock::TimerBar",
                                                     "Start a timer (Enter in the description). One timer "
                                                     "runs at a time: starting stops the Focus task timer."));
    setStyleSheet(styleSheetFor(running));
}

QString StartStopButton::styleSheetFor(bool running)
{
    // Normal, hover, pressed: each darker than the last, so hovering never costs contrast.
    // Contrast with white: red 5.3 / 6.8 / 8.5, green 5.1 / 6.7 / 9.2, grey 4.7 (the old #d9534f
    // and #2da608 had 4.0 and 3.2).
    const char *normal = running ? "#c9302c" : "#1e7e34";
    const char *hover = running ? "#ac2925" : "#186a2c";
    const char *pressed = running ? "#922320" : "#125322";
    // The focus ring is the palette's highlight colour, inside a 2px border that every state has,
    // so focusing never changes the button's size.
    return QStringLiteral(
               "QPushButton { background: %1; color: white; font-weight: bold;"
               " border: 2px solid %1; border-radius: 4px; padding: 4px 14px; }"
               "QPushButton:hover { background: %2; border-color: %2; }"
               "QPushButton:pressed { background: %3; border-color: %3; }"
               "QPushButton:focus { border-color: palette(highlight); }"
               "QPushButton:disabled { background: #6c757d; border-color: #6c757d; color: white; }")
        .arg(QLatin1String(normal), QLatin1String(hover), QLatin1String(pressed));
}

} // namespace punchclock
