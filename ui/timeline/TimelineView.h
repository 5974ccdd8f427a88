// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelinePeriod.h"

#include <QWidget>

class QAction;

namespace punchclock {

class TimelineCanvas;
class TimelineNavigator;
class TimerController;
class TrackSession;

// A day or a week of entries on a time axis (TimelineCanvas) and the period it shows: previous,
// next and today (Alt+Left, Alt+Right, Alt+Home), through a navigator the window puts in its
// toolbar row. Whenever another period comes into view it emits periodShown(), for whatever loads
// that period's entries; it shows what the session's model has meanwhile.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);

    TimelineCanvas *canvas() const { return m_canvas; }
    TimelineNavigator *navigator() const { return m_navigator; }
    const TimelinePeriod &period() const;
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }
    QAction *todayAction() const { return m_today; }

    void setSpan(TimelinePeriod::Span span);
    void showDate(const QDate &date);
    void showPrevious();
    void showNext();
    void showToday();

    // "Mon 7 Dec 2026" or "30 Nov – 6 Dec 2026"; long: the accessible name's "Monday, 7 December
    // 2026" or "week from … to …".
    static QString periodName(const TimelinePeriod &period);
    static QString longPeriodName(const TimelinePeriod &period);

signals:
    void periodShown(const QDate &from, const QDate &to);
    void spanChanged(punchclock::TimelinePeriod::Span span); // e.g. a day picked in the week

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setPeriod(const TimelinePeriod &period);
    void updateTexts();
    QDate today() const;

    TrackSession *m_session;
    TimelineCanvas *m_canvas;
    QAction *m_previous;
    QAction *m_today;
    QAction *m_next;
    TimelineNavigator *m_navigator;
};

} // namespace punchclock
