// Every undo command announces its change (issue 19, item 6): the item models, charts and the
// patient file refresh on ChangeNotifier's signals, so a command that wrote without saying so
// would leave the screen showing the old record. Each command is pushed, undone and redone
// with a QSignalSpy on the signal of its kind, which must name the record's patient each time.
#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "tests/TestSupport.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/commands/RecordCommands.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace tricholog;

class TestUndoSignals : public QObject
{
    Q_OBJECT
    test::TempDatabase m_db;
    PatientRecord m_record;

    // Push, undo, redo: one announcement each, naming `patient`.
    template<typename Signal>
    void expectAnnounced(QUndoStack &stack, DatabaseCommand *command, Signal signal, qint64 patient,
                         ChangeNotifier &notifier)
    {
        QSignalSpy spy(&notifier, signal);
        const auto pushed = pushCommand(stack, command);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
        stack.undo();
        stack.redo();
        QCOMPARE(spy.count(), 3);
        for (const auto &arguments : std::as_const(spy))
            QCOMPARE(arguments.value(0).toLongLong(), patient);
    }

    // The record as stored now (its row version moves with every write).
    template<typename T>
    T reload(const T &record)
    {
        const PatientRecord now = loadPatientRecord(*m_db, m_record.patient.id).value();
        const QList<T> *list = nullptr;
        if constexpr (std::is_same_v<T, Diagnosis>)
            list = &now.diagnoses;
        else if constexpr (std::is_same_v<T, MicroneedlingSession>)
            list = &now.sessions;
        else if constexpr (std::is_same_v<T, Measurement>)
            list = &now.measurements;
        else
            list = &now.outcomes;
        for (const T &r : *list)
            if (r.id == record.id)
                return r;
        return record;
    }

    template<typename T, typename Signal>
    void editAndRemove(const T &record, Signal signal, bool remove)
    {
        ChangeNotifier notifier;
        QUndoStack stack;
        T edited = record;
        edited.notes = QStringLiteral("changed by the undo-signal test");
        expectAnnounced(stack, new EditRecordCommand<T>(*m_db, notifier, record, edited), signal,
                        m_record.patient.id, notifier);
        if (remove)
            expectAnnounced(stack, new RemoveRecordCommand<T>(*m_db, notifier, reload(record)),
                            signal, m_record.patient.id, notifier);
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.patients = 3;
        options.seed = 5;
        QVERIFY(generateDemo(*m_db, options).ok());
        // A clinician may edit and delete every kind of record.
        QVERIFY(UserRepository(*m_db)
                    .signIn(QStringLiteral("clinician"), QStringLiteral("tricholog-clinician"))
                    .ok());
        QList<qint64> ids;
        QSqlQuery q(m_db.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM patient ORDER BY id")));
        while (q.next())
            ids << q.value(0).toLongLong();
        for (const qint64 id : std::as_const(ids)) {
            auto record = loadPatientRecord(*m_db, id).value();
            if (!record.diagnoses.isEmpty() && !record.sessions.isEmpty() &&
                !record.measurements.isEmpty() && !record.outcomes.isEmpty()) {
                m_record = record;
                break;
            }
        }
        QVERIFY2(m_record.patient.id > 0, "no demo patient has every kind of record");
    }

    void patientCommands()
    {
        ChangeNotifier notifier;
        QUndoStack stack;
        Patient edited = m_record.patient;
        edited.notes = QStringLiteral("changed by the undo-signal test");
        expectAnnounced(stack,
                        new EditRecordCommand<Patient>(*m_db, notifier, m_record.patient, edited),
                        &ChangeNotifier::patientChanged, m_record.patient.id, notifier);
    }

    void diagnosisCommands()
    {
        editAndRemove(m_record.diagnoses.first(), &ChangeNotifier::diagnosesChanged, true);
    }
    void sessionCommands()
    {
        editAndRemove(m_record.sessions.first(), &ChangeNotifier::sessionsChanged, false);
    }
    void measurementCommands()
    {
        editAndRemove(m_record.measurements.first(), &ChangeNotifier::measurementsChanged, true);
    }
    void outcomeCommands()
    {
        editAndRemove(m_record.outcomes.first(), &ChangeNotifier::outcomesChanged, true);
    }
};

QTEST_MAIN(TestUndoSignals)
#include "tst_undosignals.moc"
