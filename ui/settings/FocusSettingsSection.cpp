// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/FocusSettingsSection.h"

#include "app/session/FocusSetup.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace punchclock {

FocusSettingsSection::FocusSettingsSection(FocusSetup *setup, QWidget *parent)
    : QWidget(parent), m_setup(setup), m_tester(setup->newConnectionTest(this)), m_key(new QLineEdit(this)),
      m_showKey(new QCheckBox(tr("S&how key"), this)), m_organization(new QLineEdit(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_status(new QLabel(this))
{
    m_key->setObjectName(QStringLiteral("focusKeyEdit"));
    m_key->setAccessibleName(tr("Focus API key"));
    m_key->setEchoMode(QLineEdit::Password);
    // Password managers and input methods: no prediction, no history.
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                               Qt::ImhNoAutoUppercase);
    m_key->setPlaceholderText(tr("Empty: Focus is off"));
    m_key->setText(setup->apiKey());
    m_showKey->setObjectName(QStringLiteral("focusShowKeyCheck"));
    m_showKey->setAccessibleName(tr("Show the Focus API key"));
    connect(m_showKey, &QCheckBox::toggled, this,
            [this](bool shown) { m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    m_organization->setObjectName(QStringLiteral("focusOrganizationEdit"));
    m_organization->setAccessibleName(tr("Focus organization ID"));
    m_organization->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_organization));
    m_organization->setInputMethodHints(Qt::ImhDigitsOnly);
    m_organization->setPlaceholderText(tr("A number, e.g. 123456"));
    if (setup->organizationId() > 0)
        m_organization->setText(QString::number(setup->organizationId()));

    m_test->setObjectName(QStringLiteral("focusTestButton"));
    m_test->setAccessibleName(tr("Test the Focus connection"));
    m_test->setAutoDefault(false); // Enter in a field means OK, not a test
    m_status->setObjectName(QStringLiteral("focusStatusLabel"));
    m_status->setAccessibleName(tr("Focus connection status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *hint =
        new QLabel(tr("Find the API key in Toggl Focus under your profile; the organization ID is the "
                      "number after /organizations/ in the Focus web app's address. The key is "
                      "kept in the system keychain with your sign-in."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setAccessibleName(tr("Where to find the Focus API key and organization ID"));
    m_key->setAccessibleDescription(hint->text());

    auto *form = new QFormLayout(this);
    auto *keyLabel = new QLabel(tr("Focus &API key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    form->addRow(QString(), m_showKey);
    auto *organizationLabel = new QLabel(tr("O&rganization ID:"), this);
    organizationLabel->setBuddy(m_organization);
    form->addRow(organizationLabel, m_organization);
    form->addRow(QString(), hint);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_status);
    setTabOrder(m_key, m_showKey);
    setTabOrder(m_showKey, m_organization);
    setTabOrder(m_organization, m_test);

    connect(m_test, &QPushButton::clicked, this, &FocusSettingsSection::startTest);
    connect(m_tester, &FocusConnectionTest::stepChanged, this,
            [this](const QString &step) { showStatus(step, false); });
    connect(m_tester, &FocusConnectionTest::finished, this, &FocusSettingsSection::onTestFinished);
    // A verdict is about what was typed then.
    const auto stale = [this] {
        if (!m_tester->isRunning())
            m_status->clear();
    };
    connect(m_key, &QLineEdit::textEdited, this, stale);
    connect(m_organization, &QLineEdit::textEdited, this, stale);
}

qint64 FocusSettingsSection::organizationId() const
{
    return m_organization->text().toLongLong();
}

bool FocusSettingsSection::isChanged() const
{
    return m_key->text().trimmed() != m_setup->apiKey() || organizationId() != m_setup->organizationId();
}

void FocusSettingsSection::startTest()
{
    m_refocusTest = m_test->hasFocus(); // disabling the button moves the focus on
    m_test->setEnabled(false);
    m_test->setText(tr("Testing…"));
    m_status->clear(); // the tester names each step as it goes
    m_tester->start(m_setup->server(), m_key->text(), organizationId());
}

void FocusSettingsSection::onTestFinished(const FocusConnectionTest::Result &result)
{
    m_test->setText(tr("&Test connection"));
    m_test->setEnabled(true);
    showStatus(result.message, !result.ok());
    if (m_refocusTest)
        m_test->setFocus(); // the keyboard user is back where they started
    m_refocusTest = false;
}

void FocusSettingsSection::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

void FocusSettingsSection::apply(std::function<void(bool stored)> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_setup, &FocusSetup::saved, this,
                          [this, connection, done = std::move(done)](bool stored, const QString &message) {
                              disconnect(*connection);
                              if (!stored)
                                  showStatus(message, true);
                              done(stored);
                          });
    m_setup->apply(m_key->text(), organizationId());
}

} // namespace punchclock
