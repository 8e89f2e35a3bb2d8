#pragma once

#include "AppSettings.h"

#include "Result.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <functional>

namespace tricholog {

struct ReportOptions
{
    QDate from;       // invalid: from the first record
    QDate to;         // invalid: up to the latest record
    QDate reportDate; // printed on the report; the clock's today
    AppSettings settings;
    QLocale locale;
    QString author; // PDF author: the clinic or the clinician
    // The display-size image of a photo (PhotoRepository::display): the report gets its
    // before/after page when this is set, photos exist in the period and consent is given.
    std::function<Result<QImage>(qint64 photoId)> photoImage;
};

} // namespace tricholog
