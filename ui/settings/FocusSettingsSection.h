// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/FocusConnectionTest.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace punchclock {

class FocusSetup;

// Settings → Toggl Focus: the API key (hidden unless "Show key"), the organization ID and
// "Test connection", which checks exactly what is typed against the configured server. Widgets
// only: FocusConnectionTest tests, FocusSetup applies and stores.
class FocusSettingsSection : public QWidget
{
    Q_OBJECT
public:
    explicit FocusSettingsSection(FocusSetup *setup, QWidget *parent = nullptr);

    // Children by object name: focusKeyEdit, focusShowKeyCheck, focusOrganizationEdit,
    // focusTestButton, focusStatusLabel.
    QLineEdit *keyEdit() const { return m_key; }

    bool isChanged() const; // the key or organization differs from what Focus uses now
    // Hands key and organization to FocusSetup (used at once), which stores them; `done` gets
    // whether they were stored, after the status label says so when they were not.
    void apply(std::function<void(bool stored)> done);

private:
    void startTest();
    void onTestFinished(const FocusConnectionTest::Result &result);
    void showStatus(const QString &text, bool error);
    qint64 organizationId() const;

    FocusSetup *m_setup;
    FocusConnectionTest *m_tester;
    QLineEdit *m_key;
    QCheckBox *m_showKey;
    QLineEdit *m_organization;
    QPushButton *m_test;
    QLabel *m_status;
    bool m_refocusTest = false;
};

} // namespace punchclock
