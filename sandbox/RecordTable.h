// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace sandbox {

// Records of one kind with their IDs: lookup by ID and the next ID to hand out (kept in the data file).
template<typename Record> class RecordTable
{
public:
    explicit RecordTable(qint64 firstId) : m_nextId(firstId) {}

    QList<Record> &records() { return m_records; }
    const QList<Record> &records() const { return m_records; }
    auto begin() { return m_records.begin(); }
    auto end() { return m_records.end(); }
    auto begin() const { return m_records.cbegin(); }
    auto end() const { return m_records.cend(); }
    bool isEmpty() const { return m_records.isEmpty(); }

    Record *find(qint64 id)
    {
        for (Record &r : m_records) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }
    const Record *find(qint64 id) const { return const_cast<RecordTable *>(this)->find(id); }

    qint64 add(Record record) // assigns the ID
    {
        record.id = m_nextId++;
        m_records.append(record);
        return record.id;
    }

    qint64 nextId() const { return m_nextId; }
    // From the data file: its records and counter (the counter stays when the file has none).
    void restore(QList<Record> records, qint64 nextId)
    {
        m_records = std::move(records);
        m_nextId = nextId;
    }

private:
    QList<Record> m_records;
    qint64 m_nextId;
};

} // namespace sandbox
