// Translations stay complete: lupdate run over today's sources finds no unfinished or obsolete
// entry in the German, French and Spanish catalogues (and no plural left open in the English
// one), and no user-visible text is set from a literal that bypasses tr().
#include "core/clinical/MetricFormat.h"
#include "core/clinical/Validation.h"
#include "core/io/Csv.h"
#include "core/model/Quantity.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestI18n : public QObject
{
    Q_OBJECT
    const QString m_source = QStringLiteral(TRICHOLOG_SOURCE_DIR);

    // Runs lupdate on a copy of the catalogue (the checked-in file is left alone).
    QString refreshed(const QString &ts, const QStringList &extra = {})
    {
        static QTemporaryDir dir;
        const QString copy = dir.filePath(ts);
        QFile::remove(copy);
        if (!QFile::copy(m_source + QStringLiteral("/translations/") + ts, copy))
            return {};
        QProcess lupdate;
        lupdate.setWorkingDirectory(m_source);
        lupdate.start(QStringLiteral(TRICHOLOG_LUPDATE),
                      // Includes name their layer from the repository root.
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-I"), m_source} +
                          extra +
                          QStringList{QStringLiteral("app"), QStringLiteral("ui"),
                                      QStringLiteral("core"), QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            return {};
        QFile f(copy);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::newRow("de") << QStringLiteral("tricholog_de.ts");
        QTest::newRow("fr") << QStringLiteral("tricholog_fr.ts");
        QTest::newRow("es") << QStringLiteral("tricholog_es.ts");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, ts);
        const QString xml = refreshed(ts);
        QVERIFY2(!xml.isEmpty(), "lupdate failed");
        const int messages = int(xml.count(QStringLiteral("<message")));
        QVERIFY(messages > 500);
        // Name the first few offenders, so the fix is obvious.
        static const QRegularExpression open(QStringLiteral(
            R"re(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?<translation type="(unfinished|obsolete|vanished)")re"));
        QStringList offenders;
        for (auto it = open.globalMatch(xml); it.hasNext() && offenders.size() < 15;) {
            const auto m = it.next();
            offenders << m.captured(2) + QStringLiteral(": ") + m.captured(1);
        }
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(ts + QStringLiteral(" needs work (lupdate, then translate):\n") +
                            offenders.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreFilled()
    {
        const QString xml =
            refreshed(QStringLiteral("tricholog_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY(xml.contains(QStringLiteral("numerusform")));
        QVERIFY2(
            !xml.contains(QStringLiteral("type=\"unfinished\"")),
            "a new %n string: refresh translations/tricholog_en.ts (see translations/README.md)");
    }

    // What users read really comes out translated: the contexts the code asks for at run time
    // are the ones lupdate filed the translations under (a file-local tr() helper once broke this).
    void germanAtRunTime()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(TRICHOLOG_QM_DIR "/tricholog_de.qm")));
        QCoreApplication::installTranslator(&german);
        tricholog::Patient p;
        p.mrn = QStringLiteral("X-1");
        p.familyName = QStringLiteral("Test");
        p.givenName = QStringLiteral("Ana");
        p.email = QStringLiteral("not-an-address");
        const auto v = tricholog::validatePatient(p, QDate(2026, 1, 1));
        QVERIFY(!v.ok());
        QVERIFY2(v.summary().contains(QStringLiteral("keine gültige Adresse")),
                 qPrintable(v.summary()));
        QCOMPARE(tricholog::HairDensity::unitSymbol(), QStringLiteral("Haare/cm²"));
        QVERIFY(tricholog::formatRatePerMonth(tricholog::Metric::Density, 2.0, QLocale::c())
                    .contains(QStringLiteral("pro Monat")));
        const auto csv = tricholog::parseCsv(QByteArray());
        QVERIFY(!csv.ok());
        QVERIFY2(!csv.error().message.contains(QStringLiteral("header line")),
                 qPrintable(csv.error().message));
        QCoreApplication::removeTranslator(&german);
    }

    // A file-local "QString tr(const char *)" helper hides its strings from lupdate's contexts.
    void noLocalTrHelpers()
    {
        static const QRegularExpression helper(
            QStringLiteral(R"re(QString\s+tr\s*\(\s*const\s+char)re"));
        QStringList offenders;
        for (const QString &folder :
             {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core")}) {
            QDirIterator it(m_source + QLatin1Char('/') + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                if (helper.match(QString::fromUtf8(f.readAll())).hasMatch())
                    offenders << QDir(m_source).relativeFilePath(f.fileName());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // Literals handed straight to user-visible setters skip translation.
    void noUserVisibleLiteralWithoutTr()
    {
        static const QRegularExpression literal(QStringLiteral(
            R"re((setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis|addTab|setTabText|setTitle|setLabelText|setSpecialValueText|setSuffix|setPrefix|setHeaderLabels|setHorizontalHeaderLabels|information|warning|critical|question|showMessage|new QLabel|new QPushButton|new QCheckBox|new QRadioButton|new QGroupBox|new QAction)\(\s*(?:[\w\s,&:*]*,\s*)?(QStringLiteral|QLatin1String|QString::fromLatin1|u)?\(?"[^"]*[A-Za-z]{2,}[^"]*")re"));
        QStringList offenders;
        for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(m_source + QLatin1Char('/') + folder, {QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                int line = 0;
                for (const QByteArray &raw : f.readAll().split('\n')) {
                    ++line;
                    const QString text = QString::fromUtf8(raw);
                    if (literal.match(text).hasMatch())
                        offenders << QDir(m_source).relativeFilePath(f.fileName()) +
                                         QLatin1Char(':') + QString::number(line) +
                                         QStringLiteral(": ") + text.trimmed();
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "i18n_check.moc"
