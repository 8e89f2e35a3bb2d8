#pragma once

#include "ui/commands/RecordCommands.h"

namespace tricholog {

// Deleting a session unlinks its measurements and outcomes (they stay, as visit data); undo
// restores the session and the links.
class RemoveSessionCommand : public RemoveRecordCommand<MicroneedlingSession>
{
public:
    RemoveSessionCommand(Database &db, ChangeNotifier &notifier, MicroneedlingSession session,
                         QList<Measurement> linkedMeasurements,
                         QList<PatientReportedOutcome> linkedOutcomes);

protected:
    Result<void> revert() override;

private:
    QList<Measurement> m_measurements;
    QList<PatientReportedOutcome> m_outcomes;
};

} // namespace tricholog
