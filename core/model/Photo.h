#pragma once

#include "core/model/Enums.h"
#include "core/model/RowVersion.h"

#include <QDateTime>
#include <QLocale>
#include <QSize>
#include <QString>
#include <optional>

namespace tricholog {

// A standardized scalp photo of a session. The image itself (the original, byte for byte) lives
// in the database beside this record; this is what lists, timelines and reports need without
// loading it.
struct Photo
{
    qint64 id = 0;
    RowVersion rowVersion; // lost-update check (bookkeeping, not compared)
    qint64 patientId = 0;
    qint64 sessionId = 0;
    PhotoView view = PhotoView::GlobalFrontal;
    std::optional<ScalpSite> site;    // trichoscopic photos: where
    std::optional<int> magnification; // trichoscopic photos: e.g. 20 (x)
    QDateTime takenAt;
    TakenAtSource takenAtSource = TakenAtSource::Entered;
    QString notes;
    // Facts of the stored original, set when it is stored.
    QString fileName; // the name it was imported under
    QString format;   // "jpeg" or "png"
    qint64 byteSize = 0;
    QString sha256;      // hex, of the original bytes
    QSize size;          // upright pixel size (EXIF orientation applied)
    int orientation = 1; // EXIF orientation 1-8 of the original

    // "Global vertex", "Trichoscopic, vertex, 20×".
    QString viewText() const;

    friend bool operator==(const Photo &, const Photo &) = default;
};

// A time taken as the locale writes it, to the minute (what a clinic records).
QString minuteText(const QDateTime &at, const QLocale &locale = QLocale());

} // namespace tricholog
