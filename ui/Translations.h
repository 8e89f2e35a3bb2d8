#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tricholog {

// The languages Tricholog speaks: "en", "de", "fr", "es".
QStringList availableLanguages();
// The language's own name ("Deutsch").
QString languageName(const QString &code);

// Installs Qt's own translations (dialog buttons) and Tricholog's, over the English plural forms
// ("1 year", "2 years") that the source strings leave open. `language` is a code of
// availableLanguages(), or empty for the system's language; a chosen language also becomes the
// default locale (dates, numbers), keeping the system's country. Translation files installed
// beside the program (share/tricholog/translations) win over the ones built in. Returns false
// for an unknown language code.
bool installTranslators(QCoreApplication &app, const QString &language = {});

// "--lang de" or "--lang=de" among the arguments (read before any parser runs), or empty.
QString languageArgument(int argc, char **argv);

} // namespace tricholog
