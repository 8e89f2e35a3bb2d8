#pragma once

class QCoreApplication;

namespace tricholog {

// Installs Qt's own translations (dialog buttons) and Tricholog's for the system's language,
// over the English plural forms ("1 year", "2 years") that the source strings leave open.
void installTranslators(QCoreApplication &app);

} // namespace tricholog
