#include "ui/diagnoses/DiagnosisDialog.h"

#include "core/clinical/Ranges.h"
#include "core/clinical/Salt.h"
#include "core/clinical/Scales.h"
#include "core/model/Keys.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NumberField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace tricholog {

namespace {
QString gradeDisplay(Scale scale, const QString &grade)
{
    if (scale == Scale::NorwoodHamilton && grade == QLatin1String("IIIv"))
        return QCoreApplication::translate("DiagnosisDialog", "III vertex");
    return grade;
}
} // namespace

DiagnosisDialog::DiagnosisDialog(const Diagnosis &diagnosis, SaveFunction save, QWidget *parent)
    : EntryDialog(parent)
    , m_original(diagnosis)
    , m_save(std::move(save))
{
    setWindowTitle(diagnosis.id ? tr("Edit diagnosis") : tr("New diagnosis"));
    auto *form = newForm();
    auto &e = errors();

    m_type = new QComboBox(this);
    for (auto t : allValues<DiagnosisType>())
        m_type->addItem(label(t), toKey(t));
    m_icd10 = new QComboBox(this);
    m_icd10->setEditable(true);
    m_diagnosedOn = new QDateEdit(diagnosis.diagnosedOn, this);
    m_diagnosedOn->setCalendarPopup(true);
    m_diagnosedOn->setDisplayFormat(dateFormat());
    m_onset = new QLineEdit(diagnosis.onset, this);
    m_onset->setPlaceholderText(tr("year, year and month, or a date: 2019, 2019-03, 2019-03-14"));
    m_status = new QComboBox(this);
    for (auto s : allValues<DiagnosisStatus>())
        m_status->addItem(label(s), toKey(s));
    m_status->setCurrentIndex(m_status->findData(toKey(diagnosis.status)));
    m_scale = new QComboBox(this);
    m_grade = new QComboBox(this);

    m_saltBox = new QGroupBox(tr("SALT: percent of hair loss per region"), this);
    auto *saltLayout = new QFormLayout(m_saltBox);
    // A SALT total imported alone: the regions stay empty (not 0, which would replace the total
    // with SALT 0) until they are entered.
    const bool totalAlone = diagnosis.scale == Scale::Salt && diagnosis.salt.isEmpty() &&
                            !diagnosis.grade.trimmed().isEmpty();
    auto makeRegion = [&](const QString &text, Percentage value, const QString &key) {
        // Typed as text: "150" stays "150" and is reported, never read as 15.0.
        auto *spin = new NumberField(ranges::kSaltRegion, QStringLiteral("%"), m_saltBox);
        spin->setRequired(!totalAlone);
        spin->setValue(value.isRecorded() ? value.toOptional()
                       : totalAlone       ? std::nullopt
                                          : std::optional<double>(0.0));
        spin->setMaximumWidth(140);
        auto *l = new QLabel(text, m_saltBox);
        l->setBuddy(spin);
        spin->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        saltLayout->addRow(l, e.wrap(key, spin));
        connect(spin, &QLineEdit::textChanged, this, &DiagnosisDialog::updateSalt);
        return spin;
    };
    m_saltVertex =
        makeRegion(tr("&Vertex (40 %):"), diagnosis.salt.vertex, QStringLiteral("salt_vertex"));
    m_saltPosterior = makeRegion(tr("&Posterior (24 %):"), diagnosis.salt.posterior,
                                 QStringLiteral("salt_posterior"));
    m_saltRight = makeRegion(tr("&Right side (18 %):"), diagnosis.salt.rightSide,
                             QStringLiteral("salt_right"));
    m_saltLeft =
        makeRegion(tr("&Left side (18 %):"), diagnosis.salt.leftSide, QStringLiteral("salt_left"));
    m_saltResult = new QLabel(m_saltBox);
    m_saltResult->setObjectName(QStringLiteral("saltResult"));
    m_saltResult->setTextFormat(Qt::RichText);
    saltLayout->addRow(tr("Result:"), m_saltResult);

    auto *findingsBox = new QGroupBox(tr("Trichoscopy findings"), this);
    auto *grid = new QGridLayout(findingsBox);
    const auto findings = allValues<TrichoscopyFinding>();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        auto *box = new QCheckBox(label(findings.at(i)), findingsBox);
        box->setProperty("key", toKey(findings.at(i)));
        box->setChecked(diagnosis.findings.contains(findings.at(i)));
        grid->addWidget(box, int(i / 2), int(i % 2));
        m_findings << box;
    }
    m_notes = new QPlainTextEdit(diagnosis.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    auto addRow = [&](const QString &text, const QString &key, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e.wrap(key, field));
        return l;
    };
    addRow(tr("&Type:"), QStringLiteral("type"), m_type);
    addRow(tr("&ICD-10 code:"), QStringLiteral("icd10"), m_icd10);
    addRow(tr("&Diagnosed on:"), QStringLiteral("diagnosed_on"), m_diagnosedOn);
    addRow(tr("&Onset:"), QStringLiteral("onset"), m_onset);
    addRow(tr("S&tatus:"), QStringLiteral("status"), m_status);
    addRow(tr("Severity &scale:"), QStringLiteral("scale"), m_scale);
    m_gradeLabel = addRow(tr("&Grade:"), QStringLiteral("grade"), m_grade);
    e.addKeyAlias(QStringLiteral("salt"), QStringLiteral("salt_vertex"));
    mainLayout()->addLayout(form);
    mainLayout()->addWidget(m_saltBox);
    mainLayout()->addWidget(findingsBox);
    auto *notesForm = newForm();
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    m_notes->setAccessibleName(tr("Notes"));
    notesForm->addRow(notesLabel, m_notes);
    mainLayout()->addLayout(notesForm);
    finishLayout();

    m_type->setCurrentIndex(m_type->findData(toKey(diagnosis.type)));
    typeChanged();
    if (diagnosis.id || !diagnosis.icd10.isEmpty())
        m_icd10->setCurrentText(diagnosis.icd10);
    const int scaleIndex = m_scale->findData(toKey(diagnosis.scale));
    if (scaleIndex >= 0 && (diagnosis.id || diagnosis.scale != Scale::None))
        m_scale->setCurrentIndex(scaleIndex);
    scaleChanged();
    const int gradeIndex = m_grade->findData(diagnosis.grade);
    if (gradeIndex >= 0)
        m_grade->setCurrentIndex(gradeIndex);
    updateSalt();

    connect(m_type, &QComboBox::currentIndexChanged, this, &DiagnosisDialog::typeChanged);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &DiagnosisDialog::scaleChanged);
    setMinimumWidth(560);
}

void DiagnosisDialog::typeChanged()
{
    const auto type =
        fromKey<DiagnosisType>(m_type->currentData().toString()).value_or(DiagnosisType::Other);
    m_icd10->clear();
    m_icd10->addItems(icd10Choices(type));
    m_icd10->setCurrentText(defaultIcd10(type));
    const QString previousScale = m_scale->currentData().toString();
    m_scale->blockSignals(true);
    m_scale->clear();
    for (auto s : scalesForType(type))
        m_scale->addItem(label(s), toKey(s));
    const int keep = m_scale->findData(previousScale);
    m_scale->setCurrentIndex(keep >= 0 ? keep : 0);
    m_scale->blockSignals(false);
    scaleChanged();
}

void DiagnosisDialog::scaleChanged()
{
    const auto scale = fromKey<Scale>(m_scale->currentData().toString()).value_or(Scale::None);
    const QString previous = m_grade->currentData().toString();
    m_grade->clear();
    for (const auto &g : scaleGrades(scale))
        m_grade->addItem(gradeDisplay(scale, g), g);
    const int keep = m_grade->findData(previous);
    if (keep >= 0)
        m_grade->setCurrentIndex(keep);
    const bool graded = !scaleGrades(scale).isEmpty();
    m_grade->setVisible(graded);
    m_gradeLabel->setVisible(graded);
    m_saltBox->setVisible(scale == Scale::Salt);
    adjustSize();
}

void DiagnosisDialog::updateSalt()
{
    const SaltRegions regions{Percentage(m_saltVertex->value()),
                              Percentage(m_saltPosterior->value()),
                              Percentage(m_saltRight->value()), Percentage(m_saltLeft->value())};
    for (const auto *region : {m_saltVertex, m_saltPosterior, m_saltRight, m_saltLeft}) {
        if (!region->inputProblem().isEmpty()) {
            m_saltResult->setText(tr("Correct the marked region to see the score."));
            return;
        }
    }
    Diagnosis shown;
    shown.scale = Scale::Salt;
    shown.salt = regions;
    if (m_original.scale == Scale::Salt && regions.isEmpty())
        shown.grade = m_original.grade; // a total imported alone, until regions are entered
    const auto salt = saltOf(shown);
    if (!salt) {
        m_saltResult->clear();
        return;
    }
    m_saltResult->setText(tr("<b>SALT %1</b> · band %2 · AA-IGA %3%4")
                              .arg(QLocale().toString(salt->score, 'f', 1),
                                   saltBandText(salt->band), aaIgaText(salt->aaIga),
                                   salt->treatmentSuccess
                                       ? tr(" · within the trial success criterion (SALT ≤ 20)")
                                       : QString()));
}

Diagnosis DiagnosisDialog::diagnosis() const
{
    Diagnosis d = m_original;
    d.type =
        fromKey<DiagnosisType>(m_type->currentData().toString()).value_or(DiagnosisType::Other);
    d.icd10 = m_icd10->currentText().trimmed().toUpper();
    d.diagnosedOn = m_diagnosedOn->date();
    d.onset = m_onset->text().trimmed();
    d.status = fromKey<DiagnosisStatus>(m_status->currentData().toString())
                   .value_or(DiagnosisStatus::Active);
    d.scale = fromKey<Scale>(m_scale->currentData().toString()).value_or(Scale::None);
    d.grade = d.scale == Scale::Salt || d.scale == Scale::None ? QString()
                                                               : m_grade->currentData().toString();
    if (d.scale == Scale::Salt) {
        d.salt = {Percentage(m_saltVertex->value()), Percentage(m_saltPosterior->value()),
                  Percentage(m_saltRight->value()), Percentage(m_saltLeft->value())};
        // A SALT total imported alone stays until the regions are entered (they replace it).
        if (m_original.scale == Scale::Salt && d.salt.isEmpty())
            d.grade = m_original.grade;
    } else {
        d.salt = {};
    }
    d.findings.clear();
    for (auto *box : m_findings) {
        if (box->isChecked())
            d.findings << *fromKey<TrichoscopyFinding>(box->property("key").toString());
    }
    d.notes = m_notes->toPlainText();
    return d;
}

Result<void> DiagnosisDialog::save()
{
    return m_save(diagnosis());
}

} // namespace tricholog
