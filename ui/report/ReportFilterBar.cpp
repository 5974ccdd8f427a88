// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportFilterBar.h"

#include "ui/common/ProjectPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSet>

#include <algorithm>

namespace punchclock {

namespace {
QComboBox *makeCombo(QWidget *parent, const char *name, const QString &all, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->addItem(all); // no data: everything
    // Long project names must not widen the window: the combo shrinks, its list stays wide.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

bool byName(const QString &a, const QString &b)
{
    return a.localeAwareCompare(b) < 0;
}
} // namespace

ReportFilterBar::ReportFilterBar(QWidget *parent)
    : QWidget(parent),
      m_project(makeCombo(this, "projectFilter", tr("All projects"), tr("Show the time of this project"))),
      m_client(
          makeCombo(this, "clientFilter", tr("All clients"), tr("Show the time of this client's projects"))),
      m_tag(makeCombo(this, "tagFilter", tr("All tags"), tr("Show the time of entries with this tag")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_project);
    layout->addWidget(m_client);
    layout->addWidget(m_tag);
    for (QComboBox *combo : {m_project, m_client, m_tag}) {
        connect(combo, &QComboBox::activated, this, [this] { emit filterChanged(filter()); });
    }
    setChoices({}, {}, {});
}

void ReportFilterBar::setChoices(const QList<Project> &projects, const QList<Client> &clients,
                                 const QList<Tag> &tags)
{
    const ReportFilter before = filter();

    QHash<qint64, QString> clientNames;
    for (const Client &c : clients)
        clientNames.insert(c.id, c.name);
    QList<Project> sorted = projects;
    std::sort(sorted.begin(), sorted.end(),
              [](const Project &a, const Project &b) { return byName(a.name, b.name); });
    QList<std::pair<QString, QVariant>> projectItems{{tr("No project"), QVariant(ReportFilter::kNoProject)}};
    QList<QString> colors{QString()};
    for (const Project &p : std::as_const(sorted)) {
        const QString client = p.clientId ? clientNames.value(*p.clientId) : QString();
        projectItems.append(
            {client.isEmpty() ? p.name : tr("%1 (%2)", "project (client)").arg(p.name, client),
             QVariant(p.id)});
        colors.append(p.color);
    }
    refill(m_project, projectItems, colors);

    QStringList clientList;
    for (const Client &c : clients) {
        if (!clientList.contains(c.name))
            clientList.append(c.name);
    }
    std::sort(clientList.begin(), clientList.end(), byName);
    QList<std::pair<QString, QVariant>> clientItems{{tr("No client"), QVariant(QString(QLatin1String("")))}};
    for (const QString &name : std::as_const(clientList))
        clientItems.append({name, QVariant(name)});
    refill(m_client, clientItems);

    QStringList tagList;
    for (const Tag &t : tags) {
        if (!tagList.contains(t.name))
            tagList.append(t.name);
    }
    std::sort(tagList.begin(), tagList.end(), byName);
    QList<std::pair<QString, QVariant>> tagItems;
    for (const QString &name : std::as_const(tagList))
        tagItems.append({name, QVariant(name)});
    refill(m_tag, tagItems);

    if (filter() != before)
        emit filterChanged(filter());
}

void ReportFilterBar::refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items,
                             const QList<QString> &colors)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker quiet(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    int index = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i < colors.size())
            combo->addItem(ProjectPicker::swatch(colors.at(i)), items.at(i).first, items.at(i).second);
        else
            combo->addItem(items.at(i).first, items.at(i).second);
        if (chosen.isValid() && items.at(i).second == chosen)
            index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

ReportFilter ReportFilterBar::filter() const
{
    ReportFilter f;
    if (const QVariant project = m_project->currentData(); project.isValid())
        f.projectIds.insert(project.toLongLong());
    if (const QVariant client = m_client->currentData(); client.isValid())
        f.clients.insert(client.toString());
    if (const QVariant tag = m_tag->currentData(); tag.isValid())
        f.tags.insert(tag.toString());
    return f;
}

} // namespace punchclock
