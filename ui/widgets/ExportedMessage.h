#pragma once

#include <QString>

class QWidget;

namespace tricholog {

// The start of a one-file export: the save dialog over the user's documents folder with
// `fileName` proposed; the path with `suffix` (".csv") added when the user left it out; empty
// when cancelled.
QString chooseExportFile(QWidget *parent, const QString &title, const QString &fileName,
                         const QString &filter, const QString &suffix);

// The end of every export: what was written and where, with "Open" (the file, or the folder of
// a multi-file export, in the desktop's program for it) and "Show in folder".
void showExported(QWidget *parent, const QString &title, const QString &text, const QString &path);

} // namespace tricholog
