// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/WeekNavigator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace punchclock {

namespace {
QString withShortcut(const QString &text, const QKeySequence &keys)
{
    return WeekNavigator::tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}
} // namespace

// A window-wide action, not the button's own shortcut: a button's shortcut animates a click
// (a pressed look, then the click 100 ms later) and drops the presses that come meanwhile, so a
// held key or quick presses skipped fewer weeks than pressed. click() does nothing while the
// button is disabled.
QKeySequence WeekNavigator::addShortcut(QKeyCombination keys, QAbstractButton *button)
{
    auto *action = new QAction(this);
    action->setShortcut(QKeySequence(keys));
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, button, &QAbstractButton::click); // nothing when disabled
    addAction(action);
    return action->shortcut();
}

WeekNavigator::WeekNavigator(QWidget *parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_current(new QPushButton(tr("&This Week"), this)), m_range(new QLabel(this))
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_previous->setObjectName(QStringLiteral("previousWeekButton"));
    m_previous->setIcon(style()->standardIcon(rtl ? QStyle::SP_ArrowRight : QStyle::SP_ArrowLeft));
    m_previous->setAccessibleName(tr("Previous week"));
    m_previous->setToolTip(
        withShortcut(tr("Previous week"), addShortcut(Qt::ALT | Qt::Key_Left, m_previous)));
    m_next->setObjectName(QStringLiteral("nextWeekButton"));
    m_next->setIcon(style()->standardIcon(rtl ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight));
    m_next->setAccessibleName(tr("Next week"));
    m_next->setToolTip(withShortcut(tr("Next week"), addShortcut(Qt::ALT | Qt::Key_Right, m_next)));
    m_current->setObjectName(QStringLiteral("thisWeekButton"));
    // The mnemonic is Alt+T; Alt+Home too, beside Alt+Left and Alt+Right.
    m_current->setToolTip(
        withShortcut(tr("Show the week of today"), addShortcut(Qt::ALT | Qt::Key_Home, m_current)));
    m_range->setObjectName(QStringLiteral("weekLabel"));
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_current);
    layout->addSpacing(6);
    layout->addWidget(m_range, 1);

    connect(m_previous, &QToolButton::clicked, this, &WeekNavigator::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &WeekNavigator::nextRequested);
    connect(m_current, &QPushButton::clicked, this, &WeekNavigator::currentRequested);
}

void WeekNavigator::setWeek(const ReportWeek &week, bool isCurrent)
{
    m_range->setText(rangeText(week));
    m_range->setAccessibleName(tr("Week shown: %1").arg(rangeText(week)));
    m_current->setEnabled(!isCurrent);
}

QString WeekNavigator::rangeText(const ReportWeek &week)
{
    const QLocale locale;
    const QDate first = week.first();
    const QDate last = week.last();
    // Formats as QDate::toString() reads them: the first day without what the last one repeats.
    QString from;
    if (first.year() != last.year())
        from = locale.toString(first, tr("d MMM yyyy", "first day of a week in another year"));
    else if (first.month() != last.month())
        from = locale.toString(first, tr("d MMM", "first day of a week in another month"));
    else
        from = locale.toString(first, tr("d", "first day of a week in the same month"));
    return tr("%1 – %2", "week range")
        .arg(from, locale.toString(last, tr("d MMM yyyy", "last day of a week")));
}

} // namespace punchclock
