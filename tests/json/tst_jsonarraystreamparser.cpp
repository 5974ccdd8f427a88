// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json/JsonArrayStreamParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace punchclock;

namespace {
// Strings that look like structure, escapes, multi-byte UTF-8 and every kind of value.
const QByteArray kSample =
    QByteArrayLiteral(" \n[ {\"id\":1,\"description\":\"braces } ] { [ and a comma, "
                      "inside\",\"nested\":{\"a\":[1,2,{\"b\":null}]}},"
                      "{\"id\":2,\"quote\":\"say \\\"hi\\\" \\\\ \\/ \\n\",\"unicode\":\"\xc3\xa9t\xc3\xa9 "
                      "\xe6\x97\xa5\xe6\x9c\xac \\u00e9 "
                      "\\ud83d\\ude00 \xf0\x9f\x98\x80\"} ,\r\n"
                      "{} , [] , [[],{}], \"a string ] element\", 12.5e3 ,-7, true,false ,null,"
                      "{\"type\":\"activity\",\"duration\":null,\"start\":\"2024-03-01T09:00:00Z\"}\t]\n ");

QList<QJsonValue> expected()
{
    const QJsonDocument doc = QJsonDocument::fromJson(kSample);
    Q_ASSERT(doc.isArray());
    QList<QJsonValue> out;
    for (const QJsonValue &v : doc.array())
        out.append(v);
    return out;
}

QList<QJsonValue> feedInChunks(const QByteArray &input, const QList<qsizetype> &cuts,
                               JsonArrayStreamParser &parser)
{
    QList<QJsonValue> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out += parser.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    out += parser.feed(QByteArrayView(input).sliced(from));
    return out;
}
} // namespace

class TestJsonArrayStreamParser : public QObject
{
    Q_OBJECT
private slots:
    void wholeInput();
    void everySingleSplitGivesTheSameElements();
    void everyDoubleSplitGivesTheSameElements();
    void byteByByte();
    void elementsArriveAsSoonAsComplete();
    void emptyArrays_data();
    void emptyArrays();
    void everyTruncationIsAClearError();
    void malformed_data();
    void malformed();
    void bufferHoldsOnlyTheCurrentElement();
};

void TestJsonArrayStreamParser::wholeInput()
{
    JsonArrayStreamParser parser;
    const QList<QJsonValue> got = parser.feed(kSample);
    QVERIFY2(parser.finish(), qPrintable(parser.error()));
    QCOMPARE(got, expected());
    QCOMPARE(parser.elementCount(), expected().size());
    QVERIFY(parser.isComplete());
}

void TestJsonArrayStreamParser::everySingleSplitGivesTheSameElements()
{
    const QList<QJsonValue> want = expected();
    for (qsizetype cut = 0; cut <= kSample.size(); ++cut) {
        JsonArrayStreamParser parser;
        const QList<QJsonValue> got = feedInChunks(kSample, {cut}, parser);
        QVERIFY2(parser.finish(), qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(parser.error())));
        QVERIFY2(got == want, qPrintable(QStringLiteral("cut at byte %1").arg(cut)));
    }
}

void TestJsonArrayStreamParser::everyDoubleSplitGivesTheSameElements()
{
    const QList<QJsonValue> want = expected();
    for (qsizetype a = 0; a <= kSample.size(); a += 3) {
        for (qsizetype b = a; b <= kSample.size(); ++b) {
            JsonArrayStreamParser parser;
            const QList<QJsonValue> got = feedInChunks(kSample, {a, b}, parser);
            QVERIFY2(parser.finish() && got == want, qPrintable(QStringLiteral("cuts %1, %2").arg(a).arg(b)));
        }
    }
}

void TestJsonArrayStreamParser::byteByByte()
{
    JsonArrayStreamParser parser;
    QList<QJsonValue> got;
    for (char c : kSample)
        got += parser.feed(QByteArrayView(&c, 1));
    QVERIFY(parser.finish());
    QCOMPARE(got, expected());
}

void TestJsonArrayStreamParser::elementsArriveAsSoonAsComplete()
{
    JsonArrayStreamParser parser;
    QCOMPARE(parser.feed("[{\"id\":1}").size(), 1); // no need to see the comma
    QCOMPARE(parser.feed(",{\"id\":2").size(), 0);
    const QList<QJsonValue> second = parser.feed("}");
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().toObject().value(QLatin1String("id")).toInt(), 2);
    QCOMPARE(parser.feed(",42").size(), 0); // a number is whole only at its delimiter
    QCOMPARE(parser.feed("]").size(), 1);
    QVERIFY(parser.finish());
}

void TestJsonArrayStreamParser::emptyArrays_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("tight") << QByteArray("[]");
    QTest::newRow("spaced") << QByteArray(" \r\n[ \t ]\n");
}

void TestJsonArrayStreamParser::emptyArrays()
{
    QFETCH(QByteArray, input);
    JsonArrayStreamParser parser;
    QVERIFY(parser.feed(input).isEmpty());
    QVERIFY(parser.finish());
    QCOMPARE(parser.elementCount(), 0);
}

void TestJsonArrayStreamParser::everyTruncationIsAClearError()
{
    const QList<QJsonValue> want = expected();
    const qsizetype end = kSample.lastIndexOf(']');
    for (qsizetype length = 0; length <= end; ++length) {
        JsonArrayStreamParser parser;
        const QList<QJsonValue> got = parser.feed(QByteArrayView(kSample).first(length));
        QVERIFY2(!parser.hasError(),
                 qPrintable(QStringLiteral("length %1: %2").arg(length).arg(parser.error())));
        QVERIFY(got.size() <= want.size());
        QVERIFY(got == want.mid(0, got.size())); // what came out is right, just not all of it
        QVERIFY2(!parser.finish(), qPrintable(QStringLiteral("length %1 accepted").arg(length)));
        const QString error = parser.error();
        QVERIFY2(error.contains(QLatin1String("Truncated")) || error.contains(QLatin1String("Empty")) ||
                     error.contains(QLatin1String("Expected a JSON array")),
                 qPrintable(error));
        QCOMPARE(parser.bytesRead(), length); // a truncation is about all of the input
    }
}

void TestJsonArrayStreamParser::malformed_data()
{
    // bytes: bytesRead() after the error, up to and including the byte it is about.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("object") << QByteArray("{\"data\":[]}") << QStringLiteral("Expected a JSON array")
                            << qint64(1);
    QTest::newRow("double comma") << QByteArray("[1,,2]") << QStringLiteral("Expected an element")
                                  << qint64(4);
    QTest::newRow("trailing comma") << QByteArray("[1,]") << QStringLiteral("Expected an element")
                                    << qint64(4);
    QTest::newRow("missing comma") << QByteArray("[{} {}]") << QStringLiteral("Expected ',' or ']'")
                                   << qint64(5);
    QTest::newRow("bad literal") << QByteArray("[tru]") << QStringLiteral("Malformed element 1") << qint64(4);
    QTest::newRow("bad object") << QByteArray("[{\"a\":1},{\"a\":}]") << QStringLiteral("Malformed element 2")
                                << qint64(15);
    QTest::newRow("garbage after") << QByteArray("[1] x") << QStringLiteral("after the end") << qint64(5);
    QTest::newRow("html") << QByteArray("<html>") << QStringLiteral("Expected a JSON array") << qint64(1);
    QTest::newRow("truncated") << QByteArray("[{\"a\":1},{\"a\"") << QStringLiteral("Truncated")
                               << qint64(13);
}

void TestJsonArrayStreamParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, fragment);
    QFETCH(qint64, bytes);
    JsonArrayStreamParser parser;
    parser.feed(input);
    QVERIFY(!parser.finish());
    QVERIFY2(parser.error().contains(fragment), qPrintable(parser.error()));
    QCOMPARE(parser.bytesRead(), bytes);
    QVERIFY(parser.feed("[1]").isEmpty()); // stays failed
    QCOMPARE(parser.bytesRead(), bytes);   // and counts nothing more

    // The same error and count however the input is cut (the fuzz target found they were not).
    for (qsizetype a = 0; a <= input.size(); ++a) {
        for (qsizetype b = a; b <= input.size(); ++b) {
            JsonArrayStreamParser split;
            feedInChunks(input, {a, b}, split);
            QVERIFY(!split.finish());
            QCOMPARE(split.error(), parser.error());
            QVERIFY2(split.bytesRead() == bytes,
                     qPrintable(
                         QStringLiteral("cut at %1 and %2: %3 bytes").arg(a).arg(b).arg(split.bytesRead())));
        }
    }
}

void TestJsonArrayStreamParser::bufferHoldsOnlyTheCurrentElement()
{
    // 20,000 entries in 4 KiB chunks: every element comes out, none is lost at a chunk edge.
    QByteArray big = "[";
    for (int i = 1; i <= 20000; ++i) {
        if (i > 1)
            big += ',';
        big += "{\"id\":" + QByteArray::number(i) +
               ",\"type\":\"activity\",\"duration\":" + QByteArray::number(i % 3600) +
               ",\"start\":\"2024-01-01T00:00:00Z\"}";
    }
    big += "]";
    JsonArrayStreamParser parser;
    qint64 count = 0;
    qint64 idSum = 0;
    for (qsizetype at = 0; at < big.size(); at += 4096) {
        for (const QJsonValue &v :
             parser.feed(QByteArrayView(big).sliced(at, std::min<qsizetype>(4096, big.size() - at)))) {
            ++count;
            idSum += v.toObject().value(QLatin1String("id")).toInteger();
        }
    }
    QVERIFY(parser.finish());
    QCOMPARE(count, 20000);
    QCOMPARE(idSum, qint64(20000) * 20001 / 2);
    QCOMPARE(parser.bytesRead(), big.size());
}

QTEST_GUILESS_MAIN(TestJsonArrayStreamParser)
#include "tst_jsonarraystreamparser.moc"
