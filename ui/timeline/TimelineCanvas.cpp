// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineCanvas.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/sync/Outbox.h"
#include "app/time/Clock.h"
#include "ui/timeline/TimelineAccessible.h"
#include "ui/timeline/TimelineEditor.h"
#include "ui/timeline/TimelineTexts.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace punchclock {

namespace {
constexpr double kMinPixelsPerHour = 24;
constexpr double kMaxPixelsPerHour = 240;
constexpr qint64 kNewEntrySeconds = 30 * 60;
constexpr qint64 kShowGapsFrom = 15 * 60; // shorter gaps are not labelled

QDateTime utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc());
}

bool isTick(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The model's once-a-second tick of the running entry's duration: the minute timer covers it.
    if (roles.isEmpty() || topLeft.column() != TimeEntryModel::Duration ||
        bottomRight.column() != TimeEntryModel::Duration)
        return false;
    return std::all_of(roles.cbegin(), roles.cend(), [](int role) {
        return role == Qt::DisplayRole || role == TimeEntryModel::RawValueRole;
    });
}
} // namespace

TimelineCanvas::TimelineCanvas(TrackSession *session, TimerController *timer, QWidget *parent)
    : QAbstractScrollArea(parent), m_session(session),
      m_period(TimelinePeriod::Span::Day, QDate::currentDate(), QLocale().firstDayOfWeek()),
      m_zone(QTimeZone::systemTimeZone()), m_continue(new QAction(tr("&Continue"), this)),
      m_edit(new QAction(tr("&Edit…"), this)), m_duplicate(new QAction(tr("Du&plicate"), this)),
      m_delete(new QAction(tr("&Delete"), this)), m_editor(new TimelineEditor(session, timer, this))
{
    TimelineAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
    m_pixelsPerHour = std::clamp(fontMetrics().height() * 3.0, 36.0, kMaxPixelsPerHour);

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
    connect(m_continue, &QAction::triggered, this, [this] { m_editor->continueEntry(m_selected); });
    connect(m_edit, &QAction::triggered, this, &TimelineCanvas::editSelected);
    connect(m_duplicate, &QAction::triggered, this, [this] { m_editor->duplicate(m_selected); });
    connect(m_delete, &QAction::triggered, this, &TimelineCanvas::deleteSelected);
    connect(m_editor, &TimelineEditor::refused, this, &TimelineCanvas::editRefused);

    TimeEntryModel *model = session->entries();
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineCanvas::invalidate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineCanvas::invalidate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineCanvas::invalidate);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineCanvas::invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineCanvas::invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (!isTick(topLeft, bottomRight, roles))
                    invalidate();
            });
    connect(session, &TrackSession::relatedChanged, this, &TimelineCanvas::invalidate);

    m_minute.setSingleShot(true);
    m_minute.setTimerType(Qt::CoarseTimer);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        invalidate();
        armMinuteTimer();
    });
    updateActions();
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::setPeriod(const TimelinePeriod &period)
{
    const bool changed = period != m_period;
    m_period = period;
    invalidate();
    if (!changed)
        return;
    m_scrollPending = true;
    if (isVisible())
        scrollToFirstEntry();
    armMinuteTimer();
    updateActions();
}

void TimelineCanvas::invalidate()
{
    m_dirty = true;
    viewport()->update();
    if (m_scrollPending && isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_scrollPending)
                scrollToFirstEntry();
        });
    if (QAccessible::isActive()) {
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
}

void TimelineCanvas::ensureLayout() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const TimeEntryModel *model = m_session->entries();
    const QList<TimeEntry> &entries = model->entries();
    const qint64 from = TimelineLayout::startOf(m_period.first(), m_zone);
    const qint64 to = TimelineLayout::startOf(m_period.last().addDays(1), m_zone);
    QList<TimelineItem> items = TimelineLayout::itemsIn(entries, from, to, nowSeconds());
    m_shown.clear();
    m_shown.reserve(items.size());
    for (TimelineItem &item : items) {
        m_shown.append(entries.at(item.source));
        item.source = int(m_shown.size()) - 1;
    }
    m_layout = TimelineLayout(std::move(items), m_period, m_zone, timelineGeometry().minimumSeconds());
    ++m_generation;
    // An entry created here has a local ID until the server answers: follow it to its new one.
    if (m_selected != 0 && m_layout.blockOf(m_selected) < 0) {
        const qint64 resolved = m_session->outbox()->resolve(m_selected);
        if (resolved != m_selected && m_layout.blockOf(resolved) >= 0)
            m_selected = resolved;
    }
}

const TimelineLayout &TimelineCanvas::timelineLayout() const
{
    ensureLayout();
    return m_layout;
}

int TimelineCanvas::headerHeight() const
{
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() + fontMetrics().height() + 8;
}

int TimelineCanvas::axisWidth() const
{
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour)
        widest = std::max(widest, fontMetrics().horizontalAdvance(TimelinePainter::hourLabel(hour)));
    return widest + 14;
}

int TimelineCanvas::padding() const
{
    return fontMetrics().height() / 2 + 4;
}

TimelineGeometry TimelineCanvas::timelineGeometry() const
{
    const int header = headerHeight();
    const int axis = axisWidth();
    const double top = header + padding() - verticalScrollBar()->value();
    const QRectF area(axis, header, std::max(10, viewport()->width() - axis - 2),
                      std::max(0, viewport()->height() - header));
    return {area, m_period.dayCount(), TimelineScale(m_pixelsPerHour, top)};
}

qint64 TimelineCanvas::nowSeconds() const
{
    return m_session->entries()->clock()->nowUtc().toSecsSinceEpoch();
}

qint64 TimelineCanvas::unixAt(int day, double y) const
{
    const qint64 seconds = timelineGeometry().secondsAt(y);
    return TimelineScale::timeAt(m_period.day(day), seconds, m_zone).toSecsSinceEpoch();
}

void TimelineCanvas::updateScrollRange()
{
    const int content = int(std::ceil(24 * m_pixelsPerHour)) + 2 * padding();
    const int page = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(std::max(1, int(m_pixelsPerHour / 2)));
}

void TimelineCanvas::armMinuteTimer()
{
    const QDateTime now = m_session->entries()->clock()->nowUtc();
    if (!isVisible() || !m_period.contains(now.toTimeZone(m_zone).date())) {
        m_minute.stop();
        return;
    }
    const int intoMinute = now.time().second() * 1000 + now.time().msec();
    m_minute.start(60 * 1000 - intoMinute + 200);
}

// ---- what is shown ----

const TimeEntry &TimelineCanvas::entryOf(int block) const
{
    ensureLayout();
    const TimelineBlock &b = m_layout.blocks().at(block);
    return m_shown.at(m_layout.items().at(b.item).source);
}

QRect TimelineCanvas::blockRect(int block) const
{
    ensureLayout();
    if (block < 0 || block >= m_layout.blocks().size())
        return {};
    return timelineGeometry().blockRect(m_layout.blocks().at(block)).toAlignedRect();
}

QPair<qint64, qint64> TimelineCanvas::blockKey(int block) const
{
    ensureLayout();
    const TimelineBlock &b = m_layout.blocks().at(block);
    return {m_layout.items().at(b.item).id, m_period.day(b.day).toJulianDay()};
}

int TimelineCanvas::blockIndex(qint64 entryId, qint64 julianDay) const
{
    ensureLayout();
    const int day = m_period.indexOf(QDate::fromJulianDay(julianDay));
    return day < 0 ? -1 : m_layout.blockOf(entryId, day);
}

QPoint TimelineCanvas::pointAt(int day, const QTime &time) const
{
    const TimelineGeometry geometry = timelineGeometry();
    const QRectF column = geometry.dayRect(day);
    const double y = geometry.scale().yAt(time.msecsSinceStartOfDay() / 1000);
    return QPointF(column.center().x(), y).toPoint();
}

QString TimelineCanvas::blockName(int block) const
{
    ensureLayout();
    if (block < 0 || block >= m_layout.blocks().size())
        return {};
    const TimelineBlock &b = m_layout.blocks().at(block);
    const QDate weekday = m_period.dayCount() > 1 ? m_period.day(b.day) : QDate();
    return TimelineTexts::accessibleName(entryOf(block), m_layout.items().at(b.item), m_zone, weekday);
}

QString TimelineCanvas::blockDescription(int block) const
{
    ensureLayout();
    if (block < 0 || block >= m_layout.blocks().size())
        return {};
    const TimelineBlock &b = m_layout.blocks().at(block);
    return TimelineTexts::accessibleDescription(entryOf(block), m_layout.items().at(b.item), b.overlaps);
}

// ---- selection ----

int TimelineCanvas::selectedBlock() const
{
    ensureLayout();
    if (m_selected == 0)
        return -1;
    const int onDay = m_layout.blockOf(m_selected, m_selectedDay);
    return onDay >= 0 ? onDay : m_layout.blockOf(m_selected);
}

void TimelineCanvas::selectBlock(int block)
{
    ensureLayout();
    const qint64 before = m_selected;
    const int dayBefore = m_selectedDay;
    if (block < 0 || block >= m_layout.blocks().size()) {
        m_selected = 0;
        m_selectedDay = -1;
    } else {
        const TimelineBlock &b = m_layout.blocks().at(block);
        m_selected = m_layout.items().at(b.item).id;
        m_selectedDay = b.day;
        ensureVisible(block);
    }
    viewport()->update();
    updateActions();
    if (before != m_selected || dayBefore != m_selectedDay) {
        announceSelection();
        emit selectionChanged();
    }
}

void TimelineCanvas::selectEntry(qint64 id)
{
    ensureLayout();
    selectBlock(m_layout.blockOf(id));
}

void TimelineCanvas::announceSelection()
{
    if (!QAccessible::isActive())
        return;
    const int block = selectedBlock();
    if (block < 0)
        return;
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(block);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(block);
        QAccessible::updateAccessibility(&focus);
    }
}

void TimelineCanvas::updateActions()
{
    const bool one = selectedBlock() >= 0;
    for (QAction *action : {m_continue, m_edit, m_duplicate, m_delete})
        action->setEnabled(one);
}

void TimelineCanvas::ensureVisible(int block)
{
    const QRect rect = blockRect(block);
    const int top = headerHeight();
    const int bottom = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    if (rect.top() < top + 4)
        bar->setValue(bar->value() - (top + 4 - rect.top()) - int(m_pixelsPerHour / 2));
    else if (rect.bottom() > bottom - 4)
        bar->setValue(bar->value() +
                      std::min(rect.bottom() - bottom + 4 + int(m_pixelsPerHour / 2), rect.top() - top - 4));
}

void TimelineCanvas::scrollToTime(const QTime &time)
{
    verticalScrollBar()->setValue(int(time.msecsSinceStartOfDay() / 1000.0 * m_pixelsPerHour / 3600.0));
}

// An hour before the period's first entry (8:00 on an empty one), but today's current time in view.
void TimelineCanvas::scrollToFirstEntry()
{
    ensureLayout();
    updateScrollRange();
    qint64 first = 8 * 3600 + 3600;
    bool any = false;
    for (const TimelineBlock &b : m_layout.blocks()) {
        first = any ? std::min(first, b.top) : b.top;
        any = true;
    }
    qint64 target = std::max<qint64>(0, first - 3600);
    const QDateTime now = m_session->entries()->clock()->nowUtc();
    if (m_period.contains(now.toTimeZone(m_zone).date())) {
        const qint64 visible = qint64((viewport()->height() - headerHeight()) * 3600.0 / m_pixelsPerHour);
        const qint64 nowWall = TimelineScale::secondsIntoDay(now, now.toTimeZone(m_zone).date(), m_zone);
        target = std::max(target, nowWall - visible * 8 / 10);
    }
    scrollToTime(QTime::fromMSecsSinceStartOfDay(int(std::clamp<qint64>(target, 0, 86399) * 1000)));
    m_scrollPending = !any;
}

void TimelineCanvas::moveSelection(int key)
{
    ensureLayout();
    const bool oneDay = m_period.dayCount() == 1;
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
    const int target = m_layout.neighbour(selectedBlock(), step);
    if (target >= 0)
        selectBlock(target);
}

// ---- changes ----

void TimelineCanvas::nudgeSelected(TimelineDrag::Kind kind, int steps)
{
    if (selectedBlock() < 0)
        return;
    m_editor->nudge(m_selected, kind, steps);
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
        const TimelineItem &item = m_layout.items().at(m_layout.blocks().at(block).item);
        const qint64 start = TimelineScale::snapUp(item.end);
        requestAdd(start, start + kNewEntrySeconds);
        return;
    }
    const QDateTime now = m_session->entries()->clock()->nowUtc();
    if (m_period.contains(now.toTimeZone(m_zone).date())) {
        const qint64 end = TimelineScale::snapDown(now.toSecsSinceEpoch());
        requestAdd(end - kNewEntrySeconds, end);
        return;
    }
    const qint64 start = TimelineScale::timeAt(m_period.first(), 9 * 3600, m_zone).toSecsSinceEpoch();
    requestAdd(start, start + kNewEntrySeconds);
}

void TimelineCanvas::editSelected()
{
    if (const TimeEntry *entry = m_editor->entry(m_selected))
        emit editRequested(*entry);
}

void TimelineCanvas::deleteSelected()
{
    const int block = selectedBlock();
    if (block < 0)
        return;
    m_editor->remove(m_selected);
    ensureLayout();
    selectBlock(std::min(block, blockCount() - 1)); // the next one, for the keyboard
}

// ---- events ----

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
    return QAbstractScrollArea::event(event);
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const TimelineGeometry::Hit hit = timelineGeometry().hit(timelineLayout().blocks(), help->pos());
        if (hit.block >= 0 && help->pos().y() >= headerHeight())
            QToolTip::showText(help->globalPos(),
                               blockName(hit.block) + QLatin1Char('\n') + blockDescription(hit.block),
                               viewport(), blockRect(hit.block));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineCanvas::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter painter(viewport());
    m_painter.setPalette(palette());
    const TimelineGeometry geometry = timelineGeometry();
    const int header = headerHeight();
    const QRect clip = event->rect();
    painter.fillRect(clip, palette().base());

    const QDateTime now = m_session->entries()->clock()->nowUtc();
    const QDate todayDate = now.toTimeZone(m_zone).date();
    const int today = m_period.indexOf(todayDate);
    const QList<Qt::DayOfWeek> workdays = QLocale().weekdays();
    QList<bool> weekend;
    for (int d = 0; d < m_period.dayCount(); ++d)
        weekend.append(!workdays.contains(Qt::DayOfWeek(m_period.day(d).dayOfWeek())));

    painter.save();
    painter.setClipRect(QRect(0, header, viewport()->width(), viewport()->height() - header));
    m_painter.paintGrid(painter, geometry, font(), axisWidth(), weekend, today);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const bool oneDay = m_period.dayCount() == 1;
    for (const TimelineGap &gap : m_layout.gaps()) {
        if (gap.seconds < kShowGapsFrom)
            continue;
        const QRectF column = geometry.dayRect(gap.day);
        const double top = geometry.scale().yAt(gap.top);
        const QRectF rect(column.left(), top, column.width(), geometry.scale().yAt(gap.bottom) - top);
        m_painter.paintGap(painter, rect, TimelineTexts::gap(gap.seconds, oneDay), small);
    }

    if (m_layout.blocks().isEmpty()) {
        const QRectF visible(geometry.area().left(), header, geometry.area().width(),
                             viewport()->height() - header);
        m_painter.paintHint(painter, visible, TimelineTexts::emptyPeriod(oneDay), font());
    }
    const QFont blockFont = oneDay ? font() : small;
    const qint64 dragged = m_press && m_press->active ? m_press->entryId : 0;
    const QList<TimelineBlock> &blocks = m_layout.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        const TimelineBlock &block = blocks.at(i);
        const QRectF rect = geometry.blockRect(block);
        if (!rect.toAlignedRect().adjusted(-3, -3, 3, 3).intersects(clip))
            continue;
        const TimelineItem &item = m_layout.items().at(block.item);
        const TimeEntry &entry = m_shown.at(item.source);
        TimelinePainter::BlockFlags flags;
        if (entry.id == m_selected && m_selected != 0) {
            flags |= TimelinePainter::Selected;
            if (hasFocus())
                flags |= TimelinePainter::Focused;
        }
        if (dragged != 0 && entry.id == dragged)
            flags |= TimelinePainter::Ghost;
        m_painter.paintBlock(
            painter, rect, entry.projectId ? entry.projectColor.value_or(QString()) : QString(), block,
            TimelineTexts::blockText(entry, TimelineTexts::times(item, m_zone)), blockFont, flags);
    }
    if (today >= 0) {
        const double y = geometry.scale().yAt(TimelineScale::secondsIntoDay(now, todayDate, m_zone));
        m_painter.paintNow(painter, geometry.dayRect(today), y);
    }
    paintPreview(painter, geometry);
    painter.restore();

    // The day headers stay on top while the hours scroll below them.
    QStringList names;
    QStringList totals;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const double width = geometry.dayWidth() - 4;
    for (int d = 0; d < m_period.dayCount(); ++d) {
        names.append(TimelineTexts::dayHeader(m_period.day(d), oneDay, width, boldMetrics));
        totals.append(TimelineTexts::dayTotal(m_layout.dayTotal(d), width, fontMetrics()));
    }
    m_painter.paintHeader(painter, QRectF(0, 0, viewport()->width(), header), geometry, names, totals, today,
                          font());
}

void TimelineCanvas::paintPreview(QPainter &painter, const TimelineGeometry &geometry) const
{
    if (!m_press || !m_press->active)
        return;
    const TimelineDrag::Span span = m_press->preview;
    const TimeEntry *entry = m_editor->entry(m_press->entryId); // nullptr: a new one
    if (m_press->entryId != 0 && !entry)
        return; // deleted meanwhile
    const bool running = entry && entry->isRunning();
    const QString times = TimelineTexts::times(span.start, span.end, running, m_zone);
    // The span's parts on the period's days, each at the full column width.
    const TimelineLayout preview({{m_press->entryId, span.start, span.end, running, 0}}, m_period, m_zone);
    for (const TimelineBlock &block : preview.blocks()) {
        const QRectF rect = geometry.blockRect(block);
        if (!entry)
            m_painter.paintNewBlock(painter, rect, times, font());
        else
            m_painter.paintBlock(painter, rect,
                                 entry->projectId ? entry->projectColor.value_or(QString()) : QString(),
                                 block, TimelineTexts::blockText(*entry, times), font(),
                                 TimelinePainter::Selected | TimelinePainter::Preview);
    }
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange(); // the layout is in seconds: a new width or height needs no new one
    viewport()->update();
    if (m_scrollPending && isVisible())
        scrollToFirstEntry();
}

void TimelineCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    ensureLayout();
    const QPoint pos = event->position().toPoint();
    const TimelineGeometry geometry = timelineGeometry();
    m_press.reset();
    if (pos.y() < headerHeight()) {
        const int day = geometry.dayAt(pos.x());
        if (event->button() == Qt::LeftButton && day >= 0 && m_period.dayCount() > 1)
            emit dayActivated(m_period.day(day));
        return;
    }
    const TimelineGeometry::Hit hit = geometry.hit(m_layout.blocks(), pos);
    if (hit.block >= 0) {
        const TimelineBlock &block = m_layout.blocks().at(hit.block);
        const TimelineItem item = m_layout.items().at(block.item);
        const int scroll = verticalScrollBar()->value();
        selectBlock(hit.block);
        verticalScrollBar()->setValue(scroll); // a click never scrolls
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
    const int edge = int(m_pixelsPerHour / 3);
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
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Ctrl+wheel zooms the hours around the pointer.
    const double y = event->position().y();
    const qint64 anchor = timelineGeometry().secondsAt(y);
    const double factor = event->angleDelta().y() > 0 ? 1.2 : 1 / 1.2;
    m_pixelsPerHour = std::clamp(m_pixelsPerHour * factor, kMinPixelsPerHour, kMaxPixelsPerHour);
    updateScrollRange();
    verticalScrollBar()->setValue(int(headerHeight() + padding() + anchor * m_pixelsPerHour / 3600.0 - y));
    invalidate();
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
    QAbstractScrollArea::keyPressEvent(event);
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
    const TimelineGeometry::Hit hit = geometry.hit(m_layout.blocks(), pos);
    const int scroll = verticalScrollBar()->value();
    selectBlock(hit.block);
    verticalScrollBar()->setValue(scroll);
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
    QAbstractScrollArea::focusInEvent(event);
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
    QAbstractScrollArea::focusOutEvent(event);
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
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        m_pixelsPerHour = std::clamp(fontMetrics().height() * 3.0, 36.0, kMaxPixelsPerHour);
        updateScrollRange();
        invalidate();
        break;
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        invalidate();
        break;
    default:
        break;
    }
}

void TimelineCanvas::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateScrollRange();
    invalidate(); // "now" moved while hidden
    if (m_scrollPending)
        scrollToFirstEntry();
    armMinuteTimer();
}

void TimelineCanvas::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    m_minute.stop();
    m_press.reset();
}

} // namespace punchclock
