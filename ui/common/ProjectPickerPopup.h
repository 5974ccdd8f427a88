// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Workspace.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace punchclock {

class ProjectPickerModel;

// The list of a ProjectPicker: a workspace switch (when there are several), a filter field that
// keeps the keyboard (type, Down/Up, Enter picks, Esc closes) and the grouped project list. It
// only shows and reports; ProjectPicker decides what a pick means.
class ProjectPickerPopup : public QFrame
{
    Q_OBJECT
public:
    ProjectPickerPopup(ProjectPickerModel *model, QWidget *parent);

    void setWorkspaces(const QList<Workspace> &workspaces, qint64 current, bool switchable);
    void open(const QString &typed, qint64 currentProject, const QPoint &at, int minimumWidth);
    void finish();                            // a pick was made: close, not a dismissal
    void showProblem(const QString &message); // stays open, says why (a failed create)
    void setBusy(bool busy);                  // a create is on its way

signals:
    void rowPicked(int row);
    void workspaceSwitched(qint64 workspaceId);
    void dismissed(); // closed without a pick

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void selectRow(int row);
    void filterEdited(const QString &text);
    void pickCurrent();

    ProjectPickerModel *m_model;
    QComboBox *m_workspace;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_problem;
    qint64 m_currentProject = 0;
    bool m_picked = false;
};

} // namespace punchclock
