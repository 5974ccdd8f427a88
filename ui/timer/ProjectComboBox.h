#pragma once

#include "app/track/Client.h"
#include "app/track/Project.h"

#include <QComboBox>

namespace punchclock {

// Picks a project: a colour swatch, the name and the client. Item data is the project id
// (0 for "No project"). Used by the timer bar and by the entries table's editor.
class ProjectComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ProjectComboBox(QWidget *parent = nullptr);

    void setProjects(const QList<punchclock::Project> &projects, const QList<punchclock::Client> &clients);
    qint64 projectId() const;
    void setProjectId(qint64 id); // 0 or unknown: no project

    static QIcon swatch(const QString &color); // a round dot in "#rrggbb"

signals:
    void projectChanged(qint64 id);
};

} // namespace punchclock
