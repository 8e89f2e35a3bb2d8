#include "CommandSupport.h"

#include "storage/Database.h"
#include "storage/PatientRecordLoader.h"
#include "storage/PatientRepository.h"

#include <QFileInfo>
#include <cstdio>

namespace tricholog {

void printError(const QString &message)
{
    std::fprintf(stderr, "tricholog: %s\n", qUtf8Printable(message));
}

void printLine(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
}

Result<PatientRecord> loadPatientByMrn(const QString &databasePath, const QString &mrn)
{
    if (!QFileInfo::exists(databasePath))
        return Error::notFound(QStringLiteral("%1 does not exist.").arg(databasePath));
    auto db = Database::open(databasePath);
    if (!db)
        return db.error();
    auto patient = PatientRepository(*db.value()).findByMrn(mrn);
    if (!patient)
        return patient.error();
    return loadPatientRecord(*db.value(), patient.value().id);
}

} // namespace tricholog
