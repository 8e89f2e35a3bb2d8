#pragma once

#include "core/AppSettings.h"
#include "core/model/PatientRecord.h"
#include "ui/plans/PlanEditor.h"
#include "ui/widgets/EntryDialog.h"

#include <QObject>
#include <optional>

class QUndoStack;
class QWidget;

namespace tricholog {

class ChangeNotifier;
class Database;
class MeasurementGridDialog;

// Every edit the user can make: opens the entry form, and saves through an undo command.
// The main window's actions and the patient file's buttons both come here, so there is one
// path from a form to the database.
class RecordEditor : public QObject
{
    Q_OBJECT
public:
    RecordEditor(Database &db, ChangeNotifier &notifier, QUndoStack &stack, QWidget *dialogParent);

    void setSettings(const AppSettings &settings)
    {
        m_settings = settings;
        m_plans->setTolerance(settings.planTolerance());
    }
    const AppSettings &settings() const { return m_settings; }

    // Each returns true when something was saved.
    bool newPatient(qint64 *createdId = nullptr);
    bool editPatient(qint64 patientId);
    bool setArchived(qint64 patientId, bool archived);
    bool saveNotes(qint64 patientId, const QString &notes);

    bool newDiagnosis(qint64 patientId);
    bool editDiagnosis(const Diagnosis &diagnosis);
    bool removeDiagnosis(const Diagnosis &diagnosis);

    bool newSession(qint64 patientId);
    bool editSession(const MicroneedlingSession &session);
    bool removeSession(const MicroneedlingSession &session);

    bool newMeasurements(qint64 patientId);
    bool editMeasurement(const Measurement &measurement);
    bool removeMeasurement(const Measurement &measurement);

    bool newOutcome(qint64 patientId);
    bool editOutcome(const PatientReportedOutcome &outcome);
    bool removeOutcome(const PatientReportedOutcome &outcome);

    // Reads the files and opens the attach form (for the session `preferredSession`, else the
    // session of the day the photos were taken, else the latest). Refused without photo consent.
    bool attachPhotos(qint64 patientId, const QStringList &files, qint64 preferredSession = 0);
    bool editPhoto(const Photo &photo);
    bool removePhoto(const Photo &photo);
    void comparePhotos(const PatientRecord &record, qint64 focusPhoto = 0);
    // Opens the image measurement of a photo (its saved analysis when there is one); true when
    // an analysis was saved.
    bool analysePhoto(const PatientRecord &record, const Photo &photo);
    bool measureFromPhoto(const Patient &patient);

    // Treatment plans, their templates and the recall list's contact attempts.
    PlanEditor &plans() const { return *m_plans; }

    // Defaults of a new session: the previous session's treatment, next number, now.
    MicroneedlingSession sessionDefaults(qint64 patientId) const;

signals:
    void error(const QString &message);

private:
    bool confirm(const QString &question, qint64 patientId) const;
    std::optional<Patient> owner(qint64 patientId) const;
    // Names the patient in the form and gives it core's rules to check as the user corrects.
    void prepare(EntryDialog &dialog, const Patient &patient, EntryDialog::LiveCheck check) const;
    void prepareGrid(MeasurementGridDialog &dialog, const Patient &patient) const;
    void offerToDeletePhotos(const Patient &patient);
    Database &m_db;
    ChangeNotifier &m_notifier;
    QUndoStack &m_stack;
    QWidget *m_parent;
    AppSettings m_settings;
    PlanEditor *m_plans;
};

} // namespace tricholog
