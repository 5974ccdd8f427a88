// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportDelegate.h"

#include "app/report/WeekReportModel.h"
#include "ui/common/ProjectPicker.h"

namespace punchclock {

void ReportDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Kind = WeekReportModel::RowKind;
    const auto kind = Kind(index.data(WeekReportModel::RowKindRole).toInt());
    switch (kind) {
    case Kind::Client:
    case Kind::Total:
        option->font.setBold(true);
        break;
    case Kind::BillableTotal:
    case Kind::NonBillableTotal:
        option->font.setItalic(true);
        break;
    case Kind::Project:
        if (index.column() == WeekReportModel::Name) {
            const QString color = index.data(WeekReportModel::ProjectColorRole).toString();
            auto swatch = m_swatches.constFind(color);
            if (swatch == m_swatches.constEnd())
                swatch = m_swatches.insert(color, ProjectPicker::swatch(color));
            option->icon = *swatch;
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        break;
    }
}

} // namespace punchclock
