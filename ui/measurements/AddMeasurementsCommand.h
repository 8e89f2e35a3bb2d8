#pragma once

#include "core/model/Measurement.h"
#include "ui/commands/DatabaseCommand.h"

#include <QList>

namespace tricholog {

// A visit's grid of measurements: stored, and undone, as one step.
class AddMeasurementsCommand : public DatabaseCommand
{
public:
    AddMeasurementsCommand(Database &db, ChangeNotifier &notifier, QList<Measurement> rows);
    const QList<Measurement> &rows() const { return m_rows; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    QList<Measurement> m_rows;
};

} // namespace tricholog
