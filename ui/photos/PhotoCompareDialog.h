#pragma once

#include "core/model/PatientRecord.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace tricholog {

class Database;
class PhotoCompareView;

// Before and after: choose a view and two of its photos (by session); both are shown with one
// zoom and pan, side by side or with a slider.
class PhotoCompareDialog : public QDialog
{
    Q_OBJECT
public:
    // `focusPhoto`: a photo to start from (as "after", its view chosen); 0 for the latest view.
    PhotoCompareDialog(Database &db, const PatientRecord &record, qint64 focusPhoto = 0,
                       QWidget *parent = nullptr);

    PhotoCompareView *view() const { return m_view; }
    QComboBox *viewChoice() const { return m_viewChoice; }
    QComboBox *beforeChoice() const { return m_before; }
    QComboBox *afterChoice() const { return m_after; }

private:
    void fillPhotos();
    void showChosen();
    void updateZoomLabel();

    Database &m_db;
    PatientRecord m_record;
    PhotoCompareView *m_view;
    QComboBox *m_viewChoice;
    QComboBox *m_before;
    QComboBox *m_after;
    QButtonGroup *m_modes;
    QLabel *m_zoom;
};

} // namespace tricholog
