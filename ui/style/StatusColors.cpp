#include "StatusColors.h"

#include <cmath>

namespace {

QColor baseHue(StatusColors::Role role, const QPalette &palette)
{
    switch (role) {
    case StatusColors::Role::Ok:
        return QColor(0x2e, 0x9e, 0x4f);
    case StatusColors::Role::Busy:
        return QColor(0x2f, 0x6f, 0xd6);
    case StatusColors::Role::Error:
        return QColor(0xd9, 0x30, 0x25);
    case StatusColors::Role::Down:
        return QColor(0x9c, 0x3c, 0xb8);
    case StatusColors::Role::Stale:
        return QColor(0xd0, 0x80, 0x10);
    case StatusColors::Role::StandardError:
        return QColor(0x8a, 0x5a, 0x2b);
    case StatusColors::Role::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

double StatusColors::luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::forRole(Role role, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const bool darkBackground = luminance(background) < 0.18;
    QColor color = baseHue(role, palette).toHsl();
    // Walk the lightness away from the background until the text is readable on it.
    for (int step = 0; step < 20 && contrast(color, background) < 4.5; ++step) {
        const int lightness = color.lightness() + (darkBackground ? 12 : -12);
        color.setHsl(color.hslHue(), color.hslSaturation(), qBound(0, lightness, 255));
    }
    return color.toRgb();
}

QColor StatusColors::tint(Role role, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = forRole(role, palette);
    // 18% of the hue over the base keeps the palette's text colour readable on top.
    const double share = 0.18;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
}
