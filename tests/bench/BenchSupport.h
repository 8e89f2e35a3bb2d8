#pragma once
// What the benchmarks measure with: resident memory and percentiles of timings.

#include "core/security/UserRepository.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <algorithm>

namespace tricholog::bench {

// Peak ("VmHWM:") or current ("VmRSS:") resident memory of this process, in MiB (Linux /proc);
// -1 where /proc is not there.
inline double memoryMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// The p-th percentile (0..1) of the values, nearest rank; 0 for none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

// A database with accounts: signs in with TRICHOLOG_USER and TRICHOLOG_PASSWORD when they are
// set. An error message, or empty.
inline QString signInFromEnvironment(Database &db)
{
    const QString user = qEnvironmentVariable("TRICHOLOG_USER");
    if (user.isEmpty())
        return {};
    auto in = UserRepository(db).signIn(user, qEnvironmentVariable("TRICHOLOG_PASSWORD"));
    return in ? QString() : in.error().message;
}

} // namespace tricholog::bench
