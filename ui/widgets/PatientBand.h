#pragma once

#include "core/model/Patient.h"

#include <QLabel>

namespace tricholog {

// Who a form, a report action or a question is about, in the words a clinician checks before
// writing: "Müller, Anna (MRN DEMO-00026, born 3/14/1978)".
QString patientIdentity(const Patient &patient);

// The band at the top of a form: the same facts, the name in bold, on a tinted strip so that
// it cannot be overlooked.
class PatientBand : public QLabel
{
    Q_OBJECT
public:
    explicit PatientBand(const Patient &patient, QWidget *parent = nullptr);
};

} // namespace tricholog
