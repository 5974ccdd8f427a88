// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/ReturnQuestion.h"

#include <QFrame>

class QPushButton;

namespace punchclock {

class LiveLabel;

// Above the entries: "The timer was stopped at 18:02 when the computer went to sleep", with
// Continue (a copy of the entry starts now) and Dismiss.
class AwayBanner : public QFrame
{
    Q_OBJECT
public:
    // Children by object name: awayMessageLabel, awayContinueButton, awayDismissButton.
    explicit AwayBanner(QWidget *parent = nullptr);

    static QString messageText(AwayReason reason, const QDateTime &at);

public slots:
    void showStopped(const punchclock::TimeEntry &entry, punchclock::AwayReason reason, const QDateTime &at);

signals:
    void continueRequested(const punchclock::TimeEntry &entry);

private:
    LiveLabel *m_label;
    QPushButton *m_continue;
    TimeEntry m_entry;
};

} // namespace punchclock
