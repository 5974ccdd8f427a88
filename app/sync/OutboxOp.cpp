#include "app/sync/OutboxOp.h"

namespace punchclock {

QString OutboxOp::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Stop:
        return QStringLiteral("stop");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::TrackBulkPatch:
        return QStringLiteral("bulk-patch");
    case Kind::TrackBulkDelete:
        return QStringLiteral("bulk-delete");
    case Kind::FocusCreate:
        return QStringLiteral("focus-create");
    case Kind::FocusPatch:
        return QStringLiteral("focus-patch");
    case Kind::FocusArchive:
        return QStringLiteral("focus-archive");
    case Kind::FocusUnarchive:
        return QStringLiteral("focus-unarchive");
    case Kind::FocusRestore:
        return QStringLiteral("focus-restore");
    case Kind::FocusDelete:
        return QStringLiteral("focus-delete");
    case Kind::FocusBulkPatch:
        return QStringLiteral("focus-bulk-patch");
    case Kind::FocusBulkDelete:
        return QStringLiteral("focus-bulk-delete");
    case Kind::FocusBulkRestore:
        return QStringLiteral("focus-bulk-restore");
    }
    return {};
}

} // namespace punchclock
