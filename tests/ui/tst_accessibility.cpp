// Every input of every form has an accessible name (what a screen reader says) and, unless it
// carries its own text (check boxes, radio buttons), a label whose buddy it is (Alt+letter).
#include "core/demo/DemoGenerator.h"
#include "core/storage/PatientRecordLoader.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/io/ImportDialog.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/outcomes/OutcomeDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/photos/AttachPhotosDialog.h"
#include "ui/photos/PhotoCompareDialog.h"
#include "ui/sessions/SessionDialog.h"
#include "ui/settings/ServerDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSlider>
#include <QTest>

using namespace tricholog;

namespace {

// Inputs a user reaches: editable widgets, not the line edits inside spin and combo boxes.
QList<QWidget *> inputsOf(QWidget *root)
{
    QList<QWidget *> inputs;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QSlider *>(w) || qobject_cast<QCheckBox *>(w) ||
            qobject_cast<QRadioButton *>(w))
            inputs << w;
    }
    return inputs;
}

QStringList problemsOf(QWidget *root)
{
    QSet<QWidget *> buddies;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy())
            buddies << label->buddy();
    QStringList problems;
    for (QWidget *w : inputsOf(root)) {
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const QString name =
            w->accessibleName().isEmpty() && button ? button->text() : w->accessibleName();
        const QString what = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                             w->objectName() + QLatin1Char(' ') + name;
        if (name.trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + what;
        // Self-labelled buttons need no buddy; a widget inside a row may hand its buddy role to
        // its focus proxy.
        // A second field in a labelled row (the date beside "Photo consent", the dose beside
        // the adjunct) shares its row's label: its container holds the label's buddy.
        auto rowHasBuddy = [&] {
            for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
                if (buddies.contains(p))
                    return true;
                for (QWidget *b : std::as_const(buddies))
                    if (p->isAncestorOf(b))
                        return true;
            }
            return false;
        };
        const auto *text = qobject_cast<QPlainTextEdit *>(w);
        const bool readOnly = text && text->isReadOnly();
        if (!button && !readOnly && !buddies.contains(w) && !rowHasBuddy())
            problems << QStringLiteral("no label buddy: ") + what;
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    test::TempDatabase m_db;
    PatientRecord m_record;

    static Result<void> noSave() { return {}; }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugA11y"));
        DemoOptions demo;
        demo.patients = 3;
        QVERIFY(generateDemo(*m_db, demo).ok());
        const auto first = PatientRepository(*m_db).findByMrn(QStringLiteral("DEMO-00001"));
        m_record = loadPatientRecord(*m_db, first.value().id).value();
    }

    void everyFormInputIsNamedAndLabelled()
    {
        auto save = [](const auto &) {
            return Result<void>();
        };
        PatientDialog patient(m_record.patient, QDate(2026, 6, 15), save,
                              [](const QString &, qint64) { return false; });
        Diagnosis salt = m_record.diagnoses.first();
        salt.scale = Scale::Salt;
        DiagnosisDialog diagnosis(salt, save);
        SessionDialog session(m_record.sessions.first(), save);
        MeasurementGridDialog grid(m_record.patient.id, m_record.sessions, QDate(2026, 6, 15),
                                   save);
        OutcomeDialog outcome(PatientReportedOutcome{}, m_record.sessions, save);
        SettingsDialog settings(AppSettings{});
        ImportDialog import(*m_db);
        // Photo forms over the demo's photos (the first patients with consent have some).
        PatientRecord withPhotos;
        PatientQuery everyone;
        everyone.includeArchived = true;
        for (const auto &row : PatientRepository(*m_db).search(everyone).value()) {
            auto r = loadPatientRecord(*m_db, row.id);
            if (r && !r.value().photos.isEmpty()) {
                withPhotos = r.value();
                break;
            }
        }
        QVERIFY(!withPhotos.photos.isEmpty());
        AttachPhotosDialog attach(
            {PhotoUpload{withPhotos.photos.first(), {}}, PhotoUpload{withPhotos.photos.last(), {}}},
            {}, withPhotos.sessions, 0, save);
        PhotoCompareDialog compare(*m_db, withPhotos);
        ServerDialog server(QStringLiteral("postgresql://clinic@db.example.org:5432/tricholog"));
        const QList<QPair<const char *, QWidget *>> forms{
            {"patient", &patient},   {"diagnosis", &diagnosis},  {"session", &session},
            {"measurements", &grid}, {"outcome", &outcome},      {"settings", &settings},
            {"import", &import},     {"attach photos", &attach}, {"compare photos", &compare},
            {"server", &server}};
        QStringList all;
        for (const auto &[name, form] : forms) {
            QVERIFY(!inputsOf(form).isEmpty());
            for (const QString &p : problemsOf(form))
                all << QLatin1String(name) + QStringLiteral(": ") + p;
        }
        QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    }

    void mainWindowInputsAreNamed()
    {
        auto db = Database::open(m_db.path());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value());
        QStringList unnamed;
        for (QWidget *w : inputsOf(&window)) {
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                               w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        for (auto *view : window.findChildren<QAbstractItemView *>())
            if (!qobject_cast<QHeaderView *>(view))
                QVERIFY2(!view->accessibleName().isEmpty() || !view->isVisibleTo(&window),
                         view->metaObject()->className());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
