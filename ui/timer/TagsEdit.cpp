#include "timer/TagsEdit.h"

#include "models/EntryEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace punchclock {

TagsEdit::TagsEdit(QWidget *parent)
    : QLineEdit(parent), m_known(new QStringListModel(this)), m_completer(new QCompleter(m_known, this))
{
    setAccessibleName(tr("Tags"));
    setPlaceholderText(tr("Tags, comma separated"));
    setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagsEdit::completeLastTag);
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
