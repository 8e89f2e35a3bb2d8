#include "ui/plans/ProtocolForm.h"

#include "core/model/Keys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <algorithm>

namespace tricholog {

ProtocolForm::ProtocolForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("protocolName"));
    m_device = new QComboBox(this);
    for (Device d : allValues<Device>())
        m_device->addItem(label(d), toKey(d));
    m_needle = new QDoubleSpinBox(this);
    m_needle->setRange(0.1, 3.0);
    m_needle->setDecimals(2);
    m_needle->setSingleStep(0.25);
    m_needle->setSuffix(tr(" mm"));
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 365);
    m_interval->setSuffix(tr(" days"));
    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("protocolSessions"));
    m_sessions->setRange(1, 100);
    auto *adjuncts = new QWidget(this);
    auto *adjunctGrid = new QGridLayout(adjuncts);
    adjunctGrid->setContentsMargins(0, 0, 0, 0);
    adjunctGrid->setColumnStretch(1, 1);
    for (AdjunctType a : allValues<AdjunctType>()) {
        auto *used = new QCheckBox(label(a), adjuncts);
        auto *dose = new QLineEdit(adjuncts);
        dose->setPlaceholderText(tr("dose, e.g. 5 % solution, 1 ml twice daily"));
        dose->setAccessibleName(tr("Dose of %1").arg(label(a)));
        dose->setEnabled(false);
        connect(used, &QCheckBox::toggled, dose, &QWidget::setEnabled);
        connect(used, &QCheckBox::toggled, this, &ProtocolForm::changed);
        adjunctGrid->addWidget(used, int(m_adjuncts.size()), 0);
        adjunctGrid->addWidget(dose, int(m_adjuncts.size()), 1);
        m_adjuncts.append({a, used, dose});
    }
    m_weeks = new QLineEdit(this);
    m_weeks->setObjectName(QStringLiteral("protocolWeeks"));
    m_weeks->setPlaceholderText(tr("weeks from the start, e.g. 0, 12, 24"));
    auto *views = new QWidget(this);
    auto *viewGrid = new QGridLayout(views);
    viewGrid->setContentsMargins(0, 0, 0, 0);
    for (PhotoView v : allValues<PhotoView>()) {
        auto *box = new QCheckBox(label(v), views);
        box->setProperty("key", toKey(v));
        viewGrid->addWidget(box, int(m_views.size()) / 3, int(m_views.size()) % 3);
        m_views << box;
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(3 * fontMetrics().lineSpacing() + 12);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("De&vice:"), m_device);
    m_form->addRow(tr("Needle &length:"), m_needle);
    m_form->addRow(tr("&Interval:"), m_interval);
    m_form->addRow(tr("Sessi&ons:"), m_sessions);
    m_form->addRow(tr("Adjuncts and doses:"), adjuncts);
    m_form->addRow(tr("Measurement visits (&weeks):"), m_weeks);
    m_form->addRow(tr("Photos at those visits:"), views);
    m_form->addRow(tr("Not&es:"), m_notes);
    connect(m_name, &QLineEdit::textChanged, this, &ProtocolForm::changed);
    connect(m_weeks, &QLineEdit::textChanged, this, &ProtocolForm::changed);
    connect(m_sessions, &QSpinBox::valueChanged, this, &ProtocolForm::changed);
    connect(m_interval, &QSpinBox::valueChanged, this, &ProtocolForm::changed);
}

void ProtocolForm::setProtocol(const plan::Protocol &p)
{
    m_name->setText(p.name);
    m_device->setCurrentIndex(std::max(0, m_device->findData(toKey(p.device))));
    m_needle->setValue(p.needleMm);
    m_interval->setValue(p.intervalDays);
    m_sessions->setValue(p.sessions);
    for (const AdjunctRow &row : std::as_const(m_adjuncts)) {
        const auto it =
            std::find_if(p.adjuncts.cbegin(), p.adjuncts.cend(),
                         [&](const plan::AdjunctDose &a) { return a.adjunct == row.adjunct; });
        row.used->setChecked(it != p.adjuncts.cend());
        row.dose->setText(it != p.adjuncts.cend() ? it->dose : QString());
        row.dose->setCursorPosition(0); // a long dose is read from its start
    }
    QStringList weeks;
    for (int w : p.measurementWeeks)
        weeks << QString::number(w);
    m_weeks->setText(weeks.join(QStringLiteral(", ")));
    for (QCheckBox *box : std::as_const(m_views))
        box->setChecked(
            p.photoViews.contains(*fromKey<PhotoView>(box->property("key").toString())));
    m_notes->setPlainText(p.notes);
}

Result<plan::Protocol> ProtocolForm::protocol() const
{
    plan::Protocol p;
    p.name = m_name->text().trimmed();
    p.device = fromKey<Device>(m_device->currentData().toString()).value_or(Device::Dermaroller);
    p.needleMm = m_needle->value();
    p.intervalDays = m_interval->value();
    p.sessions = m_sessions->value();
    for (const AdjunctRow &row : m_adjuncts)
        if (row.used->isChecked())
            p.adjuncts.append({row.adjunct, row.dose->text().trimmed()});
    for (const QString &part : m_weeks->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                     Qt::SkipEmptyParts)) {
        bool ok = false;
        const int week = part.toInt(&ok);
        if (!ok)
            return Error{Error::Kind::Validation,
                         tr("Measurement visits: \"%1\" is not a number of weeks (write them "
                            "as 0, 12, 24).")
                             .arg(part),
                         {}};
        p.measurementWeeks << week;
    }
    std::sort(p.measurementWeeks.begin(), p.measurementWeeks.end());
    for (const QCheckBox *box : m_views)
        if (box->isChecked())
            p.photoViews << *fromKey<PhotoView>(box->property("key").toString());
    p.notes = m_notes->toPlainText().trimmed();
    if (auto ok = plan::check(p); !ok)
        return ok.error();
    return p;
}

} // namespace tricholog
