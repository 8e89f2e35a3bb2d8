#pragma once

#include "core/AppSettings.h"
#include "ui/widgets/EntryDialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tricholog {

// The clinic's settings: name, address and logo for reports, measurement thresholds, responder
// threshold and the defaults of a new session.
class SettingsDialog : public EntryDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

protected:
    Result<void> save() override;

private:
    AppSettings m_original;
    QDoubleSpinBox *m_vellus;
    QDoubleSpinBox *m_terminal;
    QDoubleSpinBox *m_responder;
    QSpinBox *m_followUp;
    QSpinBox *m_sessionTolerance;
    QSpinBox *m_measurementTolerance;
    QLineEdit *m_mrnPattern;
    QList<QCheckBox *> m_controlSites;
    QComboBox *m_device;
    QDoubleSpinBox *m_needle;
    QSpinBox *m_idle;
    QSpinBox *m_backups;
    QComboBox *m_language;
    QLineEdit *m_backupFolder;
};

} // namespace tricholog
