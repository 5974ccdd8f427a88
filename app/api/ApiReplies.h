// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiResult.h"
#include "app/api/ApiTransport.h"

#include <QMetaObject>
#include <QPointer>

// Small reply helpers shared by the typed services (TrackApi, FocusApi).
namespace punchclock {

// A 2xx whose body is not what the endpoint promises.
inline ApiError badResponse(const ApiResponse &response, const QString &what)
{
    return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("Unexpected answer: %1").arg(what),
                          response.status);
}

// Delivers an error without sending anything, never from inside the call.
template<class T> void failLater(QObject *receiver, QObject *context, ApiCallback<T> done, ApiError error)
{
    QMetaObject::invokeMethod(
        receiver,
        [context = QPointer<QObject>(context), hasContext = context != nullptr, done = std::move(done),
         error = std::move(error)] {
            if (!hasContext || context)
                done(ApiResult<T>::failure(error));
        },
        Qt::QueuedConnection);
}

} // namespace punchclock
