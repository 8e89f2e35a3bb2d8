#pragma once

#include "core/model/PatientRecord.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;
class QTableView;

namespace tricholog {

class Database;
class PhotoTimelineModel;
class RecordEditor;

// The patient file's photo timeline: thumbnails by session (rows) and view (columns), attach
// (button, Ctrl+Shift+A, or files dropped onto it), edit, delete, compare before and after, and a
// check of every original. Without photo consent nothing is shown and the tab says why.
class PhotosTab : public QWidget
{
    Q_OBJECT
public:
    PhotosTab(Database &db, RecordEditor &editor, QWidget *parent = nullptr);

    void setRecord(const PatientRecord &record);
    PhotoTimelineModel *model() const { return m_model; }
    QTableView *timeline() const { return m_view; }
    QLabel *banner() const { return m_banner; }
    QLabel *details() const { return m_details; }
    const Photo *currentPhoto() const;

public slots:
    void attach();
    void attachFiles(const QStringList &files);
    void compare();
    void measure(); // image measurement of the current trichoscopic photo
    void editCurrent();
    void deleteCurrent();
    void checkOriginals();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QStringList imageFiles(const QMimeData *mime);
    void updateState();

    Database &m_db;
    RecordEditor &m_editor;
    PatientRecord m_record;
    PhotoTimelineModel *m_model;
    QTableView *m_view;
    QLabel *m_banner;
    QLabel *m_details;
    QPushButton *m_attach;
    QPushButton *m_compare;
    QPushButton *m_measure;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_check;
};

} // namespace tricholog
