#include "core/model/PatientReportedOutcome.h"

#include <QCoreApplication>

namespace tricholog {

QString globalAssessmentLabel(int score)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Keys", "much worse"),
        QT_TRANSLATE_NOOP("Keys", "moderately worse"),
        QT_TRANSLATE_NOOP("Keys", "slightly worse"),
        QT_TRANSLATE_NOOP("Keys", "no change"),
        QT_TRANSLATE_NOOP("Keys", "slightly better"),
        QT_TRANSLATE_NOOP("Keys", "moderately better"),
        QT_TRANSLATE_NOOP("Keys", "much better"),
    };
    if (score < -3 || score > 3)
        return {};
    const QString sign = score > 0 ? QStringLiteral("+") : QString();
    return sign + QString::number(score) + QLatin1Char(' ') +
           QCoreApplication::translate("Keys", labels[score + 3]);
}

} // namespace tricholog
