// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timer/TimerBar.h"
#include "ui/common/ClearButton.h"
#include "ui/common/LiveLabel.h"
#include "ui/common/ProjectPicker.h"

#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "ui/timer/StartStopButton.h"
#include "ui/timer/TagsEdit.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QCompleter>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QStringListModel>
#include <QToolButton>

namespace punchclock {

namespace {
const QLatin1String kWidestElapsed("000:00:00"); // the elapsed label's width: up to 999 hours
} // namespace

TimerBar::TimerBar(TrackSession *session, TimerController *timer, QWidget *parent)
    : QWidget(parent), m_session(session), m_timer(timer), m_description(new QLineEdit(this)),
      m_completer(new QCompleter(timer->recentDescriptions(), this)), m_project(new ProjectPicker(this)),
      m_tags(new TagsEdit(this)), m_billable(new QToolButton(this)), m_elapsed(new LiveLabel(this)),
      m_startStop(new StartStopButton(this)), m_top(new QHBoxLayout), m_bottom(new QHBoxLayout)
{
    setAccessibleName(tr("Timer"));
    // Object names: the tests find the controls by them.
    m_description->setObjectName(QStringLiteral("timerDescription"));
    m_completer->setObjectName(QStringLiteral("timerCompleter"));
    m_project->setObjectName(QStringLiteral("timerProject"));
    m_tags->setObjectName(QStringLiteral("timerTags"));
    m_billable->setObjectName(QStringLiteral("timerBillable"));
    m_elapsed->setObjectName(QStringLiteral("timerElapsed"));
    m_startStop->setObjectName(QStringLiteral("timerStartStop"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What are you working on?"));
    ClearButton::attach(m_description);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_description->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TimerBar::fillFrom);
    // Return and Tab on a suggestion fill the fields without starting (see eventFilter()); runs
    // before the completer's own filter (the last installed runs first).
    m_completer->popup()->installEventFilter(this);
    connect(m_description, &QLineEdit::returnPressed, this, [this] {
        if (!m_timer->isRunning())
            startFromFields();
    });

    // Minimum widths for the two-row layout; in one row they get their size hints.
    m_description->setMinimumWidth(m_description->fontMetrics().averageCharWidth() * 14);
    m_project->setMinimumWidth(m_project->fontMetrics().averageCharWidth() * 14);
    m_tags->setMinimumWidth(m_tags->fontMetrics().averageCharWidth() * 10);
    m_billable->setText(QStringLiteral("$"));
    m_billable->setCheckable(true);
    m_billable->setAccessibleName(tr("Billable"));
    m_billable->setToolTip(tr("Billable"));

    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_elapsed->setFont(big);
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QFontMetrics elapsedMetrics = m_elapsed->fontMetrics();
    m_elapsed->setFixedSize(elapsedMetrics.horizontalAdvance(kWidestElapsed) + 2 * m_elapsed->margin(),
                            elapsedMetrics.height() + 2 * m_elapsed->margin());

    m_startStop->setMinimumWidth(90);
    connect(m_startStop, &QPushButton::clicked, this, &TimerBar::toggle);

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 8, 8, 8);
    rows->setSpacing(6);
    m_top->setSpacing(6);
    m_bottom->setSpacing(6);
    rows->addLayout(m_top);
    rows->addLayout(m_bottom);
    arrange(false);

    connect(timer, &TimerController::elapsedChanged, this, &TimerBar::showElapsed);
    connect(timer, &TimerController::runningChanged, this, &TimerBar::showState);
    connect(timer, &TimerController::busyChanged, this, &TimerBar::showState);
    connect(timer, &TimerController::started, this, &TimerBar::showState);
    connect(timer, &TimerController::formChanged, this, &TimerBar::showForm);
    m_project->setSession(session); // before reloadPickers(): the picker has the new projects
    connect(session, &TrackSession::relatedChanged, this, &TimerBar::reloadPickers);

    // Edits of the form: while running, text on Enter or focus-out and the rest at once, each
    // an edit of the running entry; stopped, as typed (the next entry's fields).
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        if (m_timer->isRunning())
            commitTyped();
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_timer->isRunning())
            commitTyped();
    });
    connect(m_description, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_showing && !m_timer->isRunning())
            m_timer->setDescription(text);
    });
    connect(m_tags, &QLineEdit::textChanged, this, [this] {
        if (!m_showing && !m_timer->isRunning())
            m_timer->setTags(m_tags->tags());
    });
    connect(m_project, &ProjectPicker::projectChanged, this, [this](qint64 id) {
        if (!m_showing)
            m_timer->setProjectId(id);
    });
    connect(m_billable, &QToolButton::toggled, this, [this](bool checked) {
        if (!m_showing)
            m_timer->setBillable(checked);
    });
    reloadPickers();
    showState();
    showForm();
}

void TimerBar::setStatusWidget(QWidget *widget)
{
    static_cast<QBoxLayout *>(layout())->addWidget(widget);
}

void TimerBar::reloadPickers()
{
    const RelatedData &related = m_session->related();
    QStringList tags;
    for (const Tag &t : related.tags)
        tags.append(t.name);
    m_tags->setKnownTags(tags);
    showForm();                                 // a project the picker did not know yet
    if ((width() < oneRowWidth()) != m_compact) // a longer project name may not fit in one row
        arrange(!m_compact);
}

// One row needs every control at its size hint, and room for a 25-character description.
int TimerBar::oneRowWidth() const
{
    const QMargins m = layout()->contentsMargins();
    const int spacing = m_top->spacing();
    int width = m.left() + m.right() + m_description->fontMetrics().averageCharWidth() * 25;
    for (QWidget *w : std::initializer_list<QWidget *>{m_project, m_tags, m_billable, m_elapsed, m_startStop})
        width += spacing + std::max(w->sizeHint().width(), w->minimumWidth());
    return width + 8; // the gap before the elapsed time
}

QSize TimerBar::minimumSizeHint() const
{
    const QMargins m = layout()->contentsMargins();
    const int spacing = m_top->spacing();
    const auto least = [](QWidget *w) { return std::max(w->minimumWidth(), w->minimumSizeHint().width()); };
    const int top = least(m_description) + least(m_elapsed) + least(m_startStop) + 2 * spacing;
    const int bottom = least(m_project) + least(m_tags) + least(m_billable) + 2 * spacing;
    return {m.left() + m.right() + std::max(top, bottom), QWidget::minimumSizeHint().height()};
}

void TimerBar::resizeEvent(QResizeEvent *event)
{
    const bool compact = event->size().width() < oneRowWidth();
    if (compact != m_compact)
        arrange(compact);
    QWidget::resizeEvent(event);
}

void TimerBar::arrange(bool compact)
{
    m_compact = compact;
    for (QBoxLayout *row : {m_top, m_bottom}) {
        while (QLayoutItem *item = row->takeAt(0))
            delete item; // the layout item, not the widget
    }
    if (compact) {
        m_top->addWidget(m_description, 1);
        m_top->addWidget(m_elapsed);
        m_top->addWidget(m_startStop);
        m_bottom->addWidget(m_project, 3);
        m_bottom->addWidget(m_tags, 2);
        m_bottom->addWidget(m_billable);
        m_tags->setMaximumWidth(QWIDGETSIZE_MAX);
    } else {
        m_top->addWidget(m_description, 1);
        m_top->addWidget(m_project);
        m_top->addWidget(m_tags);
        m_top->addWidget(m_billable);
        m_top->addSpacing(8);
        m_top->addWidget(m_elapsed);
        m_top->addWidget(m_startStop);
        m_tags->setMaximumWidth(220);
    }
    updateGeometry();
}

bool TimerBar::eventFilter(QObject *watched, QEvent *event)
{
    // QCompleter takes Return and Tab on the popup itself and then hands them on to the line edit:
    // Return started the timer before the suggestion's project was in, Tab filled only the text.
    // A highlighted suggestion fills every field here instead; Return stops there (the next one
    // starts), Tab still moves on. With nothing highlighted, Return starts with what was typed.
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool tab = key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (tab || key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            m_completer->popup()->hide();
            if (current.isValid())
                fillFrom(current.data(m_completer->completionRole()).toString());
            if (tab || !current.isValid())
                QCoreApplication::sendEvent(m_description, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimerBar::toggle()
{
    if (m_timer->isRunning()) {
        commitTyped(); // a rename typed but not yet confirmed belongs to the entry being stopped
        m_timer->stop();
    } else {
        startFromFields();
    }
}

void TimerBar::startFromFields()
{
    if (m_timer->isRunning()) { // a new entry from the fields; the running one stops first
        TimeEntry draft;
        draft.description = m_description->text().trimmed();
        if (const qint64 project = m_project->projectId())
            draft.projectId = project;
        const QStringList tags = m_tags->tags();
        if (!tags.isEmpty())
            draft.tags = tags;
        draft.billable = m_billable->isChecked();
        m_timer->start(draft);
        return;
    }
    m_timer->setDescription(m_description->text());
    m_timer->setTags(m_tags->tags());
    m_timer->startForm();
}

void TimerBar::fillFrom(const QString &description)
{
    if (m_timer->applySuggestion(description))
        m_description->setModified(false);
}

void TimerBar::commitTyped()
{
    m_timer->setDescription(m_description->text());
    m_timer->setTags(m_tags->tags());
    m_description->setModified(false);
    m_tags->setModified(false);
}

// A label of fixed size (see the constructor): a QLabel whose size may change relays out the whole
// window on every setText(), once a second while the timer runs. It grows only for a text longer
// than kWidestElapsed, measured only then (a text layout a second is most of what the label costs).
void TimerBar::showElapsed(const QString &text)
{
    if (text.size() > kWidestElapsed.size()) {
        const int width = m_elapsed->fontMetrics().horizontalAdvance(text) + 2 * m_elapsed->margin();
        if (width > m_elapsed->maximumWidth())
            m_elapsed->setFixedWidth(width);
    }
    m_elapsed->setText(text);
}

void TimerBar::showState()
{
    m_startStop->setRunning(m_timer->isRunning());
    m_startStop->setEnabled(!m_timer->isBusy());
    showElapsed(m_timer->elapsedText());
}

// The fields show the controller's form: the running entry, or the next entry's fields (empty
// after a stop). While running, a text field being typed in keeps its text until Enter or
// focus-out, so a refresh never takes a half-typed rename away.
void TimerBar::showForm()
{
    const TimeEntry form = m_timer->form();
    const bool running = m_timer->isRunning();
    const auto typing = [running](const QLineEdit *edit) {
        return running && edit->hasFocus() && edit->isModified();
    };
    const QScopedValueRollback<bool> showing(m_showing, true);
    const QString description = form.description.value_or(QString());
    if (!typing(m_description) && m_description->text().trimmed() != description)
        m_description->setText(description);
    m_project->setEntryWorkspace(form.workspaceId, !running); // a new entry goes where its project is
    if (m_project->projectId() != form.projectId.value_or(0))
        m_project->setProjectId(form.projectId.value_or(0));
    const QStringList tags = form.tags.value_or(QStringList());
    if (!typing(m_tags) && m_tags->tags() != tags)
        m_tags->setTags(tags);
    m_billable->setChecked(form.billable);
}

} // namespace punchclock
