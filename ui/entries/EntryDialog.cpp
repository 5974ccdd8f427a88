// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/EntryDialog.h"

#include "app/models/EntryEdit.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/time/DurationParser.h"
#include "app/track/Tag.h"
#include "ui/common/ProjectPicker.h"
#include "ui/entries/TimeOfDayEdit.h"
#include "ui/timer/TagsEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock {

EntryDialog::EntryDialog(TrackSession *session, const TimeEntry &entry, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(entry), m_description(new QLineEdit(this)),
      m_project(new ProjectPicker(this)), m_tags(new TagsEdit(this)),
      m_start(new TimeOfDayEdit(session->entries()->clock(), this)),
      m_stop(new TimeOfDayEdit(session->entries()->clock(), this)), m_duration(new QLineEdit(this)),
      m_billable(new QCheckBox(tr("&Billable"), this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew() ? tr("Add Entry") : tr("Edit Entry"));
    setAccessibleName(windowTitle());
    // Object names: the tests find the fields by them.
    m_description->setObjectName(QStringLiteral("entryDescription"));
    m_project->setObjectName(QStringLiteral("entryProject"));
    m_tags->setObjectName(QStringLiteral("entryTags"));
    m_start->setObjectName(QStringLiteral("entryStart"));
    m_stop->setObjectName(QStringLiteral("entryStop"));
    m_duration->setObjectName(QStringLiteral("entryDuration"));
    m_billable->setObjectName(QStringLiteral("entryBillable"));

    m_description->setAccessibleName(tr("Description"));
    m_project->setAccessibleName(tr("Project"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated"));
    m_start->setAccessibleName(tr("Start"));
    m_stop->setAccessibleName(tr("Stop"));
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->setPlaceholderText(tr("e.g. 1h 30m or 1:30"));
    m_billable->setAccessibleName(tr("Billable"));
    m_message->setAccessibleName(tr("Problem"));
    m_message->setWordWrap(true);
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    okButton()->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_start->setShowsDate(true); // the entry's day, which a dated start changes

    const RelatedData &related = session->related();
    m_project->setSession(session);
    m_project->setEntryWorkspace(entry.workspaceId, isNew()); // a saved entry keeps its workspace
    QStringList tagNames;
    for (const Tag &tag : related.tags)
        tagNames.append(tag.name);
    m_tags->setKnownTags(tagNames);

    m_description->setText(entry.description.value_or(QString()));
    m_project->setProjectId(entry.projectId.value_or(0));
    m_tags->setTags(entry.tags.value_or(QStringList()));
    m_billable->setChecked(entry.billable);
    m_start->setDateTime(entry.start.toLocalTime());
    m_stop->setNotBefore(m_start->dateTime());
    if (entry.isRunning()) { // stop it with the timer
        m_stop->setDateTime(m_session->entries()->clock()->nowUtc());
        m_stop->setEnabled(false);
        m_duration->setEnabled(false);
        m_duration->setText(DurationParser::format(entry.elapsedSeconds()));
    } else {
        m_stop->setDateTime(entry.stop.value_or(entry.start.addSecs(entry.duration)).toLocalTime());
        m_duration->setText(DurationParser::format(entry.duration));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("St&op:"), m_stop);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(QString(), m_billable);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duration, &QLineEdit::textEdited, this, &EntryDialog::durationEdited);
    connect(m_start, &TimeOfDayEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        m_stop->setNotBefore(start);
        timesChanged();
    });
    connect(m_stop, &TimeOfDayEdit::dateTimeChanged, this, &EntryDialog::timesChanged);
    // Text that does not read leaves the value as it was; OK waits until it reads.
    connect(m_start, &QLineEdit::textEdited, this, &EntryDialog::validate);
    connect(m_stop, &QLineEdit::textEdited, this, &EntryDialog::validate);
    validate();
}

QPushButton *EntryDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// Editing the duration moves stop (the inline rule).
void EntryDialog::durationEdited()
{
    if (const std::optional<qint64> seconds = DurationParser::parse(m_duration->text())) {
        const QSignalBlocker blocker(m_stop);
        m_stop->setDateTime(m_start->dateTime().addSecs(*seconds));
    }
    validate();
}

void EntryDialog::timesChanged()
{
    if (m_duration->isEnabled()) {
        const qint64 seconds = m_start->dateTime().secsTo(m_stop->dateTime());
        if (seconds >= 0)
            m_duration->setText(DurationParser::format(seconds));
    }
    validate();
}

std::optional<TimeEntry> EntryDialog::build(QString *error) const
{
    if (!m_start->hasAcceptableInput()) {
        *error = tr("Start: %1").arg(TimeOfDayEdit::problem());
        return std::nullopt;
    }
    if (m_stop->isEnabled() && !m_stop->hasAcceptableInput()) {
        *error = tr("Stop: %1").arg(TimeOfDayEdit::problem());
        return std::nullopt;
    }
    const QDateTime start = m_start->dateTime().toUTC();
    const QDateTime nowUtc = m_session->entries()->clock()->nowUtc();
    TimeEntry e = m_original;
    if (isNew()) {
        e.start = start;
        e.duration = 0;
        e.stop = start;
    }
    const QList<Project> &projects = m_session->related().projects;
    const auto step = [&](EntryEdit::Field field, const QVariant &value) {
        const EntryEdit::Outcome outcome = EntryEdit::apply(e, field, value, projects, nowUtc);
        if (!outcome.entry) {
            *error = outcome.error;
            return false;
        }
        e = *outcome.entry;
        return true;
    };
    const QStringList tags = m_tags->tags();
    if (!step(EntryEdit::Field::Description, m_description->text()) ||
        !step(EntryEdit::Field::Project, QVariant::fromValue<qint64>(m_project->projectId())) ||
        !step(EntryEdit::Field::Tags, tags) || !step(EntryEdit::Field::Start, start))
        return std::nullopt;
    // The duration must read; stop (kept in step with it) then sets it and must not precede start.
    if (!m_original.isRunning() && (!step(EntryEdit::Field::Duration, m_duration->text()) ||
                                    !step(EntryEdit::Field::Stop, m_stop->dateTime().toUTC())))
        return std::nullopt;
    if (!step(EntryEdit::Field::Billable, m_billable->isChecked()))
        return std::nullopt;
    if (isNew() && tags.isEmpty())
        e.tags.reset();
    return e;
}

std::optional<TimeEntry> EntryDialog::result() const
{
    QString error;
    return build(&error);
}

QString EntryDialog::message() const
{
    return m_message->text();
}

void EntryDialog::validate()
{
    QString error;
    const bool ok = build(&error).has_value();
    okButton()->setEnabled(ok);
    m_message->setText(ok ? QString() : error);
    m_message->setVisible(!ok);
}

} // namespace punchclock
