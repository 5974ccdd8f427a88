// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineAccessible.h"

#include "ui/timeline/TimelineCanvas.h"

#include <QWidget>
#include <QWindow>

namespace punchclock {

namespace {
QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(TimelineCanvas::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineCanvas *>(object));
    return nullptr;
}
} // namespace

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

TimelineAccessible::TimelineAccessible(TimelineCanvas *canvas) : QAccessibleWidget(canvas, QAccessible::List)
{
}

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

TimelineCanvas *TimelineAccessible::canvas() const
{
    return static_cast<TimelineCanvas *>(widget());
}

// Drops the items of blocks that are gone, once per new layout.
void TimelineAccessible::prune() const
{
    const TimelineCanvas *c = canvas();
    if (c->layoutGeneration() == m_generation)
        return;
    m_generation = c->layoutGeneration();
    for (auto it = m_children.begin(); it != m_children.end();) {
        if (c->blockIndex(it.key().first, it.key().second) < 0) {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_children.erase(it);
        } else {
            ++it;
        }
    }
}

int TimelineAccessible::childCount() const
{
    return canvas()->blockCount();
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    TimelineCanvas *c = canvas();
    if (index < 0 || index >= c->blockCount())
        return nullptr;
    prune();
    const Key key = c->blockKey(index);
    const auto found = m_children.constFind(key);
    if (found != m_children.constEnd()) {
        if (QAccessibleInterface *existing = QAccessible::accessibleInterface(*found))
            return existing;
    }
    auto *item = new TimelineBlockAccessible(c, key.first, key.second);
    m_children.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *item = dynamic_cast<const TimelineBlockAccessible *>(child))
        return item->index();
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    TimelineCanvas *c = canvas();
    const QPoint at = c->viewport()->mapFromGlobal(QPoint(x, y));
    for (int i = c->blockCount() - 1; i >= 0; --i) {
        if (c->blockRect(i).contains(at))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const int selected = canvas()->selectedBlock();
    return canvas()->hasFocus() && selected >= 0 ? child(selected) : nullptr;
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description)
        return canvas()->accessibleDescription();
    return QAccessibleWidget::text(t);
}

TimelineBlockAccessible::TimelineBlockAccessible(TimelineCanvas *canvas, qint64 entryId, qint64 julianDay)
    : m_canvas(canvas), m_entryId(entryId), m_julianDay(julianDay)
{
}

int TimelineBlockAccessible::index() const
{
    return m_canvas ? m_canvas->blockIndex(m_entryId, m_julianDay) : -1;
}

bool TimelineBlockAccessible::isValid() const
{
    return index() >= 0;
}

QWindow *TimelineBlockAccessible::window() const
{
    return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TimelineBlockAccessible::parent() const
{
    return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas.data()) : nullptr;
}

QString TimelineBlockAccessible::text(QAccessible::Text t) const
{
    const int block = index();
    if (block < 0)
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_canvas->blockName(block);
    case QAccessible::Description:
        return m_canvas->blockDescription(block);
    default:
        return {};
    }
}

QRect TimelineBlockAccessible::rect() const
{
    const int block = index();
    if (block < 0)
        return {};
    const QRect local = m_canvas->blockRect(block);
    return QRect(m_canvas->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State TimelineBlockAccessible::state() const
{
    QAccessible::State state;
    const int block = index();
    if (block < 0) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    const bool selected = m_canvas->selectedBlock() == block;
    state.selected = selected;
    state.focused = selected && m_canvas->hasFocus();
    const QRect r = m_canvas->blockRect(block);
    state.offscreen = !m_canvas->viewport()->rect().intersects(r) || r.bottom() < m_canvas->headerHeight();
    return state;
}

void *TimelineBlockAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList TimelineBlockAccessible::actionNames() const
{
    return {pressAction(), setFocusAction(), showMenuAction()};
}

void TimelineBlockAccessible::doAction(const QString &actionName)
{
    const int block = index();
    if (block < 0)
        return;
    m_canvas->selectBlock(block);
    if (actionName == setFocusAction())
        m_canvas->setFocus(Qt::OtherFocusReason);
    else if (actionName == pressAction())
        m_canvas->editSelected();
    else if (actionName == showMenuAction())
        m_canvas->showMenuForSelection();
}

QStringList TimelineBlockAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Return")};
    if (actionName == showMenuAction())
        return {QStringLiteral("Menu")};
    return {};
}

} // namespace punchclock
