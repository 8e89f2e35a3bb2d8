#pragma once

#include "core/model/Patient.h"
#include "ui/widgets/EntryDialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tricholog {

class OptionalDateEdit;
class PatientRepository;

// New or edited patient: every field of the domain; the MRN is checked for uniqueness as you type.
class PatientDialog : public EntryDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const Patient &)>;
    using MrnCheck = std::function<bool(const QString &mrn, qint64 exceptId)>;

    PatientDialog(const Patient &patient, QDate today, SaveFunction save, MrnCheck mrnTaken,
                  QWidget *parent = nullptr);

    Patient patient() const; // the record as the form shows it
    QLabel *mrnStatus() const { return m_mrnStatus; }

protected:
    Result<void> save() override;

private:
    void checkMrn();

    Patient m_original;
    QDate m_today;
    SaveFunction m_save;
    MrnCheck m_mrnTaken;
    QLineEdit *m_mrn;
    QLabel *m_mrnStatus;
    QLineEdit *m_family;
    QLineEdit *m_given;
    OptionalDateEdit *m_birth;
    QComboBox *m_sex;
    QComboBox *m_fitzpatrick;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    OptionalDateEdit *m_treatmentConsent;
    QCheckBox *m_photoConsent;
    OptionalDateEdit *m_photoConsentDate;
    QCheckBox *m_dataConsent;
    OptionalDateEdit *m_dataConsentDate;
    QPlainTextEdit *m_notes;
};

} // namespace tricholog
