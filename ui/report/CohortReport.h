#pragma once

#include "core/AppSettings.h"
#include "core/Result.h"
#include "core/clinical/Cohort.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace tricholog {

class PageFlow;

// The cohort report of clinic outcomes: the selection, the method (the definitions with the
// chosen figures), the table of the groups and the adjunct comparison, the charts of each
// patient's change and of the responder rates, the exclusions, the published arms for context,
// and the points outside the whiskers by MRN (for checking the data). No patient name anywhere.
class CohortReport
{
public:
    CohortReport(cohort::Options options, cohort::Outcomes outcomes, AppSettings settings,
                 QDate reportDate, QString auditAnchor = {});

    int render(QPagedPaintDevice &device) const; // returns the number of pages
    Result<int> writePdf(const QString &path) const;
    QString title() const;
    // At most this many points outside the whiskers are listed; the rest are counted.
    static constexpr int kListedOutliers = 60;

private:
    void layout(PageFlow &flow) const;
    void outliers(PageFlow &flow) const;
    cohort::Options m_options;
    cohort::Outcomes m_outcomes;
    AppSettings m_settings;
    QDate m_date;
    QString m_anchor;
};

} // namespace tricholog
