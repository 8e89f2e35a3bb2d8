// The clinic's verbs as a script runs them: `outcomes` (CSV and the cohort report) and, for
// treatment plans, `recall` and `plan ics`, on the demo clinic.
#include "core/io/Csv.h"
#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RecallQuery.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

using test::Run;

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &extra = QProcessEnvironment())
{
    return test::runAsDemoAdmin(program, args, extra);
}

Run app(const QStringList &args)
{
    return run(QStringLiteral(TRICHOLOG_BINARY), args);
}

} // namespace

class TestClinicVerbs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_db = path(QStringLiteral("clinic.sqlite"));
        const auto r = app({QStringLiteral("demo"), QStringLiteral("--database"), m_db,
                            QStringLiteral("--patients"), QStringLiteral("8")});
        QCOMPARE(r.exitCode, 0);
    }

    void outcomesVerb()
    {
        const QString out = path(QStringLiteral("outcomes.csv"));
        auto r = app({QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                      QStringLiteral("--by"), QStringLiteral("device"), QStringLiteral("--output"),
                      out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        file.close();
        QCOMPARE(lines.first(),
                 QByteArray("group,patients,mean_baseline,mean_change,sd_change,ci95_low,"
                            "ci95_high,mean_pct_change,responders,responder_rate_pct,"
                            "responder_ci95_low_pct,responder_ci95_high_pct,p_value"));
        QVERIFY(lines.size() >= 4);
        QVERIFY(lines.at(lines.size() - 2).startsWith("excluded_no_followup,"));
        QVERIFY(lines.last().startsWith("excluded_zero_baseline,"));
        int patients = 0;
        for (qsizetype i = 1; i < lines.size() - 2; ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), 13);
            patients += cells[1].toInt();
            QVERIFY(cells[12].isEmpty()); // p only on a comparison row
        }
        QVERIFY2(r.out.startsWith(QString::number(patients) + QStringLiteral(" patients")),
                 qPrintable(r.out));

        r = app({QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                 QStringLiteral("--by"), QStringLiteral("adjunct:minoxidil"),
                 QStringLiteral("--at-weeks"), QStringLiteral("8"), QStringLiteral("--output"),
                 out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray adjunct = file.readAll();
        file.close();
        QVERIFY(adjunct.contains("\nwith minoxidil,"));
        QVERIFY(adjunct.contains("\nwithout minoxidil,"));
        QVERIFY(adjunct.contains("\nwith minoxidil - without minoxidil,"));

        // By adherence to the demo's plans: both groups and their comparison, always.
        r = app({QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                 QStringLiteral("--by"), QStringLiteral("adherence"), QStringLiteral("--at-weeks"),
                 QStringLiteral("8"), QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray adherence = file.readAll();
        file.close();
        QVERIFY2(adherence.contains("\nat least 80%,"), adherence.constData());
        QVERIFY(adherence.contains("\nunder 80%,"));
        QVERIFY(adherence.contains("\nat least 80% - under 80%,"));

        for (const QStringList &bad :
             {QStringList{QStringLiteral("--metric"), QStringLiteral("hairiness")},
              QStringList{QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                          QStringLiteral("--by"), QStringLiteral("adjunct:garlic")},
              QStringList{QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                          QStringLiteral("--site"), QStringLiteral("elbow")}}) {
            r = app(QStringList{QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                                QStringLiteral("--output"), out} +
                    bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(bad.last()), qPrintable(r.err));
        }
        // An assistant may not take the clinic's outcomes out; nothing is written.
        const QString refused = path(QStringLiteral("outcomes-assistant.csv"));
        QProcessEnvironment assistant;
        assistant.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("assistant"));
        assistant.insert(QStringLiteral("TRICHOLOG_PASSWORD"),
                         QStringLiteral("tricholog-assistant"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("outcomes"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--metric"), QStringLiteral("density_per_cm2"),
                 QStringLiteral("--output"), refused},
                assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
        QSqlDatabase audit =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outcomes-audit"));
        audit.setDatabaseName(m_db);
        QVERIFY(audit.open());
        {
            QSqlQuery q(audit);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'disclose' AND new_values LIKE '%outcomes.csv%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3); // by none, by minoxidil, by adherence
        }
        audit.close();
    }

    // `outcomes --output FILE.pdf`: the cohort report, read back with pdftotext: the method, each
    // group with the CSV's figures, the published arms; no patient's name; recorded as a PDF
    // disclosure. A .txt output is refused.
    void outcomesReport()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QStringList common{
            QStringLiteral("outcomes"), QStringLiteral("--database"),      m_db,
            QStringLiteral("--metric"), QStringLiteral("density_per_cm2"), QStringLiteral("--by"),
            QStringLiteral("device"),   QStringLiteral("--output")};
        const QString csv = path(QStringLiteral("cohort.csv"));
        const QString pdf = path(QStringLiteral("cohort.pdf"));
        auto r = app(common + QStringList{csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app(common + QStringList{pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = run(pdftotext, {pdf, QStringLiteral("-")}).out;
        for (const char *expected :
             {"Clinic outcomes: Hair density", "Selection", "Method", "Results by group", "Welch",
              "Published arms, for context", "Dhurat 2013", "Olsen 2002",
              "Points outside the whiskers", "Clinic outcomes · no patient names"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        int groups = 0;
        for (qsizetype i = 1; i < lines.size() - 2; ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            const auto device = fromKey<Device>(QString::fromLatin1(cells[0]));
            QVERIFY2(device, cells[0].constData());
            QVERIFY2(text.contains(label(*device)), cells[0].constData());
            // The mean change as the report writes it: one decimal, signed.
            const double mean = cells[3].toDouble();
            const QString shown =
                (mean > 0 ? QStringLiteral("+") : QString()) + QString::number(mean, 'f', 1);
            QVERIFY2(text.contains(shown), qPrintable(shown));
            ++groups;
        }
        QVERIFY(groups >= 2);
        // Not one patient's name.
        QSqlDatabase names =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cohort-names"));
        names.setDatabaseName(m_db);
        QVERIFY(names.open());
        {
            QSqlQuery q(names);
            QVERIFY(q.exec(QStringLiteral("SELECT given_name || ' ' || family_name, family_name "
                                          "|| ', ' || given_name FROM patient")));
            int checked = 0;
            while (q.next()) {
                QVERIFY2(!text.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
                QVERIFY2(!text.contains(q.value(1).toString()), qPrintable(q.value(1).toString()));
                ++checked;
            }
            QVERIFY(checked >= 8);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'disclose' AND new_values LIKE '%cohort.pdf%' AND "
                                          "new_values LIKE '%pdf_report%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        names.close();
        r = app(common + QStringList{path(QStringLiteral("cohort.txt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral(".csv or .pdf")), qPrintable(r.err));
    }

    // `recall` as the front desk runs it (an assistant): the exact header, most overdue first
    // then by date, --overdue; `plan ics` of the first patient listed; bad outputs named.
    void recallAndCalendarVerbs()
    {
        QProcessEnvironment assistant;
        assistant.insert(QStringLiteral("TRICHOLOG_USER"), QStringLiteral("assistant"));
        assistant.insert(QStringLiteral("TRICHOLOG_PASSWORD"),
                         QStringLiteral("tricholog-assistant"));
        const QString csv = path(QStringLiteral("recall.csv"));
        auto r = run(QStringLiteral(TRICHOLOG_BINARY),
                     {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--due-within-days"), QStringLiteral("30"),
                      QStringLiteral("--output"), csv},
                     assistant);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        file.close();
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("mrn,family_name,given_name,phone,email,plan,next_due,days_overdue,"
                            "last_session,last_contact,last_contact_outcome"));
        QVERIFY(lines.size() >= 2); // the demo's plans leave someone to call
        int previousOverdue = INT_MAX;
        QDate previousDue;
        QString first;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = QString::fromUtf8(lines[i].trimmed()).split(QLatin1Char(','));
            QVERIFY(cells.size() >= 11);
            const int overdue = cells.at(cells.size() - 4).toInt();
            const QDate due = QDate::fromString(cells.at(cells.size() - 5), Qt::ISODate);
            QVERIFY(due.isValid());
            QVERIFY(overdue <= previousOverdue);
            if (overdue == previousOverdue)
                QVERIFY(due >= previousDue);
            previousOverdue = overdue;
            previousDue = due;
            if (first.isEmpty())
                first = cells.first();
        }
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--overdue"), QStringLiteral("--output"), csv},
                assistant);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = parseCsv(file.readAll());
        file.close();
        QVERIFY(table);
        for (const CsvRecord &row : table.value().records)
            QVERIFY(row.fields.at(table.value().column(QStringLiteral("days_overdue"))).toInt() >=
                    1);
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--output"), path(QStringLiteral("recall.txt"))},
                assistant);
        QCOMPARE(r.exitCode, 2);

        const QString ics = path(QStringLiteral("plan.ics"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("plan"), QStringLiteral("ics"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--patient"), first, QStringLiteral("--output"), ics},
                assistant);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        const QByteArray text = calendar.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT"), text.count("END:VEVENT"));
        r = run(QStringLiteral(TRICHOLOG_BINARY),
                {QStringLiteral("plan"), QStringLiteral("ics"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--patient"), QStringLiteral("NOBODY"), QStringLiteral("--output"),
                 ics},
                assistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOBODY")), qPrintable(r.err));
    }

    // The recall verb reads the plan tolerances from the workstation's settings, as the windows
    // do: its list equals core's with those tolerances, not the defaults.
    void recallVerbUsesTheWorkstationsTolerances()
    {
        QTemporaryDir config;
        {
            QSettings s(config.filePath(QStringLiteral("Tricholog/Tricholog.conf")),
                        QSettings::IniFormat);
            s.setValue(QStringLiteral("plans/sessionToleranceDays"), 45);
            s.setValue(QStringLiteral("plans/measurementToleranceDays"), 0);
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const QString csv = path(QStringLiteral("recall-tolerance.csv"));
        const auto r = run(QStringLiteral(TRICHOLOG_BINARY),
                           {QStringLiteral("recall"), QStringLiteral("--database"), m_db,
                            QStringLiteral("--due-within-days"), QStringLiteral("30"),
                            QStringLiteral("--output"), csv},
                           env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = parseCsv(file.readAll());
        QVERIFY(table);
        QStringList written;
        for (const CsvRecord &row : table.value().records)
            written << row.fields.at(0) + QLatin1Char(':') +
                           row.fields.at(table.value().column(QStringLiteral("next_due"))) +
                           QLatin1Char(':') +
                           row.fields.at(table.value().column(QStringLiteral("days_overdue")));

        const QString copy = path(QStringLiteral("recall-tolerance.sqlite"));
        QVERIFY(QFile::copy(m_db, copy)); // read here without the verb's disclosure entries
        auto opened = Database::open(copy);
        QVERIFY(opened.ok());
        Database &d = *opened.value();
        QVERIFY(UserRepository(d)
                    .signIn(QStringLiteral("admin"), QStringLiteral("tricholog-admin"))
                    .ok());
        auto listed = [&](plan::Tolerance tolerance) {
            RecallOptions o;
            o.today = d.clock().today();
            o.dueWithinDays = 30;
            o.tolerance = tolerance;
            QStringList out;
            for (const RecallRow &row : loadRecall(d, o).value())
                out << row.mrn + QLatin1Char(':') + row.next.due.toString(Qt::ISODate) +
                           QLatin1Char(':') + QString::number(row.daysOverdue);
            return out;
        };
        QCOMPARE(written, listed(plan::Tolerance{45, 0}));
        QVERIFY(written != listed(plan::Tolerance{})); // the setting made a difference
    }
};

QTEST_GUILESS_MAIN(TestClinicVerbs)
#include "tst_clinicverbs.moc"
