#include "Diagnosis.h"

#include "Keys.h"
#include "clinical/Salt.h"

namespace tricholog {

QString Diagnosis::severityText() const
{
    switch (scale) {
    case Scale::None:
        return {};
    case Scale::Salt: {
        const auto result = computeSalt(salt);
        if (!result)
            return label(scale);
        return QCoreApplication::translate("Keys", "SALT %1 (%2)")
            .arg(QLocale().toString(result->score, 'f', 1), saltBandText(result->band));
    }
    case Scale::NorwoodHamilton:
    case Scale::Ludwig:
    case Scale::Sinclair:
        return label(scale) + QLatin1Char(' ') + grade;
    }
    return {};
}

} // namespace tricholog
