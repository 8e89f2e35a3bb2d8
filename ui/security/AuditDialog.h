#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace tricholog {

class Database;
class OptionalDateEdit;
struct AuditFilter;

// The audit trail, newest first, as people read it: local time, user, patient by name and MRN,
// what happened as a sentence and the fields that changed (core/security/AuditText.h); the
// stored values in the tooltip. Filter by patient (MRN), user and dates; verify the hash chain
// (the first broken link is named); export the filtered entries as CSV, raw, for machines.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *patientFilter() const { return m_mrn; }
    QLineEdit *userFilter() const { return m_user; }
    QLabel *status() const { return m_status; }

    // Shows the entries of the patient with this record number (the filter is filled in, as if
    // typed, and the list refreshed); empty: every patient.
    void setPatientFilter(const QString &mrn);

public slots:
    void refresh();
    void verify();
    void exportCsv();

private:
    bool currentFilter(AuditFilter &filter);
    Database &m_db;
    QLineEdit *m_mrn;
    QLineEdit *m_user;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace tricholog
