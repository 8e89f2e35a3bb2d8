#pragma once

#include <QObject>

namespace tricholog {

// The one place that announces what changed in the database, so item models, charts and the
// patient file refresh precisely what they show. Undo commands (and importers) emit after a
// successful write; nothing else writes.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void patientChanged(qint64 patientId); // added, edited, archived or restored
    void diagnosesChanged(qint64 patientId);
    void sessionsChanged(qint64 patientId);
    void measurementsChanged(qint64 patientId);
    void outcomesChanged(qint64 patientId);
    void photosChanged(qint64 patientId);
    void plansChanged(qint64 patientId); // a treatment plan or a contact attempt
    void everythingChanged();            // bulk operations (import, restore)
};

} // namespace tricholog
