// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/TimeOfDayEdit.h"

#include "app/time/Clock.h"
#include "app/time/TimeOfDayParser.h"

#include <QValidator>

namespace punchclock {

namespace {
// Unreadable text is Intermediate, never Invalid: every keystroke is kept while the person types.
class TimeOfDayValidator : public QValidator
{
public:
    explicit TimeOfDayValidator(TimeOfDayEdit *edit) : QValidator(edit), m_edit(edit) {}
    State validate(QString &input, int &) const override
    {
        return m_edit->read(input) ? Acceptable : Intermediate;
    }

private:
    TimeOfDayEdit *m_edit;
};
} // namespace

TimeOfDayEdit::TimeOfDayEdit(const Clock *clock, QWidget *parent)
    : QLineEdit(parent), m_clock(clock ? clock : Clock::system())
{
    setValidator(new TimeOfDayValidator(this));
    setToolTip(tr("13:20, 1:20pm, 9 (for 9:00) or -10m (ten minutes ago)"));
    connect(this, &QLineEdit::textEdited, this, &TimeOfDayEdit::edited);
}

QString TimeOfDayEdit::problem()
{
    return tr("Not a time. Try 13:20, 1:20pm, 9 or -10m.");
}

QDate TimeOfDayEdit::day() const
{
    return m_notBefore.isValid() ? m_notBefore.toLocalTime().date() : m_day;
}

std::optional<QDateTime> TimeOfDayEdit::read(const QString &text) const
{
    return TimeOfDayParser::parse(text, day(), m_clock->nowUtc(), m_notBefore);
}

void TimeOfDayEdit::setDateTime(const QDateTime &value)
{
    const QDateTime local = value.toLocalTime();
    const bool changed = local != m_value;
    m_value = local;
    m_day = local.date();
    setText(TimeOfDayParser::format(local, day(), m_showsDate));
    selectAll();
    if (changed)
        emit dateTimeChanged(m_value);
}

void TimeOfDayEdit::setNotBefore(const QDateTime &start)
{
    m_notBefore = start;
}

void TimeOfDayEdit::setShowsDate(bool shows)
{
    m_showsDate = shows;
    if (m_value.isValid())
        setText(TimeOfDayParser::format(m_value, day(), m_showsDate));
}

void TimeOfDayEdit::edited(const QString &text)
{
    const std::optional<QDateTime> value = read(text);
    if (!value || *value == m_value)
        return;
    m_value = *value;
    emit dateTimeChanged(m_value);
}

} // namespace punchclock
