// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/TimelineDrag.h"
#include "app/track/TimeEntry.h"
#include "ui/timeline/TimelineSurface.h"

#include <optional>

class QAction;

namespace punchclock {

class TimelineEditor;
class TimerController;

// A day or a week of entries on the hours (TimelineSurface), worked with the mouse and the
// keyboard. Drag on empty space to add an entry (the entry dialog opens with those times), drag a
// block to move it, its top or bottom edge to change its start or stop; all snap to five minutes
// and Esc cancels. Double-click or Enter edits, the context menu has Continue, Edit, Duplicate
// and Delete like the table. Every change goes through the model and the session like the
// table's (TimelineEditor), so the outbox sends it and the window's undo history records it.
//
// Keyboard: Tab, Shift+Tab and the arrow keys move between blocks, Home and End to the first and
// last; Alt+Up/Down moves the selected block five minutes, Shift+Alt+Up/Down its stop; Insert or
// Ctrl+N adds an entry after it; Enter edits. Screen readers get a list with one item per block
// (TimelineAccessible), named "Write the report, Acme, 09:00–10:30".
class TimelineCanvas : public TimelineSurface
{
    Q_OBJECT
public:
    TimelineCanvas(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);
    ~TimelineCanvas() override;

    void editSelected();         // emits editRequested for the selected entry
    void showMenuForSelection(); // the context menu, beside the selected block

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

protected:
    void paintOverlay(QPainter &painter, const TimelineGeometry &geometry) const override;
    qint64 draggedEntry() const override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
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

    void updateActions();
    void selectWithoutScrolling(int block); // a click never scrolls
    void moveSelection(int key);
    void nudgeSelected(TimelineDrag::Kind kind, int steps);
    void showMenu(const QPoint &globalPos, std::optional<qint64> addAt);
    void requestAdd(qint64 start, qint64 end);
    void requestAddAfterSelection();
    void deleteSelected();

    std::optional<Press> m_press;
    QAction *m_continue;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    TimelineEditor *m_editor;
};

} // namespace punchclock
