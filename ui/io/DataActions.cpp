#include "ui/io/DataActions.h"

#include "core/io/CsvExporter.h"
#include "core/io/FhirExporter.h"
#include "core/security/Restore.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/PracticeRepository.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/io/ImportDialog.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/widgets/ExportedMessage.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace tricholog {

DataActions::DataActions(Database &db, ChangeNotifier &notifier, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_parent(parent)
{}

std::optional<QString> DataActions::askScope(const QString &title, const QString &selectedMrn) const
{
    if (selectedMrn.isEmpty())
        return QString();
    QMessageBox box(QMessageBox::Question, title, tr("Export which records?"), QMessageBox::Cancel,
                    m_parent);
    QPushButton *one =
        box.addButton(tr("Patient %1 only").arg(selectedMrn), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("All patients"), QMessageBox::AcceptRole);
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == one)
        return selectedMrn;
    if (box.clickedButton() == all)
        return QString();
    return std::nullopt;
}

bool DataActions::importCsv()
{
    ImportDialog dialog(m_db, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit m_notifier.everythingChanged();
    QMessageBox::information(m_parent, tr("Import CSV files"),
                             tr("Imported.\n\n%1").arg(dialog.summary().text()));
    return true;
}

bool DataActions::exportCsv(const QString &selectedMrn)
{
    const auto scope = askScope(tr("Export CSV"), selectedMrn);
    if (!scope)
        return false;
    const QString folder = QFileDialog::getExistingDirectory(
        m_parent, tr("Export CSV files into"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return false;
    QMap<CsvKind, int> rows;
    const auto done = runWithDatabase(m_parent, tr("Export CSV"), tr("Writing the CSV files…"),
                                      m_db, [&](Database &own, TaskProgress &) -> Result<void> {
                                          auto written = tricholog::exportCsv(own, folder, *scope);
                                          if (!written)
                                              return written.error();
                                          rows = written.value();
                                          return {};
                                      });
    if (!done) {
        QMessageBox::warning(m_parent, tr("Export CSV"), done.error().message);
        return false;
    }
    showExported(m_parent, tr("Export CSV"),
                 tr("%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.")
                     .arg(rows.value(CsvKind::Patients))
                     .arg(rows.value(CsvKind::Diagnoses))
                     .arg(rows.value(CsvKind::Sessions))
                     .arg(rows.value(CsvKind::Measurements))
                     .arg(QDir::toNativeSeparators(folder)),
                 folder);
    return true;
}

bool DataActions::exportFhir(const QString &selectedMrn)
{
    const auto scope = askScope(tr("Export FHIR"), selectedMrn);
    if (!scope)
        return false;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        (scope->isEmpty() ? QStringLiteral("tricholog") : *scope) + QStringLiteral("-fhir.json");
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export FHIR R4 bundle"), suggested,
                                                tr("FHIR JSON (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    int resources = 0;
    const auto done = runWithDatabase(m_parent, tr("Export FHIR"), tr("Writing the FHIR bundle…"),
                                      m_db, [&](Database &own, TaskProgress &) -> Result<void> {
                                          auto written = fhir::exportBundle(own, path, *scope);
                                          if (!written)
                                              return written.error();
                                          resources = written.value();
                                          return {};
                                      });
    if (!done) {
        QMessageBox::warning(m_parent, tr("Export FHIR"), done.error().message);
        return false;
    }
    showExported(
        m_parent, tr("Export FHIR"),
        tr("%1 resources written to %2.").arg(resources).arg(QDir::toNativeSeparators(path)), path);
    return true;
}

bool DataActions::exportFhirNdjson(const QString &selectedMrn)
{
    const auto scope = askScope(tr("Export FHIR NDJSON"), selectedMrn);
    if (!scope)
        return false;
    const QString folder = QFileDialog::getExistingDirectory(
        m_parent, tr("Export FHIR NDJSON files into"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return false;
    QMap<QString, int> resources;
    const auto done =
        runWithDatabase(m_parent, tr("Export FHIR NDJSON"), tr("Writing the FHIR NDJSON files…"),
                        m_db, [&](Database &own, TaskProgress &) -> Result<void> {
                            auto written = fhir::exportNdjson(own, folder, *scope);
                            if (!written)
                                return written.error();
                            resources = written.value();
                            return {};
                        });
    if (!done) {
        QMessageBox::warning(m_parent, tr("Export FHIR NDJSON"), done.error().message);
        return false;
    }
    QStringList counts;
    for (const QString &name : fhir::ndjsonFileNames())
        counts << tr("%1: %2").arg(name).arg(resources.value(name));
    showExported(m_parent, tr("Export FHIR NDJSON"),
                 tr("Written to %1:\n%2")
                     .arg(QDir::toNativeSeparators(folder), counts.join(QLatin1Char('\n'))),
                 folder);
    return true;
}

bool DataActions::backupNow()
{
    const QString suggested =
        m_settings.effectiveBackupFolder(m_db.path()) + QStringLiteral("/manual-") +
        m_db.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Back up the database"), suggested, tr("Tricholog database (*.sqlite)"));
    if (path.isEmpty())
        return false;
    const QString chosen = QFileInfo(path).absoluteFilePath();
    const QString live = QFileInfo(m_db.path()).absoluteFilePath();
    if (chosen == live || chosen == live + QStringLiteral("-wal") ||
        chosen == live + QStringLiteral("-shm")) {
        QMessageBox::warning(m_parent, tr("Back up"),
                             tr("%1 is the open database itself; choose another file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QFile::remove(path); // the file dialog has asked before overwriting
    const auto made = runWithDatabase(
        m_parent, tr("Back up"), tr("Writing and checking a copy of the database…"), m_db,
        [&](Database &own, TaskProgress &) { return backup::create(own, path); });
    if (!made) {
        QMessageBox::warning(m_parent, tr("Back up"), made.error().message);
        return false;
    }
    QMessageBox::information(
        m_parent, tr("Back up"),
        tr("A checked copy of the database is at %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString DataActions::chooseRestore()
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Restore from a backup"), m_settings.effectiveBackupFolder(m_db.path()),
        tr("Tricholog database (*.sqlite *.bak);;All files (*)"));
    if (path.isEmpty())
        return {};
    restore::Request request;
    request.databasePath = m_db.path();
    request.from = path;
    request.user = m_db.session() ? m_db.session()->name : QString();
    if (auto practice = PracticeRepository(m_db).practiceId())
        request.currentPracticeId = practice.value();
    Result<restore::Checked> checked = restore::Checked();
    (void)runInBackground(m_parent, tr("Restore"), tr("Checking the backup…"), [&](TaskProgress &) {
        checked = restore::check(request); // its file, trail, triggers and practice
        return Result<void>();
    });
    if (!checked) {
        QMessageBox::warning(
            m_parent, tr("Restore"),
            tr("This file cannot be restored.\n\n%1").arg(checked.error().message));
        return {};
    }
    const auto answer = QMessageBox::question(
        m_parent, tr("Restore"),
        tr("Replace the open database with the backup %1 (last changed %2)?\n\nThe current "
           "database is kept beside it as a \".before-restore\" copy. Tricholog closes the "
           "database, restores the backup and opens it again.")
            .arg(QDir::toNativeSeparators(path),
                 QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)));
    return answer == QMessageBox::Yes ? path : QString();
}

bool DataActions::backupOnExit()
{
    if (m_settings.backupsToKeep <= 0)
        return true;
    const QString folder = m_settings.effectiveBackupFolder(m_db.path());
    const int keep = m_settings.backupsToKeep;
    const QDateTime now = m_db.clock().now(); // names the copy
    const auto made = runWithDatabase(m_parent, tr("Automatic backup"),
                                      tr("Keeping a copy of the database before closing…"), m_db,
                                      [&](Database &own, TaskProgress &) -> Result<void> {
                                          auto copy = backup::rotate(own, folder, keep, now);
                                          if (!copy)
                                              return copy.error();
                                          return {};
                                      });
    if (!made) {
        QMessageBox::warning(m_parent, tr("Automatic backup"),
                             tr("The automatic backup failed; your data is unchanged.\n\n%1")
                                 .arg(made.error().message));
        return false;
    }
    return true;
}

} // namespace tricholog
