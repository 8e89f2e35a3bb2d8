#include "ui/settings/PracticeDialog.h"

#include "core/AppSettings.h"
#include "core/io/SafeIo.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tricholog {

PracticeDialog::PracticeDialog(Database &db, const Practice &practice, bool firstStart,
                               QWidget *parent)
    : EntryDialog(parent)
    , m_db(db)
    , m_practice(practice)
{
    setWindowTitle(firstStart ? tr("Your practice") : tr("Practice details"));
    if (firstStart) {
        auto *intro = new QLabel(tr("A new database. Its reports are headed with your practice's "
                                    "name, address and logo, the same on every workstation; an "
                                    "administrator can change them later (File > Practice "
                                    "details)."),
                                 this);
        intro->setWordWrap(true);
        mainLayout()->addWidget(intro);
    }
    auto *form = newForm();
    m_name = new QLineEdit(practice.name, this);
    m_name->setMaxLength(PracticeRepository::kNameMaxLength + 8); // longer is reported, not cut
    m_name->setPlaceholderText(tr("as it should head the reports"));
    m_address = new QPlainTextEdit(practice.address, this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(80);
    m_logo = new QLabel(this);
    m_logo->setObjectName(QStringLiteral("practiceLogo"));
    m_logo->setMinimumSize(160, 60);
    auto *logoRow = new QWidget(this);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("C&hoose…"), logoRow);
    auto *remove = new QPushButton(tr("&Remove"), logoRow);
    logoLayout->addWidget(m_logo, 1);
    logoLayout->addWidget(choose);
    logoLayout->addWidget(remove);
    connect(choose, &QPushButton::clicked, this, &PracticeDialog::chooseLogo);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_practice.logo.clear();
        showLogo();
    });
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("From each workstation's language and country (now %1)")
                         .arg(AppSettings{}.effectivePaperSize()),
                     QString());
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(practice.paperSize)));

    auto &e = errors();
    auto addRow = [&](const QString &text, const QString &key, QWidget *field,
                      QWidget *shown = nullptr) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e.wrap(key, shown ? shown : field));
    };
    addRow(tr("Practice &name:"), QStringLiteral("practice_name"), m_name);
    addRow(tr("&Address:"), QStringLiteral("practice_address"), m_address);
    addRow(tr("&Logo:"), QStringLiteral("practice_logo"), choose, logoRow);
    addRow(tr("Report &paper size:"), QStringLiteral("practice_paper"), m_paper);
    mainLayout()->addLayout(form);
    finishLayout();
    showLogo();
    m_name->setFocus();
    setMinimumWidth(560);
}

void PracticeDialog::chooseLogo()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Practice logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    // A logo is small: a file of more than 20 MB is not read at all, nor a pipe or a device.
    auto read = readRegularFile(file, 20 * 1024 * 1024);
    if (!read) {
        errors().show({{QStringLiteral("practice_logo"), tr("Logo"), file, QString(),
                        tr("Logo: %1").arg(read.error().message)}});
        return;
    }
    m_practice.logo = std::move(read).value();
    showLogo();
}

void PracticeDialog::showLogo()
{
    const QImage image = QImage::fromData(m_practice.logo);
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(m_practice.logo.isEmpty() ? tr("no logo") : tr("not a readable image"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(
        image.scaled(QSize(160, 60), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

Practice PracticeDialog::practice() const
{
    Practice p = m_practice;
    p.name = m_name->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.paperSize = m_paper->currentData().toString();
    return p;
}

Result<void> PracticeDialog::save()
{
    return PracticeRepository(m_db).save(practice());
}

} // namespace tricholog
