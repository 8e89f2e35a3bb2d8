#include "core/security/Disclosure.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace tricholog {

QString toKey(DisclosureKind kind)
{
    switch (kind) {
    case DisclosureKind::PdfReport:
        return QStringLiteral("pdf_report");
    case DisclosureKind::Print:
        return QStringLiteral("print");
    case DisclosureKind::Csv:
        return QStringLiteral("csv");
    case DisclosureKind::Fhir:
        return QStringLiteral("fhir");
    case DisclosureKind::ChartImage:
        return QStringLiteral("chart_image");
    }
    return {};
}

namespace {
QString where(const QString &destination)
{
    // A file is named by its full path: "report.pdf" alone would not say where it went.
    const QFileInfo info(destination);
    return info.isRelative() && !destination.isEmpty() ? info.absoluteFilePath() : destination;
}

Result<void> write(Database &db, DisclosureKind kind, const QVariant &patientId,
                   const QString &scope, const QString &destination)
{
    QSqlQuery q(db.connection());
    q.prepare(db.dialect().auditEvent(
        QStringLiteral("'disclose'"), QStringLiteral("patient"), QStringLiteral(":rid"),
        {{QStringLiteral("kind"), QStringLiteral(":kind")},
         {QStringLiteral("patients"), QStringLiteral(":scope")},
         {QStringLiteral("destination"), QStringLiteral(":dest")}},
        // The signed-in account, as every trigger of the trail names it.
        QStringLiteral("tricholog_user()"), QStringLiteral(":pid")));
    q.bindValue(QStringLiteral(":rid"), patientId);
    q.bindValue(QStringLiteral(":kind"), toKey(kind));
    q.bindValue(QStringLiteral(":scope"), scope);
    q.bindValue(QStringLiteral(":dest"), where(destination));
    q.bindValue(QStringLiteral(":pid"), patientId);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return {};
}
} // namespace

Result<void> recordDisclosure(Database &db, DisclosureKind kind, const QList<qint64> &patientIds,
                              const QString &destination)
{
    if (db.readOnly()) // nothing can be written to a read-only file, the trail included
        return {};
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    for (qint64 id : patientIds)
        if (auto r = write(db, kind, QVariant(id), QStringLiteral("one"), destination); !r)
            return r.error();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return {};
}

Result<void> recordDisclosureOfAll(Database &db, DisclosureKind kind, int patientCount,
                                   const QString &destination)
{
    if (db.readOnly())
        return {};
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    if (auto r = write(db, kind, QVariant(QMetaType::fromType<qint64>()),
                       QStringLiteral("all (%1)").arg(patientCount), destination);
        !r)
        return r.error();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return {};
}

} // namespace tricholog
