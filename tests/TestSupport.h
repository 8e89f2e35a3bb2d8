#pragma once

#include "Clock.h"
#include "model/Patient.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tricholog::test {

// "Today" in every test: fixed, so date rules and ages do not drift.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(10, 30));
}

// A fresh database file in a temporary folder with a fixed clock.
struct TempDatabase
{
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(fixedNow());
    std::unique_ptr<Database> db;

    TempDatabase()
    {
        auto opened = Database::open(path(), clock);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        db = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    Database &operator*() { return *db; }
};

inline Patient samplePatient(const QString &mrn = QStringLiteral("T-0001"))
{
    Patient p;
    p.mrn = mrn;
    p.familyName = QStringLiteral("Müller");
    p.givenName = QStringLiteral("Jonas");
    p.dateOfBirth = QDate(1985, 3, 2);
    p.sex = Sex::Male;
    p.fitzpatrick = 3;
    p.email = QStringLiteral("jonas@example.org");
    p.phone = QStringLiteral("+49 30 555 0100");
    p.photoConsent = true;
    p.photoConsentDate = QDate(2026, 1, 10);
    return p;
}

inline qint64 addPatient(Database &db, Patient p = samplePatient())
{
    auto id = PatientRepository(db).add(p);
    if (!id)
        qFatal("cannot add patient: %s", qPrintable(id.error().message));
    return id.value();
}

} // namespace tricholog::test
