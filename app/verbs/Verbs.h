#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

class QCommandLineParser;

namespace tricholog {

class Database;

// Options of the GUI start: `tricholog [--database PATH] [--demo]`.
struct GuiOptions
{
    QString databasePath; // empty: the default file; or a postgresql:// address
    QString password;     // a server's, when asked for (never from the command line)
    bool demo = false;

    static void addTo(QCommandLineParser &parser);
    static GuiOptions from(const QCommandLineParser &parser);
};

// Opens the database the GUI should show; with --demo, creates and fills the demo file first.
Result<std::unique_ptr<Database>> openForGui(const GuiOptions &options);
// A new database's first anchor (anchors::kCreated), once its first account exists: anchors of
// another practice's file that was at the same path before are then set aside, not named. A
// failure is said on stderr; the database is made all the same.
void recordCreated(const Database &db);

bool isHeadlessVerb(const QByteArray &verb);
// Headless verbs that draw with widgets (charts, reports): they run on the offscreen platform.
bool needsWidgets(const QByteArray &verb);
// Runs a verb, or prints --help / --version. Returns the process exit code.
int runHeadless(const QStringList &arguments);

} // namespace tricholog
