// The import's digest made from the values sent (SentRowJson, ImportDigester as the database's
// WrittenRows on a server) against the digest of the same rows read back (importDigest): the
// same for numbers, text and NULLs that each take another form on the way; and a row the server
// stores otherwise than it was sent is found by `audit verify`. On both engines (on SQLite the
// rows are always read back).
#include "core/storage/BatchInsert.h"
#include "core/storage/Integrity.h"
#include "tests/TestSupport.h"
#include "tests/core/AuditAttackSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <functional>
#include <limits>

using namespace tricholog;
using namespace tricholog::test;

namespace {

const QStringList kColumns{QStringLiteral("id"),
                           QStringLiteral("patient_id"),
                           QStringLiteral("measured_on"),
                           QStringLiteral("site"),
                           QStringLiteral("site_label"),
                           QStringLiteral("method"),
                           QStringLiteral("instrument"),
                           QStringLiteral("magnification"),
                           QStringLiteral("notes"),
                           QStringLiteral("density"),
                           QStringLiteral("hair_count"),
                           QStringLiteral("area_cm2"),
                           QStringLiteral("mean_diameter_um"),
                           QStringLiteral("terminal_pct"),
                           QStringLiteral("vellus_pct"),
                           QStringLiteral("anagen_pct"),
                           QStringLiteral("telogen_pct"),
                           QStringLiteral("fu_per_cm2"),
                           QStringLiteral("hairs_per_fu")};

// Text that JSON, COPY or UTF-8 write otherwise than it is: quotes, backslashes, tabs, line
// ends, control characters, COPY's NULL marker, characters outside the BMP, and the empty text.
const QStringList kTexts{QString(),
                         QStringLiteral(""),
                         QStringLiteral("O'Brien \\ \"quoted\""),
                         QStringLiteral("tab\there, line\nend\r"),
                         QStringLiteral("Siobhán Ñúñez 🧑‍⚕️ 頭髪"),
                         QStringLiteral("\x01 and \x1f"),
                         QStringLiteral("\\N"),
                         QStringLiteral("\\u0000 not a NUL")};

// Numbers whose 15 significant digits differ from their 17, that print with an exponent, that
// are integers given as such, negative zero, and a NULL.
QVariant number(qsizetype row, int column, QRandomGenerator &random, double top)
{
    switch ((row + column) % 12) {
    case 0:
        return QVariant(QMetaType::fromType<double>());
    case 1:
        return -0.0;
    case 2:
        return 1e-7;
    case 3:
        return 0.1 + 0.2;
    case 4:
        return top / 3;
    case 5:
        return std::nextafter(top, 0.0);
    case 6:
        return int(top / 2);
    case 7:
        return 2.5e-5 * (1 + random.generateDouble());
    default:
        return random.generateDouble() * top;
    }
}

QVariantList rowOf(qsizetype row, qint64 id, qint64 patient, QRandomGenerator &random)
{
    static const char *const sites[] = {"frontal", "vertex", "occipital", "target_area"};
    // NULL where a column takes it (no text column of a measurement does: the empty text).
    const QString text = kTexts.at(row % kTexts.size());
    const QString given = text.isNull() ? QStringLiteral("") : text;
    return {id,
            patient,
            QDate(2026, 1, 1).addDays(row % 300).toString(Qt::ISODate),
            QLatin1String(sites[row % 4]),
            row % 4 == 3 ? QStringLiteral("scar") : given,
            QStringLiteral("trichoscopy"),
            given,
            row % 5 == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(20),
            given,
            number(row, 0, random, 800),
            row % 3 == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(int(row % 400)),
            std::pow(10.0, -int(row % 9)) * (1 + random.generateDouble()),
            5 + random.generateDouble() * 195,
            number(row, 1, random, 100),
            number(row, 2, random, 100),
            number(row, 3, random, 100),
            number(row, 4, random, 100),
            number(row, 5, random, 90),
            number(row, 6, random, 5)};
}

// The digester's digest of "measurement" against importDigest of the same rows read back (the
// trail's changes before now left out): the rows' count when they agree, -1 otherwise.
qint64 digesterMatchesRows(Database &db, integrity::ImportDigester &digester,
                           const QList<integrity::IdRange> &ranges)
{
    const integrity::ImportScope made = digester.finish(QStringLiteral("measurement"));
    const qint64 after = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    const auto read = integrity::importDigest(db, QStringLiteral("measurement"), ranges, after);
    if (!read) {
        qWarning("%s", qPrintable(read.error().message));
        return -1;
    }
    const bool same = made.sha256 == read.value().sha256 && made.blocks == read.value().blocks &&
                      made.firstBlock == read.value().firstBlock && made.rows == read.value().rows;
    return same ? made.rows : -1;
}

// A test database with a patient, an ImportDigester watching it and a BatchInsert of
// measurements.
struct Writing
{
    TempDatabase t;
    qint64 patient = addPatient(*t);
    QRandomGenerator random;
    integrity::ImportDigester digester{*t};
    BatchInsert insert{*t, QStringLiteral("measurement"), kColumns};

    explicit Writing(quint32 seed)
        : random(seed)
    {}
    // Rows of ids first .. first + count - 1, each changed by `alter` when given.
    Result<void> write(qint64 first, qsizetype count,
                       const std::function<void(QVariantList &, qsizetype)> &alter = {})
    {
        return insert.insert(count, [&](QVariantList &values, qsizetype row) {
            QVariantList r = rowOf(row, first + row, patient, random);
            if (alter)
                alter(r, row);
            values << r;
        });
    }
};

} // namespace

class TestImportDigest : public QObject
{
    Q_OBJECT

private slots:
    // 3,000 measurements (four blocks of the digest, not in id order) written with BatchInsert
    // while an ImportDigester watches: its digest is the digest of the rows read back, whole and
    // block by block. On a server every row was made from its values (none read back).
    void rowsMadeFromTheValuesSentHashAsReadBack()
    {
        TempDatabase t;
        const qint64 patient = addPatient(*t);
        constexpr qsizetype kRows = 3000;
        constexpr qint64 kFirst = 5000;
        QRandomGenerator random(20261205);
        QList<QVariantList> rows;
        for (qsizetype i = 0; i < kRows; ++i)
            rows << rowOf(i, kFirst + (i * 7) % kRows, patient, random); // 7 and 3000: coprime
        integrity::ImportDigester digester(*t);
        BatchInsert insert(*t, QStringLiteral("measurement"), kColumns);
        const auto written = insert.insert(
            kRows, [&](QVariantList &values, qsizetype row) { values << rows.at(row); });
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        const QList<integrity::IdRange> ranges{{kFirst, kFirst + kRows - 1}};
        const auto added = digester.add(QStringLiteral("measurement"), ranges);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(digester.rowsFromValuesSent(), t.db->isServer() ? kRows : 0);
        const integrity::ImportScope made = digester.finish(QStringLiteral("measurement"));

        const qint64 after =
            scalar(*t, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
        const auto read = integrity::importDigest(*t, QStringLiteral("measurement"), ranges, after);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(made.rows, kRows);
        QCOMPARE(read.value().rows, kRows);
        QCOMPARE(made.firstBlock, read.value().firstBlock);
        QCOMPARE(made.blocks, read.value().blocks);
        QCOMPARE(made.sha256, read.value().sha256);
        QCOMPARE(made.blocks.size(), 4); // ids 5000 to 7999
    }

    // A value sent in a form the digest does not make (a double as text) has its batch read
    // back; the next batch is made from its values again. The digest of both is the rows'.
    void aBatchWithAValueOfAnotherKindIsReadBack()
    {
        Writing w(7);
        for (const qint64 first : {100, 110}) {
            const auto written = w.write(first, 10, [first](QVariantList &r, qsizetype row) {
                if (first == 100 && row == 4)
                    r[9] = QStringLiteral("150.5"); // density as text
            });
            QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
            QVERIFY(w.digester.add(QStringLiteral("measurement"), {{first, first + 9}}).ok());
            QCOMPARE(w.digester.rowsFromValuesSent(), w.t.db->isServer() && first == 110 ? 10 : 0);
        }
        QCOMPARE(digesterMatchesRows(*w.t, w.digester, {{100, 119}}), 20);
    }

    // Rows the digest cannot stand for are read back: a row of the batch's ranges written some
    // other way (the count differs), and a row sent outside them.
    void rowsWrittenAnotherWayOrElsewhereAreReadBack()
    {
        Writing w(11);
        QVERIFY(w.write(200, 10).ok());
        exec(*w.t, QStringLiteral("INSERT INTO measurement (id, patient_id, measured_on, site, "
                                  "method, density) VALUES (210, %1, '2026-02-01', 'vertex', "
                                  "'manual', 99.5)")
                       .arg(w.patient));
        QVERIFY(w.digester.add(QStringLiteral("measurement"), {{200, 210}}).ok());
        QCOMPARE(w.digester.rowsFromValuesSent(), 0);
        QVERIFY(w.write(300, 10).ok());
        QVERIFY(w.digester.add(QStringLiteral("measurement"), {{300, 308}}).ok()); // 309: outside
        QCOMPARE(w.digester.rowsFromValuesSent(), 0);
        QCOMPARE(digesterMatchesRows(*w.t, w.digester, {{200, 210}, {300, 308}}), 20);
    }

    // The digest of an import on a server is of what Tricholog sent: a trigger someone slipped
    // in that changes the rows on their way in (here it adds 1 to each density) leaves rows
    // that `audit verify` names as changed since the import, once the trigger is gone.
    void aRowStoredOtherwiseThanSentIsFound()
    {
        TempDatabase t;
        if (!t.db->isServer())
            QSKIP("SQLite's import reads its rows back; the server's makes them from the values");
        exec(*t, QStringLiteral("CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                "BEGIN NEW.density := NEW.density + 1; RETURN NEW; END $$"));
        exec(*t, QStringLiteral("CREATE TRIGGER bump BEFORE INSERT ON measurement FOR EACH ROW "
                                "EXECUTE FUNCTION bump()"));
        importSample(*t);
        exec(*t, QStringLiteral("DROP TRIGGER bump ON measurement"));
        exec(*t, QStringLiteral("DROP FUNCTION bump()"));
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM measurement WHERE density IN "
                                           "(151, 166.5, 121)")),
                 3);
        reopen(t);
        QVERIFY2(t.db->integrityProblems().isEmpty(),
                 qPrintable(t.db->integrityProblems().join(QStringLiteral("; "))));
        const auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows.value().changes, 1);
        const integrity::OutsideChange &change = rows.value().listed.first();
        QCOMPARE(change.kind, integrity::OutsideChange::Kind::Imported);
        QCOMPARE(change.table, QStringLiteral("measurement"));
    }
};

QTEST_GUILESS_MAIN(TestImportDigest)
#include "tst_importdigest.moc"
