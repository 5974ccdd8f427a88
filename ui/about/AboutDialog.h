// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace punchclock {

// Help → About Punchclock: the version, what Punchclock is, its licence and where to learn more.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    QLabel *m_text;
};

} // namespace punchclock
