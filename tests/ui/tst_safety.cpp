// Clinician safety, driven as a user drives the workspace: the right patient after a search,
// errors across fields that clear when corrected, dates and numbers never silently changed,
// defaults, verdict-free control sites, layout. Reports, the lock screen and the practice are
// in tst_workstation.
#include "core/clinical/Validation.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CsvExporter.h"
#include "core/model/Keys.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/charts/SiteColors.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/report/ReportActions.h"
#include "ui/security/ChangePasswordDialog.h"
#include "ui/security/SignInDialog.h"
#include "ui/sessions/SessionDialog.h"
#include "ui/settings/PracticeDialog.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NumberField.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PatientBand.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <array>
#include <cmath>

using namespace tricholog;
using test::field;
using test::retype;
using test::whenDialogOpens;

namespace {
Patient person(const QString &mrn, const QString &family, const QString &given, QDate born)
{
    Patient p = test::samplePatient(mrn);
    p.familyName = family;
    p.givenName = given;
    p.dateOfBirth = born;
    p.dataProcessingConsent = true;
    p.dataProcessingConsentDate = QDate(2026, 1, 10);
    return p;
}

// Presses the button with this text in the next message box that opens.
void answerNextMessageBox(const QString &buttonText, QString *seenTitle = nullptr,
                          QString *seenText = nullptr)
{
    whenDialogOpens<QMessageBox>([=](QMessageBox *box) {
        if (seenTitle)
            *seenTitle = box->windowTitle();
        if (seenText)
            *seenText = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == buttonText) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}
} // namespace

class TestSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;

    void shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    void search(const QString &text)
    {
        m_window->searchField()->setFocus();
        if (text.isEmpty())
            m_window->searchField()->clear();
        else
            retype(m_window->searchField(), text);
        QCOMPARE(m_window->searchField()->text(), text);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugSafetyTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("safety.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        m_db = db.value().get();
        m_alpha = test::addPatient(*m_db, person(QStringLiteral("S-A"), QStringLiteral("Alpha"),
                                                 QStringLiteral("Anna"), QDate(1970, 1, 2)));
        m_beta = test::addPatient(*m_db, person(QStringLiteral("S-B"), QStringLiteral("Beta"),
                                                QStringLiteral("Bruno"), QDate(1981, 5, 6)));
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // 1. With A open, a search that lists only B: the file follows the list, and every form
    // opened by a record shortcut names B, never A.
    void searchNeverLeavesAnotherPatientOpen()
    {
        m_window->selectPatient(m_alpha);
        QCOMPARE(m_window->currentPatientId(), m_alpha);
        QCOMPARE(m_window->patientFile()->record().patient.id, m_alpha);
        search(QStringLiteral("Beta"));
        QTRY_COMPARE(m_window->patientModel()->rowCount(), 1);
        // At once: A is no longer current, its file is greyed, no record action reaches it.
        QCOMPARE(m_window->currentPatientId(), qint64(0));
        QVERIFY(!m_window->patientFile()->isEnabled());
        QVERIFY(!m_window->action(QStringLiteral("newSession"))->isEnabled());
        // Once typing pauses, the file follows the list.
        QTRY_COMPARE(m_window->currentPatientId(), m_beta);
        QCOMPARE(m_window->patientFile()->record().patient.id, m_beta);
        QVERIFY(m_window->patientFile()->isEnabled());

        const QList<std::pair<Qt::Key, QString>> forms{{Qt::Key_T, QStringLiteral("session")},
                                                       {Qt::Key_M, QStringLiteral("measurements")},
                                                       {Qt::Key_D, QStringLiteral("diagnosis")}};
        for (const auto &[key, what] : forms) {
            QString title;
            QString band;
            bool opened = false;
            whenDialogOpens<EntryDialog>([&](EntryDialog *d) {
                opened = true;
                title = d->windowTitle();
                if (auto *b = d->findChild<PatientBand *>())
                    band = b->text();
                d->reject();
            });
            shortcut(key);
            QTRY_VERIFY2(opened, qPrintable(what));
            QVERIFY2(title.contains(QStringLiteral("Beta, Bruno")), qPrintable(title));
            QVERIFY2(title.contains(QStringLiteral("S-B")), qPrintable(title));
            QVERIFY2(title.contains(dateText(QDate(1981, 5, 6))), qPrintable(title));
            QVERIFY2(!title.contains(QStringLiteral("Alpha")), qPrintable(title));
            QVERIFY2(band.contains(QStringLiteral("Beta, Bruno")) &&
                         band.contains(QStringLiteral("S-B")),
                     qPrintable(band));
        }

        // A search that lists no one: no patient open, every record action off.
        search(QStringLiteral("nobody-by-this-name"));
        QTRY_COMPARE(m_window->patientModel()->rowCount(), 0);
        QCOMPARE(m_window->currentPatientId(), qint64(0));
        QTRY_COMPARE(m_window->patientFile()->record().patient.id, qint64(0));
        for (const char *name : {"newSession", "newMeasurements", "newDiagnosis", "editPatient",
                                 "exportReport", "printReport"})
            QVERIFY2(!m_window->action(QString::fromLatin1(name))->isEnabled(), name);
        search(QString());
        QTRY_COMPARE(m_window->patientModel()->rowCount(), 2);
        QTRY_VERIFY(m_window->currentPatientId() > 0); // the list's first, once typing pauses
    }

    // 2. Terminal 77 % + vellus 28 % is refused; correcting vellus alone clears the error.
    void crossFieldErrorClearsWhenEitherFieldIsCorrected()
    {
        m_window->selectPatient(m_beta);
        const int before = int(MeasurementRepository(*m_db).forPatient(m_beta).value().size());
        bool refusedFirst = false;
        bool clearedAfterFix = false;
        QString refusal;
        whenDialogOpens<MeasurementGridDialog>([&](MeasurementGridDialog *d) {
            const int row = d->rowOf(ScalpSite::Vertex);
            d->grid()->item(row, MeasurementGridDialog::Density)->setText(QStringLiteral("150"));
            d->grid()->item(row, MeasurementGridDialog::Terminal)->setText(QStringLiteral("77"));
            d->grid()->item(row, MeasurementGridDialog::Vellus)->setText(QStringLiteral("28"));
            d->trySave();
            refusedFirst =
                d->isVisible() && !d->cellProblem(row, MeasurementGridDialog::Terminal).isEmpty();
            refusal = d->generalError()->text();
            // Only the vellus cell is corrected: the sum rule is checked again at once.
            d->grid()->item(row, MeasurementGridDialog::Vellus)->setText(QStringLiteral("23"));
            clearedAfterFix = d->cellProblem(row, MeasurementGridDialog::Terminal).isEmpty() &&
                              d->cellProblem(row, MeasurementGridDialog::Vellus).isEmpty() &&
                              d->generalError()->text().isEmpty();
            d->trySave();
        });
        shortcut(Qt::Key_M);
        QTRY_VERIFY(refusedFirst);
        QVERIFY2(refusal.contains(QStringLiteral("105")), qPrintable(refusal));
        QVERIFY(clearedAfterFix);
        const auto stored = MeasurementRepository(*m_db).forPatient(m_beta).value();
        QCOMPARE(int(stored.size()), before + 1);
        QCOMPARE(stored.first().terminal.valueOr(-1), 77.0);
        QCOMPARE(stored.first().vellus.valueOr(-1), 23.0);
    }

    // Every column of the grid is saved when a measurement is edited: the follicular-unit columns
    // were once overwritten with the stored values, losing what was typed.
    void editingAMeasurementKeepsEveryColumnTyped()
    {
        const auto stored = MeasurementRepository(*m_db).forPatient(m_beta).value();
        QVERIFY(!stored.isEmpty());
        const Measurement before = stored.first();
        whenDialogOpens<MeasurementGridDialog>([&](MeasurementGridDialog *d) {
            const int row = d->rowOf(before.site);
            d->grid()
                ->item(row, MeasurementGridDialog::FollicularUnits)
                ->setText(QStringLiteral("81"));
            d->grid()
                ->item(row, MeasurementGridDialog::HairsPerUnit)
                ->setText(QStringLiteral("2.2"));
            d->trySave();
        });
        QVERIFY(m_window->editor().editMeasurement(before));
        const auto after = MeasurementRepository(*m_db).forPatient(m_beta).value();
        const auto it = std::find_if(after.cbegin(), after.cend(),
                                     [&](const Measurement &m) { return m.id == before.id; });
        QVERIFY(it != after.cend());
        QCOMPARE(it->follicularUnits.valueOr(-1), 81.0);
        QCOMPARE(it->hairsPerFollicularUnit.valueOr(-1), 2.2);
        QCOMPARE(it->terminal.valueOr(-1), before.terminal.valueOr(-1)); // the rest as it was
    }

    // "not a number" and "outside the range" in a cell go as soon as the cell is corrected.
    void cellErrorsClearWhenCorrected()
    {
        bool checked = false;
        whenDialogOpens<MeasurementGridDialog>([&](MeasurementGridDialog *d) {
            const int row = d->rowOf(ScalpSite::Frontal);
            auto *cell = d->grid()->item(row, MeasurementGridDialog::Density);
            cell->setText(QStringLiteral("abc"));
            QVERIFY(d->cellProblem(row, MeasurementGridDialog::Density)
                        .contains(QStringLiteral("not a number")));
            cell->setText(QStringLiteral("900"));
            QVERIFY(d->cellProblem(row, MeasurementGridDialog::Density)
                        .contains(QStringLiteral("outside")));
            d->trySave();
            QVERIFY(d->isVisible());
            QVERIFY(!d->generalError()->text().isEmpty());
            cell->setText(QStringLiteral("120"));
            QVERIFY(d->cellProblem(row, MeasurementGridDialog::Density).isEmpty());
            QVERIFY(d->generalError()->text().isEmpty());
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_M);
        QTRY_VERIFY(checked);
    }

    // The patient form: a birth date in the future is reported, and the message goes as soon
    // as the date is corrected.
    void futureBirthDateMessageGoesWhenCorrected()
    {
        bool checked = false;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            auto *birth = field<OptionalDateEdit>(d, QStringLiteral("Date of birth"));
            QVERIFY(birth);
            retype(birth, QStringLiteral("2099-01-01"));
            d->trySave();
            QVERIFY(d->isVisible());
            QVERIFY(d->errors()
                        .messageFor(QStringLiteral("date_of_birth"))
                        .contains(QStringLiteral("future")));
            retype(birth, QStringLiteral("1981-05-06"));
            QVERIFY(d->errors().messageFor(QStringLiteral("date_of_birth")).isEmpty());
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_E);
        QTRY_VERIFY(checked);
    }

    // 3. A date typed into an empty date field is that date, never today; an unreadable one is
    // an error next to the field, with the text kept.
    void typedDatesAreKeptAsTyped()
    {
        OptionalDateEdit edit(m_db->clock().today());
        QVERIFY(edit.text().isEmpty());
        edit.setFocus();
        QTest::keyClicks(&edit, QStringLiteral("1978-03-14"));
        QCOMPARE(edit.optionalDate(), QDate(1978, 3, 14));
        edit.clear();
        QTest::keyClicks(&edit, dateText(QDate(1978, 3, 14))); // the locale's form
        QCOMPARE(edit.optionalDate(), QDate(1978, 3, 14));
        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("14.13.1978x"));
        QVERIFY(!edit.optionalDate().isValid());
        QVERIFY(edit.inputProblem().contains(QStringLiteral("14.13.1978x")));
        QCOMPARE(edit.text(), QStringLiteral("14.13.1978x"));

        const qint64 before = PatientRepository(*m_db).search({}).value().size();
        bool refused = false;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            retype(field<QLineEdit>(d, QStringLiteral("MRN")), QStringLiteral("S-C"));
            retype(field<QLineEdit>(d, QStringLiteral("Family name")), QStringLiteral("Gamma"));
            retype(field<QLineEdit>(d, QStringLiteral("Given name(s)")), QStringLiteral("Cleo"));
            auto *birth = field<OptionalDateEdit>(d, QStringLiteral("Date of birth"));
            retype(birth, QStringLiteral("1978-02-31"));
            d->trySave();
            refused = d->isVisible() && d->errors()
                                            .messageFor(QStringLiteral("date_of_birth"))
                                            .contains(QStringLiteral("1978-02-31"));
            QCOMPARE(birth->text(), QStringLiteral("1978-02-31"));
            retype(birth, QStringLiteral("1978-03-14"));
            answerNextMessageBox(QStringLiteral("Save anyway")); // no data-processing consent
            d->trySave();
        });
        shortcut(Qt::Key_N);
        QTRY_VERIFY(refused);
        QTRY_COMPARE(qint64(PatientRepository(*m_db).search({}).value().size()), before + 1);
        QCOMPARE(PatientRepository(*m_db).findByMrn(QStringLiteral("S-C")).value().dateOfBirth,
                 QDate(1978, 3, 14));
    }

    // Onset as patients remember it: a year, a year and month, or a date.
    void onsetAcceptsAYearOrAMonth()
    {
        const Patient owner = PatientRepository(*m_db).find(m_beta).value();
        Diagnosis d;
        d.patientId = m_beta;
        d.type = DiagnosisType::AgaMale;
        d.icd10 = QStringLiteral("L64.9");
        d.diagnosedOn = QDate(2026, 1, 10);
        for (const char *ok : {"2019", "2019-03", "2019-03-14"}) {
            d.onset = QString::fromLatin1(ok);
            QVERIFY2(!validateDiagnosis(d, owner, QDate(2026, 6, 15)).hasIssueFor(u"onset"), ok);
        }
        for (const char *bad : {"19", "2019-13", "March 2019", "2027"}) {
            d.onset = QString::fromLatin1(bad);
            QVERIFY2(validateDiagnosis(d, owner, QDate(2026, 6, 15)).hasIssueFor(u"onset"), bad);
        }
        d.onset = QStringLiteral("2019");
        QCOMPARE(d.onsetStart(), QDate(2019, 1, 1));
        QCOMPARE(PatientFileWidget::onsetText(QStringLiteral("2019")), QStringLiteral("2019"));
    }

    // 4. "15" in a needle-length field of 0.10-3.00 mm stays "15" and is refused with the range;
    // letters are refused; nothing is saved.
    void outOfRangeNumbersAreRefusedNotClamped()
    {
        m_window->selectPatient(m_beta);
        const int before = int(SessionRepository(*m_db).forPatient(m_beta).value().size());
        bool checked = false;
        whenDialogOpens<SessionDialog>([&](SessionDialog *d) {
            NumberField *needle = d->needleLength();
            retype(needle, QStringLiteral("15"));
            QCOMPARE(needle->text(), QStringLiteral("15"));
            d->trySave();
            QVERIFY(d->isVisible());
            const QString message = d->errors().messageFor(QStringLiteral("needle_mm"));
            QVERIFY2(message.contains(QStringLiteral("15")) &&
                         message.contains(QStringLiteral("3.00")),
                     qPrintable(message));
            retype(needle, QStringLiteral("abc"));
            QVERIFY(d->errors()
                        .messageFor(QStringLiteral("needle_mm"))
                        .contains(QStringLiteral("not a number")));
            retype(needle, QStringLiteral("1.5"));
            QVERIFY(d->errors().messageFor(QStringLiteral("needle_mm")).isEmpty());
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_T);
        QTRY_VERIFY(checked);
        QCOMPARE(int(SessionRepository(*m_db).forPatient(m_beta).value().size()), before);

        bool salt = false;
        whenDialogOpens<DiagnosisDialog>([&](DiagnosisDialog *d) {
            auto *type = field<QComboBox>(d, QStringLiteral("Type"));
            type->setCurrentIndex(type->findData(toKey(DiagnosisType::AlopeciaAreata)));
            auto *scale = field<QComboBox>(d, QStringLiteral("Severity scale"));
            scale->setCurrentIndex(scale->findData(toKey(Scale::Salt)));
            auto *vertex = field<NumberField>(d, QStringLiteral("Vertex (40 %)"));
            QVERIFY(vertex);
            retype(vertex, QStringLiteral("150"));
            QCOMPARE(vertex->text(), QStringLiteral("150"));
            QVERIFY(!vertex->value() || *vertex->value() == 150.0);
            d->trySave();
            QVERIFY(d->isVisible());
            QVERIFY(d->errors()
                        .messageFor(QStringLiteral("salt_vertex"))
                        .contains(QStringLiteral("150")));
            salt = true;
            d->reject();
        });
        shortcut(Qt::Key_D);
        QTRY_VERIFY(salt);
    }

    // 10. Defaults that save typing: the operator is the signed-in user; a new measurement visit
    // takes the instrument, magnification and method of the previous one.
    void defaultsComeFromTheUserAndThePreviousVisit()
    {
        Measurement previous;
        previous.patientId = m_alpha;
        previous.measuredOn = QDate(2026, 3, 1);
        previous.site = ScalpSite::Vertex;
        previous.method = MeasurementMethod::Phototrichogram;
        previous.instrument = QStringLiteral("FotoFinder");
        previous.magnification = 20;
        previous.density = HairDensity(140.0);
        QVERIFY(MeasurementRepository(*m_db).add(previous).ok());
        m_window->selectPatient(m_alpha);
        bool checked = false;
        whenDialogOpens<MeasurementGridDialog>([&](MeasurementGridDialog *d) {
            QCOMPARE(field<QLineEdit>(d, QStringLiteral("Instrument"))->text(),
                     QStringLiteral("FotoFinder"));
            QCOMPARE(field<NumberField>(d, QStringLiteral("Magnification"))->value().value_or(0),
                     20.0);
            QCOMPARE(field<QComboBox>(d, QStringLiteral("Method"))->currentData().toString(),
                     toKey(MeasurementMethod::Phototrichogram));
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_M);
        QTRY_VERIFY(checked);

        m_db->setSession(UserSession{1, QStringLiteral("dr.okafor"), Role::Clinician});
        const auto defaults = m_window->editor().sessionDefaults(m_alpha);
        m_db->setSession(std::nullopt);
        QCOMPARE(defaults.operatorName, QStringLiteral("dr.okafor"));
    }

    // 14. The six sites' colours (Okabe-Ito, safe for colour-blind readers) are far apart: no two
    // closer than a CIE76 colour difference of 25 in CIELAB (about twice what one reads as
    // "clearly different" side by side in a chart legend).
    void siteColoursAreDistinct()
    {
        auto lab = [](const QColor &c) {
            auto linear = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
            const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
            const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
            auto f = [](double t) {
                return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116;
            };
            return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
        };
        const auto sites = allValues<ScalpSite>();
        double closest = 1e9;
        for (qsizetype i = 0; i < sites.size(); ++i)
            for (qsizetype j = i + 1; j < sites.size(); ++j) {
                const auto a = lab(siteColor(sites.at(i)));
                const auto b = lab(siteColor(sites.at(j)));
                closest = std::min(closest, std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
            }
        QVERIFY2(closest >= 25.0, qPrintable(QString::number(closest)));
    }

    // 10. The clinic's MRN pattern proposes the next record number.
    void mrnPatternProposesTheNextNumber()
    {
        PatientRepository patients(*m_db);
        QCOMPARE(
            patients.proposeMrn(QStringLiteral("HC-{year}-{n:05}"), QDate(2026, 6, 15)).value(),
            QStringLiteral("HC-2026-00001"));
        for (const char *mrn : {"HC-2026-00001", "HC-2026-00007", "HC-2025-00099", "HC-2026-x"})
            test::addPatient(*m_db, person(QString::fromLatin1(mrn), QStringLiteral("Pattern"),
                                           QStringLiteral("Pat"), QDate(1990, 1, 1)));
        QCOMPARE(
            patients.proposeMrn(QStringLiteral("HC-{year}-{n:05}"), QDate(2026, 6, 15)).value(),
            QStringLiteral("HC-2026-00008"));
        QCOMPARE(patients.proposeMrn(QStringLiteral("HC-{year}-{n}"), QDate(2025, 6, 15)).value(),
                 QStringLiteral("HC-2025-100"));
        QVERIFY(!patients.proposeMrn(QStringLiteral("HC-{year}"), QDate(2026, 6, 15)).ok());

        AppSettings settings = m_window->editor().settings();
        settings.mrnPattern = QStringLiteral("HC-{year}-{n:05}");
        m_window->editor().setSettings(settings);
        QString proposed;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            proposed = field<QLineEdit>(d, QStringLiteral("MRN"))->text();
            d->reject();
        });
        shortcut(Qt::Key_N);
        QTRY_COMPARE(proposed, QStringLiteral("HC-2026-00008"));
        settings.mrnPattern.clear();
        m_window->editor().setSettings(settings);
    }

    // 14. At 1280 x 800 every tab of the patient file is on screen, without scroll arrows.
    void everyTabVisibleAt1280x800()
    {
        m_window->resize(1280, 800);
        QApplication::processEvents();
        QTabBar *bar = m_window->patientFile()->tabs()->tabBar();
        QVERIFY(!m_window->patientFile()->tabs()->usesScrollButtons());
        for (int i = 0; i < bar->count(); ++i)
            QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(bar->tabText(i)));
        // Undo and Redo keep short labels on the toolbar.
        QCOMPARE(m_window->action(QStringLiteral("undoToolbar"))->text(), QStringLiteral("Undo"));
    }

    // Saving a patient without data-processing consent asks first; "Go back" saves nothing.
    void missingConsentAsksBeforeSaving()
    {
        const qint64 before = PatientRepository(*m_db).search({}).value().size();
        QString question;
        bool stillOpen = false;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            retype(field<QLineEdit>(d, QStringLiteral("MRN")), QStringLiteral("S-D"));
            retype(field<QLineEdit>(d, QStringLiteral("Family name")), QStringLiteral("Delta"));
            retype(field<QLineEdit>(d, QStringLiteral("Given name(s)")), QStringLiteral("Dora"));
            answerNextMessageBox(QStringLiteral("Go back and add it"), nullptr, &question);
            d->trySave();
            stillOpen = d->isVisible();
            d->reject();
        });
        shortcut(Qt::Key_N);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY(stillOpen);
        QVERIFY2(question.contains(QStringLiteral("date of birth")) &&
                     question.contains(QStringLiteral("data-processing consent")),
                 qPrintable(question));
        QCOMPARE(qint64(PatientRepository(*m_db).search({}).value().size()), before);
    }
};

QTEST_MAIN(TestSafety)
#include "tst_safety.moc"
