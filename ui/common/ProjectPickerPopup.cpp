// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ProjectPickerPopup.h"

#include "app/models/ProjectPickerModel.h"
#include "ui/common/ProjectPicker.h"
#include "ui/common/ReadableColor.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace punchclock {

namespace {
using Kind = ProjectPickerModel::Kind;

// Client headers muted and bold, projects indented with their colour (readable on this palette),
// the Create row in italics.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor base = option->palette.color(QPalette::Base);
        switch (Kind(index.data(ProjectPickerModel::KindRole).toInt())) {
        case Kind::Header:
            option->font.setBold(true);
            option->palette.setColor(
                QPalette::Text,
                ReadableColor::against(option->palette.color(QPalette::PlaceholderText), {base}));
            break;
        case Kind::Project: {
            const QString color = index.data(ProjectPickerModel::ColorRole).toString();
            auto icon = m_swatches.constFind(color);
            if (icon == m_swatches.constEnd())
                icon = m_swatches.insert(color, ProjectPicker::swatch(color));
            option->icon = *icon;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->rect.adjust(option->fontMetrics.averageCharWidth() * 2, 0, 0, 0);
            if (!color.isEmpty())
                option->palette.setColor(QPalette::Text,
                                         ReadableColor::against(QColor::fromString(color), {base}));
            break;
        }
        case Kind::Create:
            option->font.setItalic(true);
            break;
        case Kind::NoProject:
            break;
        }
    }

private:
    mutable QHash<QString, QIcon> m_swatches; // one pixmap per colour, not one per paint
};
} // namespace

ProjectPickerPopup::ProjectPickerPopup(ProjectPickerModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_model(model), m_workspace(new QComboBox(this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("projectPickerPopup"));
    setAccessibleName(tr("Projects"));
    setFrameShape(QFrame::StyledPanel);
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setObjectName(QStringLiteral("projectPickerWorkspace"));
    m_filter->setAccessibleName(tr("Find or create a project"));
    m_filter->setPlaceholderText(tr("Find or create a project…"));
    m_filter->setObjectName(QStringLiteral("projectPickerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(model);
    m_list->setItemDelegate(new RowDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus); // the filter keeps the keyboard
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Projects"));
    m_list->setObjectName(QStringLiteral("projectPickerList"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_workspace);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &ProjectPickerPopup::filterEdited);
    connect(m_list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        pickCurrent();
    });
    connect(m_workspace, &QComboBox::activated, this, [this] {
        emit workspaceSwitched(m_workspace->currentData().toLongLong());
        m_filter->setFocus();
    });
    // Every new list (typed text, another workspace, a created project): the best row is current.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const QString typed = m_model->createName();
        int row = -1;
        if (typed.isEmpty()) {
            row = m_model->rowOfProject(m_currentProject);
        } else {
            for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
                const QModelIndex index = m_model->index(r, 0);
                if (m_model->kindAt(r) == Kind::Project &&
                    index.data().toString().compare(typed, Qt::CaseInsensitive) == 0)
                    row = r;
            }
        }
        selectRow(row >= 0 ? row : m_model->firstSelectableRow());
    });
}

void ProjectPickerPopup::setWorkspaces(const QList<Workspace> &workspaces, qint64 current, bool switchable)
{
    m_workspace->clear();
    for (const Workspace &w : workspaces)
        m_workspace->addItem(w.name, w.id);
    m_workspace->setCurrentIndex(std::max(0, m_workspace->findData(current)));
    m_workspace->setVisible(workspaces.size() > 1);
    m_workspace->setEnabled(switchable);
    m_workspace->setToolTip(switchable
                                ? tr("Projects of this workspace")
                                : tr("A saved entry stays in its workspace: only its projects are listed"));
}

void ProjectPickerPopup::open(const QString &typed, qint64 currentProject, const QPoint &at, int minimumWidth)
{
    m_picked = false;
    m_currentProject = currentProject;
    m_problem->hide();
    setBusy(false);
    const QSize size(std::max(minimumWidth, fontMetrics().averageCharWidth() * 40),
                     fontMetrics().height() * 18);
    QRect geometry(at, size);
    if (const QScreen *screen = QGuiApplication::screenAt(at)) {
        const QRect room = screen->availableGeometry();
        if (geometry.bottom() > room.bottom())
            geometry.moveBottom(room.bottom());
        if (geometry.right() > room.right())
            geometry.moveRight(room.right());
    }
    setGeometry(geometry);
    if (m_filter->text() == typed)
        filterEdited(typed); // the same text: still a fresh list (the projects may have changed)
    else
        m_filter->setText(typed);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
    m_filter->end(false);
}

void ProjectPickerPopup::finish()
{
    m_picked = true;
    hide();
}

void ProjectPickerPopup::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setAccessibleDescription(message);
    m_problem->show();
}

void ProjectPickerPopup::setBusy(bool busy)
{
    m_filter->setReadOnly(busy);
    m_list->setEnabled(!busy);
    if (busy)
        showProblem(tr("Creating the project…"));
}

void ProjectPickerPopup::selectRow(int row)
{
    if (row < 0) {
        m_list->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ProjectPickerPopup::filterEdited(const QString &text)
{
    m_problem->hide();
    m_model->setFilterText(text);
}

void ProjectPickerPopup::pickCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_model->kindAt(current.row()) == Kind::Header || m_filter->isReadOnly())
        return;
    emit rowPicked(current.row()); // ProjectPicker closes the list (a create only once it is made)
}

bool ProjectPickerPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            selectRow(m_model->nextSelectableRow(row, 1));
            return true;
        case Qt::Key_Up:
            selectRow(m_model->nextSelectableRow(row, -1));
            return true;
        case Qt::Key_PageDown:
            for (int i = 0, next = row; i < 8; ++i)
                selectRow(next = m_model->nextSelectableRow(next, 1));
            return true;
        case Qt::Key_PageUp:
            for (int i = 0, next = row; i < 8; ++i)
                selectRow(next = m_model->nextSelectableRow(next, -1));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pickCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            return true; // the list is one field: Tab would leave the popup open behind
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ProjectPickerPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (!m_picked) {
        m_picked = true; // once
        emit dismissed();
    }
}

} // namespace punchclock
