// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/AwayBanner.h"

#include "ui/common/LiveLabel.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

namespace punchclock {

AwayBanner::AwayBanner(QWidget *parent)
    : QFrame(parent), m_label(new LiveLabel(this)), m_continue(new QPushButton(tr("&Continue"), this))
{
    setObjectName(QStringLiteral("awayBanner"));
    setAccessibleName(tr("Timer stopped"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("awayMessageLabel"));
    m_label->setAccessibleName(tr("Why the timer stopped"));
    m_label->setWordWrap(true);
    m_continue->setObjectName(QStringLiteral("awayContinueButton"));
    m_continue->setAccessibleName(tr("Continue the stopped entry"));
    auto *dismiss = new QPushButton(tr("Dis&miss"), this);
    dismiss->setObjectName(QStringLiteral("awayDismissButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_continue);
    layout->addWidget(dismiss);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        hide();
        emit continueRequested(m_entry);
    });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

QString AwayBanner::messageText(AwayReason reason, const QDateTime &at)
{
    const QString time = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    switch (reason) {
    case AwayReason::Sleep:
        return tr("The timer was stopped at %1 when the computer went to sleep.").arg(time);
    case AwayReason::Lock:
        return tr("The timer was stopped at %1 when the screen was locked.").arg(time);
    case AwayReason::Shutdown:
        return tr("The timer was stopped at %1 when the computer shut down.").arg(time);
    case AwayReason::Idle:
        break;
    }
    return tr("The timer was stopped at %1 when you went idle.").arg(time);
}

void AwayBanner::showStopped(const TimeEntry &entry, AwayReason reason, const QDateTime &at)
{
    m_entry = entry;
    m_label->setText(messageText(reason, at));
    show();
}

} // namespace punchclock
