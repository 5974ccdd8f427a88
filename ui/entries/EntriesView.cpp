// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/EntriesView.h"

#include "app/models/DayGroupModel.h"
#include "app/models/EntryEdit.h"
#include "app/models/EntryFilterModel.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/timer/TimerController.h"
#include "ui/entries/EntryColumns.h"
#include "ui/entries/EntryDelegate.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSet>

#include <algorithm>

namespace punchclock {

EntriesView::EntriesView(TrackSession *session, TimerController *timer, QWidget *parent)
    : QTreeView(parent), m_session(session), m_timer(timer),
      m_days(new DayGroupModel(session->entries(), this)), m_filter(new EntryFilterModel(this)),
      m_continue(new QAction(tr("&Continue"), this)), m_duplicate(new QAction(tr("Du&plicate"), this)),
      m_edit(new QAction(tr("&Edit…"), this)), m_delete(new QAction(tr("&Delete"), this)),
      m_bulkEdit(new QAction(this))
{
    m_filter->setSourceModel(m_days);
    setModel(m_filter);
    auto *delegate = new EntryDelegate(session, this);
    connect(delegate, &EntryDelegate::inputRefused, this, &EntriesView::inputRefused);
    setItemDelegate(delegate);
    setAccessibleName(tr("Time entries"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setupColumns();
    m_columns = new EntryColumns(this);
    // No sort column at first: the entries in time order, as the server keeps them.
    header()->setSortIndicatorClearable(true);
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);

    // Days are always open: the tree is only there to carry the day totals.
    m_expandRest.setSingleShot(true);
    m_expandRest.setInterval(0);
    connect(&m_expandRest, &QTimer::timeout, this, [this] { expandDays(true); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { expandDays(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &under) {
        if (!under.isValid()) // entries of an open day need nothing
            expandDays();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { expandDays(); });
    expandDays();

    m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_continue->setToolTip(tr("Start a new timer like this entry"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setShortcut(QKeySequence::Delete);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_bulkEdit->setVisible(false);
    for (QAction *action : {m_continue, m_duplicate, m_edit, m_delete, m_bulkEdit}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_continue, &QAction::triggered, this, &EntriesView::continueSelected);
    connect(m_duplicate, &QAction::triggered, this, &EntriesView::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &EntriesView::deleteSelected);
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<TimeEntry> entries = selectedEntries();
        if (entries.size() == 1)
            emit editRequested(entries.first());
    });
    connect(m_bulkEdit, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const TimeEntry &e : selectedEntries())
            ids.append(e.id);
        if (!ids.isEmpty())
            emit bulkEditRequested(ids);
    });
    // Only the user's own scrolling: a list that shrinks under a view at its bottom reads nothing.
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this](int action) {
        const QScrollBar *bar = verticalScrollBar();
        if (action != QAbstractSlider::SliderNoAction && bar->maximum() > 0 &&
            bar->sliderPosition() >= bar->maximum())
            emit reachedEnd();
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntriesView::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EntriesView::updateActions);
    updateActions();
}

// Not expandAll(): that lays out every entry row at once to mark it expanded too (10,000 rows took
// most of a full sync's time on the GUI thread). Only the days are marked, while a layout is
// pending, so expand() just records them and one layout pass places the rows. At the top of the
// list that pass first covers only the days that fill the viewport, and the rest follows in the
// next event loop turn: the table shows up sooner and no single step lays out every row.
void EntriesView::expandDays(bool all)
{
    scheduleDelayedItemsLayout();
    const int days = m_filter->rowCount();
    const bool atTop = verticalScrollBar()->value() == 0;
    const int visibleRows = viewport()->height() / std::max(1, fontMetrics().height()) + 1; // at most
    int rows = 0;
    int row = 0;
    for (; row < days && (all || !atTop || rows < visibleRows); ++row) {
        const QModelIndex day = m_filter->index(row, 0);
        expand(day);
        rows += 1 + m_filter->rowCount(day);
    }
    if (row < days)
        m_expandRest.start();
    else
        m_expandRest.stop();
}

// Every second while a timer runs, the running entry's duration and its day's total change (and
// the filter proxy, filtering recursively, re-announces the day row). Today's row is the view's
// first, and QTreeView answers any change of its first row by measuring that row again (a text
// layout of every column) for the uniform row height: a fifth of the running clock's cost. Those
// ticks carry only display roles (every other change announces all roles) and cannot change the
// height of a row, so they only repaint.
void EntriesView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                              const QList<int> &roles)
{
    static const QList<int> tickRoles{Qt::DisplayRole, TimeEntryModel::RawValueRole,
                                      DayGroupModel::DayTotalRole};
    const bool tick = topLeft == bottomRight && !roles.isEmpty() &&
                      std::all_of(roles.cbegin(), roles.cend(), [](int r) { return tickRoles.contains(r); });
    if (tick && topLeft.column() != TimeEntryModel::Duration)
        return; // the proxy's echo on the day row: its label is what it was
    if (tick)
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // repaint, editor, accessibility
    else
        QTreeView::dataChanged(topLeft, bottomRight, roles);
}

void EntriesView::selectAll()
{
    // QTreeView selects only the rows of open days: open the ones still waiting first.
    if (m_expandRest.isActive())
        expandDays(true);
    QTreeView::selectAll();
}

void EntriesView::setupColumns()
{
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(TimeEntryModel::Description, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(TimeEntryModel::Project,
                   fm.horizontalAdvance(QStringLiteral("Quarterly Reporting ·")) + 40);
    setColumnWidth(TimeEntryModel::Tags, fm.horizontalAdvance(QStringLiteral("development, review")) + 16);
    // As wide as the widest start time in the UI language: every weekday and month name.
    int timeWidth = 0;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 22; day <= 28; ++day) {
            const QDateTime sample(QDate(2024, month, day), QTime(20, 0));
            timeWidth = std::max(timeWidth, fm.horizontalAdvance(TimeEntryModel::formatTime(sample.toUTC())));
        }
    }
    setColumnWidth(TimeEntryModel::Start, timeWidth + 20);
    setColumnWidth(TimeEntryModel::Stop, timeWidth + 20);
    setColumnWidth(TimeEntryModel::Duration, fm.horizontalAdvance(QStringLiteral("00:00:00")) + 24);
    setColumnWidth(TimeEntryModel::Billable, fm.horizontalAdvance(tr("Billable")) + 20);
}

QList<TimeEntry> EntriesView::selectedEntries() const
{
    QList<TimeEntry> entries;
    QSet<qint64> seen;
    const auto take = [&](const QModelIndex &index) {
        const QVariant v = index.data(TimeEntryModel::EntryRole);
        if (!v.isValid())
            return;
        TimeEntry e = v.value<TimeEntry>();
        if (!seen.contains(e.id)) {
            seen.insert(e.id);
            entries.append(std::move(e));
        }
    };
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        if (index.data(DayGroupModel::IsDayRole).toBool()) { // a selected day row means all its entries
            for (int r = 0; r < model()->rowCount(index); ++r)
                take(model()->index(r, 0, index));
        } else {
            take(index);
        }
    }
    return entries;
}

void EntriesView::setBulkEditEnabled(bool enabled)
{
    m_bulkEditEnabled = enabled;
    updateActions();
}

void EntriesView::updateActions()
{
    const int n = static_cast<int>(selectedEntries().size());
    m_continue->setEnabled(n == 1);
    m_duplicate->setEnabled(n >= 1);
    m_edit->setEnabled(n == 1);
    m_delete->setEnabled(n >= 1);
    m_bulkEdit->setText(tr("Edit %n entr&ies…", nullptr, n)); // &E is "Edit…" (one entry)
    m_bulkEdit->setVisible(m_bulkEditEnabled);
    m_bulkEdit->setEnabled(m_bulkEditEnabled && n >= 1);
}

QModelIndex EntriesView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Tab and Backtab in a cell editor go to the next (previous) editable cell of the row, like in a
    // spreadsheet: with whole rows selected QTreeView would go a row down (up) instead. Nothing past
    // the row's ends: the edit is committed and the editor closed.
    if (action != MoveNext && action != MovePrevious)
        return QTreeView::moveCursor(action, modifiers);
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    const int step = action == MoveNext ? 1 : -1;
    for (int v = header()->visualIndex(current.column()) + step; v >= 0 && v < header()->count(); v += step) {
        const int column = header()->logicalIndex(v);
        const QModelIndex cell = current.siblingAtColumn(column);
        if (!isColumnHidden(column) && cell.flags().testFlag(Qt::ItemIsEditable))
            return cell;
    }
    return {};
}

void EntriesView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = indexAt(event->pos());
    if (at.isValid() && !selectionModel()->isRowSelected(at.row(), at.parent()))
        selectionModel()->select(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    QMenu menu(this);
    menu.setAccessibleName(tr("Entry actions"));
    menu.addAction(m_continue);
    menu.addAction(m_edit);
    menu.addAction(m_duplicate);
    if (m_bulkEditEnabled)
        menu.addAction(m_bulkEdit);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(event->globalPos());
}

// A click on a day's header selects that day's (shown) entries; with Ctrl they are added to the
// selection, or taken out of it when all of them were selected already.
void EntriesView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex at = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && at.isValid() && at.data(DayGroupModel::IsDayRole).toBool()) {
        selectDay(at.siblingAtColumn(0), event->modifiers());
        event->accept();
        return;
    }
    QTreeView::mousePressEvent(event);
}

void EntriesView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex before = currentIndex();
    QTreeView::keyPressEvent(event);
    const int key = event->key();
    if ((key != Qt::Key_Down && key != Qt::Key_PageDown && key != Qt::Key_End) ||
        event->modifiers().testFlag(Qt::ShiftModifier) || state() == EditingState)
        return;
    // Nowhere further down to go: the last day's last entry (or the last day, empty) was current.
    const int days = m_filter->rowCount();
    if (days == 0 || currentIndex() != before || !before.isValid())
        return;
    const QModelIndex lastDay = m_filter->index(days - 1, 0);
    const int entries = m_filter->rowCount(lastDay);
    const QModelIndex last = entries > 0 ? m_filter->index(entries - 1, 0, lastDay) : lastDay;
    if (before.siblingAtColumn(0) == last)
        emit reachedEnd();
}

bool EntriesView::goToDay(const QDate &date)
{
    const int days = m_filter->rowCount();
    if (days == 0)
        return false;
    int row = days - 1; // days are newest first: the first one not newer than `date`
    for (int r = 0; r < days; ++r) {
        if (m_filter->index(r, 0).data(DayGroupModel::DayRole).toDate() <= date) {
            row = r;
            break;
        }
    }
    if (m_expandRest.isActive())
        expandDays(true);
    const QModelIndex day = m_filter->index(row, 0);
    expand(day);
    selectDay(day, Qt::NoModifier);
    if (m_filter->rowCount(day) == 0)
        setCurrentIndex(day);
    scrollTo(day, QAbstractItemView::PositionAtTop);
    setFocus(Qt::OtherFocusReason);
    return day.data(DayGroupModel::DayRole).toDate() == date;
}

void EntriesView::selectDay(const QModelIndex &day, Qt::KeyboardModifiers modifiers)
{
    const int count = model()->rowCount(day);
    if (count == 0)
        return;
    const QModelIndex first = model()->index(0, 0, day);
    const QItemSelection entries(first, model()->index(count - 1, model()->columnCount(day) - 1, day));
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
    if (modifiers.testFlag(Qt::ControlModifier)) {
        bool all = true;
        for (int r = 0; r < count && all; ++r)
            all = selectionModel()->isRowSelected(r, day);
        flags = all ? QItemSelectionModel::Deselect : QItemSelectionModel::Select;
    }
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(entries, flags | QItemSelectionModel::Rows);
}

void EntriesView::continueSelected()
{
    const QList<TimeEntry> entries = selectedEntries();
    if (entries.size() == 1)
        m_timer->continueEntry(entries.first());
}

void EntriesView::duplicateSelected()
{
    const QDateTime now = m_session->entries()->clock()->nowUtc();
    for (const TimeEntry &e : selectedEntries())
        m_session->createEntry(EntryEdit::duplicateOf(e, now));
}

void EntriesView::deleteSelected()
{
    for (const TimeEntry &e : selectedEntries())
        m_session->deleteEntryLater(e.id);
}

} // namespace punchclock
