// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ProjectPicker.h"

#include "app/models/ProjectPickerModel.h"
#include "app/session/TrackSession.h"
#include "ui/common/ProjectPickerPopup.h"

#include <QColor>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

namespace punchclock {

ProjectPicker::ProjectPicker(QWidget *parent) : QPushButton(parent), m_model(new ProjectPickerModel(this))
{
    setAccessibleName(tr("Project"));
    setAutoDefault(false); // Enter opens the list (keyPressEvent), it is never a dialog's default
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QPushButton::clicked, this, [this] { showPopup(); });
    showProject();
}

ProjectPicker::~ProjectPicker()
{
    if (m_popup)
        m_popup->disconnect(this); // its hide while being destroyed is no dismissal
}

QIcon ProjectPicker::swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(color.isEmpty() ? QStringLiteral("#9e9e9e") : color));
    painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    return QIcon(pixmap);
}

void ProjectPicker::setSession(TrackSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &TrackSession::relatedChanged, this, &ProjectPicker::reload);
    reload();
}

void ProjectPicker::setRelated(const RelatedData &related)
{
    setSession(nullptr);
    m_related = related;
    reload();
}

void ProjectPicker::reload()
{
    if (m_session)
        m_related = m_session->related();
    m_model->setCreateAllowed(m_session != nullptr);
    m_model->setProjects(m_related.projects, m_related.clients);
    showProject();
}

void ProjectPicker::setProjectId(qint64 id)
{
    if (id == m_projectId)
        return;
    m_projectId = id;
    showProject();
    emit projectChanged(id);
}

void ProjectPicker::setEntryWorkspace(qint64 workspaceId, bool switchable)
{
    m_entryWorkspace = workspaceId;
    m_switchable = switchable;
    if (!switchable)
        m_switchedTo = 0;
}

qint64 ProjectPicker::workspaceId() const
{
    if (m_switchable && m_switchedTo != 0)
        return m_switchedTo;
    if (m_entryWorkspace != 0)
        return m_entryWorkspace;
    for (const Project &p : m_related.projects) {
        if (p.id == m_projectId && m_projectId != 0)
            return p.workspaceId;
    }
    if (m_session)
        return m_session->defaultWorkspaceId();
    if (m_related.me.defaultWorkspaceId)
        return *m_related.me.defaultWorkspaceId;
    return m_related.workspaces.isEmpty() ? 0 : m_related.workspaces.first().id;
}

void ProjectPicker::setUnavailable(const QString &reason)
{
    m_unavailable = reason;
    setEnabled(reason.isEmpty());
    showProject();
}

void ProjectPicker::showProject()
{
    if (!m_unavailable.isEmpty()) {
        setIcon({});
        setText(tr("Not available"));
        setToolTip(m_unavailable);
        setAccessibleDescription(m_unavailable);
        return;
    }
    const Project *project = nullptr;
    for (const Project &p : m_related.projects) {
        if (p.id == m_projectId)
            project = &p;
    }
    if (m_projectId == 0 || !project) {
        setIcon({});
        setText(tr("No project"));
        setToolTip(tr("Project: type to find or create one"));
        setAccessibleDescription(tr("No project"));
        return;
    }
    QString client;
    for (const Client &c : m_related.clients) {
        if (project->clientId && c.id == *project->clientId)
            client = c.name;
    }
    const QString text = client.isEmpty() ? project->name : tr("%1 · %2").arg(project->name, client);
    setIcon(swatch(project->color));
    setText(text);
    setToolTip(text);
    setAccessibleDescription(text);
}

void ProjectPicker::showPopup(const QString &typed)
{
    if (!m_unavailable.isEmpty() || !isEnabled())
        return;
    if (!m_popup) {
        m_popup = new ProjectPickerPopup(m_model, this);
        connect(m_popup, &ProjectPickerPopup::rowPicked, this, [this](int row) {
            switch (m_model->kindAt(row)) {
            case ProjectPickerModel::Kind::NoProject:
                pick(0);
                break;
            case ProjectPickerModel::Kind::Project:
                pick(m_model->projectIdAt(row));
                break;
            case ProjectPickerModel::Kind::Create:
                create(m_model->workspaceId(), m_model->createName());
                break;
            case ProjectPickerModel::Kind::Header:
                break;
            }
        });
        connect(m_popup, &ProjectPickerPopup::workspaceSwitched, this, [this](qint64 id) {
            m_switchedTo = id;
            m_model->setWorkspaceId(id);
        });
        connect(m_popup, &ProjectPickerPopup::dismissed, this, &ProjectPicker::cancelled);
    }
    const qint64 workspace = workspaceId();
    m_model->setWorkspaceId(workspace);
    m_popup->setWorkspaces(m_related.workspaces, workspace, m_switchable);
    m_popup->open(typed, m_projectId, mapToGlobal(rect().bottomLeft()), width());
}

void ProjectPicker::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

bool ProjectPicker::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void ProjectPicker::pick(qint64 id)
{
    if (m_popup)
        m_popup->finish();
    setProjectId(id);
    emit activated(id);
}

void ProjectPicker::create(qint64 workspaceId, const QString &name)
{
    if (!m_session || name.isEmpty())
        return;
    m_popup->setBusy(true);
    m_session->createProject(workspaceId, name, {},
                             [self = QPointer<ProjectPicker>(this)](ApiResult<Project> result) {
                                 if (!self || !self->m_popup)
                                     return;
                                 self->m_popup->setBusy(false);
                                 if (!result.ok()) {
                                     self->m_popup->showProblem(result.error->message);
                                     return;
                                 }
                                 if (self->m_switchable)
                                     self->m_switchedTo = result.value->workspaceId;
                                 self->pick(result.value->id);
                             });
}

void ProjectPicker::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_F4:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showPopup();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
        showPopup(text); // typing starts a search
        return;
    }
    QPushButton::keyPressEvent(event);
}

} // namespace punchclock
