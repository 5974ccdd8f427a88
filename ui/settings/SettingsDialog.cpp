#include "settings/SettingsDialog.h"

#include "i18n/LanguageLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace punchclock {

namespace {
const QString kCloseToTrayKey = QStringLiteral("tray/closeToTray"); // see DesktopIntegration
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_closeToTray(new QCheckBox(tr("&Close to tray"), this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(440);

    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageLoader::configuredLanguage())));
    m_language->setAccessibleName(tr("Language"));

    auto *languageNote = new QLabel(tr("The language changes the next time Punchclock starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    m_closeToTray->setChecked(QSettings().value(kCloseToTrayKey, true).toBool());
    m_closeToTray->setToolTip(tr("Closing the window keeps Punchclock running in the tray"));

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), languageNote);
    form->addRow(QString(), m_closeToTray);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void SettingsDialog::save()
{
    LanguageLoader::setConfiguredLanguage(m_language->currentData().toString());
    QSettings().setValue(kCloseToTrayKey, m_closeToTray->isChecked());
}

} // namespace punchclock
