// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/TimeEntry.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace punchclock {

class ProjectPicker;
class TagsEdit;
class TimeOfDayEdit;
class TrackSession;

// Adds a stopped entry or edits one, every field at once. The fields follow the inline-edit rules
// (EntryEdit): editing the duration moves stop, and OK stays disabled, with the reason shown,
// while stop precedes start or a time or the duration cannot be read. Start and stop are typed
// (`13:20`, `1:20pm`, `9`, `-10m`, or `2024-05-01 9:00` for another day): times fall on the start's
// day, a stop before start on the next. The caller sends result().
class EntryDialog : public QDialog
{
    Q_OBJECT
public:
    // `entry.id == 0`: a new entry (Add), otherwise an edit of that entry.
    EntryDialog(TrackSession *session, const TimeEntry &entry, QWidget *parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    std::optional<TimeEntry> result() const; // nullopt while invalid; the message says why
    QString message() const;

    QPushButton *okButton() const;

private:
    void durationEdited();
    void timesChanged();
    void validate();
    std::optional<TimeEntry> build(QString *error) const;

    TrackSession *m_session;
    TimeEntry m_original;
    QLineEdit *m_description;
    ProjectPicker *m_project;
    TagsEdit *m_tags;
    TimeOfDayEdit *m_start;
    TimeOfDayEdit *m_stop;
    QLineEdit *m_duration;
    QCheckBox *m_billable;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock
