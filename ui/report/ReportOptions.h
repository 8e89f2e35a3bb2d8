#pragma once

#include "AppSettings.h"

#include <QDate>
#include <QLocale>

namespace tricholog {

struct ReportOptions
{
    QDate from;       // invalid: from the first record
    QDate to;         // invalid: up to the latest record
    QDate reportDate; // printed on the report; the clock's today
    AppSettings settings;
    QLocale locale;
    QString author; // PDF author: the clinic or the clinician
};

} // namespace tricholog
