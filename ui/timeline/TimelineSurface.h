// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineGeometry.h"
#include "app/models/TimelineLayout.h"
#include "app/models/TimelinePeriod.h"
#include "app/track/TimeEntry.h"
#include "ui/timeline/TimelinePainter.h"

#include <QAbstractScrollArea>
#include <QTimeZone>
#include <QTimer>

namespace punchclock {

class TrackSession;

// The entries of a day or a week as blocks on a vertical time axis, one column per day, from the
// session's entry model: the layout (made again when the entries change, not on the model's tick
// each second), where things are, the scrolling, the selected block, and the painting, with the
// day headers on top while the hours scroll. The running entry grows with a repaint a minute,
// only while today is shown. TimelineCanvas adds what a person does with it.
class TimelineSurface : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineSurface(TrackSession *session, QWidget *parent = nullptr);

    void setPeriod(const TimelinePeriod &period);
    const TimelinePeriod &period() const { return m_period; }

    // What is shown, laid out for the model's entries as they are now.
    const TimelineLayout &timelineLayout() const;
    TimelineGeometry timelineGeometry() const; // viewport coordinates
    int blockCount() const { return int(timelineLayout().blocks().size()); }
    const TimeEntry &entryOf(int block) const;
    QRect blockRect(int block) const; // viewport coordinates
    QString blockName(int block) const;
    QString blockDescription(int block) const;
    // The viewport point of `time` (wall clock) in the column of the period's day `day`.
    QPoint pointAt(int day, const QTime &time) const;

    // The accessible items' handles: a block by its entry and date (Julian day), and back.
    QPair<qint64, qint64> blockKey(int block) const;
    int blockIndex(qint64 entryId, qint64 julianDay) const;
    int layoutGeneration() const { return m_generation; } // moves on with every new layout
    int headerHeight() const;                             // the day headers above the columns
    // A repaint each minute (the running entry grows, the line of now moves): only while shown
    // and showing today.
    bool followsNow() const { return m_minute.isActive(); }

    int selectedBlock() const;
    qint64 selectedId() const { return m_selected; }
    void selectBlock(int block); // -1: none; scrolls it into view
    void selectEntry(qint64 id);
    void scrollToTime(const QTime &time); // that time at the top

signals:
    void selectionChanged();

protected:
    // Drawn over the blocks, e.g. where a drag would put an entry.
    virtual void paintOverlay(QPainter &painter, const TimelineGeometry &geometry) const;
    // The entry being dragged, drawn faded where it was; 0: none.
    virtual qint64 draggedEntry() const { return 0; }

    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    void invalidate(); // the entries or the scale changed: a new layout before the next use
    void ensureLayout() const;
    void ensureVisible(int block);
    void zoom(double factor, double y); // the hours taller or shorter, the time at `y` kept there
    int axisWidth() const;
    qint64 nowSeconds() const;
    qint64 unixAt(int day, double y) const; // the instant at a y in a day's column
    TrackSession *session() const { return m_session; }
    const QTimeZone &zone() const { return m_zone; }
    double pixelsPerHour() const { return m_pixelsPerHour; }
    const TimelinePainter &timelinePainter() const { return m_painter; }
    void announceSelection(); // to screen readers: the selected block, focused when we have focus

private:
    void updateScrollRange();
    void armMinuteTimer();
    void scrollToFirstEntry();
    int padding() const; // above midnight and below the next

    TrackSession *m_session;
    TimelinePeriod m_period;
    QTimeZone m_zone;
    double m_pixelsPerHour = 48;
    mutable TimelineLayout m_layout;
    mutable QList<TimeEntry> m_shown; // the laid-out items' entries (TimelineItem::source)
    mutable bool m_dirty = true;
    mutable int m_generation = 0;
    mutable qint64 m_selected = 0;
    int m_selectedDay = -1;      // which day's part of an entry that crosses midnight
    bool m_scrollPending = true; // to the period's first entry once laid out
    TimelinePainter m_painter;
    QTimer m_minute; // the running entry grows and the current time moves: a repaint a minute
};

} // namespace punchclock
