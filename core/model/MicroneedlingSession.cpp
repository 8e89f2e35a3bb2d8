#include "core/model/MicroneedlingSession.h"

#include <QCoreApplication>

namespace tricholog {

QString MicroneedlingSession::courseText() const
{
    if (!sessionNumber)
        return {};
    if (!plannedSessions)
        return QString::number(*sessionNumber);
    return QCoreApplication::translate("Keys", "%1 of %2")
        .arg(*sessionNumber)
        .arg(*plannedSessions);
}

} // namespace tricholog
