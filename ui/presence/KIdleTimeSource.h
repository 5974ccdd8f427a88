// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/IdleSource.h"

namespace punchclock {

// KDE Frameworks' KIdleTime (KF6), built only when CMake finds it (PUNCHCLOCK_HAVE_KIDLETIME):
// it knows X11 and Wayland compositors' own idle protocols. It lives in ui/ because KIdleTime
// needs QtGui; the Shell puts it first among IdleMonitor's candidates.
class KIdleTimeSource : public IdleSource
{
    Q_OBJECT
public:
    using IdleSource::IdleSource;

    QString name() const override;
    void query() override;
};

} // namespace punchclock
