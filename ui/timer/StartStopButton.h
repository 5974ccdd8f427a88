// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace punchclock {

// The timer's one big button: green "Start", red "Stop", grey while a request is on its way.
// Its colours are drawn by the style sheet itself (it has a border): with a background alone the
// style paints its own bevel and Fusion lightens and desaturates the colour, which made Stop pale.
class StartStopButton : public QPushButton
{
    Q_OBJECT
public:
    explicit StartStopButton(QWidget *parent = nullptr);

    void setRunning(bool running);
    bool isRunning() const { return m_running; }

    // The sheet for a state; white text on each background has a contrast of at least 4.5:1.
    static QString styleSheetFor(bool running);

private:
    bool m_running = false;
};

} // namespace punchclock
