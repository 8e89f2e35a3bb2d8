#include "core/analysis/AnalysisRecord.h"

#include <QCoreApplication>

namespace tricholog::analysis {

QString editSummary(const CorrectedAnalysis &a)
{
    return QCoreApplication::translate("Analysis", "%1 detected, %2 added, %3 removed")
        .arg(a.detected())
        .arg(a.added())
        .arg(a.removed());
}

Measurement measurementFrom(const CorrectedAnalysis &analysis, const AnalysisSubject &subject,
                            Measurement m)
{
    const AnalysisResult &r = analysis.result();
    m.patientId = subject.photo.patientId;
    m.sessionId = subject.photo.sessionId;
    m.measuredOn = subject.photo.takenAt.toLocalTime().date();
    m.site = subject.site;
    m.method = MeasurementMethod::ImageAnalysis;
    if (!subject.profile.isEmpty() || m.id == 0)
        m.instrument = subject.profile;
    m.magnification = subject.photo.magnification;
    m.hairCount = r.hairCount;
    m.area = AreaCm2(r.fieldCm2);
    m.density = HairDensity(r.densityPerCm2);
    const bool counted = r.hairCount > 0;
    m.meanDiameter = counted ? ShaftDiameter(r.meanDiameterUm) : ShaftDiameter();
    m.terminal = counted ? Percentage(r.terminalPct) : Percentage();
    m.vellus = counted ? Percentage(r.vellusPct) : Percentage();
    m.follicularUnits = r.fieldCm2 > 0 ? FollicularUnitDensity(r.follicularUnits / r.fieldCm2)
                                       : FollicularUnitDensity();
    m.hairsPerFollicularUnit = counted ? HairsPerUnit(r.hairsPerUnit) : HairsPerUnit();
    // The generated line is written anew; lines a clinician added to the measurement stay.
    const QString pattern =
        QCoreApplication::translate("Analysis", "Image analysis %1 %2 of photo %3: %4.");
    const QString generatedStart = pattern.section(QStringLiteral("%1"), 0, 0);
    QStringList kept;
    for (const QString &line : m.notes.split(QLatin1Char('\n')))
        if (!line.isEmpty() && !line.startsWith(generatedStart))
            kept << line;
    kept.prepend(pattern.arg(QLatin1String(kAlgorithmName), QLatin1String(kAlgorithmVersion),
                             subject.photo.fileName, editSummary(analysis)));
    m.notes = kept.join(QLatin1Char('\n'));
    return m;
}

ImageAnalysisRecord recordFrom(const CorrectedAnalysis &analysis, const AnalysisSubject &subject,
                               ImageAnalysisRecord r)
{
    QJsonObject stored = analysis.toStoredJson();
    r.edits = stored.take(QStringLiteral("edits")).toArray();
    r.analysis = stored;
    r.patientId = subject.photo.patientId;
    r.photoId = subject.photo.id;
    r.site = subject.site;
    r.algorithm = QLatin1String(kAlgorithmName);
    r.algorithmVersion = QLatin1String(kAlgorithmVersion);
    r.umPerPx = analysis.result().options.umPerPx;
    r.profile = subject.profile;
    r.hairCount = analysis.result().hairCount;
    return r;
}

Result<CorrectedAnalysis> analysisFrom(const ImageAnalysisRecord &record)
{
    QJsonObject stored = record.analysis;
    stored.insert(QStringLiteral("edits"), record.edits);
    return CorrectedAnalysis::fromStoredJson(stored);
}

} // namespace tricholog::analysis
