// The measuring window's follow-up of the same field: the baseline found, the photo aligned on
// it (automatically or from points matched by hand), its ghost and the baseline's field carried
// over (AnalysisDialog.h).
#include "core/analysis/AnalysisJson.h"
#include "core/storage/Database.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PhotoRepository.h"
#include "ui/analysis/AnalysisDialog.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/tasks/BackgroundTask.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace tricholog {

namespace {

constexpr int kGhostEdge = 1600; // the ghost's long side: enough on screen, light in memory

QSize storedSize(const ImageAnalysisRecord &record)
{
    return QSize(record.analysis.value(QStringLiteral("width_px")).toInt(),
                 record.analysis.value(QStringLiteral("height_px")).toInt());
}

} // namespace

QImage AnalysisDialog::decoded(QByteArray bytes, QString *error)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return image;
}

void AnalysisDialog::findBaseline()
{
    m_baseline.reset();
    auto analyses = ImageAnalysisRepository(m_db).forPatient(m_photo.patientId);
    if (!analyses)
        return;
    auto photos = PhotoRepository(m_db).forPatient(m_photo.patientId);
    if (!photos)
        return;
    QHash<qint64, QDateTime> taken;
    for (const Photo &p : photos.value())
        taken.insert(p.id, p.takenAt);
    // The site's first analysed photo taken before this one.
    const ScalpSite site = ScalpSite(m_site->currentData().toInt());
    for (const ImageAnalysisRecord &r : analyses.value()) {
        const QDateTime when = taken.value(r.photoId);
        if (r.site != site || r.photoId == m_photo.id || storedSize(r).isEmpty() ||
            !when.isValid() || when >= m_photo.takenAt)
            continue;
        if (!m_baseline || when < taken.value(m_baseline->photoId))
            m_baseline = r;
    }
}

bool AnalysisDialog::loadBaselineImage()
{
    if (!m_baseline) {
        showProblem(tr("No earlier photo of this site has been analysed: there is no baseline "
                       "to follow up."));
        return false;
    }
    if (!m_baselineImage.isNull())
        return true;
    auto bytes = PhotoRepository(m_db).original(m_baseline->photoId);
    if (!bytes) {
        showProblem(bytes.error().message);
        return false;
    }
    QString error;
    m_baselineImage = decoded(std::move(bytes).value(), &error);
    if (m_baselineImage.size() != storedSize(*m_baseline)) {
        m_baselineImage = QImage();
        showProblem(tr("The baseline photo cannot be read: %1")
                        .arg(error.isEmpty() ? tr("its size has changed") : error));
        return false;
    }
    return true;
}

// Aligns the photo on the baseline, once, off the window's thread; true when the alignment can
// be used: made by hand, or found with a trusted quality.
bool AnalysisDialog::alignOnBaseline()
{
    if (!loadBaselineImage())
        return false;
    if (!m_registration || m_unmoved) {
        const QImage baseline = m_baselineImage, photo = m_view->image();
        const double scale = m_baseline->umPerPx / m_scale->value();
        analysis::Registration found;
        auto ran = runInBackground(this, tr("Follow-up"), tr("Aligning the photo on the baseline…"),
                                   [&](TaskProgress &progress) -> Result<void> {
                                       progress.setTotal(100);
                                       auto r = analysis::registerFollowUp(
                                           baseline, photo, scale, [&](int percent) {
                                               progress.setDone(percent);
                                               return !progress.cancelled();
                                           });
                                       if (!r)
                                           return r.error();
                                       found = r.value();
                                       return {};
                                   });
        if (!ran) {
            showProblem(ran.error().message);
            return false;
        }
        m_registration = found;
        m_unmoved = false;
        registrationChanged();
    }
    if (m_registration->method == analysis::Registration::Method::Automatic &&
        !m_registration->trusted()) {
        showProblem(tr("This photo could not be aligned on the baseline with confidence "
                       "(quality %1). Check the ghost (G), then drag three points or more from "
                       "the ghost to the same spots on the photo (M).")
                        .arg(QLocale().toString(m_registration->quality, 'f', 2)));
        return false;
    }
    return true;
}

bool AnalysisDialog::showGhost()
{
    if (!loadBaselineImage())
        return false;
    if (!m_registration) {
        // Not aligned yet: the ghost lies where the baseline would without any move.
        m_registration = analysis::Registration{};
        m_registration->method = analysis::Registration::Method::Manual;
        m_unmoved = true;
    }
    const QSize size = m_view->image().size();
    const double scale = std::min(1.0, double(kGhostEdge) / std::max(size.width(), size.height()));
    m_view->setGhost(analysis::ghostOf(m_baselineImage, *m_registration, size, scale));
    m_ghost->setEnabled(true);
    return true;
}

void AnalysisDialog::forgetBaseline()
{
    findBaseline();
    m_baselineImage = QImage();
    m_registration.reset();
    m_unmoved = false;
    m_matchedBaseline.clear();
    m_matchedPhoto.clear();
    m_view->setGhost(QImage());
    m_ghost->setEnabled(false);
}

// The ghost and the carried field follow a new alignment; the counts too when analysed.
void AnalysisDialog::registrationChanged()
{
    showGhost();
    if (m_analysed && m_field->currentIndex() == 3)
        if (const auto field = carriedField())
            if (auto set = m_analysis.setField(*field); !set)
                showProblem(set.error().message);
    refresh();
}

std::optional<analysis::AnalysisField> AnalysisDialog::carriedField()
{
    if (!m_baseline || !m_registration)
        return std::nullopt;
    const analysis::AnalysisField field =
        analysis::fieldFromJson(m_baseline->analysis.value(QStringLiteral("field")).toObject());
    return analysis::carryField(field, storedSize(*m_baseline), *m_registration,
                                m_view->image().size(), &m_fieldInView);
}

bool AnalysisDialog::matchPoint(QPointF onGhost, QPointF onPhoto)
{
    if (!showGhost())
        return false;
    bool invertible = false;
    const QTransform back = m_registration->transform.inverted(&invertible);
    if (!invertible)
        return false;
    m_matchedBaseline << back.map(onGhost);
    m_matchedPhoto << onPhoto;
    if (m_matchedBaseline.size() < 3) {
        m_status->setText(tr("Point %1 matched: match at least three, spread over the photo.")
                              .arg(m_matchedBaseline.size()));
        return true;
    }
    auto r = analysis::registrationFromPoints(m_baselineImage, m_view->image(), m_matchedBaseline,
                                              m_matchedPhoto);
    if (!r) {
        showProblem(r.error().message);
        return false;
    }
    m_registration = r.value();
    m_unmoved = false;
    m_detailsChanged = m_analysed; // a saved analysis has a new field to save
    m_status->setText(
        tr("Aligned by hand on %n point(s).", nullptr, int(m_matchedBaseline.size())));
    registrationChanged();
    return true;
}

QJsonObject AnalysisDialog::registrationJson() const
{
    QJsonObject json = analysis::registrationJson(*m_registration);
    json.insert(QStringLiteral("baseline_analysis"), m_baseline->id);
    json.insert(QStringLiteral("baseline_photo"), m_baseline->photoId);
    json.insert(QStringLiteral("field_in_view"), std::round(m_fieldInView * 1000) / 1000);
    return json;
}

QString AnalysisDialog::registrationText() const
{
    if (!m_baseline)
        return {};
    const QString when =
        QLocale().toString(m_baseline->analysedAt.toLocalTime().date(), QLocale::ShortFormat);
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows = row(tr("Baseline"), when);
    if (m_registration && m_unmoved)
        rows += row(tr("Aligned"), tr("not yet"));
    else if (m_registration) {
        const analysis::Registration &r = *m_registration;
        rows += row(tr("Aligned"),
                    r.method == analysis::Registration::Method::Manual
                        ? tr("by hand (%1 px off)").arg(QLocale().toString(r.residualPx, 'f', 1))
                        : tr("automatically")) +
                row(tr("Alignment quality"),
                    r.trusted() ? QLocale().toString(r.quality, 'f', 2)
                                : tr("%1 (doubtful)").arg(QLocale().toString(r.quality, 'f', 2))) +
                row(tr("Turned, scale"), tr("%1°, %2×")
                                             .arg(QLocale().toString(r.rotationDegrees(), 'f', 1),
                                                  QLocale().toString(r.scale(), 'f', 3))) +
                row(tr("Baseline field in view"),
                    tr("%1 %").arg(QLocale().toString(m_fieldInView * 100, 'f', 0)));
    }
    return QStringLiteral("<table width=100%>%1</table>").arg(rows);
}

} // namespace tricholog
