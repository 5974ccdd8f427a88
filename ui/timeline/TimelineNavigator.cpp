// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/TimelineNavigator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace punchclock {

TimelineNavigator::TimelineNavigator(QAction *previous, QAction *today, QAction *next, QWidget *parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_today(new QToolButton(this)),
      m_next(new QToolButton(this)), m_label(new QLabel(this))
{
    m_previous->setObjectName(QStringLiteral("timelinePrevious"));
    m_today->setObjectName(QStringLiteral("timelineToday"));
    m_next->setObjectName(QStringLiteral("timelineNext"));
    m_label->setObjectName(QStringLiteral("timelinePeriod"));
    m_previous->setDefaultAction(previous);
    m_today->setDefaultAction(today);
    m_next->setDefaultAction(next);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    for (QToolButton *button : {m_previous, m_next})
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_today->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    // The name is cut rather than widening a narrow window.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_previous);
    layout->addWidget(m_today);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_label, 1);
}

void TimelineNavigator::setPeriodName(const QString &text, const QString &accessibleName)
{
    m_label->setText(text);
    m_label->setAccessibleName(accessibleName);
}

QString TimelineNavigator::periodName() const
{
    return m_label->text();
}

} // namespace punchclock
