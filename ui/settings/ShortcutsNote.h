// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace punchclock {

class GlobalShortcuts;

// Settings' word on global shortcuts: registered with the desktop's portal (the desktop picks the
// keys), or, where there is no portal (or it refused), the exact command to bind in the desktop's
// keyboard settings. Follows the portal's answer while shown; the text can be selected and copied.
class ShortcutsNote : public QLabel
{
    Q_OBJECT
public:
    explicit ShortcutsNote(GlobalShortcuts *shortcuts, QWidget *parent = nullptr);

private:
    void update();

    QPointer<GlobalShortcuts> m_shortcuts;
};

} // namespace punchclock
