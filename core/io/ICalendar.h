#pragma once

#include "core/clinical/TreatmentPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tricholog {

// A patient's planned visits as an iCalendar file (RFC 5545): one all-day VEVENT per visit not
// done, missed or cancelled, with a stable UID (`uidPrefix`-s6@tricholog, -w12 for a measurement
// visit) so that importing the file again updates the same events. CRLF line ends, lines folded
// at 75 octets without splitting a UTF-8 sequence, text escaped (backslash, comma, semicolon,
// line break). `title` names the course in each event's summary (the clinic, never the patient:
// the file may go to the patient's own calendar).
QByteArray plannedVisitsIcs(const QList<plan::PlannedVisit> &visits, const plan::Protocol &protocol,
                            const QString &uidPrefix, const QString &title, const QDateTime &stamp);

// RFC 5545's TEXT escaping (3.3.11) and line folding (3.1), exposed for tests.
QString icsEscape(const QString &text);
QByteArray icsFold(const QByteArray &line);

} // namespace tricholog
