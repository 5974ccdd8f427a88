// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace punchclock {

// The weekly report's cells: a project's colour beside its name, client rows and the total in bold,
// the billable and non-billable rows in italics.
class ReportDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QIcon> m_swatches; // one per colour (see EntryDelegate)
};

} // namespace punchclock
