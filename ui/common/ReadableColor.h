// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

namespace punchclock {

// Text colours that stay readable on any palette, light or dark: contrast by WCAG 2's relative
// luminance, and a colour moved (lighter on a dark background, darker on a light one, same hue) until
// it reaches the contrast asked for. Project colours are chosen for Toggl's white pages; on a dark
// palette #0F5A90 on #2B2B2B is 1.9:1.
namespace ReadableColor {

constexpr double kMinimumContrast = 3.0; // WCAG 2 for large or bold text and UI components

double relativeLuminance(const QColor &color);     // 0 (black) … 1 (white)
double contrast(const QColor &a, const QColor &b); // 1 … 21
// `color` itself when it already has `minimum` contrast against every background, otherwise the
// closest lighter or darker shade that has.
QColor against(const QColor &color, const QList<QColor> &backgrounds, double minimum = kMinimumContrast);

} // namespace ReadableColor
} // namespace punchclock
