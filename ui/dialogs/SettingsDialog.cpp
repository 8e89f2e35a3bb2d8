#include "SettingsDialog.h"

#include "Translations.h"
#include "clinical/Ranges.h"
#include "model/Keys.h"
#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tricholog {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : EntryDialog(parent)
    , m_original(settings)
{
    setWindowTitle(tr("Settings"));
    auto &e = errors();
    auto *form = newForm();
    m_name = new QLineEdit(settings.clinicName, this);
    m_address = new QPlainTextEdit(settings.clinicAddress, this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    m_logo = new QLineEdit(settings.clinicLogoPath, this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *logoRow = new QWidget(this);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->addWidget(m_logo, 1);
    logoLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Clinic logo"), m_logo->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty())
            m_logo->setText(file);
    });
    auto spin = [this](double min, double max, int decimals, double value, const QString &suffix) {
        auto *s = new QDoubleSpinBox(this);
        s->setRange(min, max);
        s->setDecimals(decimals);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    m_vellus = spin(ranges::kDiameterUm.min, ranges::kDiameterUm.max, 1, settings.vellusThresholdUm,
                    tr(" µm"));
    m_terminal = spin(ranges::kDiameterUm.min, ranges::kDiameterUm.max, 1,
                      settings.terminalThresholdUm, tr(" µm"));
    m_responder = spin(0.5, 200, 1, settings.responderThresholdPercent, tr(" %"));
    m_device = new QComboBox(this);
    for (auto d : allValues<Device>())
        m_device->addItem(label(d), toKey(d));
    m_device->setCurrentIndex(m_device->findData(toKey(settings.defaultDevice)));
    m_needle = spin(ranges::kNeedleLengthMm.min, ranges::kNeedleLengthMm.max, 2,
                    settings.defaultNeedleMm, tr(" mm"));
    m_needle->setSingleStep(0.25);
    m_paper = new QComboBox(this);
    m_paper->addItem(
        tr("From the language and country (now %1)").arg(AppSettings{}.effectivePaperSize()),
        QString());
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.paperSize)));
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
    m_backupFolder = new QLineEdit(settings.backupFolder, this);
    m_backupFolder->setPlaceholderText(tr("a \"backups\" folder beside the database"));

    auto addRow = [&](const QString &text, const QString &key, QWidget *field,
                      QWidget *shown = nullptr) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e.wrap(key, shown ? shown : field));
    };
    addRow(tr("Clinic &name:"), QStringLiteral("clinic_name"), m_name);
    addRow(tr("Clinic &address:"), QStringLiteral("clinic_address"), m_address);
    addRow(tr("Clinic &logo:"), QStringLiteral("clinic_logo"), m_logo, logoRow);
    addRow(tr("&Vellus hairs below:"), QStringLiteral("vellus_threshold"), m_vellus);
    addRow(tr("&Terminal hairs from:"), QStringLiteral("terminal_threshold"), m_terminal);
    addRow(tr("&Responder: density gain of at least:"), QStringLiteral("responder_threshold"),
           m_responder);
    addRow(tr("Default &device:"), QStringLiteral("default_device"), m_device);
    addRow(tr("Default needle l&ength:"), QStringLiteral("default_needle"), m_needle);
    addRow(tr("Report &paper size:"), QStringLiteral("paper"), m_paper);
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
    s.clinicName = m_name->text().trimmed();
    s.clinicAddress = m_address->toPlainText().trimmed();
    s.clinicLogoPath = m_logo->text().trimmed();
    s.vellusThresholdUm = m_vellus->value();
    s.terminalThresholdUm = m_terminal->value();
    s.responderThresholdPercent = m_responder->value();
    s.defaultDevice = fromKey<Device>(m_device->currentData().toString()).value_or(Device::Pen);
    s.defaultNeedleMm = m_needle->value();
    s.paperSize = m_paper->currentData().toString();
    s.idleLockMinutes = m_idle->value();
    s.backupsToKeep = m_backups->value();
    s.backupFolder = m_backupFolder->text().trimmed();
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
    if (!s.clinicLogoPath.isEmpty() && QImageReader(s.clinicLogoPath).size().isEmpty())
        v.add(QStringLiteral("clinic_logo"), tr("Clinic logo"), s.clinicLogoPath,
              tr("a readable image"),
              tr("Clinic logo: %1 is not a readable image.").arg(s.clinicLogoPath));
    if (!v.ok())
        return Error::validation(v);
    return {};
}

} // namespace tricholog
