// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entries/EntryDelegate.h"

#include "app/models/DayGroupModel.h"
#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/time/Clock.h"
#include "app/time/DurationParser.h"
#include "ui/common/ProjectPicker.h"
#include "ui/common/ReadableColor.h"
#include "ui/entries/TimeOfDayEdit.h"
#include "ui/timer/TagsEdit.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QValidator>

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

QString durationProblem()
{
    return EntryDelegate::tr("Not a duration. Try 1:30, 1:30:15, 90m, 1h 30m or 1.5h.");
}
} // namespace

EntryDelegate::EntryDelegate(TrackSession *session, QObject *parent)
    : QStyledItemDelegate(parent), m_session(session)
{
    // Qt closes an editor that loses focus and commits only text that reads: the old value stays,
    // which is right, but silently. Say so.
    connect(this, &QAbstractItemDelegate::closeEditor, this, [this](QWidget *editor) {
        if (editor != m_leavingUnread)
            return;
        const QString problem =
            qobject_cast<TimeOfDayEdit *>(editor) ? TimeOfDayEdit::problem() : durationProblem();
        auto *view = qobject_cast<QAbstractItemView *>(QObject::parent());
        QWidget *anchor = view ? view->viewport() : editor->parentWidget();
        refuse(anchor, anchor->mapFromGlobal(editor->mapToGlobal(QPoint(0, editor->height()))),
               tr("%1 The old value is kept.").arg(problem));
    });
}

void EntryDelegate::refuse(QWidget *anchor, const QPoint &at, const QString &message)
{
    if (anchor)
        QToolTip::showText(anchor->mapToGlobal(at), message, anchor);
    emit inputRefused(message);
}

bool EntryDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (!edit || !edit->validator() || edit->hasAcceptableInput())
        return QStyledItemDelegate::eventFilter(object, event);
    const QString problem =
        qobject_cast<TimeOfDayEdit *>(edit) ? TimeOfDayEdit::problem() : durationProblem();
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab: // nothing is committed and the editor stays: say why
            refuse(edit, QPoint(0, edit->height()), problem);
            return true;
        default:
            break;
        }
    } else if (event->type() == QEvent::FocusOut) {
        m_leavingUnread = edit; // the closeEditor handler says the old value stays
        const bool handled = QStyledItemDelegate::eventFilter(object, event);
        m_leavingUnread = nullptr;
        return handled;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QWidget *EntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case TimeEntryModel::Project: {
        // The entry's workspace only (another's project is refused by the server). A pick commits
        // and closes; Esc closes. The list opens at once, or with the key that started the edit.
        auto *picker = new ProjectPicker(parent);
        picker->setSession(m_session);
        picker->setEntryWorkspace(index.data(TimeEntryModel::EntryRole).value<TimeEntry>().workspaceId,
                                  false);
        auto *self = const_cast<EntryDelegate *>(this);
        connect(picker, &ProjectPicker::activated, self, [self, picker] {
            emit self->commitData(picker);
            emit self->closeEditor(picker, QAbstractItemDelegate::NoHint);
        });
        connect(picker, &ProjectPicker::cancelled, self,
                [self, picker] { emit self->closeEditor(picker, QAbstractItemDelegate::NoHint); });
        QTimer::singleShot(0, picker, [picker] {
            if (!picker->isPopupVisible())
                picker->showPopup();
        });
        return picker;
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
        auto *edit = new TimeOfDayEdit(m_session->entries()->clock(), parent);
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
    if (auto *picker = qobject_cast<ProjectPicker *>(editor))
        picker->setProjectId(value.toLongLong());
    else if (auto *tags = qobject_cast<TagsEdit *>(editor))
        tags->setTags(index.data(TimeEntryModel::RawValueRole).toStringList());
    else if (auto *time = qobject_cast<TimeOfDayEdit *>(editor)) {
        const QDateTime start = index.siblingAtColumn(TimeEntryModel::Start).data(Qt::EditRole).toDateTime();
        if (index.column() == TimeEntryModel::Stop)
            time->setNotBefore(start); // on the entry's day; 1:00 after a 23:00 start is past midnight
        time->setDateTime(value.toDateTime().isValid() ? value.toDateTime()
                                                       : m_session->entries()->clock()->nowUtc());
    } else if (index.column() == TimeEntryModel::Duration)
        static_cast<QLineEdit *>(editor)->setText(index.data(Qt::DisplayRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void EntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<ProjectPicker *>(editor)) {
        model->setData(index, picker->projectId());
    } else if (auto *tags = qobject_cast<TagsEdit *>(editor)) {
        model->setData(index, tags->tags());
    } else if (auto *time = qobject_cast<TimeOfDayEdit *>(editor)) {
        if (const std::optional<QDateTime> typed = time->read(time->text()))
            model->setData(index, typed->toUTC()); // read again: `-10m` counts from the moment of Enter
    } else if (index.column() == TimeEntryModel::Duration) {
        auto *edit = static_cast<QLineEdit *>(editor);
        if (edit->text() == index.data(Qt::DisplayRole).toString())
            return; // untouched: a running entry must not jump by the seconds since opening
        if (!edit->hasAcceptableInput())
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), durationProblem(), edit);
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
                swatch = m_swatches.insert(color, ProjectPicker::swatch(color));
            option->icon = *swatch;
            option->features |= QStyleOptionViewItem::HasDecoration;
            // Darkened a little on a light palette (as always), as it is on a dark one; then moved
            // until readable on this palette.
            const QColor project = QColor::fromString(color);
            const bool light =
                ReadableColor::relativeLuminance(option->palette.color(QPalette::Base)) >= 0.18;
            option->palette.setColor(QPalette::Text,
                                     readable(light ? project.darker(130) : project, option->palette));
        }
    }
    if (!index.data(TimeEntryModel::ErrorRole).toString().isEmpty())
        option->palette.setColor(QPalette::Text, readable(QColor(0xc6, 0x28, 0x28), option->palette));
    if (index.data(TimeEntryModel::IsRunningRole).toBool() && index.column() == TimeEntryModel::Duration)
        option->font.setBold(true);
}

QColor EntryDelegate::readable(const QColor &color, const QPalette &palette) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase); // rows alternate
    const QString key = color.name() + base.name() + alternate.name();
    auto found = m_readable.constFind(key);
    if (found == m_readable.constEnd())
        found = m_readable.insert(key, ReadableColor::against(color, {base, alternate}));
    return *found;
}

void EntryDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A narrow column must not cut off what is being typed: the editor is at least as wide as its text.
    if (auto *edit = qobject_cast<TimeOfDayEdit *>(editor)) {
        const int wanted = edit->fontMetrics().horizontalAdvance(edit->text() + QStringLiteral("0000")) +
                           edit->textMargins().left() + edit->textMargins().right();
        if (edit->width() < wanted)
            edit->resize(wanted, edit->height());
    }
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
