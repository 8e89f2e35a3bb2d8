#pragma once

#include "core/Result.h"
#include "core/security/Access.h"

#include <QDateTime>
#include <QList>

namespace tricholog {

class Database;

struct UserAccount
{
    qint64 id = 0;
    QString name;
    Role role = Role::Assistant;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid: not locked
};

// Accounts, stored in the database. Passwords are hashed with Argon2id (libsodium's
// crypto_pwhash_str, interactive limits) and never stored or logged in clear. Repeated failed
// sign-ins lock the account for a growing time (1 s after the third, doubling, at most 5 min).
// Every sign-in attempt, good or failed, goes into the audit trail.
class UserRepository
{
public:
    explicit UserRepository(Database &db);

    static constexpr int kMinPasswordLength = 8;
    static Result<void> checkPassword(const QString &password);

    int count() const; // -1 when it cannot be read
    Result<QList<UserAccount>> list() const;
    // Needs an administrator, except for the very first account of a database.
    Result<qint64> add(const QString &name, Role role, const QString &password);
    Result<void> setPassword(qint64 id, const QString &password);
    Result<void> setRole(qint64 id, Role role);
    Result<void> setActive(qint64 id, bool active);

    // Checks the password; on success the database's session is this account.
    Result<UserSession> signIn(const QString &name, const QString &password);
    // Checks the password of the signed-in account again (unlocking an idle session).
    bool verifyCurrent(const QString &password) const;
    // The signed-in account changes its own password, proving the current one first.
    Result<void> changeOwnPassword(const QString &current, const QString &replacement);
    // Ends the session: written to the audit trail ("logout"), then no one is signed in.
    Result<void> signOut();

private:
    // When a name no account has was tried too often, as for an account: until when it is locked.
    QDateTime unknownNameLockedUntil(const QString &name, const QDateTime &now) const;
    Result<void> audit(const QString &action, qint64 userId, const QString &name);
    // A name no account has: the same Argon2id work as a known one, logged, refused.
    Result<UserSession> refuseUnknown(const QString &name, const QString &password,
                                      const QDateTime &now);
    // The attempt on `account`, whose password was checked (`passed`) against `hash` while it
    // was `active`: written in one transaction with the account's count and lock as they are then.
    Result<UserSession> recordAttempt(const UserSession &account, const QString &hash, bool active,
                                      bool passed, const QDateTime &now);
    Database &m_db;
};

} // namespace tricholog
