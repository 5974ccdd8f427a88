// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/ApiError.h"

#include <functional>
#include <optional>
#include <variant>

namespace punchclock {

// The typed outcome of one API call: a value, or an error.
// (A bulk edit may carry both: the merged partial result and the error that stopped it.)
template<class T> struct ApiResult
{
    std::optional<T> value;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }

    static ApiResult success(T v) { return ApiResult{std::move(v), std::nullopt}; }
    static ApiResult failure(ApiError e) { return ApiResult{std::nullopt, std::move(e)}; }
};

// For calls whose success carries nothing (DELETE).
using NoContent = std::monostate;

template<class T> using ApiCallback = std::function<void(ApiResult<T>)>;

} // namespace punchclock
