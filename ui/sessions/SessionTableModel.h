#pragma once

#include "core/model/MicroneedlingSession.h"

#include <QAbstractTableModel>

namespace tricholog {

// Sessions, newest first.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Course,
        Device,
        Needle,
        Zones,
        Endpoint,
        Adjuncts,
        Pain,
        AdverseEvents,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(const QList<MicroneedlingSession> &sessions);
    const MicroneedlingSession *sessionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString zonesText(const MicroneedlingSession &s);
    static QString adjunctsText(const MicroneedlingSession &s);
    static QString adverseEventsText(const MicroneedlingSession &s);

private:
    QList<MicroneedlingSession> m_rows;
};

} // namespace tricholog
