#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tricholog {

void installTranslators(QCoreApplication &app)
{
    // Installed later means asked first: the system language wins over the English plurals.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("tricholog_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (QLocale().language() != QLocale::English &&
        own->load(QLocale(), QStringLiteral("tricholog"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace tricholog
