#include "core/storage/PracticeRepository.h"

#include "core/clinical/ValidationResult.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {
const QString kName = QStringLiteral("practice_name");
const QString kAddress = QStringLiteral("practice_address");
const QString kLogo = QStringLiteral("practice_logo");
const QString kPaper = QStringLiteral("practice_paper");
} // namespace

PracticeRepository::PracticeRepository(Database &db)
    : m_db(db)
{}

Result<Practice> PracticeRepository::load() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'practice!_%' "
                               "ESCAPE '!'")))
        return Error::storage(Database::describe(q));
    Practice p;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == kName)
            p.name = value;
        else if (key == kAddress)
            p.address = value;
        else if (key == kLogo)
            p.logo = QByteArray::fromBase64(value.toLatin1());
        else if (key == kPaper)
            p.paperSize = value;
    }
    if (auto read = sql::finished(q); !read)
        return read.error();
    return p;
}

Result<QString> PracticeRepository::practiceId() const
{
    return practiceIdOf(m_db.connection());
}

Result<QString> PracticeRepository::practiceIdOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'practice_id'")))
        return Error::storage(Database::describe(q));
    if (q.next())
        return q.value(0).toString();
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return QString();
}

Result<void> PracticeRepository::save(const Practice &practice)
{
    if (auto allowed = m_db.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    ValidationResult v;
    const QString name = practice.name.trimmed();
    if (name.isEmpty())
        v.add(QStringLiteral("practice_name"),
              QCoreApplication::translate("Practice", "Practice name"), QString(),
              QCoreApplication::translate("Practice", "required"),
              QCoreApplication::translate("Practice",
                                          "Practice name: required (it heads every report)."));
    else if (name.size() > kNameMaxLength)
        v.add(QStringLiteral("practice_name"),
              QCoreApplication::translate("Practice", "Practice name"), name.left(80),
              QCoreApplication::translate("Practice", "at most %1 characters").arg(kNameMaxLength),
              QCoreApplication::translate("Practice",
                                          "Practice name: %1 characters, at most %2 allowed.")
                  .arg(name.size())
                  .arg(kNameMaxLength));
    if (practice.address.size() > kAddressMaxLength)
        v.add(
            QStringLiteral("practice_address"), QCoreApplication::translate("Practice", "Address"),
            practice.address.left(80),
            QCoreApplication::translate("Practice", "at most %1 characters").arg(kAddressMaxLength),
            QCoreApplication::translate("Practice", "Address: %1 characters, at most %2 allowed.")
                .arg(practice.address.size())
                .arg(kAddressMaxLength));
    if (name.contains(QChar(0)) || practice.address.contains(QChar(0)))
        v.add(QStringLiteral("practice_name"),
              QCoreApplication::translate("Practice", "Practice name"), QString(),
              QCoreApplication::translate("Practice", "text without NUL characters"),
              QCoreApplication::translate("Practice", "The practice details contain a NUL "
                                                      "character."));
    QByteArray png;
    if (!practice.logo.isEmpty()) {
        const QImage image = QImage::fromData(practice.logo);
        if (image.isNull()) {
            v.add(QStringLiteral("practice_logo"), QCoreApplication::translate("Practice", "Logo"),
                  QString(), QCoreApplication::translate("Practice", "a PNG or JPEG image"),
                  QCoreApplication::translate("Practice", "Logo: the file is not a readable "
                                                          "image."));
        } else {
            // Stored as PNG, scaled to what a report header needs.
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image
                .scaled(image.size().boundedTo(QSize(1200, 600)), Qt::KeepAspectRatio,
                        Qt::SmoothTransformation)
                .save(&buffer, "PNG");
            if (png.size() > kLogoMaxBytes)
                v.add(QStringLiteral("practice_logo"),
                      QCoreApplication::translate("Practice", "Logo"), QString(),
                      QCoreApplication::translate("Practice", "at most 2 MiB as PNG"),
                      QCoreApplication::translate("Practice", "Logo: too large (%1 KiB as PNG, "
                                                              "at most 2048 KiB).")
                          .arg(png.size() / 1024));
        }
    }
    if (!practice.paperSize.isEmpty() && practice.paperSize != QLatin1String("A4") &&
        practice.paperSize != QLatin1String("Letter"))
        v.add(QStringLiteral("practice_paper"),
              QCoreApplication::translate("Practice", "Paper size"), practice.paperSize.left(80),
              QStringLiteral("A4, Letter"),
              QCoreApplication::translate("Practice", "Paper size: \"%1\" is not A4 or Letter.")
                  .arg(practice.paperSize.left(80)));
    if (!v.ok())
        return Error::validation(v);

    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    QSqlQuery remove(m_db.connection());
    // The practice's id (practice_id) stays: it is not a detail an administrator edits.
    if (!remove.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('practice_name', "
                                    "'practice_address', 'practice_logo', 'practice_paper')")))
        return Error::storage(Database::describe(remove));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] :
         {std::pair{kName, name}, std::pair{kAddress, practice.address.trimmed()},
          std::pair{kLogo, QString::fromLatin1(png.toBase64())},
          std::pair{kPaper, practice.paperSize}}) {
        insert.addBindValue(key);
        // An empty value is '' (a null QString would be bound as SQL NULL).
        insert.addBindValue(value.isEmpty() ? QStringLiteral("") : value);
        if (!insert.exec())
            return Error::storage(Database::describe(insert));
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return {};
}

} // namespace tricholog
