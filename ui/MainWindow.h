#pragma once

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QTableView;
class QLabel;

namespace tricholog {

class Database;
class PatientListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
    PatientListModel *m_patients = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
};

} // namespace tricholog
