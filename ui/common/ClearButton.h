// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAction;
class QLineEdit;

namespace punchclock {

// A line edit's clear button, as QLineEdit::setClearButtonEnabled() gives, minus its start-up cost:
// Qt looks its icon up in the icon theme (hundreds of file checks) for every line edit the moment
// the button is enabled, about a tenth of the time to a visible window. This button looks its icon
// up the first time its line edit has text, and shows only then.
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(punchclock::ClearButton)
public:
    static QAction *attach(QLineEdit *edit); // the action is a child of `edit`
};

} // namespace punchclock
