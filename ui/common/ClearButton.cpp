// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ClearButton.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>

namespace punchclock {

QAction *ClearButton::attach(QLineEdit *edit)
{
    auto *action = new QAction(tr("Clear"), edit);
    action->setObjectName(QStringLiteral("clearButton"));
    action->setToolTip(tr("Clear the text"));
    action->setVisible(false);
    edit->addAction(action, QLineEdit::TrailingPosition);
    const auto update = [edit, action] {
        const bool show = !edit->text().isEmpty() && !edit->isReadOnly();
        if (show && action->icon().isNull())
            action->setIcon(edit->style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, edit));
        action->setVisible(show);
    };
    QObject::connect(edit, &QLineEdit::textChanged, action, update);
    // As Qt's own button: clearing is an edit by the user, so textEdited() listeners hear of it.
    QObject::connect(action, &QAction::triggered, edit, [edit] {
        if (edit->text().isEmpty())
            return;
        edit->clear();
        emit edit->textEdited(QString());
    });
    update();
    return action;
}

} // namespace punchclock
