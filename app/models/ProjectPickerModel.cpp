// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/ProjectPickerModel.h"

#include <QCollator>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <utility>

namespace punchclock {

ProjectPickerModel::ProjectPickerModel(QObject *parent) : QAbstractListModel(parent) {}

void ProjectPickerModel::setProjects(const QList<Project> &projects, const QList<Client> &clients)
{
    m_projects = projects;
    m_clients = clients;
    rebuild();
}

void ProjectPickerModel::setWorkspaceId(qint64 workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    rebuild();
}

void ProjectPickerModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void ProjectPickerModel::setCreateAllowed(bool allowed)
{
    if (allowed == m_createAllowed)
        return;
    m_createAllowed = allowed;
    rebuild();
}

QString ProjectPickerModel::createName() const
{
    return m_filter.simplified();
}

void ProjectPickerModel::rebuild()
{
    QList<Row> rows = build();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QList<ProjectPickerModel::Row> ProjectPickerModel::build() const
{
    const QString typed = createName();
    QList<Row> rows;
    if (typed.isEmpty())
        rows.append({Kind::NoProject, 0, tr("No project"), {}, {}});

    QHash<qint64, QString> clientNames;
    for (const Client &c : m_clients)
        clientNames.insert(c.id, c.name);
    const auto clientOf = [&clientNames](const Project &p) {
        return p.clientId ? clientNames.value(*p.clientId) : QString();
    };

    // Projects of the workspace that match, by client name ("" = no client, placed last).
    QMap<QString, QList<const Project *>> groups;
    bool exact = false;
    for (const Project &p : m_projects) {
        if (p.workspaceId != m_workspaceId)
            continue;
        if (p.name.compare(typed, Qt::CaseInsensitive) == 0)
            exact = true; // archived too: the server would refuse the name
        const QString client = clientOf(p);
        if (!p.active)
            continue;
        if (!typed.isEmpty() && !p.name.contains(typed, Qt::CaseInsensitive) &&
            !client.contains(typed, Qt::CaseInsensitive))
            continue;
        groups[client].append(&p);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList clients = groups.keys();
    std::sort(clients.begin(), clients.end(), [&collator](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty(); // "No client" last
        return collator.compare(a, b) < 0;
    });
    for (const QString &client : std::as_const(clients)) {
        rows.append({Kind::Header, 0, client.isEmpty() ? tr("No client") : client, {}, client});
        QList<const Project *> projects = groups.value(client);
        std::sort(projects.begin(), projects.end(), [&collator](const Project *a, const Project *b) {
            return collator.compare(a->name, b->name) < 0;
        });
        for (const Project *p : std::as_const(projects))
            rows.append({Kind::Project, p->id, p->name, p->color, client});
    }
    if (m_createAllowed && !typed.isEmpty() && !exact && m_workspaceId != 0)
        rows.append({Kind::Create, 0, tr("Create project \"%1\"…").arg(typed), {}, {}});
    return rows;
}

ProjectPickerModel::Kind ProjectPickerModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : Kind::Header;
}

qint64 ProjectPickerModel::projectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).projectId : 0;
}

int ProjectPickerModel::rowOfProject(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if ((id == 0 && r.kind == Kind::NoProject) ||
            (id != 0 && r.kind == Kind::Project && r.projectId == id))
            return row;
    }
    return -1;
}

int ProjectPickerModel::nextSelectableRow(int row, int step) const
{
    for (int next = row + step; next >= 0 && next < m_rows.size(); next += step) {
        if (m_rows.at(next).kind != Kind::Header)
            return next;
    }
    return row;
}

int ProjectPickerModel::firstSelectableRow() const
{
    return nextSelectableRow(-1, 1); // -1 stays -1 when nothing can be picked
}

int ProjectPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProjectPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return r.text;
    case Qt::ToolTipRole:
        return r.kind == Kind::Project && !r.client.isEmpty() ? tr("%1 · %2").arg(r.text, r.client)
                                                              : QVariant();
    case KindRole:
        return int(r.kind);
    case ProjectIdRole:
        return r.projectId;
    case ColorRole:
        return r.color.isEmpty() ? QVariant() : QVariant(r.color);
    case ClientNameRole:
        return r.client;
    default:
        return {};
    }
}

Qt::ItemFlags ProjectPickerModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).kind == Kind::Header)
        return Qt::ItemIsEnabled; // shown, never picked
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ProjectPickerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ProjectIdRole, "projectId");
    names.insert(ColorRole, "color");
    names.insert(ClientNameRole, "clientName");
    return names;
}

} // namespace punchclock
