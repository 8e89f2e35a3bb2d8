#include "ui/widgets/PatientBand.h"

#include "ui/widgets/DateText.h"

#include <QCoreApplication>

namespace tricholog {

namespace {
QString birthText(const Patient &patient)
{
    return patient.dateOfBirth.isValid()
               ? QCoreApplication::translate("PatientBand", "born %1")
                     .arg(dateText(patient.dateOfBirth))
               : QCoreApplication::translate("PatientBand", "birth date not recorded");
}
} // namespace

QString patientIdentity(const Patient &patient)
{
    return QCoreApplication::translate("PatientBand", "%1 (MRN %2, %3)")
        .arg(patient.displayName(), patient.mrn, birthText(patient));
}

PatientBand::PatientBand(const Patient &patient, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("patientBand"));
    setTextFormat(Qt::RichText);
    setText(QCoreApplication::translate("PatientBand",
                                        "<b>%1</b> &nbsp;·&nbsp; MRN %2 &nbsp;·&nbsp; %3")
                .arg(patient.displayName().toHtmlEscaped(), patient.mrn.toHtmlEscaped(),
                     birthText(patient).toHtmlEscaped()));
    setAccessibleName(patientIdentity(patient));
    setContentsMargins(10, 6, 10, 6);
    setStyleSheet(QStringLiteral("QLabel#patientBand { background: #e8f0fa; color: #10253f; "
                                 "border-bottom: 1px solid #9fb7d6; }"));
}

} // namespace tricholog
