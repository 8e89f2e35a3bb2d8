#pragma once

#include "core/model/Diagnosis.h"
#include "ui/widgets/EntryDialog.h"

#include <QList>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
namespace tricholog {
class NumberField;
}
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tricholog {

// Diagnosis entry: the ICD-10 code is proposed from the type and can be refined; the severity
// control follows the type (Norwood-Hamilton, Ludwig, Sinclair, or a live SALT calculator).
class DiagnosisDialog : public EntryDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const Diagnosis &)>;
    // Shows the diagnosis's date: a new one comes with its database clock's today (RecordEditor).
    DiagnosisDialog(const Diagnosis &diagnosis, SaveFunction save, QWidget *parent = nullptr);

    Diagnosis diagnosis() const;
    QLabel *saltResult() const { return m_saltResult; }

protected:
    Result<void> save() override;

private:
    void typeChanged();
    void scaleChanged();
    void updateSalt();

    Diagnosis m_original;
    SaveFunction m_save;
    QComboBox *m_type;
    QComboBox *m_icd10;
    QDateEdit *m_diagnosedOn;
    QLineEdit *m_onset;
    QComboBox *m_status;
    QComboBox *m_scale;
    QComboBox *m_grade;
    QLabel *m_gradeLabel;
    QGroupBox *m_saltBox;
    NumberField *m_saltVertex;
    NumberField *m_saltPosterior;
    NumberField *m_saltRight;
    NumberField *m_saltLeft;
    QLabel *m_saltResult;
    QList<QCheckBox *> m_findings;
    QPlainTextEdit *m_notes;
};

} // namespace tricholog
