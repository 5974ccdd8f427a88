// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presence/XScreenSaverIdleSource.h"

#include <QTimer>

#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

namespace punchclock {

XScreenSaverIdleSource::XScreenSaverIdleSource(QObject *parent) : IdleSource(parent) {}

XScreenSaverIdleSource::~XScreenSaverIdleSource()
{
    if (m_display)
        XCloseDisplay(static_cast<Display *>(m_display));
}

QString XScreenSaverIdleSource::name() const
{
    return tr("X11 (XScreenSaver)");
}

void XScreenSaverIdleSource::query()
{
    QTimer::singleShot(0, this, [this] {
        const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                             qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland");
        if (!m_display && !m_failed && !wayland && !qEnvironmentVariableIsEmpty("DISPLAY")) {
            m_display = XOpenDisplay(nullptr);
            int event = 0;
            int error = 0;
            if (m_display && !XScreenSaverQueryExtension(static_cast<Display *>(m_display), &event, &error)) {
                XCloseDisplay(static_cast<Display *>(m_display));
                m_display = nullptr;
            }
            m_failed = !m_display;
        }
        if (!m_display) {
            emit unavailable(wayland ? tr("A Wayland session") : tr("No X11 display with XScreenSaver"));
            return;
        }
        auto *display = static_cast<Display *>(m_display);
        XScreenSaverInfo *info = XScreenSaverAllocInfo();
        const bool ok = info && XScreenSaverQueryInfo(display, DefaultRootWindow(display), info);
        const qint64 idle = ok ? qint64(info->idle) : -1;
        XFree(info);
        if (idle < 0)
            emit unavailable(tr("XScreenSaver did not answer"));
        else
            emit idleTime(idle);
    });
}

} // namespace punchclock
