#include "ui/sessions/RemoveSessionCommand.h"

#include "core/storage/Transaction.h"

namespace tricholog {

RemoveSessionCommand::RemoveSessionCommand(Database &db, ChangeNotifier &notifier,
                                           MicroneedlingSession session,
                                           QList<Measurement> linkedMeasurements,
                                           QList<PatientReportedOutcome> linkedOutcomes)
    : RemoveRecordCommand<MicroneedlingSession>(db, notifier, std::move(session))
    , m_measurements(std::move(linkedMeasurements))
    , m_outcomes(std::move(linkedOutcomes))
{}

Result<void> RemoveSessionCommand::revert()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    MicroneedlingSession copy = m_record;
    if (auto r = SessionRepository(m_db).add(copy); !r)
        return r.error();
    for (const auto &m : std::as_const(m_measurements)) {
        if (auto r = MeasurementRepository(m_db).update(m); !r)
            return r;
    }
    for (const auto &o : std::as_const(m_outcomes)) {
        if (auto r = OutcomeRepository(m_db).update(o); !r)
            return r;
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    emit m_notifier.sessionsChanged(m_record.patientId);
    emit m_notifier.measurementsChanged(m_record.patientId);
    emit m_notifier.outcomesChanged(m_record.patientId);
    return {};
}

} // namespace tricholog
