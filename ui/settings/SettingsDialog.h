#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace punchclock {

// File → Settings…: the interface language (QSettings "ui/language", applied at the next start)
// and "Close to tray" (QSettings "tray/closeToTray", the same setting as the tray menu's).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *closeToTrayCheck() const { return m_closeToTray; }

    // Writes the choices to QSettings (the OK button does this too).
    void save();

private:
    QComboBox *m_language;
    QCheckBox *m_closeToTray;
};

} // namespace punchclock
