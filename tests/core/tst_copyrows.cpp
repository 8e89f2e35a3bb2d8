// The export's binary COPY reader (CopyRows, CopyCell) against Qt's PostgreSQL driver, the ids
// PostgreSQL is asked for (as ranges or as a list), and the import's many-row INSERTs. Runs against
// the throwaway PostgreSQL cluster of the test run (skipped without it).
#include "core/model/Keys.h"
#include "core/storage/BatchInsert.h"
#include "core/storage/CopyRows.h"
#include "core/storage/SqlValues.h"
#include "tests/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <bit>
#include <limits>

using namespace tricholog;

namespace {

// A number read through Qt's driver: after a CopyRows, the connection is Qt's again.
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// What a CopyCell's conversions give that the same conversions of the driver's QVariant do
// not (a double compared by its bits, NaN as NaN).
template<typename Cell>
QStringList cellDifferences(const QVariant &driver, const Cell &cell)
{
    QStringList out;
    auto check = [&](const char *what, bool same) {
        if (!same)
            out << QStringLiteral("%1 of %2").arg(QLatin1String(what), driver.toString());
    };
    auto sameDouble = [](double a, double b) {
        return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b) || (qIsNaN(a) && qIsNaN(b));
    };
    check("isNull", cell.isNull() == driver.isNull());
    check("toInt", cell.toInt() == driver.toInt());
    check("toLongLong", cell.toLongLong() == driver.toLongLong());
    check("toDouble", sameDouble(cell.toDouble(), driver.toDouble()));
    check("toString", cell.toString() == driver.toString() &&
                          cell.toString().isNull() == driver.toString().isNull());
    check("toOptionalId", sql::toOptionalId(cell) == sql::toOptionalId(driver));
    check("toOptionalInt", sql::toOptionalInt(cell) == sql::toOptionalInt(driver));
    const auto d = sql::toOptionalDouble(driver), c = sql::toOptionalDouble(cell);
    check("toOptionalDouble", bool(d) == bool(c) && (!d || sameDouble(*d, *c)));
    check("toDate", sql::toDate(cell) == sql::toDate(driver) &&
                        sql::toDate(cell).isValid() == sql::toDate(driver).isValid());
    check("toEnum",
          sql::toEnum(cell, ScalpSite::Frontal) == sql::toEnum(driver, ScalpSite::Frontal));
    check("toEnum", sql::toEnum(cell, MeasurementMethod::Manual) ==
                        sql::toEnum(driver, MeasurementMethod::Manual));
    return out;
}

} // namespace

class TestCopyRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("no PostgreSQL test server (TRICHOLOG_TEST_PG_STATE)");
    }

    // The export's binary COPY reader gives every value as Qt's driver does (same type, same
    // null, same value), for each column type it decodes and their edges.
    void copyRowsReadWhatTheDriverReads()
    {
        test::TempDatabase db;
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE edge (n int, s smallint, i integer, b bigint, d double "
            "precision, t text, v varchar(20), c char(3))")));
        QVERIFY2(
            q.exec(QStringLiteral(
                "INSERT INTO edge VALUES (1, -32768, -2147483648, -9223372036854775808, -0.0, "
                "'tab\there\nnew line \\ back\\slash', 'Ünïcødé ✓ 𝄞', 'ab'), "
                "(2, 32767, 2147483647, 9223372036854775807, 1.7976931348623157e308, '', '', "
                "''), (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL), (4, 0, 0, 0, 5e-324, "
                "'\"quoted\", comma', 'x', 'xyz'), (5, 1, 1, 1, 0.1, 'Infinity', 'NaN', 'a'), "
                "(6, 2, 2, 2, 'Infinity', 't', 'v', 'c'), (7, 3, 3, 3, '-Infinity', 't', 'v', "
                "'c'), (8, 4, 4, 4, 123456.789e-3, repeat('long ', 20000), 'v', 'c'), (9, 5, 5, 5, "
                "'NaN', 't', 'v', 'c')")),
            qPrintable(q.lastError().text()));
        // Dates and keys as the readers take them from text: the stored form, no such day, a
        // form only Qt's parser reads, digits that are not ASCII, a key, nothing.
        QVERIFY2(q.exec(QStringLiteral(
                     "ALTER TABLE edge ADD COLUMN day text; UPDATE edge SET day = CASE n WHEN 1 "
                     "THEN '2024-02-29' WHEN 2 THEN '2023-02-30' WHEN 3 THEN NULL WHEN 4 THEN "
                     "'2024-02-29T10:00:00' WHEN 5 THEN '２０２４-01-05' WHEN 6 THEN 'vertex' "
                     "WHEN 7 THEN 'image_analysis' WHEN 8 THEN '' ELSE '1999-12-31' END")),
                 qPrintable(q.lastError().text()));
        const QString select = QStringLiteral("SELECT * FROM edge ORDER BY n");
        QList<QVariantList> driver;
        QVERIFY(sql::execForward(q, select).ok());
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            driver << row;
        }
        QCOMPARE(driver.size(), 9);

        BulkReading bulk(*db);
        QVERIFY(CopyRows::applies(*db));
        QList<QVariantList> copied;
        QStringList cellProblems;
        bool streamed = false;
        QVERIFY(sql::readRows(*db, select, {}, [&](auto &rows) {
                    streamed = std::is_same_v<std::decay_t<decltype(rows)>, CopyRows>;
                    QCOMPARE(rows.record().indexOf(QStringLiteral("v")), 6);
                    while (rows.next()) {
                        QVariantList row;
                        for (int i = 0; i < rows.record().count(); ++i) {
                            row << rows.value(i);
                            cellProblems << cellDifferences(driver.value(copied.size()).value(i),
                                                            sql::cell(rows, i));
                        }
                        copied << row;
                    }
                    // Past the last row, no value (the cells pointed into freed messages).
                    QVERIFY(!rows.value(0).isValid() || rows.value(0).isNull());
                }).ok());
        QVERIFY(streamed);
        QVERIFY2(cellProblems.isEmpty(), qPrintable(cellProblems.join(u'\n')));
        QCOMPARE(copied.size(), driver.size());
        for (qsizetype r = 0; r < driver.size(); ++r)
            for (qsizetype c = 0; c < driver[r].size(); ++c) {
                const QVariant &a = driver[r][c], &b = copied[r][c];
                const QString where = QStringLiteral("row %1 column %2: %3 / %4")
                                          .arg(r)
                                          .arg(c)
                                          .arg(a.toString().left(40), b.toString().left(40));
                QVERIFY2(a.metaType() == b.metaType(), qPrintable(where));
                QVERIFY2(a.isNull() == b.isNull(), qPrintable(where));
                if (a.metaType() == QMetaType::fromType<double>() && !a.isNull())
                    QVERIFY2(std::bit_cast<quint64>(a.toDouble()) ==
                                     std::bit_cast<quint64>(b.toDouble()) ||
                                 (qIsNaN(a.toDouble()) && qIsNaN(b.toDouble())),
                             qPrintable(where));
                else
                    QVERIFY2(a == b, qPrintable(where));
            }
        QCOMPARE(copied[0][5].toString(), QStringLiteral("tab\there\nnew line \\ back\\slash"));
        QCOMPARE(copied[0][3].toLongLong(), std::numeric_limits<qint64>::min());
        QCOMPARE(copied[5][4].toDouble(), qInf());
        QCOMPARE(sql::toDate(copied[0][8]), QDate(2024, 2, 29));
        QVERIFY(!sql::toDate(copied[1][8]).isValid());
        QCOMPARE(sql::toEnum(copied[6][8], MeasurementMethod::Manual),
                 MeasurementMethod::ImageAnalysis);
    }

    // Within one BulkReading, statements that differ only in the ids idIn wrote share one
    // description of their columns; any other difference is described anew.
    void copyRowsDescribeEachShapeOnce()
    {
        test::TempDatabase db;
        QList<qint64> ids;
        for (const char *mrn : {"S-1", "S-2", "S-3"})
            ids << test::addPatient(*db, test::samplePatient(QLatin1String(mrn)));
        BulkReading bulk(*db);
        auto statement = [&db](const char *column, const QList<qint64> &of) -> QString {
            return QStringLiteral("SELECT %1 FROM patient WHERE ").arg(QLatin1String(column)) +
                   (*db).dialect().idIn(QStringLiteral("id"), of) + QStringLiteral(" ORDER BY id");
        };
        auto read = [&db](const QString &select) {
            QVariantList values;
            bool streamed = false;
            const auto ran = sql::readRows(*db, select, {}, [&](auto &rows) {
                streamed = std::is_same_v<std::decay_t<decltype(rows)>, CopyRows>;
                while (rows.next())
                    values << rows.value(0);
            });
            return ran.ok() && streamed ? values : QVariantList{QStringLiteral("failed")};
        };
        const QString one = statement("id", ids.mid(0, 1));
        const QString all = statement("id", ids);
        QCOMPARE((*db).dialect().statementShape(one), (*db).dialect().statementShape(all));
        QVERIFY(!bulk.columns((*db).dialect().statementShape(one)));
        QCOMPARE(read(one), (QVariantList{qulonglong(ids.at(0))}));
        QVERIFY(bulk.columns((*db).dialect().statementShape(one)));
        QCOMPARE(read(all), (QVariantList{qulonglong(ids.at(0)), qulonglong(ids.at(1)),
                                          qulonglong(ids.at(2))}));
        const QString mrns = statement("mrn", ids.mid(1));
        QVERIFY((*db).dialect().statementShape(mrns) != (*db).dialect().statementShape(all));
        QCOMPARE(read(mrns), (QVariantList{QStringLiteral("S-2"), QStringLiteral("S-3")}));
    }

    // Ids that follow one another are asked for as ranges, scattered ids as a list; either way
    // the rows of exactly those ids, and one statement shape for any ids of the same form.
    void idsThatFollowOneAnotherAreReadAsRanges()
    {
        QCOMPARE(sql::idRuns({5, 3, 4, 4, 10, -1, 0}).size(), 3);
        QCOMPARE(sql::idRuns({5, 3, 4, 4, 10, -1, 0}).at(1).first, 3);
        QCOMPARE(sql::idRuns({5, 3, 4, 4, 10, -1, 0}).at(1).last, 5);
        QVERIFY(sql::idRuns({}).isEmpty());

        test::TempDatabase db;
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << test::addPatient(*db, test::samplePatient(QStringLiteral("R-%1").arg(i)));
        QCOMPARE(sql::idRuns(ids).size(), 1);
        BulkReading bulk(*db);
        const SqlDialect &dialect = (*db).dialect();
        auto read = [&db](const QString &where) {
            QList<qint64> found;
            const auto ran = sql::readRows(
                *db, QStringLiteral("SELECT id FROM patient WHERE ") + where, {}, [&](auto &rows) {
                    while (rows.next())
                        found << rows.value(0).toLongLong();
                });
            std::sort(found.begin(), found.end());
            return ran.ok() ? found : QList<qint64>{-1};
        };
        // All of them, shuffled and one twice: one range.
        QList<qint64> shuffled = ids;
        std::reverse(shuffled.begin(), shuffled.end());
        shuffled << ids.at(7);
        const QString all = dialect.idIn(QStringLiteral("id"), shuffled);
        QCOMPARE(all.count(QStringLiteral(" BETWEEN ")), 1);
        QCOMPARE(read(all), ids);
        // Two runs: two ranges, and the rows of those ids only.
        const QList<qint64> two = ids.mid(0, 20) + ids.mid(25, 10);
        const QString ranges = dialect.idIn(QStringLiteral("id"), two);
        QCOMPARE(ranges.count(QStringLiteral(" BETWEEN ")), 2);
        QCOMPARE(read(ranges), two);
        // One shape whatever the number of ranges, or a list.
        auto shape = [&dialect](const QString &where) {
            return dialect.statementShape(QStringLiteral("SELECT id FROM patient WHERE ") + where +
                                          QStringLiteral(" ORDER BY id"));
        };
        QCOMPARE(shape(ranges), shape(all));
        QCOMPARE(shape(ranges), shape(dialect.idIn(QStringLiteral("id"), ids.mid(0, 3))));
        QVERIFY(shape(ranges) != shape(dialect.idIn(QStringLiteral("patient_id"), ids)));
        // Every other id: a list.
        QList<qint64> scattered;
        for (qsizetype i = 0; i < ids.size(); i += 2)
            scattered << ids.at(i);
        const QString list = dialect.idIn(QStringLiteral("id"), scattered);
        QVERIFY2(!list.contains(QStringLiteral("BETWEEN")), qPrintable(list));
        QCOMPARE(read(list), scattered);
    }

    // A column it does not decode goes through Qt's driver; a statement the server refuses, or
    // one that fails after some rows, is an error; a stream given up halfway is read to its end:
    // every time, the connection works for Qt's driver afterwards.
    void copyRowsFallBackFailAndLeaveTheConnectionIdle()
    {
        test::TempDatabase db;
        BulkReading bulk(*db);
        auto stillWorks = [&db] {
            return scalar(*db, QStringLiteral("SELECT 42")) == 42;
        };

        QStringList dates;
        bool streamed = true;
        QVERIFY(sql::readRows(*db,
                              QStringLiteral("SELECT d::date, d::date::text FROM "
                                             "generate_series('2024-01-01'::date, "
                                             "'2024-01-03'::date, '1 day') d"),
                              {},
                              [&](auto &rows) {
                                  streamed = std::is_same_v<std::decay_t<decltype(rows)>, CopyRows>;
                                  while (rows.next())
                                      dates << rows.value(1).toString();
                              })
                    .ok());
        QVERIFY(!streamed);
        QCOMPARE(dates, (QStringList{QStringLiteral("2024-01-01"), QStringLiteral("2024-01-02"),
                                     QStringLiteral("2024-01-03")}));

        {
            CopyRows rows(*db);
            const auto refused = rows.exec(QStringLiteral("SELECT no_such_column FROM patient"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("no_such_column")),
                     qPrintable(refused.error().message));
        }
        QVERIFY(stillWorks());

        QList<int> before;
        {
            CopyRows rows(*db);
            const auto started =
                rows.exec(QStringLiteral("SELECT 10 / (3 - g) FROM generate_series(1, 5) g"));
            QVERIFY(started && started.value());
            while (rows.next())
                before << rows.value(0).toInt();
            const auto broke = rows.finished();
            QVERIFY(!broke);
            QVERIFY2(broke.error().message.contains(QStringLiteral("division by zero")),
                     qPrintable(broke.error().message));
        }
        QCOMPARE(before, (QList<int>{5, 10}));
        QVERIFY(stillWorks());

        {
            CopyRows rows(*db);
            const auto started = rows.exec(QStringLiteral(
                "SELECT g, repeat('x', 100) AS x FROM generate_series(1, 200000) g"));
            QVERIFY(started && started.value());
            QVERIFY(rows.next());
            QCOMPARE(rows.value(0).toInt(), 1);
            QCOMPARE(rows.value(QStringLiteral("x")).toString(), QString(100, u'x'));
        }
        QVERIFY(stillWorks());

        // No rows: the header and the trailer come without a row between them.
        {
            CopyRows rows(*db);
            const auto started =
                rows.exec(QStringLiteral("SELECT id, mrn FROM patient WHERE false"));
            QVERIFY(started && started.value());
            QVERIFY(!rows.next());
            QVERIFY(rows.finished().ok());
            QCOMPARE(rows.record().count(), 2);
        }
        QVERIFY(stillWorks());

        // Outside bulk reading, and on a statement with bound values, Qt's driver reads.
        QVERIFY(sql::readRows(*db, QStringLiteral("SELECT ?::int"), {7}, [&](auto &rows) {
                    streamed = std::is_same_v<std::decay_t<decltype(rows)>, CopyRows>;
                    QVERIFY(rows.next());
                    QCOMPARE(rows.value(0).toInt(), 7);
                }).ok());
        QVERIFY(!streamed);
        (*db).setBulkReading(nullptr);
        QVERIFY(!CopyRows::applies(*db));
    }

    // On a server BatchInsert writes its rows with one COPY: every value arrives as given (null
    // values, null strings as NULL as Qt's driver has them, quotes, backslashes, tabs, accents),
    // and a row the server refuses fails the call with the server's words, keeping none of them.
    void batchInsertWritesEveryRowAcrossStatements()
    {
        test::TempDatabase db;
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE bi (id bigint PRIMARY KEY, t text, d double precision)")));
        BatchInsert insert(*db, QStringLiteral("bi"),
                           {QStringLiteral("id"), QStringLiteral("t"), QStringLiteral("d")});
        const QString odd = QStringLiteral("O'Brien \\ Siobhán;\t\"x\"\n\r\\N");
        QVERIFY(insert
                    .insert(600,
                            [&](QVariantList &values, qsizetype row) {
                                values << row + 1
                                       << (row % 7 == 0 ? QVariant(QString()) : QVariant(odd))
                                       << (row % 5 == 0 ? QVariant() : QVariant(row * 0.5));
                            })
                    .ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM bi")), 600);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT sum(id) FROM bi")), 600 * 601 / 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM bi WHERE t IS NULL")), 86);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM bi WHERE d IS NULL")), 120);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT round(sum(d) * 2)::bigint FROM bi")),
                 (599 * 600 / 2) - 5 * (119 * 120 / 2));
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT t FROM bi WHERE t IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), odd);
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT d FROM bi WHERE id = 2")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 0.5);

        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        const auto refused = insert.insert(3, [](QVariantList &values, qsizetype row) {
            values << (row == 2 ? 5 : 1000 + row) << QStringLiteral("x") << 1.0; // 5: taken
        });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("bi")) &&
                     refused.error().message.contains(QLatin1String("duplicate key")),
                 qPrintable(refused.error().message));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM bi")), 600);
        // A first row of the wrong width is refused before anything is sent: the transaction
        // around it goes on.
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        const auto narrow =
            insert.insert(1, [](QVariantList &values, qsizetype) { values << 2000; });
        QVERIFY(!narrow.ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM bi")), 600);
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        // The connection is Qt's again for the next statement.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT 41 + 1")), 42);
    }

    // A connection lost under the COPY is said as for any other write (the server cannot be
    // reached, nothing saved), not in libpq's words alone; the next statement connects again.
    void aCopyOnALostConnectionIsSaidInPlainWords()
    {
        test::TempDatabase db;
        QSqlQuery q((*db).connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE lost (id bigint PRIMARY KEY)")));
        const qint64 backend = scalar(*db, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(backend > 0);
        QVERIFY(test::TestServer::get().terminateBackend(backend));
        BatchInsert insert(*db, QStringLiteral("lost"), {QStringLiteral("id")});
        const auto written =
            insert.insert(3, [](QVariantList &values, qsizetype row) { values << row + 1; });
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QLatin1String("cannot be reached")),
                 qPrintable(written.error().message));
        scalar(*db, QStringLiteral("SELECT 1")); // the driver finds the connection gone
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM lost")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCopyRows)
#include "tst_copyrows.moc"
