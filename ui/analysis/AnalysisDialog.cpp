#include "ui/analysis/AnalysisDialog.h"

#include "core/analysis/AnalysisJson.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/storage/Database.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PhotoRepository.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/tasks/BackgroundTask.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

namespace tricholog {

namespace {

constexpr double kPi = 3.14159265358979323846;

// One correction as an undo step: redo applies it to the analysis, undo takes it back.
class HairEditCommand : public QUndoCommand
{
public:
    HairEditCommand(analysis::CorrectedAnalysis &analysis, analysis::HairEdit edit,
                    const QString &text, std::function<void()> changed)
        : QUndoCommand(text)
        , m_analysis(analysis)
        , m_edit(std::move(edit))
        , m_changed(std::move(changed))
    {}
    void redo() override
    {
        // Checked before it was pushed: it applies again as it did the first time.
        if (m_analysis.apply(m_edit))
            m_changed();
    }
    void undo() override
    {
        m_analysis.undoLast();
        m_changed();
    }

private:
    analysis::CorrectedAnalysis &m_analysis;
    analysis::HairEdit m_edit;
    std::function<void()> m_changed;
};

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

AnalysisDialog::AnalysisDialog(Database &db, const Photo &photo, Saver saver, double terminalFromUm,
                               double vellusBelowUm, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_photo(photo)
    , m_saver(std::move(saver))
    , m_terminalFromUm(terminalFromUm)
    , m_vellusBelowUm(vellusBelowUm)
    , m_view(new AnalysisView(this))
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Measure from photo — %1").arg(photo.viewText()));
    auto *panel = new QWidget(this);
    panel->setFixedWidth(330);
    buildControls(panel);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(panel);
    resize(1240, 760);

    connect(m_view, &AnalysisView::removeRequested, this, &AnalysisDialog::removeHair);
    connect(m_view, &AnalysisView::addRequested, this, &AnalysisDialog::addHair);
    connect(m_view, &AnalysisView::splitRequested, this, &AnalysisDialog::splitHair);
    connect(m_view, &AnalysisView::widthRequested, this, [this](int hair, double px) {
        setHairWidth(hair, px * m_analysis.result().options.umPerPx);
    });
    connect(m_view, &AnalysisView::widthStepRequested, this, [this](int hair, double step) {
        setHairWidth(hair, m_analysis.result().hairs.value(hair).widthUm + step);
    });
    connect(m_view, &AnalysisView::fieldRequested, this, [this](const QRectF &rect) {
        m_drawnField = rect.intersected(QRectF(QPointF(0, 0), QSizeF(m_view->image().size())));
        m_field->setCurrentIndex(2);
        if (m_analysed) {
            if (auto set = m_analysis.setField(analysis::AnalysisField::rectangle(m_drawnField));
                !set)
                showProblem(set.error().message);
            refresh();
        }
    });
    connect(m_view, &AnalysisView::matchRequested, this, &AnalysisDialog::matchPoint);
    connect(m_view, &AnalysisView::selectionChanged, this, [this] { refresh(); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { refresh(); });

    if (auto profiles = DeviceProfileRepository(db).list())
        m_profiles = profiles.value();
    loadPhoto();
    proposeProfile();
    findBaseline();
    loadSaved();
    if (m_baseline && !m_saved)
        m_field->setCurrentIndex(3); // a follow-up: the baseline's skin
    m_loaded = true;
    refresh();
}

AnalysisDialog::~AnalysisDialog()
{
    // The undo stack, a child, says it is clean as it goes, after the view has gone.
    QObject::disconnect(m_undo, nullptr, this, nullptr);
}

void AnalysisDialog::buildControls(QWidget *panel)
{
    auto *form = new QFormLayout;
    m_site = new QComboBox(panel);
    for (ScalpSite s : allValues<ScalpSite>())
        m_site->addItem(label(s), int(s));
    m_site->setCurrentIndex(m_site->findData(int(m_photo.site.value_or(ScalpSite::Vertex))));
    form->addRow(tr("&Site:"), m_site);
    m_profile = new QComboBox(panel);
    form->addRow(tr("&Calibration:"), m_profile);
    m_scale = new QDoubleSpinBox(panel);
    m_scale->setRange(0.2, 50);
    m_scale->setDecimals(3);
    m_scale->setSuffix(tr(" µm/px"));
    m_scale->setValue(5);
    form->addRow(tr("Sc&ale:"), m_scale);
    m_field = new QComboBox(panel);
    m_field->addItems({tr("Whole image"), tr("Circle of the area below"), tr("Drawn rectangle"),
                       tr("Same skin as the baseline")});
    form->addRow(tr("&Field:"), m_field);
    m_circleArea = new QDoubleSpinBox(panel);
    m_circleArea->setRange(0.01, 5);
    m_circleArea->setDecimals(3);
    m_circleArea->setSingleStep(0.05);
    m_circleArea->setValue(0.1);
    m_circleArea->setSuffix(tr(" cm²"));
    form->addRow(tr("Circle a&rea:"), m_circleArea);
    m_analyse = new QPushButton(tr("A&nalyse"), panel);
    form->addRow(QString(), m_analyse);

    QGridLayout *tools = buildTools(panel);

    m_width = new QDoubleSpinBox(panel);
    m_width->setRange(1, 300);
    m_width->setDecimals(1);
    m_width->setSuffix(tr(" µm"));
    m_width->setKeyboardTracking(false);
    connect(m_width, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_view->selectedHair() >= 0 &&
            std::abs(m_width->value() -
                     m_analysis.result().hairs.value(m_view->selectedHair()).widthUm) >= 0.05)
            setHairWidth(m_view->selectedHair(), m_width->value());
    });
    auto *widthRow = new QFormLayout;
    widthRow->addRow(tr("Selected hair's &width:"), m_width);

    m_figures = new QLabel(panel);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(false);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(panel);
    m_status->setWordWrap(true);
    m_export = new QPushButton(tr("E&xport hairs (CSV)…"), panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, panel);
    m_save = buttons->addButton(tr("Sa&ve measurement"), QDialogButtonBox::AcceptRole);

    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(form);
    column->addLayout(tools);
    column->addLayout(widthRow);
    // The figures take the room left (a rich-text table in a word-wrapped label is otherwise
    // given the height of its first lines only).
    m_figures->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_figures->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    column->addWidget(m_figures, 1);
    column->addWidget(m_status);
    column->addWidget(m_export);
    column->addWidget(buttons);

    connect(m_analyse, &QPushButton::clicked, this, &AnalysisDialog::runAnalysis);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this,
                  &AnalysisDialog::runAnalysis);
    // Enter ends a hair drawn from the keyboard; it never saves by accident.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    m_analyse->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &AnalysisDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export hairs"), QStringLiteral("hairs.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportHairs(path);
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qsizetype p = index - 1;
        m_scale->setEnabled(p < 0);
        if (p >= 0 && p < m_profiles.size())
            m_scale->setValue(m_profiles[p].umPerPx);
    });
    connect(m_field, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_circleArea->setEnabled(index == 1); });
    // Another site has another baseline (or none).
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            forgetBaseline();
    });
    // A saved analysis given another site or profile has something to save.
    for (QComboBox *box : {m_site, m_profile})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_detailsChanged = m_loaded;
            refresh();
        });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
    m_circleArea->setEnabled(false);
}

// The tool buttons, each with its letter, and undo and redo.
QGridLayout *AnalysisDialog::buildTools(QWidget *panel)
{
    auto *tools = new QGridLayout;
    m_tools = new QButtonGroup(panel);
    const struct
    {
        AnalysisView::Tool tool;
        QString text;
        QKeySequence key;
    } toolList[] = {{AnalysisView::Tool::Select, tr("Select (V)"), Qt::Key_V},
                    {AnalysisView::Tool::Remove, tr("Remove (R)"), Qt::Key_R},
                    {AnalysisView::Tool::Add, tr("Add (A)"), Qt::Key_A},
                    {AnalysisView::Tool::Split, tr("Split (S)"), Qt::Key_S},
                    {AnalysisView::Tool::Width, tr("Width (W)"), Qt::Key_W},
                    {AnalysisView::Tool::Field, tr("Draw field (F)"), Qt::Key_F},
                    {AnalysisView::Tool::Match, tr("Match points (M)"), Qt::Key_M}};
    int i = 0;
    for (const auto &t : toolList) {
        auto *b = new QPushButton(t.text, panel);
        b->setCheckable(true);
        b->setChecked(t.tool == AnalysisView::Tool::Select);
        m_tools->addButton(b, int(t.tool));
        tools->addWidget(b, i / 2, i % 2);
        auto *key = new QShortcut(t.key, this);
        connect(key, &QShortcut::activated, b, &QPushButton::click);
        ++i;
    }
    m_ghost = new QPushButton(tr("Ghost (G)"), panel);
    m_ghost->setCheckable(true);
    m_ghost->setChecked(true);
    m_ghost->setEnabled(false);
    m_ghost->setToolTip(tr("The baseline photo over this one, where the alignment puts it"));
    tools->addWidget(m_ghost, i / 2, i % 2);
    connect(m_ghost, &QPushButton::toggled, m_view, &AnalysisView::setGhostVisible);
    connect(new QShortcut(Qt::Key_G, this), &QShortcut::activated, m_ghost, &QPushButton::click);
    ++i;
    connect(m_tools, &QButtonGroup::idClicked, this, [this](int id) {
        if (AnalysisView::Tool(id) == AnalysisView::Tool::Match)
            showGhost(); // the ghost to drag from
        m_view->setTool(AnalysisView::Tool(id));
        m_view->setFocus(); // Space, Delete and Tab then act on the photo, not the button
    });
    auto *undo = new QPushButton(tr("&Undo"), panel);
    auto *redo = new QPushButton(tr("Re&do"), panel);
    tools->addWidget(undo, i / 2 + 1, 0);
    tools->addWidget(redo, i / 2 + 1, 1);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    new QShortcut(QKeySequence::Undo, this, m_undo, &QUndoStack::undo);
    new QShortcut(QKeySequence::Redo, this, m_undo, &QUndoStack::redo);
    // Ctrl+Shift+Z too, wherever redo is Ctrl+Y.
    if (!QKeySequence::keyBindings(QKeySequence::Redo)
             .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this, m_undo,
                      &QUndoStack::redo);

    return tools;
}

void AnalysisDialog::loadPhoto()
{
    auto bytes = PhotoRepository(m_db).original(m_photo.id);
    if (!bytes) {
        showProblem(bytes.error().message);
        return;
    }
    QString error;
    const QImage image = decoded(std::move(bytes).value(), &error);
    if (image.isNull()) {
        showProblem(tr("The photo cannot be read: %1").arg(error));
        return;
    }
    m_view->setImage(image);
}

void AnalysisDialog::proposeProfile()
{
    m_profile->addItem(tr("Scale entered below"));
    int proposed = 0;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const DeviceProfile &p = m_profiles[i];
        m_profile->addItem(tr("%1 (%2 µm/px)").arg(p.name, number(p.umPerPx, 3)));
        // The first profile of the photo's magnification is proposed.
        if (proposed == 0 && m_photo.magnification && p.magnification == m_photo.magnification)
            proposed = int(i) + 1;
    }
    m_profile->setCurrentIndex(proposed);
    m_scale->setEnabled(proposed == 0);
    if (proposed > 0)
        m_scale->setValue(m_profiles[proposed - 1].umPerPx);
}

void AnalysisDialog::loadSaved()
{
    auto saved = ImageAnalysisRepository(m_db).forPhoto(m_photo.id);
    if (!saved || saved.value().isEmpty())
        return;
    const ImageAnalysisRecord &record = saved.value().first();
    auto restored = analysis::analysisFrom(record);
    if (!restored) {
        showProblem(restored.error().message);
        return;
    }
    m_saved = record;
    if (record.measurementId)
        if (auto m = MeasurementRepository(m_db).find(*record.measurementId))
            m_savedMeasurement = m.value();
    m_analysis = restored.value();
    m_analysed = true;
    m_savedEdits = int(m_analysis.edits().size());
    m_site->setCurrentIndex(m_site->findData(int(record.site)));
    m_scale->setValue(record.umPerPx);
    int profile = 0;
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].name == record.profile)
            profile = int(i) + 1;
    m_profile->setCurrentIndex(profile);
    m_scale->setValue(record.umPerPx);
    const analysis::AnalysisField &field = m_analysis.result().options.field;
    m_registration = analysis::registrationFromJson(
        record.analysis.value(QStringLiteral("registration")).toObject());
    const QJsonObject carried = record.analysis.value(QStringLiteral("registration")).toObject();
    m_fieldInView = carried.value(QStringLiteral("field_in_view")).toDouble(1);
    // The baseline it was aligned on, even when an earlier one was analysed since.
    if (const qint64 id = carried.value(QStringLiteral("baseline_analysis")).toInteger();
        m_registration && (!m_baseline || m_baseline->id != id))
        if (auto baseline = ImageAnalysisRepository(m_db).find(id))
            m_baseline = baseline.value();
    // The list reads: whole image, circle, drawn rectangle, the baseline's skin.
    m_field->setCurrentIndex(m_registration                                             ? 3
                             : field.shape == analysis::AnalysisField::Shape::Circle    ? 1
                             : field.shape == analysis::AnalysisField::Shape::Rectangle ? 2
                                                                                        : 0);
    if (field.shape == analysis::AnalysisField::Shape::Rectangle)
        m_drawnField = field.rect;
    if (field.shape == analysis::AnalysisField::Shape::Circle)
        m_circleArea->setValue(kPi * field.radius * field.radius * record.umPerPx * record.umPerPx /
                               1e8);
    if (m_registration && m_baseline)
        showGhost();
    m_status->setText(
        tr("Saved analysis of %1 by %2.")
            .arg(QLocale().toString(record.analysedAt.toLocalTime(), QLocale::ShortFormat),
                 record.analysedBy));
}

std::optional<analysis::AnalysisField> AnalysisDialog::chosenField(double umPerPx)
{
    const QSize size = m_view->image().size();
    switch (m_field->currentIndex()) {
    case 1: {
        // A circle of the area asked for, at the centre; refused when it does not fit.
        const double radius = std::sqrt(m_circleArea->value() * 1e8 / kPi) / umPerPx;
        return analysis::AnalysisField::circle(QPointF(size.width() / 2.0, size.height() / 2.0),
                                               radius);
    }
    case 3:
        return carriedField(); // aligned first (runAnalysis)
    case 2:
        if (m_drawnField.isEmpty()) {
            showProblem(tr("Draw the field first: choose Draw field (F) and drag a rectangle "
                           "over the photo."));
            return std::nullopt;
        }
        return analysis::AnalysisField::rectangle(m_drawnField);
    default:
        return analysis::AnalysisField::whole();
    }
}

std::optional<analysis::AnalysisOptions> AnalysisDialog::options()
{
    analysis::AnalysisOptions o;
    o.umPerPx = m_scale->value();
    o.terminalFromUm = m_terminalFromUm;
    o.vellusBelowUm = m_vellusBelowUm;
    const auto field = chosenField(o.umPerPx);
    if (!field)
        return std::nullopt;
    o.field = *field;
    if (auto ok = analysis::checkOptions(o, m_view->image().size()); !ok) {
        showProblem(ok.error().message);
        return std::nullopt;
    }
    return o;
}

bool AnalysisDialog::runAnalysis()
{
    if (m_view->image().isNull())
        return false;
    if (m_field->currentIndex() == 3 && !alignOnBaseline())
        return false;
    const auto o = options();
    if (!o)
        return false;
    if (m_analysed && !m_analysis.edits().isEmpty() &&
        QMessageBox::question(this, tr("Analyse again"),
                              tr("Analysing again drops the %n correction(s) made by hand. "
                                 "Analyse again?",
                                 nullptr, int(m_analysis.edits().size()))) != QMessageBox::Yes)
        return false;
    const QImage image = m_view->image();
    analysis::AnalysisResult found;
    auto ran = runInBackground(this, tr("Image analysis"), tr("Finding the hairs…"),
                               [&](TaskProgress &progress) -> Result<void> {
                                   progress.setTotal(100);
                                   auto r = analysis::analyse(image, *o, [&](int percent) {
                                       progress.setDone(percent);
                                       return !progress.cancelled();
                                   });
                                   if (!r)
                                       return r.error();
                                   found = std::move(r).value();
                                   return {};
                               });
    if (!ran) {
        showProblem(ran.error().message);
        return false;
    }
    m_undo->clear();
    m_analysis = analysis::CorrectedAnalysis(std::move(found));
    m_analysed = true;
    m_savedEdits = -1; // not saved
    m_problem.clear();
    m_status->clear();
    refresh();
    return true;
}

analysis::HairEdit AnalysisDialog::newEdit(analysis::HairEdit::Kind kind, int hair) const
{
    analysis::HairEdit e;
    e.kind = kind;
    e.hair = hair;
    e.user = m_db.auditUser();
    e.when = m_db.clock().now().toUTC();
    return e;
}

bool AnalysisDialog::push(analysis::HairEdit edit, const QString &text)
{
    if (!m_analysed)
        return false;
    // Checked once here, so that a refused edit never becomes an undo step.
    analysis::CorrectedAnalysis trial = m_analysis;
    if (auto ok = trial.apply(edit); !ok) {
        showProblem(ok.error().message);
        return false;
    }
    m_problem.clear();
    m_status->clear();
    m_undo->push(new HairEditCommand(m_analysis, std::move(edit), text, [this] { refresh(); }));
    return true;
}

bool AnalysisDialog::removeHair(int hair)
{
    return push(newEdit(analysis::HairEdit::Kind::Remove, hair),
                tr("Remove hair %1").arg(hair + 1));
}

bool AnalysisDialog::addHair(const QList<QPointF> &path)
{
    if (!m_analysed)
        return false;
    analysis::HairEdit e = newEdit(analysis::HairEdit::Kind::Add, -1);
    e.path = path;
    // The width measured by the engine along the drawn line, on the part of the photo around
    // it (its darkness map only there: quick, and little memory).
    const analysis::AnalysisResult &r = m_analysis.result();
    const double margin = std::max(64.0, 3 * 130 / r.options.umPerPx);
    QRectF box;
    for (const QPointF &p : path)
        box = box.united(QRectF(p, QSizeF(1, 1)));
    const QRect crop = box.adjusted(-margin, -margin, margin, margin)
                           .toAlignedRect()
                           .intersected(m_view->image().rect());
    if (crop.isEmpty()) {
        showProblem(tr("A hair drawn by hand must lie inside the photo."));
        return false;
    }
    const analysis::ShaftMeter meter(m_view->image().copy(crop), r.options.umPerPx,
                                     r.shaftContrast);
    QList<QPointF> local;
    for (const QPointF &p : path)
        local << p - crop.topLeft();
    const auto width = meter.widthUm(local);
    e.widthUm = width ? std::clamp(width->first, 1.0, 300.0) : r.options.vellusBelowUm;
    e.fromProfile = width && width->second;
    return push(e, tr("Add a hair"));
}

bool AnalysisDialog::splitHair(int hair, QPointF at)
{
    analysis::HairEdit e = newEdit(analysis::HairEdit::Kind::Split, hair);
    e.at = at;
    return push(e, tr("Split hair %1").arg(hair + 1));
}

bool AnalysisDialog::setHairWidth(int hair, double widthUm)
{
    analysis::HairEdit e = newEdit(analysis::HairEdit::Kind::Width, hair);
    e.widthUm = std::round(widthUm * 10) / 10;
    return push(e, tr("Width of hair %1").arg(hair + 1));
}

QString AnalysisDialog::figuresText() const
{
    if (!m_analysed)
        return tr("Choose the scale and the field, then Analyse (Ctrl+Return).");
    const analysis::AnalysisResult &r = m_analysis.result();
    const bool counted = r.hairCount > 0;
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows =
        row(tr("Hairs counted"), QString::number(r.hairCount)) +
        row(tr("Field"), tr("%1 cm²").arg(number(r.fieldCm2, 3))) +
        row(tr("Density"), tr("%1 hairs/cm²").arg(number(r.densityPerCm2, 1))) +
        row(tr("Mean diameter"), counted ? tr("%1 µm").arg(number(r.meanDiameterUm, 1)) : tr("—")) +
        row(tr("Terminal (≥ %1 µm)").arg(r.options.terminalFromUm),
            counted ? tr("%1 %").arg(number(r.terminalPct, 1)) : tr("—")) +
        row(tr("Vellus (< %1 µm)").arg(r.options.vellusBelowUm),
            counted ? tr("%1 %").arg(number(r.vellusPct, 1)) : tr("—")) +
        row(tr("Follicular units"), QString::number(r.follicularUnits)) +
        row(tr("Hairs per unit"), counted ? number(r.hairsPerUnit, 2) : tr("—"));
    QString text = QStringLiteral("<table width=100%>%1</table><p>%2</p>")
                       .arg(rows, analysis::editSummary(m_analysis).toHtmlEscaped());
    text += tr("<p><span style='color:#00c8ff'>■</span> terminal "
               "<span style='color:#ff78dc'>■</span> intermediate "
               "<span style='color:#ffdc00'>■</span> vellus<br>dotted: outside the field<br>"
               "dashed: drawn by hand</p>");
    if (m_field->currentIndex() == 3)
        text += registrationText();
    text += tr("<p>Engine %1 %2.</p>")
                .arg(QLatin1String(analysis::kAlgorithmName),
                     QLatin1String(analysis::kAlgorithmVersion));
    return text;
}

void AnalysisDialog::refresh()
{
    m_view->setResult(m_analysed ? m_analysis.result() : analysis::AnalysisResult{});
    m_figures->setText(figuresText());
    const int selected = m_view->selectedHair();
    m_width->setEnabled(m_analysed && selected >= 0);
    if (selected >= 0 && m_analysed) {
        const QSignalBlocker block(m_width);
        m_width->setValue(m_analysis.result().hairs.value(selected).widthUm);
    }
    // The figures belong to the scale they were found at: another scale needs Analyse again.
    const bool sameScale =
        m_analysed && std::abs(m_analysis.result().options.umPerPx - m_scale->value()) < 1e-6;
    m_save->setEnabled(m_analysed && sameScale && unsaved());
    m_save->setToolTip(m_analysed && !sameScale
                           ? tr("The scale was changed: analyse again before saving.")
                           : QString());
    m_export->setEnabled(m_analysed);
}

bool AnalysisDialog::unsaved() const
{
    return m_analysed &&
           (!m_saved || m_detailsChanged || m_savedEdits != int(m_analysis.edits().size()));
}

void AnalysisDialog::showProblem(const QString &message)
{
    m_problem = message;
    m_status->setText(
        QStringLiteral("<span style='color:#c00000'>%1</span>").arg(message.toHtmlEscaped()));
}

bool AnalysisDialog::save()
{
    if (!m_analysed)
        return false;
    analysis::AnalysisSubject subject;
    subject.photo = m_photo;
    subject.site = ScalpSite(m_site->currentData().toInt());
    const qsizetype profile = m_profile->currentIndex() - 1;
    if (profile >= 0 && profile < m_profiles.size())
        subject.profile = m_profiles[profile].name;
    Measurement measurement =
        analysis::measurementFrom(m_analysis, subject, m_savedMeasurement.value_or(Measurement{}));
    ImageAnalysisRecord record =
        analysis::recordFrom(m_analysis, subject, m_saved.value_or(ImageAnalysisRecord{}));
    if (m_saved && !m_savedMeasurement)
        measurement.id = 0; // its measurement was deleted: a new one
    // How the field was carried from the baseline, kept with the hairs.
    if (m_field->currentIndex() == 3 && m_registration && m_baseline && !m_unmoved)
        record.analysis.insert(QStringLiteral("registration"), registrationJson());
    else
        record.analysis.remove(QStringLiteral("registration"));
    if (auto saved = m_saver(record, measurement); !saved) {
        showProblem(saved.error().message);
        return false;
    }
    m_saved = record;
    m_savedMeasurement = measurement;
    m_savedEdits = int(m_analysis.edits().size());
    m_detailsChanged = false;
    accept();
    return true;
}

bool AnalysisDialog::exportHairs(const QString &path)
{
    if (!m_analysed)
        return false;
    if (auto ok = checkOutputPath(path); !ok) {
        showProblem(ok.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(analysis::hairsCsv(m_analysis.result())) < 0 || !file.commit()) {
        showProblem(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Hairs exported to %1.").arg(path));
    return true;
}

void AnalysisDialog::done(int result)
{
    // Closing with corrections not saved asks first.
    if (result == QDialog::Rejected && unsaved() &&
        QMessageBox::question(this, tr("Close without saving"),
                              tr("The analysis and its corrections are not saved. Close "
                                 "anyway?")) != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

} // namespace tricholog
