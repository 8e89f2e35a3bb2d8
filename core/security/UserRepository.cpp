#include "core/security/UserRepository.h"

#include "core/clinical/ValidationResult.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sodium.h>

namespace tricholog {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

QString wrongCredentials()
{
    return QCoreApplication::translate("Users", "The user name or the password is wrong.");
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
    sodiumReady();
}

Result<void> UserRepository::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Error::storage(
            QCoreApplication::translate("Users", "A password needs at least %1 characters.")
                .arg(kMinPasswordLength));
    return {};
}

int UserRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM app_user")) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

Result<QList<UserAccount>> UserRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, role, active, failed_logins, locked_until FROM "
                               "app_user ORDER BY name")))
        return queryError(q);
    QList<UserAccount> out;
    while (q.next())
        out << UserAccount{q.value(0).toLongLong(),
                           q.value(1).toString(),
                           roleFromKey(q.value(2).toString()).value_or(Role::Assistant),
                           q.value(3).toBool(),
                           q.value(4).toInt(),
                           sql::toDateTime(q.value(5))};
    if (auto read = sql::finished(q); !read)
        return read.error();
    return out;
}

Result<qint64> UserRepository::add(const QString &name, Role role, const QString &password)
{
    if (count() != 0) // an unreadable count (-1) needs the administrator too
        if (auto allowed = m_db.require(Permission::ManageUsers); !allowed)
            return allowed.error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return Error::storage(
            QCoreApplication::translate("Users", "A user name needs 1 to 64 characters."));
    if (auto ok = checkPassword(password); !ok)
        return ok.error();
    if (!sodiumReady())
        return Error::storage(QStringLiteral("libsodium could not be initialised"));
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Users", "The password could not be hashed."));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "INSERT INTO app_user (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)") +
        m_db.dialect().returningId());
    q.addBindValue(trimmed);
    q.addBindValue(toKey(role));
    q.addBindValue(hash);
    q.addBindValue(sql::fromDateTime(m_db.clock().now()));
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error::conflict(
                QCoreApplication::translate("Users", "The user name \"%1\" is already taken.")
                    .arg(trimmed));
        return queryError(q);
    }
    return m_db.dialect().insertedId(q);
}

Result<void> UserRepository::setPassword(qint64 id, const QString &password)
{
    const bool own = m_db.session() && m_db.session()->userId == id;
    if (!own)
        if (auto allowed = m_db.require(Permission::ManageUsers); !allowed)
            return allowed.error();
    if (auto ok = checkPassword(password); !ok)
        return ok.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET password_hash = ?, failed_logins = 0, "
                             "locked_until = NULL WHERE id = ?"));
    q.addBindValue(hashPassword(password));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<void> UserRepository::setRole(qint64 id, Role role)
{
    if (auto allowed = m_db.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET role = ? WHERE id = ?"));
    q.addBindValue(toKey(role));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<void> UserRepository::setActive(qint64 id, bool active)
{
    if (auto allowed = m_db.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    if (m_db.session() && m_db.session()->userId == id && !active)
        return Error::storage(QCoreApplication::translate(
            "Users", "You cannot deactivate your own account while signed in with it."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<void> UserRepository::audit(const QString &action, qint64 userId, const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().auditEvent(
        QStringLiteral("'%1'").arg(action), QStringLiteral("app_user"), QStringLiteral(":rid"),
        {{QStringLiteral("name"), QStringLiteral(":name")}}, QStringLiteral(":who")));
    q.bindValue(QStringLiteral(":rid"), userId > 0 ? QVariant(userId) : QVariant());
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":who"), name);
    if (!q.exec())
        return queryError(q);
    return {};
}

namespace {

// From the third failure on: 1 s, 2 s, 4 s ... at most 5 minutes.
qint64 lockSeconds(int attempts)
{
    return std::min<qint64>(300, qint64(1) << std::min(attempts - 3, 9));
}

QString lockedOut(const QDateTime &now, const QDateTime &until)
{
    return QCoreApplication::translate("Users",
                                       "Too many failed attempts: try again in %1 second(s).")
        .arg(std::max<qint64>(1, now.secsTo(until)));
}

} // namespace

QDateTime UserRepository::unknownNameLockedUntil(const QString &name, const QDateTime &now) const
{
    // The trail keeps every failed attempt, named as typed: replayed as the account's counter
    // would have counted them (attempts while locked do not count), over the last day.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at FROM audit_log WHERE at >= ? AND action = 'login_failed' "
                             "AND table_name = 'app_user' AND record_id IS NULL AND "
                             "lower(user_name) = lower(?) ORDER BY id"));
    q.addBindValue(now.toUTC().addDays(-1).toString(Qt::ISODateWithMs));
    q.addBindValue(name);
    if (!q.exec())
        return {};
    int attempts = 0;
    QDateTime lockedUntil;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        if (lockedUntil.isValid() && at < lockedUntil)
            continue;
        if (++attempts >= 3)
            lockedUntil = at.addSecs(lockSeconds(attempts));
    }
    return lockedUntil;
}

Result<UserSession> UserRepository::refuseUnknown(const QString &name, const QString &password,
                                                  const QDateTime &now)
{
    // The same work as for a known name (one Argon2id check, against a hash no password
    // matches), so the answer's time does not tell whether an account of that name exists.
    // Locked out as a known name would be, after as many failures.
    if (const QDateTime until = unknownNameLockedUntil(name, now); until > now) {
        if (!m_db.readOnly())
            if (auto logged = audit(QStringLiteral("login_failed"), 0, name); !logged)
                return logged.error();
        return Error::permission(lockedOut(now, until));
    }
    static const QString dummy = hashPassword(
        QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64())));
    (void)verifyPassword(dummy, password);
    if (!m_db.readOnly())
        if (auto logged = audit(QStringLiteral("login_failed"), 0, name); !logged)
            return logged.error();
    return Error::permission(wrongCredentials());
}

Result<UserSession> UserRepository::signIn(const QString &name, const QString &password)
{
    const QDateTime now = m_db.clock().now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, role, password_hash, active, locked_until FROM "
                             "app_user WHERE lower(name) = lower(?)"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        q.finish();
        return refuseUnknown(name.trimmed(), password, now);
    }
    const UserSession account{q.value(0).toLongLong(), q.value(1).toString(),
                              roleFromKey(q.value(2).toString()).value_or(Role::Assistant)};
    const QString hash = q.value(3).toString();
    const bool active = q.value(4).toBool();
    const QDateTime lockedBefore = sql::toDateTime(q.value(5));
    q.finish();

    if (m_db.readOnly()) {
        // Nothing can be written: the password is checked, the attempt cannot be recorded; a
        // lock-out still holds.
        if (lockedBefore.isValid() && lockedBefore > now)
            return Error::permission(lockedOut(now, lockedBefore));
        if (!active || !verifyPassword(hash, password))
            return Error::permission(wrongCredentials());
        m_db.setSession(account);
        return account;
    }
    if (lockedBefore.isValid() && lockedBefore > now) { // no Argon2id check meanwhile
        Transaction tx(m_db);
        if (auto logged = audit(QStringLiteral("login_failed"), account.userId, account.name);
            !logged)
            return logged.error();
        if (!tx.commit())
            return Error::storage(tx.errorText());
        return Error::permission(lockedOut(now, lockedBefore));
    }
    // Checked before the transaction, which would hold the database's write lock for it.
    const bool passed = active && verifyPassword(hash, password);
    return recordAttempt(account, hash, active, passed, now);
}

Result<UserSession> UserRepository::recordAttempt(const UserSession &account, const QString &hash,
                                                  bool active, bool passed, const QDateTime &now)
{
    Transaction tx(m_db);
    // The count, the lock, the activity and the password as they are now, the row held until the
    // end: attempts from other workstations at the same time each count, one after the other
    // (read before the transaction, six wrong passwords at once counted as one).
    QSqlQuery current(m_db.connection());
    current.prepare(QStringLiteral("SELECT failed_logins, locked_until, active, password_hash FROM "
                                   "app_user WHERE id = ?") +
                    (m_db.isServer() ? QStringLiteral(" FOR UPDATE") : QString()));
    current.addBindValue(account.userId);
    if (!current.exec())
        return queryError(current);
    if (!current.next()) {
        if (auto read = sql::finished(current); !read)
            return read.error();
        return Error::permission(wrongCredentials()); // removed meanwhile
    }
    const int failed = current.value(0).toInt();
    const QDateTime lockedUntil = sql::toDateTime(current.value(1));
    // Deactivated or given another password since the password was checked: a right password
    // is refused, not counted; a wrong one counts.
    const bool changed = !current.value(2).toBool() || current.value(3).toString() != hash;
    current.finish();
    const auto refuse = [&](const QString &why) -> Result<UserSession> {
        if (auto logged = audit(QStringLiteral("login_failed"), account.userId, account.name);
            !logged)
            return logged.error();
        if (!tx.commit())
            return Error::storage(tx.errorText());
        return Error::permission(why);
    };
    if (lockedUntil.isValid() && lockedUntil > now)
        return refuse(lockedOut(now, lockedUntil));
    if (passed && changed)
        return refuse(wrongCredentials());
    if (!passed) {
        const int attempts = failed + 1;
        QSqlQuery update(m_db.connection());
        update.prepare(
            QStringLiteral("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE id = ?"));
        update.addBindValue(attempts);
        // From the third failure on: 1 s, 2 s, 4 s ... at most 5 minutes.
        update.addBindValue(attempts >= 3 ? sql::fromDateTime(now.addSecs(lockSeconds(attempts)))
                                          : QVariant());
        update.addBindValue(account.userId);
        if (!update.exec())
            return queryError(update);
        return refuse(active
                          ? wrongCredentials()
                          : QCoreApplication::translate("Users", "This account is deactivated."));
    }
    QSqlQuery reset(m_db.connection());
    reset.prepare(
        QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
    reset.addBindValue(account.userId);
    if (!reset.exec())
        return queryError(reset);
    m_db.setSession(account);
    if (auto logged = audit(QStringLiteral("login"), account.userId, account.name); !logged)
        return logged.error();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return account;
}

bool UserRepository::verifyCurrent(const QString &password) const
{
    if (!m_db.session())
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ? AND active = 1"));
    q.addBindValue(m_db.session()->userId);
    return q.exec() && q.next() && verifyPassword(q.value(0).toString(), password);
}

Result<void> UserRepository::changeOwnPassword(const QString &current, const QString &replacement)
{
    if (!m_db.session())
        return Error::permission(
            QCoreApplication::translate("Users", "Sign in first: no one is signed in."));
    if (!verifyCurrent(current))
        return Error::permission(
            QCoreApplication::translate("Users", "The current password is wrong."));
    if (current == replacement)
        return Error::validation([&] {
            ValidationResult v;
            v.add(QStringLiteral("password"), QCoreApplication::translate("Users", "New password"),
                  QString(), QCoreApplication::translate("Users", "different from the current one"),
                  QCoreApplication::translate("Users",
                                              "The new password is the same as the current one."));
            return v;
        }());
    return setPassword(m_db.session()->userId, replacement);
}

Result<void> UserRepository::signOut()
{
    if (!m_db.session())
        return {};
    const UserSession leaving = *m_db.session();
    if (!m_db.readOnly())
        if (auto logged = audit(QStringLiteral("logout"), leaving.userId, leaving.name); !logged)
            return logged.error();
    m_db.setSession(std::nullopt);
    return {};
}

} // namespace tricholog
