#include "core/io/ICalendar.h"

#include "core/model/Keys.h"

#include <QCoreApplication>

namespace tricholog {

QString icsEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray icsFold(const QByteArray &line)
{
    QByteArray out;
    int width = 0; // octets on the current physical line
    for (qsizetype i = 0; i < line.size();) {
        // One UTF-8 sequence at a time: a lead byte and its continuation bytes (10xxxxxx).
        qsizetype length = 1;
        while (i + length < line.size() && (uchar(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += line.mid(i, length);
        width += int(length);
        i += length;
    }
    return out + "\r\n";
}

QByteArray plannedVisitsIcs(const QList<plan::PlannedVisit> &visits, const plan::Protocol &protocol,
                            const QString &uidPrefix, const QString &title, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&out](const QString &text) {
        out += icsFold(text.toUtf8());
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Tricholog//Treatment plan//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QStringList views;
    for (PhotoView view : protocol.photoViews)
        views << label(view);
    for (const plan::PlannedVisit &v : visits) {
        if (v.state == plan::VisitState::Done || v.state == plan::VisitState::Missed ||
            v.state == plan::VisitState::Cancelled)
            continue;
        const bool session = v.kind == plan::VisitKind::Session;
        const QString what = plan::visitName(v, protocol);
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:%1-%2%3@tricholog")
                 .arg(uidPrefix, session ? QStringLiteral("s") : QStringLiteral("w"))
                 .arg(v.number));
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + v.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") +
             v.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") +
             icsEscape(title.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, title)));
        QString description = protocol.name;
        if (!session && !views.isEmpty())
            description += QLatin1Char('\n') + QCoreApplication::translate("Plan", "photos: %1")
                                                   .arg(views.join(QStringLiteral(", ")));
        line(QStringLiteral("DESCRIPTION:") + icsEscape(description));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace tricholog
