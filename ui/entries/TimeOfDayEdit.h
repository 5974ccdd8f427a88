// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLineEdit>

#include <optional>

namespace punchclock {

class Clock;

// A start or stop time as text people type (TimeOfDayParser: `13:20`, `1:20pm`, `9`, `-10m`), on
// the entry's own day. It shows the value as `13:20`, selected, so typing replaces it. Text that
// does not read is not acceptable input (hasAcceptableInput() is false) and leaves dateTime() at
// the last value that read, so nothing is lost while the person fixes it.
class TimeOfDayEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TimeOfDayEdit(const Clock *clock, QWidget *parent = nullptr);

    // Shows `value`; unless setNotBefore() anchors it, its day becomes the day typed times fall on.
    void setDateTime(const QDateTime &value);
    QDateTime dateTime() const { return m_value; } // local time
    // A stop: times fall on `start`'s day, and a time of day before `start` on the next day.
    void setNotBefore(const QDateTime &start);
    void setShowsDate(bool shows); // `2024-05-01 13:20` rather than `13:20` (a dialog has the room)

    std::optional<QDateTime> read(const QString &text) const; // the parser, with this edit's day and now
    static QString problem();                                 // why text is refused, with examples

signals:
    void dateTimeChanged(const QDateTime &value);

private:
    QDate day() const;
    void edited(const QString &text);

    const Clock *m_clock;
    QDateTime m_value;
    QDate m_day;
    QDateTime m_notBefore;
    bool m_showsDate = false;
};

} // namespace punchclock
