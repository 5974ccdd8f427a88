// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineSurface.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/sync/Outbox.h"
#include "app/time/Clock.h"
#include "ui/timeline/TimelineTexts.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace punchclock {

namespace {
constexpr double kMinPixelsPerHour = 24;
constexpr double kMaxPixelsPerHour = 240;
constexpr qint64 kShowGapsFrom = 15 * 60; // shorter gaps are not labelled

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

TimelineSurface::TimelineSurface(TrackSession *session, QWidget *parent)
    : QAbstractScrollArea(parent), m_session(session),
      m_period(TimelinePeriod::Span::Day, QDate::currentDate(), QLocale().firstDayOfWeek()),
      m_zone(QTimeZone::systemTimeZone())
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
    m_pixelsPerHour = std::clamp(fontMetrics().height() * 3.0, 36.0, kMaxPixelsPerHour);

    TimeEntryModel *model = session->entries();
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineSurface::invalidate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineSurface::invalidate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineSurface::invalidate);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineSurface::invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineSurface::invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (!isTick(topLeft, bottomRight, roles))
                    invalidate();
            });
    connect(session, &TrackSession::relatedChanged, this, &TimelineSurface::invalidate);

    m_minute.setSingleShot(true);
    m_minute.setTimerType(Qt::CoarseTimer);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        invalidate();
        armMinuteTimer();
    });
}

void TimelineSurface::setPeriod(const TimelinePeriod &period)
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
    emit selectionChanged(); // the selected block may be out of the period
}

void TimelineSurface::invalidate()
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

void TimelineSurface::ensureLayout() const
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

const TimelineLayout &TimelineSurface::timelineLayout() const
{
    ensureLayout();
    return m_layout;
}

int TimelineSurface::headerHeight() const
{
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() + fontMetrics().height() + 8;
}

int TimelineSurface::axisWidth() const
{
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour)
        widest = std::max(widest, fontMetrics().horizontalAdvance(TimelinePainter::hourLabel(hour)));
    return widest + 14;
}

int TimelineSurface::padding() const
{
    return fontMetrics().height() / 2 + 4;
}

TimelineGeometry TimelineSurface::timelineGeometry() const
{
    const int header = headerHeight();
    const int axis = axisWidth();
    const double top = header + padding() - verticalScrollBar()->value();
    const QRectF area(axis, header, std::max(10, viewport()->width() - axis - 2),
                      std::max(0, viewport()->height() - header));
    return {area, m_period.dayCount(), TimelineScale(m_pixelsPerHour, top)};
}

qint64 TimelineSurface::nowSeconds() const
{
    return m_session->entries()->clock()->nowUtc().toSecsSinceEpoch();
}

qint64 TimelineSurface::unixAt(int day, double y) const
{
    const qint64 seconds = timelineGeometry().secondsAt(y);
    return TimelineScale::timeAt(m_period.day(day), seconds, m_zone).toSecsSinceEpoch();
}

void TimelineSurface::updateScrollRange()
{
    const int content = int(std::ceil(24 * m_pixelsPerHour)) + 2 * padding();
    const int page = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(std::max(1, int(m_pixelsPerHour / 2)));
}

void TimelineSurface::armMinuteTimer()
{
    const QDateTime now = m_session->entries()->clock()->nowUtc();
    if (!isVisible() || !m_period.contains(now.toTimeZone(m_zone).date())) {
        m_minute.stop();
        return;
    }
    const int intoMinute = now.time().second() * 1000 + now.time().msec();
    m_minute.start(60 * 1000 - intoMinute + 200);
}

const TimeEntry &TimelineSurface::entryOf(int block) const
{
    ensureLayout();
    const TimelineBlock &b = m_layout.blocks().at(block);
    return m_shown.at(m_layout.items().at(b.item).source);
}

QRect TimelineSurface::blockRect(int block) const
{
    ensureLayout();
    if (block < 0 || block >= m_layout.blocks().size())
        return {};
    return timelineGeometry().blockRect(m_layout.blocks().at(block)).toAlignedRect();
}

QPair<qint64, qint64> TimelineSurface::blockKey(int block) const
{
    ensureLayout();
    const TimelineBlock &b = m_layout.blocks().at(block);
    return {m_layout.items().at(b.item).id, m_period.day(b.day).toJulianDay()};
}

int TimelineSurface::blockIndex(qint64 entryId, qint64 julianDay) const
{
    ensureLayout();
    const int day = m_period.indexOf(QDate::fromJulianDay(julianDay));
    return day < 0 ? -1 : m_layout.blockOf(entryId, day);
}

QPoint TimelineSurface::pointAt(int day, const QTime &time) const
{
    const TimelineGeometry geometry = timelineGeometry();
    const QRectF column = geometry.dayRect(day);
    const double y = geometry.scale().yAt(time.msecsSinceStartOfDay() / 1000);
    return QPointF(column.center().x(), y).toPoint();
}

QString TimelineSurface::blockName(int block) const
{
    ensureLayout();
    if (block < 0 || block >= m_layout.blocks().size())
        return {};
    const TimelineBlock &b = m_layout.blocks().at(block);
    const QDate weekday = m_period.dayCount() > 1 ? m_period.day(b.day) : QDate();
    return TimelineTexts::accessibleName(entryOf(block), m_layout.items().at(b.item), m_zone, weekday);
}

QString TimelineSurface::blockDescription(int block) const
{
    ensureLayout();
    if (block < 0 || block >= m_layout.blocks().size())
        return {};
    const TimelineBlock &b = m_layout.blocks().at(block);
    return TimelineTexts::accessibleDescription(entryOf(block), m_layout.items().at(b.item), b.overlaps);
}

int TimelineSurface::selectedBlock() const
{
    ensureLayout();
    if (m_selected == 0)
        return -1;
    const int onDay = m_layout.blockOf(m_selected, m_selectedDay);
    return onDay >= 0 ? onDay : m_layout.blockOf(m_selected);
}

void TimelineSurface::selectBlock(int block)
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
    if (before != m_selected || dayBefore != m_selectedDay) {
        announceSelection();
        emit selectionChanged();
    }
}

void TimelineSurface::selectEntry(qint64 id)
{
    ensureLayout();
    selectBlock(m_layout.blockOf(id));
}

void TimelineSurface::announceSelection()
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

void TimelineSurface::ensureVisible(int block)
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

void TimelineSurface::scrollToTime(const QTime &time)
{
    verticalScrollBar()->setValue(int(time.msecsSinceStartOfDay() / 1000.0 * m_pixelsPerHour / 3600.0));
}

// An hour before the period's first entry (8:00 on an empty one), but today's current time in view.
void TimelineSurface::scrollToFirstEntry()
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

bool TimelineSurface::viewportEvent(QEvent *event)
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

void TimelineSurface::paintEvent(QPaintEvent *event)
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
    const qint64 dragged = draggedEntry();
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
    paintOverlay(painter, geometry);
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

void TimelineSurface::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange(); // the layout is in seconds: a new width or height needs no new one
    viewport()->update();
    if (m_scrollPending && isVisible())
        scrollToFirstEntry();
}

void TimelineSurface::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineSurface::changeEvent(QEvent *event)
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

void TimelineSurface::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateScrollRange();
    invalidate(); // "now" moved while hidden
    if (m_scrollPending)
        scrollToFirstEntry();
    armMinuteTimer();
}

void TimelineSurface::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    m_minute.stop();
}

void TimelineSurface::zoom(double factor, double y)
{
    const qint64 anchor = timelineGeometry().secondsAt(y);
    m_pixelsPerHour = std::clamp(m_pixelsPerHour * factor, kMinPixelsPerHour, kMaxPixelsPerHour);
    updateScrollRange();
    verticalScrollBar()->setValue(int(headerHeight() + padding() + anchor * m_pixelsPerHour / 3600.0 - y));
    invalidate(); // the shortest block's seconds follow the scale
}

void TimelineSurface::paintOverlay(QPainter &, const TimelineGeometry &) const {}

} // namespace punchclock
