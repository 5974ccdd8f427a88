// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SyncStatusLabel.h"

#include "app/session/TrackSession.h"

namespace punchclock {

SyncStatusLabel::SyncStatusLabel(TrackSession *session, QWidget *parent) : LiveLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setAccessibleName(tr("Sync state"));
    connect(session, &TrackSession::syncStateChanged, this, &SyncStatusLabel::showState);
    showState(session->pendingChangeCount(), session->isOnline());
}

QString SyncStatusLabel::textFor(int pendingChanges, bool online)
{
    if (!online && pendingChanges > 0)
        return tr("Offline · %n change(s) not sent", nullptr, pendingChanges);
    if (!online)
        return tr("Offline");
    if (pendingChanges > 0)
        return tr("%n change(s) waiting to be sent", nullptr, pendingChanges);
    return {};
}

void SyncStatusLabel::showState(int pendingChanges, bool online)
{
    const QString text = textFor(pendingChanges, online);
    setText(text);
    setToolTip(online ? QString()
                      : tr("The server cannot be reached. Your changes are saved on this computer and "
                           "are sent when it answers again."));
    setVisible(!text.isEmpty());
}

} // namespace punchclock
