#include "ui/io/ImportDialog.h"

#include "core/storage/Database.h"
#include "core/storage/PatientSummary.h"
#include "ui/tasks/BackgroundTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tricholog {

namespace {

QString kindTitle(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Patients:
        return ImportDialog::tr("&Patients:");
    case CsvKind::Diagnoses:
        return ImportDialog::tr("&Diagnoses:");
    case CsvKind::Sessions:
        return ImportDialog::tr("&Sessions:");
    case CsvKind::Measurements:
        return ImportDialog::tr("&Measurements:");
    }
    return {};
}

constexpr int kPreviewRows = 20;

} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import CSV files"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("One file per kind, with a header row (see the README for the columns). Everything is "
           "checked first: if any row is wrong, nothing is imported. Rows already in the "
           "database are left unchanged."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_which = new QComboBox(this);
    for (CsvKind kind :
         {CsvKind::Patients, CsvKind::Diagnoses, CsvKind::Sessions, CsvKind::Measurements}) {
        auto *path = new QLineEdit(this);
        path->setPlaceholderText(csv::fileName(kind));
        path->setAccessibleName(
            QString(kindTitle(kind)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *browse = new QPushButton(tr("Browse…"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(path, 1);
        row->addWidget(browse);
        auto *label = new QLabel(kindTitle(kind), this);
        label->setBuddy(path);
        form->addRow(label, row);
        m_paths.insert(kind, path);
        m_which->addItem(QString(kindTitle(kind)).remove(QLatin1Char('&')).remove(QLatin1Char(':')),
                         int(kind));
        connect(browse, &QPushButton::clicked, this, [this, kind] {
            const QString chosen = QFileDialog::getOpenFileName(
                this, tr("Choose a CSV file"), QString(), tr("CSV files (*.csv *.txt)"));
            if (!chosen.isEmpty())
                setFile(kind, chosen);
        });
        connect(path, &QLineEdit::editingFinished, this, [this, kind] {
            m_which->setCurrentIndex(m_which->findData(int(kind)));
            showPreview();
        });
    }
    layout->addLayout(form);

    auto *previewRow = new QHBoxLayout;
    auto *previewLabel = new QLabel(tr("P&review:"), this);
    previewLabel->setBuddy(m_which);
    m_which->setAccessibleName(tr("Preview of"));
    previewRow->addWidget(previewLabel);
    previewRow->addWidget(m_which);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    previewRow->addWidget(m_info, 1);
    layout->addLayout(previewRow);
    m_preview = new QTableWidget(this);
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->setMinimumHeight(220);
    layout->addWidget(m_preview, 1);

    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(140);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Check and &import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_which, &QComboBox::currentIndexChanged, this, &ImportDialog::showPreview);
    setMinimumSize(860, 580);
    showPreview();
}

void ImportDialog::setFile(CsvKind kind, const QString &path)
{
    m_paths.value(kind)->setText(path);
    m_which->setCurrentIndex(m_which->findData(int(kind)));
    showPreview();
}

ImportFiles ImportDialog::files() const
{
    ImportFiles f;
    f.patients = m_paths.value(CsvKind::Patients)->text().trimmed();
    f.diagnoses = m_paths.value(CsvKind::Diagnoses)->text().trimmed();
    f.sessions = m_paths.value(CsvKind::Sessions)->text().trimmed();
    f.measurements = m_paths.value(CsvKind::Measurements)->text().trimmed();
    return f;
}

void ImportDialog::showPreview()
{
    if (m_previewBusy) {
        m_previewAgain = true;
        return;
    }
    m_previewBusy = true;
    do {
        m_previewAgain = false;
        refreshPreview();
    } while (m_previewAgain);
    m_previewBusy = false;
}

void ImportDialog::refreshPreview()
{
    const auto kind = CsvKind(m_which->currentData().toInt());
    const QString path = m_paths.value(kind)->text().trimmed();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (path.isEmpty()) {
        m_info->setText(tr("No %1 file chosen.").arg(m_which->currentText().toLower()));
        return;
    }
    int line = 0;
    Result<CsvTable> table = Error::storage(QString());
    const auto read =
        runInBackground(this, tr("Preview"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                        [&](TaskProgress &) -> Result<void> {
                            table = CsvImporter::readFile(path, &line, kPreviewRows);
                            return {};
                        });
    if (!read)
        table = read.error();
    if (!table) {
        m_info->setText(tr("<b>Cannot read %1:</b> %2")
                            .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                                 table.error().message.toHtmlEscaped()));
        return;
    }
    const CsvTable &t = table.value();
    QStringList missing, unknown;
    for (const QString &c : csv::requiredColumns(kind))
        if (!t.header.contains(c))
            missing << c;
    for (const QString &c : t.header)
        if (!csv::columns(kind).contains(c))
            unknown << c;
    QString info = tr("%1 · %2 · delimiter %3 · %4 column(s) · %5 row(s)")
                       .arg(QFileInfo(path).fileName().toHtmlEscaped(), encodingName(t.encoding),
                            t.delimiter == QLatin1Char(';') ? tr("semicolon") : tr("comma"))
                       .arg(t.header.size())
                       .arg(t.rowCount);
    if (!missing.isEmpty())
        info += QStringLiteral("<br><b>") +
                tr("Missing columns: %1").arg(missing.join(QStringLiteral(", "))) +
                QStringLiteral("</b>");
    if (!unknown.isEmpty())
        info += QStringLiteral("<br><b>") +
                tr("Unknown columns: %1").arg(unknown.join(QStringLiteral(", "))) +
                QStringLiteral("</b>");
    m_info->setText(info);
    m_preview->setColumnCount(int(t.header.size()));
    m_preview->setHorizontalHeaderLabels(t.header);
    for (int c = 0; c < t.header.size(); ++c) {
        auto *head = m_preview->horizontalHeaderItem(c);
        if (unknown.contains(t.header.at(c))) {
            head->setForeground(QColor(0xb0, 0x00, 0x20));
            head->setToolTip(tr("Not a column Tricholog knows: the import will refuse the file."));
        }
    }
    const int rows = int(std::min<qsizetype>(kPreviewRows, t.records.size()));
    m_preview->setRowCount(rows);
    QStringList lineNumbers;
    for (int r = 0; r < rows; ++r) {
        lineNumbers << QString::number(t.records.at(r).line);
        for (int c = 0; c < t.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(t.records.at(r).fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lineNumbers);
    m_preview->resizeColumnsToContents(); // at most 20 rows: cheap
}

void ImportDialog::runImport()
{
    // On a thread of its own, behind a progress dialog that can cancel it: a large import must
    // not freeze the window. All files or none, as always.
    QList<ImportIssue> issues;
    const ImportFiles chosen = files();
    const auto result = runWithDatabase(
        this, tr("Import CSV files"), tr("Checking and importing the files…"), m_db,
        [&](Database &own, TaskProgress &progress) -> Result<void> {
            CsvImporter importer(own);
            auto imported = importer.importFiles(chosen, [&progress](qint64 done, qint64 total) {
                progress.setTotal(total);
                progress.setDone(done);
                return !progress.cancelled();
            });
            issues = importer.issues();
            if (!imported)
                return imported.error();
            m_summary = imported.value();
            // The list's figures of every imported patient, now rather than on the UI thread.
            if (auto refreshed = patientsummary::refreshStale(own); !refreshed)
                return refreshed.error();
            return {};
        });
    if (result) {
        accept();
        return;
    }
    QStringList lines;
    if (issues.isEmpty())
        lines << result.error().message;
    for (const auto &issue : std::as_const(issues))
        lines << issue.text();
    m_problems->setPlainText(tr("Nothing was imported. %n problem(s):", nullptr,
                                int(std::max<qsizetype>(1, issues.size()))) +
                             QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_problems->show();
}

} // namespace tricholog
