// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/RelatedData.h"

#include <QPointer>
#include <QPushButton>

namespace punchclock {

class ProjectPickerModel;
class ProjectPickerPopup;
class TrackSession;

// Picks the project of an entry: a button showing the project (its colour, name and client) that
// opens a list to type in (ProjectPickerPopup over ProjectPickerModel). Only the projects of the
// entry's workspace are offered; a workspace switch shows when the user has several, enabled only
// where the entry can still move (a new entry). With a session it also creates projects
// (`Create project "X"…`). Typing while it has focus opens the list with that text.
// Used by the timer bar, the entries table's editor, the entry dialog and the bulk edit form.
class ProjectPicker : public QPushButton
{
    Q_OBJECT
public:
    explicit ProjectPicker(QWidget *parent = nullptr);
    ~ProjectPicker() override;

    // The lists follow the session (relatedChanged) and projects can be created through it.
    void setSession(TrackSession *session);
    void setRelated(const RelatedData &related); // fixed lists, nothing created

    qint64 projectId() const { return m_projectId; }
    void setProjectId(qint64 id); // 0: no project; an unknown ID is kept (its list may come later)

    // The entry's workspace; 0: the project's, else the default one. `switchable`: the user may
    // pick from another workspace (a new entry goes where its project is).
    void setEntryWorkspace(qint64 workspaceId, bool switchable);
    qint64 workspaceId() const; // whose projects the list shows
    // No project can be picked here, and why (a bulk edit over several workspaces); empty: fine.
    void setUnavailable(const QString &reason);

    void showPopup(const QString &typed = {});
    void hidePopup();
    bool isPopupVisible() const;

    static QIcon swatch(const QString &color); // a round dot in "#rrggbb"

signals:
    void projectChanged(qint64 id); // any change of projectId(), set or picked
    void activated(qint64 id);      // the user picked (perhaps the same project)
    void cancelled();               // the list was closed without a pick

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void showProject();
    void pick(qint64 id);
    void create(qint64 workspaceId, const QString &name);

    QPointer<TrackSession> m_session;
    RelatedData m_related;
    ProjectPickerModel *m_model;
    ProjectPickerPopup *m_popup = nullptr;
    qint64 m_projectId = 0;
    qint64 m_entryWorkspace = 0;
    qint64 m_switchedTo = 0; // the workspace last switched to in the list
    bool m_switchable = false;
    QString m_unavailable;
};

} // namespace punchclock
