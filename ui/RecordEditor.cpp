#include "ui/RecordEditor.h"

#include "core/clinical/Validation.h"
#include "core/model/Keys.h"
#include "core/photos/PhotoImage.h"
#include "core/storage/PatientRecordLoader.h"
#include "ui/analysis/AnalysisDialog.h"
#include "ui/analysis/SaveAnalysisCommand.h"
#include "ui/commands/RecordCommands.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/measurements/AddMeasurementsCommand.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/outcomes/OutcomeDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/photos/AttachPhotosDialog.h"
#include "ui/photos/PhotoCommands.h"
#include "ui/photos/PhotoCompareDialog.h"
#include "ui/sessions/RemoveSessionCommand.h"
#include "ui/sessions/SessionDialog.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/PatientBand.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace tricholog {

RecordEditor::RecordEditor(Database &db, ChangeNotifier &notifier, QUndoStack &stack,
                           QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_notifier(notifier)
    , m_stack(stack)
    , m_parent(dialogParent)
    , m_plans(new PlanEditor(db, notifier, stack, dialogParent))
{
    m_plans->setParent(this);
    connect(m_plans, &PlanEditor::error, this, &RecordEditor::error);
}

bool RecordEditor::confirm(const QString &question, qint64 patientId) const
{
    // The question names the patient in its title and its first line: a deletion confirmed for
    // the wrong patient is the mistake this guards against.
    const auto patient = PatientRepository(m_db).find(patientId);
    const QString who = patient ? patientIdentity(patient.value()) : QString();
    QMessageBox box(
        QMessageBox::Question, who.isEmpty() ? tr("Tricholog") : who,
        who.isEmpty()
            ? question
            : QStringLiteral("<b>%1</b><br>%2").arg(who.toHtmlEscaped(), question.toHtmlEscaped()),
        QMessageBox::Yes | QMessageBox::No, m_parent);
    box.setObjectName(QStringLiteral("confirmation"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void RecordEditor::prepare(EntryDialog &dialog, const Patient &patient,
                           EntryDialog::LiveCheck check) const
{
    dialog.setPatient(patient);
    dialog.setLiveCheck(std::move(check));
}

void RecordEditor::prepareGrid(MeasurementGridDialog &dialog, const Patient &patient) const
{
    dialog.setPatient(patient);
    dialog.setRowCheck([patient, today = m_db.clock().today()](const Measurement &m) {
        return validateMeasurement(m, patient, today).issues();
    });
}

std::optional<Patient> RecordEditor::owner(qint64 patientId) const
{
    auto patient = PatientRepository(m_db).find(patientId);
    if (!patient)
        return std::nullopt;
    return patient.value();
}

bool RecordEditor::newPatient(qint64 *createdId)
{
    Patient fresh;
    // The clinic's record-number pattern proposes the next one (still editable).
    if (!m_settings.mrnPattern.isEmpty()) {
        auto proposed =
            PatientRepository(m_db).proposeMrn(m_settings.mrnPattern, m_db.clock().today());
        if (proposed)
            fresh.mrn = proposed.value();
        else
            emit error(proposed.error().issues.isEmpty() ? proposed.error().message
                                                         : proposed.error().issues.first().message);
    }
    qint64 id = 0;
    PatientDialog dialog(
        fresh, m_db.clock().today(),
        [&](const Patient &p) -> Result<void> {
            auto *cmd = new AddRecordCommand<Patient>(m_db, m_notifier, p);
            auto *raw = cmd;
            auto r = pushCommand(m_stack, cmd);
            if (r)
                id = raw->record().id;
            return r;
        },
        [this](const QString &mrn, qint64 except) {
            return PatientRepository(m_db).isMrnTaken(mrn, except);
        },
        m_parent);
    const QDate today = m_db.clock().today();
    dialog.setLiveCheck(
        [&dialog, today] { return validatePatient(dialog.patient(), today).issues(); });
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved && createdId)
        *createdId = id;
    return saved;
}

bool RecordEditor::editPatient(qint64 patientId)
{
    auto before = PatientRepository(m_db).find(patientId);
    if (!before) {
        emit error(before.error().message);
        return false;
    }
    PatientDialog dialog(
        before.value(), m_db.clock().today(),
        [&](const Patient &p) {
            return pushCommand(m_stack,
                               new EditRecordCommand<Patient>(m_db, m_notifier, before.value(), p));
        },
        [this](const QString &mrn, qint64 except) {
            return PatientRepository(m_db).isMrnTaken(mrn, except);
        },
        m_parent);
    dialog.setPatient(before.value());
    const QDate today = m_db.clock().today();
    dialog.setLiveCheck(
        [&dialog, today] { return validatePatient(dialog.patient(), today).issues(); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto after = PatientRepository(m_db).find(patientId);
    if (after && before.value().photoConsent && !after.value().photoConsent)
        offerToDeletePhotos(after.value());
    return true;
}

void RecordEditor::offerToDeletePhotos(const Patient &patient)
{
    // Photo consent withdrawn: the photos are hidden at once; deleting them is asked for.
    auto photos = PhotoRepository(m_db).forPatient(patient.id);
    if (!photos || photos.value().isEmpty())
        return;
    const int count = int(photos.value().size());
    QMessageBox box(
        QMessageBox::Question, tr("Photo consent withdrawn"),
        tr("%1 no longer consents to photos: %n photo(s) hidden from now on.", nullptr, count)
            .arg(patient.displayName()),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Delete the photos permanently? This cannot be undone. Kept photos "
                              "stay hidden, and show again if consent is given again."));
    QPushButton *remove = box.addButton(tr("&Delete the photos"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep them hidden"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    auto removed = PhotoRepository(m_db).removeForPatient(patient.id);
    if (!removed) {
        emit error(removed.error().message);
        return;
    }
    emit m_notifier.photosChanged(patient.id);
}

bool RecordEditor::attachPhotos(qint64 patientId, const QStringList &files, qint64 preferredSession)
{
    auto patient = PatientRepository(m_db).find(patientId);
    if (!patient) {
        emit error(patient.error().message);
        return false;
    }
    if (!PhotoRepository::visible(patient.value())) {
        emit error(PhotoRepository::noConsentMessage(patient.value()));
        return false;
    }
    auto sessions = SessionRepository(m_db).forPatient(patientId);
    if (!sessions || sessions.value().isEmpty()) {
        emit error(tr("Photos belong to a session: record the session first (Ctrl+T), then "
                      "attach its photos."));
        return false;
    }
    // Reading the files and making their previews (the slow part: about 0.2 s for each
    // 12-megapixel photo) happen on a thread of their own, behind a progress dialog.
    QList<PhotoUpload> uploads;
    QList<QImage> thumbnails;
    QStringList refused;
    const auto prepared =
        runInBackground(m_parent, tr("Attach photos"), tr("Reading the photos…"),
                        [&](TaskProgress &progress) -> Result<void> {
                            progress.setTotal(files.size());
                            for (const QString &file : files) {
                                if (progress.cancelled())
                                    return Error::storage(tr("Cancelled: no photo was attached."));
                                auto read = PhotoRepository::readFile(file);
                                progress.setDone(progress.done() + 1);
                                if (!read) {
                                    refused << read.error().message;
                                    continue;
                                }
                                PhotoUpload upload = std::move(read).value();
                                upload.photo.patientId = patientId;
                                if (auto made = PhotoRepository::preparePreviews(upload); !made) {
                                    refused << QFileInfo(file).fileName() + QStringLiteral(": ") +
                                                   made.error().message;
                                    continue;
                                }
                                thumbnails << QImage::fromData(upload.thumbnailJpeg, "JPEG");
                                uploads << std::move(upload);
                            }
                            return {};
                        });
    if (!prepared) {
        emit error(prepared.error().message);
        return false;
    }
    if (!refused.isEmpty())
        emit error(tr("Not attached:\n%1").arg(refused.join(QLatin1Char('\n'))));
    if (uploads.isEmpty())
        return false;
    AttachPhotosDialog dialog(
        uploads, thumbnails, sessions.value(), preferredSession,
        [&](const QList<PhotoUpload> &chosen) {
            return pushCommand(m_stack, new AddPhotosCommand(m_db, m_notifier, chosen));
        },
        false, m_parent);
    dialog.setPatient(patient.value());
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::editPhoto(const Photo &photo)
{
    auto sessions = SessionRepository(m_db).forPatient(photo.patientId);
    if (!sessions) {
        emit error(sessions.error().message);
        return false;
    }
    auto thumb = PhotoRepository(m_db).thumbnail(photo.id);
    AttachPhotosDialog dialog(
        {PhotoUpload{photo, {}}}, {thumb ? thumb.value() : QImage()}, sessions.value(),
        photo.sessionId,
        [&](const QList<PhotoUpload> &edited) {
            return pushCommand(m_stack,
                               new EditPhotoCommand(m_db, m_notifier, photo, edited.first().photo));
        },
        true, m_parent);
    if (const auto patient = owner(photo.patientId))
        dialog.setPatient(*patient);
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::removePhoto(const Photo &photo)
{
    if (!confirm(tr("Delete the %1 photo taken %2? You can undo this.")
                     .arg(photo.viewText(), dateTimeText(photo.takenAt)),
                 photo.patientId))
        return false;
    auto r = pushCommand(m_stack, new RemovePhotoCommand(m_db, m_notifier, photo));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

void RecordEditor::comparePhotos(const PatientRecord &record, qint64 focusPhoto)
{
    if (!PhotoRepository::visible(record.patient))
        return;
    PhotoCompareDialog dialog(m_db, record, focusPhoto, m_parent);
    dialog.exec();
}

bool RecordEditor::analysePhoto(const PatientRecord &record, const Photo &photo)
{
    if (!PhotoRepository::visible(record.patient))
        return false;
    AnalysisDialog dialog(
        m_db, photo,
        [this](ImageAnalysisRecord &analysis, Measurement &measurement) -> Result<void> {
            auto *command = new SaveAnalysisCommand(m_db, m_notifier, analysis, measurement);
            auto pushed = pushCommand(m_stack, command);
            if (pushed) {
                analysis = command->record();
                measurement = command->measurement();
            }
            return pushed;
        },
        m_settings.terminalThresholdUm, m_settings.vellusThresholdUm, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::setArchived(qint64 patientId, bool archived)
{
    auto before = PatientRepository(m_db).find(patientId);
    if (!before) {
        emit error(before.error().message);
        return false;
    }
    if (before.value().archived == archived)
        return false;
    Patient after = before.value();
    after.archived = archived;
    const QString text = archived ? tr("Archive %1").arg(after.displayName())
                                  : tr("Restore %1 from the archive").arg(after.displayName());
    auto r = pushCommand(
        m_stack, new EditRecordCommand<Patient>(m_db, m_notifier, before.value(), after, text));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

bool RecordEditor::saveNotes(qint64 patientId, const QString &notes)
{
    auto before = PatientRepository(m_db).find(patientId);
    if (!before) {
        emit error(before.error().message);
        return false;
    }
    if (before.value().notes == notes)
        return false;
    Patient after = before.value();
    after.notes = notes;
    auto r = pushCommand(m_stack, new EditRecordCommand<Patient>(m_db, m_notifier, before.value(),
                                                                 after, tr("Edit notes")));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

bool RecordEditor::newDiagnosis(qint64 patientId)
{
    const auto patient = owner(patientId);
    if (!patient) {
        emit error(tr("The patient of this form no longer exists."));
        return false;
    }
    Diagnosis d;
    d.patientId = patientId;
    d.diagnosedOn = m_db.clock().today();
    if (patient->sex == Sex::Female)
        d.type = DiagnosisType::AgaFemale;
    DiagnosisDialog dialog(
        d,
        [&](const Diagnosis &x) {
            return pushCommand(m_stack, new AddRecordCommand<Diagnosis>(m_db, m_notifier, x));
        },
        m_parent);
    prepare(dialog, *patient, [&dialog, p = *patient, today = m_db.clock().today()] {
        return validateDiagnosis(dialog.diagnosis(), p, today).issues();
    });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::editDiagnosis(const Diagnosis &diagnosis)
{
    DiagnosisDialog dialog(
        diagnosis,
        [&](const Diagnosis &x) {
            return pushCommand(m_stack,
                               new EditRecordCommand<Diagnosis>(m_db, m_notifier, diagnosis, x));
        },
        m_parent);
    if (const auto patient = owner(diagnosis.patientId))
        prepare(dialog, *patient, [&dialog, p = *patient, today = m_db.clock().today()] {
            return validateDiagnosis(dialog.diagnosis(), p, today).issues();
        });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::removeDiagnosis(const Diagnosis &diagnosis)
{
    if (!confirm(tr("Delete the diagnosis %1 of %2? You can undo this.")
                     .arg(label(diagnosis.type), dateText(diagnosis.diagnosedOn)),
                 diagnosis.patientId))
        return false;
    auto r = pushCommand(m_stack, new RemoveRecordCommand<Diagnosis>(m_db, m_notifier, diagnosis));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

MicroneedlingSession RecordEditor::sessionDefaults(qint64 patientId) const
{
    MicroneedlingSession s;
    auto previous = SessionRepository(m_db).latestForPatient(patientId);
    if (previous) {
        s = previous.value();
        s.id = 0;
        s.pain.reset();
        s.adverseEvents.clear();
        s.notes.clear();
        s.sessionNumber = previous.value().sessionNumber
                              ? std::optional<int>(*previous.value().sessionNumber + 1)
                              : std::nullopt;
    } else {
        s.device = m_settings.defaultDevice;
        s.needleLength = NeedleLength(m_settings.defaultNeedleMm);
        s.sessionNumber = 1;
    }
    // The one who records the session is usually the one who performed it.
    if (m_db.session())
        s.operatorName = m_db.session()->name;
    s.patientId = patientId;
    s.performedAt = m_db.clock().now();
    s.performedAt.setTime(QTime(s.performedAt.time().hour(), s.performedAt.time().minute()));
    return s;
}

bool RecordEditor::newSession(qint64 patientId)
{
    const auto patient = owner(patientId);
    if (!patient) {
        emit error(tr("The patient of this form no longer exists."));
        return false;
    }
    SessionDialog dialog(
        sessionDefaults(patientId),
        [&](const MicroneedlingSession &x) {
            return pushCommand(m_stack,
                               new AddRecordCommand<MicroneedlingSession>(m_db, m_notifier, x));
        },
        m_parent);
    prepare(dialog, *patient, [&dialog, p = *patient, now = m_db.clock().now()] {
        return validateSession(dialog.session(), p, now).issues();
    });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::editSession(const MicroneedlingSession &session)
{
    SessionDialog dialog(
        session,
        [&](const MicroneedlingSession &x) {
            return pushCommand(
                m_stack, new EditRecordCommand<MicroneedlingSession>(m_db, m_notifier, session, x));
        },
        m_parent);
    if (const auto patient = owner(session.patientId))
        prepare(dialog, *patient, [&dialog, p = *patient, now = m_db.clock().now()] {
            return validateSession(dialog.session(), p, now).issues();
        });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::removeSession(const MicroneedlingSession &session)
{
    if (!confirm(tr("Delete the session of %1? Its measurements and outcomes are kept. You can "
                    "undo this.")
                     .arg(dateTimeText(session.performedAt)),
                 session.patientId))
        return false;
    auto record = loadPatientRecord(m_db, session.patientId);
    if (!record) {
        emit error(record.error().message);
        return false;
    }
    QList<Measurement> linked;
    for (const auto &m : record.value().measurements)
        if (m.sessionId == session.id)
            linked << m;
    QList<PatientReportedOutcome> linkedOutcomes;
    for (const auto &o : record.value().outcomes)
        if (o.sessionId == session.id)
            linkedOutcomes << o;
    auto r = pushCommand(
        m_stack, new RemoveSessionCommand(m_db, m_notifier, session, linked, linkedOutcomes));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

bool RecordEditor::newMeasurements(qint64 patientId)
{
    const auto patient = owner(patientId);
    if (!patient) {
        emit error(tr("The patient of this form no longer exists."));
        return false;
    }
    auto sessions = SessionRepository(m_db).forPatient(patientId);
    MeasurementGridDialog dialog(
        patientId, sessions ? sessions.value() : QList<MicroneedlingSession>(),
        m_db.clock().today(),
        [&](const QList<Measurement> &rows) {
            return pushCommand(m_stack, new AddMeasurementsCommand(m_db, m_notifier, rows));
        },
        m_parent);
    // The instrument, magnification and method of the previous visit: usually the same device.
    if (auto previous = MeasurementRepository(m_db).forPatient(patientId);
        previous && !previous.value().isEmpty()) {
        const Measurement *latest = &previous.value().first();
        for (const auto &m : previous.value())
            if (m.measuredOn > latest->measuredOn ||
                (m.measuredOn == latest->measuredOn && m.id > latest->id))
                latest = &m;
        dialog.setVisitDefaults(latest->method, latest->instrument, latest->magnification);
    }
    prepareGrid(dialog, *patient);
    dialog.offerMeasureFromPhoto();
    if (dialog.exec() == QDialog::Accepted)
        return true;
    return dialog.measureFromPhotoWanted() && measureFromPhoto(*patient);
}

// The measuring window on one of the patient's trichoscopic photos (chosen from a list when
// there are several, newest first).
bool RecordEditor::measureFromPhoto(const Patient &patient)
{
    auto record = loadPatientRecord(m_db, patient.id);
    if (!record) {
        emit error(record.error().message);
        return false;
    }
    QList<Photo> photos;
    for (auto it = record.value().photos.crbegin(); it != record.value().photos.crend(); ++it)
        if (it->view == PhotoView::Trichoscopic)
            photos << *it;
    if (photos.isEmpty() || !PhotoRepository::visible(patient)) {
        emit error(
            photos.isEmpty()
                ? tr("%1 has no trichoscopic photo to measure: attach one in the Photos "
                     "tab first.")
                      .arg(patient.displayName())
                : tr("%1's photos are hidden (no photo consent).").arg(patient.displayName()));
        return false;
    }
    qsizetype chosen = 0;
    if (photos.size() > 1) {
        QStringList items;
        for (const Photo &p : std::as_const(photos))
            items << tr("%1, %2").arg(minuteText(p.takenAt), p.viewText());
        bool ok = false;
        const QString item = QInputDialog::getItem(m_parent, tr("Measure from photo"),
                                                   tr("&Photo:"), items, 0, false, &ok);
        if (!ok)
            return false;
        chosen = items.indexOf(item);
    }
    return analysePhoto(record.value(), photos.value(chosen));
}

bool RecordEditor::editMeasurement(const Measurement &measurement)
{
    auto sessions = SessionRepository(m_db).forPatient(measurement.patientId);
    MeasurementGridDialog dialog(
        measurement.patientId, sessions ? sessions.value() : QList<MicroneedlingSession>(),
        measurement.measuredOn,
        [&](const QList<Measurement> &rows) -> Result<void> {
            if (rows.size() != 1) {
                ValidationResult v;
                v.add(QStringLiteral("grid"), tr("Sites"), QString::number(rows.size()),
                      tr("one site"),
                      tr("Editing changes one site's measurement: leave values in one row only."));
                return Error::validation(v);
            }
            Measurement after = rows.first();
            after.id = measurement.id;
            after.notes = measurement.notes; // the grid has no notes column
            return pushCommand(
                m_stack, new EditRecordCommand<Measurement>(m_db, m_notifier, measurement, after));
        },
        m_parent);
    dialog.prefill(measurement);
    if (const auto patient = owner(measurement.patientId))
        prepareGrid(dialog, *patient);
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::removeMeasurement(const Measurement &measurement)
{
    if (!confirm(tr("Delete the %1 measurement of %2? You can undo this.")
                     .arg(label(measurement.site), dateText(measurement.measuredOn)),
                 measurement.patientId))
        return false;
    auto r =
        pushCommand(m_stack, new RemoveRecordCommand<Measurement>(m_db, m_notifier, measurement));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

bool RecordEditor::newOutcome(qint64 patientId)
{
    PatientReportedOutcome o;
    o.patientId = patientId;
    o.recordedOn = m_db.clock().today();
    auto sessions = SessionRepository(m_db).forPatient(patientId);
    OutcomeDialog dialog(
        o, sessions ? sessions.value() : QList<MicroneedlingSession>(),
        [&](const PatientReportedOutcome &x) {
            return pushCommand(m_stack,
                               new AddRecordCommand<PatientReportedOutcome>(m_db, m_notifier, x));
        },
        m_parent);
    if (const auto patient = owner(patientId))
        prepare(dialog, *patient, [&dialog, p = *patient, today = m_db.clock().today()] {
            return validateOutcome(dialog.outcome(), p, today).issues();
        });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::editOutcome(const PatientReportedOutcome &outcome)
{
    auto sessions = SessionRepository(m_db).forPatient(outcome.patientId);
    OutcomeDialog dialog(
        outcome, sessions ? sessions.value() : QList<MicroneedlingSession>(),
        [&](const PatientReportedOutcome &x) {
            return pushCommand(m_stack, new EditRecordCommand<PatientReportedOutcome>(
                                            m_db, m_notifier, outcome, x));
        },
        m_parent);
    if (const auto patient = owner(outcome.patientId))
        prepare(dialog, *patient, [&dialog, p = *patient, today = m_db.clock().today()] {
            return validateOutcome(dialog.outcome(), p, today).issues();
        });
    return dialog.exec() == QDialog::Accepted;
}

bool RecordEditor::removeOutcome(const PatientReportedOutcome &outcome)
{
    if (!confirm(
            tr("Delete the outcome of %1? You can undo this.").arg(dateText(outcome.recordedOn)),
            outcome.patientId))
        return false;
    auto r = pushCommand(
        m_stack, new RemoveRecordCommand<PatientReportedOutcome>(m_db, m_notifier, outcome));
    if (!r)
        emit error(r.error().message);
    return r.ok();
}

} // namespace tricholog
