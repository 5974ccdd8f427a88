// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/EntryColumns.h"

#include "app/models/TimeEntryModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTreeView>

namespace punchclock {

EntryColumns::EntryColumns(QTreeView *view) : QObject(view), m_view(view)
{
    QHeaderView *header = view->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &EntryColumns::showMenu);
    // The viewport, not the view: a vertical scroll bar appearing narrows it too.
    view->viewport()->installEventFilter(this);
}

QList<int> EntryColumns::lessImportantFirst()
{
    return {TimeEntryModel::Tags, TimeEntryModel::Stop, TimeEntryModel::Billable, TimeEntryModel::Start,
            TimeEntryModel::Project};
}

bool EntryColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        apply();
    return QObject::eventFilter(watched, event);
}

int EntryColumns::preferredWidth(int column) const
{
    return m_widths.value(column, m_view->header()->defaultSectionSize());
}

void EntryColumns::apply()
{
    QHeaderView *header = m_view->header();
    const int count = header->count();
    for (int c = 0; c < count; ++c) {
        if (!header->isSectionHidden(c) && header->sectionSize(c) > 0)
            m_widths[c] = header->sectionSize(c);
    }
    // Description stretches: it needs room for a few words, the others their own width.
    int needed = m_view->fontMetrics().averageCharWidth() * 22;
    for (int c = 0; c < count; ++c) {
        if (c != TimeEntryModel::Description && m_choices.value(c, true))
            needed += preferredWidth(c);
    }
    // Not on screen yet: its width means nothing, so hide nothing for it.
    const int available = m_view->isVisible() ? m_view->viewport()->width() : needed;
    m_hiddenForWidth.clear();
    for (int c : lessImportantFirst()) {
        if (needed <= available)
            break;
        if (m_choices.contains(c) || c >= count)
            continue; // chosen by hand: shown anyway, or not counted
        m_hiddenForWidth.append(c);
        needed -= preferredWidth(c);
    }
    for (int c = 0; c < count; ++c) {
        const bool hidden = c != TimeEntryModel::Description &&
                            (m_choices.contains(c) ? !m_choices.value(c) : m_hiddenForWidth.contains(c));
        if (header->isSectionHidden(c) != hidden)
            m_view->setColumnHidden(c, hidden);
    }
}

bool EntryColumns::isHiddenForWidth(int column) const
{
    return m_hiddenForWidth.contains(column);
}

void EntryColumns::choose(int column, bool visible)
{
    if (column == TimeEntryModel::Description)
        return;
    m_choices.insert(column, visible);
    apply();
}

void EntryColumns::resetChoices()
{
    m_choices.clear();
    apply();
}

QVariantMap EntryColumns::saveChoices() const
{
    QVariantMap out;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        out.insert(QString::number(it.key()), it.value());
    return out;
}

void EntryColumns::restoreChoices(const QVariantMap &choices)
{
    m_choices.clear();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        bool ok = false;
        const int column = it.key().toInt(&ok);
        if (ok && column > TimeEntryModel::Description && column < TimeEntryModel::ColumnCount)
            m_choices.insert(column, it.value().toBool());
    }
    apply();
}

void EntryColumns::showMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->header();
    QMenu menu(m_view);
    menu.setAccessibleName(tr("Columns"));
    for (int c = 0; c < header->count(); ++c) {
        QAction *action = menu.addAction(m_view->model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != TimeEntryModel::Description);
        connect(action, &QAction::toggled, this, [this, c](bool on) { choose(c, on); });
    }
    menu.addSeparator();
    QAction *fit = menu.addAction(tr("Fit Columns to Window"), this, &EntryColumns::resetChoices);
    fit->setToolTip(tr("Hide the less important columns when the window is narrow"));
    fit->setEnabled(!m_choices.isEmpty());
    QAction *timeOrder = menu.addAction(tr("Default Order (Newest First)"), m_view,
                                        [this] { m_view->sortByColumn(-1, Qt::AscendingOrder); });
    timeOrder->setEnabled(header->sortIndicatorSection() >= 0);
    menu.exec(header->mapToGlobal(pos));
}

} // namespace punchclock
