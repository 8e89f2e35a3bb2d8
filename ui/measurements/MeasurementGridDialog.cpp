#include "ui/measurements/MeasurementGridDialog.h"

#include "core/clinical/Ranges.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NumberField.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace tricholog {

namespace {

// A cell's own problem (not a number, out of range) and the problem of a rule across the cells
// of its row (a sum over 100 %), kept apart so that each is cleared by its own cause.
constexpr int kCellProblemRole = Qt::UserRole;
constexpr int kRowProblemRole = Qt::UserRole + 1;

// The grid's columns, one per measurement field.
std::span<const MeasurementField> columns()
{
    return measurementFields();
}

int columnCount()
{
    return int(columns().size());
}

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const auto value = readNumber(text);
    *ok = value.has_value() || text.trimmed().isEmpty();
    return value;
}

QString rangeText(const MeasurementField &field)
{
    return tricholog::rangeText(field.range, field.unitText());
}

// Enter moves down a column, as in a spreadsheet; Tab moves right (the view's default).
class GridTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        QTableWidget::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache
                                              ? QAbstractItemDelegate::NoHint
                                              : hint);
        if (hint == QAbstractItemDelegate::SubmitModelCache)
            moveDown();
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers() == Qt::NoModifier && state() != EditingState) {
            moveDown();
            return;
        }
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
            state() != EditingState) {
            const auto selected = selectedIndexes();
            for (const auto &index : selected)
                model()->setData(index, QString());
            return;
        }
        QTableWidget::keyPressEvent(event);
    }

private:
    void moveDown()
    {
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.row() + 1 < rowCount())
            setCurrentCell(current.row() + 1, current.column());
    }
};

} // namespace

MeasurementGridDialog::MeasurementGridDialog(qint64 patientId,
                                             const QList<MicroneedlingSession> &sessions,
                                             QDate visitDate, SaveFunction save, QWidget *parent)
    : EntryDialog(parent)
    , m_patientId(patientId)
    , m_save(std::move(save))
{
    setWindowTitle(tr("Measurements for a visit"));
    auto &e = errors();
    auto *form = newForm();

    m_date = new QDateEdit(visitDate, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_session = new QComboBox(this);
    m_session->addItem(tr("no session (measurement-only visit)"), 0);
    for (const auto &s : sessions)
        m_session->addItem(tr("%1 · %2 %3 mm%4")
                               .arg(dateText(s.performedAt.date()), label(s.device),
                                    QLocale().toString(s.needleLength.valueOr(0), 'f', 2),
                                    s.courseText().isEmpty()
                                        ? QString()
                                        : tr(" · session %1").arg(s.courseText())),
                           s.id);
    auto selectSessionForDate = [this, sessions] {
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (sessions.at(i).performedAt.date() == m_date->date()) {
                m_session->setCurrentIndex(int(i) + 1);
                return;
            }
        }
        m_session->setCurrentIndex(0);
    };
    selectSessionForDate();
    connect(m_date, &QDateEdit::dateChanged, this, selectSessionForDate);
    m_method = new QComboBox(this);
    for (auto m : allValues<MeasurementMethod>())
        m_method->addItem(label(m), toKey(m));
    m_method->setCurrentIndex(m_method->findData(toKey(MeasurementMethod::Trichoscopy)));
    m_instrument = new QLineEdit(this);
    m_instrument->setPlaceholderText(tr("e.g. videodermatoscope"));
    m_magnification = new NumberField(ranges::kMagnification, QStringLiteral("×"), this);
    m_magnification->setMaximumWidth(140);
    m_targetLabel = new QLineEdit(this);
    m_targetLabel->setPlaceholderText(
        tr("name of the marked target area, e.g. tattoo 1 cm² vertex"));

    auto addRow = [&](const QString &text, const QString &key, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e.wrap(key, field));
    };
    addRow(tr("Visit &date:"), QStringLiteral("date"), m_date);
    addRow(tr("&Session:"), QStringLiteral("session"), m_session);
    addRow(tr("&Method:"), QStringLiteral("method"), m_method);
    addRow(tr("&Instrument:"), QStringLiteral("instrument"), m_instrument);
    addRow(tr("Ma&gnification:"), QStringLiteral("magnification"), m_magnification);
    addRow(tr("&Target area:"), QStringLiteral("site"), m_targetLabel);
    mainLayout()->addLayout(form);

    for (auto site : allValues<ScalpSite>())
        m_sites << site;
    m_grid = new GridTable(int(m_sites.size()), columnCount(), this);
    m_grid->setObjectName(QStringLiteral("measurementGrid"));
    m_grid->setAccessibleName(tr("Measurements by site"));
    QStringList headers;
    for (const auto &field : columns())
        headers << field.shortLabelText() + QLatin1Char('\n') + field.unitText();
    m_grid->setHorizontalHeaderLabels(headers);
    QStringList rowsText;
    for (auto site : std::as_const(m_sites))
        rowsText << label(site);
    m_grid->setVerticalHeaderLabels(rowsText);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_grid->setTabKeyNavigation(true);
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->setItem(r, c, item);
        }
    }
    m_grid->setMinimumHeight(m_grid->verticalHeader()->length() +
                             m_grid->horizontalHeader()->height() + 6);
    connect(m_grid, &QTableWidget::cellChanged, this, &MeasurementGridDialog::checkCell);
    auto *hint =
        new QLabel(tr("Type values per site; empty cells are not recorded. Tab moves right, "
                      "Enter moves down, Delete clears."),
                   this);
    hint->setWordWrap(true);
    mainLayout()->addWidget(m_grid);
    mainLayout()->addWidget(hint);
    finishLayout();
    m_grid->setCurrentCell(rowOf(ScalpSite::Vertex), 0);
    setMinimumWidth(1080);
}

void MeasurementGridDialog::prefill(const Measurement &m)
{
    setWindowTitle(tr("Edit measurement"));
    m_date->setDate(m.measuredOn);
    if (m.sessionId)
        m_session->setCurrentIndex(std::max(0, m_session->findData(*m.sessionId)));
    else
        m_session->setCurrentIndex(0);
    m_method->setCurrentIndex(m_method->findData(toKey(m.method)));
    m_instrument->setText(m.instrument);
    m_magnification->setValue(m.magnification ? std::optional<double>(*m.magnification)
                                              : std::nullopt);
    m_targetLabel->setText(m.siteLabel);
    const int row = rowOf(m.site);
    for (int c = 0; c < columnCount(); ++c) {
        if (const auto value = columns()[c].get(m))
            m_grid->item(row, c)->setText(
                QLocale().toString(*value, 'g', QLocale::FloatingPointShortest));
    }
    m_grid->setCurrentCell(row, 0);
}

int MeasurementGridDialog::columnOf(QStringView key)
{
    const auto fields = columns();
    for (int c = 0; c < int(fields.size()); ++c)
        if (key == QLatin1StringView(fields[c].key))
            return c;
    return -1;
}

int MeasurementGridDialog::rowOf(ScalpSite site) const
{
    return int(m_sites.indexOf(site));
}

QString MeasurementGridDialog::cellProblem(int row, int column) const
{
    const auto *item = m_grid->item(row, column);
    if (!item)
        return {};
    const QString own = item->data(kCellProblemRole).toString();
    return own.isEmpty() ? item->data(kRowProblemRole).toString() : own;
}

void MeasurementGridDialog::setVisitDefaults(MeasurementMethod method, const QString &instrument,
                                             std::optional<int> magnification)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(toKey(method))));
    m_instrument->setText(instrument);
    m_magnification->setValue(magnification ? std::optional<double>(*magnification) : std::nullopt);
}

void MeasurementGridDialog::showCellState(int row, int column)
{
    auto *item = m_grid->item(row, column);
    const QString problem = cellProblem(row, column);
    const QSignalBlocker blocker(m_grid);
    item->setToolTip(problem.isEmpty() ? tr("Allowed: %1").arg(rangeText(columns()[column]))
                                       : problem);
    item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xf5, 0xb7, 0xb1)));
}

std::optional<Measurement> MeasurementGridDialog::rowMeasurement(int row) const
{
    for (const auto &m : measurements())
        if (rowOf(m.site) == row)
            return m;
    return std::nullopt;
}

void MeasurementGridDialog::checkRow(int row)
{
    // Rules across cells are checked again from scratch: what they said before is dropped.
    {
        const QSignalBlocker blocker(m_grid);
        for (int c = 0; c < columnCount(); ++c)
            m_grid->item(row, c)->setData(kRowProblemRole, QString());
    }
    bool readable = true;
    for (int c = 0; c < columnCount(); ++c)
        readable = readable && m_grid->item(row, c)->data(kCellProblemRole).toString().isEmpty();
    const auto m = rowMeasurement(row);
    if (readable && m && m_rowCheck) {
        QList<ValidationIssue> crossCell;
        for (const auto &issue : m_rowCheck(*m))
            if (issue.field.endsWith(QLatin1String("_sum")))
                crossCell << issue;
        markRowIssues(crossCell, {row});
    }
    for (int c = 0; c < columnCount(); ++c)
        showCellState(row, c);
}

QList<ValidationIssue> MeasurementGridDialog::cellIssues() const
{
    QList<ValidationIssue> issues;
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const QString problem = cellProblem(r, c);
            if (problem.isEmpty())
                continue;
            const MeasurementField &field = columns()[c];
            issues << ValidationIssue{
                QStringLiteral("grid.") + field.keyText(), field.shortLabelText(),
                m_grid->item(r, c)->text(), rangeText(field),
                tr("%1, %2: %3").arg(label(m_sites.at(r)), field.shortLabelText(), problem)};
        }
    }
    return issues;
}

void MeasurementGridDialog::recheck()
{
    if (!checkingLive())
        return;
    errors().show(inputProblems() + cellIssues());
}

void MeasurementGridDialog::checkCell(int row, int column)
{
    auto *item = m_grid->item(row, column);
    if (!item || column < 0 || column >= columnCount())
        return;
    const MeasurementField &spec = columns()[column];
    bool ok = false;
    const auto value = parseNumber(item->text(), &ok);
    QString problem;
    if (!ok)
        problem = tr("\"%1\" is not a number. Allowed: %2.").arg(item->text(), rangeText(spec));
    else if (value && !spec.range.contains(*value))
        problem =
            tr("%1 is outside the allowed range %2.").arg(item->text().trimmed(), rangeText(spec));
    else if (value && spec.isWholeNumber() && *value != qRound(*value))
        // The number field's message, with its translations.
        problem = QCoreApplication::translate("tricholog::NumberField",
                                              "%1 is not a whole number. Allowed: %2.")
                      .arg(item->text().trimmed(), rangeText(spec));
    {
        const QSignalBlocker blocker(m_grid);
        item->setData(kCellProblemRole, problem);
    }
    checkRow(row);
}

QList<Measurement> MeasurementGridDialog::measurements() const
{
    QList<Measurement> out;
    const auto method = fromKey<MeasurementMethod>(m_method->currentData().toString())
                            .value_or(MeasurementMethod::Trichoscopy);
    const qint64 sessionId = m_session->currentData().toLongLong();
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        QList<std::optional<double>> values;
        bool any = false;
        for (int c = 0; c < columnCount(); ++c) {
            bool ok = false;
            values << parseNumber(m_grid->item(r, c)->text(), &ok);
            any = any || values.last().has_value();
        }
        if (!any)
            continue;
        Measurement m;
        m.patientId = m_patientId;
        m.sessionId = sessionId > 0 ? std::optional<qint64>(sessionId) : std::nullopt;
        m.measuredOn = m_date->date();
        m.site = m_sites.at(r);
        if (m.site == ScalpSite::TargetArea)
            m.siteLabel = m_targetLabel->text().trimmed();
        m.method = method;
        m.instrument = m_instrument->text().trimmed();
        if (const auto magnification = m_magnification->value())
            m.magnification = qRound(*magnification);
        // A whole-number field is rounded by its setter; a fraction there is a cell problem.
        for (int c = 0; c < columnCount(); ++c)
            columns()[c].set(m, values.at(c));
        out << m;
    }
    return out;
}

void MeasurementGridDialog::markRowIssues(const QList<ValidationIssue> &issues,
                                          const QList<int> &rowForMeasurement)
{
    for (const auto &issue : issues) {
        int index = 0;
        QString field = issue.field;
        if (field.startsWith(QLatin1String("row"))) {
            const int dot = int(field.indexOf(QLatin1Char('.')));
            index = field.mid(3, dot - 3).toInt() - 1;
            field = field.mid(dot + 1);
        }
        if (index < 0 || index >= rowForMeasurement.size())
            continue;
        const int row = rowForMeasurement.at(index);
        int column = columnOf(field);
        // A rule across cells is shown in its first cell.
        if (field == QLatin1String("terminal_vellus_sum"))
            column = columnOf(u"terminal_pct");
        if (field == QLatin1String("anagen_telogen_sum"))
            column = columnOf(u"anagen_pct");
        if (column < 0)
            continue;
        auto *item = m_grid->item(row, column);
        const QSignalBlocker blocker(m_grid);
        item->setData(kRowProblemRole, issue.message);
        item->setToolTip(issue.message);
        item->setBackground(QBrush(QColor(0xf5, 0xb7, 0xb1)));
    }
}

Result<void> MeasurementGridDialog::save()
{
    // Cells that do not parse, or break a rule of their row, are the user's to fix; nothing is
    // saved meanwhile.
    if (const auto issues = cellIssues(); !issues.isEmpty()) {
        Error error = Error::validation(ValidationResult());
        error.issues = issues;
        return error;
    }
    const auto rows = measurements();
    if (rows.isEmpty()) {
        Error error = Error::validation(ValidationResult());
        error.issues = {
            {QString(), QString(), QString(), QString(), tr("Enter at least one value.")}};
        return error;
    }
    QList<int> rowFor;
    for (const auto &m : rows)
        rowFor << rowOf(m.site);
    auto result = m_save(rows);
    if (!result && result.error().kind == Error::Kind::Validation) {
        markRowIssues(result.error().issues, rowFor);
        // Prefix each message with its site so the list under the grid says where.
        Error error = result.error();
        for (auto &issue : error.issues) {
            if (issue.field.startsWith(QLatin1String("row"))) {
                const int dot = int(issue.field.indexOf(QLatin1Char('.')));
                const int index = issue.field.mid(3, dot - 3).toInt() - 1;
                if (index >= 0 && index < rows.size())
                    issue.message =
                        label(rows.at(index).site) + QStringLiteral(": ") + issue.message;
                issue.field = issue.field.mid(dot + 1);
            } else if (rows.size() == 1) {
                issue.message = label(rows.first().site) + QStringLiteral(": ") + issue.message;
            }
            // Grid cells are not form fields: list the problem under the grid. Problems of the
            // fields above the grid stay next to their field.
            static const QStringList formFields{
                QStringLiteral("date"),          QStringLiteral("session"),
                QStringLiteral("method"),        QStringLiteral("instrument"),
                QStringLiteral("magnification"), QStringLiteral("site")}; // target-area name
            if (!formFields.contains(issue.field))
                issue.field = QStringLiteral("grid.") + issue.field;
        }
        return error;
    }
    return result;
}

void MeasurementGridDialog::offerMeasureFromPhoto()
{
    auto *button = buttons()->addButton(tr("Measure from &photo…"), QDialogButtonBox::ActionRole);
    button->setToolTip(tr("Close this form and measure density, diameter and terminal/vellus "
                          "shares from one of the patient's trichoscopic photos"));
    connect(button, &QPushButton::clicked, this, [this] {
        if (!measurements().isEmpty() &&
            QMessageBox::question(this, tr("Measure from photo"),
                                  tr("The values typed in this form will not be saved. Measure "
                                     "from a photo instead?")) != QMessageBox::Yes)
            return;
        m_measureFromPhoto = true;
        reject();
    });
}

} // namespace tricholog
