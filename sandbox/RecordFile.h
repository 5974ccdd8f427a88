// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "sandbox/RecordTable.h"

namespace sandbox {

// The data file's form of every record, Track's and Focus's (see README.md, "Data file"): each kind's
// fields are listed once, for writing and reading. Reading starts from the record given, so a missing
// field keeps its value (times excepted: a missing time is "none").
class RecordFile
{
public:
    template<typename Record> static QJsonObject write(const Record &record);
    template<typename Record> static void read(const QJsonObject &object, Record &record);

    template<typename Record> static QJsonArray writeAll(const QList<Record> &records)
    {
        QJsonArray out;
        for (const Record &r : records)
            out.append(write(r));
        return out;
    }
    // A table as `root[key]`, its next ID as `root["next_ids"][nextKey]`; reading keeps the next ID
    // the table has when the file names none.
    template<typename Record>
    static void writeTable(QJsonObject &root, const QString &key, const QString &nextKey,
                           const RecordTable<Record> &table)
    {
        root[key] = writeAll(table.records());
        QJsonObject next = root[nextIdsKey()].toObject();
        next[nextKey] = table.nextId();
        root[nextIdsKey()] = next;
    }
    template<typename Record>
    static void readTable(const QJsonObject &root, const QString &key, const QString &nextKey,
                          RecordTable<Record> &table)
    {
        const qint64 nextId = root[nextIdsKey()].toObject()[nextKey].toInteger(table.nextId());
        table.restore(readAll<Record>(root[key]), nextId);
    }
    static QString nextIdsKey() { return QStringLiteral("next_ids"); }

    template<typename Record> static QList<Record> readAll(const QJsonValue &array)
    {
        QList<Record> out;
        for (const QJsonValue &v : array.toArray()) {
            Record r;
            read(v.toObject(), r);
            out.append(r);
        }
        return out;
    }
};

} // namespace sandbox
