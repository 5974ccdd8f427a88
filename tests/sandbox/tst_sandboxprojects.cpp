// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's POST /api/v9/workspaces/{wid}/projects, over raw HTTP.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/SandboxFixture.h"

using namespace Qt::StringLiterals;

class TestSandboxProjects : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAnswersTheListedShape();
    void duplicateNameRefused();
    void emptyNameAndBadColorRefused();
    void unknownWorkspaceRefused();
    void meProjectsListIt();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QString message() const { return QJsonDocument::fromJson("[" + body + "]").array().at(0).toString(); }
    };
    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Answer create(qint64 workspace, const QJsonObject &body)
    {
        return call("POST", u"/api/v9/workspaces/%1/projects"_s.arg(workspace), body);
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
};

TestSandboxProjects::Answer TestSandboxProjects::call(const QByteArray &method, const QString &path,
                                                      const QJsonObject &body)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(m_server->token().toUtf8() + ":api_token").toBase64());
    QNetworkReply *reply = m_nam.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        qFatal("no answer");
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

void TestSandboxProjects::init()
{
    m_server = startSandbox();
}

void TestSandboxProjects::cleanup()
{
    m_server.reset();
}

void TestSandboxProjects::createAnswersTheListedShape()
{
    const qint64 wid = m_server->defaultWorkspaceId();
    const Answer a =
        create(wid, {{u"name"_s, u" Garden "_s}, {u"active"_s, true}, {u"color"_s, u"#D94182"_s}});
    QCOMPARE(a.status, 200);
    const QJsonObject p = a.object();
    QVERIFY(p.value(u"id"_s).toInteger() > 0);
    QCOMPARE(p.value(u"name"_s).toString(), u"Garden"_s);
    QCOMPARE(p.value(u"workspace_id"_s).toInteger(), wid);
    QCOMPARE(p.value(u"active"_s).toBool(), true);
    QCOMPARE(p.value(u"color"_s).toString(), u"#d94182"_s);
    QVERIFY(p.value(u"client_id"_s).isNull());
    // The same object GET lists, field for field.
    const QJsonArray listed =
        QJsonDocument::fromJson(call("GET", u"/api/v9/workspaces/%1/projects"_s.arg(wid)).body).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject(), p);

    const Answer plain = create(wid, {{u"name"_s, u"Plain"_s}}); // no colour: one is picked
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.object().value(u"color"_s).toString().startsWith(u'#'));
}

void TestSandboxProjects::duplicateNameRefused()
{
    const qint64 wid = m_server->defaultWorkspaceId();
    QCOMPARE(create(wid, {{u"name"_s, u"Garden"_s}}).status, 200);
    const Answer again = create(wid, {{u"name"_s, u"garden"_s}, {u"active"_s, true}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.message(), u"Project name already exists"_s);
    // Another client, or another workspace, may use the name.
    const qint64 client = m_server->insertClient(u"Acme"_s);
    QCOMPARE(create(wid, {{u"name"_s, u"Garden"_s}, {u"client_id"_s, client}}).status, 200);
    const qint64 other = m_server->insertWorkspace(u"Second"_s);
    QCOMPARE(create(other, {{u"name"_s, u"Garden"_s}}).status, 200);
}

void TestSandboxProjects::emptyNameAndBadColorRefused()
{
    const qint64 wid = m_server->defaultWorkspaceId();
    QCOMPARE(create(wid, {{u"name"_s, u"   "_s}}).status, 400);
    QCOMPARE(create(wid, {{u"active"_s, true}}).status, 400);
    QCOMPARE(create(wid, {{u"name"_s, u"X"_s}, {u"color"_s, u"red"_s}}).status, 400);
    QCOMPARE(call("POST", u"/api/v9/workspaces/%1/projects"_s.arg(wid)).status, 400); // no JSON at all
    QCOMPARE(QJsonDocument::fromJson(call("GET", u"/api/v9/me/projects"_s).body).array().size(), 0);
}

void TestSandboxProjects::unknownWorkspaceRefused()
{
    const Answer a = create(999, {{u"name"_s, u"Garden"_s}});
    QCOMPARE(a.status, 403);
    QCOMPARE(call("POST", u"/api/v9/workspaces/abc/projects"_s).status, 404);
    QCOMPARE(call("DELETE", u"/api/v9/workspaces/%1/projects"_s.arg(m_server->defaultWorkspaceId())).status,
             405);
}

void TestSandboxProjects::meProjectsListIt()
{
    const qint64 wid = m_server->defaultWorkspaceId();
    const qint64 id = create(wid, {{u"name"_s, u"Garden"_s}}).object().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QJsonArray mine = QJsonDocument::fromJson(call("GET", u"/api/v9/me/projects"_s).body).array();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).toObject().value(u"id"_s).toInteger(), id);
}

QTEST_MAIN(TestSandboxProjects)
#include "tst_sandboxprojects.moc"
