#include "ui/entries/EntryDelegate.h"

#include "app/models/DayGroupModel.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/DurationParser.h"
#include "ui/timer/ProjectComboBox.h"
#include "ui/timer/TagsEdit.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>
#include <QToolTip>

namespace punchclock {

namespace {
// Marks unparsable text as not yet acceptable, so Enter does not commit it.
class DurationValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        return DurationParser::parse(input) ? Acceptable : Intermediate;
    }
};
} // namespace

EntryDelegate::EntryDelegate(TrackSession *session, QObject *parent)
    : QStyledItemDelegate(parent), m_session(session)
{
}

QWidget *EntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case TimeEntryModel::Project: {
        auto *box = new ProjectComboBox(parent);
        box->setProjects(m_session->related().projects, m_session->related().clients);
        return box;
    }
    case TimeEntryModel::Tags: {
        auto *edit = new TagsEdit(parent);
        QStringList names;
        for (const Tag &t : m_session->related().tags)
            names.append(t.name);
        edit->setKnownTags(names);
        return edit;
    }
    case TimeEntryModel::Start:
    case TimeEntryModel::Stop: {
        auto *edit = new QDateTimeEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setAccessibleName(index.column() == TimeEntryModel::Start ? tr("Start time") : tr("Stop time"));
        return edit;
    }
    case TimeEntryModel::Duration: {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new DurationValidator(edit));
        edit->setAccessibleName(tr("Duration"));
        edit->setToolTip(tr("1:30, 1:30:15, 90m, 1h 30m or 1.5h"));
        return edit;
    }
    case TimeEntryModel::Billable:
        return nullptr; // a check box, toggled in place
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(tr("Description"));
        return editor;
    }
    }
}

void EntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<ProjectComboBox *>(editor))
        box->setProjectId(value.toLongLong());
    else if (auto *tags = qobject_cast<TagsEdit *>(editor))
        tags->setTags(index.data(TimeEntryModel::RawValueRole).toStringList());
    else if (auto *dt = qobject_cast<QDateTimeEdit *>(editor))
        dt->setDateTime(value.toDateTime().isValid() ? value.toDateTime().toLocalTime()
                                                     : QDateTime::currentDateTime());
    else if (index.column() == TimeEntryModel::Duration)
        static_cast<QLineEdit *>(editor)->setText(index.data(Qt::DisplayRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void EntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<ProjectComboBox *>(editor)) {
        model->setData(index, box->projectId());
    } else if (auto *tags = qobject_cast<TagsEdit *>(editor)) {
        model->setData(index, tags->tags());
    } else if (auto *dt = qobject_cast<QDateTimeEdit *>(editor)) {
        model->setData(index, dt->dateTime().toUTC());
    } else if (index.column() == TimeEntryModel::Duration) {
        auto *edit = static_cast<QLineEdit *>(editor);
        if (edit->text() == index.data(Qt::DisplayRole).toString())
            return; // untouched: a running entry must not jump by the seconds since opening
        if (!edit->hasAcceptableInput())
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())),
                               tr("Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h."), edit);
        model->setData(index, edit->text()); // refused by the model when invalid
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void EntryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DayGroupModel::IsDayRole).toBool()) {
        option->font.setBold(true);
        return;
    }
    if (index.column() == TimeEntryModel::Project) {
        const QString color = index.data(TimeEntryModel::ProjectColorRole).toString();
        if (!color.isEmpty()) {
            auto swatch = m_swatches.constFind(color);
            if (swatch == m_swatches.constEnd())
                swatch = m_swatches.insert(color, ProjectComboBox::swatch(color));
            option->icon = *swatch;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->palette.setColor(QPalette::Text, QColor::fromString(color).darker(130));
        }
    }
    if (!index.data(TimeEntryModel::ErrorRole).toString().isEmpty())
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    if (index.data(TimeEntryModel::IsRunningRole).toBool() && index.column() == TimeEntryModel::Duration)
        option->font.setBold(true);
}

void EntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    if (index.data(DayGroupModel::IsDayRole).toBool()) {
        painter->fillRect(option.rect, option.palette.window());
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace punchclock
