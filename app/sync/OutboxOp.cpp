#include "sync/OutboxOp.h"

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
    }
    return {};
}

} // namespace punchclock
