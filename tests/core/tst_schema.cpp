// The schema of both engines against each other and against core's keys (issue 19, item 2): the
// CHECK lists of stable keys are written once per engine by hand, so a test compares them with
// the key tables in core/model/Keys.h, and (on the PostgreSQL run) the two engines' tables and
// columns with each other.
#include "core/model/Keys.h"
#include "core/security/Access.h"
#include "tests/TestSupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace tricholog;

namespace {

template<typename E>
QStringList keysOf()
{
    QStringList keys;
    for (const E value : allValues<E>())
        keys << toKey(value);
    keys.sort();
    return keys;
}

// The quoted words of a CHECK (column IN (...)) as the engine keeps it, sorted.
QStringList checkList(Database &db, const QString &table, const QString &column)
{
    QSqlQuery q(db.connection());
    QString definition;
    if (db.isServer()) {
        q.prepare(QStringLiteral("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                                 "conrelid = CAST(? AS regclass) AND contype = 'c'"));
        q.addBindValue(table);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        // "CHECK ((site = ANY (ARRAY['frontal'::text, ...])))"
        while (q.next())
            if (q.value(0).toString().contains(QStringLiteral("(%1 = ANY").arg(column)) ||
                q.value(0).toString().contains(QStringLiteral("((%1 = ANY").arg(column)))
                definition = q.value(0).toString();
    } else {
        q.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            qFatal("no table %s", qPrintable(table));
        const QRegularExpression check(
            QStringLiteral("\\b%1 \\w+[^,]*?CHECK \\(%1 IN \\(([^)]*)\\)\\)").arg(column),
            QRegularExpression::DotMatchesEverythingOption);
        definition = check.match(q.value(0).toString()).captured(1);
    }
    QStringList words;
    const QRegularExpression quoted(QStringLiteral("'([a-z_0-9]+)'"));
    for (auto it = quoted.globalMatch(definition); it.hasNext();)
        words << it.next().captured(1);
    words.sort();
    return words;
}

// table -> sorted column names.
QMap<QString, QStringList> tablesAndColumns(Database &db)
{
    QMap<QString, QStringList> out;
    QSqlQuery q(db.connection());
    if (db.isServer()) {
        if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM "
                                   "information_schema.columns WHERE table_schema = "
                                   "current_schema()")))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            out[q.value(0).toString()] << q.value(1).toString();
    } else {
        QStringList tables;
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                   "NOT LIKE 'sqlite_%'")))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery c(db.connection());
            c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (c.next())
                out[table] << c.value(1).toString();
        }
    }
    for (auto &columns : out)
        columns.sort();
    return out;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void checkListsEqualTheKeysOfCore_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("keys");
        QStringList zones = keysOf<ScalpSite>();
        zones.removeAll(QStringLiteral("target_area")); // treated zones; a site may be a target
        QTest::newRow("patient.sex") << "patient"
                                     << "sex" << keysOf<Sex>();
        QTest::newRow("diagnosis.status") << "diagnosis"
                                          << "status" << keysOf<DiagnosisStatus>();
        QTest::newRow("session.device") << "session"
                                        << "device" << keysOf<Device>();
        QTest::newRow("session.endpoint") << "session"
                                          << "endpoint" << keysOf<Endpoint>();
        QTest::newRow("session_zone.zone") << "session_zone"
                                           << "zone" << zones;
        QTest::newRow("session_adjunct.adjunct") << "session_adjunct"
                                                 << "adjunct" << keysOf<AdjunctType>();
        QTest::newRow("adverse_event.event") << "adverse_event"
                                             << "event" << keysOf<AdverseEventType>();
        QTest::newRow("adverse_event.severity") << "adverse_event"
                                                << "severity" << keysOf<Severity>();
        QTest::newRow("measurement.site") << "measurement"
                                          << "site" << keysOf<ScalpSite>();
        QTest::newRow("measurement.method") << "measurement"
                                            << "method" << keysOf<MeasurementMethod>();
        QTest::newRow("photo.view") << "photo"
                                    << "view" << keysOf<PhotoView>();
        QTest::newRow("photo.site") << "photo"
                                    << "site" << keysOf<ScalpSite>();
        QTest::newRow("photo.taken_at_source") << "photo"
                                               << "taken_at_source" << keysOf<TakenAtSource>();
        QStringList roles;
        for (const Role role : {Role::Administrator, Role::Clinician, Role::Assistant})
            roles << toKey(role);
        roles.sort();
        QTest::newRow("app_user.role") << "app_user"
                                       << "role" << roles;
    }

    void checkListsEqualTheKeysOfCore()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, keys);
        test::TempDatabase t;
        QCOMPARE(checkList(*t, table, column), keys);
    }

    // Both engines reach the same version with the same tables and columns.
    void bothEnginesHaveTheSameSchema()
    {
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test server (the _postgresql run)");
        test::TempDatabase server;
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("same.sqlite")));
        QVERIFY(file.ok());
        QCOMPARE(server.db->schemaVersion(), file.value()->schemaVersion());
        QCOMPARE(server.db->schemaVersion(), Database::latestSchemaVersion());
        const auto onServer = tablesAndColumns(*server);
        const auto inFile = tablesAndColumns(*file.value());
        QCOMPARE(onServer.keys(), inFile.keys());
        for (auto it = inFile.cbegin(); it != inFile.cend(); ++it)
            QCOMPARE(onServer.value(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
