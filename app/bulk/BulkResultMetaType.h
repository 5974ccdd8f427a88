#pragma once

#include "app/track/BulkResult.h"

#include <QMetaType>

// BulkResult travels in the bulk runners' signals (queued connections, QSignalSpy).
Q_DECLARE_METATYPE(punchclock::BulkResult)
