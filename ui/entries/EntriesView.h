// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDate>
#include <QList>
#include <QTimer>
#include <QTreeView>

class QAction;

namespace punchclock {

class DayGroupModel;
class EntryColumns;
class EntryFilterModel;
class TimerController;
class TrackSession;

// The entries, grouped by day, edited in place. Continue, Duplicate and Delete (with Undo) work
// from the context menu and the keyboard; "Edit N entries…" only emits bulkEditRequested and stays
// hidden until something enables it (the bulk-edit dialog of a later issue).
// A header click sorts the entries inside each day (days stay newest first); a second click
// reverses, a third returns to time order.
class EntriesView : public QTreeView
{
    Q_OBJECT
public:
    EntriesView(TrackSession *session, TimerController *timer, QWidget *parent = nullptr);

    EntryFilterModel *filterModel() const { return m_filter; }
    DayGroupModel *dayModel() const { return m_days; }
    EntryColumns *columns() const { return m_columns; } // which columns show, narrow or by choice
    QList<TimeEntry> selectedEntries() const;
    QAction *continueAction() const { return m_continue; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *editAction() const { return m_edit; } // "Edit…": emits editRequested for one entry
    QAction *deleteAction() const { return m_delete; }
    QAction *bulkEditAction() const { return m_bulkEdit; }
    void setBulkEditEnabled(bool enabled); // shows the "Edit N entries…" hook
    void selectAll() override;             // every entry, also of days not laid out yet
    // Selects the day `date` (its entries) and scrolls it to the top. Without entries that day, the
    // nearest older day shown is taken (or the oldest one); false then, and when nothing is shown.
    bool goToDay(const QDate &date);

signals:
    void bulkEditRequested(const QList<qint64> &ids);
    void editRequested(const punchclock::TimeEntry &entry);
    void inputRefused(const QString &message); // typed text in a cell that does not read
    // The user went past the last entry: scrolled to the bottom (wheel, scroll bar) or pressed
    // Down, Page Down or End on the last row. The window reads the next older week.
    void reachedEnd();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    void updateActions();
    void continueSelected();
    void duplicateSelected();
    void deleteSelected();
    void setupColumns();
    void expandDays(bool all = false);
    void selectDay(const QModelIndex &day, Qt::KeyboardModifiers modifiers);

    TrackSession *m_session;
    TimerController *m_timer;
    DayGroupModel *m_days;
    EntryFilterModel *m_filter;
    EntryColumns *m_columns = nullptr;
    QAction *m_continue;
    QAction *m_duplicate;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_bulkEdit;
    bool m_bulkEditEnabled = false;
    QTimer m_expandRest; // the days below the viewport, after a reset (see expandDays)
};

} // namespace punchclock
