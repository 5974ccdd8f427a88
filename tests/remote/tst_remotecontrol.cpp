// SPDX-License-Identifier: GPL-3.0-or-later
// The timer on D-Bus (issue #21): the real RemoteControl over the real AppCore, signed in on the
// in-process sandbox, published on the test's private session bus and called through it from a
// second connection (methods, errors, properties, PropertiesChanged, org.freedesktop.Application).
#include "app/cli/CommandLine.h"
#include "app/core/AppCore.h"
#include "app/credentials/StartupSignIn.h"
#include "app/remote/DBusNames.h"
#include "app/remote/RemoteControl.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "app/track/TrackTime.h"
#include "tests/support/BusCall.h"
#include "tests/support/SandboxFixture.h"

#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace punchclock;
using namespace Qt::StringLiterals;

class TestRemoteControl : public QObject
{
    Q_OBJECT

public slots:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &)
    {
        if (interface == QLatin1String(DBusNames::kTimerInterface))
            m_changes.append(changed);
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishesItsName();
    void startWithProjectAndTags();
    void unknownProjectListsCandidates();
    void ambiguousProjectListsCandidates();
    void stopAndNotRunning();
    void continueAndToggle();
    void nothingToContinue();
    void listTodayAndWeek();
    void showWindowAndApplication();
    void notSignedIn();

private:
    QDBusMessage call(const QString &method, const QVariantList &arguments = {});
    QVariant property(const QString &name);
    QJsonObject status();
    QJsonObject sandboxRunning() const; // the running entry on the server, {} when none

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<CommandLine> m_line;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<RemoteControl> m_remote;
    QString m_service;
    QList<QVariantMap> m_changes;
    qint64 m_docs = 0;
    int m_round = 0;
};

void TestRemoteControl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRemoteControl::init()
{
    m_server = startSandbox();
    m_docs = m_server->insertProject(u"Docs"_s);
    m_server->insertProject(u"Website"_s);
    m_line = std::make_unique<CommandLine>();
    QVERIFY(m_line->parse({u"punchclock"_s, u"--server"_s, m_server->baseUrl().toString()}));
    const QString instance =
        u"tst_remotecontrol-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_round);
    m_core = std::make_unique<AppCore>(*m_line, instance);
    connect(m_core->startup(), &StartupSignIn::signedIn, m_core->session(), &TrackSession::signIn);
    QSignalSpy refreshed(m_core->session(), &TrackSession::refreshed);
    qputenv("PUNCHCLOCK_TOKEN", m_server->token().toUtf8());
    QVERIFY(!m_core->startSignIn());
    QVERIFY(refreshed.wait(10000));

    m_remote = std::make_unique<RemoteControl>(m_core.get());
    QVERIFY(m_remote->publish(instance));
    m_service = DBusNames::serviceName(instance);
    m_changes.clear();
    QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"client"_s)
                .connect(m_service, QLatin1String(DBusNames::kTimerPath),
                         u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s, this,
                         SLOT(onPropertiesChanged(QString, QVariantMap, QStringList))));
}

void TestRemoteControl::cleanup()
{
    QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"client"_s)
        .disconnect(m_service, QLatin1String(DBusNames::kTimerPath), u"org.freedesktop.DBus.Properties"_s,
                    u"PropertiesChanged"_s, this,
                    SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    m_remote.reset();
    m_core.reset();
    m_server.reset();
}

QDBusMessage TestRemoteControl::call(const QString &method, const QVariantList &arguments)
{
    return busCall(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"client"_s), m_service,
                   QLatin1String(DBusNames::kTimerPath), QLatin1String(DBusNames::kTimerInterface), method,
                   arguments);
}

QVariant TestRemoteControl::property(const QString &name)
{
    return busProperty(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"client"_s), m_service,
                       QLatin1String(DBusNames::kTimerPath), QLatin1String(DBusNames::kTimerInterface), name);
}

QJsonObject TestRemoteControl::status()
{
    const QDBusMessage reply = call(u"Status"_s);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return {};
    return QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
}

QJsonObject TestRemoteControl::sandboxRunning() const
{
    for (const QJsonValue &e : m_server->timeEntries()) {
        if (e.toObject().value(u"duration"_s).toInteger() < 0)
            return e.toObject();
    }
    return {};
}

void TestRemoteControl::publishesItsName()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.interface()->isServiceRegistered(m_service).value());
    QVERIFY(m_service.startsWith(u"io.github.punchclock.Punchclock.instance_tst_remotecontrol_"_s));
    QCOMPARE(property(u"Running"_s), QVariant(false));
    QCOMPARE(property(u"Description"_s), QVariant(QString()));
    QCOMPARE(property(u"StartedAt"_s), QVariant(QString()));
    QCOMPARE(property(u"TodayTotal"_s).toLongLong(), 0);
    // A second publisher of the same name is refused (one app per instance on the bus).
    RemoteControl second(m_core.get());
    QVERIFY(!second.publish(m_service.section(u"instance_"_s, 1))); // the same instance name
}

void TestRemoteControl::startWithProjectAndTags()
{
    const QDBusMessage reply =
        call(u"Start"_s, {u"Write report"_s, u"docs"_s, QStringList{u"writing"_s, u"urgent"_s}});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(property(u"Running"_s), QVariant(true));
    QCOMPARE(property(u"Description"_s), QVariant(u"Write report"_s));
    QCOMPARE(property(u"Project"_s), QVariant(u"Docs"_s));
    const auto started = TrackTime::parse(property(u"StartedAt"_s).toString());
    QVERIFY(started);
    QVERIFY(qAbs(started->secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QTRY_VERIFY(!m_changes.isEmpty());
    QVariantMap announced;
    for (const QVariantMap &change : std::as_const(m_changes))
        announced.insert(change);
    QCOMPARE(announced.value(u"Running"_s), QVariant(true));
    QCOMPARE(announced.value(u"Description"_s), QVariant(u"Write report"_s));
    QCOMPARE(announced.value(u"Project"_s), QVariant(u"Docs"_s));

    const QJsonObject s = status();
    QCOMPARE(s.value(u"running"_s).toBool(), true);
    QCOMPARE(s.value(u"project"_s).toString(), u"Docs"_s);
    QCOMPARE(s.value(u"projectId"_s).toInteger(), m_docs);
    QCOMPARE(s.value(u"tags"_s).toArray(), (QJsonArray{u"writing"_s, u"urgent"_s}));
    QCOMPARE(s.value(u"startedAt"_s).toString(), property(u"StartedAt"_s).toString());

    // The outbox sends it: the server has the running entry with its project and tags.
    QTRY_COMPARE_WITH_TIMEOUT(sandboxRunning().value(u"description"_s).toString(), u"Write report"_s, 10000);
    QCOMPARE(sandboxRunning().value(u"project_id"_s).toInteger(), m_docs);
    QCOMPARE(sandboxRunning().value(u"tags"_s).toArray(), (QJsonArray{u"writing"_s, u"urgent"_s}));
}

void TestRemoteControl::unknownProjectListsCandidates()
{
    const QDBusMessage reply = call(u"Start"_s, {u"x"_s, u"Nope"_s, QStringList()});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QLatin1String(DBusNames::kErrorUnknownProject));
    QVERIFY2(reply.errorMessage().contains(u"Nope"_s), qPrintable(reply.errorMessage()));
    QVERIFY2(reply.errorMessage().contains(u"Docs"_s) && reply.errorMessage().contains(u"Website"_s),
             qPrintable(reply.errorMessage()));
    QCOMPARE(property(u"Running"_s), QVariant(false));
    QCOMPARE(m_core->session()->pendingChangeCount(), 0);
}

void TestRemoteControl::ambiguousProjectListsCandidates()
{
    const qint64 client = m_server->insertClient(u"Acme"_s);
    m_server->insertProject(u"docs"_s, u"#ff0000"_s, client); // the same name in another case
    QSignalSpy related(m_core->session(), &TrackSession::relatedChanged);
    m_core->session()->signIn(); // reads the projects again
    QVERIFY(related.wait(10000));
    const QDBusMessage reply = call(u"Start"_s, {u"x"_s, u"DOCS"_s, QStringList()});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QLatin1String(DBusNames::kErrorAmbiguousProject));
    QVERIFY2(reply.errorMessage().contains(u"Docs, docs (Acme)"_s), qPrintable(reply.errorMessage()));
    // A part of a name that only one project has is enough.
    const QDBusMessage web = call(u"Start"_s, {u"Site"_s, u"web"_s, QStringList()});
    QVERIFY2(web.type() == QDBusMessage::ReplyMessage, qPrintable(web.errorMessage()));
    QCOMPARE(property(u"Project"_s), QVariant(u"Website"_s));
}

void TestRemoteControl::stopAndNotRunning()
{
    QVERIFY(call(u"Start"_s, {u"Short"_s, QString(), QStringList()}).type() == QDBusMessage::ReplyMessage);
    QTRY_VERIFY_WITH_TIMEOUT(!sandboxRunning().isEmpty(), 10000);
    m_changes.clear();
    const QDBusMessage stop = call(u"Stop"_s);
    QVERIFY2(stop.type() == QDBusMessage::ReplyMessage, qPrintable(stop.errorMessage()));
    QCOMPARE(property(u"Running"_s), QVariant(false));
    QTRY_VERIFY(!m_changes.isEmpty());
    QCOMPARE(m_changes.last().value(u"Running"_s), QVariant(false));
    QCOMPARE(m_changes.last().value(u"StartedAt"_s), QVariant(QString()));
    QTRY_VERIFY_WITH_TIMEOUT(sandboxRunning().isEmpty(), 10000);

    const QDBusMessage again = call(u"Stop"_s);
    QCOMPARE(again.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(again.errorName(), QLatin1String(DBusNames::kErrorNotRunning));
    QCOMPARE(again.errorMessage(), u"No timer is running"_s);
}

void TestRemoteControl::continueAndToggle()
{
    m_server->insertTimeEntry(
        {{u"description"_s, u"Earlier"_s},
         {u"project_id"_s, m_docs},
         {u"start"_s, TrackTime::format(QDateTime::currentDateTimeUtc().addSecs(-3600))},
         {u"duration"_s, 600}});
    QSignalSpy refreshed(m_core->session(), &TrackSession::refreshed);
    m_core->session()->refresh();
    QVERIFY(refreshed.wait(10000));

    QVERIFY(call(u"Continue"_s).type() == QDBusMessage::ReplyMessage);
    QCOMPARE(property(u"Description"_s), QVariant(u"Earlier"_s));
    QCOMPARE(property(u"Project"_s), QVariant(u"Docs"_s));
    QTRY_COMPARE_WITH_TIMEOUT(sandboxRunning().value(u"description"_s).toString(), u"Earlier"_s, 10000);

    QVERIFY(call(u"Toggle"_s).type() == QDBusMessage::ReplyMessage); // stops
    QCOMPARE(property(u"Running"_s), QVariant(false));
    QVERIFY(call(u"Toggle"_s).type() == QDBusMessage::ReplyMessage); // continues the last one
    QCOMPARE(property(u"Running"_s), QVariant(true));
    QCOMPARE(property(u"Description"_s), QVariant(u"Earlier"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_core->session()->pendingChangeCount(), 0, 10000);
    int earlier = 0;
    for (const QJsonValue &e : m_server->timeEntries())
        earlier += e.toObject().value(u"description"_s).toString() == u"Earlier"_s;
    QCOMPARE(earlier, 3); // the first one and two continued copies
    QVERIFY(property(u"TodayTotal"_s).toLongLong() >= 600 ||
            QDateTime::currentDateTime().time() < QTime(1, 0)); // "Earlier" began an hour ago
}

void TestRemoteControl::nothingToContinue()
{
    const QDBusMessage reply = call(u"Continue"_s);
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QLatin1String(DBusNames::kErrorNothingToContinue));
    // Toggle with nothing to continue starts an empty entry.
    QVERIFY(call(u"Toggle"_s).type() == QDBusMessage::ReplyMessage);
    QCOMPARE(property(u"Running"_s), QVariant(true));
    QCOMPARE(property(u"Description"_s), QVariant(QString()));
}

void TestRemoteControl::listTodayAndWeek()
{
    const QDateTime start = QDateTime::currentDateTime().addSecs(-120).toUTC();
    m_server->insertTimeEntry(
        {{u"description"_s, u"Listed"_s}, {u"start"_s, TrackTime::format(start)}, {u"duration"_s, 60}});
    QSignalSpy refreshed(m_core->session(), &TrackSession::refreshed);
    m_core->session()->refresh();
    QVERIFY(refreshed.wait(10000));
    for (const QString &period : {u"today"_s, u"week"_s}) {
        const QDBusMessage reply = call(u"List"_s, {period});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        const QJsonObject list =
            QJsonDocument::fromJson(reply.arguments().value(0).toString().toUtf8()).object();
        QCOMPARE(list.value(u"period"_s).toString(), period);
        const QJsonArray entries = list.value(u"entries"_s).toArray();
        if (start.toLocalTime().date() != QDate::currentDate())
            continue; // two minutes before midnight: "today" is another day
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"description"_s).toString(), u"Listed"_s);
        QCOMPARE(entries.at(0).toObject().value(u"durationSeconds"_s).toInteger(), 60);
        QCOMPARE(list.value(u"totalSeconds"_s).toInteger(), 60);
    }
    const QDBusMessage bad = call(u"List"_s, {u"month"_s});
    QCOMPARE(bad.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(bad.errorName(), QLatin1String(DBusNames::kErrorInvalidArgs));
}

void TestRemoteControl::showWindowAndApplication()
{
    QSignalSpy shown(m_remote.get(), &RemoteControl::showWindowRequested);
    QVERIFY(call(u"ShowWindow"_s).type() == QDBusMessage::ReplyMessage);
    QCOMPARE(shown.size(), 1);

    const QDBusConnection client = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"client"_s);
    const QString path = QLatin1String(DBusNames::kApplicationPath);
    const QString app = u"org.freedesktop.Application"_s;
    QVERIFY(busCall(client, m_service, path, app, u"Activate"_s, {QVariantMap()}).type() ==
            QDBusMessage::ReplyMessage);
    QCOMPARE(shown.size(), 2);
    QVERIFY(busCall(client, m_service, path, app, u"Open"_s, {QStringList(), QVariantMap()}).type() ==
            QDBusMessage::ReplyMessage);
    QCOMPARE(shown.size(), 3);
    const QDBusMessage toggle = busCall(client, m_service, path, app, u"ActivateAction"_s,
                                        {u"toggle"_s, QVariantList(), QVariantMap()});
    QVERIFY2(toggle.type() == QDBusMessage::ReplyMessage, qPrintable(toggle.errorMessage()));
    QCOMPARE(property(u"Running"_s), QVariant(true));
    const QDBusMessage bogus = busCall(client, m_service, path, app, u"ActivateAction"_s,
                                       {u"bogus"_s, QVariantList(), QVariantMap()});
    QCOMPARE(bogus.type(), QDBusMessage::ErrorMessage);
}

void TestRemoteControl::notSignedIn()
{
    m_core->startup()->signOut();
    const QDBusMessage reply = call(u"Start"_s, {u"x"_s, QString(), QStringList()});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QLatin1String(DBusNames::kErrorNotSignedIn));
    QVERIFY2(reply.errorMessage().startsWith(u"Not signed in"_s), qPrintable(reply.errorMessage()));
    QCOMPARE(call(u"Toggle"_s).errorName(), QLatin1String(DBusNames::kErrorNotSignedIn));
}

QTEST_GUILESS_MAIN(TestRemoteControl)
#include "tst_remotecontrol.moc"
