// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace punchclock {

// Previous, Today, Next and the name of the day or week a timeline shows, in one row; the buttons
// trigger the timeline's actions (and show their shortcuts in their tooltips).
class TimelineNavigator : public QWidget
{
    Q_OBJECT
public:
    TimelineNavigator(QAction *previous, QAction *today, QAction *next, QWidget *parent = nullptr);

    void setPeriodName(const QString &text, const QString &accessibleName);
    QString periodName() const;

private:
    QToolButton *m_previous;
    QToolButton *m_today;
    QToolButton *m_next;
    QLabel *m_label;
};

} // namespace punchclock
