// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace punchclock {

// Tags as comma-separated text, completing the tag being typed from the known ones. A name that
// is not a tag yet is simply kept: the server creates it on save.
class TagsEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagsEdit(QWidget *parent = nullptr);

    void setKnownTags(const QStringList &tags);
    QStringList tags() const;
    void setTags(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void completeLastTag(const QString &tag);

    QStringListModel *m_known;
    QCompleter *m_completer;
    bool m_keyFromPopup = false;
};

} // namespace punchclock
