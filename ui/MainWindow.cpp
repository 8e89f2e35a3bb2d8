#include "MainWindow.h"

#include "patients/PatientListModel.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tricholog {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    m_patients = new PatientListModel(*m_db, this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search name or MRN"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTableView(central);
    m_list->setModel(m_patients);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    setCentralWidget(central);
    connect(m_search, &QLineEdit::textChanged, m_patients, &PatientListModel::setFilter);
    statusBar()->showMessage(tr("Database: %1").arg(m_db->path()));
    setWindowTitle(tr("Tricholog"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace tricholog
