// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/GoToDateDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock {

GoToDateDialog::GoToDateDialog(const QDate &initial, const QDate &today, QWidget *parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("goToDateDialog"));
    setWindowTitle(tr("Go to Date"));
    setAccessibleName(tr("Go to date"));
    auto *label = new QLabel(tr("&Show the entries of:"), this);
    label->setBuddy(m_calendar);
    m_calendar->setObjectName(QStringLiteral("goToDateCalendar"));
    m_calendar->setAccessibleName(tr("Date"));
    m_calendar->setMaximumDate(today);
    m_calendar->setGridVisible(true);
    setDate(initial.isValid() ? initial : today);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Go to this date"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept); // Enter or a double click
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_calendar);
    layout->addWidget(m_buttons);
    m_calendar->setFocus();
}

QDate GoToDateDialog::date() const
{
    return m_calendar->selectedDate();
}

void GoToDateDialog::setDate(const QDate &date)
{
    m_calendar->setSelectedDate(date);
}

} // namespace punchclock
