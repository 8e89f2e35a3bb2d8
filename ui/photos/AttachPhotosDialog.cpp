#include "ui/photos/AttachPhotosDialog.h"

#include "core/clinical/Ranges.h"
#include "core/model/Keys.h"
#include "ui/photos/PhotoLabels.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tricholog {

std::optional<PhotoView> AttachPhotosDialog::viewFromFileName(const QString &name)
{
    const QString n = name.toLower();
    static const QList<QPair<const char *, PhotoView>> words{
        {"tricho", PhotoView::Trichoscopic}, {"dermo", PhotoView::Trichoscopic},
        {"scope", PhotoView::Trichoscopic},  {"vertex", PhotoView::GlobalVertex},
        {"crown", PhotoView::GlobalVertex},  {"front", PhotoView::GlobalFrontal},
        {"occip", PhotoView::Occipital},     {"back", PhotoView::Occipital},
        {"left", PhotoView::Left},           {"right", PhotoView::Right},
    };
    for (const auto &[word, view] : words)
        if (n.contains(QLatin1String(word)))
            return view;
    return std::nullopt;
}

AttachPhotosDialog::AttachPhotosDialog(QList<PhotoUpload> uploads, const QList<QImage> &thumbnails,
                                       const QList<MicroneedlingSession> &sessions,
                                       qint64 preferredSession, SaveFunction save, bool editing,
                                       QWidget *parent)
    : EntryDialog(parent)
    , m_uploads(std::move(uploads))
    , m_session(new QComboBox(this))
    , m_save(std::move(save))
{
    setWindowTitle(editing ? tr("Edit photo details")
                           : tr("Attach %n photo(s)", nullptr, int(m_uploads.size())));
    auto &e = errors();
    const QLocale locale;

    auto *form = newForm();
    for (const auto &s : sessions)
        m_session->addItem(
            photolabels::session(s, locale) + QStringLiteral(" · ") + label(s.device), s.id);
    qint64 chosen = preferredSession;
    if (!editing && !m_uploads.isEmpty())
        for (const auto &s : sessions)
            if (s.performedAt.date() == m_uploads.first().photo.takenAt.date())
                chosen = s.id;
    if (editing && !m_uploads.isEmpty())
        chosen = m_uploads.first().photo.sessionId;
    m_session->setCurrentIndex(std::max(0, m_session->findData(chosen)));
    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    sessionLabel->setBuddy(m_session);
    m_session->setAccessibleName(tr("Session"));
    form->addRow(sessionLabel, e.wrap(QStringLiteral("session"), m_session));
    mainLayout()->addLayout(form);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    PhotoView next = PhotoView::GlobalFrontal;
    for (int i = 0; i < m_uploads.size(); ++i) {
        Photo &p = m_uploads[i].photo;
        m_readTimes << p.takenAt;
        if (!editing) {
            // A view from the file name, else the next of the standard series.
            p.view = viewFromFileName(p.fileName).value_or(next);
            next = PhotoView((int(p.view) + 1) % 6);
        }
        auto *frame = new QFrame(list);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(frame);
        auto *picture = new QLabel(frame);
        picture->setFixedSize(144, 108);
        picture->setAlignment(Qt::AlignCenter);
        if (i < thumbnails.size() && !thumbnails.at(i).isNull())
            picture->setPixmap(QPixmap::fromImage(thumbnails.at(i).scaled(
                picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        grid->addWidget(picture, 0, 0, 4, 1);
        auto *name = new QLabel(tr("<b>%1</b> &nbsp; %2 × %3 px")
                                    .arg(p.fileName.toHtmlEscaped())
                                    .arg(p.size.width())
                                    .arg(p.size.height()),
                                frame);
        grid->addWidget(name, 0, 1, 1, 4);

        RowFields f;
        const QString key = QStringLiteral("photos[%1].").arg(i);
        auto field = [&](const QString &text, const QString &fieldKey, QWidget *w, int row,
                         int column, int span = 1) {
            auto *l = new QLabel(text, frame);
            l->setBuddy(w);
            w->setAccessibleName(
                tr("%1 of %2").arg(QString(text).remove(QLatin1Char(':')), p.fileName));
            grid->addWidget(l, row, column);
            grid->addWidget(e.wrap(key + fieldKey, w), row, column + 1, 1, span);
        };
        f.view = new QComboBox(frame);
        for (PhotoView v : allValues<PhotoView>())
            f.view->addItem(label(v), int(v));
        f.view->setCurrentIndex(f.view->findData(int(p.view)));
        f.site = new QComboBox(frame);
        f.site->addItem(tr("—"), QVariant());
        for (ScalpSite s : allValues<ScalpSite>())
            f.site->addItem(label(s), int(s));
        if (p.site)
            f.site->setCurrentIndex(f.site->findData(int(*p.site)));
        f.magnification = new QSpinBox(frame);
        f.magnification->setRange(0, int(ranges::kMagnification.max));
        f.magnification->setSpecialValueText(tr("not recorded"));
        f.magnification->setSuffix(QStringLiteral("×"));
        f.magnification->setValue(p.magnification.value_or(0));
        f.takenAt = new QDateTimeEdit(p.takenAt, frame);
        f.takenAt->setDisplayFormat(dateFormat() + QStringLiteral(" HH:mm"));
        f.takenAt->setCalendarPopup(true);
        f.takenAt->setToolTip(tr("Time taken: %1").arg(label(p.takenAtSource)));
        f.notes = new QLineEdit(p.notes, frame);
        field(tr("View:"), QStringLiteral("view"), f.view, 1, 1);
        field(tr("Taken:"), QStringLiteral("taken_at"), f.takenAt, 1, 3);
        field(tr("Site:"), QStringLiteral("site"), f.site, 2, 1);
        field(tr("Magnification:"), QStringLiteral("magnification"), f.magnification, 2, 3);
        field(tr("Notes:"), QStringLiteral("notes"), f.notes, 3, 1, 3);
        auto *source = new QLabel(tr("Time taken: %1").arg(label(p.takenAtSource)), frame);
        source->setStyleSheet(QStringLiteral("color: palette(mid);"));
        grid->addWidget(source, 0, 4, Qt::AlignRight);
        grid->setColumnStretch(2, 1);
        grid->setColumnStretch(4, 1);
        m_rows << f;
        connect(f.view, &QComboBox::currentIndexChanged, this,
                [this, i] { updateTrichoscopicFields(i); });
        connect(f.takenAt, &QDateTimeEdit::dateTimeChanged, source, [source] {
            source->setText(tr("Time taken: %1").arg(label(TakenAtSource::Entered)));
        });
        updateTrichoscopicFields(i);
        listLayout->addWidget(frame);
    }
    listLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    mainLayout()->addWidget(scroll, 1);
    finishLayout();
    setMinimumSize(860, std::min(640, 170 + int(m_uploads.size()) * 140));
}

void AttachPhotosDialog::updateTrichoscopicFields(int row)
{
    const RowFields &f = m_rows.at(row);
    const bool tricho = PhotoView(f.view->currentData().toInt()) == PhotoView::Trichoscopic;
    f.site->setEnabled(tricho);
    f.magnification->setEnabled(tricho);
}

QList<PhotoUpload> AttachPhotosDialog::uploads() const
{
    QList<PhotoUpload> list = m_uploads;
    for (int i = 0; i < list.size(); ++i) {
        Photo &p = list[i].photo;
        const RowFields &f = m_rows.at(i);
        p.sessionId = m_session->currentData().toLongLong();
        p.view = PhotoView(f.view->currentData().toInt());
        const bool tricho = p.view == PhotoView::Trichoscopic;
        p.site = tricho && f.site->currentData().isValid()
                     ? std::optional<ScalpSite>(ScalpSite(f.site->currentData().toInt()))
                     : std::nullopt;
        p.magnification = tricho && f.magnification->value() > 0
                              ? std::optional<int>(f.magnification->value())
                              : std::nullopt;
        if (f.takenAt->dateTime() != m_readTimes.at(i)) {
            p.takenAt = f.takenAt->dateTime();
            p.takenAtSource = TakenAtSource::Entered;
        }
        p.notes = f.notes->text();
    }
    return list;
}

Result<void> AttachPhotosDialog::save()
{
    return m_save(uploads());
}

} // namespace tricholog
