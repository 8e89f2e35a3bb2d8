#include "ui/measurements/AddMeasurementsCommand.h"

#include "core/storage/MeasurementRepository.h"
#include "ui/commands/ChangeNotifier.h"

#include <QCoreApplication>

namespace tricholog {

AddMeasurementsCommand::AddMeasurementsCommand(Database &db, ChangeNotifier &notifier,
                                               QList<Measurement> rows)
    : DatabaseCommand(db, notifier,
                      QCoreApplication::translate("Commands", "Add %n measurement(s)", nullptr,
                                                  int(rows.size())))
    , m_rows(std::move(rows))
{}

Result<void> AddMeasurementsCommand::apply()
{
    if (auto r = MeasurementRepository(m_db).addAll(m_rows); !r)
        return r;
    if (!m_rows.isEmpty())
        emit m_notifier.measurementsChanged(m_rows.first().patientId);
    return {};
}

Result<void> AddMeasurementsCommand::revert()
{
    QList<qint64> ids;
    for (const auto &m : std::as_const(m_rows))
        ids << m.id;
    if (auto r = MeasurementRepository(m_db).removeAll(ids); !r)
        return r;
    if (!m_rows.isEmpty())
        emit m_notifier.measurementsChanged(m_rows.first().patientId);
    return {};
}

} // namespace tricholog
