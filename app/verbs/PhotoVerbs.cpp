#include "app/verbs/PhotoVerbs.h"

#include "app/verbs/VerbSupport.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace tricholog {

namespace {

const QCommandLineOption kDatabase(QStringLiteral("database"),
                                   QCoreApplication::translate("Cli", "Database file."),
                                   QStringLiteral("PATH"));
const QCommandLineOption kPatient(QStringLiteral("patient"),
                                  QCoreApplication::translate("Cli", "The patient's MRN."),
                                  QStringLiteral("MRN"));

// --date: YYYY-MM-DD, or YYYY-MM-DDTHH:MM; prints why not otherwise.
bool parseSessionDate(const QString &dateText, QDate *day, QTime *time)
{
    *day = QDate::fromString(dateText.left(10), Qt::ISODate);
    if (dateText.size() > 10)
        *time = QTime::fromString(dateText.mid(11), QStringLiteral("HH:mm"));
    if (!day->isValid() ||
        (dateText.size() > 10 && (dateText.at(10) != QLatin1Char('T') || !time->isValid()))) {
        printError(QCoreApplication::translate(
                       "Cli", "--date: \"%1\" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).")
                       .arg(quoteValue(dateText)));
        return false;
    }
    return true;
}

// The one session of that day (and time, when given); prints why there is none otherwise.
std::optional<MicroneedlingSession> sessionOnDay(const QList<MicroneedlingSession> &sessions,
                                                 const QString &mrn, QDate day, QTime time,
                                                 const QString &dateText)
{
    QList<MicroneedlingSession> thatDay;
    for (const auto &s : sessions)
        if (s.performedAt.date() == day &&
            (!time.isValid() || s.performedAt.time().toString(QStringLiteral("HH:mm")) ==
                                    time.toString(QStringLiteral("HH:mm"))))
            thatDay << s;
    if (thatDay.isEmpty()) {
        printError(QCoreApplication::translate(
                       "Cli", "%1 has no session on %2: record the session first; nothing was "
                              "stored.")
                       .arg(mrn, dateText));
        return std::nullopt;
    }
    if (thatDay.size() > 1) {
        std::sort(thatDay.begin(), thatDay.end(),
                  [](const auto &a, const auto &b) { return a.performedAt < b.performedAt; });
        QStringList times;
        for (const auto &s : std::as_const(thatDay))
            times << s.performedAt.time().toString(QStringLiteral("HH:mm"));
        printError(
            QCoreApplication::translate(
                "Cli", "%1 has %2 sessions on %3 (%4): give the time, e.g. --date %3T%5; "
                       "nothing was stored.")
                .arg(mrn)
                .arg(thatDay.size())
                .arg(day.toString(Qt::ISODate), times.join(QStringLiteral(", ")), times.first()));
        return std::nullopt;
    }
    return thatDay.first();
}

// Every file is read and checked before anything is stored; prints why not otherwise.
std::optional<QList<PhotoUpload>> readUploads(const QStringList &files, const Photo &common)
{
    QList<PhotoUpload> uploads;
    QStringList unreadable;
    for (const QString &file : files) {
        auto read = PhotoRepository::readFile(file);
        if (!read) {
            unreadable << read.error().message;
            continue;
        }
        PhotoUpload upload = std::move(read).value();
        upload.photo.patientId = common.patientId;
        upload.photo.sessionId = common.sessionId;
        upload.photo.view = common.view;
        upload.photo.site = common.site;
        upload.photo.magnification = common.magnification;
        upload.photo.notes = common.notes;
        uploads << std::move(upload);
    }
    if (!unreadable.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "nothing was stored: %1")
                       .arg(unreadable.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return uploads;
}

// The view, site and magnification every file gets, from the options; nullopt once the problem
// is printed.
std::optional<Photo> photoDetails(const QCommandLineParser &parser, const QCommandLineOption &view,
                                  const QCommandLineOption &site,
                                  const QCommandLineOption &magnification)
{
    const auto chosenView = fromKey<PhotoView>(parser.value(view));
    if (!chosenView) {
        printError(
            QCoreApplication::translate("Cli", "--view: \"%1\" is not a view; use one of: %2.")
                .arg(quoteValue(parser.value(view)),
                     allKeys<PhotoView>().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    std::optional<ScalpSite> chosenSite;
    if (parser.isSet(site)) {
        chosenSite = fromKey<ScalpSite>(parser.value(site));
        if (!chosenSite) {
            printError(
                QCoreApplication::translate("Cli", "--site: \"%1\" is not a site; use one of: %2.")
                    .arg(quoteValue(parser.value(site)),
                         allKeys<ScalpSite>().join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    std::optional<int> chosenMagnification;
    if (parser.isSet(magnification)) {
        bool ok = false;
        chosenMagnification = parser.value(magnification).toInt(&ok);
        if (!ok) {
            printError(
                QCoreApplication::translate("Cli", "--magnification: \"%1\" is not a whole number.")
                    .arg(quoteValue(parser.value(magnification))));
            return std::nullopt;
        }
    }
    Photo common;
    common.view = *chosenView;
    common.site = chosenSite;
    common.magnification = chosenMagnification;
    return common;
}

int runImportPhotos(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption date(
        QStringLiteral("date"),
        QCoreApplication::translate("Cli", "The session's date, YYYY-MM-DD (with THH:MM when the "
                                           "patient had two sessions that day)."),
        QStringLiteral("DATE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QCoreApplication::translate("Cli", "The view of every file: %1.")
                                      .arg(allKeys<PhotoView>().join(QStringLiteral(", "))),
                                  QStringLiteral("KEY"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QCoreApplication::translate("Cli", "Trichoscopic photos: the scalp site (%1).")
            .arg(allKeys<ScalpSite>().join(QStringLiteral(", "))),
        QStringLiteral("KEY"));
    const QCommandLineOption magnification(
        QStringLiteral("magnification"),
        QCoreApplication::translate("Cli", "Trichoscopic photos: the magnification, e.g. 20."),
        QStringLiteral("N"));
    const QCommandLineOption notes(QStringLiteral("notes"),
                                   QCoreApplication::translate("Cli", "Notes for every file."),
                                   QStringLiteral("TEXT"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "JPEG or PNG files."),
                                 QStringLiteral("FILE..."));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate(
                "Cli", "Attaches image files to the patient's session of that date, all or none: "
                       "nothing is stored when consent is missing, the session does not exist or "
                       "a file is not a readable JPEG or PNG image."),
            {kDatabase, kPatient, date, view, site, magnification, notes},
            {kDatabase, kPatient, date, view}, 2, true);
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments().mid(2);
    if (files.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "photos import needs at least one FILE."));
        return 2;
    }
    auto details = photoDetails(parser, view, site, magnification);
    if (!details)
        return 2;
    const QString dateText = parser.value(date);
    QDate day;
    QTime time;
    if (!parseSessionDate(dateText, &day, &time))
        return 2;

    auto db = openSignedIn(parser.value(kDatabase), Permission::EditPhotos);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    Database &opened = *db.value();
    const auto patient = PatientRepository(opened).findByMrn(parser.value(kPatient));
    if (!patient) {
        printError(patient.error().message);
        return 1;
    }
    if (!PhotoRepository::visible(patient.value())) {
        printError(PhotoRepository::noConsentMessage(patient.value()));
        return 1;
    }
    const auto sessions = SessionRepository(opened).forPatient(patient.value().id);
    if (!sessions) {
        printError(sessions.error().message);
        return 1;
    }
    const auto found = sessionOnDay(sessions.value(), patient.value().mrn, day, time, dateText);
    if (!found)
        return 1;
    const MicroneedlingSession &session = *found;

    Photo common = *details;
    common.patientId = patient.value().id;
    common.sessionId = session.id;
    common.notes = parser.value(notes);
    auto read = readUploads(files, common);
    if (!read)
        return 1;
    QList<PhotoUpload> &uploads = *read;
    if (auto added = PhotoRepository(opened).add(uploads); !added) {
        printError(QCoreApplication::translate("Cli", "nothing was stored: %1")
                       .arg(QString(added.error().message)
                                .replace(QLatin1Char('\n'), QStringLiteral("; "))));
        return 1;
    }
    QStringList ids;
    for (const auto &u : std::as_const(uploads))
        ids << QString::number(u.photo.id);
    printLine(
        QCoreApplication::translate("Cli", "Attached to the session of %1 of %2: photo ids %3.")
            .arg(session.performedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 patient.value().mrn, ids.join(QStringLiteral(", "))));
    return 0;
}

int runVerifyPhotos(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(
        QStringLiteral("patient"),
        QCoreApplication::translate("Cli", "Only this patient (MRN); default: every patient."),
        QStringLiteral("MRN"));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate("Cli", "Checks every stored original photo against the "
                                               "SHA-256 checksum recorded when it was stored."),
            {kDatabase, patient}, {kDatabase}, 2);
        code >= 0)
        return code;
    auto db = openSignedIn(parser.value(kDatabase));
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    std::optional<qint64> only;
    if (parser.isSet(patient)) {
        const auto p = PatientRepository(*db.value()).findByMrn(parser.value(patient));
        if (!p) {
            printError(p.error().message);
            return 1;
        }
        only = p.value().id;
    }
    const auto problems = PhotoRepository(*db.value()).verify(only);
    if (!problems) {
        printError(problems.error().message);
        return 1;
    }
    for (const auto &p : problems.value()) {
        const auto owner = PatientRepository(*db.value()).find(p.photo.patientId);
        printError(QStringLiteral("%1 (photo %2): %3")
                       .arg(owner ? owner.value().mrn : QString(), QString::number(p.photo.id),
                            p.message));
    }
    if (!problems.value().isEmpty())
        return 1;
    printLine(QCoreApplication::translate("Cli", "Every original photo is intact."));
    return 0;
}

} // namespace

int runPhotos(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == QLatin1String("import"))
        return runImportPhotos(arguments);
    if (sub == QLatin1String("verify"))
        return runVerifyPhotos(arguments);
    printError(QCoreApplication::translate(
        "Cli", "photos needs a sub-command: tricholog photos import|verify ... (see --help)."));
    return 2;
}

} // namespace tricholog
