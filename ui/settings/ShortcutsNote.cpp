// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ShortcutsNote.h"

#include "app/remote/GlobalShortcuts.h"

namespace punchclock {

ShortcutsNote::ShortcutsNote(GlobalShortcuts *shortcuts, QWidget *parent)
    : QLabel(parent), m_shortcuts(shortcuts)
{
    setObjectName(QStringLiteral("shortcutsNote"));
    setAccessibleName(tr("Global shortcuts"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::TabFocus); // the command can be reached and copied from the keyboard
    if (shortcuts)
        connect(shortcuts, &GlobalShortcuts::stateChanged, this, &ShortcutsNote::update);
    update();
}

void ShortcutsNote::update()
{
    const QString bindIt = tr("Bind this command to a key in your desktop's keyboard settings:") +
                           QLatin1String("\n") + GlobalShortcuts::fallbackCommand();
    const GlobalShortcuts::State state =
        m_shortcuts ? m_shortcuts->state() : GlobalShortcuts::State::Unavailable;
    switch (state) {
    case GlobalShortcuts::State::Bound:
        setText(tr("Registered with your desktop: “Start or stop the timer”, “Show Punchclock” and “Continue "
                   "the last entry”. Choose their keys in the desktop's settings."));
        break;
    case GlobalShortcuts::State::Idle:
    case GlobalShortcuts::State::Binding:
        setText(tr("Asking the desktop for global shortcuts…"));
        break;
    case GlobalShortcuts::State::Unavailable:
        setText(tr("Your desktop offers no global shortcuts portal.") + QLatin1Char(' ') + bindIt);
        break;
    case GlobalShortcuts::State::Failed:
        setText(tr("The desktop did not register the shortcuts.") + QLatin1Char(' ') + bindIt);
        break;
    }
}

} // namespace punchclock
