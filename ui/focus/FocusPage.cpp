// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/focus/FocusPage.h"

#include "app/session/FocusSession.h"
#include "ui/focus/FocusView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock {

FocusPage::FocusPage(FocusSession *session, FocusBulkEditor *bulkEditor, QWidget *parent)
    : QStackedWidget(parent), m_session(session), m_view(new FocusView(session, bulkEditor, this)),
      m_prompt(new QWidget(this))
{
    m_view->setObjectName(QStringLiteral("focusView"));
    m_prompt->setObjectName(QStringLiteral("focusNotSetUp"));
    auto *title = new QLabel(tr("Toggl Focus is not set up"), m_prompt);
    title->setAlignment(Qt::AlignCenter);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    title->setAccessibleName(title->text());
    auto *text =
        new QLabel(tr("Add your Focus API key and organization ID in Settings to see your Focus tasks "
                      "here and track time on them."),
                   m_prompt);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setAccessibleName(tr("How to set up Toggl Focus"));
    m_openSettings = new QPushButton(tr("Set &up Toggl Focus…"), m_prompt);
    m_openSettings->setObjectName(QStringLiteral("focusSetUpButton"));
    m_openSettings->setAccessibleName(tr("Open the Toggl Focus settings"));
    m_openSettings->setAccessibleDescription(title->text());

    auto *layout = new QVBoxLayout(m_prompt);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_openSettings, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    addWidget(m_view);
    addWidget(m_prompt);
    connect(m_openSettings, &QPushButton::clicked, this, &FocusPage::settingsRequested);
    connect(session, &FocusSession::configurationChanged, this, &FocusPage::update);
    update();
}

void FocusPage::update()
{
    setCurrentWidget(m_session->isConfigured() ? static_cast<QWidget *>(m_view) : m_prompt);
}

} // namespace punchclock
