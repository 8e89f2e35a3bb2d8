#include "core/storage/IntegritySql.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QSqlDatabase>
#include <QStringList>
#include <algorithm>

namespace tricholog::integrity::detail {

namespace {

const Table kTables[] = {
    {"patient", "R.id", "R.id"},
    {"diagnosis", "R.id", "R.patient_id"},
    {"session", "R.id", "R.patient_id"},
    {"measurement", "R.id", "R.patient_id"},
    {"outcome", "R.id", "R.patient_id"},
    {"photo", "R.id", "R.patient_id"},
    {"session_zone", "R.session_id",
     "(SELECT s.patient_id FROM session s WHERE s.id = R.session_id)"},
    {"session_adjunct", "R.session_id",
     "(SELECT s.patient_id FROM session s WHERE s.id = R.session_id)"},
    {"adverse_event", "R.session_id",
     "(SELECT s.patient_id FROM session s WHERE s.id = R.session_id)"},
    {"device_profile", "R.id", "CAST(NULL AS bigint)"},
    {"image_analysis", "R.id", "R.patient_id"},
    {"protocol_template", "R.id", "CAST(NULL AS bigint)"},
    {"treatment_plan", "R.id", "R.patient_id"},
    {"contact_attempt", "R.id", "R.patient_id"},
    // The accounts: a role, name or activity changed outside the program (its update trigger
    // dropped and made again) is named like a clinical row's change. Sign-in bookkeeping is not
    // logged, and not compared (bookkeepingRemoved).
    {"app_user", "R.id", "CAST(NULL AS bigint)"},
};

} // namespace

std::span<const Table> auditedTables()
{
    return kTables;
}

const Table *tableNamed(const QString &name)
{
    for (const Table &t : kTables)
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

namespace {

// PostgreSQL's jsonb keeps a number as written ("2.0" from a trail SQLite wrote, "2" from a
// float8 column, 214.28571428571428 where SQLite's JSON wrote 214.285714285714): every number is
// written again as a float8, rounded to the 15 significant digits SQLite's JSON keeps (float8 to
// numeric rounds so), so that a trail copied by `migrate` compares equal with the rows it
// describes.
QString numbersNormalised(const QString &jsonb, Numbers numbers)
{
    return QStringLiteral("(SELECT coalesce(jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) "
                          "= 'number' THEN to_jsonb((value #>> '{}')::float8%1) ELSE value "
                          "END), '{}'::jsonb)::text FROM jsonb_each(%2))")
        .arg(numbers == Numbers::Rounded ? QStringLiteral("::numeric") : QString(), jsonb);
}

} // namespace

QString currentJson(const Database &db, const Table &t, Numbers numbers)
{
    QSqlDatabase connection = db.connection();
    return db.isServer()
               ? numbersNormalised(
                     QStringLiteral("tricholog_row_json(jsonb_strip_nulls(to_jsonb(R)))::jsonb"),
                     numbers)
               : QStringLiteral("json_patch('{}', %1)")
                     .arg(sqliteRowJson(connection, QLatin1String(t.name), QStringLiteral("R")));
}

QString loggedJson(const Database &db, const char *column, Numbers numbers)
{
    return db.isServer()
               ? numbersNormalised(
                     QStringLiteral("jsonb_strip_nulls(%1::jsonb)").arg(QLatin1String(column)),
                     numbers)
               : QStringLiteral("json_patch('{}', %1)").arg(QLatin1String(column));
}

QString bookkeepingRemoved(const Database &db, const Table &t, const QString &json)
{
    if (qstrcmp(t.name, "app_user") != 0)
        return json;
    return db.isServer()
               ? QStringLiteral("((%1)::jsonb - 'failed_logins' - 'locked_until')::text").arg(json)
               : QStringLiteral("json_remove(%1, '$.failed_logins', '$.locked_until')").arg(json);
}

QString inRanges(const Database &db, const QString &expr, const QList<IdRange> &ranges)
{
    if (ranges.isEmpty())
        return QStringLiteral("1 = 0");
    QStringList parts;
    qint64 low = ranges.first().first, high = ranges.first().last;
    for (const IdRange &r : ranges) {
        parts << (db.isServer()
                      ? QStringLiteral("[%1,%2]").arg(r.first).arg(r.last)
                      : QStringLiteral("%1 BETWEEN %2 AND %3").arg(expr).arg(r.first).arg(r.last));
        low = std::min(low, r.first);
        high = std::max(high, r.last);
    }
    // The server reads a multirange's rows through no index: the bounds around it let it read
    // the index's run of ids rather than the whole table (an import's batch of 2,000
    // measurements, 0.4 ms rather than 80 ms in a table of 944,115).
    return db.isServer()
               ? QStringLiteral("(%1 BETWEEN %2 AND %3 AND (%1)::bigint <@ '{%4}'::int8multirange)")
                     .arg(expr)
                     .arg(low)
                     .arg(high)
                     .arg(parts.join(QLatin1Char(',')))
               : QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" OR ")));
}

} // namespace tricholog::integrity::detail
