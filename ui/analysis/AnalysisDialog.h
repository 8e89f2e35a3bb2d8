#pragma once

#include "core/Result.h"
#include "core/analysis/AnalysisRecord.h"
#include "core/analysis/Corrections.h"
#include "core/analysis/Registration.h"
#include "core/storage/DeviceProfileRepository.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QUndoStack;
class QButtonGroup;
class QGridLayout;

namespace tricholog {

class AnalysisView;
class Database;

// Measuring a trichoscopy photo: choose the site, the scale (a device profile, proposed from the
// photo's magnification, or entered) and the field (the whole image, a circle of a stated area
// or a drawn rectangle); the analysis runs off the window's thread (progress, cancel) and every
// hair is drawn over the photo with the figures beside it. Each hair can then be removed, added,
// split or given another width, each step undoable (Ctrl+Z, Ctrl+Shift+Z), and the figures
// follow every edit. Save makes the figures a measurement of method image analysis at the site
// and session of the photo, and keeps the hairs and every edit (who, when, what).
//
// Opened on a photo that has a saved analysis, it shows that analysis, hairs and edits as saved.
//
// Follow-up: when the patient's site has an analysed photo taken earlier (the baseline: the first
// one taken there), the field "Same skin as the baseline" aligns this photo on it (shift,
// rotation, scale), shows the baseline as a ghost over it (G) with the alignment's quality, and
// counts in the baseline's field carried over. When the alignment is doubtful, or the ghost does
// not lie on the photo, three or more points dragged from the ghost to the photo (M) align it by
// hand.
class AnalysisDialog : public QDialog
{
    Q_OBJECT
public:
    // Writes the analysis and its measurement (through the main window's undo stack).
    using Saver = std::function<Result<void>(ImageAnalysisRecord &, Measurement &)>;

    // `terminalFromUm` and `vellusBelowUm`: the clinic's thresholds (settings).
    AnalysisDialog(Database &db, const Photo &photo, Saver saver, double terminalFromUm = 40,
                   double vellusBelowUm = 30, QWidget *parent = nullptr);
    ~AnalysisDialog() override;

    AnalysisView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    const analysis::CorrectedAnalysis &analysis() const { return m_analysis; }
    bool hasAnalysis() const { return m_analysed; }
    QString figuresText() const;
    QString problem() const { return m_problem; } // the last error shown
    // The baseline of this follow-up (empty when the site has no other analysed photo) and how
    // this photo lies on it.
    const std::optional<ImageAnalysisRecord> &baseline() const { return m_baseline; }
    const std::optional<analysis::Registration> &registration() const { return m_registration; }

public slots:
    // Runs the engine on the photo with the chosen scale and field (edits made so far are
    // dropped, after asking when there are any).
    bool runAnalysis();
    bool save();
    bool exportHairs(const QString &path);

    // The edits (also the view's signals): each is one undo step.
    bool removeHair(int hair);
    bool addHair(const QList<QPointF> &path);
    bool splitHair(int hair, QPointF at);
    bool setHairWidth(int hair, double widthUm);
    // A point of the baseline's ghost (where it lies over the photo) matched by hand to where the
    // same skin is on the photo; from the third, the alignment is made from the points.
    bool matchPoint(QPointF onGhost, QPointF onPhoto);

protected:
    void done(int result) override;

private:
    void buildControls(QWidget *panel);
    QGridLayout *buildTools(QWidget *panel);
    void loadPhoto();
    void loadSaved();
    void proposeProfile();
    std::optional<analysis::AnalysisOptions> options();
    std::optional<analysis::AnalysisField> chosenField(double umPerPx);
    bool push(analysis::HairEdit edit, const QString &text);
    analysis::HairEdit newEdit(analysis::HairEdit::Kind kind, int hair) const;
    void refresh();
    bool unsaved() const; // something the user would lose by closing
    void showProblem(const QString &message);
    // Follow-up (AnalysisFollowUp.cpp).
    void findBaseline();
    bool loadBaselineImage();
    bool alignOnBaseline();
    bool showGhost();
    void forgetBaseline();
    void registrationChanged();
    QJsonObject registrationJson() const;
    std::optional<analysis::AnalysisField> carriedField();
    QString registrationText() const;
    static QImage decoded(QByteArray bytes, QString *error);

    Database &m_db;
    Photo m_photo;
    Saver m_saver;
    double m_terminalFromUm;
    double m_vellusBelowUm;
    QList<DeviceProfile> m_profiles;
    analysis::CorrectedAnalysis m_analysis;
    bool m_analysed = false;
    std::optional<ImageAnalysisRecord> m_saved;
    std::optional<Measurement> m_savedMeasurement;
    int m_savedEdits = 0;          // edits already saved (the undo stack's clean state)
    bool m_detailsChanged = false; // site or profile changed since the save
    bool m_loaded = false;         // the constructor has filled the controls
    QRectF m_drawnField;
    QString m_problem;
    std::optional<ImageAnalysisRecord> m_baseline;
    QImage m_baselineImage;
    std::optional<analysis::Registration> m_registration;
    bool m_unmoved = false; // m_registration is the baseline unmoved, shown before any alignment
    QList<QPointF> m_matchedBaseline, m_matchedPhoto; // points matched by hand
    double m_fieldInView = 1; // the share of the baseline's field inside this photo

    AnalysisView *m_view;
    QUndoStack *m_undo;
    QComboBox *m_site = nullptr;
    QComboBox *m_profile = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_field = nullptr;
    QDoubleSpinBox *m_circleArea = nullptr;
    QButtonGroup *m_tools = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_analyse = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_ghost = nullptr;
};

} // namespace tricholog
