#pragma once

#include "core/storage/PracticeRepository.h"
#include "ui/widgets/EntryDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tricholog {

// The practice's details, kept in the database for every workstation: the name, address and
// logo at the head of every report, and the paper reports are printed on. Asked for when a new
// database is made; File > Practice details afterwards (administrators).
class PracticeDialog : public EntryDialog
{
    Q_OBJECT
public:
    PracticeDialog(Database &db, const Practice &practice, bool firstStart,
                   QWidget *parent = nullptr);

    Practice practice() const;
    QLineEdit *nameField() const { return m_name; }

protected:
    Result<void> save() override;

private:
    void chooseLogo();
    void showLogo();
    Database &m_db;
    Practice m_practice;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLabel *m_logo;
    QComboBox *m_paper;
};

} // namespace tricholog
