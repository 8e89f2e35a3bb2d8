#pragma once

#include "core/io/CsvImporter.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tricholog {

class Database;

// CSV import: one file per kind, a preview of the chosen file's first rows with the detected
// delimiter and columns, then an all-or-nothing import. On failure the dialog stays open and
// lists every bad row (file, line, column, value, reason); nothing is written.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);

    void setFile(CsvKind kind, const QString &path);
    QLineEdit *pathField(CsvKind kind) const { return m_paths.value(kind); }
    QTableWidget *preview() const { return m_preview; }
    QLabel *previewInfo() const { return m_info; }
    QPlainTextEdit *problems() const { return m_problems; }
    const ImportSummary &summary() const { return m_summary; }

public slots:
    void runImport();

private:
    // Reads the chosen file's first rows on a thread of its own (counting the rest takes a
    // while on a large file) while the dialog stays responsive; asked again meanwhile, it reads
    // once more when done.
    void showPreview();
    void refreshPreview();
    ImportFiles files() const;

    Database &m_db;
    QMap<CsvKind, QLineEdit *> m_paths;
    QComboBox *m_which;
    QLabel *m_info;
    QTableWidget *m_preview;
    QPlainTextEdit *m_problems;
    QPushButton *m_import;
    ImportSummary m_summary;
    bool m_previewBusy = false;
    bool m_previewAgain = false;
};

} // namespace tricholog
