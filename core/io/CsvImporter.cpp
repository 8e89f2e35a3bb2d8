#include "CsvImporter.h"

#include "SafeIo.h"
#include "clinical/Validation.h"
#include "model/Keys.h"
#include "storage/Database.h"
#include "storage/DiagnosisRepository.h"
#include "storage/MeasurementRepository.h"
#include "storage/PatientRecordLoader.h"
#include "storage/PatientRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace tricholog {

namespace {

const QList<CsvKind> kAllKinds{CsvKind::Patients, CsvKind::Diagnoses, CsvKind::Sessions,
                               CsvKind::Measurements};

QString kindName(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Patients:
        return QCoreApplication::translate("CsvImporter", "patients");
    case CsvKind::Diagnoses:
        return QCoreApplication::translate("CsvImporter", "diagnoses");
    case CsvKind::Sessions:
        return QCoreApplication::translate("CsvImporter", "sessions");
    case CsvKind::Measurements:
        return QCoreApplication::translate("CsvImporter", "measurements");
    }
    return {};
}

QString sessionKey(const QString &mrn, const QDateTime &at)
{
    return mrn + QLatin1Char('\x1f') + at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString diagnosisKey(const QString &mrn, const Diagnosis &d)
{
    return mrn + QLatin1Char('\x1f') + toKey(d.type) + QLatin1Char('\x1f') +
           d.diagnosedOn.toString(Qt::ISODate);
}

QString measurementKey(const QString &mrn, const Measurement &m)
{
    return mrn + QLatin1Char('\x1f') + m.measuredOn.toString(Qt::ISODate) + QLatin1Char('\x1f') +
           toKey(m.site) + QLatin1Char('\x1f') + m.siteLabel + QLatin1Char('\x1f') +
           toKey(m.method);
}

} // namespace

QString ImportFiles::path(CsvKind kind) const
{
    switch (kind) {
    case CsvKind::Patients:
        return patients;
    case CsvKind::Diagnoses:
        return diagnoses;
    case CsvKind::Sessions:
        return sessions;
    case CsvKind::Measurements:
        return measurements;
    }
    return {};
}

QString ImportIssue::text() const
{
    QString where = file;
    if (line > 0)
        where += QCoreApplication::translate("CsvImporter", ", line %1").arg(line);
    if (!column.isEmpty())
        where += QCoreApplication::translate("CsvImporter", ", column %1").arg(quoteValue(column));
    if (!value.isEmpty())
        where += QStringLiteral(" (\"%1\")").arg(quoteValue(value));
    return where + QStringLiteral(": ") + reason;
}

QString ImportSummary::text() const
{
    QStringList lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines << QCoreApplication::translate("CsvImporter",
                                             "%1: %2 added, %3 already present (unchanged)")
                     .arg(kindName(it.key()))
                     .arg(it.value().added)
                     .arg(it.value().alreadyPresent);
    return lines.join(QLatin1Char('\n'));
}

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{}

Result<CsvTable> CsvImporter::readFile(const QString &path, int *errorLine)
{
    if (errorLine)
        *errorLine = 0;
    // A regular file only (a pipe or /dev/zero would never end), and at most kMaxFileBytes.
    auto data = readRegularFile(path, kMaxFileBytes);
    if (!data)
        return data.error();
    return parseCsv(data.value(), errorLine);
}

Result<ImportSummary> CsvImporter::importFiles(const ImportFiles &files)
{
    m_issues.clear();
    if (files.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "CsvImporter", "Nothing to import: name at least one file."));
    const QDateTime now = m_db.clock().now();
    const QDate today = now.date();

    // Nothing is written when anything is wrong; the error lists every problem, one per line.
    auto failure = [this] {
        Error error;
        error.kind = Error::Kind::Validation;
        QStringList lines;
        for (const auto &issue : std::as_const(m_issues)) {
            lines << issue.text();
            error.issues << ValidationIssue{issue.column, issue.file, issue.value, QString(),
                                            issue.text()};
        }
        error.message = QCoreApplication::translate(
                            "CsvImporter", "%1 problem(s) found; nothing was imported.\n%2")
                            .arg(m_issues.size())
                            .arg(lines.join(QLatin1Char('\n')));
        return error;
    };

    // 1. Read every file and check its columns.
    QMap<CsvKind, CsvTable> tables;
    QMap<CsvKind, QString> names;
    for (CsvKind kind : kAllKinds) {
        const QString path = files.path(kind);
        if (path.isEmpty())
            continue;
        const QString name = QFileInfo(path).fileName();
        names[kind] = name;
        int line = 0;
        auto table = readFile(path, &line);
        if (!table) {
            m_issues << ImportIssue{name, line, {}, {}, table.error().message};
            continue;
        }
        const QStringList &header = table.value().header;
        for (const QString &required : csv::requiredColumns(kind))
            if (!header.contains(required))
                m_issues << ImportIssue{name,
                                        1,
                                        required,
                                        {},
                                        QCoreApplication::translate(
                                            "CsvImporter", "missing column; a %1 file needs: %2")
                                            .arg(kindName(kind), csv::requiredColumns(kind).join(
                                                                     QStringLiteral(", ")))};
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (!csv::columns(kind).contains(header.at(i)))
                m_issues << ImportIssue{
                    name,
                    1,
                    header.at(i),
                    {},
                    QCoreApplication::translate("CsvImporter",
                                                "unknown column; the columns of a %1 file are: %2")
                        .arg(kindName(kind), csv::columns(kind).join(QStringLiteral(", ")))};
            else if (header.indexOf(header.at(i)) != i)
                m_issues << ImportIssue{
                    name,
                    1,
                    header.at(i),
                    {},
                    QCoreApplication::translate("CsvImporter", "column given twice")};
        }
        tables[kind] = table.value();
    }
    if (!m_issues.isEmpty())
        return failure();

    // Patients already in the database, loaded once per MRN.
    QHash<QString, std::optional<PatientRecord>> stored;
    auto storedRecord = [&](const QString &mrn) -> const PatientRecord * {
        auto it = stored.find(mrn);
        if (it == stored.end()) {
            std::optional<PatientRecord> record;
            if (auto p = PatientRepository(m_db).findByMrn(mrn)) {
                if (auto loaded = loadPatientRecord(m_db, p.value().id))
                    record = std::move(loaded).value();
            }
            it = stored.insert(mrn, record);
        }
        return it->has_value() ? &**it : nullptr;
    };

    ImportSummary summary;
    QHash<QString, Patient> filePatients; // MRN -> patient of the patients file
    QList<Patient> newPatients;
    QList<QPair<QString, Diagnosis>> newDiagnoses;
    QList<QPair<QString, MicroneedlingSession>> newSessions;
    QList<QPair<QString, Measurement>> newMeasurements;

    auto rowsOf =
        [&](CsvKind kind,
            const std::function<void(const QString &, const CsvRecord &, const csv::CellGetter &,
                                     QList<csv::CellProblem> &)> &each) {
            if (!tables.contains(kind))
                return;
            const CsvTable &table = tables[kind];
            for (const CsvRecord &record : table.records) {
                const csv::CellGetter cell = [&](const QString &column) {
                    const int i = table.column(column);
                    return i >= 0 ? record.fields.at(i) : QString();
                };
                QList<csv::CellProblem> problems;
                each(names[kind], record, cell, problems);
                for (const auto &p : problems)
                    m_issues << ImportIssue{names[kind], record.line, p.column, p.value, p.reason};
            }
        };
    // Core validation's problems, placed on the CSV column and showing the cell as written.
    auto addValidation = [&](CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                             const ValidationResult &v) {
        for (const auto &issue : v.issues()) {
            const QString column = csv::columnForField(kind, issue.field);
            const QString value = column.isEmpty() ? issue.value : cell(column).trimmed();
            m_issues << ImportIssue{names[kind], record.line, column, value, issue.message};
        }
    };
    // The patient a row belongs to: from this import's patients file, or already stored.
    auto ownerOf = [&](const QString &mrn) -> std::optional<Patient> {
        if (filePatients.contains(mrn))
            return filePatients.value(mrn);
        if (const PatientRecord *r = storedRecord(mrn))
            return r->patient;
        return std::nullopt;
    };
    auto unknownMrn = [&](CsvKind kind, const CsvRecord &record, const QString &mrn) {
        m_issues << ImportIssue{
            names[kind], record.line, QStringLiteral("mrn"), mrn,
            mrn.isEmpty() ? QCoreApplication::translate("CsvImporter", "required")
                          : QCoreApplication::translate("CsvImporter",
                                                        "no patient with this MRN, in the database "
                                                        "or in the patients file")};
    };

    // Matching by natural key. An identical row twice in one import is a mistake; rows that
    // share a key but differ (two measurements of one site on one day) are matched in order
    // with the records already stored under that key. A match must hold the same values in the
    // columns the file has, or the import names the difference.
    enum class Match
    {
        Add,
        Present,
        Problem
    };
    QHash<QString, QList<QPair<int, QStringList>>> seen; // kind-prefixed key -> (line, row)
    auto match = [&](CsvKind kind, const CsvRecord &record, const QString &key,
                     const QString &keyColumn, const QString &keyValue, const QStringList &row,
                     const QList<QStringList> &inDatabase, QList<csv::CellProblem> &problems) {
        auto &earlier = seen[QString::number(int(kind)) + QLatin1Char('\x1f') + key];
        for (const auto &[line, other] : std::as_const(earlier)) {
            if (kind == CsvKind::Patients || other == row) {
                problems << csv::CellProblem{
                    keyColumn, keyValue,
                    kind == CsvKind::Patients
                        ? QCoreApplication::translate("CsvImporter", "the same MRN as line %1")
                              .arg(line)
                        : QCoreApplication::translate("CsvImporter", "duplicates line %1")
                              .arg(line)};
                return Match::Problem;
            }
        }
        const qsizetype occurrence = earlier.size();
        earlier << qMakePair(record.line, row);
        if (occurrence >= inDatabase.size())
            return Match::Add;
        const QStringList columns = csv::columns(kind);
        QStringList differences;
        const QStringList &header = tables[kind].header;
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (header.contains(columns.at(i)) && row.at(i) != inDatabase.at(occurrence).at(i))
                differences << QCoreApplication::translate("CsvImporter", "%1 is \"%2\" there")
                                   .arg(columns.at(i), quoteValue(inDatabase.at(occurrence).at(i)));
        if (!differences.isEmpty()) {
            problems << csv::CellProblem{
                keyColumn, keyValue,
                QCoreApplication::translate(
                    "CsvImporter",
                    "already in the database with other values (%1); change the record in "
                    "Tricholog, or leave this row out")
                    .arg(differences.join(QStringLiteral("; ")))};
            return Match::Problem;
        }
        return Match::Present;
    };

    // 2. Read and check every row.
    rowsOf(CsvKind::Patients, [&](const QString &, const CsvRecord &record,
                                  const csv::CellGetter &cell, QList<csv::CellProblem> &problems) {
        Patient p = csv::patientFrom(cell, problems);
        addValidation(CsvKind::Patients, record, cell, validatePatient(p, today));
        if (p.mrn.isEmpty())
            return;
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(p.mrn))
            matches << csv::patientRow(r->patient);
        switch (match(CsvKind::Patients, record, p.mrn, QStringLiteral("mrn"), p.mrn,
                      csv::patientRow(p), matches, problems)) {
        case Match::Add:
            filePatients.insert(p.mrn, p);
            newPatients << p;
            ++summary.counts[CsvKind::Patients].added;
            break;
        case Match::Present:
            ++summary.counts[CsvKind::Patients].alreadyPresent;
            break;
        case Match::Problem:
            break;
        }
    });
    rowsOf(CsvKind::Diagnoses, [&](const QString &, const CsvRecord &record,
                                   const csv::CellGetter &cell, QList<csv::CellProblem> &problems) {
        const QString mrn = cell(QStringLiteral("mrn")).trimmed();
        Diagnosis d = csv::diagnosisFrom(cell, problems);
        const auto owner = ownerOf(mrn);
        if (!owner)
            return unknownMrn(CsvKind::Diagnoses, record, mrn);
        addValidation(CsvKind::Diagnoses, record, cell, validateDiagnosis(d, *owner, today));
        const QString key = diagnosisKey(mrn, d);
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(mrn))
            for (auto it = r->diagnoses.crbegin(); it != r->diagnoses.crend(); ++it)
                if (diagnosisKey(mrn, *it) == key)
                    matches << csv::diagnosisRow(mrn, *it);
        switch (match(CsvKind::Diagnoses, record, key, QStringLiteral("diagnosed_on"),
                      cell(QStringLiteral("diagnosed_on")), csv::diagnosisRow(mrn, d), matches,
                      problems)) {
        case Match::Add:
            newDiagnoses << qMakePair(mrn, d);
            ++summary.counts[CsvKind::Diagnoses].added;
            break;
        case Match::Present:
            ++summary.counts[CsvKind::Diagnoses].alreadyPresent;
            break;
        case Match::Problem:
            break;
        }
    });
    rowsOf(CsvKind::Sessions, [&](const QString &, const CsvRecord &record,
                                  const csv::CellGetter &cell, QList<csv::CellProblem> &problems) {
        const QString mrn = cell(QStringLiteral("mrn")).trimmed();
        MicroneedlingSession s = csv::sessionFrom(cell, problems);
        const auto owner = ownerOf(mrn);
        if (!owner)
            return unknownMrn(CsvKind::Sessions, record, mrn);
        if (!s.performedAt.isValid())
            return; // the date problem is reported already
        addValidation(CsvKind::Sessions, record, cell, validateSession(s, *owner, now));
        const QString key = sessionKey(mrn, s.performedAt);
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(mrn))
            for (auto it = r->sessions.crbegin(); it != r->sessions.crend(); ++it)
                if (sessionKey(mrn, it->performedAt) == key)
                    matches << csv::sessionRow(mrn, *it);
        switch (match(CsvKind::Sessions, record, key, QStringLiteral("date"),
                      cell(QStringLiteral("date")), csv::sessionRow(mrn, s), matches, problems)) {
        case Match::Add:
            newSessions << qMakePair(mrn, s);
            ++summary.counts[CsvKind::Sessions].added;
            break;
        case Match::Present:
            ++summary.counts[CsvKind::Sessions].alreadyPresent;
            break;
        case Match::Problem:
            break;
        }
    });
    rowsOf(CsvKind::Measurements, [&](const QString &, const CsvRecord &record,
                                      const csv::CellGetter &cell,
                                      QList<csv::CellProblem> &problems) {
        const QString mrn = cell(QStringLiteral("mrn")).trimmed();
        Measurement m = csv::measurementFrom(cell, problems);
        const auto owner = ownerOf(mrn);
        if (!owner)
            return unknownMrn(CsvKind::Measurements, record, mrn);
        addValidation(CsvKind::Measurements, record, cell, validateMeasurement(m, *owner, today));
        const QString key = measurementKey(mrn, m);
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(mrn))
            for (const auto &existing : r->measurements)
                if (measurementKey(mrn, existing) == key)
                    matches << csv::measurementRow(mrn, existing);
        switch (match(CsvKind::Measurements, record, key, QStringLiteral("site"),
                      cell(QStringLiteral("site")), csv::measurementRow(mrn, m), matches,
                      problems)) {
        case Match::Add:
            newMeasurements << qMakePair(mrn, m);
            ++summary.counts[CsvKind::Measurements].added;
            break;
        case Match::Present:
            ++summary.counts[CsvKind::Measurements].alreadyPresent;
            break;
        case Match::Problem:
            break;
        }
    });
    if (!m_issues.isEmpty())
        return failure();

    // 3. Write everything in one transaction.
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    QHash<QString, qint64> patientIds;
    for (Patient &p : newPatients) {
        const auto added = PatientRepository(m_db).add(p);
        if (!added)
            return added.error();
        patientIds.insert(p.mrn, p.id);
    }
    auto idOf = [&](const QString &mrn) {
        if (patientIds.contains(mrn))
            return patientIds.value(mrn);
        const PatientRecord *r = storedRecord(mrn);
        return r ? r->patient.id : qint64(0);
    };
    for (auto &[mrn, d] : newDiagnoses) {
        d.patientId = idOf(mrn);
        const auto added = DiagnosisRepository(m_db).add(d);
        if (!added)
            return added.error();
    }
    QHash<QString, qint64> sessionOnDay; // patient id + date -> session id
    auto dayKey = [](qint64 patientId, QDate day) -> QString {
        return QString::number(patientId) + QLatin1Char('@') + day.toString(Qt::ISODate);
    };
    for (auto &[mrn, s] : newSessions) {
        s.patientId = idOf(mrn);
        const auto added = SessionRepository(m_db).add(s);
        if (!added)
            return added.error();
        sessionOnDay.insert(dayKey(s.patientId, s.performedAt.date()), s.id);
    }
    QList<Measurement> measurements;
    for (auto &[mrn, m] : newMeasurements) {
        m.patientId = idOf(mrn);
        // A measurement belongs to the session of its day, if there is one.
        qint64 sessionId = sessionOnDay.value(dayKey(m.patientId, m.measuredOn));
        if (!sessionId)
            if (const PatientRecord *r = storedRecord(mrn))
                for (const auto &s : r->sessions)
                    if (s.performedAt.date() == m.measuredOn)
                        sessionId = s.id;
        if (sessionId)
            m.sessionId = sessionId;
        measurements << m;
    }
    if (!measurements.isEmpty()) {
        const auto added = MeasurementRepository(m_db).addAll(measurements);
        if (!added)
            return added.error();
    }
    if (!tx.commit())
        return Error::storage(
            QCoreApplication::translate("CsvImporter", "The import could not be saved: %1")
                .arg(tx.errorText()));
    return summary;
}

} // namespace tricholog
