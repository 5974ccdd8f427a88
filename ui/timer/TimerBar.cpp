#include "timer/TimerBar.h"

#include "session/TrackSession.h"
#include "timer/ProjectComboBox.h"
#include "timer/TagsEdit.h"
#include "timer/TimerController.h"

#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>

namespace punchclock {

TimerBar::TimerBar(TrackSession *session, TimerController *timer, QWidget *parent)
    : QWidget(parent), m_session(session), m_timer(timer), m_description(new QLineEdit(this)),
      m_completer(new QCompleter(timer->recentDescriptions(), this)), m_project(new ProjectComboBox(this)),
      m_tags(new TagsEdit(this)), m_billable(new QToolButton(this)), m_elapsed(new QLabel(this)),
      m_startStop(new QPushButton(this))
{
    setAccessibleName(tr("Timer"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What are you working on?"));
    m_description->setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_description->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TimerBar::fillFrom);
    connect(m_description, &QLineEdit::returnPressed, this, &TimerBar::startFromFields);

    m_tags->setMaximumWidth(220);
    m_billable->setText(QStringLiteral("$"));
    m_billable->setCheckable(true);
    m_billable->setAccessibleName(tr("Billable"));
    m_billable->setToolTip(tr("Billable"));

    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_elapsed->setFont(big);
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("000:00:00")));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_startStop->setMinimumWidth(90);
    m_startStop->setDefault(false);
    connect(m_startStop, &QPushButton::clicked, this, &TimerBar::toggle);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_project);
    layout->addWidget(m_tags);
    layout->addWidget(m_billable);
    layout->addSpacing(8);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_startStop);

    connect(timer, &TimerController::elapsedChanged, m_elapsed, &QLabel::setText);
    connect(timer, &TimerController::runningChanged, this, &TimerBar::showState);
    connect(timer, &TimerController::busyChanged, this, &TimerBar::showState);
    connect(timer, &TimerController::started, this, &TimerBar::showState);
    connect(session, &TrackSession::relatedChanged, this, &TimerBar::reloadPickers);
    reloadPickers();
    showState();
}

void TimerBar::reloadPickers()
{
    const RelatedData &related = m_session->related();
    m_project->setProjects(related.projects, related.clients);
    QStringList tags;
    for (const Tag &t : related.tags)
        tags.append(t.name);
    m_tags->setKnownTags(tags);
}

void TimerBar::toggle()
{
    if (m_timer->isRunning())
        m_timer->stop();
    else
        startFromFields();
}

void TimerBar::startFromFields()
{
    TimeEntry draft;
    draft.description = m_description->text().trimmed();
    if (const qint64 project = m_project->projectId())
        draft.projectId = project;
    const QStringList tags = m_tags->tags();
    if (!tags.isEmpty())
        draft.tags = tags;
    draft.billable = m_billable->isChecked();
    m_timer->start(draft);
}

void TimerBar::fillFrom(const QString &description)
{
    const auto suggestion = m_timer->suggestionFor(description);
    if (!suggestion)
        return;
    m_project->setProjectId(suggestion->projectId.value_or(0));
    m_tags->setTags(suggestion->tags.value_or(QStringList()));
    m_billable->setChecked(suggestion->billable);
}

// Running: the fields show the running entry; stopped: they are cleared for the next one.
void TimerBar::showState()
{
    const bool running = m_timer->isRunning();
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    m_startStop->setAccessibleName(running ? tr("Stop timer") : tr("Start timer"));
    m_startStop->setToolTip(running ? tr("Stop the running timer") : tr("Start a timer (Enter in the description)"));
    m_startStop->setStyleSheet(running ? QStringLiteral("QPushButton { background: #d9534f; color: white; font-weight: bold; padding: 6px 14px; }")
                                       : QStringLiteral("QPushButton { background: #2da608; color: white; font-weight: bold; padding: 6px 14px; }"));
    m_startStop->setEnabled(!m_timer->isBusy());
    m_elapsed->setText(m_timer->elapsedText());
    if (m_timer->isBusy())
        return;
    if (running) {
        const TimeEntry &e = *m_timer->running();
        if (!m_description->hasFocus() || m_description->text().isEmpty())
            m_description->setText(e.description.value_or(QString()));
        m_project->setProjectId(e.projectId.value_or(0));
        m_tags->setTags(e.tags.value_or(QStringList()));
        m_billable->setChecked(e.billable);
    } else if (!m_description->hasFocus()) {
        m_description->clear();
        m_project->setProjectId(0);
        m_tags->clear();
        m_billable->setChecked(false);
    }
}

} // namespace punchclock
