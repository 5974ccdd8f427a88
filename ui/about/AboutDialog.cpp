// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about/AboutDialog.h"

#include "app/Version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace punchclock {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QLabel(this))
{
    setWindowTitle(tr("About Punchclock"));
    m_text->setObjectName(QStringLiteral("aboutText")); // the tests read it

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/punchclock.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    const QString homepage = QStringLiteral("https://github.com/punchclock/punchclock");
    const QString licence = QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
    const QString toggl = QStringLiteral("https://toggl.com/track/");
    m_text->setText(
        QStringLiteral("<h2>Punchclock %1</h2>").arg(QLatin1String(kVersion)) +
        QStringLiteral("<p>%1</p>").arg(tr("A fast, native desktop timer for Toggl Track and Toggl Focus.")) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("Punchclock is free software: you can redistribute it and modify it under the terms of "
                    "the %1, version 3 or (at your option) any later version. It comes with no warranty.")
                     .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(licence, tr("GNU General Public License")))) +
        QStringLiteral("<p><a href=\"%1\">%2</a> · <a href=\"%3\">%4</a></p>")
            .arg(homepage, tr("Website and source code"), toggl, tr("About Toggl Track")) +
        QStringLiteral("<p><small>%1</small></p>")
            .arg(tr("Punchclock is not affiliated with Toggl. Built with Qt %1.")
                     .arg(QLatin1String(qVersion()))));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace punchclock
