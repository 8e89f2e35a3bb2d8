#include "app/verbs/AnalysisVerbs.h"

#include "app/verbs/VerbSupport.h"
#include "core/analysis/AnalysisJson.h"
#include "core/analysis/Calibration.h"
#include "core/analysis/HairAnalysis.h"
#include "core/io/SafeIo.h"
#include "core/storage/Database.h"
#include "core/storage/DeviceProfileRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>
#include <optional>

namespace tricholog {

namespace {

// "a,b,c" as `count` finite numbers, or nothing.
std::optional<QList<double>> numbers(const QString &text, int count)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count)
        return std::nullopt;
    QList<double> out;
    for (const QString &part : parts) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        out << v;
    }
    return out;
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(QCoreApplication::translate("Cli", "Could not write %1: %2")
                                  .arg(path, file.errorString()));
    return {};
}

// --field x,y,w,h or --circle cx,cy,r into `out`: -1 to go on, else the exit code (2).
int readField(const QCommandLineParser &parser, const QCommandLineOption &field,
              const QCommandLineOption &circle, analysis::AnalysisField &out)
{
    using analysis::AnalysisField;
    if (parser.isSet(field)) {
        const auto v = numbers(parser.value(field), 4);
        if (!v) {
            printError(QCoreApplication::translate(
                           "Cli", "--field needs x,y,w,h: four numbers in pixels, not %1.")
                           .arg(quoteValue(parser.value(field))));
            return 2;
        }
        out = AnalysisField::rectangle(QRectF(v->at(0), v->at(1), v->at(2), v->at(3)));
    } else if (parser.isSet(circle)) {
        const auto v = numbers(parser.value(circle), 3);
        if (!v) {
            printError(QCoreApplication::translate(
                           "Cli", "--circle needs cx,cy,r: three numbers in pixels, not %1.")
                           .arg(quoteValue(parser.value(circle))));
            return 2;
        }
        out = AnalysisField::circle(QPointF(v->at(0), v->at(1)), v->at(2));
    }
    return -1;
}

// The result, then the overlay (when asked for): all or nothing. -1 when both are written.
int writeOutputs(const QString &outPath, const QByteArray &json, const QString &overlayPath,
                 const QByteArray &png)
{
    // All or nothing: when the overlay cannot be written, the result it belongs to is taken
    // back (the file that was there before put back).
    const bool hadJson = QFileInfo::exists(outPath);
    const auto before =
        hadJson ? readRegularFile(outPath, 256 * 1024 * 1024) : Result<QByteArray>(QByteArray());
    if (!before) {
        printError(before.error().message);
        return 1;
    }
    if (auto written = writeAtomically(outPath, json); !written) {
        printError(written.error().message);
        return 1;
    }
    if (!overlayPath.isEmpty())
        if (auto written = writeAtomically(overlayPath, png); !written) {
            if (hadJson)
                (void)writeAtomically(outPath, before.value());
            else
                QFile::remove(outPath);
            printError(written.error().message);
            return 1;
        }
    return -1;
}

// The scale: --um-per-px, or a device profile of the database (signed in). Fills `o.umPerPx`
// and what the result says of it; -1 to go on, else the exit code.
int readScale(const QCommandLineParser &parser, const QCommandLineOption &scale,
              const QCommandLineOption &database, const QCommandLineOption &profile,
              analysis::AnalysisOptions &o, QJsonObject &calibration)
{
    if (parser.isSet(scale) == parser.isSet(profile)) {
        printError(QCoreApplication::translate(
            "Cli",
            "analyse needs --um-per-px X, or --database PATH --profile NAME (one of them)."));
        return 2;
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        o.umPerPx = parser.value(scale).toDouble(&ok);
        if (!ok) {
            printError(QCoreApplication::translate("Cli", "--um-per-px needs a number, not %1.")
                           .arg(quoteValue(parser.value(scale))));
            return 2;
        }
        calibration = {{QStringLiteral("source"), QStringLiteral("option")}};
        return -1;
    }
    if (!parser.isSet(database)) {
        printError(QCoreApplication::translate("Cli", "--profile needs --database PATH."));
        return 2;
    }
    auto db = openSignedIn(parser.value(database));
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    const auto found = DeviceProfileRepository(*db.value()).find(parser.value(profile));
    if (!found) {
        printError(found.error().message);
        return 1;
    }
    const DeviceProfile &p = found.value();
    o.umPerPx = p.umPerPx;
    calibration = {{QStringLiteral("source"), QStringLiteral("profile")},
                   {QStringLiteral("profile"), p.name},
                   {QStringLiteral("um_per_px"), p.umPerPx},
                   {QStringLiteral("calibrated_on"), p.calibratedOn.toString(Qt::ISODate)},
                   {QStringLiteral("method"), p.method}};
    if (p.magnification)
        calibration.insert(QStringLiteral("magnification"), *p.magnification);
    if (p.uncertaintyUmPerPx)
        calibration.insert(QStringLiteral("uncertainty_um_per_px"), *p.uncertaintyUmPerPx);
    return -1;
}

// The three files of the verb: different from each other, and the outputs writable. -1 to go
// on, else the exit code.
int checkPaths(const QString &imagePath, const QString &outPath, const QString &overlayPath)
{
    auto samePlace = [](const QString &a, const QString &b) {
        auto where = [](const QString &path) {
            const QFileInfo info(path);
            return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        };
        return !a.isEmpty() && !b.isEmpty() && where(a) == where(b);
    };
    if (samePlace(outPath, overlayPath) || samePlace(outPath, imagePath) ||
        samePlace(overlayPath, imagePath)) {
        printError(QCoreApplication::translate(
            "Cli", "--image, --output and --overlay must be three different files."));
        return 2;
    }
    for (const QString &path : {outPath, overlayPath})
        if (!path.isEmpty())
            if (auto writable = checkOutputPath(path); !writable) {
                printError(writable.error().message);
                return 1;
            }
    return -1;
}

} // namespace

int runAnalyse(const QStringList &arguments)
{
    using namespace analysis;
    QCommandLineParser parser;
    const QCommandLineOption image(
        QStringLiteral("image"),
        QCoreApplication::translate("Cli", "The trichoscopy image (JPEG or PNG)."),
        QStringLiteral("FILE"));
    const QCommandLineOption scale(
        QStringLiteral("um-per-px"),
        QCoreApplication::translate("Cli", "The image's scale in micrometres per pixel."),
        QStringLiteral("X"));
    const QCommandLineOption field(
        QStringLiteral("field"),
        QCoreApplication::translate("Cli", "Count in this rectangle (pixels; default: the whole "
                                           "image)."),
        QStringLiteral("x,y,w,h"));
    const QCommandLineOption circle(
        QStringLiteral("circle"),
        QCoreApplication::translate("Cli", "Count in this circle (pixels)."),
        QStringLiteral("cx,cy,r"));
    const QCommandLineOption terminal(
        QStringLiteral("terminal-from-um"),
        QCoreApplication::translate("Cli", "Terminal hairs: at least this wide (default 40)."),
        QStringLiteral("T"), QStringLiteral("40"));
    const QCommandLineOption vellus(
        QStringLiteral("vellus-below-um"),
        QCoreApplication::translate("Cli", "Vellus hairs: narrower than this (default 30)."),
        QStringLiteral("V"), QStringLiteral("30"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QCoreApplication::translate("Cli", "The result (JSON)."),
                                    QStringLiteral("FILE.json"));
    const QCommandLineOption overlay(
        QStringLiteral("overlay"),
        QCoreApplication::translate("Cli", "Also draw the field and every hair over the image "
                                           "(PNG)."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("Cli", "With --profile: the database holding it."),
        QStringLiteral("PATH"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("Cli", "Take the scale from this device profile instead of "
                                           "--um-per-px (signs in)."),
        QStringLiteral("NAME"));
    const QList<QCommandLineOption> options{image,  scale,  field,   circle,   terminal,
                                            vellus, output, overlay, database, profile};
    if (const int code =
            parseVerb(parser, arguments,
                      QCoreApplication::translate(
                          "Cli", "Counts the hair shafts in a trichoscopy image of clipped "
                                 "hair and measures each one's width. Needs no database, unless "
                                 "the scale comes from a device profile."),
                      options, {image, output}, 1);
        code >= 0)
        return code;
    if (parser.isSet(field) && parser.isSet(circle)) {
        printError(
            QCoreApplication::translate("Cli", "analyse takes --field or --circle, not both."));
        return 2;
    }
    AnalysisOptions o;
    QJsonObject calibration;
    if (const int code = readScale(parser, scale, database, profile, o, calibration); code >= 0)
        return code;
    bool ok = false;
    o.terminalFromUm = parser.value(terminal).toDouble(&ok);
    bool ok2 = false;
    o.vellusBelowUm = parser.value(vellus).toDouble(&ok2);
    if (!ok || !ok2) {
        printError(QCoreApplication::translate(
            "Cli", "--terminal-from-um and --vellus-below-um need numbers."));
        return 2;
    }
    if (const int code = readField(parser, field, circle, o.field); code >= 0)
        return code;
    const QString outPath = parser.value(output);
    const QString overlayPath = parser.value(overlay);
    const QString imagePath = parser.value(image);
    if (const int code = checkPaths(imagePath, outPath, overlayPath); code >= 0)
        return code;
    const auto loaded = loadImage(imagePath);
    if (!loaded) {
        printError(loaded.error().message);
        return 1;
    }
    const auto result = analyse(loaded.value(), o);
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    const ImageSource source{QFileInfo(imagePath).fileName(), fileSha256(imagePath), calibration};
    const QByteArray json = toJsonBytes(result.value(), source);
    QByteArray png;
    if (!overlayPath.isEmpty()) {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!drawOverlay(loaded.value(), result.value()).save(&buffer, "PNG")) {
            printError(QCoreApplication::translate("Cli", "Could not draw the overlay."));
            return 1;
        }
    }
    if (const int code = writeOutputs(outPath, json, overlayPath, png); code >= 0)
        return code;
    const AnalysisResult &r = result.value();
    printLine(QCoreApplication::translate(
                  "Cli", "%1: %2 hairs in %3 cm2 (%4 per cm2), mean width %5 um, terminal %6 %, "
                         "vellus %7 %; written to %8.")
                  .arg(source.file)
                  .arg(r.hairCount)
                  .arg(r.fieldCm2, 0, 'f', 4)
                  .arg(r.densityPerCm2, 0, 'f', 1)
                  .arg(r.meanDiameterUm, 0, 'f', 1)
                  .arg(r.terminalPct, 0, 'f', 1)
                  .arg(r.vellusPct, 0, 'f', 1)
                  .arg(outPath));
    return 0;
}

// Keeps a measured scale as a device profile: a new one, or the one of that name updated.
int saveMeasuredProfile(const QString &databasePath, const QString &name,
                        std::optional<int> magnification, const analysis::ScaleMeasurement &m)
{
    auto db = openSignedIn(databasePath, Permission::EditMeasurements);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    DeviceProfileRepository profiles(*db.value());
    DeviceProfile p;
    if (auto existing = profiles.find(name); existing)
        p = existing.value();
    else
        p.name = name;
    if (magnification)
        p.magnification = magnification;
    p.umPerPx = m.umPerPx;
    p.uncertaintyUmPerPx = m.uncertaintyUmPerPx;
    p.calibratedOn = db.value()->clock().today();
    p.method = QStringLiteral("ruler");
    if (auto saved = profiles.save(p); !saved) {
        printError(saved.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "Kept as the device profile \"%1\".").arg(p.name));
    return 0;
}

int runCalibrate(const QStringList &arguments)
{
    using namespace analysis;
    QCommandLineParser parser;
    const QCommandLineOption image(
        QStringLiteral("image"),
        QCoreApplication::translate("Cli", "An image of a millimetre ruler or stage micrometer, "
                                           "taken with the device at its magnification."),
        QStringLiteral("FILE"));
    const QCommandLineOption division(
        QStringLiteral("division-mm"),
        QCoreApplication::translate("Cli", "The distance between neighbouring ticks: 0.1 or 1."),
        QStringLiteral("0.1|1"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("Cli", "With --save-profile: the database to keep it in."),
        QStringLiteral("PATH"));
    const QCommandLineOption saveProfile(
        QStringLiteral("save-profile"),
        QCoreApplication::translate("Cli", "Keep the scale as this device profile (made or "
                                           "updated; signs in)."),
        QStringLiteral("NAME"));
    const QCommandLineOption magnification(
        QStringLiteral("magnification"),
        QCoreApplication::translate("Cli", "With --save-profile: the magnification, e.g. 20."),
        QStringLiteral("N"));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate("Cli", "Measures a device's scale in micrometres per pixel "
                                               "from the tick spacing of a ruler image."),
            {image, division, database, saveProfile, magnification}, {image, division}, 1);
        code >= 0)
        return code;
    if (parser.isSet(saveProfile) != parser.isSet(database) ||
        (parser.isSet(magnification) && !parser.isSet(saveProfile))) {
        printError(QCoreApplication::translate(
            "Cli", "--save-profile and --database go together; --magnification needs them."));
        return 2;
    }
    std::optional<int> magnifies;
    if (parser.isSet(magnification)) {
        bool ok = false;
        magnifies = parser.value(magnification).toInt(&ok);
        if (!ok) {
            printError(QCoreApplication::translate("Cli", "--magnification needs a whole number, "
                                                          "not %1.")
                           .arg(quoteValue(parser.value(magnification))));
            return 2;
        }
    }
    const QString divisionText = parser.value(division);
    if (divisionText != QLatin1String("0.1") && divisionText != QLatin1String("1")) {
        printError(QCoreApplication::translate("Cli", "--division-mm is 0.1 or 1, not %1.")
                       .arg(quoteValue(divisionText)));
        return 2;
    }
    const auto loaded = loadImage(parser.value(image));
    if (!loaded) {
        printError(loaded.error().message);
        return 1;
    }
    const auto measured = measureScale(loaded.value(), divisionText.toDouble());
    if (!measured) {
        printError(measured.error().message);
        return 1;
    }
    const ScaleMeasurement &m = measured.value();
    // The figure first, with a dot whatever the locale, for scripts.
    printLine(
        QCoreApplication::translate(
            "Cli", "%1 um per pixel, uncertainty %2 (%3 ticks %4 px apart; ruler at %5 "
                   "degrees)")
            .arg(QString::number(m.umPerPx, 'f', 4), QString::number(m.uncertaintyUmPerPx, 'f', 4))
            .arg(m.ticks)
            .arg(QString::number(m.spacingPx, 'f', 3), QString::number(m.angleDegrees, 'f', 1)));
    if (parser.isSet(saveProfile))
        return saveMeasuredProfile(parser.value(database), parser.value(saveProfile), magnifies, m);
    return 0;
}

} // namespace tricholog
