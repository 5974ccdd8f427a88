// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPair>
#include <QPointer>

namespace punchclock {

class TimelineCanvas;

// What screen readers see of a timeline: a list (named after the day or week shown) with one item
// per block, named "Write the report, Acme, 09:00–10:30" and described by its duration and any
// overlap; the selected block is the focused, selected item. Items are made when asked for and
// kept by their entry and date, so a reader's reference stays good while the blocks move around
// (or the day view becomes the week); those whose block is gone are deleted at the next question
// (readers hold their IDs, as with Qt's own item views).
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineCanvas *canvas);
    ~TimelineAccessible() override;

    // Registers the factory that gives every TimelineCanvas this interface (once per process).
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

private:
    using Key = QPair<qint64, qint64>; // entry ID, date (Julian day)
    TimelineCanvas *canvas() const;
    void prune() const;

    mutable QHash<Key, QAccessible::Id> m_children;
    mutable int m_generation = -1;
};

// One block of a timeline: an item of TimelineAccessible's list. Press edits the entry.
class TimelineBlockAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TimelineBlockAccessible(TimelineCanvas *canvas, qint64 entryId, qint64 julianDay);

    int index() const; // the block's index now, -1 when gone
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QPointer<TimelineCanvas> m_canvas;
    qint64 m_entryId;
    qint64 m_julianDay;
};

} // namespace punchclock
