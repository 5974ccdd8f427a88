// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/KIdleTimeSource.h"

#include <KIdleTime>
#include <QTimer>

namespace punchclock {

QString KIdleTimeSource::name() const
{
    return tr("KDE Frameworks (KIdleTime)");
}

void KIdleTimeSource::query()
{
    QTimer::singleShot(0, this, [this] {
        // Not compiled on Debian 12 (no KF6). KIdleTime answers 0 when it has no backend plugin for
        // the platform, which cannot be told from input just now: such a build prefers it anyway.
        const int ms = KIdleTime::instance()->idleTime();
        if (ms < 0)
            emit unavailable(tr("KIdleTime has no backend here"));
        else
            emit idleTime(ms);
    });
}

} // namespace punchclock
