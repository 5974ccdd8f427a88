// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace punchclock {

// How a report writes a number of seconds.
namespace ReportDuration {

// "7:05": hours and minutes, the seconds left off (as a clock shows them). "0:00" for nothing.
QString hoursMinutes(qint64 seconds);
// "7.08": decimal hours with two places and a dot, whatever the language (what a spreadsheet adds
// up; 0.01 h is 36 s).
QString decimalHours(qint64 seconds);

} // namespace ReportDuration
} // namespace punchclock
