#include "ui/sessions/SessionDialog.h"

#include "core/clinical/Ranges.h"
#include "core/model/Keys.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/ItemListEditor.h"
#include "ui/widgets/NumberField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>

namespace tricholog {

namespace {

// An optional whole number: empty is "not recorded"; text out of range stays as typed and is
// reported, never clamped.
NumberField *optionalNumber(QWidget *parent, const Range &range, std::optional<int> value,
                            const QString &unit = {})
{
    auto *field = new NumberField(range, unit, parent);
    field->setValue(value ? std::optional<double>(*value) : std::nullopt);
    field->setMaximumWidth(140);
    return field;
}

std::optional<int> optionalValue(const NumberField *field)
{
    const auto v = field->value();
    return v ? std::optional<int>(qRound(*v)) : std::nullopt;
}

template<typename E>
ItemListEditor::Choices choicesOf()
{
    ItemListEditor::Choices choices;
    for (auto v : allValues<E>())
        choices.append({toKey(v), label(v)});
    return choices;
}

} // namespace

SessionDialog::SessionDialog(const MicroneedlingSession &session, SaveFunction save,
                             QWidget *parent)
    : EntryDialog(parent)
    , m_original(session)
    , m_save(std::move(save))
{
    setWindowTitle(session.id ? tr("Edit session") : tr("New microneedling session"));
    auto &e = errors();
    auto *columns = new QHBoxLayout;
    auto *left = newForm();
    auto *right = newForm();
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    auto addRow = [&](QFormLayout *form, const QString &text, const QString &key, QWidget *field,
                      QWidget *shown = nullptr) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        if (field->accessibleName().isEmpty())
            field->setAccessibleName(
                QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l,
                     key.isEmpty() ? (shown ? shown : field) : e.wrap(key, shown ? shown : field));
    };

    auto *course = createCourseFields(session);
    auto *zonesBox = createZones(session);
    auto *anaesthetic = createEndpointAndAnaesthetic(session);
    createAdjuncts(session);
    auto *painRow = createPainRow(session);
    createAdverseAndNotes(session);

    addRow(left, tr("&Date and time:"), QStringLiteral("date"), m_when);
    addRow(left, tr("Session n&umber:"), QStringLiteral("session_number"), m_number, course);
    addRow(left, tr("&Operator:"), QStringLiteral("operator"), m_operator);
    addRow(left, tr("De&vice:"), QStringLiteral("device"), m_device);
    addRow(left, tr("Needle &length:"), QStringLiteral("needle_mm"), m_needle);
    addRow(left, tr("Needle &count:"), QStringLiteral("needle_count"), m_needleCount);
    addRow(left, tr("&Passes:"), QStringLiteral("passes"), m_passes);
    addRow(left, tr("Di&rection:"), QStringLiteral("direction"), m_direction);
    addRow(left, tr("Treated &zones:"), QStringLiteral("zones"), zonesBox);
    addRow(left, tr("&Endpoint reached:"), QStringLiteral("endpoint"), m_endpoint);
    addRow(left, tr("Ana&esthetic:"), QStringLiteral("anaesthetic_minutes"), m_anaesthetic,
           anaesthetic);
    addRow(right, tr("Ad&juncts:"), QStringLiteral("adjuncts"), m_adjuncts);
    addRow(right, tr("&Background therapy:"), QStringLiteral("background_therapy"), m_background);
    addRow(right, tr("Pa&in (0-10):"), QStringLiteral("pain"), m_pain, painRow);
    addRow(right, tr("Adverse e&vents:"), QStringLiteral("adverse_events"), m_adverse);
    addRow(right, tr("Post-&care:"), QStringLiteral("post_care"), m_postCare);
    addRow(right, tr("&Notes:"), QStringLiteral("notes"), m_notes);
    e.addKeyAlias(QStringLiteral("planned_sessions"), QStringLiteral("session_number"));
    mainLayout()->addLayout(columns);
    finishLayout();
    setMinimumWidth(940);
}

QWidget *SessionDialog::createCourseFields(const MicroneedlingSession &session)
{
    m_when = new QDateTimeEdit(session.performedAt, this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(dateFormat() + QStringLiteral(" HH:mm"));
    m_number = optionalNumber(this, ranges::kSessionNumber, session.sessionNumber);
    m_planned = optionalNumber(this, ranges::kSessionNumber, session.plannedSessions);
    m_number->setAccessibleName(tr("Session number"));
    m_planned->setAccessibleName(tr("Planned sessions"));
    auto *course = new QWidget(this);
    auto *courseLayout = new QHBoxLayout(course);
    courseLayout->setContentsMargins(0, 0, 0, 0);
    courseLayout->addWidget(m_number);
    auto *of = new QLabel(tr("of"), course);
    courseLayout->addWidget(of);
    courseLayout->addWidget(m_planned);
    courseLayout->addStretch();
    m_operator = new QLineEdit(session.operatorName, this);
    m_device = new QComboBox(this);
    for (auto d : allValues<Device>())
        m_device->addItem(label(d), toKey(d));
    m_device->setCurrentIndex(m_device->findData(toKey(session.device)));
    m_needle = new NumberField(ranges::kNeedleLengthMm, tr("mm"), this);
    m_needle->setRequired(true);
    m_needle->setValue(session.needleLength.toOptional());
    m_needle->setMaximumWidth(140);
    m_needleCount = optionalNumber(this, ranges::kNeedleCount, session.needleCount);
    m_passes = optionalNumber(this, ranges::kPasses, session.passes);
    m_direction = new QLineEdit(session.direction, this);
    m_direction->setPlaceholderText(tr("e.g. vertical, horizontal, diagonal"));
    return course;
}

QWidget *SessionDialog::createZones(const MicroneedlingSession &session)
{
    auto *zonesBox = new QWidget(this);
    auto *zonesGrid = new QGridLayout(zonesBox);
    zonesGrid->setContentsMargins(0, 0, 0, 0);
    int zi = 0;
    for (auto site : allValues<ScalpSite>()) {
        if (site == ScalpSite::TargetArea)
            continue;
        auto *box = new QCheckBox(label(site), zonesBox);
        box->setProperty("key", toKey(site));
        box->setChecked(session.zones.contains(site));
        zonesGrid->addWidget(box, zi / 3, zi % 3);
        m_zones << box;
        ++zi;
    }
    zonesBox->setFocusProxy(m_zones.first());
    return zonesBox;
}

QWidget *SessionDialog::createEndpointAndAnaesthetic(const MicroneedlingSession &session)
{
    m_endpoint = new QComboBox(this);
    m_endpoint->addItem(tr("not recorded"), QString());
    for (auto ep : allValues<Endpoint>())
        m_endpoint->addItem(label(ep), toKey(ep));
    m_endpoint->setCurrentIndex(session.endpoint ? m_endpoint->findData(toKey(*session.endpoint))
                                                 : 0);
    m_anaesthetic = new QLineEdit(session.anaestheticName, this);
    m_anaesthetic->setPlaceholderText(tr("name, e.g. lidocaine 5% cream"));
    m_anaestheticMinutes =
        optionalNumber(this, ranges::kAnaestheticMinutes, session.anaestheticMinutes, tr("min"));
    m_anaestheticMinutes->setAccessibleName(tr("Anaesthetic contact time"));
    auto *anaesthetic = new QWidget(this);
    auto *anaestheticLayout = new QHBoxLayout(anaesthetic);
    anaestheticLayout->setContentsMargins(0, 0, 0, 0);
    anaestheticLayout->addWidget(m_anaesthetic, 2);
    anaestheticLayout->addWidget(m_anaestheticMinutes, 1);
    return anaesthetic;
}

void SessionDialog::createAdjuncts(const MicroneedlingSession &session)
{
    m_adjuncts = new ItemListEditor(choicesOf<AdjunctType>(), {}, tr("dose, e.g. 5% or 4 ml"),
                                    tr("Add &adjunct"), this);
    m_adjuncts->setItemName(tr("Adjunct"));
    QList<ItemListEditor::Row> adjunctRows;
    for (const auto &a : session.adjuncts)
        adjunctRows << ItemListEditor::Row{toKey(a.type), QString(), a.dose};
    m_adjuncts->setRows(adjunctRows);
    m_background = new QLineEdit(session.backgroundTherapy, this);
    m_background->setPlaceholderText(tr("e.g. oral finasteride 1 mg daily"));
}

QWidget *SessionDialog::createPainRow(const MicroneedlingSession &session)
{
    m_pain = new QSlider(Qt::Horizontal, this);
    m_pain->setRange(-1, 10); // -1: not recorded
    m_pain->setPageStep(1);
    m_pain->setTickPosition(QSlider::TicksBelow);
    m_pain->setTickInterval(1);
    m_pain->setValue(session.pain.value_or(-1));
    m_painValue = new QLabel(this);
    m_painValue->setMinimumWidth(m_painValue->fontMetrics().horizontalAdvance(tr("not recorded")) +
                                 8);
    auto updatePain = [this](int v) {
        m_painValue->setText(v < 0 ? tr("not recorded") : tr("%1 / 10").arg(v));
    };
    updatePain(m_pain->value());
    connect(m_pain, &QSlider::valueChanged, this, updatePain);
    auto *painRow = new QWidget(this);
    auto *painLayout = new QHBoxLayout(painRow);
    painLayout->setContentsMargins(0, 0, 0, 0);
    painLayout->addWidget(m_pain, 1);
    painLayout->addWidget(m_painValue);
    return painRow;
}

void SessionDialog::createAdverseAndNotes(const MicroneedlingSession &session)
{
    m_adverse = new ItemListEditor(choicesOf<AdverseEventType>(), choicesOf<Severity>(),
                                   tr("notes"), tr("Add adverse &event"), this);
    m_adverse->setItemName(tr("Adverse event"));
    QList<ItemListEditor::Row> adverseRows;
    for (const auto &a : session.adverseEvents)
        adverseRows << ItemListEditor::Row{toKey(a.type), toKey(a.severity), a.notes};
    m_adverse->setRows(adverseRows);
    m_postCare = new QLineEdit(session.postCare, this);
    m_notes = new QPlainTextEdit(session.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
}

MicroneedlingSession SessionDialog::session() const
{
    MicroneedlingSession s = m_original;
    s.performedAt = m_when->dateTime();
    s.sessionNumber = optionalValue(m_number);
    s.plannedSessions = optionalValue(m_planned);
    s.operatorName = m_operator->text().trimmed();
    s.device = fromKey<Device>(m_device->currentData().toString()).value_or(Device::Dermaroller);
    s.needleLength = NeedleLength(m_needle->value());
    s.needleCount = optionalValue(m_needleCount);
    s.passes = optionalValue(m_passes);
    s.direction = m_direction->text().trimmed();
    s.zones.clear();
    for (auto *box : m_zones) {
        if (box->isChecked())
            s.zones << *fromKey<ScalpSite>(box->property("key").toString());
    }
    s.endpoint = fromKey<Endpoint>(m_endpoint->currentData().toString());
    s.anaestheticName = m_anaesthetic->text().trimmed();
    s.anaestheticMinutes = optionalValue(m_anaestheticMinutes);
    s.adjuncts.clear();
    for (const auto &row : m_adjuncts->rows())
        s.adjuncts << Adjunct{fromKey<AdjunctType>(row.key).value_or(AdjunctType::Other), row.text};
    s.backgroundTherapy = m_background->text().trimmed();
    s.pain = m_pain->value() < 0 ? std::nullopt : std::optional<int>(m_pain->value());
    s.adverseEvents.clear();
    for (const auto &row : m_adverse->rows())
        s.adverseEvents << AdverseEvent{
            fromKey<AdverseEventType>(row.key).value_or(AdverseEventType::Other),
            fromKey<Severity>(row.secondKey).value_or(Severity::Mild), row.text};
    s.postCare = m_postCare->text().trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

Result<void> SessionDialog::save()
{
    return m_save(session());
}

} // namespace tricholog
