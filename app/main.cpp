// The tricholog executable: the GUI, or a headless verb (`tricholog demo ...`) that needs no
// display.
#include "app/verbs/Verbs.h"
#include "core/AppSettings.h"
#include "core/Clock.h"
#include "core/io/SafeIo.h"
#include "core/security/Restore.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/PracticeRepository.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/security/SignInDialog.h"
#include "ui/settings/ServerDialog.h"
#include "ui/tasks/BackgroundTask.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/stat.h>

using namespace tricholog;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tricholog"));
    QCoreApplication::setApplicationName(QStringLiteral("Tricholog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRICHOLOG_VERSION));
}

bool wantsOnlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

// Only an administrator restores. The database cannot be opened, so its administrator signs in
// to the backup (a private copy of it); the backup's practice is then checked against the
// anchors recorded for the database. An empty error message: the sign-in was cancelled.
Result<restore::Request> administratorOfBackup(const QString &path, const QString &copy)
{
    QTemporaryDir folder;
    const QString probe = folder.filePath(QStringLiteral("sign-in.sqlite"));
    if (!folder.isValid() || !QFile::copy(copy, probe))
        return Error::storage(QObject::tr("The backup %1 cannot be read.").arg(copy));
    auto backupDb = Database::open(probe);
    if (!backupDb)
        return backupDb.error();
    SignInDialog signIn(*backupDb.value(), SignInDialog::Mode::SignIn);
    if (signIn.exec() != QDialog::Accepted)
        return Error::permission(QString());
    if (auto allowed = backupDb.value()->require(Permission::Restore); !allowed)
        return allowed.error();
    restore::Request request;
    request.databasePath = path;
    request.from = copy;
    request.user = backupDb.value()->session()->name;
    request.now = backupDb.value()->clock().now();
    return request;
}

// The database did not open: says why and, when there is a backup of a damaged file, offers to
// restore it (an administrator's). Returns the database's path once restored, else empty.
QString offerLatestBackup(const GuiOptions &options, const Error &error)
{
    std::fprintf(stderr, "tricholog: %s\n", qUtf8Printable(error.message));
    // A damaged file: offer its latest backup.
    const QString path =
        options.databasePath.isEmpty()
            ? (options.demo ? Database::defaultDemoPath() : Database::defaultPath())
            : options.databasePath;
    const QString folder = AppSettings::load(QSettings()).effectiveBackupFolder(path);
    const QString copy = backup::latest(path, folder);
    QMessageBox box(QMessageBox::Critical, QObject::tr("Tricholog"),
                    QObject::tr("The database could not be opened.\n\n%1").arg(error.message),
                    QMessageBox::Close);
    QPushButton *restore = nullptr;
    if (!copy.isEmpty() && QFileInfo::exists(path)) {
        box.setInformativeText(QObject::tr("The latest backup is %1 (%2).")
                                   .arg(copy, QLocale().toString(QFileInfo(copy).lastModified(),
                                                                 QLocale::ShortFormat)));
        restore = box.addButton(QObject::tr("Restore the latest backup"), QMessageBox::AcceptRole);
    }
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return QString();
    auto request = administratorOfBackup(path, copy);
    if (!request) {
        if (!request.error().message.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("Restore"), request.error().message);
        return QString();
    }
    Result<QString> aside = QString();
    (void)runInBackground(nullptr, QObject::tr("Restore"),
                          QObject::tr("Checking and restoring the backup…"), [&](TaskProgress &) {
                              aside = restore::run(request.value());
                              return Result<void>();
                          });
    if (!aside) {
        QMessageBox::critical(nullptr, QObject::tr("Restore"), aside.error().message);
        return QString();
    }
    return path;
}

// File > Restore, once the window and its connection are gone: checks and restores the backup
// in place of the database and says what became of the previous file.
void restoreChosenBackup(restore::Request request, const QString &path, const QString &from,
                         const Clock &clock)
{
    Result<QString> aside = QString();
    (void)runInBackground(nullptr, QObject::tr("Restore"),
                          QObject::tr("Checking and restoring the backup…"), [&](TaskProgress &) {
                              request.databasePath = path;
                              request.from = from;
                              request.now = clock.now();
                              aside = restore::run(request);
                              return Result<void>();
                          });
    if (!aside)
        QMessageBox::warning(nullptr, QObject::tr("Restore"), aside.error().message);
    else
        QMessageBox::information(
            nullptr, QObject::tr("Restore"),
            aside.value().isEmpty()
                ? QObject::tr("The backup was restored.")
                : QObject::tr("The backup was restored. The previous database is kept at %1.")
                      .arg(aside.value()));
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Tricholog"));
    QApplication::setDesktopFileName(QStringLiteral(TRICHOLOG_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tricholog.svg")));
    // The language: --lang, else the one chosen in the settings, else the system's.
    QString language = languageArgument(argc, argv);
    if (language.isEmpty())
        language = AppSettings::load(QSettings()).language;
    if (!installTranslators(app, language)) {
        std::fprintf(stderr, "tricholog: unknown language \"%s\"; use one of: %s\n",
                     qUtf8Printable(language),
                     qUtf8Printable(availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }

    QCommandLineParser parser;
    GuiOptions::addTo(parser);
    parser.process(app);
    GuiOptions options = GuiOptions::from(parser);
    // A server address without a password in the environment: asked for, never on the
    // command line.
    if (Database::isServerUrl(options.databasePath) &&
        qEnvironmentVariableIsEmpty("TRICHOLOG_DB_PASSWORD")) {
        ServerDialog ask(options.databasePath);
        if (ask.exec() != QDialog::Accepted)
            return 0;
        options.databasePath = ask.address();
        options.password = ask.password();
    }

    // Opening may mean upgrading a large file, or filling the demo: done on a thread of its own
    // first (a connection belongs to its thread), behind a progress dialog when it takes long;
    // then the window's own connection opens what is ready.
    {
        Result<void> prepared;
        (void)runInBackground(nullptr, QObject::tr("Tricholog"),
                              QObject::tr("Opening the database…"), [&](TaskProgress &) {
                                  auto ready = openForGui(options);
                                  prepared = ready ? Result<void>() : Result<void>(ready.error());
                                  return Result<void>();
                              });
        Q_UNUSED(prepared); // a failure is met again, and reported, just below
    }
    auto opened = openForGui(options);
    while (true) {
        if (!opened) {
            const QString restored = offerLatestBackup(options, opened.error());
            if (restored.isEmpty())
                return 1;
            opened = Database::open(restored);
            continue;
        }
        const QString path = opened.value()->path();
        {
            // Nobody works without signing in; a database without accounts gets its
            // administrator first.
            Database &db = *opened.value();
            const bool created = !db.hasAccounts();
            SignInDialog signIn(db, created ? SignInDialog::Mode::CreateAdministrator
                                            : SignInDialog::Mode::SignIn);
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            if (created)
                recordCreated(db);
        }
        QString restoreFrom;
        restore::Request restoreRequest;
        std::shared_ptr<const Clock> restoreClock; // the closed database's: when it was restored
        std::optional<MainWindow::PendingOpen> next;
        {
            MainWindow window(std::move(opened).value());
            window.show();
            // A new database (or one whose practice was never named) asks its administrator
            // for the practice's details before the first report can be printed.
            if (window.database().session() &&
                window.database().session()->role == Role::Administrator &&
                !window.database().readOnly())
                if (auto practice = PracticeRepository(window.database()).load();
                    practice && !practice.value().isSetUp())
                    window.editPractice(true);
            const int code = app.exec();
            restoreFrom = window.pendingRestore();
            if (!restoreFrom.isEmpty()) {
                restoreRequest.user = window.database().session()->name;
                restoreClock = window.database().sharedClock();
                if (auto practice = PracticeRepository(window.database()).practiceId())
                    restoreRequest.currentPracticeId = practice.value();
            }
            next = window.pendingOpen();
            if (restoreFrom.isEmpty() && !next)
                return code;
        } // the window, and with it the database connection, is gone: the file can be replaced
        if (next) { // File > Open: another database, signed in to afresh
            opened = Database::open(next->location, {}, next->password);
            continue;
        }
        restoreChosenBackup(restoreRequest, path, restoreFrom, *restoreClock);
        opened = Database::open(path);
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Patient data is for this account only: every file and folder the program creates (the
    // database and its -wal/-shm, backups, photos, exports, reports, charts, settings) is made
    // without group or other access, whatever umask the session had (0600 files, 0700 folders).
    ::umask(S_IRWXG | S_IRWXO);
    pinLocalTimeZone();
    const QByteArray verb = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (!verb.isEmpty() && !verb.startsWith('-') && !isHeadlessVerb(verb)) {
        std::fprintf(stderr, "tricholog: unknown command \"%s\"; see tricholog --help\n",
                     qUtf8Printable(quoteValue(QString::fromLocal8Bit(verb))));
        return 2;
    }
    if (needsWidgets(verb)) {
        // Drawing without a display: the offscreen platform, whatever the environment says.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationNames();
        const QString language = languageArgument(argc, argv);
        if (!installTranslators(app, language)) {
            std::fprintf(stderr, "tricholog: unknown language \"%s\"; use one of: %s\n",
                         qUtf8Printable(language),
                         qUtf8Printable(availableLanguages().join(QStringLiteral(", "))));
            return 2;
        }
        return runHeadless(app.arguments());
    }
    if (isHeadlessVerb(verb) || wantsOnlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return runHeadless(app.arguments());
    }
    return runGui(argc, argv);
}
