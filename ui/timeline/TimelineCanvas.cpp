// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineCanvas.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "ui/timeline/TimelineAccessible.h"
#include "ui/timeline/TimelineEditor.h"
#include "ui/timeline/TimelineTexts.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace punchclock {

namespace {
constexpr qint64 kNewEntrySeconds = 30 * 60;

QDateTime utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc());
}
} // namespace

TimelineCanvas::TimelineCanvas(TrackSession *session, TimerController *timer, QWidget *parent)
    : TimelineSurface(session, parent), m_continue(new QAction(tr("&Continue"), this)),
      m_edit(new QAction(tr("&Edit…"), this)), m_duplicate(new QAction(tr("Du&plicate"), this)),
      m_delete(new QAction(tr("&Delete"), this)), m_editor(new TimelineEditor(session, timer, this))
{
    TimelineAccessible::install();
    // The table's actions and keys, for the selected block.
    m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_continue->setToolTip(tr("Start a new timer like this entry"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setShortcut(QKeySequence::Delete);
    m_continue->setObjectName(QStringLiteral("timelineContinueAction"));
    m_edit->setObjectName(QStringLiteral("timelineEditAction"));
    m_duplicate->setObjectName(QStringLiteral("timelineDuplicateAction"));
    m_delete->setObjectName(QStringLiteral("timelineDeleteAction"));
    for (QAction *action : {m_continue, m_edit, m_duplicate, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_continue, &QAction::triggered, this, [this] { m_editor->continueEntry(selectedId()); });
    connect(m_edit, &QAction::triggered, this, &TimelineCanvas::editSelected);
    connect(m_duplicate, &QAction::triggered, this, [this] { m_editor->duplicate(selectedId()); });
    connect(m_delete, &QAction::triggered, this, &TimelineCanvas::deleteSelected);
    connect(m_editor, &TimelineEditor::refused, this, &TimelineCanvas::editRefused);

    connect(this, &TimelineSurface::selectionChanged, this, &TimelineCanvas::updateActions);
    updateActions();
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::selectWithoutScrolling(int block)
{
    const int scroll = verticalScrollBar()->value();
    selectBlock(block);
    verticalScrollBar()->setValue(scroll);
}

void TimelineCanvas::updateActions()
{
    const bool one = selectedBlock() >= 0;
    for (QAction *action : {m_continue, m_edit, m_duplicate, m_delete})
        action->setEnabled(one);
}

void TimelineCanvas::moveSelection(int key)
{
    ensureLayout();
    const bool oneDay = period().dayCount() == 1;
    TimelineLayout::Step step = TimelineLayout::Step::Next;
    switch (key) {
    case Qt::Key_Home:
        step = TimelineLayout::Step::First;
        break;
    case Qt::Key_End:
        step = TimelineLayout::Step::Last;
        break;
    case Qt::Key_Up:
        step = TimelineLayout::Step::Previous;
        break;
    case Qt::Key_Left:
        step = oneDay ? TimelineLayout::Step::Previous : TimelineLayout::Step::PreviousDay;
        break;
    case Qt::Key_Right:
        step = oneDay ? TimelineLayout::Step::Next : TimelineLayout::Step::NextDay;
        break;
    default:
        break;
    }
    const int target = timelineLayout().neighbour(selectedBlock(), step);
    if (target >= 0)
        selectBlock(target);
}

void TimelineCanvas::nudgeSelected(TimelineDrag::Kind kind, int steps)
{
    if (selectedBlock() < 0)
        return;
    m_editor->nudge(selectedId(), kind, steps);
    const int block = selectedBlock();
    if (block >= 0)
        ensureVisible(block);
}

void TimelineCanvas::requestAdd(qint64 start, qint64 end)
{
    TimeEntry draft;
    draft.start = utc(start);
    draft.stop = utc(end);
    draft.duration = end - start;
    emit addRequested(draft);
}

// Insert, Ctrl+N: after the selected block, else just before now today, else at 9:00.
void TimelineCanvas::requestAddAfterSelection()
{
    ensureLayout();
    const int block = selectedBlock();
    if (block >= 0) {
        const TimelineItem &item = timelineLayout().items().at(timelineLayout().blocks().at(block).item);
        const qint64 start = TimelineScale::snapUp(item.end);
        requestAdd(start, start + kNewEntrySeconds);
        return;
    }
    const QDateTime now = session()->entries()->clock()->nowUtc();
    if (period().contains(now.toTimeZone(zone()).date())) {
        const qint64 end = TimelineScale::snapDown(now.toSecsSinceEpoch());
        requestAdd(end - kNewEntrySeconds, end);
        return;
    }
    const qint64 start = TimelineScale::timeAt(period().first(), 9 * 3600, zone()).toSecsSinceEpoch();
    requestAdd(start, start + kNewEntrySeconds);
}

void TimelineCanvas::editSelected()
{
    if (const TimeEntry *entry = m_editor->entry(selectedId()))
        emit editRequested(*entry);
}

void TimelineCanvas::deleteSelected()
{
    const int block = selectedBlock();
    if (block < 0)
        return;
    m_editor->remove(selectedId());
    ensureLayout();
    selectBlock(std::min(block, blockCount() - 1)); // the next one, for the keyboard
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys the window's menus also use, but that mean something here.
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool newEntry = key->key() == Qt::Key_N && modifiers == Qt::ControlModifier;
        const bool cancelDrag = key->key() == Qt::Key_Escape && m_press;
        const bool nudge =
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && modifiers.testFlag(Qt::AltModifier);
        if (newEntry || cancelDrag || nudge) {
            event->accept();
            return true;
        }
    }
    return TimelineSurface::event(event);
}

qint64 TimelineCanvas::draggedEntry() const
{
    return m_press && m_press->active ? m_press->entryId : 0;
}

void TimelineCanvas::paintOverlay(QPainter &painter, const TimelineGeometry &geometry) const
{
    if (!m_press || !m_press->active)
        return;
    const TimelineDrag::Span span = m_press->preview;
    const TimeEntry *entry = m_editor->entry(m_press->entryId); // nullptr: a new one
    if (m_press->entryId != 0 && !entry)
        return; // deleted meanwhile
    const bool running = entry && entry->isRunning();
    const QString times = TimelineTexts::times(span.start, span.end, running, zone());
    // The span's parts on the period's days, each at the full column width.
    const TimelineLayout preview({{m_press->entryId, span.start, span.end, running, 0}}, period(), zone());
    for (const TimelineBlock &block : preview.blocks()) {
        const QRectF rect = geometry.blockRect(block);
        if (!entry)
            timelinePainter().paintNewBlock(painter, rect, times, font());
        else
            timelinePainter().paintBlock(
                painter, rect, entry->projectId ? entry->projectColor.value_or(QString()) : QString(), block,
                TimelineTexts::blockText(*entry, times), font(),
                TimelinePainter::Selected | TimelinePainter::Preview);
    }
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    ensureLayout();
    const QPoint pos = event->position().toPoint();
    const TimelineGeometry geometry = timelineGeometry();
    m_press.reset();
    if (pos.y() < headerHeight()) {
        const int day = geometry.dayAt(pos.x());
        if (event->button() == Qt::LeftButton && day >= 0 && period().dayCount() > 1)
            emit dayActivated(period().day(day));
        return;
    }
    const TimelineGeometry::Hit hit = geometry.hit(timelineLayout().blocks(), pos);
    if (hit.block >= 0) {
        const TimelineBlock block = timelineLayout().blocks().at(hit.block);
        const TimelineItem item = timelineLayout().items().at(block.item);
        selectWithoutScrolling(hit.block);
        if (event->button() != Qt::LeftButton)
            return;
        TimelineDrag::Kind kind = TimelineDrag::Kind::Move;
        if (hit.part == TimelineGeometry::Part::StartEdge)
            kind = TimelineDrag::Kind::Start;
        else if (hit.part == TimelineGeometry::Part::EndEdge)
            kind = TimelineDrag::Kind::End;
        TimelineDrag drag(kind, {item.start, item.end}, unixAt(block.day, pos.y()));
        if (item.running)
            drag.setLatestStart(nowSeconds());
        m_press = Press{drag, block.day, item.id, pos, false, {item.start, item.end}};
        return;
    }
    const int day = geometry.dayAt(pos.x());
    if (event->button() != Qt::LeftButton || day < 0)
        return;
    const qint64 at = unixAt(day, pos.y());
    m_press = Press{TimelineDrag(TimelineDrag::Kind::Create, {at, at}, at), day, 0, pos, false, {at, at}};
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_press) {
        const TimelineGeometry::Hit hit = timelineGeometry().hit(timelineLayout().blocks(), pos);
        Qt::CursorShape shape = Qt::ArrowCursor;
        if (pos.y() >= headerHeight() && hit.part == TimelineGeometry::Part::Body)
            shape = Qt::OpenHandCursor;
        else if (pos.y() >= headerHeight() && hit.part != TimelineGeometry::Part::None)
            shape = Qt::SizeVerCursor;
        viewport()->setCursor(shape);
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        m_press.reset();
        viewport()->update();
        return;
    }
    if (!m_press->active && (pos - m_press->at).manhattanLength() < QApplication::startDragDistance())
        return;
    m_press->active = true;
    if (m_press->drag.kind() == TimelineDrag::Kind::Move)
        viewport()->setCursor(Qt::ClosedHandCursor);
    // Near the top or bottom the hours scroll along.
    QScrollBar *bar = verticalScrollBar();
    const int edge = int(pixelsPerHour() / 3);
    if (pos.y() < headerHeight() + edge)
        bar->setValue(bar->value() - edge / 2);
    else if (pos.y() > viewport()->height() - edge)
        bar->setValue(bar->value() + edge / 2);
    const TimelineGeometry geometry = timelineGeometry();
    const int day =
        m_press->drag.kind() == TimelineDrag::Kind::Move ? geometry.dayNearest(pos.x()) : m_press->day;
    m_press->preview = m_press->drag.at(unixAt(day, pos.y()));
    viewport()->update();
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_press)
        return;
    const Press press = *std::exchange(m_press, std::nullopt);
    viewport()->unsetCursor();
    viewport()->update();
    if (!press.active) {
        if (press.entryId == 0)
            selectBlock(-1); // a click on empty space
        return;
    }
    if (press.entryId == 0) {
        requestAdd(press.preview.start, press.preview.end);
        return;
    }
    if (const TimeEntry *entry = m_editor->entry(press.entryId)) // not deleted meanwhile
        m_editor->setTimes(*entry, press.drag.kind(), press.preview);
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_press.reset();
    const QPoint pos = event->position().toPoint();
    if (pos.y() < headerHeight())
        return;
    const TimelineGeometry geometry = timelineGeometry();
    const TimelineGeometry::Hit hit = geometry.hit(timelineLayout().blocks(), pos);
    if (hit.block >= 0) {
        selectBlock(hit.block);
        editSelected();
        return;
    }
    const int day = geometry.dayAt(pos.x());
    if (day < 0)
        return;
    const qint64 start = TimelineScale::snapDown(unixAt(day, pos.y()));
    requestAdd(start, start + kNewEntrySeconds);
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        TimelineSurface::wheelEvent(event);
        return;
    }
    // Ctrl+wheel zooms the hours around the pointer.
    zoom(event->angleDelta().y() > 0 ? 1.2 : 1 / 1.2, event->position().y());
    event->accept();
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Escape && m_press) {
        m_press.reset();
        viewport()->unsetCursor();
        viewport()->update();
        event->accept();
        return;
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && modifiers.testFlag(Qt::AltModifier) &&
        !modifiers.testFlag(Qt::ControlModifier)) {
        const int steps = key == Qt::Key_Up ? -1 : 1;
        nudgeSelected(modifiers.testFlag(Qt::ShiftModifier) ? TimelineDrag::Kind::End
                                                            : TimelineDrag::Kind::Move,
                      steps);
        event->accept();
        return;
    }
    if (modifiers == Qt::NoModifier) {
        switch (key) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
            moveSelection(key);
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editSelected();
            event->accept();
            return;
        case Qt::Key_Insert:
            requestAddAfterSelection();
            event->accept();
            return;
        default:
            break;
        }
    }
    if (key == Qt::Key_N && modifiers == Qt::ControlModifier) {
        requestAddAfterSelection();
        event->accept();
        return;
    }
    TimelineSurface::keyPressEvent(event);
}

void TimelineCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    ensureLayout();
    if (event->reason() != QContextMenuEvent::Mouse) {
        showMenuForSelection();
        return;
    }
    const QPoint pos = event->pos(); // the viewport's: it forwards its mouse events here
    if (pos.y() < headerHeight())
        return;
    const TimelineGeometry geometry = timelineGeometry();
    const TimelineGeometry::Hit hit = geometry.hit(timelineLayout().blocks(), pos);
    selectWithoutScrolling(hit.block);
    std::optional<qint64> addAt;
    const int day = geometry.dayAt(pos.x());
    if (hit.block < 0 && day >= 0)
        addAt = TimelineScale::snapDown(unixAt(day, pos.y()));
    showMenu(event->globalPos(), addAt);
}

void TimelineCanvas::showMenuForSelection()
{
    const int block = selectedBlock();
    const QPoint at = block >= 0 ? blockRect(block).center() : QPoint(axisWidth() + 8, headerHeight() + 8);
    showMenu(viewport()->mapToGlobal(at), std::nullopt);
}

void TimelineCanvas::showMenu(const QPoint &globalPos, std::optional<qint64> addAt)
{
    updateActions();
    QMenu menu(this);
    menu.setAccessibleName(tr("Entry actions"));
    if (selectedBlock() >= 0) {
        menu.addAction(m_continue);
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addSeparator();
        menu.addAction(m_delete);
    } else {
        menu.addAction(tr("&Add Entry…"), this, [this, addAt] {
            if (addAt)
                requestAdd(*addAt, *addAt + kNewEntrySeconds);
            else
                requestAddAfterSelection();
        });
    }
    menu.exec(globalPos);
}

void TimelineCanvas::focusInEvent(QFocusEvent *event)
{
    TimelineSurface::focusInEvent(event);
    if (selectedBlock() < 0 && blockCount() > 0) {
        if (event->reason() == Qt::TabFocusReason)
            selectBlock(0);
        else if (event->reason() == Qt::BacktabFocusReason)
            selectBlock(blockCount() - 1);
    }
    viewport()->update();
    announceSelection();
}

void TimelineCanvas::focusOutEvent(QFocusEvent *event)
{
    TimelineSurface::focusOutEvent(event);
    viewport()->update();
}

// Tab and Shift+Tab go through the blocks, then on to the window's next control.
bool TimelineCanvas::focusNextPrevChild(bool next)
{
    if (hasFocus()) {
        const int current = selectedBlock();
        const int target = current < 0 ? (next ? 0 : -1) : current + (next ? 1 : -1);
        if (target >= 0 && target < blockCount()) {
            selectBlock(target);
            return true;
        }
    }
    return TimelineSurface::focusNextPrevChild(next);
}

void TimelineCanvas::hideEvent(QHideEvent *event)
{
    TimelineSurface::hideEvent(event);
    m_press.reset();
}

} // namespace punchclock
