// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace punchclock {

// A label whose text changes while it is on screen (the running time, the sync state, an error):
// screen readers hear the text, not only the label's name. Over AT-SPI a QLabel with an accessible
// name exposes that name and nothing else, so the text is also its accessible description and its
// accessible value, and every change is announced (DescriptionChanged and ValueChanged).
//
// setText() hides QLabel::setText(): call it through a LiveLabel pointer (members are declared as
// LiveLabel for that reason).
class LiveLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LiveLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
};

} // namespace punchclock
