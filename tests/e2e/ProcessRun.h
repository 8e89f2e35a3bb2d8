#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace tricholog::test {

// A finished program: exit code (-1 when it crashed or hung) and what it printed.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` as a clinic's script would: no display, the C.UTF-8 locale, and `extra` on top
// of this process's environment (e.g. TRICHOLOG_USER / TRICHOLOG_PASSWORD).
inline Run runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The same as the demo's administrator (README: TRICHOLOG_USER admin); `extra` may sign in as
// someone else.
inline Run runAsDemoAdmin(const QString &program, const QStringList &args,
                          const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QStringLiteral("tricholog-admin"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return runProcess(program, args, env);
}

} // namespace tricholog::test
