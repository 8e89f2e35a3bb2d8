#pragma once

#include <QString>

class QWidget;

namespace tricholog {

// The end of every export: what was written and where, with "Open" (the file, or the folder of
// a multi-file export, in the desktop's program for it) and "Show in folder".
void showExported(QWidget *parent, const QString &title, const QString &text, const QString &path);

} // namespace tricholog
