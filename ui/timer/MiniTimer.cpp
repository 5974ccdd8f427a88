// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timer/MiniTimer.h"

#include "app/models/TimeEntryModel.h"
#include "app/session/TrackSession.h"
#include "app/timer/TimerController.h"
#include "app/track/Project.h"
#include "app/track/TimeEntry.h"
#include "ui/common/LiveLabel.h"
#include "ui/timer/StartStopButton.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace punchclock {

namespace {
const QString kGeometryKey = QStringLiteral("miniTimer/geometry");
const QString kVisibleKey = QStringLiteral("miniTimer/visible");
constexpr int kDescriptionWidth = 200;

QPixmap dot(const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (color.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
    } else { // no project: a ring
        painter.setPen(QPen(Qt::gray, 1.5));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pixmap;
}
} // namespace

MiniTimer::MiniTimer(TrackSession *session, TimerController *timer, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint), m_session(session), m_timer(timer),
      m_dot(new QLabel(this)), m_description(new QLabel(this)), m_elapsed(new LiveLabel(this)),
      m_button(new StartStopButton(this)), m_open(new QToolButton(this))
{
    setObjectName(QStringLiteral("miniTimer"));
    setAttribute(Qt::WA_QuitOnClose, false); // never what keeps Punchclock running, nor ends it
    setWindowTitle(tr("Punchclock Mini Timer"));
    setAccessibleName(tr("Mini timer"));
    m_dot->setObjectName(QStringLiteral("miniProjectDot"));
    m_description->setObjectName(QStringLiteral("miniDescription"));
    m_description->setFixedWidth(kDescriptionWidth);
    m_elapsed->setObjectName(QStringLiteral("miniElapsed"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    QFont digits = m_elapsed->font();
    digits.setBold(true);
    digits.setStyleHint(QFont::Monospace); // the seconds do not make the window jitter
    m_elapsed->setFont(digits);
    m_button->setObjectName(QStringLiteral("miniStartStop"));
    m_open->setObjectName(QStringLiteral("miniOpenWindow"));
    m_open->setIcon(style()->standardIcon(QStyle::SP_TitleBarNormalButton));
    m_open->setAutoRaise(true);
    m_open->setToolTip(tr("Show the main window"));
    m_open->setAccessibleName(tr("Show the main window"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_dot);
    layout->addWidget(m_description);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_button);
    layout->addWidget(m_open);
    layout->setSizeConstraint(QLayout::SetFixedSize); // "Continue" is wider than "Stop"

    connect(m_button, &QPushButton::clicked, this, &MiniTimer::toggle);
    connect(m_open, &QToolButton::clicked, this, &MiniTimer::windowRequested);
    connect(timer, &TimerController::runningChanged, this, &MiniTimer::showState);
    connect(timer, &TimerController::busyChanged, this, &MiniTimer::showState);
    connect(timer, &TimerController::formChanged, this, &MiniTimer::showState);
    connect(timer, &TimerController::elapsedChanged, m_elapsed, &LiveLabel::setText);
    // Stopped, the button names the newest entry: it changes with the list.
    TimeEntryModel *model = session->entries();
    connect(model, &QAbstractItemModel::modelReset, this, &MiniTimer::showState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MiniTimer::showState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MiniTimer::showState);
    connect(session, &TrackSession::relatedChanged, this, &MiniTimer::showState);
    showState();
}

MiniTimer::~MiniTimer()
{
    if (isVisible())
        QSettings().setValue(kGeometryKey, saveGeometry());
}

bool MiniTimer::wasShown()
{
    return QSettings().value(kVisibleKey, false).toBool();
}

void MiniTimer::setShown(bool shown)
{
    QSettings().setValue(kVisibleKey, shown);
    if (shown == isVisible())
        return;
    if (shown) {
        const QByteArray geometry = QSettings().value(kGeometryKey).toByteArray();
        m_restoring = true;
        // restoreGeometry() moves a window whose screen is gone onto one that exists.
        if (geometry.isEmpty() || !restoreGeometry(geometry)) {
            if (const QScreen *screen = QGuiApplication::primaryScreen()) {
                const QRect area = screen->availableGeometry();
                move(area.right() - width() - 24, area.top() + 24); // top right, out of the way
            }
        }
        m_restoring = false;
        show();
    } else {
        QSettings().setValue(kGeometryKey, saveGeometry());
        hide();
    }
    emit shownChanged(shown);
}

std::optional<TimeEntry> MiniTimer::entryToContinue() const
{
    for (const TimeEntry &e : m_session->entries()->entries()) { // newest first
        if (!e.isRunning() && !m_session->hasPendingDelete(e.id))
            return e;
    }
    return std::nullopt;
}

void MiniTimer::toggle()
{
    if (m_timer->isRunning()) {
        m_timer->stop();
    } else if (const auto last = entryToContinue()) {
        m_timer->continueEntry(*last);
    } else {
        m_timer->startForm(); // nothing to continue: a new, empty entry
    }
}

void MiniTimer::showState()
{
    const bool running = m_timer->isRunning();
    const std::optional<TimeEntry> shown = running ? m_timer->running() : entryToContinue();
    QString description = shown ? shown->description.value_or(QString()).trimmed() : QString();
    if (description.isEmpty())
        description = shown ? tr("(no description)") : tr("No entries yet");
    QString projectName;
    QColor color;
    if (shown && shown->projectId) {
        if (const Project *project = m_session->project(*shown->projectId)) {
            projectName = project->name;
            color = QColor(project->color);
        } else {
            projectName = shown->projectName.value_or(QString());
        }
    }
    const QString fullText = running ? description : tr("Last: %1").arg(description);
    m_description->setText(
        m_description->fontMetrics().elidedText(fullText, Qt::ElideRight, kDescriptionWidth));
    m_description->setToolTip(projectName.isEmpty() ? fullText : tr("%1 · %2").arg(fullText, projectName));
    m_description->setAccessibleName(m_description->toolTip());
    const int size = m_description->fontMetrics().height() * 2 / 3;
    m_dot->setPixmap(dot(color, size, devicePixelRatioF()));
    m_dot->setAccessibleName(projectName.isEmpty() ? tr("No project") : tr("Project: %1").arg(projectName));
    m_dot->setToolTip(m_dot->accessibleName());
    m_elapsed->setText(m_timer->elapsedText());

    m_button->setRunning(running);
    if (!running && shown)
        m_button->setText(tr("Continue"));
    m_button->setEnabled(!m_timer->isBusy());
    m_button->setAccessibleName(running ? tr("Stop “%1”").arg(description)
                                        : (shown ? tr("Continue “%1”").arg(description) : tr("Start timer")));
    m_button->setToolTip(m_button->accessibleName());
}

// The window manager's close button: hidden, and remembered as hidden.
void MiniTimer::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kVisibleKey, false);
    settings.setValue(kGeometryKey, saveGeometry());
    QWidget::closeEvent(event);
    emit shownChanged(false);
}

void MiniTimer::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    if (!m_restoring && isVisible())
        QSettings().setValue(kGeometryKey, saveGeometry()); // in memory; QSettings writes it later
}

void MiniTimer::mouseDoubleClickEvent(QMouseEvent *event)
{
    QWidget::mouseDoubleClickEvent(event);
    emit windowRequested();
}

void MiniTimer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::LanguageChange)
        showState();
}

} // namespace punchclock
