#include "ui/sessions/SessionTableModel.h"

#include "core/model/Keys.h"
#include "ui/widgets/DateText.h"

#include <QLocale>

namespace tricholog {

void SessionTableModel::setSessions(const QList<MicroneedlingSession> &sessions)
{
    beginResetModel();
    m_rows = sessions;
    endResetModel();
}

const MicroneedlingSession *SessionTableModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::zonesText(const MicroneedlingSession &s)
{
    QStringList parts;
    for (auto z : s.zones)
        parts << label(z);
    return parts.join(QStringLiteral(", "));
}

QString SessionTableModel::adjunctsText(const MicroneedlingSession &s)
{
    QStringList parts;
    for (const auto &a : s.adjuncts)
        parts << (a.dose.isEmpty() ? label(a.type) : label(a.type) + QLatin1Char(' ') + a.dose);
    return parts.join(QStringLiteral(", "));
}

QString SessionTableModel::adverseEventsText(const MicroneedlingSession &s)
{
    QStringList parts;
    // The detail the clinician wrote ("pustules vertex, doxycycline 7 d") is the clinically
    // useful part: it goes with the type and severity wherever events are listed.
    for (const auto &e : s.adverseEvents)
        parts << (e.notes.trimmed().isEmpty()
                      ? tr("%1 (%2)").arg(label(e.type), label(e.severity).toLower())
                      : tr("%1 (%2): %3")
                            .arg(label(e.type), label(e.severity).toLower(), e.notes.trimmed()));
    return parts.join(QStringLiteral("; "));
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MicroneedlingSession &s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Needle || index.column() == Pain))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AdverseEvents)
        return adverseEventsText(s);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QString(dateText(s.performedAt.date()) + QLatin1Char(' ') +
                       s.performedAt.time().toString(QStringLiteral("HH:mm")));
    case Course:
        return s.courseText();
    case Device:
        return label(s.device);
    case Needle:
        return s.needleLength.isRecorded()
                   ? QLocale().toString(s.needleLength.value(), 'f', 2) + QStringLiteral(" mm")
                   : QString();
    case Zones:
        return zonesText(s);
    case Endpoint:
        return s.endpoint ? label(*s.endpoint) : QString();
    case Adjuncts:
        return adjunctsText(s);
    case Pain:
        return s.pain ? QVariant(QStringLiteral("%1/10").arg(*s.pain)) : QVariant();
    case AdverseEvents:
        return adverseEventsText(s);
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Course:
        return tr("Session");
    case Device:
        return tr("Device");
    case Needle:
        return tr("Needle");
    case Zones:
        return tr("Zones");
    case Endpoint:
        return tr("Endpoint");
    case Adjuncts:
        return tr("Adjuncts");
    case Pain:
        return tr("Pain");
    case AdverseEvents:
        return tr("Adverse events");
    }
    return {};
}

} // namespace tricholog
