// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/ReportWeek.h"

#include <QWidget>

class QAbstractButton;
class QKeySequence;
class QLabel;
class QPushButton;
class QToolButton;

namespace punchclock {

// Previous week, next week, this week, and which week is shown ("2 – 8 March 2026"). From the
// keyboard: Alt+Left, Alt+Right and Alt+Home, anywhere in the window.
class WeekNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit WeekNavigator(QWidget *parent = nullptr);

    // `isCurrent`: the week holds today ("This week" is then disabled).
    void setWeek(const ReportWeek &week, bool isCurrent);
    static QString rangeText(const ReportWeek &week); // "2 – 8 March 2026"

signals:
    void previousRequested();
    void nextRequested();
    void currentRequested();

private:
    QKeySequence addShortcut(QKeyCombination keys, QAbstractButton *button);

    QToolButton *m_previous;
    QToolButton *m_next;
    QPushButton *m_current;
    QLabel *m_range;
};

} // namespace punchclock
