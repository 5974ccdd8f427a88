// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/focus/FocusView.h"
#include "ui/common/ClearButton.h"

#include "app/bulk/FocusBulkEditor.h"
#include "app/models/FocusTaskFilterModel.h"
#include "app/models/FocusTaskModel.h"
#include "app/models/FocusTimeEntryModel.h"
#include "app/session/FocusSession.h"
#include "app/session/FocusTaskTimer.h"
#include "app/time/DurationParser.h"
#include "ui/bulk/FocusBulkDialog.h"
#include "ui/focus/FocusProgressDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace punchclock {

namespace {
template<class W> W *named(W *widget, const QString &name)
{
    widget->setAccessibleName(name);
    return widget;
}
} // namespace

FocusView::FocusView(FocusSession *session, FocusBulkEditor *bulkEditor, QWidget *parent)
    : QWidget(parent), m_session(session), m_bulkEditor(bulkEditor)
{
    m_tasks = named(new QTableView(this), tr("Focus tasks"));
    m_tasks->setModel(session->filteredTasks());
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->setSortingEnabled(true);
    m_tasks->setItemDelegateForColumn(FocusTaskModel::ProgressColumn, new FocusProgressDelegate(m_tasks));
    m_tasks->horizontalHeader()->setSectionResizeMode(FocusTaskModel::NameColumn, QHeaderView::Stretch);
    m_tasks->verticalHeader()->hide();

    m_entries = named(new QTableView(this), tr("Time entries of the selected task"));
    m_entries->setModel(session->entries());
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->verticalHeader()->hide();

    m_message = named(new QLabel(this), tr("Focus status"));
    m_message->setWordWrap(true);
    // Stays while changes of another key or organization wait (FocusSync), unlike m_message.
    m_otherAccount = named(new QLabel(this), tr("Unsent changes of another Focus account"));
    m_otherAccount->setWordWrap(true);
    m_otherAccount->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_otherAccount->hide();
    m_sendWaiting = named(new QPushButton(tr("Send with &This Key…"), this),
                          tr("Send the waiting changes with this key"));
    m_sendWaiting->setToolTip(tr("For a key you regenerated: send the changes made in this organization "
                                 "with your previous key using this one"));
    m_sendWaiting->hide();
    connect(m_sendWaiting, &QPushButton::clicked, this, &FocusView::sendWaitingWithThisKey);
    m_confirm = [](QWidget *owner, const QString &text) {
        return QMessageBox::question(owner, tr("Send with This Key"), text) == QMessageBox::Yes;
    };

    auto *entriesBox = new QWidget(this);
    auto *entriesLayout = new QVBoxLayout(entriesBox);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    entriesLayout->addWidget(buildEntryButtons());
    entriesLayout->addWidget(m_entries);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tasks);
    split->addWidget(entriesBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(split, 1);
    layout->addWidget(buildTimerBar());
    auto *otherAccountRow = new QHBoxLayout;
    otherAccountRow->addWidget(m_otherAccount, 1);
    otherAccountRow->addWidget(m_sendWaiting, 0, Qt::AlignTop);
    layout->addLayout(otherAccountRow);
    layout->addWidget(m_message);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &FocusView::updateTimer);

    connect(m_tasks->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FocusView::onTaskSelected);
    connect(m_entries->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FocusView::updateEntryButtons);
    connect(session->entries(), &QAbstractItemModel::modelReset, this, &FocusView::updateEntryButtons);
    connect(session->entries(), &QAbstractItemModel::dataChanged, this, &FocusView::updateEntryButtons);
    connect(session->entries(), &QAbstractItemModel::rowsRemoved, this, &FocusView::updateEntryButtons);
    connect(session->tasks(), &QAbstractItemModel::modelReset, this, &FocusView::rebuildFilterChoices);
    connect(session, &FocusSession::tasksLoaded, this, [this] { showMessage(tr("Tasks loaded"), false); });
    connect(session, &FocusSession::errorOccurred, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(session, &FocusSession::otherAccountChangesChanged, this,
            [this](int count, const QString &text, int sameOrganization) {
                m_otherAccount->setText(text);
                m_otherAccount->setVisible(count > 0);
                m_sameOrganizationWaiting = sameOrganization;
                m_sendWaiting->setVisible(sameOrganization > 0);
            });
    connect(session->timer(), &FocusTaskTimer::runningChanged, this, &FocusView::updateTimer);
    connect(session->timer(), &FocusTaskTimer::stopped, this, [this](const FocusTimeEntry &entry) {
        showMessage(tr("Saved %1 on the task").arg(DurationParser::format(entry.duration.value_or(0))),
                    false);
    });
    // Object names: the tests find the controls by them.
    const std::pair<QObject *, const char *> objectNames[] = {
        {m_tasks, "focusTasks"},
        {m_entries, "focusEntries"},
        {m_start, "focusStart"},
        {m_stop, "focusStop"},
        {m_archive, "focusArchive"},
        {m_unarchive, "focusUnarchive"},
        {m_restore, "focusRestore"},
        {m_delete, "focusDelete"},
        {m_bulkEdit, "focusBulkEdit"},
        {m_bulkUndo, "focusBulkUndo"},
        {m_status, "focusStatusFilter"},
        {m_project, "focusProjectFilter"},
        {m_search, "focusSearch"},
        {m_message, "focusMessage"},
        {m_otherAccount, "focusOtherAccount"},
        {m_sendWaiting, "focusSendWaiting"},
    };
    for (const auto &[object, name] : objectNames)
        object->setObjectName(QLatin1String(name));
    rebuildFilterChoices();
    updateTimer();
    updateEntryButtons();
}

QWidget *FocusView::buildFilters()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = named(new QComboBox(box), tr("Filter tasks by status"));
    m_project = named(new QComboBox(box), tr("Filter tasks by project"));
    m_search = named(new QLineEdit(box), tr("Search tasks"));
    m_search->setPlaceholderText(tr("Search tasks, projects, statuses"));
    ClearButton::attach(m_search);
    m_archivedTasks = named(new QCheckBox(tr("Archived tasks"), box), tr("Show archived tasks"));
    m_refresh = named(new QPushButton(tr("Refresh"), box), tr("Reload the Focus tasks"));
    row->addWidget(m_status);
    row->addWidget(m_project);
    row->addWidget(m_search, 1);
    row->addWidget(m_archivedTasks);
    row->addWidget(m_refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FocusView::applyFilters);
    connect(m_project, &QComboBox::currentIndexChanged, this, &FocusView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &FocusView::applyFilters);
    connect(m_archivedTasks, &QCheckBox::toggled, m_session->tasks(), &FocusTaskModel::setShowArchived);
    connect(m_refresh, &QPushButton::clicked, m_session, &FocusSession::connectAndLoad);
    return box;
}

QWidget *FocusView::buildTimerBar()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_timerLabel = named(new QLabel(box), tr("Focus timer"));
    m_start =
        named(new QPushButton(tr("Start timer on task"), box), tr("Start a timer on the selected task"));
    m_start->setToolTip(tr("One timer runs at a time: starting this stops the Track timer."));
    m_stop = named(new QPushButton(tr("Stop"), box), tr("Stop the Focus timer and save the entry"));
    row->addWidget(m_timerLabel, 1);
    row->addWidget(m_start);
    row->addWidget(m_stop);
    connect(m_start, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedTaskId();
        const auto task = m_session->tasks()->task(id);
        if (task && m_session->timer()->start(id, task->name))
            showMessage(tr("Timer started on %1").arg(task->name), false);
    });
    connect(m_stop, &QPushButton::clicked, m_session->timer(), &FocusTaskTimer::stop);
    return box;
}

QWidget *FocusView::buildEntryButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_archive = named(new QPushButton(tr("Archive"), box), tr("Archive the selected entries"));
    m_unarchive = named(new QPushButton(tr("Unarchive"), box), tr("Unarchive the selected entries"));
    m_restore = named(new QPushButton(tr("Restore"), box), tr("Restore the selected deleted entries"));
    m_delete = named(new QPushButton(tr("Delete"), box), tr("Delete the selected entries"));
    m_archivedEntries =
        named(new QCheckBox(tr("Archived and deleted"), box), tr("Show archived and deleted entries"));
    m_bulkEdit =
        named(new QPushButton(tr("Edit entries…"), box), tr("Edit or delete the selected entries at once"));
    m_bulkUndo = named(new QPushButton(tr("Undo Bulk Edit"), box), tr("Undo the last bulk edit"));
    for (QWidget *w : {static_cast<QWidget *>(m_archive), static_cast<QWidget *>(m_unarchive),
                       static_cast<QWidget *>(m_restore), static_cast<QWidget *>(m_delete),
                       static_cast<QWidget *>(m_bulkEdit), static_cast<QWidget *>(m_bulkUndo)})
        row->addWidget(w);
    m_bulkUndo->setEnabled(false);
    connect(m_bulkEdit, &QPushButton::clicked, this, &FocusView::openBulkEdit);
    connect(m_bulkUndo, &QPushButton::clicked, m_bulkEditor, [this] {
        if (BulkJob *job = m_bulkEditor->undo())
            job->start();
    });
    connect(m_bulkEditor, &FocusBulkEditor::undoAvailableChanged, m_bulkUndo, &QPushButton::setEnabled);
    connect(m_bulkEditor, &FocusBulkEditor::runFinished, this,
            [this] { m_session->selectTask(m_session->selectedTaskId()); });
    row->addStretch(1);
    row->addWidget(m_archivedEntries);
    connect(m_archive, &QPushButton::clicked, this,
            [this] { entryAction([](FocusSession *s, int r) { s->entries()->archive(r); }); });
    connect(m_unarchive, &QPushButton::clicked, this,
            [this] { entryAction([](FocusSession *s, int r) { s->entries()->unarchive(r); }); });
    connect(m_restore, &QPushButton::clicked, this,
            [this] { entryAction([](FocusSession *s, int r) { s->entries()->restore(r); }); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { entryAction([](FocusSession *s, int r) { s->entries()->remove(r); }); });
    connect(m_archivedEntries, &QCheckBox::toggled, m_session->entries(),
            &FocusTimeEntryModel::setShowArchived);
    return box;
}

void FocusView::rebuildFilterChoices()
{
    const QVariant status = m_status->currentData();
    const QVariant project = m_project->currentData();
    QMap<QString, qint64> statuses;
    QMap<QString, qint64> projects;
    bool withoutProject = false;
    for (const FocusTask &t : m_session->tasks()->tasks()) {
        if (t.statusId > 0)
            statuses.insert(t.statusName.isEmpty() ? tr("Status %1").arg(t.statusId) : t.statusName,
                            t.statusId);
        if (t.projectId)
            projects.insert(t.projectName.isEmpty() ? tr("Project %1").arg(*t.projectId) : t.projectName,
                            *t.projectId);
        else
            withoutProject = true;
    }
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockProject(m_project);
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        m_status->addItem(it.key(), it.value());
    m_project->clear();
    m_project->addItem(tr("All projects"));
    if (withoutProject)
        m_project->addItem(tr("No project"), qint64(0));
    for (auto it = projects.cbegin(); it != projects.cend(); ++it)
        m_project->addItem(it.key(), it.value());
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
    applyFilters();
}

void FocusView::applyFilters()
{
    FocusTaskFilterModel *filter = m_session->filteredTasks();
    const QVariant status = m_status->currentData();
    const QVariant project = m_project->currentData();
    filter->setStatusFilter(status.isValid() ? std::optional<qint64>(status.toLongLong()) : std::nullopt);
    filter->setProjectFilter(project.isValid() ? std::optional<qint64>(project.toLongLong()) : std::nullopt);
    filter->setSearchText(m_search->text());
}

qint64 FocusView::selectedTaskId() const
{
    const QModelIndex current = m_tasks->selectionModel()->currentIndex();
    return current.isValid() ? current.data(FocusTaskModel::TaskIdRole).toLongLong() : 0;
}

void FocusView::onTaskSelected()
{
    const qint64 id = selectedTaskId();
    if (id != m_session->selectedTaskId())
        m_session->selectTask(id);
    updateTimer();
}

void FocusView::updateTimer()
{
    FocusTaskTimer *timer = m_session->timer();
    if (timer->isRunning()) {
        m_timerLabel->setText(
            tr("%1 — %2").arg(timer->taskName(), DurationParser::format(timer->elapsedSeconds())));
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_timerLabel->setText(tr("No Focus timer running"));
        m_tick->stop();
    }
    m_start->setEnabled(!timer->isRunning() && selectedTaskId() > 0);
    m_stop->setEnabled(timer->isRunning());
}

void FocusView::updateEntryButtons()
{
    bool archived = false;
    bool live = false;
    bool deleted = false;
    for (const QModelIndex &row : m_entries->selectionModel()->selectedRows()) {
        const bool isDeleted = row.data(FocusTimeEntryModel::DeletedRole).toBool();
        const bool isArchived = row.data(FocusTimeEntryModel::ArchivedRole).toBool();
        deleted |= isDeleted;
        archived |= !isDeleted && isArchived;
        live |= !isDeleted && !isArchived;
    }
    m_archive->setEnabled(live);
    m_unarchive->setEnabled(archived);
    m_restore->setEnabled(deleted);
    m_delete->setEnabled(live || archived);
    const int selected = static_cast<int>(m_entries->selectionModel()->selectedRows().size());
    m_bulkEdit->setEnabled(selected > 0);
    m_bulkEdit->setText(selected > 0 ? tr("Edit %n entries…", nullptr, selected) : tr("Edit entries…"));
}

void FocusView::entryAction(void (*action)(FocusSession *, int))
{
    QList<int> rows;
    for (const QModelIndex &row : m_entries->selectionModel()->selectedRows())
        rows.append(row.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>()); // rows may vanish as answers come
    for (int row : rows)
        action(m_session, row);
}

void FocusView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void FocusView::openBulkEdit()
{
    QList<FocusTimeEntry> chosen;
    for (const QModelIndex &row : m_entries->selectionModel()->selectedRows())
        chosen.append(m_session->entries()->entryAt(row.row()));
    if (chosen.isEmpty() || m_bulkEditor->isRunning())
        return;
    auto *dialog = new FocusBulkDialog(m_bulkEditor, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Only on the user's word: the changes were made with another key, which may be someone else's.
void FocusView::sendWaitingWithThisKey()
{
    const int count = m_sameOrganizationWaiting;
    if (count <= 0)
        return;
    const QString question =
        tr("Send %n change(s) made in this organization with another API key, using the current key? "
           "Do this when you regenerated your own key: they are saved as the current key's user.",
           nullptr, count);
    if (!m_confirm(this, question))
        return;
    const int sent = m_session->sendWaitingWithThisKey();
    showMessage(tr("%n waiting change(s) are sent with this key", nullptr, sent), false);
}

} // namespace punchclock
