// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/WeeklyReportDialog.h"

#include "ui/report/WeeklyReportView.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock {

WeeklyReportDialog::WeeklyReportDialog(TrackSession *session, const Clock *clock, QWidget *parent)
    : QDialog(parent), m_view(new WeeklyReportView(session, clock, this))
{
    setObjectName(QStringLiteral("weeklyReportDialog"));
    setWindowTitle(tr("Weekly Report"));
    // Close beside Copy and Export (Esc closes too).
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_view->addButton(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    resize(760, 620);
}

} // namespace punchclock
