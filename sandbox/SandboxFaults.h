// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QHash>
#include <QString>

namespace sandbox {

// Fault knobs for tests and the command line. Counters ("the next N requests") count down as used.
struct Faults
{
    int latencyMs = 0;        // added before every answer (asynchronously: never blocks the thread)
    double failureRate = 0.0; // share of requests answered 500 with a JSON string body
    int quotaPerHour = 0;     // 0 = unlimited; else 402 + X-Toggl-Quota-* headers once used up
    int burst429 = 0;         // the next N requests answer 429
    int dropConnections = 0;  // the next N requests have their connection closed with no answer
    int hangRequests = 0;     // the next N requests never get an answer
    int malformedBodies = 0;  // the next N 2xx answers carry truncated JSON
    int htmlErrors = 0;       // the next N requests answer 502 with an HTML body
    // The next N answers are made at once (from the data as it is then) but written slowReplyMs
    // later: a slow way back, so answers to later requests can overtake them.
    int slowReplies = 0;
    int slowReplyMs = 0;
    // The next N requests (of lostAnswerMethods, or any when empty) are carried out, and then their
    // connection is closed before the answer is written: the server has the change, the client never
    // hears of it. lostAnswerReset: close with a RST instead of a FIN.
    int lostAnswers = 0;
    bool lostAnswerReset = false;
    QByteArrayList lostAnswerMethods;
    QHash<qint64, QString> rejectIds; // bulk PATCH: these IDs go to `failure` with this message
};

} // namespace sandbox
