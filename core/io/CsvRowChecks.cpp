// The checks of each row of an import (ImportRun, CsvImportRun.h): the core rules, the
// patient a row belongs to, and matching by natural key with the rows before it and the records
// stored.
#include "core/clinical/Validation.h"
#include "core/io/CsvImportRun.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <algorithm>

namespace tricholog::csvimport {

namespace {

QString sessionKey(const QString &mrn, const QDateTime &at)
{
    return mrn + QLatin1Char('\x1f') + at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString diagnosisKey(const QString &mrn, const Diagnosis &d)
{
    return mrn + QLatin1Char('\x1f') + toKey(d.type) + QLatin1Char('\x1f') +
           sql::dateText(d.diagnosedOn);
}

QString measurementKey(const QString &mrn, const Measurement &m)
{
    return mrn + QLatin1Char('\x1f') + sql::dateText(m.measuredOn) + QLatin1Char('\x1f') +
           toKey(m.site) + QLatin1Char('\x1f') + m.siteLabel + QLatin1Char('\x1f') +
           toKey(m.method);
}

// 64 bits of a key: rows of a million-row file are told apart without holding their text.
quint64 keyHash(CsvKind kind, const QString &key)
{
    return (quint64(qHash(key, 0x9E3779B9u + uint(kind))) << 32) ^ qHash(key, 0x85EBCA6Bu);
}

quint32 cellsHash(const QStringList &row)
{
    return quint32(qHashRange(row.cbegin(), row.cend(), 0x27D4EB2Du));
}

} // namespace

// Core validation's problems, placed on the CSV column and showing the cell as written.
void ImportRun::addValidation(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                              const ValidationResult &v)
{
    for (const auto &issue : v.issues()) {
        const QString column = csv::columnForField(kind, issue.field);
        const QString value = column.isEmpty() ? issue.value : cell(column).trimmed();
        addIssue(ImportIssue{m_names.value(kind), record.line, column, value, issue.message});
    }
}

// The patient a row belongs to: from this import's patients file, or already stored.
std::optional<Patient> ImportRun::ownerOf(const QString &mrn)
{
    if (const auto it = m_filePatients.constFind(mrn); it != m_filePatients.cend()) {
        Patient owner;
        owner.mrn = it.key();
        owner.dateOfBirth = it->dateOfBirth;
        owner.sex = it->sex;
        return owner;
    }
    if (const PatientRecord *r = storedRecord(mrn))
        return r->patient;
    return std::nullopt;
}

void ImportRun::unknownMrn(CsvKind kind, const CsvRecord &record, const QString &mrn)
{
    addIssue(ImportIssue{
        m_names.value(kind), record.line, QStringLiteral("mrn"), mrn,
        mrn.isEmpty() ? QCoreApplication::translate("CsvImporter", "required")
                      : QCoreApplication::translate("CsvImporter",
                                                    "no patient with this MRN, in the database "
                                                    "or in the patients file")});
}

// Matching by natural key. An identical row twice in one import is a mistake; rows that
// share a key but differ (two measurements of one site on one day) are matched in order
// with the records already stored under that key. A match must hold the same values in the
// columns the file has, or the import names the difference.
Match ImportRun::match(CsvKind kind, const CsvRecord &record, const QString &key,
                       const QString &keyColumn, const QString &keyValue, const QStringList &row,
                       const QList<QStringList> &inDatabase, QList<csv::CellProblem> &problems)
{
    const quint64 hash = keyHash(kind, key);
    const SeenRow self{record.line, cellsHash(row)};
    const auto seen = m_seen.rowsOf(hash);
    if (!seen) {
        problems << csv::CellProblem{keyColumn, keyValue, seen.error().message};
        return Match::Problem;
    }
    const QList<SeenRow> &earlier = seen.value();
    for (const SeenRow &other : earlier) {
        if (kind == CsvKind::Patients || other.cells == self.cells) {
            problems << csv::CellProblem{
                keyColumn, keyValue,
                kind == CsvKind::Patients
                    ? QCoreApplication::translate("CsvImporter", "the same MRN as line %1")
                          .arg(other.line)
                    : QCoreApplication::translate("CsvImporter", "duplicates line %1")
                          .arg(other.line)};
            return Match::Problem;
        }
    }
    const qsizetype occurrence = earlier.size();
    m_seen.add(hash, self);
    if (occurrence >= inDatabase.size())
        return Match::Add;
    const QStringList columns = csv::columns(kind);
    QStringList differences;
    const auto source = std::find_if(m_sources.cbegin(), m_sources.cend(),
                                     [kind](const Source &s) { return s.kind == kind; });
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (source->reader->header().contains(columns.at(i)) &&
            row.at(i) != inDatabase.at(occurrence).at(i))
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
}

void ImportRun::count(CsvKind kind, Match m)
{
    if (m == Match::Add)
        ++m_summary.counts[kind].added;
    else if (m == Match::Present)
        ++m_summary.counts[kind].alreadyPresent;
}

void ImportRun::checkPatient(const CsvRecord &record, const csv::CellGetter &cell,
                             QList<csv::CellProblem> &problems)
{
    Patient p = csv::patientFrom(cell, problems);
    addValidation(CsvKind::Patients, record, cell, validatePatient(p, m_today));
    if (p.mrn.isEmpty())
        return;
    QList<QStringList> matches;
    if (const PatientRecord *r = storedRecord(p.mrn))
        matches << csv::patientRow(r->patient);
    const Match m = match(CsvKind::Patients, record, p.mrn, QStringLiteral("mrn"), p.mrn,
                          csv::patientRow(p), matches, problems);
    if (m == Match::Add) {
        // What the rows of the other files need of their patient: the birth date and sex.
        m_filePatients.insert(p.mrn, FilePatient{p.dateOfBirth, p.sex});
        m_newPatients << p;
    }
    count(CsvKind::Patients, m);
}

void ImportRun::checkDiagnosis(const CsvRecord &record, const csv::CellGetter &cell,
                               QList<csv::CellProblem> &problems)
{
    const QString mrn = cell(QStringLiteral("mrn")).trimmed();
    Diagnosis d = csv::diagnosisFrom(cell, problems);
    const auto owner = ownerOf(mrn);
    if (!owner)
        return unknownMrn(CsvKind::Diagnoses, record, mrn);
    addValidation(CsvKind::Diagnoses, record, cell, validateDiagnosis(d, *owner, m_today));
    const QString key = diagnosisKey(mrn, d);
    QList<QStringList> matches;
    if (const PatientRecord *r = storedRecord(mrn))
        for (auto it = r->diagnoses.crbegin(); it != r->diagnoses.crend(); ++it)
            if (diagnosisKey(mrn, *it) == key)
                matches << csv::diagnosisRow(mrn, *it);
    const Match m =
        match(CsvKind::Diagnoses, record, key, QStringLiteral("diagnosed_on"),
              cell(QStringLiteral("diagnosed_on")), csv::diagnosisRow(mrn, d), matches, problems);
    if (m == Match::Add)
        m_newDiagnoses << qMakePair(mrn, d);
    count(CsvKind::Diagnoses, m);
}

void ImportRun::checkSession(const CsvRecord &record, const csv::CellGetter &cell,
                             QList<csv::CellProblem> &problems)
{
    const QString mrn = cell(QStringLiteral("mrn")).trimmed();
    MicroneedlingSession s = csv::sessionFrom(cell, problems);
    const auto owner = ownerOf(mrn);
    if (!owner)
        return unknownMrn(CsvKind::Sessions, record, mrn);
    if (!s.performedAt.isValid())
        return; // the date problem is reported already
    addValidation(CsvKind::Sessions, record, cell, validateSession(s, *owner, m_now));
    const QString key = sessionKey(mrn, s.performedAt);
    QList<QStringList> matches;
    if (const PatientRecord *r = storedRecord(mrn))
        for (auto it = r->sessions.crbegin(); it != r->sessions.crend(); ++it)
            if (sessionKey(mrn, it->performedAt) == key)
                matches << csv::sessionRow(mrn, *it);
    const Match m = match(CsvKind::Sessions, record, key, QStringLiteral("date"),
                          cell(QStringLiteral("date")), csv::sessionRow(mrn, s), matches, problems);
    if (m == Match::Add)
        m_newSessions << qMakePair(mrn, s);
    count(CsvKind::Sessions, m);
}

void ImportRun::checkMeasurement(const CsvRecord &record, const csv::CellGetter &cell,
                                 QList<csv::CellProblem> &problems)
{
    const QString mrn = cell(QStringLiteral("mrn")).trimmed();
    Measurement m = csv::measurementFrom(cell, problems);
    const auto owner = ownerOf(mrn);
    if (!owner)
        return unknownMrn(CsvKind::Measurements, record, mrn);
    addValidation(CsvKind::Measurements, record, cell, validateMeasurement(m, *owner, m_today));
    const QString key = measurementKey(mrn, m);
    QList<QStringList> matches;
    if (const PatientRecord *r = storedRecord(mrn))
        for (const auto &existing : r->measurements)
            if (measurementKey(mrn, existing) == key)
                matches << csv::measurementRow(mrn, existing);
    const Match found =
        match(CsvKind::Measurements, record, key, QStringLiteral("site"),
              cell(QStringLiteral("site")), csv::measurementRow(mrn, m), matches, problems);
    if (found == Match::Add)
        m_newMeasurements << qMakePair(mrn, m);
    count(CsvKind::Measurements, found);
}

void ImportRun::checkRow(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                         QList<csv::CellProblem> &problems)
{
    switch (kind) {
    case CsvKind::Patients:
        return checkPatient(record, cell, problems);
    case CsvKind::Diagnoses:
        return checkDiagnosis(record, cell, problems);
    case CsvKind::Sessions:
        return checkSession(record, cell, problems);
    case CsvKind::Measurements:
        return checkMeasurement(record, cell, problems);
    }
}

} // namespace tricholog::csvimport
