// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/BulkEditChoices.h"
#include "app/track/RelatedData.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace punchclock {

class ProjectPicker;
class TrackSession;
class TagsEdit;

// The fields of a Track bulk edit, each with its own "change this" box: unchecked fields stay as
// they are on every entry. Editing a field checks its box.
class BulkEditForm : public QWidget
{
    Q_OBJECT
public:
    explicit BulkEditForm(const RelatedData &related, QWidget *parent = nullptr);

    BulkEditChoices choices() const;
    // The selected entries' workspaces: one, its projects (created through `session`); several,
    // no project can be set for all and the row says so.
    void setEntryWorkspaces(TrackSession *session, const QSet<qint64> &workspaceIds);

signals:
    void changed();

private:
    QCheckBox *addRow(QGridLayout *grid, const QString &label, QWidget *field, const QString &name);

    QCheckBox *m_descriptionCheck = nullptr;
    QLineEdit *m_description;
    QCheckBox *m_projectCheck = nullptr;
    ProjectPicker *m_project;
    QCheckBox *m_tagsCheck = nullptr;
    QComboBox *m_tagMode;
    TagsEdit *m_tags;
    QCheckBox *m_billableCheck = nullptr;
    QComboBox *m_billable;
    QCheckBox *m_taskCheck = nullptr;
    QLineEdit *m_task;
    QCheckBox *m_shiftCheck = nullptr;
    QComboBox *m_direction;
    QSpinBox *m_days;
    QTimeEdit *m_time;
};

} // namespace punchclock
