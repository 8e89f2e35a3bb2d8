#include "core/clinical/Scales.h"

#include <QRegularExpression>

namespace tricholog {

QStringList scaleGrades(Scale scale)
{
    switch (scale) {
    case Scale::NorwoodHamilton:
        // Stable keys; "IIIv" is displayed as "III vertex".
        return {QStringLiteral("I"),   QStringLiteral("II"),   QStringLiteral("IIa"),
                QStringLiteral("III"), QStringLiteral("IIIa"), QStringLiteral("IIIv"),
                QStringLiteral("IV"),  QStringLiteral("IVa"),  QStringLiteral("V"),
                QStringLiteral("Va"),  QStringLiteral("VI"),   QStringLiteral("VII")};
    case Scale::Ludwig:
        return {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III")};
    case Scale::Sinclair:
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                QStringLiteral("5")};
    case Scale::Salt:
    case Scale::None:
        return {};
    }
    return {};
}

QList<Scale> scalesForType(DiagnosisType type)
{
    switch (type) {
    case DiagnosisType::AgaMale:
        return {Scale::NorwoodHamilton, Scale::None};
    case DiagnosisType::AgaFemale:
        return {Scale::Ludwig, Scale::Sinclair, Scale::None};
    case DiagnosisType::AlopeciaAreata:
    case DiagnosisType::AlopeciaTotalis:
    case DiagnosisType::AlopeciaUniversalis:
    case DiagnosisType::Ophiasis:
        return {Scale::Salt, Scale::None};
    case DiagnosisType::TelogenEffluvium:
    case DiagnosisType::AnagenEffluvium:
    case DiagnosisType::Traction:
    case DiagnosisType::Cicatricial:
    case DiagnosisType::Other:
        return {Scale::None};
    }
    return {Scale::None};
}

QStringList icd10Choices(DiagnosisType type)
{
    switch (type) {
    case DiagnosisType::AgaMale:
        return {QStringLiteral("L64.9"), QStringLiteral("L64.0"), QStringLiteral("L64.8")};
    case DiagnosisType::AgaFemale:
        return {QStringLiteral("L64.8"), QStringLiteral("L64.9")};
    case DiagnosisType::AlopeciaAreata:
        return {QStringLiteral("L63.9"), QStringLiteral("L63.8")};
    case DiagnosisType::AlopeciaTotalis:
        return {QStringLiteral("L63.0")};
    case DiagnosisType::AlopeciaUniversalis:
        return {QStringLiteral("L63.1")};
    case DiagnosisType::Ophiasis:
        return {QStringLiteral("L63.2")};
    case DiagnosisType::TelogenEffluvium:
        return {QStringLiteral("L65.0")};
    case DiagnosisType::AnagenEffluvium:
        return {QStringLiteral("L65.1")};
    case DiagnosisType::Traction:
        return {QStringLiteral("L65.8"), QStringLiteral("L66.8")};
    case DiagnosisType::Cicatricial:
        return {QStringLiteral("L66.9"), QStringLiteral("L66.0"), QStringLiteral("L66.1"),
                QStringLiteral("L66.2"), QStringLiteral("L66.3"), QStringLiteral("L66.4"),
                QStringLiteral("L66.8")};
    case DiagnosisType::Other:
        return {QStringLiteral("L65.9"), QStringLiteral("L65.2"), QStringLiteral("L65.8")};
    }
    return {};
}

QString defaultIcd10(DiagnosisType type)
{
    return icd10Choices(type).value(0);
}

bool isIcd10Allowed(DiagnosisType type, const QString &code)
{
    return icd10Choices(type).contains(code);
}

} // namespace tricholog
