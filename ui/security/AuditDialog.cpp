#include "ui/security/AuditDialog.h"

#include "core/security/AuditLog.h"
#include "core/security/AuditText.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tricholog {

namespace {
constexpr int kShown = 2000;
constexpr int kTooltipChars = 2000; // of each stored JSON, in the tooltip

enum Column
{
    TimeColumn,
    UserColumn,
    PatientColumn,
    WhatColumn,
    DetailsColumn,
    ColumnCount
};
} // namespace

AuditDialog::AuditDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Audit trail"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    m_mrn = new QLineEdit(this);
    m_mrn->setAccessibleName(tr("Patient MRN"));
    m_mrn->setPlaceholderText(tr("all patients"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("all users"));
    m_from = new OptionalDateEdit(db.clock().today(), this);
    m_from->setAccessibleName(tr("From"));
    m_to = new OptionalDateEdit(db.clock().today(), this);
    m_to->setAccessibleName(tr("To"));
    auto add = [&](int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, 0, column * 2);
        filters->addWidget(field, 0, column * 2 + 1);
    };
    add(0, tr("&Patient (MRN):"), m_mrn);
    add(1, tr("&User:"), m_user);
    add(2, tr("&From:"), m_from);
    add(3, tr("&To:"), m_to);
    auto *apply = new QPushButton(tr("&Show"), this);
    filters->addWidget(apply, 0, 8);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Patient"), tr("What happened"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(TimeColumn, 18 * em);
    m_table->setColumnWidth(UserColumn, 12 * em);
    m_table->setColumnWidth(PatientColumn, 28 * em);
    m_table->setColumnWidth(WhatColumn, 50 * em);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *check = buttons->addButton(tr("&Verify the chain"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(save, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    connect(apply, &QPushButton::clicked, this, &AuditDialog::refresh);
    connect(m_mrn, &QLineEdit::returnPressed, this, &AuditDialog::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditDialog::refresh);
    layout->addWidget(buttons);
    resize(1200, 650);
    refresh();
}

void AuditDialog::setPatientFilter(const QString &mrn)
{
    m_mrn->setText(mrn.trimmed());
    refresh();
}

bool AuditDialog::currentFilter(AuditFilter &filter)
{
    filter.user = m_user->text().trimmed();
    filter.from = m_from->optionalDate();
    filter.to = m_to->optionalDate();
    const QString mrn = m_mrn->text().trimmed();
    if (!mrn.isEmpty()) {
        const auto patient = PatientRepository(m_db).findByMrn(mrn);
        if (!patient) {
            m_status->setText(tr("No patient with MRN %1.").arg(mrn));
            return false;
        }
        filter.patientId = patient.value().id;
    }
    return true;
}

void AuditDialog::refresh()
{
    AuditFilter filter;
    m_table->setRowCount(0);
    if (!currentFilter(filter))
        return;
    filter.limit = kShown;
    const auto records = AuditLog(m_db).query(filter);
    if (!records) {
        m_status->setText(records.error().message);
        return;
    }
    const QList<AuditRecord> &list = records.value();
    // The patients on screen, by name and MRN, in one look-up.
    QList<qint64> ids;
    for (const auto &r : list) {
        if (r.patientId)
            ids << *r.patientId;
    }
    const auto found = auditPatients(m_db, ids);
    const QHash<qint64, AuditPatient> patients =
        found ? found.value() : QHash<qint64, AuditPatient>();

    m_table->setRowCount(int(list.size()));
    int row = 0;
    for (const auto &r : list) {
        const QString sentence = auditSentence(r);
        const QStringList changes = auditChanges(r);
        auto *when = new QTableWidgetItem(auditTimeText(r));
        when->setToolTip(r.at); // as stored: UTC
        auto *what = new QTableWidgetItem(sentence);
        what->setToolTip(sentence + QLatin1Char('\n') +
                         tr("Entry %1: %2, table %3, record %4")
                             .arg(QString::number(r.id), r.action, r.table,
                                  r.recordId ? QString::number(*r.recordId) : QStringLiteral("—")));
        auto *details = new QTableWidgetItem(changes.join(QStringLiteral("; ")));
        const QString stored =
            tr("Before: %1\nAfter: %2")
                .arg(r.oldValues.left(kTooltipChars), r.newValues.left(kTooltipChars));
        QString tip = changes.join(QLatin1Char('\n'));
        if (!tip.isEmpty())
            tip += QStringLiteral("\n\n");
        tip += stored;
        details->setToolTip(tip);
        m_table->setItem(row, TimeColumn, when);
        m_table->setItem(row, UserColumn, new QTableWidgetItem(r.user));
        m_table->setItem(row, PatientColumn, new QTableWidgetItem(auditPatientText(r, patients)));
        m_table->setItem(row, WhatColumn, what);
        m_table->setItem(row, DetailsColumn, details);
        ++row;
    }
    QString shown = tr("%1 entries shown (newest first, at most %2).").arg(list.size()).arg(kShown);
    if (!found) // the entries are right; only the patients' names are missing
        shown += QLatin1Char(' ') + found.error().message;
    m_status->setText(shown);
}

void AuditDialog::verify()
{
    // Every entry is hashed again: years of a clinic's trail take a while, off this thread.
    Result<AuditLog::Verification> v = AuditLog::Verification();
    const auto done = runWithDatabase(this, tr("Audit trail"), tr("Checking the hash chain…"), m_db,
                                      [&](Database &own, TaskProgress &) -> Result<void> {
                                          v = AuditLog(own).verify();
                                          return v ? Result<void>() : v.error();
                                      });
    if (!done) {
        m_status->setText(done.error().message);
        return;
    }
    m_status->setText(v.value().intact()
                          ? tr("The chain is intact: %1 entries, each linked to the one before.")
                                .arg(v.value().records)
                          : tr("The chain is broken at entry %1: %2.")
                                .arg(v.value().firstBrokenId)
                                .arg(v.value().reason));
}

void AuditDialog::exportCsv()
{
    AuditFilter filter;
    if (!currentFilter(filter))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Result<int> written = 0;
    const auto done = runWithDatabase(this, tr("Audit trail"), tr("Writing the CSV file…"), m_db,
                                      [&](Database &own, TaskProgress &) -> Result<void> {
                                          written = AuditLog(own).exportCsv(filter, path);
                                          return written ? Result<void>() : written.error();
                                      });
    m_status->setText(done ? tr("%1 entries written to %2.").arg(written.value()).arg(path)
                           : done.error().message);
}

} // namespace tricholog
