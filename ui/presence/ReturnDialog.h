// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presence/ReturnQuestion.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace punchclock {

// "You were idle from 14:02 to 14:08 while “Writing” ran": the question PresenceController asks
// on return, raised over whatever is on screen. Four answers (see PresenceController); the fourth
// asks for a description of the time away first. Escape or closing keeps the time (nothing
// changes), as the safe answer.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Answer
    {
        DiscardAndContinue,
        DiscardAndStop,
        Keep,
        AddAsEntry,
    };
    Q_ENUM(Answer)

    // Children by object name: returnQuestionLabel, discardContinueButton, discardStopButton,
    // keepButton, addEntryButton, awayDescriptionEdit, addAwayEntryButton, backButton.
    explicit ReturnDialog(const ReturnQuestion &question, QWidget *parent = nullptr);

    static QString questionText(const ReturnQuestion &question);
    bool isAnswered() const { return m_answered; }

signals:
    // Once, as the dialog closes; `description` only for AddAsEntry.
    void answered(punchclock::ReturnDialog::Answer answer, const QString &description);

protected:
    void done(int result) override;

private:
    void answer(Answer chosen);

    QStackedWidget *m_pages;
    QLineEdit *m_description;
    QPushButton *m_first;
    bool m_answered = false;
};

} // namespace punchclock
