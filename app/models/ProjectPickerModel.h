// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/track/Client.h"
#include "app/track/Project.h"

#include <QAbstractListModel>
#include <QList>

namespace punchclock {

// The rows of the project picker: "No project", then the active projects of one workspace grouped
// by client (a header row per client, sorted by name; "No client" last), filtered by a typed text
// (case-insensitive, in the project's or the client's name), and last `Create project "X"…` when
// the text names no project of that workspace exactly. Headers can't be selected; the picker
// moves over them (nextSelectableRow()).
class ProjectPickerModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        NoProject,
        Header,
        Project,
        Create,
    };
    Q_ENUM(Kind)
    enum Role
    {
        KindRole = Qt::UserRole + 1, // Kind, as int
        ProjectIdRole,               // qint64; 0 on other rows
        ColorRole,                   // "#rrggbb" of a project row
        ClientNameRole,              // the group's client name; empty for "No client"
    };

    explicit ProjectPickerModel(QObject *parent = nullptr);

    void setProjects(const QList<Project> &projects, const QList<Client> &clients);
    void setWorkspaceId(qint64 workspaceId); // only this workspace's projects (0: none shown)
    qint64 workspaceId() const { return m_workspaceId; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    void setCreateAllowed(bool allowed); // offer the Create row (no: a picker that can't create)

    QString createName() const; // the trimmed filter text, the name a Create row makes
    Kind kindAt(int row) const;
    qint64 projectIdAt(int row) const;
    int rowOfProject(qint64 id) const; // -1 when not shown; 0 ("No project") for id 0 when shown
    // The next row from `row` in direction `step` (+1 / -1) that can be picked, skipping headers;
    // `row` itself when there is none further.
    int nextSelectableRow(int row, int step) const;
    int firstSelectableRow() const; // -1 when nothing can be picked

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Kind kind = Kind::Project;
        qint64 projectId = 0;
        QString text;
        QString color;
        QString client;
    };
    void rebuild();
    QList<Row> build() const;

    QList<Project> m_projects;
    QList<Client> m_clients;
    QList<Row> m_rows;
    qint64 m_workspaceId = 0;
    QString m_filter;
    bool m_createAllowed = true;
};

} // namespace punchclock
