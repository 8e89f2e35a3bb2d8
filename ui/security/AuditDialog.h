#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace tricholog {

class Database;
class OptionalDateEdit;
struct AuditFilter;

// The audit trail, newest first: filter by patient (MRN), user and dates; verify the hash chain
// (the first broken link is named); export what is shown as CSV.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *patientFilter() const { return m_mrn; }
    QLineEdit *userFilter() const { return m_user; }
    QLabel *status() const { return m_status; }

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
