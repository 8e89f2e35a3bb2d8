#pragma once

#include "core/storage/PatientListQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace tricholog {

class Database;

// The patient list: a thin table over PatientListQuery. Filter, sort and paging run in SQL; rows
// arrive a page at a time as the view scrolls (canFetchMore / fetchMore), so the list opens as
// fast on 100,000 patients as on 100.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Mrn,
        Name,
        Age,
        Diagnosis,
        Sessions,
        LastVisit,
        DensityChange,
        ColumnCount
    };
    enum Role
    {
        PatientIdRole = Qt::UserRole + 1
    };

    explicit PatientListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Patients the current filter lists (all pages); a search counts up to
    // PatientListQuery::kCountCap, and totalIsAtLeast() then says the list is longer.
    int totalCount() const { return m_total; }
    bool totalIsAtLeast() const { return m_totalCapped; }
    static constexpr int kPageSize = 200;

    void setFilter(const QString &text);
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_request.includeArchived; }
    const PatientListRequest &request() const { return m_request; }
    void reload();

    const PatientListRow *rowAt(int row) const;
    int rowOf(qint64 patientId) const;
    QString lastError() const { return m_error; }

signals:
    void reloaded();

private:
    Database &m_db;
    PatientListRequest m_request;
    QList<PatientListRow> m_rows;
    int m_total = 0;
    bool m_totalCapped = false;
    bool m_exhausted = true; // every row of the request is loaded
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace tricholog
