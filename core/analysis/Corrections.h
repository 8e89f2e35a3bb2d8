#pragma once

#include "core/Result.h"
#include "core/analysis/HairAnalysis.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace tricholog::analysis {

// One correction by hand of an analysis (docs/IMAGE_ANALYSIS.md, "Corrections").
struct HairEdit
{
    enum class Kind
    {
        Remove, // a false detection taken out
        Add,    // a missed hair drawn along its shaft
        Split,  // one detection cut in two where hairs cross or share an opening
        Width   // a width set by hand
    };
    Kind kind = Kind::Remove;
    int hair = -1;               // Remove, Split, Width: the hair's index in the result (0-based)
    QList<QPointF> path;         // Add: the path drawn, in image pixels
    QPointF at;                  // Split: where
    double widthUm = 0;          // Add, Width: the width
    double previousUm = 0;       // Width: the width before (set by apply)
    bool previousEdited = false; // Width: whether that width had been set by hand
    bool fromProfile = true;     // Add: the width came from a clean cross-profile
    QString user;                // who
    QDateTime when;              // when (UTC)
};

// The stable key of an edit's kind in the stored edits: "remove", "add", "split", "width".
QString editKey(HairEdit::Kind kind);

// An analysis with its corrections: the engine's hairs, those drawn by hand, those removed, and
// the list of edits in the order they were made. Hairs are never deleted from the list (a
// removed hair stays, flagged, so that indices stay stable and the overlay can show it); the
// figures are recomputed after every edit.
class CorrectedAnalysis
{
public:
    CorrectedAnalysis() = default;
    explicit CorrectedAnalysis(AnalysisResult engine);

    const AnalysisResult &result() const { return m_result; }
    const QList<HairEdit> &edits() const { return m_edits; }

    // Applies an edit, or says clearly why it cannot be applied (no such hair, already removed,
    // a path shorter than 3 px or leaving the image, a width outside 1-300 um, a split point
    // too near an end).
    Result<void> apply(HairEdit edit);
    // Takes back the last edit applied (the undo stack's order).
    void undoLast();
    // Counts in another field (checked by checkOptions first): which hairs are in it is decided
    // again by their midpoints; the hairs and edits stay.
    Result<void> setField(const AnalysisField &field);

    int detected() const; // hairs the engine found in the field
    int added() const;    // hairs drawn by hand, counted
    int removed() const;  // detections in the field taken out by hand

    // The hair (not removed) whose path passes nearest to `p`, within `tolerancePx`; -1 if none.
    int hairAt(QPointF p, double tolerancePx) const;

    // The stored form (docs/IMAGE_ANALYSIS.md, "Stored analyses"): every hair with its path,
    // origin and flags, the options and the field, and the edits with who and when.
    QJsonObject toStoredJson() const;
    static Result<CorrectedAnalysis> fromStoredJson(const QJsonObject &stored);

private:
    AnalysisResult m_result;
    QList<HairEdit> m_edits;
};

// The per-hair records as CSV (header: hair,origin,removed,in_field,x1,y1,x2,y2,length_um,
// width_um,width_method,width_edited,unit,class), one line a hair, numbers with a dot.
QByteArray hairsCsv(const AnalysisResult &result);

// The hair of `result` (not removed) whose path passes nearest to `p`, within `tolerancePx`; -1
// if none.
int hairNear(const AnalysisResult &result, QPointF p, double tolerancePx);

// "vellus", "intermediate" or "terminal" for a width under the result's thresholds.
QString hairClass(double widthUm, const AnalysisOptions &options);

} // namespace tricholog::analysis
