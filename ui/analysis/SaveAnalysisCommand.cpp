#include "ui/analysis/SaveAnalysisCommand.h"

#include "core/storage/MeasurementRepository.h"
#include "core/storage/Transaction.h"
#include "ui/commands/ChangeNotifier.h"

#include <QCoreApplication>

namespace tricholog {

SaveAnalysisCommand::SaveAnalysisCommand(Database &db, ChangeNotifier &notifier,
                                         ImageAnalysisRecord record, Measurement measurement)
    : DatabaseCommand(db, notifier,
                      QCoreApplication::translate("Commands", "Save the image analysis"))
    , m_after(std::move(record))
    , m_afterMeasurement(std::move(measurement))
{
    if (m_after.id != 0) {
        if (auto before = ImageAnalysisRepository(db).find(m_after.id))
            m_before = before.value();
        if (m_afterMeasurement.id != 0)
            if (auto before = MeasurementRepository(db).find(m_afterMeasurement.id))
                m_beforeMeasurement = before.value();
    }
}

Result<void> SaveAnalysisCommand::apply()
{
    if (m_undone) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return Error::storage(tx.errorText());
        Measurement measurement = m_afterMeasurement;
        if (auto added = MeasurementRepository(m_db).add(measurement); !added)
            return added.error();
        if (auto restored = ImageAnalysisRepository(m_db).restore(m_after); !restored)
            return restored;
        if (!tx.commit())
            return Error::storage(tx.errorText());
        m_afterMeasurement.rowVersion = measurement.rowVersion;
        m_after.rowVersion = std::max(1, m_after.rowVersion);
        m_undone = false;
        emit m_notifier.measurementsChanged(m_after.patientId);
        emit m_notifier.photosChanged(m_after.patientId);
        return {};
    }
    if (auto saved = ImageAnalysisRepository(m_db).save(m_after, m_afterMeasurement); !saved)
        return saved.error();
    if (m_before) {
        // The next undo writes over the versions just saved.
        m_before->rowVersion = m_after.rowVersion;
        if (m_beforeMeasurement)
            m_beforeMeasurement->rowVersion = m_afterMeasurement.rowVersion;
    }
    emit m_notifier.measurementsChanged(m_after.patientId);
    emit m_notifier.photosChanged(m_after.patientId);
    return {};
}

Result<void> SaveAnalysisCommand::revert()
{
    if (m_before && m_beforeMeasurement) {
        ImageAnalysisRecord before = *m_before;
        Measurement measurement = *m_beforeMeasurement;
        if (auto saved = ImageAnalysisRepository(m_db).save(before, measurement); !saved)
            return saved.error();
        m_after.rowVersion = before.rowVersion;
        m_afterMeasurement.rowVersion = measurement.rowVersion;
    } else {
        // A first save: both go, in one transaction; redo adds them again under new ids. (A
        // later save whose measurement had been deleted made a new one: only that goes.)
        Transaction tx(m_db);
        if (!tx.isActive())
            return Error::storage(tx.errorText());
        if (!m_before)
            if (auto removed = ImageAnalysisRepository(m_db).remove(m_after.id); !removed)
                return removed;
        if (auto removed = MeasurementRepository(m_db).remove(m_afterMeasurement.id); !removed)
            return removed;
        if (!tx.commit())
            return Error::storage(tx.errorText());
        if (m_before) {
            m_afterMeasurement.id = 0; // made again by the next save
            m_afterMeasurement.rowVersion = {};
        } else {
            m_undone = true; // redo: the same ids back
        }
    }
    emit m_notifier.measurementsChanged(m_after.patientId);
    emit m_notifier.photosChanged(m_after.patientId);
    return {};
}

} // namespace tricholog
