#pragma once

#include "core/model/Measurement.h"
#include "core/model/MicroneedlingSession.h"
#include "ui/widgets/EntryDialog.h"

#include <QList>
#include <QStringView>
#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tricholog {

class NumberField;

// One visit's measurements: a grid of scalp sites x metrics, typed like a spreadsheet (Tab moves
// right, Enter moves down). Units are in the headers; a value outside its range is flagged in
// its cell with the allowed range as you type, and core validation has the last word on save.
class MeasurementGridDialog : public EntryDialog
{
    Q_OBJECT
public:
    // The grid's columns are measurementFields(), in that order. A column is found by its field's
    // key; the few named here are for callers that address a field with its own meaning.
    static int columnOf(QStringView key); // -1 for an unknown key
    static inline const int Density = columnOf(u"density_per_cm2");
    static inline const int Terminal = columnOf(u"terminal_pct");
    static inline const int Vellus = columnOf(u"vellus_pct");
    static inline const int FollicularUnits = columnOf(u"fu_per_cm2");
    static inline const int HairsPerUnit = columnOf(u"hairs_per_fu");
    using SaveFunction = std::function<Result<void>(const QList<Measurement> &)>;

    // visitDate: the measurement's, or for a new visit the database clock's today.
    MeasurementGridDialog(qint64 patientId, const QList<MicroneedlingSession> &sessions,
                          QDate visitDate, SaveFunction save, QWidget *parent = nullptr);

    QTableWidget *grid() const { return m_grid; }
    int rowOf(ScalpSite site) const;
    // Rows with at least one value, as measurements; cells that do not parse are skipped and
    // reported by cellProblem().
    QList<Measurement> measurements() const;
    QString cellProblem(int row, int column) const;
    // Shows an existing measurement (for editing): its visit fields and its site's row.
    void prefill(const Measurement &measurement);
    // A new visit's method, instrument and magnification (from the previous visit).
    void setVisitDefaults(MeasurementMethod method, const QString &instrument,
                          std::optional<int> magnification);
    // Core's rules for one row; run again for a row whenever one of its cells changes, so a
    // rule across cells (terminal + vellus) clears as soon as any of its cells is corrected.
    using RowCheck = std::function<QList<ValidationIssue>(const Measurement &)>;
    void setRowCheck(RowCheck check) { m_rowCheck = std::move(check); }
    // Offers "Measure from photo…": the form closes (asking first when values were typed) and
    // measureFromPhotoWanted() then says so, for the caller to open the measuring window.
    void offerMeasureFromPhoto();
    bool measureFromPhotoWanted() const { return m_measureFromPhoto; }

protected:
    Result<void> save() override;
    void recheck() override;

private:
    void checkCell(int row, int column);
    void checkRow(int row);
    void showCellState(int row, int column);
    std::optional<Measurement> rowMeasurement(int row) const;
    QList<ValidationIssue> cellIssues() const;
    void markRowIssues(const QList<ValidationIssue> &issues, const QList<int> &rowForMeasurement);

    qint64 m_patientId;
    SaveFunction m_save;
    QDateEdit *m_date;
    QComboBox *m_session;
    QComboBox *m_method;
    QLineEdit *m_instrument;
    NumberField *m_magnification;
    QLineEdit *m_targetLabel;
    QTableWidget *m_grid;
    QList<ScalpSite> m_sites;
    RowCheck m_rowCheck;
    bool m_measureFromPhoto = false;
};

} // namespace tricholog
