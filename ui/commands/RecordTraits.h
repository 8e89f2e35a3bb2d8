#pragma once

#include "core/model/Diagnosis.h"
#include "core/model/Measurement.h"
#include "core/model/MicroneedlingSession.h"
#include "core/model/Patient.h"
#include "core/model/PatientReportedOutcome.h"
#include "core/storage/Database.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "ui/commands/ChangeNotifier.h"

#include <QCoreApplication>

namespace tricholog {

// How the generic undo commands store, remove and announce each kind of record.
template<typename T>
struct RecordTraits;

template<>
struct RecordTraits<Patient>
{
    static Result<qint64> add(Database &db, Patient &r) { return PatientRepository(db).add(r); }
    static Result<void> update(Database &db, const Patient &r)
    {
        return PatientRepository(db).update(r);
    }
    static Result<void> remove(Database &db, qint64 id) { return PatientRepository(db).remove(id); }
    static qint64 patientOf(const Patient &r) { return r.id; }
    static void notify(ChangeNotifier &n, qint64 patientId) { emit n.patientChanged(patientId); }
    static QString noun() { return QCoreApplication::translate("Commands", "patient"); }
};

template<>
struct RecordTraits<Diagnosis>
{
    static Result<qint64> add(Database &db, Diagnosis &r) { return DiagnosisRepository(db).add(r); }
    static Result<void> update(Database &db, const Diagnosis &r)
    {
        return DiagnosisRepository(db).update(r);
    }
    static Result<void> remove(Database &db, qint64 id)
    {
        return DiagnosisRepository(db).remove(id);
    }
    static qint64 patientOf(const Diagnosis &r) { return r.patientId; }
    static void notify(ChangeNotifier &n, qint64 patientId) { emit n.diagnosesChanged(patientId); }
    static QString noun() { return QCoreApplication::translate("Commands", "diagnosis"); }
};

template<>
struct RecordTraits<MicroneedlingSession>
{
    static Result<qint64> add(Database &db, MicroneedlingSession &r)
    {
        return SessionRepository(db).add(r);
    }
    static Result<void> update(Database &db, const MicroneedlingSession &r)
    {
        return SessionRepository(db).update(r);
    }
    static Result<void> remove(Database &db, qint64 id) { return SessionRepository(db).remove(id); }
    static qint64 patientOf(const MicroneedlingSession &r) { return r.patientId; }
    static void notify(ChangeNotifier &n, qint64 patientId) { emit n.sessionsChanged(patientId); }
    static QString noun() { return QCoreApplication::translate("Commands", "session"); }
};

template<>
struct RecordTraits<Measurement>
{
    static Result<qint64> add(Database &db, Measurement &r)
    {
        return MeasurementRepository(db).add(r);
    }
    static Result<void> update(Database &db, const Measurement &r)
    {
        return MeasurementRepository(db).update(r);
    }
    static Result<void> remove(Database &db, qint64 id)
    {
        return MeasurementRepository(db).remove(id);
    }
    static qint64 patientOf(const Measurement &r) { return r.patientId; }
    static void notify(ChangeNotifier &n, qint64 patientId)
    {
        emit n.measurementsChanged(patientId);
    }
    static QString noun() { return QCoreApplication::translate("Commands", "measurement"); }
};

template<>
struct RecordTraits<PatientReportedOutcome>
{
    static Result<qint64> add(Database &db, PatientReportedOutcome &r)
    {
        return OutcomeRepository(db).add(r);
    }
    static Result<void> update(Database &db, const PatientReportedOutcome &r)
    {
        return OutcomeRepository(db).update(r);
    }
    static Result<void> remove(Database &db, qint64 id) { return OutcomeRepository(db).remove(id); }
    static qint64 patientOf(const PatientReportedOutcome &r) { return r.patientId; }
    static void notify(ChangeNotifier &n, qint64 patientId) { emit n.outcomesChanged(patientId); }
    static QString noun() { return QCoreApplication::translate("Commands", "outcome"); }
};

} // namespace tricholog
