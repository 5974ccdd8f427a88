// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/ReturnDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace punchclock {

namespace {
QString timeOfDay(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat);
}

QPushButton *answerButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name); // auto-default: Enter answers with the button that has the focus
    return button;
}
} // namespace

QString ReturnDialog::questionText(const ReturnQuestion &q)
{
    const QString from = timeOfDay(q.from);
    const QString to = timeOfDay(q.back);
    const qint64 minutes = q.awaySeconds() / 60;
    const QString what = q.entry.description.value_or(QString()).isEmpty()
                             ? tr("the timer")
                             : tr("“%1”").arg(*q.entry.description);
    switch (q.reason) {
    case AwayReason::Sleep:
        return tr("The computer slept from %1 to %2 (%n min) while %3 was running.", nullptr, int(minutes))
            .arg(from, to, what);
    case AwayReason::Lock:
        return tr("The screen was locked from %1 to %2 (%n min) while %3 was running.", nullptr, int(minutes))
            .arg(from, to, what);
    case AwayReason::Shutdown:
        return tr("The computer was shut down from %1 to %2 (%n min) while %3 was running.", nullptr,
                  int(minutes))
            .arg(from, to, what);
    case AwayReason::Idle:
        break;
    }
    return tr("You were idle from %1 to %2 (%n min) while %3 was running.", nullptr, int(minutes))
        .arg(from, to, what);
}

ReturnDialog::ReturnDialog(const ReturnQuestion &question, QWidget *parent)
    : QDialog(parent), m_pages(new QStackedWidget(this)), m_description(new QLineEdit(this))
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Welcome Back"));
    const bool idle = question.reason == AwayReason::Idle;

    auto *label = new QLabel(questionText(question), this);
    label->setObjectName(QStringLiteral("returnQuestionLabel"));
    label->setWordWrap(true);
    label->setAccessibleName(tr("Time away"));
    label->setAccessibleDescription(label->text());

    // Page 1: the four answers, one key each.
    auto *answers = new QWidget(m_pages);
    auto *answersLayout = new QVBoxLayout(answers);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    m_first =
        answerButton(idle ? tr("&Discard idle time and continue") : tr("&Discard time away and continue"),
                     QStringLiteral("discardContinueButton"), answers);
    auto *stop = answerButton(idle ? tr("Discard idle time and &stop") : tr("Discard time away and &stop"),
                              QStringLiteral("discardStopButton"), answers);
    auto *keep = answerButton(idle ? tr("&Keep idle time") : tr("&Keep time away"),
                              QStringLiteral("keepButton"), answers);
    auto *add =
        answerButton(idle ? tr("&Add idle time as a new entry…") : tr("&Add time away as a new entry…"),
                     QStringLiteral("addEntryButton"), answers);
    for (QPushButton *b : {m_first, stop, keep, add})
        answersLayout->addWidget(b);
    connect(m_first, &QPushButton::clicked, this, [this] { answer(Answer::DiscardAndContinue); });
    connect(stop, &QPushButton::clicked, this, [this] { answer(Answer::DiscardAndStop); });
    connect(keep, &QPushButton::clicked, this, [this] { answer(Answer::Keep); });

    // Page 2: what the time away was.
    auto *describe = new QWidget(m_pages);
    auto *describeLayout = new QVBoxLayout(describe);
    describeLayout->setContentsMargins(0, 0, 0, 0);
    auto *descriptionLabel = new QLabel(
        tr("&Description of %1–%2:").arg(timeOfDay(question.from), timeOfDay(question.back)), describe);
    descriptionLabel->setBuddy(m_description);
    m_description->setParent(describe);
    m_description->setObjectName(QStringLiteral("awayDescriptionEdit"));
    m_description->setAccessibleName(tr("Description of the new entry"));
    auto *addEntry = new QPushButton(tr("Add &Entry"), describe);
    addEntry->setObjectName(QStringLiteral("addAwayEntryButton"));
    auto *back = answerButton(tr("&Back"), QStringLiteral("backButton"), describe);
    auto *describeButtons = new QHBoxLayout;
    describeButtons->addStretch(1);
    describeButtons->addWidget(back);
    describeButtons->addWidget(addEntry);
    describeLayout->addWidget(descriptionLabel);
    describeLayout->addWidget(m_description);
    describeLayout->addLayout(describeButtons);
    addEntry->setDefault(true); // Enter in the description adds (the dialog's default while visible)
    connect(addEntry, &QPushButton::clicked, this, [this] { answer(Answer::AddAsEntry); });
    connect(add, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(1);
        m_description->setFocus();
    });
    connect(back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_first->setFocus();
    });

    m_pages->addWidget(answers);
    m_pages->addWidget(describe);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_pages);
    m_first->setFocus();
}

void ReturnDialog::answer(Answer chosen)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(chosen, chosen == Answer::AddAsEntry ? m_description->text().trimmed() : QString());
    accept();
}

void ReturnDialog::done(int result)
{
    if (!m_answered) { // Escape, the close button: keep, nothing changes
        m_answered = true;
        emit answered(Answer::Keep, QString());
    }
    QDialog::done(result);
}

} // namespace punchclock
