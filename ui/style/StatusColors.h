#pragma once

#include <QColor>
#include <QPalette>

// Colours that carry status, derived from the current palette: each keeps its hue but is
// made light or dark enough to read on the palette's base colour (WCAG contrast 4.5:1),
// so a dark desktop theme gets light greens and reds instead of unreadable dark ones.
// Colour never carries status alone: every use pairs it with text or an icon.
class StatusColors
{
public:
    // StandardError: set apart, not alarming — docker and nginx -t report progress and
    // success there, so red would make every healthy step look failed.
    enum class Role { Ok, Busy, Error, Down, Stale, Unknown, StandardError };

    static QColor forRole(Role role, const QPalette &palette);
    // A faint fill of the role's hue for backgrounds behind normal text.
    static QColor tint(Role role, const QPalette &palette);
    static double contrast(const QColor &a, const QColor &b);

private:
    static double luminance(const QColor &color);
};
