// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/IdleSource.h"

namespace punchclock {

// X11's MIT-SCREEN-SAVER extension (XScreenSaverQueryInfo), the last resort: built only when
// CMake finds libXss (PUNCHCLOCK_HAVE_XSS), and unavailable in a Wayland session, where XWayland
// sees only the input of X clients. Opens its own connection to $DISPLAY on the first query.
class XScreenSaverIdleSource : public IdleSource
{
    Q_OBJECT
public:
    explicit XScreenSaverIdleSource(QObject *parent = nullptr);
    ~XScreenSaverIdleSource() override;

    QString name() const override;
    void query() override;

private:
    void *m_display = nullptr; // Display *, kept out of this header (X11 macros clash with Qt)
    bool m_failed = false;
};

} // namespace punchclock
