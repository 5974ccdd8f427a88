// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkEditForm.h"
#include "ui/common/ClearButton.h"
#include "ui/common/ProjectPicker.h"

#include "ui/timer/TagsEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimeEdit>

namespace punchclock {

BulkEditForm::BulkEditForm(const RelatedData &related, QWidget *parent)
    : QWidget(parent), m_description(new QLineEdit(this)), m_project(new ProjectPicker(this)),
      m_tagMode(new QComboBox(this)), m_tags(new TagsEdit(this)), m_billable(new QComboBox(this)),
      m_task(new QLineEdit(this)), m_direction(new QComboBox(this)), m_days(new QSpinBox(this)),
      m_time(new QTimeEdit(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);

    m_description->setPlaceholderText(tr("New description for every entry"));
    ClearButton::attach(m_description);
    m_descriptionCheck = addRow(grid, tr("&Description"), m_description, QStringLiteral("description"));
    connect(m_description, &QLineEdit::textEdited, m_descriptionCheck,
            [this] { m_descriptionCheck->setChecked(true); });

    m_project->setRelated(related);
    m_projectCheck = addRow(grid, tr("&Project"), m_project, QStringLiteral("project"));
    connect(m_project, &ProjectPicker::activated, m_projectCheck,
            [this] { m_projectCheck->setChecked(true); });

    m_tagMode->addItem(tr("Add"), int(BulkEditChoices::TagMode::Add));
    m_tagMode->addItem(tr("Remove"), int(BulkEditChoices::TagMode::Remove));
    m_tagMode->addItem(tr("Replace with"), int(BulkEditChoices::TagMode::Replace));
    m_tagMode->setAccessibleName(tr("What to do with the tags"));
    m_tagMode->setObjectName(QStringLiteral("tagMode"));
    QStringList known;
    for (const Tag &t : related.tags)
        known.append(t.name);
    m_tags->setKnownTags(known);
    m_tags->setPlaceholderText(tr("tag, another tag"));
    auto *tagRow = new QWidget(this);
    auto *tagLayout = new QHBoxLayout(tagRow);
    tagLayout->setContentsMargins(0, 0, 0, 0);
    tagLayout->addWidget(m_tagMode);
    tagLayout->addWidget(m_tags, 1);
    m_tagsCheck = addRow(grid, tr("&Tags"), tagRow, QStringLiteral("tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setObjectName(QStringLiteral("tagsEdit")); // "tagsField" is the row with the mode
    connect(m_tags, &QLineEdit::textEdited, m_tagsCheck, [this] { m_tagsCheck->setChecked(true); });
    connect(m_tagMode, &QComboBox::activated, m_tagsCheck, [this] { m_tagsCheck->setChecked(true); });

    m_billable->addItem(tr("Billable"), true);
    m_billable->addItem(tr("Not billable"), false);
    m_billableCheck = addRow(grid, tr("&Billable"), m_billable, QStringLiteral("billable"));
    connect(m_billable, &QComboBox::activated, m_billableCheck,
            [this] { m_billableCheck->setChecked(true); });

    m_task->setPlaceholderText(tr("Task ID (empty: no task)"));
    m_task->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_task));
    m_taskCheck = addRow(grid, tr("Tas&k"), m_task, QStringLiteral("task"));
    connect(m_task, &QLineEdit::textEdited, m_taskCheck, [this] { m_taskCheck->setChecked(true); });

    m_direction->addItem(tr("Later by"), 1);
    m_direction->addItem(tr("Earlier by"), -1);
    m_direction->setAccessibleName(tr("Move later or earlier"));
    m_direction->setObjectName(QStringLiteral("shiftDirection"));
    m_days->setRange(0, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days to move"));
    m_days->setObjectName(QStringLiteral("shiftDays"));
    m_time->setDisplayFormat(QStringLiteral("H:mm"));
    m_time->setTime(QTime(0, 0));
    m_time->setToolTip(tr("Hours and minutes to move"));
    m_time->setAccessibleName(tr("Hours and minutes to move"));
    m_time->setObjectName(QStringLiteral("shiftTime"));
    auto *shiftRow = new QWidget(this);
    auto *shiftLayout = new QHBoxLayout(shiftRow);
    shiftLayout->setContentsMargins(0, 0, 0, 0);
    shiftLayout->addWidget(m_direction);
    shiftLayout->addWidget(m_days);
    shiftLayout->addWidget(m_time);
    shiftLayout->addStretch(1);
    m_shiftCheck = addRow(grid, tr("&Move start and stop"), shiftRow, QStringLiteral("shift"));
    auto checkShift = [this] { m_shiftCheck->setChecked(true); };
    connect(m_direction, &QComboBox::activated, m_shiftCheck, checkShift);
    connect(m_days, &QSpinBox::valueChanged, m_shiftCheck, checkShift);
    connect(m_time, &QTimeEdit::timeChanged, m_shiftCheck, checkShift);
}

QCheckBox *BulkEditForm::addRow(QGridLayout *grid, const QString &label, QWidget *field, const QString &name)
{
    auto *check = new QCheckBox(label, this);
    check->setObjectName(name + QStringLiteral("Check"));
    check->setToolTip(tr("Change this field on every selected entry"));
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    check->setAccessibleName(tr("Change %1").arg(plain.toLower()));
    field->setObjectName(name + QStringLiteral("Field"));
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(plain);
    const int row = grid->rowCount();
    grid->addWidget(check, row, 0);
    grid->addWidget(field, row, 1);
    connect(check, &QCheckBox::toggled, this, &BulkEditForm::changed);
    return check;
}

void BulkEditForm::setEntryWorkspaces(TrackSession *session, const QSet<qint64> &workspaceIds)
{
    m_project->setSession(session);
    if (workspaceIds.size() > 1) {
        const QString why =
            tr("The selected entries are in %n workspaces: a project can't be set for all of them.", nullptr,
               int(workspaceIds.size()));
        m_project->setUnavailable(why);
        m_projectCheck->setChecked(false);
        m_projectCheck->setEnabled(false);
        m_projectCheck->setToolTip(why);
        return;
    }
    m_project->setEntryWorkspace(workspaceIds.isEmpty() ? 0 : *workspaceIds.cbegin(), false);
}

BulkEditChoices BulkEditForm::choices() const
{
    BulkEditChoices c;
    if (m_descriptionCheck->isChecked())
        c.description = m_description->text().trimmed();
    if (m_projectCheck->isChecked()) {
        c.changeProject = true;
        if (m_project->projectId() > 0)
            c.projectId = m_project->projectId();
    }
    if (m_tagsCheck->isChecked()) {
        c.tagMode = BulkEditChoices::TagMode(m_tagMode->currentData().toInt());
        c.tags = m_tags->tags();
    }
    if (m_billableCheck->isChecked())
        c.billable = m_billable->currentData().toBool();
    if (m_taskCheck->isChecked()) {
        c.changeTask = true;
        if (const qint64 task = m_task->text().toLongLong(); task > 0)
            c.taskId = task;
    }
    if (m_shiftCheck->isChecked()) {
        const qint64 seconds = qint64(m_days->value()) * 86400 + QTime(0, 0).secsTo(m_time->time());
        c.shiftSeconds = seconds * m_direction->currentData().toInt();
    }
    return c;
}

} // namespace punchclock
