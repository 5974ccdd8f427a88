// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineView.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "ui/timeline/TimelineCanvas.h"
#include "ui/timeline/TimelineNavigator.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace punchclock {

TimelineView::TimelineView(TrackSession *session, TimerController *timer, QWidget *parent)
    : QWidget(parent), m_session(session), m_canvas(new TimelineCanvas(session, timer, this)),
      m_previous(new QAction(this)), m_today(new QAction(this)), m_next(new QAction(this)),
      m_navigator(new TimelineNavigator(m_previous, m_today, m_next, this))
{
    m_canvas->setObjectName(QStringLiteral("timelineCanvas"));
    m_navigator->setObjectName(QStringLiteral("timelineNavigator"));
    m_previous->setObjectName(QStringLiteral("timelinePreviousAction"));
    m_today->setObjectName(QStringLiteral("timelineTodayAction"));
    m_next->setObjectName(QStringLiteral("timelineNextAction"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_previous, &QAction::triggered, this, &TimelineView::showPrevious);
    connect(m_next, &QAction::triggered, this, &TimelineView::showNext);
    connect(m_today, &QAction::triggered, this, &TimelineView::showToday);
    connect(m_canvas, &TimelineCanvas::dayActivated, this, [this](const QDate &day) {
        setPeriod(TimelinePeriod(TimelinePeriod::Span::Day, day, period().firstDayOfWeek()));
        emit spanChanged(TimelinePeriod::Span::Day);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    setFocusProxy(m_canvas);
    m_canvas->setPeriod(TimelinePeriod(TimelinePeriod::Span::Day, today(), QLocale().firstDayOfWeek()));
    updateTexts();
}

const TimelinePeriod &TimelineView::period() const
{
    return m_canvas->period();
}

QDate TimelineView::today() const
{
    return m_session->entries()->clock()->nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
}

void TimelineView::setSpan(TimelinePeriod::Span span)
{
    if (span == period().span())
        return;
    QDate date = period().date();
    if (span == TimelinePeriod::Span::Day) {
        // From a week to the day of the selected block, else today if shown, else its first day.
        const int selected = m_canvas->selectedBlock();
        if (selected >= 0)
            date = period().day(m_canvas->timelineLayout().blocks().at(selected).day);
        else if (period().contains(today()))
            date = today();
        else
            date = period().first();
    }
    setPeriod(TimelinePeriod(span, date, period().firstDayOfWeek()));
}

void TimelineView::showDate(const QDate &date)
{
    setPeriod(period().withDate(date));
}

void TimelineView::showPrevious()
{
    setPeriod(period().previous());
}

void TimelineView::showNext()
{
    setPeriod(period().next());
}

void TimelineView::showToday()
{
    setPeriod(period().withDate(today()));
}

void TimelineView::setPeriod(const TimelinePeriod &period)
{
    const bool changed = period != this->period();
    m_canvas->setPeriod(period);
    updateTexts();
    if (changed && isVisible())
        emit periodShown(period.first(), period.last());
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit periodShown(period().first(), period().last());
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateTexts();
}

void TimelineView::updateTexts()
{
    const bool day = period().span() == TimelinePeriod::Span::Day;
    m_previous->setText(day ? tr("&Previous Day") : tr("&Previous Week"));
    m_next->setText(day ? tr("&Next Day") : tr("&Next Week"));
    m_today->setText(tr("&Today"));
    const auto withKey = [](const QString &text, const QAction *action) {
        return tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    };
    m_previous->setToolTip(withKey(day ? tr("Previous day") : tr("Previous week"), m_previous));
    m_next->setToolTip(withKey(day ? tr("Next day") : tr("Next week"), m_next));
    m_today->setToolTip(withKey(day ? tr("Go to today") : tr("Go to this week"), m_today));
    const QString longName = longPeriodName(period());
    m_navigator->setPeriodName(periodName(period()), longName);
    m_canvas->setAccessibleName(tr("Timeline, %1").arg(longName));
}

QString TimelineView::periodName(const TimelinePeriod &period)
{
    const QLocale locale;
    if (period.span() == TimelinePeriod::Span::Day)
        return locale.toString(period.first(), tr("ddd d MMM yyyy", "timeline day, short date format"));
    const QString first = locale.toString(period.first(), period.first().year() == period.last().year()
                                                              ? tr("d MMM", "timeline week's first day")
                                                              : tr("d MMM yyyy", "timeline week's last day"));
    const QString last = locale.toString(period.last(), tr("d MMM yyyy", "timeline week's last day"));
    return first + QStringLiteral(" – ") + last;
}

QString TimelineView::longPeriodName(const TimelinePeriod &period)
{
    const QLocale locale;
    if (period.span() == TimelinePeriod::Span::Day)
        return locale.toString(period.first(), QLocale::LongFormat);
    return tr("week from %1 to %2")
        .arg(locale.toString(period.first(), QLocale::LongFormat),
             locale.toString(period.last(), QLocale::LongFormat));
}

} // namespace punchclock
