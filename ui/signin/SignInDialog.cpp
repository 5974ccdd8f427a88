// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/SignInDialog.h"

#include "app/api/TrackApi.h"
#include "app/credentials/SignInVerifier.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace punchclock {

namespace {

QLineEdit *secretEdit(QWidget *parent, const QString &name, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(name);
    // Password managers and input methods: no prediction, no history.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                              Qt::ImhNoAutoUppercase);
    return edit;
}

QLineEdit *plainEdit(QWidget *parent, const QString &name, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    return edit;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SignInDialog::SignInDialog(SignInVerifier *verifier, QWidget *parent) : QDialog(parent), m_verifier(verifier)
{
    m_verifier->setParent(this);
    setWindowTitle(tr("Sign in – Punchclock"));
    setObjectName(QStringLiteral("SignInDialog"));
    setAccessibleName(tr("Sign in to Toggl Track"));

    auto *heading = new QLabel(tr("Sign in to Toggl Track"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Sign in to Toggl Track"));

    m_message = new QLabel(tr("Use your Track API token, or your email and password."), this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("About signing in"));

    m_keychainNotice = new QLabel(this);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setFrameShape(QFrame::StyledPanel);
    m_keychainNotice->setMargin(8);
    m_keychainNotice->setAccessibleName(tr("Keychain notice"));
    m_keychainNotice->hide();

    // How to sign in.
    m_tokenMode = new QRadioButton(tr("API &token"), this);
    m_tokenMode->setObjectName(QStringLiteral("tokenMode"));
    m_tokenMode->setAccessibleName(tr("Sign in with an API token"));
    m_tokenMode->setChecked(true);
    m_passwordMode = new QRadioButton(tr("&Email and password"), this);
    m_passwordMode->setObjectName(QStringLiteral("passwordMode"));
    m_passwordMode->setAccessibleName(tr("Sign in with email and password"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_tokenMode);
    modes->addButton(m_passwordMode);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_tokenMode);
    modeRow->addWidget(m_passwordMode);
    modeRow->addStretch();

    // Two pages, one shown: a hidden page takes no room and drops out of the tab order.
    m_tokenPage = new QWidget(this);
    auto *tokenPage = m_tokenPage;
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    m_token = secretEdit(tokenPage, tr("API token"), QStringLiteral("tokenEdit"));
    m_token->setPlaceholderText(tr("32 letters and digits"));
    tokenForm->addRow(tr("API t&oken:"), m_token);
    auto *hint = noteLabel(tr("Find it in Toggl Track → Profile settings → API Token, at the bottom of "
                              "the page."),
                           tokenPage);
    hint->setObjectName(QStringLiteral("tokenHint"));
    hint->setAccessibleName(tr("Where to find your API token"));
    tokenForm->addRow(QString(), hint);
    m_token->setAccessibleDescription(hint->text());

    m_passwordPage = new QWidget(this);
    auto *passwordPage = m_passwordPage;
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    m_email = plainEdit(passwordPage, tr("Email"), QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setPlaceholderText(tr("you@example.com"));
    passwordForm->addRow(tr("E&mail:"), m_email);
    m_password = secretEdit(passwordPage, tr("Password"), QStringLiteral("passwordEdit"));
    passwordForm->addRow(tr("&Password:"), m_password);
    auto *passwordNote =
        noteLabel(tr("Your password is used once to fetch your API token; it is not kept."), passwordPage);
    passwordNote->setAccessibleName(tr("About your password"));
    passwordForm->addRow(QString(), passwordNote);
    m_password->setAccessibleDescription(passwordNote->text());

    // Advanced: server and Focus.
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setText(tr("&Advanced: server and Focus"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setFocusPolicy(Qt::StrongFocus);
    m_advancedToggle->setAccessibleName(tr("Show advanced options"));
    m_advanced = new QWidget(this);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    m_server = plainEdit(m_advanced, tr("Server URL"), QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(TrackApi::defaultBaseUrl().toString());
    m_server->setAccessibleDescription(tr("Leave empty for Toggl Track. https only; plain http only to this "
                                          "computer (the sandbox)."));
    m_server->setToolTip(m_server->accessibleDescription());
    advancedForm->addRow(tr("&Server URL:"), m_server);
    m_focusKey = secretEdit(m_advanced, tr("Focus API key (optional)"), QStringLiteral("focusKeyEdit"));
    advancedForm->addRow(tr("&Focus API key:"), m_focusKey);
    m_focusOrganization = plainEdit(m_advanced, tr("Focus organization ID (optional)"),
                                    QStringLiteral("focusOrganizationEdit"));
    advancedForm->addRow(tr("Focus &organization ID:"), m_focusOrganization);
    m_focusKey->setPlaceholderText(tr("Optional"));
    m_focusOrganization->setPlaceholderText(tr("Optional"));
    m_advanced->setVisible(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    m_progress = new QLabel(tr("Checking with the server…"), this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setAccessibleName(tr("Sign-in progress"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(m_keychainNotice);
    layout->addLayout(modeRow);
    layout->addWidget(m_tokenPage);
    layout->addWidget(m_passwordPage);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    setTabOrder(m_tokenMode, m_passwordMode);
    setTabOrder(m_passwordMode, m_token);
    setTabOrder(m_token, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_server);
    setTabOrder(m_server, m_focusKey);
    setTabOrder(m_focusKey, m_focusOrganization);

    connect(m_tokenMode, &QRadioButton::toggled, this, &SignInDialog::updateMode);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_advancedToggle->setAccessibleName(shown ? tr("Hide advanced options")
                                                  : tr("Show advanced options"));
        if (shown && m_advancedToggle->hasFocus())
            m_server->setFocus();
        adjustSize();
    });
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signInClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_verifier, &SignInVerifier::verified, this, &SignInDialog::showVerified);
    connect(m_verifier, &SignInVerifier::failed, this, &SignInDialog::showFailure);
    updateMode();
    m_token->setFocus();
}

SignInDialog::~SignInDialog()
{
    m_result.token.fill(QLatin1Char('\0'));
    m_result.focusApiKey.fill(QLatin1Char('\0'));
}

void SignInDialog::setServer(const QUrl &server)
{
    const bool isDefault = !server.isValid() || server == TrackApi::defaultBaseUrl();
    m_server->setText(isDefault ? QString() : server.toString());
    if (!isDefault)
        m_advancedToggle->setChecked(true);
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

void SignInDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SignInDialog::setSessionOnly(bool sessionOnly, const QString &explanation)
{
    m_sessionOnly = sessionOnly;
    m_keychainNotice->setText(explanation);
    m_keychainNotice->setVisible(sessionOnly && !explanation.isEmpty());
    m_signInButton->setText(sessionOnly ? tr("&Sign in for this session only") : tr("&Sign in"));
    m_signInButton->setAccessibleName(sessionOnly ? tr("Sign in for this session only") : tr("Sign in"));
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool SignInDialog::isBusy() const
{
    return m_verifier->isBusy();
}

void SignInDialog::updateMode()
{
    const bool token = m_tokenMode->isChecked();
    m_tokenPage->setVisible(token);
    m_passwordPage->setVisible(!token);
    if (isVisible()) {
        adjustSize();
        (token ? m_token : (m_email->text().isEmpty() ? m_email : m_password))->setFocus();
    }
}

QUrl SignInDialog::typedServer() const
{
    const QString text = m_server->text().trimmed();
    if (text.isEmpty())
        return TrackApi::defaultBaseUrl();
    if (!text.contains(QLatin1String("://")))
        return QUrl(QLatin1String("https://") + text, QUrl::StrictMode);
    return QUrl(text, QUrl::StrictMode);
}

void SignInDialog::signInClicked()
{
    if (m_verifier->isBusy())
        return;
    m_error->clear();
    m_error->hide();
    setBusy(true);
    if (m_tokenMode->isChecked())
        m_verifier->verifyToken(typedServer(), m_token->text());
    else
        m_verifier->verifyPassword(typedServer(), m_email->text(), m_password->text());
}

void SignInDialog::showVerified(const VerifiedSignIn &signIn)
{
    m_result = signIn;
    m_result.focusApiKey = m_focusKey->text().trimmed();
    m_result.focusOrganizationId = m_focusOrganization->text().trimmed();
    setBusy(false);
    accept();
}

void SignInDialog::showFailure(const ApiError &error, const QString &explanation)
{
    setBusy(false);
    m_error->setText(explanation);
    m_error->show();
    QWidget *fix = m_tokenMode->isChecked() ? m_token : m_password;
    switch (error.kind) {
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Network:
        if (!m_server->text().isEmpty()) {
            m_advancedToggle->setChecked(true);
            fix = m_server;
        }
        break;
    case ApiError::Kind::Auth:
        if (m_passwordMode->isChecked() && m_email->text().trimmed().isEmpty())
            fix = m_email;
        break;
    default:
        break;
    }
    fix->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(fix))
        edit->selectAll();
    adjustSize();
}

void SignInDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_tokenMode), static_cast<QWidget *>(m_passwordMode),
                       static_cast<QWidget *>(m_tokenPage), static_cast<QWidget *>(m_passwordPage),
                       static_cast<QWidget *>(m_advanced), static_cast<QWidget *>(m_signInButton)})
        w->setEnabled(!busy);
}

void SignInDialog::done(int result)
{
    m_verifier->cancel();
    // No secret stays in the fields, whatever the outcome (signIn() keeps the verified one).
    m_password->clear();
    m_token->clear();
    m_focusKey->clear();
    QDialog::done(result);
}

} // namespace punchclock
