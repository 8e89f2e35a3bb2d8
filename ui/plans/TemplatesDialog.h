#pragma once

#include "core/storage/PlanRepository.h"

#include <QDialog>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace tricholog {

class Database;
class ProtocolForm;

// The clinic's protocol templates (Tools > Protocol templates…): the list on the left, the
// chosen one's fields on the right; New, Save, Delete. Clinicians and administrators edit them;
// every change is in the audit trail (the plans made from a template keep their own copies).
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatesDialog(Database &db, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    ProtocolForm *form() const { return m_form; }
    QLabel *message() const { return m_message; }

    // The form differs from the template as it was shown (any field, or typed text that does not
    // make a template yet).
    bool hasUnsavedChanges() const;

public slots:
    bool saveCurrent();
    void newTemplate();
    bool removeCurrent();
    void reject() override; // asks first when the form has changes not saved

private:
    void reload(qint64 select);
    void say(const QString &text, bool problem);
    void showTemplate(int row);
    void showNew(); // a blank template in the form, without asking
    void chooseRow(int row);
    // Asks whether to save changes not saved: true when the user may go on (saved, or dropped).
    bool settleChanges();
    void rememberShown();
    Database &m_db;
    QList<ProtocolTemplate> m_templates;
    ProtocolTemplate m_current;
    int m_shownRow = -1;
    std::optional<plan::Protocol> m_shown; // the form's values when shown
    QString m_shownProblem;                // or why they were not a template
    QListWidget *m_list;
    ProtocolForm *m_form;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_remove;
    bool m_canEdit = false;
};

} // namespace tricholog
