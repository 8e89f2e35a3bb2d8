#include "ui/photos/PhotosTab.h"

#include "core/storage/Database.h"
#include "core/storage/PhotoRepository.h"
#include "ui/RecordEditor.h"
#include "ui/photos/PhotoLabels.h"
#include "ui/photos/PhotoTileDelegate.h"
#include "ui/photos/PhotoTimelineModel.h"
#include "ui/tasks/BackgroundTask.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tricholog {

PhotosTab::PhotosTab(Database &db, RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_editor(editor)
    , m_model(new PhotoTimelineModel(db, this))
    , m_view(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_details(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("&Attach photos…"), this);
    m_attach->setToolTip(tr("Attach JPEG or PNG photos to a session (Ctrl+Shift+A); you can also "
                            "drop files here"));
    m_compare = new QPushButton(tr("&Compare…"), this);
    m_compare->setToolTip(tr("Before and after: two photos of one view with one zoom and pan"));
    m_measure = new QPushButton(tr("&Measure…"), this);
    m_measure->setToolTip(tr("Count and measure the hairs in this trichoscopic photo, correct them "
                             "by hand and save the figures as a measurement (Ctrl+Shift+M)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_delete = new QPushButton(tr("De&lete"), this);
    m_check = new QPushButton(tr("C&heck originals"), this);
    m_check->setToolTip(tr("Compare every original with the checksum recorded when it was stored"));
    for (auto *b : {m_attach, m_compare, m_measure, m_edit, m_delete, m_check})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_banner->setObjectName(QStringLiteral("photoConsentBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400;"));
    layout->addWidget(m_banner);

    m_view->setObjectName(QStringLiteral("photoTimeline"));
    m_view->setAccessibleName(tr("Photo timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PhotoTileDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(true);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed sizes: no measuring of every cell (and so no loading of every thumbnail).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(PhotoTileDelegate::tileSize().height());
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(PhotoTileDelegate::tileSize().width());
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_details->setObjectName(QStringLiteral("photoDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    setAcceptDrops(true);

    connect(m_attach, &QPushButton::clicked, this, &PhotosTab::attach);
    connect(m_compare, &QPushButton::clicked, this, &PhotosTab::compare);
    connect(m_edit, &QPushButton::clicked, this, &PhotosTab::editCurrent);
    connect(m_measure, &QPushButton::clicked, this, &PhotosTab::measure);
    auto *measureKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this);
    measureKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(measureKey, &QShortcut::activated, this, &PhotosTab::measure);
    connect(m_delete, &QPushButton::clicked, this, &PhotosTab::deleteCurrent);
    connect(m_check, &QPushButton::clicked, this, &PhotosTab::checkOriginals);
    connect(m_view, &QTableView::activated, this, [this] { compare(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PhotosTab::updateState);
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PhotosTab::deleteCurrent);
    updateState();
}

void PhotosTab::setRecord(const PatientRecord &record)
{
    const qint64 current = currentPhoto() ? currentPhoto()->id : 0;
    const bool samePatient = record.patient.id == m_record.patient.id;
    m_record = record;
    // Without consent the photos stay in the database but are not shown (nor reported).
    const bool visible = record.patient.id > 0 && PhotoRepository::visible(record.patient);
    m_model->setPhotos(visible ? record.photos : QList<Photo>(), record.sessions);
    if (samePatient && current > 0)
        m_view->setCurrentIndex(m_model->indexOf(current));
    updateState();
}

const Photo *PhotosTab::currentPhoto() const
{
    return m_model->photoAt(m_view->currentIndex());
}

void PhotosTab::updateState()
{
    const Patient &p = m_record.patient;
    const bool have = p.id > 0;
    const bool consent = have && PhotoRepository::visible(p);
    const bool canAttach = consent && m_db.require(Permission::EditPhotos).ok();
    m_attach->setEnabled(canAttach);
    m_compare->setEnabled(consent && m_model->photoCount() > 0);
    m_check->setEnabled(consent && m_model->photoCount() > 0);
    const Photo *photo = currentPhoto();
    m_edit->setEnabled(canAttach && photo);
    m_measure->setEnabled(consent && photo && m_db.require(Permission::EditMeasurements).ok());
    m_delete->setEnabled(photo && m_db.require(Permission::Delete).ok());
    if (!have) {
        m_banner->hide();
    } else if (!consent) {
        const int hidden = int(m_record.photos.size());
        m_banner->setText(
            PhotoRepository::noConsentMessage(p) +
            (hidden > 0
                 ? QLatin1Char(' ') + tr("%n stored photo(s) hidden until consent is given again.",
                                         nullptr, hidden)
                 : QString()));
        m_banner->show();
    } else if (m_record.sessions.isEmpty()) {
        m_banner->setText(tr("Photos belong to a session: record the first session (Ctrl+T), "
                             "then attach its photos here."));
        m_banner->show();
    } else if (m_model->photoCount() == 0) {
        m_banner->setText(tr("No photos yet. Attach them with the button or Ctrl+Shift+A, or drop "
                             "JPEG or PNG files here."));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    if (photo) {
        QString text = photolabels::full(*photo, m_record.sessions);
        if (!photo->notes.isEmpty())
            text += QStringLiteral(" — ") + photo->notes;
        const QString error =
            m_model->data(m_view->currentIndex(), PhotoTimelineModel::ErrorRole).toString();
        m_details->setText(error.isEmpty() ? text.toHtmlEscaped()
                                           : text.toHtmlEscaped() +
                                                 QStringLiteral("<br><b style='color:#c0392b'>") +
                                                 error.toHtmlEscaped() + QStringLiteral("</b>"));
    } else {
        m_details->setText(consent && m_model->photoCount() > 0
                               ? tr("%n photo(s). Enter or double-click compares a photo with the "
                                    "first of its view.",
                                    nullptr, m_model->photoCount())
                               : QString());
    }
}

void PhotosTab::attach()
{
    if (m_record.patient.id <= 0)
        return;
    if (!PhotoRepository::visible(m_record.patient)) {
        QMessageBox::information(this, tr("Attach photos"),
                                 PhotoRepository::noConsentMessage(m_record.patient));
        return;
    }
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("photos/lastFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach photos to a session"), folder,
                                      tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("photos/lastFolder"), QFileInfo(files.first()).absolutePath());
    attachFiles(files);
}

void PhotosTab::attachFiles(const QStringList &files)
{
    const Photo *photo = currentPhoto();
    m_editor.attachPhotos(m_record.patient.id, files, photo ? photo->sessionId : 0);
}

void PhotosTab::compare()
{
    if (m_model->photoCount() == 0)
        return;
    const Photo *photo = currentPhoto();
    m_editor.comparePhotos(m_record, photo ? photo->id : 0);
}

void PhotosTab::measure()
{
    if (!m_measure->isEnabled()) // the shortcut too: consent, a photo, the permission
        return;
    if (const Photo *photo = currentPhoto())
        m_editor.analysePhoto(m_record, Photo(*photo));
}

void PhotosTab::editCurrent()
{
    if (const Photo *photo = currentPhoto())
        m_editor.editPhoto(Photo(*photo));
}

void PhotosTab::deleteCurrent()
{
    if (const Photo *photo = currentPhoto())
        m_editor.removePhoto(Photo(*photo));
}

void PhotosTab::checkOriginals()
{
    // Every original is read and hashed: on a thread of its own, cancellable.
    Result<QList<PhotoProblem>> problems = QList<PhotoProblem>();
    const qint64 patient = m_record.patient.id;
    const auto checked = runWithDatabase(this, tr("Check originals"),
                                         tr("Comparing every original with its checksum…"), m_db,
                                         [&](Database &own, TaskProgress &) -> Result<void> {
                                             problems = PhotoRepository(own).verify(patient);
                                             return problems ? Result<void>() : problems.error();
                                         });
    if (!checked) {
        QMessageBox::warning(this, tr("Check originals"), checked.error().message);
        return;
    }
    m_model->setProblems(problems.value());
    updateState();
    if (problems.value().isEmpty()) {
        QMessageBox::information(this, tr("Check originals"),
                                 tr("%n original(s) checked: all intact, each matching the "
                                    "checksum recorded when it was stored.",
                                    nullptr, m_model->photoCount()));
        return;
    }
    QStringList lines;
    for (const auto &p : problems.value())
        lines << p.message;
    QMessageBox box(QMessageBox::Warning, tr("Check originals"),
                    tr("%n original(s) missing or damaged, marked in red.", nullptr,
                       int(problems.value().size())),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.setInformativeText(lines.first());
    box.exec();
}

QStringList PhotosTab::imageFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
                                suffix == QLatin1String("png")))
            files << path;
    }
    return files;
}

void PhotosTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!imageFiles(event->mimeData()).isEmpty() && m_attach->isEnabled())
        event->acceptProposedAction();
}

void PhotosTab::dropEvent(QDropEvent *event)
{
    const QStringList files = imageFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Queued: the drag source is not kept waiting while the form is open.
    QMetaObject::invokeMethod(
        this, [this, files] { attachFiles(files); }, Qt::QueuedConnection);
}

bool PhotosTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!imageFiles(drag->mimeData()).isEmpty() && m_attach->isEnabled()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            dropEvent(static_cast<QDropEvent *>(event));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tricholog
