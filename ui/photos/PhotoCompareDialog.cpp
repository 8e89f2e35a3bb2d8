#include "ui/photos/PhotoCompareDialog.h"

#include "core/model/Keys.h"
#include "core/storage/PhotoRepository.h"
#include "ui/photos/PhotoCompareView.h"
#include "ui/photos/PhotoLabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tricholog {

PhotoCompareDialog::PhotoCompareDialog(Database &db, const PatientRecord &record, qint64 focusPhoto,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_record(record)
    , m_view(new PhotoCompareView(this))
    , m_viewChoice(new QComboBox(this))
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_modes(new QButtonGroup(this))
    , m_zoom(new QLabel(this))
{
    setWindowTitle(tr("Compare photos: %1").arg(record.patient.displayName()));
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    auto addChoice = [&](const QString &text, QComboBox *box) {
        auto *l = new QLabel(text, this);
        l->setBuddy(box);
        box->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        controls->addWidget(l);
        controls->addWidget(box, 1);
    };
    addChoice(tr("&View:"), m_viewChoice);
    addChoice(tr("&Before:"), m_before);
    addChoice(tr("&After:"), m_after);
    auto *side = new QRadioButton(tr("Side &by side"), this);
    auto *slider = new QRadioButton(tr("S&lider"), this);
    side->setChecked(true);
    m_modes->addButton(side, int(PhotoCompareView::Mode::SideBySide));
    m_modes->addButton(slider, int(PhotoCompareView::Mode::Slider));
    controls->addWidget(side);
    controls->addWidget(slider);
    auto *fit = new QPushButton(tr("&Fit"), this);
    fit->setToolTip(tr("Show both photos whole (0)"));
    controls->addWidget(fit);
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("1600 %")));
    controls->addWidget(m_zoom);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    auto *hint = new QLabel(tr("Wheel or + and − zoom both photos at once; drag or the arrow keys "
                               "pan; M switches the mode; [ and ] move the slider."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Views that have photos, in the standard order.
    QList<PhotoView> views;
    for (const auto &p : std::as_const(m_record.photos))
        if (!views.contains(p.view))
            views << p.view;
    std::sort(views.begin(), views.end());
    for (PhotoView v : views)
        m_viewChoice->addItem(label(v), int(v));
    PhotoView start = views.isEmpty() ? PhotoView::GlobalVertex : views.first();
    for (const auto &p : std::as_const(m_record.photos))
        if (p.id == focusPhoto)
            start = p.view;
    m_viewChoice->setCurrentIndex(std::max(0, m_viewChoice->findData(int(start))));
    fillPhotos();
    if (focusPhoto > 0 && m_after->findData(focusPhoto) >= 0) {
        m_after->setCurrentIndex(m_after->findData(focusPhoto));
        if (m_before->currentData().toLongLong() == focusPhoto && m_before->count() > 1)
            m_before->setCurrentIndex(0);
    }
    showChosen();

    connect(m_viewChoice, &QComboBox::currentIndexChanged, this, [this] {
        fillPhotos();
        showChosen();
    });
    connect(m_before, &QComboBox::currentIndexChanged, this, &PhotoCompareDialog::showChosen);
    connect(m_after, &QComboBox::currentIndexChanged, this, &PhotoCompareDialog::showChosen);
    connect(m_modes, &QButtonGroup::idClicked, this,
            [this](int id) { m_view->setMode(PhotoCompareView::Mode(id)); });
    connect(fit, &QPushButton::clicked, m_view, &PhotoCompareView::fit);
    connect(m_view, &PhotoCompareView::viewChanged, this, [this] {
        updateZoomLabel();
        if (QAbstractButton *b = m_modes->button(int(m_view->mode())); b && !b->isChecked())
            b->setChecked(true);
    });
    updateZoomLabel();
    resize(1100, 740);
    m_view->setFocus();
}

void PhotoCompareDialog::fillPhotos()
{
    const PhotoView view = PhotoView(m_viewChoice->currentData().toInt());
    const QSignalBlocker b1(m_before), b2(m_after);
    m_before->clear();
    m_after->clear();
    for (const auto &p : std::as_const(m_record.photos)) {
        if (p.view != view)
            continue;
        QString text = photolabels::sessionOf(p, m_record.sessions);
        if (p.site || p.magnification)
            text += QStringLiteral(" · ") + p.viewText().section(QStringLiteral(", "), 1);
        m_before->addItem(text, p.id);
        m_after->addItem(text, p.id);
    }
    // The first photo of the view against the latest: the course so far.
    m_before->setCurrentIndex(0);
    m_after->setCurrentIndex(m_after->count() - 1);
}

void PhotoCompareDialog::showChosen()
{
    PhotoRepository photos(m_db);
    auto sideOf = [&](QComboBox *box, const QString &which) {
        PhotoCompareView::Side side;
        const qint64 id = box->currentData().toLongLong();
        for (const auto &p : std::as_const(m_record.photos)) {
            if (p.id != id)
                continue;
            side.label = which + QStringLiteral(" · ") + photolabels::full(p, m_record.sessions);
            auto image = photos.display(id);
            if (image)
                side.image = image.value();
            else
                side.problem = image.error().message;
            // The preview may still be cached when the original is not intact: say so.
            if (const OriginalState state = photos.check(id);
                image && state != OriginalState::Intact)
                side.problem = PhotoRepository::problemText(p, state);
        }
        return side;
    };
    m_view->setBefore(sideOf(m_before, tr("Before")));
    m_view->setAfter(sideOf(m_after, tr("After")));
}

void PhotoCompareDialog::updateZoomLabel()
{
    m_zoom->setText(QStringLiteral("%1 %").arg(qRound(m_view->zoom() * 100)));
    m_zoom->setAccessibleName(tr("Zoom"));
}

} // namespace tricholog
