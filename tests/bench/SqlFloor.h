#pragma once
// The floors of bench_scale: the statements a piece of work runs on the connection, captured,
// and the same statements run by the engine's own command-line tool (sqlite3, psql).

#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringList>
#include <QTemporaryFile>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace tricholog::bench {

inline sqlite3 *handleOf(Database &db)
{
    const QVariant h = db.connection().driver()->handle();
    return *static_cast<sqlite3 *const *>(h.data());
}

// The statements a piece of work runs on the connection, with their parameters written out.
// SQLite: sqlite3_trace_v2. A server: libpq's trace of the messages sent (Qt's PostgreSQL driver
// sends every statement as a simple query, prepared ones as PREPARE and EXECUTE with the values
// written out), read back from a temporary file.
class SqlCapture
{
public:
    explicit SqlCapture(Database &db)
    {
        if (db.isServer()) {
            m_server = Database::libpqConnection(db.connection());
            m_trace = m_server && m_traceFile.open()
                          ? std::fopen(qPrintable(m_traceFile.fileName()), "w")
                          : nullptr;
            if (m_trace) {
                PQtrace(m_server, m_trace);
                PQsetTraceFlags(m_server, PQTRACE_SUPPRESS_TIMESTAMPS);
            }
            return;
        }
        m_db = handleOf(db);
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &SqlCapture::trace, this);
    }
    ~SqlCapture() { stop(); }
    QStringList statements()
    {
        stop();
        return m_statements;
    }

private:
    void stop()
    {
        if (m_db)
            sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        m_db = nullptr;
        if (!m_trace)
            return;
        PQuntrace(m_server);
        std::fclose(m_trace);
        m_trace = nullptr;
        readTrace();
    }
    // "F\t<length>\tQuery\t \"<text>\"" per message sent; a text with line ends runs over lines.
    void readTrace()
    {
        QFile file(m_traceFile.fileName());
        if (!file.open(QIODevice::ReadOnly))
            return;
        QStringList messages;
        for (const QByteArray &l : file.readAll().split('\n')) {
            if (l.startsWith("F\t") || l.startsWith("B\t") || messages.isEmpty())
                messages << QString::fromUtf8(l);
            else
                messages.last() += QLatin1Char('\n') + QString::fromUtf8(l);
        }
        static const QLatin1String query("\tQuery\t \"");
        for (const QString &m : std::as_const(messages)) {
            const qsizetype at = m.indexOf(query);
            if (!m.startsWith(QLatin1String("F\t")) || at < 0 || !m.endsWith(QLatin1Char('"')))
                continue;
            const qsizetype from = at + query.size();
            m_statements << m.mid(from, m.size() - from - 1);
        }
    }
    static int trace(unsigned type, void *self, void *stmt, void *sqlText)
    {
        if (type != SQLITE_TRACE_STMT)
            return 0;
        const char *text = static_cast<const char *>(sqlText);
        if (text && text[0] == '-' && text[1] == '-')
            return 0; // a trigger's statement: part of its parent
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(stmt));
        if (expanded) {
            static_cast<SqlCapture *>(self)->m_statements << QString::fromUtf8(expanded);
            sqlite3_free(expanded);
        }
        return 0;
    }
    sqlite3 *m_db = nullptr;
    pg_conn *m_server = nullptr;
    QTemporaryFile m_traceFile;
    FILE *m_trace = nullptr;
    QStringList m_statements;
};

// psql running `statements` `repeat` times on the server database `url` (after the session
// `settings` the program's connection made), per repetition: the whole run minus the same
// tool's run of the statements once (start, connection, and the statements' own first run,
// which prepares them), in ms. Prepared statements get a name of
// their own in each repetition, as Qt's driver names them anew for each query.
inline double psqlFloorMs(const QString &url, const QStringList &settings,
                          const QStringList &statements, int repeat)
{
    static const QRegularExpression prepared(QStringLiteral("\\b(qpsqlpstmt_[0-9a-f]+)\\b"));
    auto run = [&](int times) {
        QByteArray script("\\o /dev/null\n");
        for (const QString &s : settings) // the session's own, set when it connected
            script += s.toUtf8() + ";\n";
        for (int r = 0; r < times; ++r)
            for (QString s : statements)
                script += s.replace(prepared, QStringLiteral("\\1_%1").arg(r)).toUtf8() + ";\n";
        QList<double> wall;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), qEnvironmentVariable("TRICHOLOG_DB_PASSWORD"));
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                    {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url});
            p.write(script);
            p.closeWriteChannel();
            p.waitForFinished(-1);
            wall << t.nsecsElapsed() / 1e6;
            if (p.exitCode() != 0) {
                std::fprintf(stderr, "psql: %s\n", p.readAllStandardError().constData());
                return -1.0;
            }
        }
        return percentile(wall, 0.5);
    };
    const double once = run(1);
    const double all = run(repeat + 1);
    return once < 0 || all < 0 ? -1.0 : std::max(0.001, (all - once) / repeat);
}

// The sqlite3 command-line tool running `statements` `repeat` times on `path`, per repetition:
// the whole run minus the same tool's run without statements (start and open), in ms.
inline double sqliteFloorMs(const QString &path, const QStringList &statements, int repeat)
{
    auto run = [&](int times) {
        QByteArray script(".output /dev/null\n");
        for (int r = 0; r < times; ++r)
            for (const QString &s : statements)
                script += s.toUtf8() + ";\n";
        QList<double> wall;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
            p.write(script);
            p.closeWriteChannel();
            p.waitForFinished(-1);
            wall << t.nsecsElapsed() / 1e6;
        }
        return percentile(wall, 0.5);
    };
    return std::max(0.001, (run(repeat) - run(0)) / repeat);
}

} // namespace tricholog::bench
