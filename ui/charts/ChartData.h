#pragma once

#include "core/model/PatientRecord.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>

namespace tricholog {

// What a progress chart shows, computed from the core progress series and nothing else:
// x is the visit date (ms since the epoch, local midnight), y the value or the % change.
struct ChartData
{
    struct Series
    {
        ScalpSite site = ScalpSite::Vertex;
        QString name;            // site label as shown in the legend
        QList<QPointF> points;   // date, value
        double baseline = 0;     // reference line (0 in percent mode)
        QList<QString> tooltips; // one per point
    };
    struct Marker
    {
        QDateTime when;
        QString tooltip; // date, device, needle length, adjuncts
    };

    Metric metric = Metric::Density;
    bool percent = false;
    QList<Series> series;
    QList<Marker> sessions; // every session, with or without measurements
    QString valueAxisTitle;
    QString message; // empty, or why the chart shows little ("needs a second visit")
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    QLocale locale; // axis labels follow it

    // Control sites (by default the occipital donor area) are named "(control)" in the legend.
    // A record with nothing dated gets a time axis around `today`: the caller's database clock's.
    static ChartData build(const PatientRecord &record, Metric metric, bool percent, QDate today,
                           const QLocale &locale = QLocale(),
                           const QList<ScalpSite> &controlSites = {ScalpSite::Occipital});
};

double chartX(QDate date);

} // namespace tricholog
