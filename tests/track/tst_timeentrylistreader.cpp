// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

#include "app/track/TimeEntryJson.h"
#include "app/track/TimeEntryListReader.h"
#include "tests/support/SandboxFixture.h"

using namespace punchclock;

// The fast list reader must read exactly what TimeEntryJson::fromJson reads from the same bytes,
// and give up (nullopt) rather than guess.
class TstTimeEntryListReader : public QObject
{
    Q_OBJECT

    static QList<TimeEntry> viaDocument(const QByteArray &body)
    {
        return TimeEntryJson::listFromJson(QJsonDocument::fromJson(body).array());
    }

private slots:
    void sameAsTheDocumentPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray("[]");
        QTest::newRow("spaces") << QByteArray(" \n[ ]\t");
        QTest::newRow("modern and meta") << QByteArray(
            "[{\"id\":3600000001,\"workspace_id\":8200001,\"wid\":8200001,\"project_id\":201000001,\"pid\":"
            "201000001,"
            "\"task_id\":null,\"user_id\":5123456,\"uid\":5123456,\"description\":\"Write \\\"docs\\\" "
            "\\u00e9\\ud83d\\ude00\\n\","
            "\"start\":\"2024-12-16T02:18:20+00:00\",\"stop\":\"2024-12-16T03:18:20+00:00\",\"duration\":"
            "3600,"
            "\"billable\":true,\"tags\":[\"a\",\"b\"],\"tag_ids\":[1,2],\"duronly\":true,\"at\":\"2024-12-"
            "16T03:18:20.123456Z\","
            "\"server_deleted_at\":null,\"permissions\":null,\"client_name\":\"Acme\",\"project_name\":"
            "\"Web\","
            "\"project_color\":\"#06aaf5\",\"project_active\":true,\"project_billable\":false,\"user_name\":"
            "\"Dana\","
            "\"user_avatar_url\":\"\",\"unknown\":{\"nested\":[1,{\"x\":null}],\"n\":-1.5e3}}]");
        QTest::newRow("legacy keys only, running")
            << QByteArray("[{\"id\":7,\"wid\":1,\"pid\":2,\"tid\":3,\"uid\":4,\"start\":\"2024-12-16T02:18:"
                          "20Z\",\"stop\":null,"
                          "\"duration\":-1734315500,\"tags\":null,\"tag_ids\":null}]");
        QTest::newRow("modern null wins over legacy")
            << QByteArray("[{\"id\":7,\"project_id\":null,\"pid\":2}]");
        QTest::newRow("quoted numbers, fractions, wrong types")
            << QByteArray("[{\"id\":\"12\",\"workspace_id\":1.9,\"duration\":\"x\",\"billable\":\"yes\","
                          "\"tags\":[1,\"t\",null],"
                          "\"tag_ids\":[\"5\",6.5,\"z\"],\"description\":5,\"duronly\":false,\"start\":17}]");
        QTest::newRow("shared_with") << QByteArray(
            "[{\"id\":1,\"shared_with\":[{\"accepted\":true,\"user_id\":9,\"user_name\":\"Bo\"},{},3]},{"
            "\"id\":2,\"shared_with\":null}]");
        QTest::newRow("deleted") << QByteArray("[{\"id\":1,\"at\":\"2025-01-01T00:00:00+00:00\",\"server_"
                                               "deleted_at\":\"2025-01-02T10:00:00+00:00\"}]");
    }

    void sameAsTheDocumentPath()
    {
        QFETCH(QByteArray, body);
        const auto fast = TimeEntryListReader::read(body);
        QVERIFY(fast);
        QCOMPARE(*fast, viaDocument(body));
    }

    void sameOnASandboxAnswer()
    {
        auto server = startSandbox();
        for (int i = 0; i < 50; ++i) {
            server->insertTimeEntry(
                {{QStringLiteral("description"), QStringLiteral("entry %1 ü").arg(i % 7)},
                 {QStringLiteral("start"), QStringLiteral("2024-12-%1T08:00:00Z").arg(10 + i % 9)},
                 {QStringLiteral("duration"), 600 + i},
                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("meeting")}}});
        }
        const QByteArray body = QJsonDocument(server->timeEntries()).toJson(QJsonDocument::Indented);
        const auto fast = TimeEntryListReader::read(body);
        QVERIFY(fast);
        QCOMPARE(fast->size(), 50);
        QCOMPARE(*fast, viaDocument(body));
    }

    void givesUpRatherThanGuesses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("[{\"id\":1,}]");
        QTest::newRow("truncated") << QByteArray("[{\"id\":1");
        QTest::newRow("duplicate key") << QByteArray("[{\"id\":1,\"id\":2}]");
        QTest::newRow("escaped key") << QByteArray("[{\"i\\u0064\":1}]");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("trailing bytes") << QByteArray("[] x");
        QTest::newRow("object") << QByteArray("{\"id\":1}");
        QTest::newRow("lone surrogate") << QByteArray("[{\"description\":\"\\ud800\"}]");
    }

    void givesUpRatherThanGuesses()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!TimeEntryListReader::read(body));
    }

    // Found by tests/fuzz: the reader skipped unknown keys and strings without checking them, so it
    // read lists that QJsonDocument refuses. Such an answer must fail as any malformed one does.
    void refusesWhatTheDocumentPathRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid UTF-8 in an unknown key's value")
            << QByteArray("[{\"id\":1,\"note\":\"caf\xff\"}]");
        QTest::newRow("invalid UTF-8 in an unknown key") << QByteArray("[{\"id\":1,\"n\xc3\":2}]");
        QTest::newRow("invalid UTF-8 in a skipped object")
            << QByteArray("[{\"id\":1,\"x\":{\"y\":[\"\x80\"]}}]");
        QTest::newRow("invalid UTF-8 in the description")
            << QByteArray("[{\"id\":1,\"description\":\"\xe2\x82\"}]");
        QTest::newRow("overlong UTF-8") << QByteArray("[{\"id\":1,\"note\":\"\xc0\xaf\"}]");
        QTest::newRow("UTF-8 surrogate") << QByteArray("[{\"id\":1,\"note\":\"\xed\xa0\x80\"}]");
        QTest::newRow("UTF-8 past U+10FFFF") << QByteArray("[{\"id\":1,\"note\":\"\xf4\x90\x80\x80\"}]");
        QTest::newRow("bad \\u escape in an unknown key's value")
            << QByteArray("[{\"id\":1,\"note\":\"\\u12g4\"}]");
        QTest::newRow("short \\u escape in an unknown key") << QByteArray("[{\"id\":1,\"n\\u12\":2}]");
        QTest::newRow("leading zero in an unknown key's value") << QByteArray("[{\"id\":1,\"n\":01}]");
        QTest::newRow("nested too deep")
            << QByteArray("[{\"id\":1,\"n\":" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}]");
    }

    void refusesWhatTheDocumentPathRefuses()
    {
        QFETCH(QByteArray, body);
        QJsonParseError qtError;
        QJsonDocument::fromJson(body, &qtError);
        QVERIFY2(qtError.error != QJsonParseError::NoError, "the row must be invalid JSON for Qt");
        QVERIFY(!TimeEntryListReader::read(body));
        QString error;
        QVERIFY(!TimeEntryJson::listFromBody(body, &error));
        QCOMPARE(error, qtError.errorString());
    }

    // What Qt reads leniently (an unknown escape is the character itself) is read as Qt reads it.
    void readsLenientEscapesAsTheDocumentPath()
    {
        const QByteArray body("[{\"id\":1,\"description\":\"a\\qb\",\"note\":\"\\x\"}]");
        QString error;
        const auto list = TimeEntryJson::listFromBody(body, &error);
        QVERIFY(list);
        QCOMPARE(*list, viaDocument(body));
        QCOMPARE(list->first().description, QStringLiteral("aqb"));
    }

    void listFromBodyFallsBackToTheDocumentPath()
    {
        QString error;
        const auto mixed = TimeEntryJson::listFromBody("[1,{\"id\":5}]", &error); // non-objects skipped
        QVERIFY(mixed);
        QCOMPARE(mixed->size(), 1);
        QCOMPARE(mixed->first().id, 5);
        QVERIFY(TimeEntryJson::listFromBody("null", &error));
        QVERIFY(!TimeEntryJson::listFromBody("[{", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTimeEntryListReader)
#include "tst_timeentrylistreader.moc"
