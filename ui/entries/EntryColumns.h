// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QVariantMap>

class QPoint;
class QTreeView;

namespace punchclock {

// Which columns of the entries table show. In a narrow window the less important ones step
// aside (tags first, then stop, billable, start, project) so description and duration keep
// their room; the header's context menu shows or hides any column by choice, and a choice wins
// over the width. Choices are saved with the window; what the width hides is not.
class EntryColumns : public QObject
{
    Q_OBJECT
public:
    explicit EntryColumns(QTreeView *view);

    // Shows and hides columns for the view's current width and the user's choices.
    void apply();
    // The user's choice for a column: shown, hidden, or (reset) whatever the width allows.
    void choose(int column, bool visible);
    void resetChoices();
    bool isHiddenForWidth(int column) const;

    QVariantMap saveChoices() const; // {"<column>": bool}
    void restoreChoices(const QVariantMap &choices);

    static QList<int> lessImportantFirst();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    int preferredWidth(int column) const;

    QTreeView *m_view;
    QHash<int, bool> m_choices;
    QHash<int, int> m_widths; // last width each column had while shown
    QList<int> m_hiddenForWidth;
};

} // namespace punchclock
