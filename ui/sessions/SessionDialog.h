#pragma once

#include "core/model/MicroneedlingSession.h"
#include "ui/widgets/EntryDialog.h"

#include <QList>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace tricholog {

class ItemListEditor;
class NumberField;

// A microneedling session. A new session arrives pre-filled from the patient's previous one
// (device, depth, zones, adjuncts...) so a repeat visit takes seconds.
class SessionDialog : public EntryDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const MicroneedlingSession &)>;
    // Shows the session's time: a new one comes with its database clock's now (sessionDefaults).
    SessionDialog(const MicroneedlingSession &session, SaveFunction save,
                  QWidget *parent = nullptr);

    MicroneedlingSession session() const;
    NumberField *needleLength() const { return m_needle; }
    QSlider *pain() const { return m_pain; }
    ItemListEditor *adjuncts() const { return m_adjuncts; }
    ItemListEditor *adverseEvents() const { return m_adverse; }

protected:
    Result<void> save() override;

private:
    // The constructor's fields, created in tab order; each returns the widget its form row shows.
    QWidget *createCourseFields(const MicroneedlingSession &session);
    QWidget *createZones(const MicroneedlingSession &session);
    QWidget *createEndpointAndAnaesthetic(const MicroneedlingSession &session);
    void createAdjuncts(const MicroneedlingSession &session);
    QWidget *createPainRow(const MicroneedlingSession &session);
    void createAdverseAndNotes(const MicroneedlingSession &session);

    MicroneedlingSession m_original;
    SaveFunction m_save;
    QDateTimeEdit *m_when;
    NumberField *m_number;
    NumberField *m_planned;
    QLineEdit *m_operator;
    QComboBox *m_device;
    NumberField *m_needle;
    NumberField *m_needleCount;
    NumberField *m_passes;
    QLineEdit *m_direction;
    QList<QCheckBox *> m_zones;
    QComboBox *m_endpoint;
    QLineEdit *m_anaesthetic;
    NumberField *m_anaestheticMinutes;
    ItemListEditor *m_adjuncts;
    QLineEdit *m_background;
    QSlider *m_pain;
    QLabel *m_painValue;
    ItemListEditor *m_adverse;
    QLineEdit *m_postCare;
    QPlainTextEdit *m_notes;
};

} // namespace tricholog
