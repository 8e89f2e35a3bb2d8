#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace tricholog {

class Database;

// The practice a database belongs to: the name, address and logo every report's header shows and
// the paper it is printed on. Kept in the database (not on one workstation), so every
// workstation prints the same header; asked for when a new database is made, changed later by
// an administrator.
struct Practice
{
    QString name;
    QString address;   // several lines
    QByteArray logo;   // PNG; empty: none
    QString paperSize; // "A4", "Letter", or empty: from each workstation's locale

    bool isSetUp() const { return !name.trimmed().isEmpty(); }
    friend bool operator==(const Practice &, const Practice &) = default;
};

class PracticeRepository
{
public:
    explicit PracticeRepository(Database &db);

    static constexpr int kNameMaxLength = 200;
    static constexpr int kAddressMaxLength = 2000;
    static constexpr int kLogoMaxBytes = 2 * 1024 * 1024;

    Result<Practice> load() const;
    // The id given to the database when it was made (a UUID; meta key practice_id). Backups and
    // audit anchors carry it, so a file of another practice is recognised. Empty: none (a
    // read-only file from before schema 6).
    Result<QString> practiceId() const;
    // The same, read on any connection (a backup file opened on its own).
    static Result<QString> practiceIdOf(QSqlDatabase db);
    // Administrators only. A name is required; the logo must be a readable image (it is stored
    // as PNG, at most 2 MiB); the paper "A4", "Letter" or empty.
    Result<void> save(const Practice &practice);

private:
    Database &m_db;
};

} // namespace tricholog
