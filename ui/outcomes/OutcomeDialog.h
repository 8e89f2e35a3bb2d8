#pragma once

#include "core/model/MicroneedlingSession.h"
#include "core/model/PatientReportedOutcome.h"
#include "ui/widgets/EntryDialog.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace tricholog {

// Patient-reported outcome: 7-point global self-assessment and shedding score 1-6.
class OutcomeDialog : public EntryDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const PatientReportedOutcome &)>;
    // Shows the outcome's date: a new one comes with its database clock's today (RecordEditor).
    OutcomeDialog(const PatientReportedOutcome &outcome,
                  const QList<MicroneedlingSession> &sessions, SaveFunction save,
                  QWidget *parent = nullptr);

    PatientReportedOutcome outcome() const;
    QComboBox *globalAssessment() const { return m_global; }
    QComboBox *shedding() const { return m_shedding; }

protected:
    Result<void> save() override;

private:
    PatientReportedOutcome m_original;
    SaveFunction m_save;
    QDateEdit *m_date;
    QComboBox *m_session;
    QComboBox *m_global;
    QComboBox *m_shedding;
    QPlainTextEdit *m_notes;
};

} // namespace tricholog
