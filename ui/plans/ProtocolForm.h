#pragma once

#include "core/Result.h"
#include "core/clinical/TreatmentPlan.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tricholog {

// The fields of a protocol (a template, or the copy of one in a patient's plan): name, device,
// needle length, interval, number of sessions, adjuncts with their doses, measurement visits
// (weeks from the start, typed "0, 12, 24"), photo views to take then, notes.
class ProtocolForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProtocolForm(QWidget *parent = nullptr);

    void setProtocol(const plan::Protocol &protocol);
    // What the fields hold, checked by core (plan::check); a week that is not a whole number is
    // named.
    Result<plan::Protocol> protocol() const;
    QFormLayout *form() const { return m_form; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *weeksEdit() const { return m_weeks; }

signals:
    void changed();

private:
    struct AdjunctRow
    {
        AdjunctType adjunct;
        QCheckBox *used;
        QLineEdit *dose;
    };
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_device;
    QDoubleSpinBox *m_needle;
    QSpinBox *m_interval;
    QSpinBox *m_sessions;
    QList<AdjunctRow> m_adjuncts;
    QLineEdit *m_weeks;
    QList<QCheckBox *> m_views;
    QPlainTextEdit *m_notes;
};

} // namespace tricholog
