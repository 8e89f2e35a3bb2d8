#pragma once

#include "core/storage/PlanRepository.h"

#include <QDialog>

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

public slots:
    bool saveCurrent();
    void newTemplate();
    bool removeCurrent();

private:
    void reload(qint64 select);
    void say(const QString &text, bool problem);
    void showTemplate(int row);
    Database &m_db;
    QList<ProtocolTemplate> m_templates;
    ProtocolTemplate m_current;
    QListWidget *m_list;
    ProtocolForm *m_form;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_remove;
    bool m_canEdit = false;
};

} // namespace tricholog
