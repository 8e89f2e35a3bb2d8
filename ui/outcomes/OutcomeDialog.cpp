#include "ui/outcomes/OutcomeDialog.h"

#include "core/model/Keys.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

namespace tricholog {

OutcomeDialog::OutcomeDialog(const PatientReportedOutcome &outcome,
                             const QList<MicroneedlingSession> &sessions, SaveFunction save,
                             QWidget *parent)
    : EntryDialog(parent)
    , m_original(outcome)
    , m_save(std::move(save))
{
    setWindowTitle(outcome.id ? tr("Edit patient-reported outcome")
                              : tr("New patient-reported outcome"));
    auto &e = errors();
    auto *form = newForm();
    m_date = new QDateEdit(outcome.recordedOn, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_session = new QComboBox(this);
    m_session->addItem(tr("none"), 0);
    for (const auto &s : sessions)
        m_session->addItem(dateText(s.performedAt.date()) + QStringLiteral(" · ") + label(s.device),
                           s.id);
    if (outcome.sessionId)
        m_session->setCurrentIndex(std::max(0, m_session->findData(*outcome.sessionId)));
    else if (!outcome.id && sessions.size() > 0 &&
             sessions.first().performedAt.date() == m_date->date())
        m_session->setCurrentIndex(1);
    m_global = new QComboBox(this);
    m_global->addItem(tr("not recorded"), QVariant());
    for (int score = 3; score >= -3; --score)
        m_global->addItem(globalAssessmentLabel(score), score);
    if (outcome.globalAssessment)
        m_global->setCurrentIndex(m_global->findData(*outcome.globalAssessment));
    m_shedding = new QComboBox(this);
    m_shedding->addItem(tr("not recorded"), QVariant());
    for (int score = 1; score <= 6; ++score)
        m_shedding->addItem(QString::number(score), score);
    if (outcome.sheddingScore)
        m_shedding->setCurrentIndex(m_shedding->findData(*outcome.sheddingScore));
    m_notes = new QPlainTextEdit(outcome.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    auto addRow = [&](const QString &text, const QString &key, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, e.wrap(key, field));
    };
    addRow(tr("&Date:"), QStringLiteral("date"), m_date);
    addRow(tr("&Session:"), QStringLiteral("session"), m_session);
    addRow(tr("&Global self-assessment:"), QStringLiteral("global_assessment"), m_global);
    addRow(tr("S&hedding score (1-6):"), QStringLiteral("shedding"), m_shedding);
    addRow(tr("&Notes:"), QStringLiteral("notes"), m_notes);
    e.addKeyAlias(QStringLiteral("values"), QStringLiteral("global_assessment"));
    mainLayout()->addLayout(form);
    finishLayout();
    setMinimumWidth(460);
}

PatientReportedOutcome OutcomeDialog::outcome() const
{
    PatientReportedOutcome o = m_original;
    o.recordedOn = m_date->date();
    const qint64 sid = m_session->currentData().toLongLong();
    o.sessionId = sid > 0 ? std::optional<qint64>(sid) : std::nullopt;
    o.globalAssessment = m_global->currentData().isValid()
                             ? std::optional<int>(m_global->currentData().toInt())
                             : std::nullopt;
    o.sheddingScore = m_shedding->currentData().isValid()
                          ? std::optional<int>(m_shedding->currentData().toInt())
                          : std::nullopt;
    o.notes = m_notes->toPlainText();
    return o;
}

Result<void> OutcomeDialog::save()
{
    return m_save(outcome());
}

} // namespace tricholog
