#pragma once

#include <QSortFilterProxyModel>

namespace punchclock {

// The search box: keeps entries whose description, project or tags contain the text (any case),
// and the days that still have such entries.
class EntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntryFilterModel(QObject *parent = nullptr);

public slots:
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace punchclock
