// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ReadableColor.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace punchclock::ReadableColor {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double worstContrast(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, contrast(color, background));
    return worst;
}

// Steps the HSL lightness towards white (`up`) or black until the contrast is reached; nullopt
// when even white or black does not reach it.
std::optional<QColor> shade(const QColor &color, const QList<QColor> &backgrounds, double minimum, bool up)
{
    const QColor hsl = color.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    constexpr int kSteps = 100;
    const int from = static_cast<int>(std::lround(hsl.lightnessF() * kSteps));
    for (int step = from; up ? step <= kSteps : step >= 0; step += up ? 1 : -1) {
        const QColor candidate = QColor::fromHslF(hue, saturation, float(step) / kSteps).toRgb();
        if (worstContrast(candidate, backgrounds) >= minimum)
            return candidate;
    }
    return std::nullopt;
}
} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor against(const QColor &color, const QList<QColor> &backgrounds, double minimum)
{
    if (!color.isValid() || backgrounds.isEmpty() || worstContrast(color, backgrounds) >= minimum)
        return color;
    double luminance = 0;
    for (const QColor &background : backgrounds)
        luminance += relativeLuminance(background);
    luminance /= static_cast<double>(backgrounds.size());
    // Away from the backgrounds first: lighter on dark ones. 0.18 is where white and black text
    // have equal contrast.
    const bool up = luminance < 0.18;
    if (const std::optional<QColor> found = shade(color, backgrounds, minimum, up))
        return *found;
    if (const std::optional<QColor> found = shade(color, backgrounds, minimum, !up))
        return *found;
    return up ? QColor(Qt::white) : QColor(Qt::black); // backgrounds too far apart for any colour
}

} // namespace punchclock::ReadableColor
