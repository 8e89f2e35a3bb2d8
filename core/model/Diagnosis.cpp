#include "core/model/Diagnosis.h"

#include "core/clinical/Salt.h"
#include "core/model/Keys.h"

#include <QRegularExpression>

namespace tricholog {

QString Diagnosis::severityText() const
{
    switch (scale) {
    case Scale::None:
        return {};
    case Scale::Salt: {
        const auto result = saltOf(*this);
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

QDate Diagnosis::onsetStart() const
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    if (!shape.match(onset).hasMatch())
        return {};
    if (onset.size() == 4)
        return QDate(onset.toInt(), 1, 1);
    if (onset.size() == 7)
        return QDate::fromString(onset + QStringLiteral("-01"), Qt::ISODate);
    return QDate::fromString(onset, Qt::ISODate);
}

} // namespace tricholog
