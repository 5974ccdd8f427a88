// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;
class QDialogButtonBox;

namespace punchclock {

// View → Go to Date… (Ctrl+G): picks a day, today or earlier, on a calendar (arrow keys move the
// day, Page Up/Down the month, Enter accepts). The window then reads that week if needed and shows
// the day.
class GoToDateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GoToDateDialog(const QDate &initial, const QDate &today, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    QCalendarWidget *calendar() const { return m_calendar; }

private:
    QCalendarWidget *m_calendar;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock
