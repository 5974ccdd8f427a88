// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/ReportFilter.h"
#include "app/track/Client.h"
#include "app/track/Project.h"
#include "app/track/Tag.h"

#include <QList>
#include <QWidget>

class QComboBox;

namespace punchclock {

// What the weekly report counts: one project (or none), one client (or none) and one tag, each
// "All …" by default. Every choice is announced at once with filterChanged().
class ReportFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReportFilterBar(QWidget *parent = nullptr);

    // What there is to choose from; a choice still among them stays chosen.
    void setChoices(const QList<Project> &projects, const QList<Client> &clients, const QList<Tag> &tags);
    ReportFilter filter() const;

signals:
    void filterChanged(const punchclock::ReportFilter &filter);

private:
    // Replaces a combo's items after its "All …" item, keeping the chosen value when it is still
    // there (otherwise "All …"), without announcing anything.
    static void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items,
                       const QList<QString> &colors = {});

    QComboBox *m_project;
    QComboBox *m_client;
    QComboBox *m_tag;
};

} // namespace punchclock
