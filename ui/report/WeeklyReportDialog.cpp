// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/WeeklyReportDialog.h"

#include "ui/report/WeeklyReportView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock {

WeeklyReportDialog::WeeklyReportDialog(TrackSession *session, const Clock *clock, QWidget *parent)
    : QDialog(parent), m_view(new WeeklyReportView(session, clock, this))
{
    setObjectName(QStringLiteral("weeklyReportDialog"));
    setWindowTitle(tr("Weekly Report"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the table must not close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

} // namespace punchclock
