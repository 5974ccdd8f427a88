// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace punchclock {

class LiveLabel;
class TrackSession;

// The end of the entries list: how far back it goes, a busy indicator while an older week is read
// (HistoryLoader), and "Load Earlier Week", which reads the week before the oldest one shown.
// Reachable with Tab from the entries; the label is heard by screen readers when it changes.
// Failures are the window's (its error banner): the footer only stops being busy.
class HistoryFooter : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryFooter(TrackSession *session, QWidget *parent = nullptr);

    QPushButton *loadButton() const { return m_load; }

private:
    void update();

    TrackSession *m_session;
    QProgressBar *m_busy;
    LiveLabel *m_status;
    QPushButton *m_load;
};

} // namespace punchclock
