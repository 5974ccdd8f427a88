#include "ui/timer/ProjectComboBox.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace punchclock {

ProjectComboBox::ProjectComboBox(QWidget *parent) : QComboBox(parent)
{
    setAccessibleName(tr("Project"));
    setToolTip(tr("Project"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    addItem(tr("No project"), qint64(0));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit projectChanged(projectId()); });
}

QIcon ProjectComboBox::swatch(const QString &color)
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

void ProjectComboBox::setProjects(const QList<Project> &projects, const QList<Client> &clients)
{
    const qint64 current = projectId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("No project"), qint64(0));
    for (const Project &p : projects) {
        if (!p.active)
            continue;
        QString client;
        for (const Client &c : clients) {
            if (p.clientId && c.id == *p.clientId)
                client = c.name;
        }
        const QString text = client.isEmpty() ? p.name : tr("%1 · %2").arg(p.name, client);
        addItem(swatch(p.color), text, p.id);
    }
    setProjectId(current);
}

qint64 ProjectComboBox::projectId() const
{
    return currentData().toLongLong();
}

void ProjectComboBox::setProjectId(qint64 id)
{
    const int i = findData(id);
    setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace punchclock
