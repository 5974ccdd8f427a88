// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/remote/TimerService.h"

#include "app/models/TimeEntryModel.h"
#include "app/remote/DBusNames.h"
#include "app/remote/TimerReport.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "app/track/TrackTime.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonDocument>

namespace punchclock {

TimerService::TimerService(TrackSession *session, TimerController *timer, TimerCommands *commands,
                           const TimerReport *report, QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer), m_commands(commands), m_report(report)
{
    m_announced = properties();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &TimerService::announceChanges);
    const auto changed = [this] { m_coalesce.start(); };
    connect(timer, &TimerController::runningChanged, this, changed);
    connect(timer, &TimerController::formChanged, this, changed);
    TimeEntryModel *model = session->entries();
    connect(model, &TimeEntryModel::modelReset, this, changed);
    connect(model, &TimeEntryModel::rowsInserted, this, changed);
    connect(model, &TimeEntryModel::rowsRemoved, this, changed);
    connect(model, &TimeEntryModel::dataChanged, this,
            [changed](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() != TimeEntryModel::Duration ||
                    bottomRight.column() != TimeEntryModel::Duration)
                    changed(); // not the running entry's tick
            });
    connect(session, &TrackSession::relatedChanged, this, changed); // a project renamed
}

bool TimerService::running() const
{
    return m_timer->isRunning();
}

QString TimerService::description() const
{
    return m_timer->running() ? m_timer->running()->description.value_or(QString()) : QString();
}

QString TimerService::project() const
{
    const auto &running = m_timer->running();
    if (!running || !running->projectId)
        return {};
    if (const Project *p = m_session->project(*running->projectId))
        return p->name;
    return running->projectName.value_or(QString());
}

QString TimerService::startedAt() const
{
    return m_timer->running() ? TrackTime::format(m_timer->running()->start) : QString();
}

qlonglong TimerService::todayTotal() const
{
    return m_report->todayTotalSeconds();
}

TimerCommands::Done TimerService::delayedReply()
{
    setDelayedReply(true);
    return [bus = connection(), call = message()](const TimerCommands::Result &result) mutable {
        bus.send(result.ok ? call.createReply() : call.createErrorReply(result.errorName, result.message));
    };
}

void TimerService::Start(const QString &description, const QString &project, const QStringList &tags)
{
    m_commands->start(description, project, tags, delayedReply());
}

void TimerService::Stop()
{
    m_commands->stop(delayedReply());
}

void TimerService::Toggle()
{
    m_commands->toggle(delayedReply());
}

void TimerService::Continue()
{
    m_commands->continueLast(delayedReply());
}

QString TimerService::Status() const
{
    return QString::fromUtf8(QJsonDocument(m_report->status()).toJson(QJsonDocument::Compact));
}

QString TimerService::List(const QString &period)
{
    if (period == QLatin1String("today"))
        return QString::fromUtf8(QJsonDocument(m_report->today()).toJson(QJsonDocument::Compact));
    if (period == QLatin1String("week"))
        return QString::fromUtf8(QJsonDocument(m_report->week()).toJson(QJsonDocument::Compact));
    sendErrorReply(QLatin1String(DBusNames::kErrorInvalidArgs),
                   tr("Unknown period “%1”: use “today” or “week”").arg(period));
    return {};
}

void TimerService::ShowWindow()
{
    emit showWindowRequested();
}

QVariantMap TimerService::properties() const
{
    return {
        {QStringLiteral("Running"), running()},       {QStringLiteral("Description"), description()},
        {QStringLiteral("Project"), project()},       {QStringLiteral("StartedAt"), startedAt()},
        {QStringLiteral("TodayTotal"), todayTotal()},
    };
}

void TimerService::announceChanges()
{
    const QVariantMap now = properties();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_announced.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return;
    m_announced = now;
    QDBusMessage signal = QDBusMessage::createSignal(QLatin1String(DBusNames::kTimerPath),
                                                     QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << QString::fromLatin1(DBusNames::kTimerInterface) << changed << QStringList();
    QDBusConnection::sessionBus().send(signal);
}

} // namespace punchclock
