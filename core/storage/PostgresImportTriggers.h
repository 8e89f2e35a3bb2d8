#pragma once

#include <QStringList>

namespace tricholog {

// Schema 15 on a server: the triggers that only let an import's rows through (the audit's and
// the summary's on the tables an import writes) and the id trigger (which has nothing to do for
// a row that carries its id: an import's, a migration's) are not called for those rows at all.
// Each took a PL/pgSQL call for every row and, for the AFTER triggers, an event queued until the
// statement's end: 1.2 to 2.7 s of the 15 s the server takes to copy the clinic's 944,115
// measurements. A WHEN condition decides before that, with the same rule as the functions' own
// test (which stays).
//
// The triggers of `before` (schema 14's statements) as schema 15 has them: the changed ones
// replaced, the summary's insert trigger added.
QStringList importSkippingTriggers(const QStringList &before);

// The statements that turn schema 14's triggers (`before`) into schema 15's: each changed or new
// trigger dropped where it is and made as schema 15 has it.
QStringList importSkippingTriggerSteps(const QStringList &before);

} // namespace tricholog
