#include "ui/patients/PatientDialog.h"

#include "core/clinical/Ranges.h"
#include "core/clinical/Validation.h"
#include "core/model/Keys.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tricholog {

PatientDialog::PatientDialog(const Patient &patient, QDate today, SaveFunction save,
                             MrnCheck mrnTaken, QWidget *parent)
    : EntryDialog(parent)
    , m_original(patient)
    , m_today(today)
    , m_save(std::move(save))
    , m_mrnTaken(std::move(mrnTaken))
{
    setWindowTitle(patient.id ? tr("Edit patient %1").arg(patient.displayName())
                              : tr("New patient"));
    auto *form = newForm();

    m_mrn = new QLineEdit(patient.mrn, this);
    m_mrn->setMaxLength(ranges::kMrnMaxLength + 8); // longer input is reported, not cut off
    m_mrn->setAccessibleName(tr("Record number (MRN)"));
    m_mrnStatus = new QLabel(this);
    m_mrnStatus->setObjectName(QStringLiteral("mrnStatus"));
    auto *mrnRow = new QWidget(this);
    auto *mrnLayout = new QHBoxLayout(mrnRow);
    mrnLayout->setContentsMargins(0, 0, 0, 0);
    mrnLayout->addWidget(m_mrn, 1);
    mrnLayout->addWidget(m_mrnStatus);
    m_family = new QLineEdit(patient.familyName, this);
    m_given = new QLineEdit(patient.givenName, this);
    m_birth = new OptionalDateEdit(m_today, this);
    m_birth->setOptionalDate(patient.dateOfBirth);
    m_sex = new QComboBox(this);
    for (auto s : allValues<Sex>())
        m_sex->addItem(label(s), toKey(s));
    m_sex->setCurrentIndex(m_sex->findData(toKey(patient.sex)));
    m_fitzpatrick = new QComboBox(this);
    m_fitzpatrick->addItem(tr("not recorded"), 0);
    for (int t = 1; t <= 6; ++t)
        m_fitzpatrick->addItem(tr("Type %1").arg(fitzpatrickRoman(t)), t);
    m_fitzpatrick->setCurrentIndex(patient.fitzpatrick.value_or(0));
    m_phone = new QLineEdit(patient.phone, this);
    m_email = new QLineEdit(patient.email, this);
    m_treatmentConsent = new OptionalDateEdit(m_today, this);
    m_treatmentConsent->setOptionalDate(patient.treatmentConsentDate);
    m_photoConsent = new QCheckBox(tr("Given"), this);
    m_photoConsent->setChecked(patient.photoConsent);
    m_photoConsentDate = new OptionalDateEdit(m_today, this);
    m_photoConsentDate->setOptionalDate(patient.photoConsentDate);
    m_dataConsent = new QCheckBox(tr("Given"), this);
    m_dataConsent->setChecked(patient.dataProcessingConsent);
    m_dataConsentDate = new OptionalDateEdit(m_today, this);
    m_dataConsentDate->setOptionalDate(patient.dataProcessingConsentDate);
    m_notes = new QPlainTextEdit(patient.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    auto pair = [this](QWidget *a, QWidget *b) {
        auto *w = new QWidget(this);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a);
        l->addWidget(b, 1);
        return w;
    };

    auto &e = errors();
    auto addRow = [&](const QString &text, const QString &key, QWidget *field,
                      QWidget *shown = nullptr) {
        auto *labelWidget = new QLabel(text, this);
        labelWidget->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(labelWidget, e.wrap(key, shown ? shown : field));
    };
    addRow(tr("&MRN:"), QStringLiteral("mrn"), m_mrn, mrnRow);
    addRow(tr("&Family name:"), QStringLiteral("family_name"), m_family);
    addRow(tr("&Given name(s):"), QStringLiteral("given_name"), m_given);
    addRow(tr("Date of &birth:"), QStringLiteral("date_of_birth"), m_birth);
    addRow(tr("&Sex at birth:"), QStringLiteral("sex"), m_sex);
    addRow(tr("Fit&zpatrick skin type:"), QStringLiteral("fitzpatrick"), m_fitzpatrick);
    addRow(tr("&Phone:"), QStringLiteral("phone"), m_phone);
    addRow(tr("&E-mail:"), QStringLiteral("email"), m_email);
    addRow(tr("&Treatment consent on:"), QStringLiteral("treatment_consent_date"),
           m_treatmentConsent);
    addRow(tr("Ph&oto consent:"), QStringLiteral("photo_consent_date"), m_photoConsent,
           pair(m_photoConsent, m_photoConsentDate));
    addRow(tr("&Data-processing consent:"), QStringLiteral("data_consent_date"), m_dataConsent,
           pair(m_dataConsent, m_dataConsentDate));
    addRow(tr("&Notes:"), QStringLiteral("notes"), m_notes);
    m_photoConsentDate->setAccessibleName(tr("Photo consent date"));
    m_dataConsentDate->setAccessibleName(tr("Data-processing consent date"));
    mainLayout()->addLayout(form);
    finishLayout();

    // A consent ticked today gets today's date unless one is entered.
    connect(m_photoConsent, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_photoConsentDate->optionalDate().isValid())
            m_photoConsentDate->setOptionalDate(m_today);
    });
    connect(m_dataConsent, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_dataConsentDate->optionalDate().isValid())
            m_dataConsentDate->setOptionalDate(m_today);
    });
    connect(m_mrn, &QLineEdit::textChanged, this, &PatientDialog::checkMrn);
    checkMrn();
    setMinimumWidth(520);
}

void PatientDialog::checkMrn()
{
    const QString mrn = m_mrn->text().trimmed();
    if (mrn.isEmpty()) {
        m_mrnStatus->clear();
    } else if (m_mrnTaken && m_mrnTaken(mrn, m_original.id)) {
        m_mrnStatus->setText(tr("already used"));
        m_mrnStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else if (mrn.size() > ranges::kMrnMaxLength) {
        m_mrnStatus->setText(tr("too long (max. %1)").arg(ranges::kMrnMaxLength));
        m_mrnStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        m_mrnStatus->setText(tr("available"));
        m_mrnStatus->setStyleSheet(QStringLiteral("color: #1e8449;"));
    }
}

Patient PatientDialog::patient() const
{
    Patient p = m_original;
    p.mrn = m_mrn->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.dateOfBirth = m_birth->optionalDate();
    p.sex = fromKey<Sex>(m_sex->currentData().toString()).value_or(Sex::Other);
    const int fitz = m_fitzpatrick->currentData().toInt();
    p.fitzpatrick = fitz > 0 ? std::optional<int>(fitz) : std::nullopt;
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.treatmentConsentDate = m_treatmentConsent->optionalDate();
    p.photoConsent = m_photoConsent->isChecked();
    p.photoConsentDate = p.photoConsent ? m_photoConsentDate->optionalDate() : QDate();
    p.dataProcessingConsent = m_dataConsent->isChecked();
    p.dataProcessingConsentDate =
        p.dataProcessingConsent ? m_dataConsentDate->optionalDate() : QDate();
    p.notes = m_notes->toPlainText();
    return p;
}

Result<void> PatientDialog::save()
{
    const Patient p = patient();
    // A record without a birth date has no age for the report and the list; without
    // data-processing consent the clinic may not keep it. Both are allowed, after a question.
    // Asked for a new patient, and for an edit that removes what was recorded.
    const bool isNew = m_original.id == 0;
    QStringList missing;
    if (!p.dateOfBirth.isValid() && (isNew || m_original.dateOfBirth.isValid()))
        missing << tr("a date of birth");
    if (!p.dataProcessingConsent && (isNew || m_original.dataProcessingConsent))
        missing << tr("data-processing consent");
    if (!missing.isEmpty() && validatePatient(p, m_today).ok()) {
        QMessageBox box(QMessageBox::Question,
                        tr("Save without %1?").arg(missing.join(tr(" and "))),
                        tr("%1 has no %2 recorded. Save anyway?")
                            .arg(p.displayName(), missing.join(tr(" and "))),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmMissing"));
        QPushButton *saveAnyway = box.addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
        QPushButton *back = box.addButton(tr("&Go back and add it"), QMessageBox::RejectRole);
        box.setDefaultButton(back);
        box.exec();
        if (box.clickedButton() != saveAnyway) {
            ValidationResult v;
            const bool birth = !p.dateOfBirth.isValid();
            v.add(birth ? QStringLiteral("date_of_birth") : QStringLiteral("data_consent_date"),
                  birth ? tr("Date of birth") : tr("Data-processing consent"), QString(), QString(),
                  tr("Not saved yet: add %1, or save again and confirm.")
                      .arg(missing.join(tr(" and "))));
            return Error::validation(v);
        }
    }
    return m_save(p);
}

} // namespace tricholog
