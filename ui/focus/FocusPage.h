// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QPushButton;

namespace punchclock {

class FocusBulkEditor;
class FocusSession;
class FocusView;

// The Focus tab: FocusView while Focus has a key and an organization, otherwise an empty state
// ("Toggl Focus is not set up") whose button asks for Settings → Toggl Focus.
class FocusPage : public QStackedWidget
{
    Q_OBJECT
public:
    // `bulkEditor` (the core's) is handed to the view.
    FocusPage(FocusSession *session, FocusBulkEditor *bulkEditor, QWidget *parent = nullptr);

signals:
    void settingsRequested(); // open Settings at the Focus section

private:
    void update();

    FocusSession *m_session;
    FocusView *m_view;
    QWidget *m_prompt;
    QPushButton *m_openSettings;
};

} // namespace punchclock
