#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tricholog {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return false;
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(QLocale(language).language(), QLocale::system().territory());
        QLocale::setDefault(locale);
    }
    const QStringList folders{
        QDir(QCoreApplication::applicationDirPath())
            .absoluteFilePath(QStringLiteral("../share/tricholog/translations")),
        QStringLiteral(":/i18n")};
    auto load = [&](QTranslator *t, const QString &name, const QLocale &l) {
        for (const QString &folder : folders)
            if (t->load(l, name, QStringLiteral("_"), folder))
                return true;
        return false;
    };
    // Installed later means asked first: the chosen language wins over the English plurals.
    auto *english = new QTranslator(&app);
    if (load(english, QStringLiteral("tricholog"), QLocale(QLocale::English)))
        QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (load(own, QStringLiteral("tricholog"), locale))
        QCoreApplication::installTranslator(own);
    return true;
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return {};
}

} // namespace tricholog
