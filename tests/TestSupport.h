#pragma once

#include "core/Clock.h"
#include "core/model/Patient.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <csignal>
#include <memory>
#include <sys/resource.h>

namespace tricholog::test {

// "Today" in every test: fixed, so date rules and ages do not drift.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(10, 30));
}

// The PostgreSQL server of the test run, when the tests run against it: the state file that
// tests/pg/pg_cluster.sh wrote (TRICHOLOG_TEST_PG_STATE), read once. Empty: SQLite.
struct TestServer
{
    QString url; // postgresql://tricholog@127.0.0.1:PORT/postgres
    QString password;
    QString superuserPassword;

    static const TestServer &get()
    {
        static const TestServer server = [] {
            TestServer s;
            QFile state(qEnvironmentVariable("TRICHOLOG_TEST_PG_STATE"));
            if (state.fileName().isEmpty() || !state.open(QIODevice::ReadOnly))
                return s;
            for (const QByteArray &line : state.readAll().split('\n')) {
                const int eq = line.indexOf('=');
                const QByteArray key = line.left(eq), value = line.mid(eq + 1);
                if (key == "TRICHOLOG_TEST_PG")
                    s.url = QString::fromUtf8(value);
                else if (key == "TRICHOLOG_TEST_PG_PASSWORD")
                    s.password = QString::fromUtf8(value);
                else if (key == "TRICHOLOG_TEST_PG_SUPERUSER_PASSWORD")
                    s.superuserPassword = QString::fromUtf8(value);
            }
            if (s.url.isEmpty())
                qFatal("TRICHOLOG_TEST_PG_STATE names no server: is the cluster running?");
            // Database::open reads the password from the environment, as in a clinic.
            qputenv("TRICHOLOG_DB_PASSWORD", s.password.toUtf8());
            return s;
        }();
        return server;
    }
    bool active() const { return !url.isEmpty(); }

    // Runs statements on the server's maintenance database (CREATE/DROP DATABASE).
    bool admin(const QString &sql) const
    {
        bool ok = false;
        {
            const QUrl u(url);
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            c.setHostName(u.host());
            c.setPort(u.port());
            c.setUserName(u.userName());
            c.setPassword(password);
            c.setDatabaseName(QStringLiteral("postgres"));
            if (c.open()) {
                QSqlQuery q(c);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return ok;
    }
    // Ends a connection's backend, as a server restart or a network cut would, and waits until it
    // is gone (at most 10 s); false when it is still there.
    bool terminateBackend(qint64 pid) const
    {
        return admin(QStringLiteral("DO $$BEGIN IF NOT pg_terminate_backend(%1, 10000) THEN "
                                    "RAISE 'backend %1 is still there'; END IF; END$$")
                         .arg(pid));
    }
    // A new, empty database on the server; its URL.
    QString newDatabase() const
    {
        const QString name =
            QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create the test database %s", qPrintable(name));
        QString u = url;
        return u.left(u.lastIndexOf(QLatin1Char('/')) + 1) + name;
    }
    void dropDatabase(const QString &databaseUrl) const
    {
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                  .arg(databaseUrl.mid(databaseUrl.lastIndexOf(QLatin1Char('/')) + 1)));
    }
};

inline bool onServer()
{
    return TestServer::get().active();
}

// A fresh database with a fixed clock: a file in a temporary folder, or, when the tests run
// against PostgreSQL, a new database on the test server (dropped at the end).
struct TempDatabase
{
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(fixedNow());
    std::unique_ptr<Database> db;
    QString location;

    TempDatabase()
    {
        location = onServer() ? TestServer::get().newDatabase()
                              : dir.filePath(QStringLiteral("test.sqlite"));
        auto opened = Database::open(location, clock);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        db = std::move(opened).value();
    }
    ~TempDatabase()
    {
        db.reset();
        if (onServer())
            TestServer::get().dropDatabase(location);
    }
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    // The file, or the server URL: Database::open(path()) opens the same database again.
    QString path() const { return location; }
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

// Runs `work` with the process's file size limit at `bytes` (a write past it fails with EFBIG
// instead of ending the process with SIGXFSZ), then puts the limit and the signal back, whatever
// `work` does. False, without running it, when the limit cannot be set.
template<typename Work>
bool withFileSizeLimit(rlim_t bytes, Work &&work)
{
    rlimit before{};
    if (getrlimit(RLIMIT_FSIZE, &before) != 0)
        return false;
    const auto ignored = std::signal(SIGXFSZ, SIG_IGN);
    const auto restore = qScopeGuard([&] {
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, ignored);
    });
    rlimit small = before;
    small.rlim_cur = bytes;
    if (setrlimit(RLIMIT_FSIZE, &small) != 0)
        return false;
    work();
    return true;
}

} // namespace tricholog::test
