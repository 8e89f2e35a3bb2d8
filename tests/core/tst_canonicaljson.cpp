// canonicalJson (the text a row is hashed by, for the import digests and the audit checks) must
// be Qt's own text byte for byte: a digest recorded before the fast path, or on the other engine,
// must still match. Every case compares it with QJsonDocument::fromJson(...).toJson(Compact):
// hand-picked edges, every row and trail entry of generated data, and random texts.
#include "core/demo/BulkGenerator.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/CanonicalJson.h"
#include "core/storage/Integrity.h"
#include "core/storage/Migrations.h"
#include "tests/TestSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tricholog;

namespace {

// Both texts, shown when they differ, with null members kept and dropped.
QByteArray mismatch(const QByteArray &json)
{
    for (const NullMembers nulls : {NullMembers::Keep, NullMembers::Drop}) {
        const QByteArray fast = canonicalJson(json, nulls), qt = canonicalJsonByQt(json, nulls);
        if (fast != qt)
            return (nulls == NullMembers::Drop ? "nulls dropped, input " : "input ") +
                   json.toPercentEncoding(" {}[]\":,.-+") + "\n  fast: " + fast + "\n  Qt:   " + qt;
    }
    return {};
}

// A random text near the rows' JSON: members of keys from a small set (so some repeat), values
// of every kind, numbers from pieces of the grammar and some outside it, strings with escapes,
// controls and UTF-8 both well-formed and not, random spaces and now and then a broken byte.
QByteArray randomText(QRandomGenerator &r)
{
    static const QList<QByteArray> keys{"id",           "a", "b",   "patient_id", "Zed", "z\\u0041",
                                        "na\xc3\xafve", "",  "k k", "density"};
    static const QList<QByteArray> numberPieces{"0",
                                                "1",
                                                "-",
                                                "7",
                                                "12",
                                                "0.",
                                                ".5",
                                                "5",
                                                "e",
                                                "E",
                                                "+",
                                                "-",
                                                "300",
                                                "9999999999",
                                                "00",
                                                "2",
                                                ".0",
                                                "e-7",
                                                "9223372036854775807",
                                                "8"};
    static const QList<QByteArray> stringPieces{"x",
                                                " ",
                                                "\\n",
                                                "\\\"",
                                                "\\u00e9",
                                                "\\/",
                                                "\xc3\xa9",
                                                "\xe2\x82\xac",
                                                "\xf0\x9f\x92\x88",
                                                "\xef\xbf\xbe",
                                                "\xed\xa0\x80",
                                                "\xc0\x80",
                                                "\xf4\x90\x80\x80",
                                                "\x7f",
                                                "\x01",
                                                "\t",
                                                "\xff",
                                                "\xe2\x82",
                                                "abc"};
    static const QList<QByteArray> spaces{"", "", "", " ", "\n", "\t ", "\r\n"};
    auto pick = [&](const QList<QByteArray> &from) {
        return from.at(r.bounded(from.size()));
    };
    QByteArray out = pick(spaces) + "{";
    const int members = r.bounded(7);
    for (int i = 0; i < members; ++i) {
        if (i > 0)
            out += pick(spaces) + "," + pick(spaces);
        out += "\"" + pick(keys) + "\"" + pick(spaces) + ":" + pick(spaces);
        switch (r.bounded(8)) {
        case 0:
            out += pick({"null", "true", "false", "nul", "[]", "{}", "[1,2]", "{\"q\":1}"});
            break;
        case 1:
        case 2:
        case 3: {
            const int pieces = 1 + r.bounded(4);
            for (int p = 0; p < pieces; ++p)
                out += pick(numberPieces);
            break;
        }
        default: {
            out += "\"";
            const int pieces = r.bounded(5);
            for (int p = 0; p < pieces; ++p)
                out += pick(stringPieces);
            out += "\"";
        }
        }
    }
    out += "}" + pick(spaces);
    if (r.bounded(20) == 0)
        out[r.bounded(out.size())] = char(r.bounded(256));
    return out;
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QList<QByteArray> cases{
            // What SQLite's json_object and PostgreSQL's jsonb write for a row.
            R"({"id":3,"patient_id":12,"site":"vertex","density_per_cm2":141.5,"note":null})",
            R"({"id": 3, "site": "vertex", "density_per_cm2": 141.50, "method": "trichoscopy"})",
            R"({"b":1,"a":2})", R"({})", R"({"a":null})", R"({"a":"null","b":null})",
            R"({"a":null,"b":{"c":null,"d":1}})", R"({"a":[null,{"x":null}],"b":null})",
            R"(  { }  )", R"({"a":true,"b":false,"c":null})",
            // Numbers: each form Qt rewrites.
            R"({"a":2.0})", R"({"a":2.50})", R"({"a":1e18})", R"({"a":1e17})", R"({"a":-0})",
            R"({"a":-0.0})", R"({"a":0.1})", R"({"a":1e2})", R"({"a":1E+2})", R"({"a":1e-7})",
            R"({"a":123456789012345678})", R"({"a":1234567890123456789})",
            R"({"a":12345678901234567890})", R"({"a":9223372036854775807})",
            R"({"a":-9223372036854775808})", R"({"a":9223372036854775808})",
            R"({"a":9007199254740993})", R"({"a":9007199254740993.0})", R"({"a":1.5e300})",
            R"({"a":1e400})", R"({"a":-1e400})", R"({"a":1e-400})", R"({"a":0.30000000000000004})",
            R"({"a":100000000000000000000.0})", R"({"a":-5})", R"({"a":007})", R"({"a":1.})",
            R"({"a":-})", R"({"a":1e})", R"({"a":.5})", R"({"a":+1})",
            // Strings: escapes, controls, UTF-8 well-formed and not, noncharacters.
            R"({"a":"x\/y"})", R"({"a":"tab\tin"})", R"({"a":"\u00e9"})", R"({"a":"\ud83d\udc88"})",
            "{\"a\":\"caf\xc3\xa9\"}", "{\"a\":\"\xf0\x9f\x92\x88\"}", "{\"a\":\"\xef\xbf\xbe\"}",
            "{\"a\":\"\xef\xb7\x90\"}", "{\"a\":\"\xed\xa0\x80\"}", "{\"a\":\"\xc0\x80\"}",
            "{\"a\":\"\xe0\x80\x80\"}", "{\"a\":\"\xf4\x8f\xbf\xbf\"}",
            "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xe2\x82\"}", "{\"a\":\"\x7f\"}",
            "{\"a\":\"\x01\"}", "{\"a\":\"\tx\"}", "{\"\xc3\xa9\":1,\"e\":2,\"f\":3}",
            // Keys: repeated, escaped, ordered by code unit.
            R"({"b":1,"a":"x","a":2})", R"({"a\u0062":1,"ab":2})", R"({"B":1,"a":2,"_":3,"1":4})",
            // Not flat, not an object, not JSON.
            R"({"a":[1,2],"b":{"c":1}})", R"([1,2])", R"("text")", R"(3)", R"()", R"({)",
            R"({"a":1,})", R"({"a" 1})", R"({"a":1}x)", R"({"a":nul})", R"({"a":nullx})",
            R"({,"a":1})", R"({"a":1} {"b":2})", R"(not json)"};
        for (const QByteArray &json : cases)
            QTest::newRow(json.toPercentEncoding(" {}[]\":,.-+").left(60).constData()) << json;
    }

    void sameAsQt()
    {
        QFETCH(QByteArray, json);
        const QByteArray difference = mismatch(json);
        QVERIFY2(difference.isEmpty(), difference.constData());
    }

    // Every row of the tables an import writes, as the digest reads it, and every trail entry,
    // of a generated clinic (both methods) and of the demo (names and notes beyond ASCII).
    void generatedRowsSameAsQt_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("bulk") << false;
        QTest::newRow("demo") << true;
    }

    void generatedRowsSameAsQt()
    {
        QFETCH(bool, demo);
        // A file: the rows as SQLite writes them (the server's form is in tst_server's digests).
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("rows.sqlite")),
                                     std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Database &db = *opened.value();
        if (demo) {
            DemoOptions options;
            options.patients = 24;
            options.photoPatients = 0;
            QVERIFY(generateDemo(db, options).ok());
        } else {
            BulkOptions options;
            options.patients = 60;
            options.meanVisits = 4;
            options.maxVisits = 10;
            options.methodsPerVisit = 2;
            QVERIFY(generateBulk(db, options).ok());
        }
        QSqlDatabase connection = db.connection();
        // Each row as json_object writes it (nulls kept: what the import's digest reads), and as
        // SQLite's json_patch('{}', ...) leaves it (nulls gone: what digests read before).
        QStringList reads;
        for (const QString &table : integrity::importedTables()) {
            const QString json = sqliteRowJson(connection, table, QStringLiteral("R"));
            reads << QStringLiteral("SELECT %1, json_patch('{}', %1) FROM %2 R").arg(json, table);
        }
        for (const char *column : {"new_values", "old_values"})
            reads << QStringLiteral("SELECT %1, json_patch('{}', %1) FROM audit_log WHERE %1 IS "
                                    "NOT NULL")
                         .arg(QLatin1String(column));
        qint64 rows = 0, differing = 0, beyondAscii = 0;
        QByteArray first;
        for (const QString &sql : std::as_const(reads)) {
            QSqlQuery q(connection);
            QVERIFY2(q.exec(sql), qPrintable(sql));
            while (q.next()) {
                const QByteArray json = q.value(0).toString().toUtf8();
                const QByteArray patched = q.value(1).toString().toUtf8();
                QByteArray difference = mismatch(json);
                if (difference.isEmpty() &&
                    canonicalJson(json, NullMembers::Drop) != canonicalJsonByQt(patched))
                    difference = "nulls dropped unlike json_patch: " + json;
                ++rows;
                beyondAscii += std::any_of(json.cbegin(), json.cend(),
                                           [](char c) { return uchar(c) >= 0x80; });
                if (!difference.isEmpty() && differing++ == 0)
                    first = difference;
            }
        }
        QVERIFY2(differing == 0, first.constData());
        QVERIFY2(rows > (demo ? 500 : 3000), qPrintable(QString::number(rows)));
        if (demo) // the demo's names and notes: UTF-8 beyond ASCII, through the fast path
            QVERIFY2(beyondAscii > 0, qPrintable(QString::number(beyondAscii)));
    }

    void randomTextsSameAsQt()
    {
        QRandomGenerator r(20261204);
        int accepted = 0;
        for (int i = 0; i < 200000; ++i) {
            const QByteArray json = randomText(r);
            const QByteArray difference = mismatch(json);
            QVERIFY2(difference.isEmpty(), difference.constData());
            accepted += canonicalJsonByQt(json).isEmpty() ? 0 : 1;
        }
        // Most texts are JSON, so the comparison is mostly of written texts, not of refusals.
        QVERIFY2(accepted > 50000, qPrintable(QString::number(accepted)));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
