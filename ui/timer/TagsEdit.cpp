// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timer/TagsEdit.h"
#include "ui/common/ClearButton.h"

#include "app/models/EntryEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QStringListModel>

namespace punchclock {

TagsEdit::TagsEdit(QWidget *parent)
    : QLineEdit(parent), m_known(new QStringListModel(this)), m_completer(new QCompleter(m_known, this))
{
    setAccessibleName(tr("Tags"));
    setPlaceholderText(tr("Tags, comma separated"));
    ClearButton::attach(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TagsEdit::completeLastTag);
    // Complete the part after the last comma, not the whole text.
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString last = text.section(QLatin1Char(','), -1).trimmed();
        if (last.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(last);
        m_completer->complete();
    });
    // Runs before the completer's own filter (the last installed runs first).
    m_completer->popup()->installEventFilter(this);
}

bool TagsEdit::eventFilter(QObject *watched, QEvent *event)
{
    // While the popup is open it gets the keys, and QCompleter hands Return and Tab to this line edit
    // directly, past its event filters: an item delegate's editor filter never saw them, so the tags
    // cell of the entries table stayed open. Take the highlighted completion (if any), close the popup
    // and deliver the key like any other, so Return commits and closes the cell and Tab moves on.
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            m_completer->popup()->hide();
            if (current.isValid())
                completeLastTag(current.data(m_completer->completionRole()).toString());
            m_keyFromPopup = true;
            QCoreApplication::sendEvent(this, event);
            m_keyFromPopup = false;
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void TagsEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit::keyPressEvent(event);
    if (m_keyFromPopup)
        event->accept(); // a Return that picked a completion does not also press a dialog's default button
}

void TagsEdit::setKnownTags(const QStringList &tags)
{
    m_known->setStringList(tags);
}

QStringList TagsEdit::tags() const
{
    return EntryEdit::splitTags(text());
}

void TagsEdit::setTags(const QStringList &tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

void TagsEdit::completeLastTag(const QString &tag)
{
    QStringList parts = text().split(QLatin1Char(','));
    parts.last() = tag;
    for (QString &p : parts)
        p = p.trimmed();
    setText(parts.join(QStringLiteral(", ")) + QStringLiteral(", "));
}

} // namespace punchclock
