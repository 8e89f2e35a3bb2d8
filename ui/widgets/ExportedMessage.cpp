#include "ui/widgets/ExportedMessage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace tricholog {

QString chooseExportFile(QWidget *parent, const QString &title, const QString &fileName,
                         const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(
        parent, title,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            fileName,
        filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

void showExported(QWidget *parent, const QString &title, const QString &text, const QString &path)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("exportedMessage"));
    QPushButton *open = box.addButton(QCoreApplication::translate("ExportedMessage", "&Open"),
                                      QMessageBox::ActionRole);
    QPushButton *folder = box.addButton(
        QCoreApplication::translate("ExportedMessage", "Show in &folder"), QMessageBox::ActionRole);
    QPushButton *close = box.addButton(QMessageBox::Close);
    box.setDefaultButton(close);
    box.setEscapeButton(close);
    box.exec();
    const QFileInfo info(path);
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}

} // namespace tricholog
