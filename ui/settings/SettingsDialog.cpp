#include "ui/settings/SettingsDialog.h"

#include "core/clinical/Ranges.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "ui/Translations.h"
#include "ui/widgets/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace tricholog {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : EntryDialog(parent)
    , m_original(settings)
{
    // This workstation's settings. The practice's name, address, logo and paper are kept in the
    // database for every workstation (File > Practice details).
    setWindowTitle(tr("Settings"));
    auto &e = errors();
    auto *form = newForm();
    auto spin = [this](double min, double max, int decimals, double value, const QString &suffix) {
        auto *s = new QDoubleSpinBox(this);
        s->setRange(min, max);
        s->setDecimals(decimals);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    const Range diameter = measurementField(Metric::MeanDiameter)->range;
    m_vellus = spin(diameter.min, diameter.max, 1, settings.vellusThresholdUm, tr(" µm"));
    m_terminal = spin(diameter.min, diameter.max, 1, settings.terminalThresholdUm, tr(" µm"));
    m_responder = spin(0.5, 200, 1, settings.responderThresholdPercent, tr(" %"));
    m_followUp = new QSpinBox(this);
    m_followUp->setRange(0, 104);
    m_followUp->setSuffix(tr(" weeks"));
    m_followUp->setSpecialValueText(tr("no minimum"));
    m_followUp->setValue(settings.minFollowUpWeeks);
    m_followUp->setToolTip(tr("Before this follow-up a site reads \"too early to judge\"; 12 "
                              "weeks is the usual first end point of microneedling trials."));
    auto days = [this](int value, const QString &tip) {
        auto *s = new QSpinBox(this);
        s->setRange(0, 60);
        s->setSuffix(tr(" days"));
        s->setValue(value);
        s->setToolTip(tip);
        return s;
    };
    m_sessionTolerance = days(settings.planSessionToleranceDays,
                              tr("A session recorded this many days before or after a planned "
                                 "one counts as that planned session (adherence, recall)."));
    m_measurementTolerance =
        days(settings.planMeasurementToleranceDays,
             tr("Measurements taken this many days before or after a planned measurement "
                "visit count as that visit."));
    auto *controls = new QWidget(this);
    auto *controlsLayout = new QGridLayout(controls); // three a row: every name readable
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    for (auto site : allValues<ScalpSite>()) {
        if (site == ScalpSite::TargetArea)
            continue;
        auto *box = new QCheckBox(label(site), controls);
        box->setProperty("key", toKey(site));
        box->setChecked(settings.controlSites.contains(site));
        controlsLayout->addWidget(box, int(m_controlSites.size()) / 3,
                                  int(m_controlSites.size()) % 3);
        m_controlSites << box;
    }
    controls->setFocusProxy(m_controlSites.first());
    m_device = new QComboBox(this);
    for (auto d : allValues<Device>())
        m_device->addItem(label(d), toKey(d));
    m_device->setCurrentIndex(m_device->findData(toKey(settings.defaultDevice)));
    m_needle = spin(ranges::kNeedleLengthMm.min, ranges::kNeedleLengthMm.max, 2,
                    settings.defaultNeedleMm, tr(" mm"));
    m_needle->setSingleStep(0.25);
    m_idle = new QSpinBox(this);
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(settings.idleLockMinutes);
    m_backups = new QSpinBox(this);
    m_backups->setRange(0, 100);
    m_backups->setSpecialValueText(tr("off"));
    m_backups->setSuffix(tr(" copies"));
    m_backups->setValue(settings.backupsToKeep);
    m_backups->setToolTip(tr("On closing, a checked copy of the database goes into the backup "
                             "folder; the newest copies are kept."));
    m_language = new QComboBox(this);
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setToolTip(tr("Takes effect the next time Tricholog starts."));
    m_mrnPattern = new QLineEdit(settings.mrnPattern, this);
    m_mrnPattern->setPlaceholderText(tr("e.g. HC-{year}-{n:05}; empty: none"));
    m_mrnPattern->setToolTip(tr("Proposes the next record number for a new patient: {year} is "
                                "the year, {n} a running number, {n:05} one of 5 digits."));
    m_backupFolder = new QLineEdit(settings.backupFolder, this);
    m_backupFolder->setPlaceholderText(tr("a \"backups\" folder beside the database"));

    auto addRow = [&](const QString &text, const QString &key, QWidget *field,
                      QWidget *shown = nullptr) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e.wrap(key, shown ? shown : field));
    };
    addRow(tr("&Vellus hairs below:"), QStringLiteral("vellus_threshold"), m_vellus);
    addRow(tr("&Terminal hairs from:"), QStringLiteral("terminal_threshold"), m_terminal);
    addRow(tr("&Responder: density gain of at least:"), QStringLiteral("responder_threshold"),
           m_responder);
    addRow(tr("Minimum &follow-up for a verdict:"), QStringLiteral("min_follow_up"), m_followUp);
    addRow(tr("Planned &session kept within:"), QStringLiteral("session_tolerance"),
           m_sessionTolerance);
    addRow(tr("Planned measurement visit &kept within:"), QStringLiteral("measurement_tolerance"),
           m_measurementTolerance);
    addRow(tr("&Control sites (no verdict):"), QStringLiteral("control_sites"),
           m_controlSites.first(), controls);
    addRow(tr("&MRN pattern:"), QStringLiteral("mrn_pattern"), m_mrnPattern);
    addRow(tr("Default &device:"), QStringLiteral("default_device"), m_device);
    addRow(tr("Default needle l&ength:"), QStringLiteral("default_needle"), m_needle);
    addRow(tr("Lan&guage (at next start):"), QStringLiteral("language"), m_language);
    addRow(tr("Lock after &idle time:"), QStringLiteral("idle"), m_idle);
    addRow(tr("Automatic &backups on exit:"), QStringLiteral("backups"), m_backups);
    addRow(tr("Backup &folder:"), QStringLiteral("backup_folder"), m_backupFolder);
    mainLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(560);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.vellusThresholdUm = m_vellus->value();
    s.terminalThresholdUm = m_terminal->value();
    s.responderThresholdPercent = m_responder->value();
    s.minFollowUpWeeks = m_followUp->value();
    s.planSessionToleranceDays = m_sessionTolerance->value();
    s.planMeasurementToleranceDays = m_measurementTolerance->value();
    s.controlSites.clear();
    for (const QCheckBox *box : m_controlSites)
        if (box->isChecked())
            s.controlSites << *fromKey<ScalpSite>(box->property("key").toString());
    s.defaultDevice = fromKey<Device>(m_device->currentData().toString()).value_or(Device::Pen);
    s.defaultNeedleMm = m_needle->value();
    s.idleLockMinutes = m_idle->value();
    s.backupsToKeep = m_backups->value();
    s.backupFolder = m_backupFolder->text().trimmed();
    s.mrnPattern = m_mrnPattern->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

Result<void> SettingsDialog::save()
{
    const AppSettings s = settings();
    ValidationResult v;
    if (s.vellusThresholdUm > s.terminalThresholdUm)
        v.add(QStringLiteral("vellus_threshold"), tr("Vellus threshold"),
              QLocale().toString(s.vellusThresholdUm), tr("at most the terminal threshold"),
              tr("Vellus threshold: %1 µm is above the terminal threshold (%2 µm).")
                  .arg(QLocale().toString(s.vellusThresholdUm),
                       QLocale().toString(s.terminalThresholdUm)));
    static const QRegularExpression counter(QStringLiteral("\\{n(:0?\\d{1,2})?\\}"));
    if (!s.mrnPattern.isEmpty() && s.mrnPattern.count(counter) != 1)
        v.add(QStringLiteral("mrn_pattern"), tr("MRN pattern"), s.mrnPattern.left(80),
              tr("one {n} or {n:05}"),
              tr("MRN pattern: it needs exactly one running number, {n} or {n:05}."));
    if (!v.ok())
        return Error::validation(v);
    return {};
}

} // namespace tricholog
