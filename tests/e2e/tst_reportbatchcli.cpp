// `tricholog report --all | --patients FILE --out-dir DIR` run as a clinic's script runs it, on a
// small demo database: one PDF per patient named by MRN, read back with poppler's pdfinfo and
// pdftotext, the summary line, a file naming an unknown MRN, and the usage errors.
#include "core/demo/DemoGenerator.h"
#include "core/security/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "tests/e2e/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

test::Run run(const QString &program, const QStringList &args,
              const DemoAccount &account = kDemoClinician)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TRICHOLOG_USER"), QString::fromLatin1(account.name));
    env.insert(QStringLiteral("TRICHOLOG_PASSWORD"), QString::fromLatin1(account.password));
    return test::runProcess(program, args, env);
}

test::Run runApp(const QStringList &args, const DemoAccount &account = kDemoClinician)
{
    return run(QStringLiteral(TRICHOLOG_BINARY), args, account);
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
}

QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out;
}

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*")}, QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestReportBatchCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_mrns; // every patient's, sorted

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeList(const QString &name, const QByteArray &lines) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
            return {};
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("demo.sqlite"));
        const auto made = runApp({QStringLiteral("demo"), QStringLiteral("--database"), m_db,
                                  QStringLiteral("--patients"), QStringLiteral("6")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT mrn FROM patient ORDER BY mrn")));
        while (q.next())
            m_mrns << q.value(0).toString();
        QCOMPARE(m_mrns.size(), 6);
    }

    void allWritesOneCheckedPdfPerPatient()
    {
        const QString out = path(QStringLiteral("all"));
        const auto r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--all"), QStringLiteral("--out-dir"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList expected;
        for (const auto &mrn : m_mrns)
            expected << mrn + QStringLiteral(".pdf");
        QCOMPARE(pdfsIn(out), expected); // nothing else: no temporary file left behind
        for (const auto &mrn : m_mrns) {
            const QString pdf = QDir(out).filePath(mrn + QStringLiteral(".pdf"));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(5), QByteArray("%PDF-"));
            QVERIFY2(pdfPages(pdf) >= 1, qPrintable(pdf));
            QVERIFY2(pdfText(pdf).contains(mrn), qPrintable(mrn)); // its own patient's report
        }
        // The summary line, and nothing else on stdout.
        static const QRegularExpression summary(
            QStringLiteral(R"(^Wrote 6 reports to (.+) in \d+\.\d s \(0 failed\)\.\n$)"));
        const auto said = summary.match(r.out);
        QVERIFY2(said.hasMatch(), qPrintable(r.out));
        QCOMPARE(said.captured(1), out);

        // Each report is disclosed as a single report is: the patient, the kind, the file.
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        const auto entries = AuditLog(*db.value()).query({}).value();
        for (const auto &mrn : m_mrns) {
            const qint64 id = PatientRepository(*db.value()).findByMrn(mrn).value().id;
            const QString pdf = QDir(out).filePath(mrn + QStringLiteral(".pdf"));
            int found = 0;
            for (const auto &e : entries)
                if (e.action == QLatin1String("disclose") && e.patientId == id &&
                    e.user == QLatin1String("clinician") &&
                    e.newValues.contains(QStringLiteral("pdf_report")) && e.newValues.contains(pdf))
                    ++found;
            QCOMPARE(found, 1);
        }
    }

    void unknownMrnIsNamedByLineAndTheOthersAreWritten()
    {
        const QString out = path(QStringLiteral("listed"));
        const QString list = writeList(QStringLiteral("list.txt"),
                                       (m_mrns.at(1) + QStringLiteral("\r\n\nNOPE-404\n  ") +
                                        m_mrns.at(3) + QStringLiteral("\n"))
                                           .toUtf8());
        QVERIFY(!list.isEmpty());
        const auto r =
            runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patients"), list, QStringLiteral("--out-dir"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("NOPE-404")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // only the unknown MRN
        QCOMPARE(pdfsIn(out), QStringList({m_mrns.at(1) + QStringLiteral(".pdf"),
                                           m_mrns.at(3) + QStringLiteral(".pdf")}));
        QVERIFY2(r.out.contains(QStringLiteral("Wrote 2 reports to ")) &&
                     r.out.contains(QStringLiteral("(1 failed).")),
                 qPrintable(r.out));
    }

    // The list as spreadsheets save a column: "Unicode text" (UTF-16 with its byte-order
    // mark, CR LF) and old Macintosh line ends (CR alone). Before, UTF-16 gave garbled MRNs and an
    // error cut at its first NUL, CR alone one MRN of them all.
    void listsSavedBySpreadsheetsAreRead()
    {
        const QString text =
            m_mrns.at(0) + QStringLiteral("\r\n") + m_mrns.at(2) + QStringLiteral("\r\n");
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray unicodeText = utf16(text);
        QVERIFY(unicodeText.startsWith("\xff\xfe"));
        QByteArray crAlone = text.toUtf8();
        crAlone.replace("\r\n", "\r");
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("unicode.txt"), unicodeText},
                                          std::pair{QStringLiteral("mac.txt"), crAlone}}) {
            const QString out = path(QStringLiteral("from-") + name);
            const QString list = writeList(name, bytes);
            QVERIFY(!list.isEmpty());
            const auto r =
                runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                        QStringLiteral("--patients"), list, QStringLiteral("--out-dir"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(name + QStringLiteral(": ") + r.err));
            QCOMPARE(pdfsIn(out), QStringList({m_mrns.at(0) + QStringLiteral(".pdf"),
                                               m_mrns.at(2) + QStringLiteral(".pdf")}));
        }
    }

    void anOutputThatIsALinkIsRefusedAndTheOthersWritten()
    {
        const QString out = path(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(out));
        const QString target = path(QStringLiteral("elsewhere.txt"));
        QVERIFY(!writeList(QStringLiteral("elsewhere.txt"), "untouched").isEmpty());
        QVERIFY(QFile::link(target, QDir(out).filePath(m_mrns.at(0) + QStringLiteral(".pdf"))));
        const QString list = writeList(
            QStringLiteral("two.txt"),
            (m_mrns.at(0) + QStringLiteral("\n") + m_mrns.at(2) + QStringLiteral("\n")).toUtf8());
        const auto r =
            runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                    QStringLiteral("--patients"), list, QStringLiteral("--out-dir"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 1")) &&
                     r.err.contains(QStringLiteral("symbolic link")),
                 qPrintable(r.err));
        QFile untouched(target);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray("untouched"));
        QCOMPARE(pdfPages(QDir(out).filePath(m_mrns.at(2) + QStringLiteral(".pdf"))) >= 1, true);
    }

    void assistantsAreRefusedBeforeAnythingIsWritten()
    {
        const QString out = path(QStringLiteral("refused"));
        const auto r = runApp({QStringLiteral("report"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--all"), QStringLiteral("--out-dir"), out},
                              kDemoAssistant);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void missingOrBothOptionsAreUsageErrors()
    {
        const QString out = path(QStringLiteral("never"));
        const QString list = writeList(QStringLiteral("one.txt"), m_mrns.at(0).toUtf8());
        const QStringList base{QStringLiteral("report"), QStringLiteral("--database"), m_db};
        const struct
        {
            QStringList args;
            QString says;
        } cases[] = {
            {{QStringLiteral("--out-dir"), out}, QStringLiteral("--all or --patients")},
            {{QStringLiteral("--all"), QStringLiteral("--patients"), list,
              QStringLiteral("--out-dir"), out},
             QStringLiteral("cannot be used together")},
            {{QStringLiteral("--all")}, QStringLiteral("--out-dir")},
            {{QStringLiteral("--patients"), list}, QStringLiteral("--out-dir")},
            {{QStringLiteral("--all"), QStringLiteral("--out-dir"), out, QStringLiteral("--output"),
              path(QStringLiteral("x.pdf"))},
             QStringLiteral("--output")},
            {{QStringLiteral("--all"), QStringLiteral("--out-dir"), out, QStringLiteral("--all")},
             QStringLiteral("--all")},
        };
        for (const auto &c : cases) {
            const auto r = runApp(base + c.args);
            QVERIFY2(r.exitCode == 2, qPrintable(c.args.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestReportBatchCli)
#include "tst_reportbatchcli.moc"
