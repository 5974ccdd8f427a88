// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/HistoryFooter.h"

#include "app/session/HistoryLoader.h"
#include "app/session/TrackSession.h"
#include "ui/common/LiveLabel.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace punchclock {

HistoryFooter::HistoryFooter(TrackSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_busy(new QProgressBar(this)), m_status(new LiveLabel(this)),
      m_load(new QPushButton(tr("Load Earlier &Week"), this))
{
    setObjectName(QStringLiteral("historyFooter"));
    setAccessibleName(tr("Older entries"));
    m_busy->setObjectName(QStringLiteral("historyBusy"));
    m_busy->setAccessibleName(tr("Loading older entries"));
    m_busy->setRange(0, 0); // busy: no known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setAccessibleName(tr("Older entries status"));
    m_status->setWordWrap(true); // a narrow window wraps it rather than growing for it
    m_load->setObjectName(QStringLiteral("loadEarlierButton"));
    m_load->setAccessibleName(tr("Load earlier week"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_busy);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_load);

    connect(m_load, &QPushButton::clicked, session, [session] { session->loadEarlierWeek(); });
    HistoryLoader *history = session->history();
    connect(history, &HistoryLoader::busyChanged, this, &HistoryFooter::update);
    connect(history, &HistoryLoader::loadStarted, this, &HistoryFooter::update);
    connect(history, &HistoryLoader::weekLoaded, this, &HistoryFooter::update);
    connect(history, &HistoryLoader::loadFailed, this, &HistoryFooter::update);
    connect(session, &TrackSession::refreshed, this, &HistoryFooter::update); // a list marks weeks too
    update();
}

void HistoryFooter::update()
{
    const HistoryLoader *history = m_session->history();
    const QLocale locale;
    const bool busy = history->isBusy();
    m_busy->setVisible(busy);
    m_load->setEnabled(!busy);
    const QDate earlier = history->nextEarlierWeek();
    m_load->setToolTip(tr("Read the entries of the week of %1 from the server")
                           .arg(locale.toString(earlier, QLocale::LongFormat)));
    if (busy)
        m_status->setText(
            tr("Loading the week of %1…").arg(locale.toString(history->currentWeek(), QLocale::LongFormat)));
    else
        m_status->setText(tr("Loaded back to the week of %1")
                              .arg(locale.toString(earlier.addDays(7), QLocale::LongFormat)));
}

} // namespace punchclock
