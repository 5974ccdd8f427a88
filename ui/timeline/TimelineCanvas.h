// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineDrag.h"
#include "app/models/TimelineGeometry.h"
#include "app/models/TimelineLayout.h"
#include "app/models/TimelinePeriod.h"
#include "app/track/TimeEntry.h"
#include "ui/timeline/TimelinePainter.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTimeZone>
#include <QTimer>

#include <optional>

class QAction;

namespace punchclock {

class TimelineEditor;
class TimerController;
class TrackSession;

// The entries of a day or a week as blocks on a vertical time axis, one column per day, from the
// session's entry model. Drag on empty space to add an entry (the entry dialog opens with those
// times), drag a block to move it, its top or bottom edge to change its start or stop; all snap
// to five minutes and Esc cancels. Double-click or Enter edits, the context menu has Continue,
// Edit, Duplicate and Delete like the table. Every change goes through the model and the session
// (TimeEntryModel::editEntry, TrackSession::createEntry/deleteEntryLater) like the table's, so the
// outbox sends it and the window's undo history records it.
//
// Keyboard: Tab, Shift+Tab and the arrow keys move between blocks, Home and End to the first and
// last; Alt+Up/Down moves the selected block five minutes, Shift+Alt+Up/Down its stop; Insert or
// Ctrl+N adds an entry after it; Enter edits. Screen readers get a list with one item per block
// (TimelineAccessible), named "Write the report, Acme, 09:00–10:30".
class TimelineCanvas : public QAbstractScrollArea
{
    Q_OBJECT
public:
    TimelineCanvas(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);
    ~TimelineCanvas() override;

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
    void editSelected();                  // emits editRequested for the selected entry
    void showMenuForSelection();          // the context menu, beside the selected block

    QAction *continueAction() const { return m_continue; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }

signals:
    void editRequested(const punchclock::TimeEntry &entry);
    // A new entry with these times (and nothing else): the window opens the Add dialog with it.
    void addRequested(const punchclock::TimeEntry &draft);
    void dayActivated(const QDate &day); // a day's header in the week was clicked
    void editRefused(const QString &message);
    void selectionChanged();

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Press
    {
        TimelineDrag drag;
        int day = 0;        // the column pressed in
        qint64 entryId = 0; // 0: a new entry
        QPoint at;
        bool active = false; // moved far enough to be a drag
        TimelineDrag::Span preview;
    };

    void invalidate();
    void ensureLayout() const;
    void updateScrollRange();
    void armMinuteTimer();
    void updateActions();
    void announceSelection();
    int axisWidth() const;
    int padding() const; // above midnight and below the next
    qint64 nowSeconds() const;
    qint64 unixAt(int day, double y) const; // the instant at a y in a day's column
    void paintPreview(QPainter &painter, const TimelineGeometry &geometry) const;
    void scrollToFirstEntry();
    void ensureVisible(int block);
    void moveSelection(int key);
    void nudgeSelected(TimelineDrag::Kind kind, int steps);
    void showMenu(const QPoint &globalPos, std::optional<qint64> addAt);
    void requestAdd(qint64 start, qint64 end);
    void requestAddAfterSelection();
    void deleteSelected();

    TrackSession *m_session;
    TimelinePeriod m_period;
    QTimeZone m_zone;
    double m_pixelsPerHour = 48;
    mutable TimelineLayout m_layout;
    mutable QList<TimeEntry> m_shown; // the laid-out items' entries (TimelineItem::source)
    mutable bool m_dirty = true;
    mutable int m_generation = 0;
    mutable qint64 m_selected = 0;
    int m_selectedDay = -1; // which day's part of an entry that crosses midnight
    std::optional<Press> m_press;
    bool m_scrollPending = true; // to the period's first entry once laid out
    TimelinePainter m_painter;
    QTimer m_minute; // the running entry grows and the current time moves: a repaint a minute
    QAction *m_continue;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    TimelineEditor *m_editor;
};

} // namespace punchclock
