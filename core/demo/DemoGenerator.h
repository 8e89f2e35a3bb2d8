#pragma once

#include "core/Result.h"

#include <QDate>

namespace tricholog {

class Database;

struct DemoOptions
{
    int patients = 40;
    quint32 seed = 2013;
    QDate today; // the latest visits fall shortly before this day; defaults to the database clock
    // The first patients with photo consent get drawn photos (global vertex and trichoscopic) at
    // their measured visits.
    int photoPatients = 3;
};

struct DemoSummary
{
    int patients = 0;
    int diagnoses = 0;
    int sessions = 0;
    int measurements = 0;
    int outcomes = 0;
    int photos = 0;
};

// Fills a database with generated, realistic but entirely fictitious patients: mixed diagnoses
// and scales, 4-16 sessions at realistic intervals, measurements at 2-4 sites per measured visit,
// responders and non-responders, some adverse events. The same seed and day give the same data.
// Everything goes through the repositories (and their validation) in one transaction.
// A database without accounts also gets the demo's three documented accounts (one per role).
Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options);

// The demo accounts: user name and password, one per role (documented in the README).
struct DemoAccount
{
    const char *name;
    const char *password;
};
inline constexpr DemoAccount kDemoAdministrator{"admin", "tricholog-admin"};
inline constexpr DemoAccount kDemoClinician{"clinician", "tricholog-clinician"};
inline constexpr DemoAccount kDemoAssistant{"assistant", "tricholog-assistant"};
// Adds them (and marks the database as a demo, so the sign-in dialog can show them).
Result<void> createDemoAccounts(Database &db);
// Whether createDemoAccounts() marked this database as a demo.
bool isDemoDatabase(const Database &db);

} // namespace tricholog
