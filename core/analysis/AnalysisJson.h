#pragma once

#include "core/analysis/HairAnalysis.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QString>

namespace tricholog::analysis {

// The image an analysis was made of, as its result names it.
struct ImageSource
{
    QString file;   // the file name as given
    QString sha256; // of the file's bytes, hex
};

// The result as the `analyse` verb writes it (keys in README "Image analysis"): image, scale,
// field, counts and percentages, every hair, and the algorithm with its parameters. Numbers are
// rounded (0.1 px, 0.1 um, 0.01 %) so that the same result gives the same bytes.
QJsonObject toJson(const AnalysisResult &result, const ImageSource &source);
QByteArray toJsonBytes(const AnalysisResult &result, const ImageSource &source);

// The image with the field and every hair drawn over it: terminal hairs in one colour,
// intermediate and vellus in others, hairs outside the field dashed, each with its number.
QImage drawOverlay(const QImage &image, const AnalysisResult &result);

// SHA-256 of a file's bytes, hex; empty when it cannot be read.
QString fileSha256(const QString &path);

} // namespace tricholog::analysis
